### Korean translation of content/modules/cribs-full-size-and-non-full-size.md (Full-size and non-full-size cribs). Draft translation by the Primer team;
### not yet reviewed by a qualified translator.
### Comments name the English source segment; `primer i18n extract` writes the English file.

# Full-size and non-full-size cribs (title)
title-67f0745d6b = { -full-size-crib }와 { -non-full-size-crib }

# Full-size and non-full-size cribs (summary)
summary-0f591f25e5 = { -full-size-crib }와 { -non-full-size-crib }는 미국의 의무 안전 표준을 충족해야 하며, 각 { -crib }에는 소비자 { -registration-card }가 함께 제공되어야 합니다.

# Full-size and non-full-size cribs (learning objective)
objective-96707f80ab = { -full-size-crib }에 관한 규정과 { -non-full-size-crib }에 관한 규정을 말할 수 있다.

# Full-size and non-full-size cribs (learning objective)
objective-568c8c65e5 = 보육 시설과 호텔을 포함하여, { -crib } 규정을 준수해야 하는 대상을 설명할 수 있다.

# Full-size and non-full-size cribs (learning objective)
objective-7928d3d362 = { -crib }에 관한 시험 및 적합성 증명서 의무를 설명할 수 있다.

# Full-size and non-full-size cribs (learning objective)
objective-1fb71c7f21 = 각 { -crib }의 { -registration-card }와 영구 표시를 준비할 수 있다.

# Full-size and non-full-size cribs (paragraph)
p-c32429e871 = { -crib }는 내구성 영유아 제품(durable infant or toddler products)입니다. 미국 법률은 { -crib }에 대한 의무 안전 표준을 정하고 있습니다. 이 모듈에서는 2가지 { -crib } 규정, 이를 준수해야 하는 대상, 그리고 각 { -crib }에 함께 제공되어야 하는 { -registration-card }를 설명합니다.

# Full-size and non-full-size cribs › The two crib rules (heading)
h-8940493553 = 2가지 { -crib } 규정

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-fb9ef89417 = 제품

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-62845f31a2 = 규정

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-e90a77266e = 기반 표준

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-6496ea9d92 = { -full-size-crib }

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-d962d1c544 = 16 CFR 1219

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-647b32c527 = ASTM F1169

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-a5f3dddb66 = { -non-full-size-crib }

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-32970fd515 = 16 CFR 1220

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-a70ac9d1a9 = ASTM F406

# Full-size and non-full-size cribs › The two crib rules (paragraph)
p-a9557af476 = CPSC는 2010년 12월 28일의 최종 규칙으로 두 규정을 모두 제정했습니다. 이는 소비자제품안전개선법(CPSIA) 제104조(b)에 따른 것입니다. 제104조(b)는 CPSC가 ASTM 자율 표준과 실질적으로 동일하거나 그보다 엄격한 표준을 제정하도록 요구합니다. 또한 ASTM이 표준을 개정할 때 규정을 갱신하는 절차도 정하고 있습니다.

# Full-size and non-full-size cribs › The two crib rules (paragraph)
p-68c1e6835e = 2010년 규칙은 이러한 ASTM 표준의 이전 판을 일부 변경하여 편입했습니다. 그 후 두 규정은 모두 다음과 같이 개정되었습니다.

# Full-size and non-full-size cribs › The two crib rules (list item)
li-2042abc1dd = { -non-full-size-crib }에 관한 규정은 현재 ASTM F406-24를 편입하고 있습니다. 이 개정은 2025년 4월 5일에 시행되었습니다.

# Full-size and non-full-size cribs › The two crib rules (list item)
li-786bd04ab6 = 2026년 5월 4일의 직접 최종 규칙(direct final rule)은 { -full-size-crib }에 관한 규정을 ASTM F1169-25로 개정했습니다[^f1169]. 이 규칙은 CPSC가 중대한 반대 의견(significant adverse comment)을 이유로 규칙을 철회하지 않는 한 2026년 8월 1일에 시행되도록 정했습니다. ASTM F1169-25는 메시 또는 직물로 된 측면이 있는 { -full-size-crib }에 대한 요건을 추가합니다.

