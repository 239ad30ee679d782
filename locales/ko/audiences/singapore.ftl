### Korean translation of content/audiences/singapore.md (Singapore). Draft translation by the Primer team;
### not yet reviewed by a qualified translator.
### Comments name the English source segment; `primer i18n extract` writes the English file.

# Singapore (title)
title-c96dd81db1 = 싱가포르

# Singapore (summary)
summary-4ed27fb17f = 싱가포르의 교육생을 위한 현지 기관, 교육 언어, 미국 규정을 찾을 수 있는 곳을 안내합니다.

# Singapore › Local agencies (heading)
h-0be3ac567e = 현지 기관

# Singapore › Local agencies (list item)
li-afce1abdb9 = { "*" }*Enterprise Singapore**는 「소비자보호(안전요건) 규정」(Consumer Protection (Safety Requirements) Regulations)에 따른 안전 당국(Safety Authority)입니다. 이 규정은 「소비자보호(거래표시 및 안전요건)법」(Consumer Protection (Trade Descriptions and Safety Requirements) Act)에 따라 제정되었습니다.

# Singapore › Local agencies (list item)
li-3381d69dfb = { "*" }*소비자제품안전사무소**(Consumer Product Safety Office, CPSO)는 Enterprise Singapore의 감독을 받습니다.

# Singapore › Local agencies (list item)
li-488a83be32 = 완구와 { -childrens-product }은 「2011년 소비자보호(소비재 안전요건) 규정」(Consumer Protection (Consumer Goods Safety Requirements) Regulations 2011)의 적용을 받습니다.

# Singapore › Local agencies (list item)
li-acdc030c23 = 규제 품목(Controlled Goods)은 33개 범주로, 주로 전기 및 가스 가정용품입니다. 이 품목은 Enterprise Singapore에 등록하고, 지정된 표준에 따라 시험을 받고, **SAFETY 마크**를 표시해야 합니다.

# Singapore › CPSC in the region (heading)
h-722cb187e8 = 이 지역의 CPSC

# Singapore › CPSC in the region (paragraph)
p-c04a413e34 = 베이징에 있는 { -cpsc } 지역제품안전사무소는 중국, 한국, 인도네시아, 말레이시아, 일본, 싱가포르, 베트남의 공공 및 민간 부문 관계자에게 브리핑과 교육을 제공해 왔습니다.

# Singapore › Languages of this training (heading)
h-d9355ce816 = 이 교육의 언어

# Singapore › Languages of this training (list item)
li-ba118bf7fc = English

# Singapore › Languages of this training (list item)
li-9937e365aa = 简体中文

# Singapore › Where to find the U.S. rules (heading)
h-ad0aea49d8 = 미국 규정을 찾을 수 있는 곳

# Singapore › Where to find the U.S. rules (list item)
li-1eb462f0f4 = 소비자제품에 관한 미국 규정은 eCFR 제16편(title 16)에 있습니다: [eCFR 제16편](https://www.ecfr.gov/current/title-16).

# Singapore › Where to find the U.S. rules (list item)
li-b533c767c5 = CPSC는 웹사이트에서 기업을 위한 지침을 제공합니다: [CPSC 기업 지침](https://www.cpsc.gov/Business--Manufacturing).

# Singapore › Where to find the U.S. rules (list item)
li-92432af063 = { -cpc }와 그 시험 보고서는 영어로 작성되어야 합니다.
