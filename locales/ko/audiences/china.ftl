### Korean translation of content/audiences/china.md (China). Draft translation by the Primer team;
### not yet reviewed by a qualified translator.
### Comments name the English source segment; `primer i18n extract` writes the English file.

# China (title)
title-1043682903 = 중국

# China (summary)
summary-d1e6890cb2 = 중국의 교육생을 위한 현지 기관, 교육 언어, 미국 규정을 찾을 수 있는 곳을 안내합니다.

# China › Local agencies (heading)
h-0be3ac567e = 현지 기관

# China › Local agencies (list item)
li-d321a197cd = { "*" }*국가시장감독관리총국(SAMR; 国家市场监督管理总局).** SAMR은 2018년에 설립되었습니다. 공업제품의 품질과 안전, 계량, 표준, 인증 및 인정 업무를 담당합니다.

# China › Local agencies (list item)
li-00715f1d38 = { "*" }*해관총서(GACC; 海关总署).** GACC는 출입국 검사 및 검역과 수출입품의 품질 및 안전 검사를 담당합니다.

# China › Local agencies (paragraph)
p-9fab4961fa = 2018년에 AQSIQ가 폐지되었습니다. 그 업무는 SAMR과 GACC로 이관되었습니다. 일부 CPSC 웹페이지에는 아직 AQSIQ가 언급되어 있습니다. 이를 SAMR 또는 GACC로 바꾸어 읽으십시오.

# China › CPSC and China (heading)
h-8a65157f45 = CPSC와 중국

# China › CPSC and China (list item)
li-0ffd4f63f2 = { -cpsc }는 2011년 1월 미국 대사관 내에 베이징 지역제품안전사무소를 설치했습니다. 이는 CPSC 최초의 해외 사무소였습니다. 이 사무소는 이 교육의 대상 7개국 모두에서 공공 및 민간 부문 관계자에게 브리핑과 교육을 제공해 왔습니다.

# China › CPSC and China (list item)
li-0862f2f47f = CPSC는 중국어 웹사이트를 운영합니다.

# China › CPSC and China (list item)
li-a5f1003ab5 = 자발적 { -recall }의 배후에 있는 중국 제조업체를 CPSC가 알고 있는 경우, CPSC는 그 업체명과 { -recall } 공고를 중국 규제 당국에 전달합니다.

# China › Languages of this training (heading)
h-d9355ce816 = 이 교육의 언어

# China › Languages of this training (list item)
li-9937e365aa = 简体中文

# China › Languages of this training (list item)
li-ba118bf7fc = English

# China › Where to find the U.S. rules (heading)
h-ad0aea49d8 = 미국 규정을 찾을 수 있는 곳

# China › Where to find the U.S. rules (list item)
li-1eb462f0f4 = 소비자제품에 관한 미국 규정은 eCFR 제16편(title 16)에 있습니다: [eCFR 제16편](https://www.ecfr.gov/current/title-16).

# China › Where to find the U.S. rules (list item)
li-b533c767c5 = CPSC는 웹사이트에서 기업을 위한 지침을 제공합니다: [CPSC 기업 지침](https://www.cpsc.gov/Business--Manufacturing).

# China › Where to find the U.S. rules (list item)
li-92432af063 = { -cpc }와 그 시험 보고서는 영어로 작성되어야 합니다.
