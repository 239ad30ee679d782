### Source: content/audiences/indonesia.md
### Written by `primer i18n extract`; do not edit. Translate into locales/<locale>/audiences/indonesia.ftl.

# Indonesia (title)
title-dbc74a36d8 = Indonesia

# Indonesia (summary)
summary-3719980aab = Local agencies, training languages and where to find the U.S. rules for trainees in Indonesia.

# Indonesia › Local agencies (heading)
h-0be3ac567e = Local agencies

# Indonesia › Local agencies (list item)
li-4b064e11bf = { "*" }*National Standardization Agency (Badan Standardisasi Nasional, BSN).** BSN sets the Indonesian National Standards (Standar Nasional Indonesia, SNI).

# Indonesia › Local agencies (list item)
li-25e88ee238 = { "*" }*Ministry of Industry (Kementerian Perindustrian).** The ministry made the toy SNI mandatory through regulation No. 24/M-IND/PER/4/2013, as amended. In these rules, a toy is a product for children 14 years or younger.

# Indonesia › Local agencies (list item)
li-82e7f19670 = Six of the seven toy SNIs adopt international standards, largely ISO 8124.

# Indonesia › Local agencies (list item)
li-945c21d629 = { "*" }*Ministry of Trade (Kementerian Perdagangan).** The ministry has run outreach and market enforcement for toys. Toys had to carry the SNI from April 30, 2014.

# Indonesia › CPSC in the region (heading)
h-722cb187e8 = CPSC in the region

# Indonesia › CPSC in the region (paragraph)
p-c04a413e34 = The CPSC Regional Product Safety Office in Beijing has briefed and trained public- and private-sector officials in China, Korea, Indonesia, Malaysia, Japan, Singapore and Vietnam.

# Indonesia › Languages of this training (heading)
h-d9355ce816 = Languages of this training

# Indonesia › Languages of this training (list item)
li-11b8712670 = Bahasa Indonesia

# Indonesia › Languages of this training (list item)
li-ba118bf7fc = English

# Indonesia › Where to find the U.S. rules (heading)
h-ad0aea49d8 = Where to find the U.S. rules

# Indonesia › Where to find the U.S. rules (list item)
li-1eb462f0f4 = The U.S. regulations for consumer products are in title 16 of the eCFR: [eCFR title 16](https://www.ecfr.gov/current/title-16).

# Indonesia › Where to find the U.S. rules (list item)
li-b533c767c5 = CPSC gives guidance for business on its website: [CPSC business guidance](https://www.cpsc.gov/Business--Manufacturing).

# Indonesia › Where to find the U.S. rules (list item)
li-92432af063 = The Children's Product Certificate and its test reports must be in English.

