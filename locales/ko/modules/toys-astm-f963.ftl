### Korean translation of content/modules/toys-astm-f963.md (Toys and ASTM F963). Draft translation by the Primer team;
### not yet reviewed by a qualified translator.
### Comments name the English source segment; `primer i18n extract` writes the English file.

# Toys and ASTM F963 (title)
title-313bfd31ab = 완구와 ASTM F963

# Toys and ASTM F963 (summary)
summary-a796b90f5e = 미국에서 판매되는 완구는 완구 안전 표준 ASTM F963을 충족해야 하며, 16 CFR 1250에 따라 2024년 4월 20일부터 ASTM F963-23판이 의무 적용됩니다.

# Toys and ASTM F963 (learning objective)
objective-9ce6de84d5 = 미국에서 판매되는 완구에 ASTM F963이 의무인 이유를 설명할 수 있다.

# Toys and ASTM F963 (learning objective)
objective-df27c767e7 = 16 CFR 1250에 규정된 판(edition)과 그 시행일을 말할 수 있다.

# Toys and ASTM F963 (learning objective)
objective-2dd4867028 = 완구의 { -age-grade }을 이용하여 적용되는 규정을 찾을 수 있다.

# Toys and ASTM F963 (learning objective)
objective-7fb2e0ec2e = 완구의 중금속 원소 한도가 어디에서 비롯되는지 설명할 수 있다.

# Toys and ASTM F963 (paragraph)
p-fb279dbdec = ASTM F963은 미국의 완구 안전 표준입니다. 미국 법률은 이 표준을 의무화하고 있습니다. 완구는 이 표준을 충족해야 하며, 다른 CPSC 규정도 충족해야 합니다. 이 모듈에서는 이 표준, 완구의 { -age-grade }, 중금속 원소 한도를 설명합니다.

# Toys and ASTM F963 › A mandatory standard (heading)
h-6f54602953 = 의무 표준

# Toys and ASTM F963 › A mandatory standard (paragraph)
p-ce51028900 = CPSIA 제106조는 완구 표준 ASTM F963의 이전 판을 의무화했습니다. 또한 이 표준의 새로운 판을 채택하는 절차도 정했습니다. 의무 적용되는 판은 16 CFR 1250.2에 명시되어 있습니다.

# Toys and ASTM F963 › A mandatory standard (paragraph)
p-41a63b48ca = ASTM F963-23판은 2024년 1월 18일의 직접 최종 규칙(direct final rule)으로 채택되었습니다[^1]. 이 규칙에 따라 ASTM F963-23은 2024년 4월 20일부터 의무 적용되었습니다.

# Toys and ASTM F963 › A mandatory standard (paragraph)
p-5e6a2fac99 = 이 규칙은 89 FR 3344, 문서번호(docket) CPSC-2017-0010입니다. 이 규칙으로 16 CFR 1112 및 1250이 개정되었습니다.

# Toys and ASTM F963 › A mandatory standard (paragraph)
p-2a02ff4840 = 이 모듈은 ASTM F963-23을 기준으로 검토되었습니다. 시험하기 전에 eCFR에서 16 CFR 1250.2에 명시된 판을 확인하십시오.

# Toys and ASTM F963 › A mandatory standard (paragraph)
p-0e43d767b7 = 같은 규칙은 CPSC가 ASTM F963 시험을 위한 시험기관을 인정할 때 적용하는 요건도 개정했습니다(16 CFR 1112). 12세 이하 어린이용 완구는 { -childrens-product }입니다. 따라서 { -cpsc-accepted-lab }의 { -third-party-testing }과 { -cpc }가 필요합니다. [{ -childrens-product }과 적합성 증명서](childrens-products-and-certificates.md)를 참조하십시오.

# Toys and ASTM F963 › Part 1250 holds more than ASTM F963 (heading)
h-ee7582fc7f = Part 1250에는 ASTM F963 외의 규정도 있습니다

# Toys and ASTM F963 › Part 1250 holds more than ASTM F963 (paragraph)
p-520b9b3176 = 16 CFR 1250의 제목은 “완구 안전기준”(Safety Standard for Toys)입니다. 그중 1250.2절은 ASTM F963-23을 의무화합니다. 현재 이 part에는 특정 완구에 관한 규정도 들어 있습니다.

# Toys and ASTM F963 › Part 1250 holds more than ASTM F963 (list item)
li-c4fdb5e885 = 목 튜브(neck float)는 2026년 6월 15일부터 16 CFR 1250.5를 충족해야 합니다[^2]. 이 규칙은 ANSI/CAN/UL 12402-9:2022 및 ANSI/APSP/ICC-16 2017의 시험 방법을 사용합니다.

