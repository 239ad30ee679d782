### Source: content/audiences/singapore.md
### Written by `primer i18n extract`; do not edit. Translate into locales/<locale>/audiences/singapore.ftl.

# Singapore (title)
title-c96dd81db1 = Singapore

# Singapore (summary)
summary-4ed27fb17f = Local agencies, training languages and where to find the U.S. rules for trainees in Singapore.

# Singapore › Local agencies (heading)
h-0be3ac567e = Local agencies

# Singapore › Local agencies (list item)
li-afce1abdb9 = { "*" }*Enterprise Singapore** is the Safety Authority under the Consumer Protection (Safety Requirements) Regulations. These regulations are made under the Consumer Protection (Trade Descriptions and Safety Requirements) Act.

# Singapore › Local agencies (list item)
li-3381d69dfb = The **Consumer Product Safety Office (CPSO)** is overseen by Enterprise Singapore.

# Singapore › Local agencies (list item)
li-488a83be32 = Toys and children's products fall under the Consumer Protection (Consumer Goods Safety Requirements) Regulations 2011.

# Singapore › Local agencies (list item)
li-acdc030c23 = There are 33 categories of Controlled Goods, mainly electrical and gas household products. They must be registered with Enterprise Singapore, tested to specified standards and carry the **SAFETY Mark**.

# Singapore › CPSC in the region (heading)
h-722cb187e8 = CPSC in the region

# Singapore › CPSC in the region (paragraph)
p-c04a413e34 = The CPSC Regional Product Safety Office in Beijing has briefed and trained public- and private-sector officials in China, Korea, Indonesia, Malaysia, Japan, Singapore and Vietnam.

# Singapore › Languages of this training (heading)
h-d9355ce816 = Languages of this training

# Singapore › Languages of this training (list item)
li-ba118bf7fc = English

# Singapore › Languages of this training (list item)
li-9937e365aa = 简体中文

# Singapore › Where to find the U.S. rules (heading)
h-ad0aea49d8 = Where to find the U.S. rules

# Singapore › Where to find the U.S. rules (list item)
li-1eb462f0f4 = The U.S. regulations for consumer products are in title 16 of the eCFR: [eCFR title 16](https://www.ecfr.gov/current/title-16).

# Singapore › Where to find the U.S. rules (list item)
li-b533c767c5 = CPSC gives guidance for business on its website: [CPSC business guidance](https://www.cpsc.gov/Business--Manufacturing).

# Singapore › Where to find the U.S. rules (list item)
li-92432af063 = The Children's Product Certificate and its test reports must be in English.

