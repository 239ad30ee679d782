### Korean translation of content/audiences/korea.md (Republic of Korea). Draft translation by the Primer team;
### not yet reviewed by a qualified translator.
### Comments name the English source segment; `primer i18n extract` writes the English file.

# Republic of Korea (title)
title-ee3ba8e240 = 대한민국

# Republic of Korea (summary)
summary-d5fcdaac5c = 대한민국의 교육생을 위한 현지 기관, 교육 언어, 미국 규정을 찾을 수 있는 곳을 안내합니다.

# Republic of Korea › Local agencies (heading)
h-0be3ac567e = 현지 기관

# Republic of Korea › Local agencies (list item)
li-d8a7034748 = { "*" }*국가기술표준원(KATS).** 국가기술표준원은 대한민국의 국가표준기관이자 제품안전 규제기관입니다.

# Republic of Korea › Local agencies (list item)
li-93aeb35fab = { -childrens-product }은 「어린이제품 안전 특별법」의 적용을 받습니다. 이 법은 13세 이하 어린이를 위한 제품에 적용됩니다.

# Republic of Korea › Local agencies (list item)
li-06a83572d4 = 일반 소비자제품과 전기 소비자제품은 「전기용품 및 생활용품 안전관리법」의 적용을 받습니다.

# Republic of Korea › Local agencies (list item)
li-65a0044042 = 두 법 모두 **KC 마크**를 사용합니다.

# Republic of Korea › Local agencies (paragraph)
p-2d19752f44 = 국가기술표준원은 그동안 산업통상자원부 소속이었습니다. 2025년 정부 조직 개편으로 이 부처가 바뀌었습니다. 연락하기 전에 현재 명칭을 확인하십시오.

# Republic of Korea › CPSC in the region (heading)
h-722cb187e8 = 이 지역의 CPSC

# Republic of Korea › CPSC in the region (paragraph)
p-c04a413e34 = 베이징에 있는 { -cpsc } 지역제품안전사무소는 중국, 한국, 인도네시아, 말레이시아, 일본, 싱가포르, 베트남의 공공 및 민간 부문 관계자에게 브리핑과 교육을 제공해 왔습니다.

# Republic of Korea › Languages of this training (heading)
h-d9355ce816 = 이 교육의 언어

# Republic of Korea › Languages of this training (list item)
li-ea3252281b = 한국어

# Republic of Korea › Languages of this training (list item)
li-ba118bf7fc = English

# Republic of Korea › Where to find the U.S. rules (heading)
h-ad0aea49d8 = 미국 규정을 찾을 수 있는 곳

# Republic of Korea › Where to find the U.S. rules (list item)
li-1eb462f0f4 = 소비자제품에 관한 미국 규정은 eCFR 제16편(title 16)에 있습니다: [eCFR 제16편](https://www.ecfr.gov/current/title-16).

# Republic of Korea › Where to find the U.S. rules (list item)
li-b533c767c5 = CPSC는 웹사이트에서 기업을 위한 지침을 제공합니다: [CPSC 기업 지침](https://www.cpsc.gov/Business--Manufacturing).

# Republic of Korea › Where to find the U.S. rules (list item)
li-92432af063 = { -cpc }와 그 시험 보고서는 영어로 작성되어야 합니다.