# Full-size and non-full-size cribs › The two crib rules (paragraph)
p-05efd3d96d = 이 규칙은 91 FR 23908, 문서번호(docket) CPSC-2010-0075입니다.

# Full-size and non-full-size cribs › The two crib rules (paragraph)
p-9c8518c1b6 = ASTM 표준은 시간이 지나면서 개정됩니다. { -crib }를 시험하기 전에 현재 16 CFR 1219 또는 1220이 어느 판을 인용하고 있는지 eCFR에서 확인하십시오. 시험 계획은 { -importer }와 합의하십시오.

# Full-size and non-full-size cribs › The two crib rules (paragraph)
p-c606644f01 = 일부 유사 제품에는 자체 규정이 있습니다. { -play-yard }는 16 CFR 1221을 따릅니다. 이 규정은 { -non-full-size-crib }에만 적용되는 조항을 제외하고 ASTM F406을 사용합니다. { -crib-mattress }는 16 CFR 1241을 따릅니다.

# Full-size and non-full-size cribs › New and used cribs (heading)
h-07da977400 = 새 { -crib }와 중고 { -crib }

# Full-size and non-full-size cribs › New and used cribs (paragraph)
p-ba149473b7 = { -crib } 규정은 제조업체, 소매업체 등에 대해 2011년 6월 28일에 시행되었습니다. 이 규정은 새 { -crib }뿐 아니라 중고 { -crib }에도 적용됩니다(CPSIA 제104조(c)).

# Full-size and non-full-size cribs › New and used cribs (paragraph)
p-ac9cf952c5 = 이 규정은 { -crib }를 임대하거나 전대하는 모든 사람에게도 적용됩니다. 그 밖의 방법으로 { -crib }를 시장에 내놓는 모든 사람에게도 적용됩니다.

# Full-size and non-full-size cribs › Child care facilities and hotels (heading)
h-38b8165ff3 = 보육 시설과 호텔

# Full-size and non-full-size cribs › Child care facilities and hotels (paragraph)
p-3cdb343fd3 = { -crib } 규정은 다른 사람의 아이를 위해 { -crib }를 사용하는 장소에도 적용됩니다.

# Full-size and non-full-size cribs › Child care facilities and hotels (list item)
li-6728dd22a6 = 보육 시설

# Full-size and non-full-size cribs › Child care facilities and hotels (list item)
li-b0d634cd94 = 가정 보육 시설(family child care homes)

# Full-size and non-full-size cribs › Child care facilities and hotels (list item)
li-475ca96abd = 호텔 등 공중 숙박·편의 시설(places of public accommodation)

# Full-size and non-full-size cribs › Child care facilities and hotels (paragraph)
p-7b6dfd17a6 = 이러한 장소는 2012년 12월 28일까지 규정을 준수해야 했습니다.

# Full-size and non-full-size cribs › Child care facilities and hotels (paragraph)
p-4e6f683408 = { -crib }를 구매하는 곳 중에는 보육 시설, 호텔, { -crib } 대여업체도 있습니다. 이들이 사용하는 { -crib }도 규정을 충족해야 합니다.

# Full-size and non-full-size cribs › Testing and certificates (heading)
h-ea5727a1d6 = 시험과 적합성 증명서

# Full-size and non-full-size cribs › Testing and certificates (paragraph)
p-0f0748b25a = { -crib } 규정은 어린이제품 안전 규정입니다. 따라서 각 { -crib } 모델에는 다음이 필요합니다.

# Full-size and non-full-size cribs › Testing and certificates (list item)
li-617c67c7a7 = CPSC가 인정한 제3자 시험기관의 시험

# Full-size and non-full-size cribs › Testing and certificates (list item)
li-a324280318 = { -cpc }

# Full-size and non-full-size cribs › Testing and certificates (list item)
li-b10f145461 = 소비자 { -registration-card }