# Toys and ASTM F963 › Part 1250 holds more than ASTM F963 (list item)
li-c1520f037f = 2025년 12월 12일의 규칙(90 FR 57855)도 part 1250을 개정했습니다. 이 part의 다른 절이 적용될 수 있는 완구를 시험하기 전에 eCFR에서 part 전체를 읽으십시오.

# Toys and ASTM F963 › Part 1250 holds more than ASTM F963 (paragraph)
p-d970be6384 = 이 규칙은 2025년 12월 15일의 90 FR 58096입니다.

# Toys and ASTM F963 › What the standard covers (heading)
h-f79a6d9b07 = 표준의 적용 범위

# Toys and ASTM F963 › What the standard covers (paragraph)
p-b0815de91a = ASTM F963은 완구의 여러 위험을 다룹니다. 이 표준은 14세 미만 어린이용 완구를 대상으로 합니다. 시험기관과 협력하고, 현재 시행 중인 판의 사본을 사용하십시오. 이 모듈에서는 다음과 같이 요건 중 일부만 다룹니다.

# Toys and ASTM F963 › What the standard covers (list item)
li-6e4f1189a6 = 페인트, 표면 코팅 및 기재(substrate)의 가용성 중금속 원소 한도. 아래 절을 참조하십시오.

# Toys and ASTM F963 › What the standard covers (list item)
li-eff1709758 = 완구의 { -magnet }에 관한 요건. 완구가 아닌 특정 제품에 적용되는 미국의 { -magnet } 규정인 16 CFR 1262는 자속 지수(flux index)에 대해 F963 시험 방법을 사용합니다.

# Toys and ASTM F963 › What the standard covers (paragraph)
p-9bf9c7e198 = 완구는 다른 CPSC 규정도 충족해야 합니다. 가장 일반적인 규정은 이 표에 있습니다.

# Toys and ASTM F963 › What the standard covers (table cell)
td-7e61847d61 = 주제

# Toys and ASTM F963 › What the standard covers (table cell)
td-bcdecc549d = 대상

# Toys and ASTM F963 › What the standard covers (table cell)
td-62845f31a2 = 규정

# Toys and ASTM F963 › What the standard covers (table cell)
td-3651cc5bce = 완구 안전

# Toys and ASTM F963 › What the standard covers (table cell)
td-e5c00fcbdc = 14세 미만 어린이용 완구

# Toys and ASTM F963 › What the standard covers (table cell)
td-684afb4292 = ASTM F963-23, 16 CFR 1250.2

# Toys and ASTM F963 › What the standard covers (table cell)
td-aca7f69010 = { -small-parts }

# Toys and ASTM F963 › What the standard covers (table cell)
td-4ab4a564cf = 3세 미만 어린이

# Toys and ASTM F963 › What the standard covers (table cell)
td-5bcedaee3b = 16 CFR 1501

# Toys and ASTM F963 › What the standard covers (table cell)
td-48dc026dd0 = 질식 경고

# Toys and ASTM F963 › What the standard covers (table cell)
td-249b58c205 = 3세 이상용 일부 완구

# Toys and ASTM F963 › What the standard covers (table cell)
td-6e179cae6c = 16 CFR 1500.19

# Toys and ASTM F963 › What the standard covers (table cell)
td-4036f6e475 = { -sharp-point }과 { -sharp-edge }

# Toys and ASTM F963 › What the standard covers (table cell)
td-81bb7de2aa = 8세 미만 어린이

# Toys and ASTM F963 › What the standard covers (table cell)
td-91976c717f = 16 CFR 1500.48 및 1500.49

# Toys and ASTM F963 › What the standard covers (table cell)
td-68ea99aff3 = 총 { -lead }

# Toys and ASTM F963 › What the standard covers (table cell)
td-65b062c478 = 12세 이하 어린이

# Toys and ASTM F963 › What the standard covers (table cell)
td-12745b62bd = CPSIA 제101조

# Toys and ASTM F963 › What the standard covers (table cell)
td-fba9c7dcda = 페인트 중 { -lead }

# Toys and ASTM F963 › What the standard covers (table cell)
td-7f7654ff4c = 16 CFR 1303

# Toys and ASTM F963 › What the standard covers (table cell)
td-4f2d1ee02d = { -phthalates }

