### Source: content/audiences/korea.md
### Written by `primer i18n extract`; do not edit. Translate into locales/<locale>/audiences/korea.ftl.

# Republic of Korea (title)
title-ee3ba8e240 = Republic of Korea

# Republic of Korea (summary)
summary-d5fcdaac5c = Local agencies, training languages and where to find the U.S. rules for trainees in the Republic of Korea.

# Republic of Korea › Local agencies (heading)
h-0be3ac567e = Local agencies

# Republic of Korea › Local agencies (list item)
li-d8a7034748 = { "*" }*Korean Agency for Technology and Standards (KATS; 국가기술표준원).** KATS is Korea's national standards body and product-safety regulator.

# Republic of Korea › Local agencies (list item)
li-93aeb35fab = Children's products fall under the Special Act on the Safety of Children's Products (어린이제품 안전 특별법). It covers products for children aged 13 or younger.

# Republic of Korea › Local agencies (list item)
li-06a83572d4 = General and electrical consumer products fall under the Electrical Appliances and Consumer Products Safety Control Act (전기용품 및 생활용품 안전관리법).

# Republic of Korea › Local agencies (list item)
li-65a0044042 = Both laws use the **KC mark**.

# Republic of Korea › Local agencies (paragraph)
p-2d19752f44 = KATS has been part of the Ministry of Trade, Industry and Energy (산업통상자원부). A 2025 government reorganization changed this ministry. Check its current name before you contact it.

# Republic of Korea › CPSC in the region (heading)
h-722cb187e8 = CPSC in the region

# Republic of Korea › CPSC in the region (paragraph)
p-c04a413e34 = The CPSC Regional Product Safety Office in Beijing has briefed and trained public- and private-sector officials in China, Korea, Indonesia, Malaysia, Japan, Singapore and Vietnam.

# Republic of Korea › Languages of this training (heading)
h-d9355ce816 = Languages of this training

# Republic of Korea › Languages of this training (list item)
li-ea3252281b = 한국어

# Republic of Korea › Languages of this training (list item)
li-ba118bf7fc = English

# Republic of Korea › Where to find the U.S. rules (heading)
h-ad0aea49d8 = Where to find the U.S. rules

# Republic of Korea › Where to find the U.S. rules (list item)
li-1eb462f0f4 = The U.S. regulations for consumer products are in title 16 of the eCFR: [eCFR title 16](https://www.ecfr.gov/current/title-16).

# Republic of Korea › Where to find the U.S. rules (list item)
li-b533c767c5 = CPSC gives guidance for business on its website: [CPSC business guidance](https://www.cpsc.gov/Business--Manufacturing).

# Republic of Korea › Where to find the U.S. rules (list item)
li-92432af063 = The Children's Product Certificate and its test reports must be in English.

