### Korean translation of content/audiences/japan.md (Japan). Draft translation by the Primer team;
### not yet reviewed by a qualified translator.
### Comments name the English source segment; `primer i18n extract` writes the English file.

# Japan (title)
title-647294383b = 일본

# Japan (summary)
summary-efd2153fd4 = 일본의 교육생을 위한 현지 기관, 교육 언어, 미국 규정을 찾을 수 있는 곳을 안내합니다.

# Japan › Local agencies (heading)
h-0be3ac567e = 현지 기관

# Japan › Local agencies (list item)
li-8f8dc93e56 = { "*" }*경제산업성(METI; 経済産業省).** 경제산업성은 소비생활용제품안전법(消費生活用製品安全法)을 관할합니다. 지정 제품에는 **PSC 마크**가 필요합니다. “특별특정제품”은 “특정제품”의 일부입니다. 모든 특정제품에 대해 제조업체가 직접 제품을 확인합니다. 특별특정제품은 이에 더해 등록검사기관의 적합성 검사도 받아야 합니다.

# Japan › Local agencies (list item)
li-1eecba76cf = { "*" }*소비자청(CAA).** 소비자청은 2009년 9월 1일에 설립되었습니다. 제조업체와 수입업체는 중대한 제품 사고를 알게 된 날부터 10일 이내에 소비자청에 보고해야 합니다.

# Japan › Local agencies (list item)
li-c17353362c = 많은 일본 완구에는 업계의 자율 완구 안전 마크인 **ST 마크**가 표시되어 있습니다. SG 마크와 JIS 규격도 사용됩니다.

# Japan › CPSC in the region (heading)
h-722cb187e8 = 이 지역의 CPSC

# Japan › CPSC in the region (paragraph)
p-c04a413e34 = 베이징에 있는 { -cpsc } 지역제품안전사무소는 중국, 한국, 인도네시아, 말레이시아, 일본, 싱가포르, 베트남의 공공 및 민간 부문 관계자에게 브리핑과 교육을 제공해 왔습니다.

# Japan › Languages of this training (heading)
h-d9355ce816 = 이 교육의 언어

# Japan › Languages of this training (list item)
li-77710aedc7 = 일본어(日本語)

# Japan › Languages of this training (list item)
li-ba118bf7fc = English

# Japan › Where to find the U.S. rules (heading)
h-ad0aea49d8 = 미국 규정을 찾을 수 있는 곳

# Japan › Where to find the U.S. rules (list item)
li-1eb462f0f4 = 소비자제품에 관한 미국 규정은 eCFR 제16편(title 16)에 있습니다: [eCFR 제16편](https://www.ecfr.gov/current/title-16).

# Japan › Where to find the U.S. rules (list item)
li-b533c767c5 = CPSC는 웹사이트에서 기업을 위한 지침을 제공합니다: [CPSC 기업 지침](https://www.cpsc.gov/Business--Manufacturing).

# Japan › Where to find the U.S. rules (list item)
li-92432af063 = { -cpc }와 그 시험 보고서는 영어로 작성되어야 합니다.
