### Source: content/audiences/japan.md
### Written by `primer i18n extract`; do not edit. Translate into locales/<locale>/audiences/japan.ftl.

# Japan (title)
title-647294383b = Japan

# Japan (summary)
summary-efd2153fd4 = Local agencies, training languages and where to find the U.S. rules for trainees in Japan.

# Japan › Local agencies (heading)
h-0be3ac567e = Local agencies

# Japan › Local agencies (list item)
# previous: li-65860def1f
li-8f8dc93e56 = { "*" }*Ministry of Economy, Trade and Industry (METI; 経済産業省).** METI administers the Consumer Product Safety Act (消費生活用製品安全法). Designated products need the **PSC mark**. "Special specified products" are a subset of "specified products". For every specified product, the maker checks the product itself. A special specified product also needs a conformity inspection by a registered inspection body.

# Japan › Local agencies (list item)
li-1eecba76cf = { "*" }*Consumer Affairs Agency (CAA).** The CAA was set up on September 1, 2009. Manufacturers and importers must report serious product incidents to the CAA within 10 days of learning of them.

# Japan › Local agencies (list item)
li-c17353362c = Many Japanese toys carry the voluntary **ST mark**, the industry toy-safety mark. The SG mark and JIS standards are also used.

# Japan › CPSC in the region (heading)
h-722cb187e8 = CPSC in the region

# Japan › CPSC in the region (paragraph)
p-c04a413e34 = The CPSC Regional Product Safety Office in Beijing has briefed and trained public- and private-sector officials in China, Korea, Indonesia, Malaysia, Japan, Singapore and Vietnam.

# Japan › Languages of this training (heading)
h-d9355ce816 = Languages of this training

# Japan › Languages of this training (list item)
li-77710aedc7 = 日本語

# Japan › Languages of this training (list item)
li-ba118bf7fc = English

# Japan › Where to find the U.S. rules (heading)
h-ad0aea49d8 = Where to find the U.S. rules

# Japan › Where to find the U.S. rules (list item)
li-1eb462f0f4 = The U.S. regulations for consumer products are in title 16 of the eCFR: [eCFR title 16](https://www.ecfr.gov/current/title-16).

# Japan › Where to find the U.S. rules (list item)
li-b533c767c5 = CPSC gives guidance for business on its website: [CPSC business guidance](https://www.cpsc.gov/Business--Manufacturing).

# Japan › Where to find the U.S. rules (list item)
li-92432af063 = The Children's Product Certificate and its test reports must be in English.