# Full-size and non-full-size cribs › Testing and certificates (paragraph)
p-aacdb728be = 해외에서 제조된 { -crib }는 { -importer }가 CPC를 발급합니다. 적합성 증명서와 시험 보고서는 영어로 작성되어야 합니다. 수입품의 경우 통관 시 증명서 데이터를 전자적으로 제출해야 합니다. 이는 2026년 7월 8일부터 적용됩니다. 외국무역지대에서 반입되는 제품에는 2027년 1월 8일부터 적용됩니다.

# Full-size and non-full-size cribs › Testing and certificates (paragraph)
p-ba889d9ab5 = 설계, 제조 공정 또는 부품 조달의 { -material-change }은 규정 준수에 영향을 줄 수 있습니다. 그러한 경우 { -crib }에는 새로운 { -third-party-testing }과 새 CPC가 필요합니다(16 CFR 1107.23(a)).

# Full-size and non-full-size cribs › Testing and certificates (paragraph)
p-07fdf8ce55 = 모든 { -childrens-product }과 마찬가지로, { -crib }와 그 포장에는 실행 가능한 범위에서 { -tracking-label }이 필요합니다. 이것은 영구적인 표시입니다. 제조업체 또는 자체 상표 판매업체, 생산 장소와 날짜, 그리고 배치 번호나 생산 회차 번호 같은 세부 정보를 보여 줍니다. 내구성 영유아 제품에는 제품과 외부 포장에 관한 추가 표시 규정도 있습니다.

# Full-size and non-full-size cribs › Registration cards (heading)
h-2b8e2b8a02 = { -registration-card }

# Full-size and non-full-size cribs › Registration cards (paragraph)
p-1b44aff9c2 = 내구성 영유아 제품에는 소비자 { -registration-card }가 필요합니다. 관련 규정은 16 CFR 1130입니다[^1]. { -full-size-crib }와 { -non-full-size-crib }의 준수 기한은 2010년 6월 28일이었습니다.

# Full-size and non-full-size cribs › Registration cards (paragraph)
p-ffa0a1d97f = { -registration-card } 규정은 2009년 12월 29일에 공표되었습니다(74 FR 68668). 이 규정은 2010년 6월 28일에 시행되었습니다.

# Full-size and non-full-size cribs › Registration cards (paragraph)
p-a4c8c4eb4d = 각 제조업체는 다음을 이행해야 합니다.

# Full-size and non-full-size cribs › Registration cards (list item)
li-eca1f869e9 = 각 제품에 우편 요금이 선납된 소비자 등록 양식을 제공합니다.

# Full-size and non-full-size cribs › Registration cards (list item)
li-10882c28ef = 등록한 소비자의 기록을 보관합니다.

# Full-size and non-full-size cribs › Registration cards (list item)
li-f95c85f841 = 제품에 제조업체의 이름과 연락처, 모델명과 모델 번호, 제조일을 영구적으로 표시합니다.

# Full-size and non-full-size cribs › Registration cards (paragraph)
p-9cece9bd52 = 이 규정에서는 수입업체도 제조업체로 간주됩니다.

# Full-size and non-full-size cribs › Registration cards (paragraph)
p-929c83b978 = 등록 양식은 다음 요건을 충족해야 합니다(16 CFR 1130.5).

# Full-size and non-full-size cribs › Registration cards (list item)
li-c91230a994 = 필요한 모든 정보를 영어로 제공할 것

# Full-size and non-full-size cribs › Registration cards (list item)
li-ee50410b54 = 소비자가 반드시 알아차리고 손으로 다루게 되도록 제품 표면에 부착할 것

# Full-size and non-full-size cribs › Registration cards (list item)
li-8d5bd23cc1 = 제조업체의 이름, 모델명과 모델 번호, 제조일을 표시할 것

# Full-size and non-full-size cribs › Registration cards (list item)
li-37952aac5c = 인터넷으로 등록할 수 있는 방법을 제공할 것

# Full-size and non-full-size cribs › Registration cards (list item)
li-aa75da0542 = 데이터는 { -recall } 또는 안전 경보 목적으로만 사용된다고 명시할 것

