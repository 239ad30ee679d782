### Source: content/audiences/malaysia.md
### Written by `primer i18n extract`; do not edit. Translate into locales/<locale>/audiences/malaysia.ftl.

# Malaysia (title)
title-084504165b = Malaysia

# Malaysia (summary)
summary-2d48a3985d = Local agencies, training languages and where to find the U.S. rules for trainees in Malaysia.

# Malaysia › Local agencies (heading)
h-0be3ac567e = Local agencies

# Malaysia › Local agencies (list item)
li-6b08cf2832 = { "*" }*Ministry of Domestic Trade and Cost of Living (KPDN).** KPDN is the regulator for consumer product safety. Its former name was the Ministry of Domestic Trade and Consumer Affairs (KPDNHEP).

# Malaysia › Local agencies (list item)
li-0cddb57853 = Toy safety rules are in the Consumer Protection (Safety Standards for Toys) Regulations 2009.

# Malaysia › Local agencies (list item)
li-9a1c0957b6 = In these rules, a toy is a product for children under 14.

# Malaysia › Local agencies (list item)
li-3d5cecedcb = Toys need a Certificate of Conformance through the **MYSAFE** system and the **MC mark**.

# Malaysia › CPSC in the region (heading)
h-722cb187e8 = CPSC in the region

# Malaysia › CPSC in the region (paragraph)
p-c04a413e34 = The CPSC Regional Product Safety Office in Beijing has briefed and trained public- and private-sector officials in China, Korea, Indonesia, Malaysia, Japan, Singapore and Vietnam.

# Malaysia › Languages of this training (heading)
h-d9355ce816 = Languages of this training

# Malaysia › Languages of this training (list item)
li-7b6e9ac25c = Bahasa Melayu

# Malaysia › Languages of this training (list item)
li-ba118bf7fc = English

# Malaysia › Languages of this training (list item)
li-9937e365aa = 简体中文

# Malaysia › Where to find the U.S. rules (heading)
h-ad0aea49d8 = Where to find the U.S. rules

# Malaysia › Where to find the U.S. rules (list item)
li-1eb462f0f4 = The U.S. regulations for consumer products are in title 16 of the eCFR: [eCFR title 16](https://www.ecfr.gov/current/title-16).

# Malaysia › Where to find the U.S. rules (list item)
li-b533c767c5 = CPSC gives guidance for business on its website: [CPSC business guidance](https://www.cpsc.gov/Business--Manufacturing).

# Malaysia › Where to find the U.S. rules (list item)
li-92432af063 = The Children's Product Certificate and its test reports must be in English.

