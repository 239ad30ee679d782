### Source: content/audiences/china.md
### Written by `primer i18n extract`; do not edit. Translate into locales/<locale>/audiences/china.ftl.

# China (title)
title-1043682903 = China

# China (summary)
summary-d1e6890cb2 = Local agencies, training languages and where to find the U.S. rules for trainees in China.

# China › Local agencies (heading)
h-0be3ac567e = Local agencies

# China › Local agencies (list item)
li-d321a197cd = { "*" }*State Administration for Market Regulation (SAMR; 国家市场监督管理总局).** SAMR was created in 2018. It is responsible for industrial product quality and safety, metrology, standards, and certification and accreditation.

# China › Local agencies (list item)
li-00715f1d38 = { "*" }*General Administration of Customs (GACC; 海关总署).** GACC is responsible for entry-exit inspection and quarantine, and for the quality and safety examination of imports and exports.

# China › Local agencies (paragraph)
p-9fab4961fa = In 2018, AQSIQ was abolished. Its work moved to SAMR and GACC. Some CPSC web pages still name AQSIQ. Read them as SAMR or GACC.

# China › CPSC and China (heading)
h-8a65157f45 = CPSC and China

# China › CPSC and China (list item)
li-0ffd4f63f2 = CPSC set up its Regional Product Safety Office in Beijing in January 2011, within the U.S. Embassy. It was CPSC's first foreign office. It has briefed and trained public- and private-sector officials in all seven countries of this training.

# China › CPSC and China (list item)
li-0862f2f47f = CPSC runs a Chinese-language website.

# China › CPSC and China (list item)
li-a5f1003ab5 = When CPSC knows the Chinese manufacturer behind a voluntary recall, it gives the name and the recall announcement to the Chinese regulator.

# China › Languages of this training (heading)
h-d9355ce816 = Languages of this training

# China › Languages of this training (list item)
li-9937e365aa = 简体中文

# China › Languages of this training (list item)
li-ba118bf7fc = English

# China › Where to find the U.S. rules (heading)
h-ad0aea49d8 = Where to find the U.S. rules

# China › Where to find the U.S. rules (list item)
li-1eb462f0f4 = The U.S. regulations for consumer products are in title 16 of the eCFR: [eCFR title 16](https://www.ecfr.gov/current/title-16).

# China › Where to find the U.S. rules (list item)
li-b533c767c5 = CPSC gives guidance for business on its website: [CPSC business guidance](https://www.cpsc.gov/Business--Manufacturing).

# China › Where to find the U.S. rules (list item)
li-92432af063 = The Children's Product Certificate and its test reports must be in English.

