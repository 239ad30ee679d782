### Korean translation of content/audiences/vietnam.md (Vietnam). Draft translation by the Primer team;
### not yet reviewed by a qualified translator.
### Comments name the English source segment; `primer i18n extract` writes the English file.

# Vietnam (title)
title-2e5e81066a = 베트남

# Vietnam (summary)
summary-53bff70c23 = 베트남의 교육생을 위한 현지 기관, 교육 언어, 미국 규정을 찾을 수 있는 곳을 안내합니다.

# Vietnam › Local agencies (heading)
h-0be3ac567e = 현지 기관

# Vietnam › Local agencies (list item)
li-bf2e629d18 = { "*" }*베트남 표준계량품질위원회(STAMEQ).** 이 기관은 종전의 표준계량품질총국(General Department for Standards, Metrology and Quality)을 바탕으로 구성되었습니다. **과학기술부(Bộ Khoa học và Công nghệ)** 소속 기관입니다.

# Vietnam › Local agencies (list item)
li-4f6d4a299b = 이 위원회(STAMEQ)는 표준 및 기술규정, 계량, 제품 및 상품 품질, 표시(라벨링), 바코드 및 추적성, 적합성 평가 및 인정 업무를 담당합니다.

# Vietnam › Local agencies (list item)
li-435c424963 = 이 위원회(STAMEQ)는 WTO/TBT 국가 문의처(enquiry point)이기도 합니다.

# Vietnam › CPSC in the region (heading)
h-722cb187e8 = 이 지역의 CPSC

# Vietnam › CPSC in the region (paragraph)
p-c04a413e34 = 베이징에 있는 { -cpsc } 지역제품안전사무소는 중국, 한국, 인도네시아, 말레이시아, 일본, 싱가포르, 베트남의 공공 및 민간 부문 관계자에게 브리핑과 교육을 제공해 왔습니다.

# Vietnam › CPSC in the region (paragraph)
p-c3b7ec0900 = CPSC는 섬유 및 의류 제품에 관한 미국 규정을 다룬 베트남어 교육 자료도 발표했습니다.

# Vietnam › Languages of this training (heading)
h-d9355ce816 = 이 교육의 언어

# Vietnam › Languages of this training (list item)
li-690829f87a = Tiếng Việt

# Vietnam › Languages of this training (list item)
li-ba118bf7fc = English

# Vietnam › Where to find the U.S. rules (heading)
h-ad0aea49d8 = 미국 규정을 찾을 수 있는 곳

# Vietnam › Where to find the U.S. rules (list item)
li-1eb462f0f4 = 소비자제품에 관한 미국 규정은 eCFR 제16편(title 16)에 있습니다: [eCFR 제16편](https://www.ecfr.gov/current/title-16).

# Vietnam › Where to find the U.S. rules (list item)
li-b533c767c5 = CPSC는 웹사이트에서 기업을 위한 지침을 제공합니다: [CPSC 기업 지침](https://www.cpsc.gov/Business--Manufacturing).

# Vietnam › Where to find the U.S. rules (list item)
li-92432af063 = { -cpc }와 그 시험 보고서는 영어로 작성되어야 합니다.