# Full-size and non-full-size cribs › Registration cards (paragraph)
p-7636fca892 = 별도로 판매되는 부속품은 적용 대상이 아닙니다. 여러 구성품으로 이루어진 시스템의 경우, 주요 구성품에 카드 1장을 부착하면 충분합니다.

# Full-size and non-full-size cribs › Registration cards (paragraph)
p-671ee87426 = 카드를 { -crib } 표면에 부착하십시오. 소비자가 카드를 알아차리고 손으로 다루게 되어야 합니다. 카드에 { -crib }의 영구 표시와 동일한 모델명, 모델 번호, 제조일이 표시되어 있는지 확인하십시오.

# Full-size and non-full-size cribs › What to do in the factory (heading)
h-2a572bd7e4 = 공장에서 할 일

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-3f934a995d = 제품이 { -full-size-crib }인지, { -non-full-size-crib }인지, { -play-yard }인지 판단하십시오. 각각에 별도의 규정이 적용됩니다.

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-481f2a290c = 해당 규정이 현재 인용하는 ASTM 표준의 판에 따라 시험하십시오.

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-7af5300628 = 각 { -crib } 모델을 CPSC가 인정한 제3자 시험기관에 보내 시험을 받으십시오.

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-d631a3f1ea = 각 { -crib }에 이름과 연락처, 모델명과 모델 번호, 제조일을 영구적으로 표시하십시오.

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-7f3e11ce87 = 각 { -crib }에 우편 요금이 선납된 영어 { -registration-card }를 부착하십시오.

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-e8b1e3f3ac = { -crib }와 그 포장에 추적 정보를 표시하십시오.

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-65e3dc7b79 = 설계, 공정 또는 공급업체를 변경하기 전에 수입업체에 알리십시오.

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-f4f53254b9 = 모든 시험 기록을 보관하십시오. 수입업체가 { -crib }의 적합성을 증명하려면 이 기록이 필요합니다.

# Full-size and non-full-size cribs › What to do in the factory (paragraph)
p-f43534ac93 = 베이징 사무소에 관한 CPSC 웹페이지에 따르면, 의류, { -crib }, 영유아 용품 등 위험도가 높은 { -childrens-product }의 상당 부분을 중국의 제조업체가 생산합니다. 이 페이지에는 작성 날짜가 없습니다. 이 사무소는 2011년 1월에 CPSC의 첫 해외 사무소로 설립되었습니다.

# Full-size and non-full-size cribs › Check your knowledge (heading)
h-27544b5c12 = 이해도 점검

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-9bd08e8f3b = { -non-full-size-crib }에 적용되는 규정은 무엇입니까?

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-d962d1c544 = 16 CFR 1219

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-32970fd515 = 16 CFR 1220

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-fcaf96e5d9 = 16 CFR 1130

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-8e2c429255 = 16 CFR 1220은 { -non-full-size-crib }에 적용됩니다. 이 규정은 ASTM F406을 기반으로 합니다. 16 CFR 1219는 { -full-size-crib }에 적용됩니다.

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-16c95e8f25 = 어떤 호텔이 객실에 { -crib }를 비치합니다. 이 { -crib }는 { -crib } 규정을 충족해야 합니까?

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-02704f083f = 아니요. 호텔은 { -crib }를 판매하지 않기 때문입니다.

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-c59d170731 = 예. 공중 숙박·편의 시설은 2012년 12월 28일까지 규정을 준수해야 했습니다.

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-345e3007a1 = 새 { -crib }인 경우에만 해당합니다.

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-547726932e = { -crib } 규정은 보육 시설, 가정 보육 시설, 그리고 호텔 등 공중 숙박·편의 시설에 적용됩니다. 새 { -crib }뿐 아니라 중고 { -crib }에도 적용됩니다.

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-114b9d7ed6 = 등록 양식에는 소비자의 데이터에 관해 무엇을 명시해야 합니까?

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-62ee32b746 = 데이터를 다른 업체에 판매할 수 있다는 것

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-c92d93acaf = 데이터는 { -recall } 또는 안전 경보 목적으로만 사용된다는 것

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-67e1bca088 = 아무것도 명시할 필요가 없음

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-eb525dff18 = 16 CFR 1130.5는 이 문구를 요구합니다. 또한 양식은 인터넷으로 등록할 수 있는 방법을 제공해야 합니다.

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-fd59b5a3f5 = 등록 양식은 필요한 정보를 어떤 언어로 제공해야 합니까?

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-ba118bf7fc = 영어

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-f69acb290c = 공장이 있는 나라의 언어

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-fb3b2acda0 = 어떤 언어든 가능

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-505155b9fc = 필요한 모든 정보는 영어로 제공되어야 합니다.

