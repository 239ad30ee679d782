### Korean translation of content/audiences/indonesia.md (Indonesia). Draft translation by the Primer team;
### not yet reviewed by a qualified translator.
### Comments name the English source segment; `primer i18n extract` writes the English file.

# Indonesia (title)
title-dbc74a36d8 = 인도네시아

# Indonesia (summary)
summary-3719980aab = 인도네시아의 교육생을 위한 현지 기관, 교육 언어, 미국 규정을 찾을 수 있는 곳을 안내합니다.

# Indonesia › Local agencies (heading)
h-0be3ac567e = 현지 기관

# Indonesia › Local agencies (list item)
li-4b064e11bf = { "*" }*국가표준청(Badan Standardisasi Nasional, BSN).** BSN은 인도네시아 국가표준(Standar Nasional Indonesia, SNI)을 제정합니다.

# Indonesia › Local agencies (list item)
li-25e88ee238 = { "*" }*산업부(Kementerian Perindustrian).** 산업부는 개정된 규정 No. 24/M-IND/PER/4/2013을 통해 완구 SNI를 의무화했습니다. 이 규정에서 완구란 14세 이하 어린이를 위한 제품을 말합니다.

# Indonesia › Local agencies (list item)
li-82e7f19670 = 완구 SNI 7종 중 6종은 국제표준(주로 ISO 8124)을 채택하고 있습니다.

# Indonesia › Local agencies (list item)
li-945c21d629 = { "*" }*무역부(Kementerian Perdagangan).** 무역부는 완구에 관한 홍보 활동과 시장 단속을 실시해 왔습니다. 2014년 4월 30일부터 완구에는 SNI 표시가 의무화되었습니다.

# Indonesia › CPSC in the region (heading)
h-722cb187e8 = 이 지역의 CPSC

# Indonesia › CPSC in the region (paragraph)
p-c04a413e34 = 베이징에 있는 { -cpsc } 지역제품안전사무소는 중국, 한국, 인도네시아, 말레이시아, 일본, 싱가포르, 베트남의 공공 및 민간 부문 관계자에게 브리핑과 교육을 제공해 왔습니다.

# Indonesia › Languages of this training (heading)
h-d9355ce816 = 이 교육의 언어

# Indonesia › Languages of this training (list item)
li-11b8712670 = Bahasa Indonesia

# Indonesia › Languages of this training (list item)
li-ba118bf7fc = English

# Indonesia › Where to find the U.S. rules (heading)
h-ad0aea49d8 = 미국 규정을 찾을 수 있는 곳

# Indonesia › Where to find the U.S. rules (list item)
li-1eb462f0f4 = 소비자제품에 관한 미국 규정은 eCFR 제16편(title 16)에 있습니다: [eCFR 제16편](https://www.ecfr.gov/current/title-16).

# Indonesia › Where to find the U.S. rules (list item)
li-b533c767c5 = CPSC는 웹사이트에서 기업을 위한 지침을 제공합니다: [CPSC 기업 지침](https://www.cpsc.gov/Business--Manufacturing).

# Indonesia › Where to find the U.S. rules (list item)
li-92432af063 = { -cpc }와 그 시험 보고서는 영어로 작성되어야 합니다.
