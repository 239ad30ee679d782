### Korean translation of content/audiences/malaysia.md (Malaysia). Draft translation by the Primer team;
### not yet reviewed by a qualified translator.
### Comments name the English source segment; `primer i18n extract` writes the English file.

# Malaysia (title)
title-084504165b = 말레이시아

# Malaysia (summary)
summary-2d48a3985d = 말레이시아의 교육생을 위한 현지 기관, 교육 언어, 미국 규정을 찾을 수 있는 곳을 안내합니다.

# Malaysia › Local agencies (heading)
h-0be3ac567e = 현지 기관

# Malaysia › Local agencies (list item)
li-6b08cf2832 = { "*" }*국내무역생활비부(Ministry of Domestic Trade and Cost of Living, KPDN).** KPDN은 소비자제품 안전 규제기관입니다. 이전 명칭은 국내무역소비자부(Ministry of Domestic Trade and Consumer Affairs, KPDNHEP)였습니다.

# Malaysia › Local agencies (list item)
li-0cddb57853 = 완구 안전 규정은 「2009년 소비자보호(완구 안전기준) 규정」(Consumer Protection (Safety Standards for Toys) Regulations 2009)에 있습니다.

# Malaysia › Local agencies (list item)
li-9a1c0957b6 = 이 규정에서 완구란 14세 미만 어린이를 위한 제품을 말합니다.

# Malaysia › Local agencies (list item)
li-3d5cecedcb = 완구에는 **MYSAFE** 시스템을 통한 적합성 증명서(Certificate of Conformance)와 **MC 마크**가 필요합니다.

# Malaysia › CPSC in the region (heading)
h-722cb187e8 = 이 지역의 CPSC

# Malaysia › CPSC in the region (paragraph)
p-c04a413e34 = 베이징에 있는 { -cpsc } 지역제품안전사무소는 중국, 한국, 인도네시아, 말레이시아, 일본, 싱가포르, 베트남의 공공 및 민간 부문 관계자에게 브리핑과 교육을 제공해 왔습니다.

# Malaysia › Languages of this training (heading)
h-d9355ce816 = 이 교육의 언어

# Malaysia › Languages of this training (list item)
li-7b6e9ac25c = Bahasa Melayu

# Malaysia › Languages of this training (list item)
li-ba118bf7fc = English

# Malaysia › Languages of this training (list item)
li-9937e365aa = 简体中文

# Malaysia › Where to find the U.S. rules (heading)
h-ad0aea49d8 = 미국 규정을 찾을 수 있는 곳

# Malaysia › Where to find the U.S. rules (list item)
li-1eb462f0f4 = 소비자제품에 관한 미국 규정은 eCFR 제16편(title 16)에 있습니다: [eCFR 제16편](https://www.ecfr.gov/current/title-16).

# Malaysia › Where to find the U.S. rules (list item)
li-b533c767c5 = CPSC는 웹사이트에서 기업을 위한 지침을 제공합니다: [CPSC 기업 지침](https://www.cpsc.gov/Business--Manufacturing).

# Malaysia › Where to find the U.S. rules (list item)
li-92432af063 = { -cpc }와 그 시험 보고서는 영어로 작성되어야 합니다.