# Full-size and non-full-size cribs › Sources (heading)
h-caf85b0888 = 출처

# Full-size and non-full-size cribs › Sources (list item)
li-75eb680811 = { "[" }eCFR: Part 1219, { -full-size-crib }](https://www.ecfr.gov/current/title-16/part-1219)

# Full-size and non-full-size cribs › Sources (list item)
li-d46c17610f = { "[" }eCFR: Part 1220, { -non-full-size-crib }](https://www.ecfr.gov/current/title-16/part-1220)

# Full-size and non-full-size cribs › Sources (list item)
li-0e5c20d617 = { "[" }eCFR: Part 1130, 소비자 { -registration-card }](https://www.ecfr.gov/current/title-16/part-1130)

# Full-size and non-full-size cribs › Sources (list item)
li-8413429241 = { "[" }Federal Register: { -crib } 규칙, 2010년 12월 28일](http://www.gpo.gov/fdsys/pkg/FR-2010-12-28/html/2010-32178.htm)

# Full-size and non-full-size cribs › Sources (list item)
li-87fe31cba3 = { "[" }Federal Register: { -crib } 규칙, 준수 기한](http://federal.elaws.us/fr/notice/12/28/2010/2010-32178)

# Full-size and non-full-size cribs › Sources (list item)
li-20809eff7e = { "[" }Federal Register: { -non-full-size-crib }, ASTM F406-24, 2025년 1월 31일](https://regulations.justia.com/regulations/fedreg/2025/01/31/2025-01721.html)

# Full-size and non-full-size cribs › Sources (list item)
li-a28e09112c = { "[" }Federal Register: { -full-size-crib }, ASTM F1169-25, 2026년 5월 4일](https://www.govinfo.gov/content/pkg/FR-2026-05-04/html/2026-08632.htm)

# Full-size and non-full-size cribs › Sources (list item)
li-d734a4831f = { "[" }Federal Register: { -play-yard }, 2025년 1월 29일](https://govinfo.gov/content/pkg/FR-2025-01-29/html/2025-01658.htm)

# Full-size and non-full-size cribs › Sources (list item)
li-84c53c5461 = { "[" }Federal Register: { -registration-card }, 2009년 12월 29일](http://edocket.access.gpo.gov/2009/E9-30485.htm)

# Full-size and non-full-size cribs › Sources (list item)
li-48eb455674 = { "[" }CPSC: { -registration-card } FAQ](https://www.cpsc.gov/FAQ/Registration-Cards)

# Full-size and non-full-size cribs › Sources (list item)
li-30cde9875c = { "[" }CPSC: { -cpc }](https://www.cpsc.gov/Business--Manufacturing/Testing-Certification/Childrens-Product-Certificate-CPC/)

# Full-size and non-full-size cribs › Sources (list item)
li-8842c36139 = { "[" }CPSC: eFiling](https://cpsc.gov/eFiling)

# Full-size and non-full-size cribs › Sources (list item)
li-c9b7cfeaa7 = { "[" }CPSC: { -tracking-label }](https://cpsc.gov/trackinglabel)

# Full-size and non-full-size cribs › Sources (list item)
li-f30ee94a2c = { "[" }CPSC: 베이징 지역제품안전사무소](http://www.cpsc.gov/Business--Manufacturing/International/CPSC-Regional-Product-Safety-Office-Beijing/)