# Toys and ASTM F963 › What the standard covers (table cell)
td-ed3c41feb3 = 16 CFR 1307

# Toys and ASTM F963 › What the standard covers (paragraph)
p-a7fbb107d2 = { -lead } 및 { -phthalates } 한도는 [{ -lead } 한도](lead-and-phthalates.md#limits)를 참조하십시오. 질식 경고는 [{ -small-parts }](toys-small-parts.md#warnings)을 참조하십시오.

# Toys and ASTM F963 › The age grade of a toy (heading)
h-c69cefe783 = 완구의 { -age-grade }

# Toys and ASTM F963 › The age grade of a toy (paragraph)
p-1d0a4ad0dd = 많은 규정은 완구를 사용할 어린이의 연령에 따라 달라집니다. { -childrens-product }은 주로 12세 이하 어린이를 위해 설계되었거나 그러한 어린이가 사용하도록 의도된 제품입니다(16 CFR 1200.2). { -small-parts } 규정의 적용을 받는 완구는 { -childrens-product }입니다.

# Toys and ASTM F963 › The age grade of a toy (paragraph)
p-158b19ea54 = 제품이 주로 어린이를 위한 것인지는 4가지 요소로 판단합니다. 그중 하나는 2002년 9월의 CPSC 직원 연령 판정 지침(Age Determination Guidelines) 및 그 후속 지침입니다. 4가지 요소는 모두 [{ -childrens-product }과 적합성 증명서](childrens-products-and-certificates.md)에 나와 있습니다.

# Toys and ASTM F963 › The age grade of a toy (paragraph)
p-189d079999 = { -small-parts } 규정과 관련하여, 16 CFR 1501.2(b)는 3세 미만 어린이용 완구에 대해 다음과 같은 유사한 기준을 제시합니다.

# Toys and ASTM F963 › The age grade of a toy (list item)
li-6b04adf5b0 = 제조업체가 밝힌 의도(합리적인 경우)

# Toys and ASTM F963 › The age grade of a toy (list item)
li-b18bbbb4da = 완구의 광고, 판촉 및 마케팅

# Toys and ASTM F963 › The age grade of a toy (list item)
li-0729d838f2 = 그 완구가 일반적으로 3세 미만 어린이용으로 인식되는지 여부

# Toys and ASTM F963 › The age grade of a toy (paragraph)
p-2edd428a3b = 연령 표시만으로 { -age-grade }이 결정되지는 않습니다. 제조업체의 진술은 합리적인 경우에만 인정됩니다. 3세 미만 어린이용 완구에는 { -small-parts }이 있어서는 안 됩니다. { -sharp-point } 및 { -sharp-edge } 시험은 8세 미만 어린이용 완구에 적용됩니다.

# Toys and ASTM F963 › The age grade of a toy (paragraph)
p-f58b2d951e = 완구용 가위처럼 기능상 { -sharp-point }이나 { -sharp-edge }가 필요한 완구는 16 CFR 1500.48 및 1500.49의 적용이 면제될 수 있습니다. 이러한 완구에는 기능과 무관한 { -sharp-point }이나 { -sharp-edge }가 없어야 합니다. 또한 눈에 잘 띄게 표시되어야 합니다.

# Toys and ASTM F963 › Heavy elements (heading)
h-6d834925dc = 중금속 원소

# Toys and ASTM F963 › Heavy elements (paragraph)
p-45a8c7adc5 = ASTM F963은 또한 페인트, 표면 코팅, 그리고 완구의 기본 재료인 접근 가능한 기재(substrate)에 포함된 가용성 중금속 원소도 제한합니다. 한도는 표준 원문에 있습니다. 이 교육에서는 한도 수치를 다시 싣지 않습니다. 수치는 ASTM F963-23 사본이나 귀사의 { -cpsc-accepted-lab }에서 확인하십시오.

# Toys and ASTM F963 › Heavy elements (paragraph)
p-1da8e829ef = 완구를 포함한 모든 { -childrens-product }에는 미국의 { -lead } 한도 2가지가 적용됩니다.

# Toys and ASTM F963 › Heavy elements (table cell)
td-674b0ed54b = 한도

# Toys and ASTM F963 › Heavy elements (table cell)
td-1584863a0a = { -surface-coating }의 { -lead } 90 ppm

# Toys and ASTM F963 › Heavy elements (table cell)
td-c10c1bec47 = 접근 가능한 부분의 { -total-lead-content } 100 ppm

# Toys and ASTM F963 › Heavy elements (table cell)
td-22659e2793 = CPSIA

# Toys and ASTM F963 › Heavy elements (paragraph)
p-8f219681a6 = 자세한 내용은 [{ -lead } 한도](lead-and-phthalates.md#limits)를 참조하십시오.

# Toys and ASTM F963 › Heavy elements (paragraph)
p-5d055f2778 = 완구는 ASTM F963 한도와 미국의 { -lead } 한도를 모두 충족해야 합니다. 어떤 완구와 어떤 재료를 시험해야 하는지 시험기관에 문의하십시오.

# Toys and ASTM F963 › What to do in the factory (heading)
h-2a572bd7e4 = 공장에서 할 일

# Toys and ASTM F963 › What to do in the factory (list item)
li-7212b83862 = 각 완구의 { -age-grade }을 수입업체와 합의하십시오.

# Toys and ASTM F963 › What to do in the factory (list item)
li-ae89c91287 = 시험하기 전에 16 CFR 1250에서 ASTM F963의 판을 확인하십시오.

# Toys and ASTM F963 › What to do in the factory (list item)
li-80ec853440 = CPSC가 ASTM F963 시험에 대해 인정한 시험기관을 이용하십시오.

# Toys and ASTM F963 › What to do in the factory (list item)
li-1a0a9c86a1 = 각 완구의 모든 페인트, 코팅 및 접근 가능한 재료의 목록을 작성하십시오.

# Toys and ASTM F963 › What to do in the factory (list item)
li-360cb1d0c4 = ASTM F963의 요구에 따라 페인트, 코팅 및 기재의 가용성 중금속 원소를 시험하십시오.

# Toys and ASTM F963 › What to do in the factory (list item)
li-17d428a3d6 = 3세 미만 어린이용 완구는 { -small-parts }을, 8세 미만 어린이용 완구는 { -sharp-point }과 { -sharp-edge }를 시험하십시오.

# Toys and ASTM F963 › What to do in the factory (list item)
li-98dec16d00 = 모든 시험 보고서를 보관하십시오. 수입업체가 적합성 증명서를 발급하려면 이 보고서가 필요합니다.

# Toys and ASTM F963 › What to do in the factory (paragraph)
p-0a5efc6fb9 = 베이징 사무소에 관한 CPSC 웹페이지에는 “중국산 제품은 CPSC가 발표한 전체 제품 리콜의 절반 이상을 계속 차지하고 있으며, 어린이제품 리콜에서는 그 비율이 더욱 높습니다”라고 적혀 있습니다. 이 페이지에는 작성 날짜가 없으므로 이 수치는 최신이 아닐 수 있습니다. ASTM F963에 따라 꼼꼼하게 시험하면 완구가 { -recall } 대상이 되는 것을 막는 데 도움이 됩니다.

# Toys and ASTM F963 › Check your knowledge (heading)
h-27544b5c12 = 이해도 점검

# Toys and ASTM F963 › Check your knowledge (list item)
li-10f22487a0 = 2024년 1월 18일의 직접 최종 규칙은 무엇을 정했습니까?

# Toys and ASTM F963 › Check your knowledge (list item)
li-86dc98874e = ASTM F963이 자율 표준으로 바뀌었습니다.

# Toys and ASTM F963 › Check your knowledge (list item)
li-8864319147 = ASTM F963이 폐지되었습니다.

# Toys and ASTM F963 › Check your knowledge (list item)
li-81fce7f911 = ASTM F963-23이 의무화되었습니다.

# Toys and ASTM F963 › Check your knowledge (list item)
li-c0b43ec668 = 이 규칙은 16 CFR 1250에 ASTM F963-23을 채택했습니다. 또한 ASTM F963에 따라 시험하는 시험기관에 대한 요건도 개정했습니다.

# Toys and ASTM F963 › Check your knowledge (list item)
li-96d2f5adcb = ASTM F963-23은 언제부터 의무 적용되었습니까?

# Toys and ASTM F963 › Check your knowledge (list item)
li-04381f0239 = 2024년 1월 18일

# Toys and ASTM F963 › Check your knowledge (list item)
li-cb73086513 = 2024년 4월 20일

# Toys and ASTM F963 › Check your knowledge (list item)
li-e90f05e72b = 2011년 8월 14일

# Toys and ASTM F963 › Check your knowledge (list item)
li-1aa841b387 = 이 규칙은 2024년 1월 18일에 공표되었습니다. 이 규칙에 따라 ASTM F963-23은 2024년 4월 20일부터 의무 적용되었습니다.

# Toys and ASTM F963 › Check your knowledge (list item)
li-9206bfe10c = 완구 페인트의 { -lead }에 대한 미국의 한도는 얼마입니까?

# Toys and ASTM F963 › Check your knowledge (list item)
li-a9547a5a14 = 90 ppm

# Toys and ASTM F963 › Check your knowledge (list item)
li-a1b3e5275b = 500 ppm

# Toys and ASTM F963 › Check your knowledge (list item)
li-7186d9b809 = 1,000 ppm

# Toys and ASTM F963 › Check your knowledge (list item)
li-83bea7f688 = 완구 및 그 밖의 { -childrens-product }의 페인트와 이와 유사한 표면 코팅은 { -lead }을 90 ppm을 초과하여 함유해서는 안 됩니다(16 CFR 1303).

# Toys and ASTM F963 › Check your knowledge (list item)
li-89690eda69 = { -sharp-point }과 { -sharp-edge }에 관한 규정은 어떤 어린이를 위한 완구에 적용됩니까?

# Toys and ASTM F963 › Check your knowledge (list item)
li-be03629ad8 = 3세 미만 어린이만

# Toys and ASTM F963 › Check your knowledge (list item)
li-81bb7de2aa = 8세 미만 어린이

# Toys and ASTM F963 › Check your knowledge (list item)
li-65b062c478 = 12세 이하 어린이

# Toys and ASTM F963 › Check your knowledge (list item)
li-c5a061c749 = 16 CFR 1500.48 및 1500.49는 8세 미만 어린이를 위한 완구와 물품에 적용됩니다.

# Toys and ASTM F963 › Sources (heading)
h-caf85b0888 = 출처

# Toys and ASTM F963 › Sources (list item)
li-d3e375abbc = { "[" }eCFR: Part 1250, 완구 안전](https://www.ecfr.gov/current/title-16/part-1250)

# Toys and ASTM F963 › Sources (list item)
li-47fed90bbc = { "[" }Federal Register: ASTM F963-23 직접 최종 규칙, 2024년 1월 18일](https://www.govinfo.gov/content/pkg/FR-2024-01-18/html/2024-00741.htm)

# Toys and ASTM F963 › Sources (list item)
li-a445900dd1 = { "[" }Federal Register: 목 튜브 최종 규칙, 2025년 12월 15일](https://www.govinfo.gov/content/pkg/FR-2025-12-15/html/2025-22827.htm)

# Toys and ASTM F963 › Sources (list item)
li-f8c7729576 = { "[" }eCFR: Part 1112, 제3자 시험기관](https://www.ecfr.gov/current/title-16/part-1112)

# Toys and ASTM F963 › Sources (list item)
li-5e900d795e = { "[" }eCFR: Section 1200.2, { -childrens-product }의 정의](https://www.ecfr.gov/current/title-16/section-1200.2)

# Toys and ASTM F963 › Sources (list item)
li-bf68d9e043 = { "[" }eCFR: Section 1501.2, { -small-parts } 관련 어린이 연령](https://www.ecfr.gov/current/title-16/section-1501.2)

# Toys and ASTM F963 › Sources (list item)
li-1b36b5728b = { "[" }eCFR: Section 1500.48, { -sharp-point }](https://www.ecfr.gov/current/title-16/section-1500.48)

# Toys and ASTM F963 › Sources (list item)
li-f0bb75d1dd = { "[" }eCFR: Section 1500.49, { -sharp-edge }](https://www.ecfr.gov/current/title-16/section-1500.49)

# Toys and ASTM F963 › Sources (list item)
li-e19cee1dc5 = { "[" }eCFR: Section 1262.4, { -magnet } 시험 방법](https://www.ecfr.gov/current/title-16/section-1262.4)

# Toys and ASTM F963 › Sources (list item)
li-59a400fb00 = { "[" }CPSC: { -total-lead-content } 사업자 안내](https://cpsc.gov/Business--Manufacturing/Business-Education/Lead/Total-Lead-Content-Business-Guidance-and-Small-Entity-Compliance-Guide)

# Toys and ASTM F963 › Sources (list item)
li-b38d63eac7 = { "[" }CPSC: 페인트 중 { -lead } FAQ](https://cpsc.gov/FAQ/Lead-in-Paint)

# Toys and ASTM F963 › Sources (list item)
li-f30ee94a2c = { "[" }CPSC: 베이징 지역제품안전사무소](http://www.cpsc.gov/Business--Manufacturing/International/CPSC-Regional-Product-Safety-Office-Beijing/)
