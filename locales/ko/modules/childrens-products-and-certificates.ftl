### Korean translation of content/modules/childrens-products-and-certificates.md (Children's products and certificates). Draft translation by the Primer team;
### not yet reviewed by a qualified translator.
### Comments name the English source segment; `primer i18n extract` writes the English file.

# Children's products and certificates (title)
title-9b5bee27e9 = { -childrens-product }과 적합성 증명서

# Children's products and certificates (summary)
summary-18358a5a8a = { -childrens-product }은 { -cpsc-accepted-lab }의 시험을 받고, { -cpc }로 적합성이 증명되며, { -tracking-label }이 표시되어야 합니다.

# Children's products and certificates (learning objective)
objective-90a40368b4 = 어떤 제품이 { -childrens-product }인지 판단할 수 있다.

# Children's products and certificates (learning objective)
objective-99d966dd40 = { -cpc }의 7가지 필수 기재 항목을 말할 수 있다.

# Children's products and certificates (learning objective)
objective-ee420f502b = 제품에 새로운 { -third-party-testing }과 새 적합성 증명서가 필요한 경우를 설명할 수 있다.

# Children's products and certificates (learning objective)
objective-3b2251a5f8 = { -tracking-label } 및 { -efiling } 요건을 설명할 수 있다.

# Children's products and certificates (paragraph)
p-53c1f09a65 = { -childrens-product }은 자신에게 적용되는 미국 안전 규정을 충족해야 합니다. 또한 시험, 적합성 증명 및 표시를 거쳐야 합니다.

# Children's products and certificates › What is a children's product (heading)
h-afce076afe = { -childrens-product }이란 무엇인가

# Children's products and certificates › What is a children's product (paragraph)
p-eb894becc0 = { -childrens-product }이란 주로 12세 이하 어린이를 위해 설계되었거나 그러한 어린이가 사용하도록 의도된 소비자제품입니다. 이 정의는 소비자제품안전법(Consumer Product Safety Act) 제3조(a)(2) 및 16 CFR 1200.2에 있습니다.

# Children's products and certificates › What is a children's product (paragraph)
p-8c06b65dee = 제품이 주로 어린이를 위한 것인지는 다음 4가지 요소로 판단합니다(16 CFR 1200.2(a)(1)).

# Children's products and certificates › What is a children's product (list item)
li-58b0206d03 = 표시를 포함하여, 의도된 용도에 관한 제조업체의 진술(그 진술이 합리적인 경우).

# Children's products and certificates › What is a children's product (list item)
li-fcefa784f6 = 포장, 진열, 판촉 또는 광고가 그 제품을 12세 이하 어린이에게 적합한 것으로 제시하는지 여부.

# Children's products and certificates › What is a children's product (list item)
li-5b69564c25 = 소비자가 일반적으로 그 제품을 12세 이하 어린이용으로 인식하는지 여부.

# Children's products and certificates › What is a children's product (list item)
li-c326d5b072 = 2002년 9월의 CPSC 직원 연령 판정 지침(Age Determination Guidelines) 및 그 후속 지침.

# Children's products and certificates › What is a children's product (paragraph)
p-444366eab3 = 판단은 사안별로 이루어집니다. [{ -small-parts }](toys-small-parts.md) 규정의 적용을 받는 완구는 { -childrens-product }입니다.

# Children's products and certificates › Testing by a CPSC-accepted laboratory (heading)
h-83745dbbc9 = { -cpsc-accepted-lab }의 시험

# Children's products and certificates › Testing by a CPSC-accepted laboratory (paragraph)
p-ba4bbde9f6 = 어린이제품 안전 규정의 적용을 받는 { -childrens-product }은 CPSC가 인정한 제3자 시험기관의 시험을 받고, 그 적합성이 증명되어야 합니다. 이러한 시험기관에 대한 요건은 16 CFR 1112에 있습니다.

# Children's products and certificates › Testing by a CPSC-accepted laboratory (paragraph)
p-8f3564d5e7 = 16 CFR 1107은 { -childrens-product }의 지속적 시험에 관한 다음 절차를 정합니다.

# Children's products and certificates › Testing by a CPSC-accepted laboratory (list item)
li-b683642aec = { -periodic-testing }

# Children's products and certificates › Testing by a CPSC-accepted laboratory (list item)
li-af36acde5d = 설계 또는 제조 공정의 { -material-change } 후 시험

# Children's products and certificates › Testing by a CPSC-accepted laboratory (paragraph)
p-62634363cf = Part 1107은 또한 시험기관에 대한 부당한 영향력을 막기 위한 보호 장치도 정합니다(16 CFR 1107.1).

# Children's products and certificates › Testing by a CPSC-accepted laboratory (paragraph)
p-ad85a1baed = { -material-change }이란 규정 준수에 영향을 줄 수 있는 설계, 제조 공정 또는 부품 조달의 변경을 말합니다. { -material-change } 후에는 제품에 새로운 { -third-party-testing }과 새 적합성 증명서가 필요합니다(16 CFR 1107.23(a)). 새 증명서는 제품이 규정을 충족할 때까지 발급할 수 없습니다. 부품 하나만 변경된 경우, 업체는 이전 시험 결과와 그 부품에 대한 새 시험 결과를 결합할 수 있습니다.

# Children's products and certificates › Testing by a CPSC-accepted laboratory (paragraph)
p-85f9eb3e74 = 부품 공급업체를 새로 바꾸는 것은 부품 조달의 변경입니다. 그 변경이 규정 준수에 영향을 줄 수 있다면 { -material-change }입니다. 설계, 공정 또는 공급업체를 바꾸기 전에 { -importer }에 알리십시오.

# Children's products and certificates › Testing by a CPSC-accepted laboratory (paragraph)
p-5263e158d1 = 규정 준수 여부를 평가하는 데 부품 시험이 요구되거나 충분한 경우, 업체는 완제품 대신 구성 부품을 시험할 수 있습니다(16 CFR 1109.5(a)). 시험한 부품은 모든 중요한 측면에서 완제품에 들어가는 부품과 동일해야 합니다. 의심스러우면 완제품을 시험하십시오.

# Children's products and certificates › The certificate (heading)
h-36c79acaa5 = 적합성 증명서

# Children's products and certificates › The certificate (paragraph)
p-1e37ed4303 = { -importer } 또는 미국 내 제조업체는 서면 { -cpc }로 제품이 규정에 적합함을 스스로 증명합니다. CPC는 CPSC가 인정한 제3자 시험기관의 합격 시험 결과를 근거로 합니다. 적합성 증명서에 관한 규정은 16 CFR 1110에 있습니다.

# Children's products and certificates › The certificate (paragraph)
p-787f8f68bd = 16 CFR 1110은 2025년 1월 8일의 최종 규칙으로 개정되었습니다. 개정된 규칙은 2026년 7월 8일에 시행되었으며, 외국무역지대에서의 수입 신고에는 2027년 1월 8일부터 시행됩니다. 이 규칙은 적합성 증명서를 발급해야 하는 수입업체, 미국 내 제조업체 및 자체 상표 판매업체(private labeler)에 적용됩니다. 이 모듈은 CPSC의 적합성 증명서 안내 페이지에 설명된 대로 증명서를 설명합니다. 증명서를 작성하기 전에 eCFR에서 16 CFR 1110의 현행 원문을 확인하십시오.

# Children's products and certificates › The certificate (paragraph)
p-85a6436776 = 해외에서 제조된 제품은 수입업체가 CPC를 발급합니다. 미국에서 제조된 제품은 미국 제조업체가 발급합니다. 시험기관이 CPC 작성을 도울 수는 있지만, 법적 책임은 여전히 증명 주체(CPC 발급자)에게 있습니다. CPC는 유통업체와 소매업체에 제공되어야 합니다.

# Children's products and certificates › The certificate (paragraph)
p-2af1b2350b = CPC와 이를 뒷받침하는 시험 보고서는 영어로 작성되어야 합니다. 특정 양식은 요구되지 않습니다. 7가지 필수 기재 항목이 모두 있고 정확해야 합니다. CPSC는 완구, 의류, { -bassinet }에 대한 CPC 견본을 공개하고 있습니다.

# Children's products and certificates › The certificate (table cell)
td-4e5b548d6d = 항목

# Children's products and certificates › The certificate (table cell)
td-8e7ddf931c = 기재 내용

# Children's products and certificates › The certificate (table cell)
td-fb9ef89417 = 제품

# Children's products and certificates › The certificate (table cell)
td-31a1a8581f = CPC를 그것이 적용되는 각 제품과 대응시킬 수 있고 다른 제품과는 대응되지 않을 만큼 충분히 상세한 정보

# Children's products and certificates › The certificate (table cell)
td-4228aeb07c = 규정

# Children's products and certificates › The certificate (table cell)
td-647ca8b733 = 적용되는 각 어린이제품 안전 규정을 개별적으로 인용

# Children's products and certificates › The certificate (table cell)
td-86004f1008 = 증명 주체(CPC 발급자)

# Children's products and certificates › The certificate (table cell)
td-9726b0e13b = { -importer } 또는 미국 내 제조업체: 이름, 전체 우편 주소, 전화번호

# Children's products and certificates › The certificate (table cell)
td-75964d2f03 = 기록 담당 연락처

# Children's products and certificates › The certificate (table cell)
td-16cd9dc1e6 = 시험 기록을 보관하는 사람: 이름, 전체 우편 주소, 이메일, 전화번호

# Children's products and certificates › The certificate (table cell)
td-8f1f17218c = 제조

# Children's products and certificates › The certificate (table cell)
td-268569d872 = 제조 날짜와 장소

# Children's products and certificates › The certificate (table cell)
td-e806a291cf = 시험

# Children's products and certificates › The certificate (table cell)
td-e4f77faceb = 시험 날짜와 장소

# Children's products and certificates › The certificate (table cell)
td-5e37d1bb9d = 시험기관

# Children's products and certificates › The certificate (table cell)
td-c3fb8823c4 = 증명서가 근거로 삼는 각 CPSC 인정 제3자 시험기관

# Children's products and certificates › The certificate (paragraph)
p-a23fc9f3e0 = 일부 제품은 규정상의 면제나 CPSC의 결정에 따라 시험이 면제됩니다. 어린이용 담요가 그 예입니다. 그래도 업체는 CPC를 발급해야 합니다. CPC에는 적용되는 모든 규정을 인용합니다. 시험기관 대신 주장하는 면제를 기재합니다. 일부 재료는 { -lead } 시험이 필요 없지만, 그래도 [{ -lead } 한도](lead-and-phthalates.md#limits)는 충족해야 합니다.

# Children's products and certificates › The certificate (paragraph)
p-b780cea7e8 = 증명서가 부품에 대한 시험 보고서에 근거하는 경우, 완제품의 증명서에는 모든 시험기관과 모든 인용 규정을 기재해야 합니다.

# Children's products and certificates › Tracking labels (heading)
h-588e1d0168 = { -tracking-label }

# Children's products and certificates › Tracking labels (paragraph)
p-55f963d8df = { -childrens-product }과 그 포장에는 실행 가능한 범위에서 영구적인 식별 표시가 있어야 합니다(소비자제품안전법 제14조(a)(5)). 이 표시를 { -tracking-label }이라고 합니다. 여기에는 다음 정보가 표시되어야 합니다.

# Children's products and certificates › Tracking labels (list item)
li-8b8de6764f = 제조업체 또는 자체 상표 판매업체(private labeler)의 이름

# Children's products and certificates › Tracking labels (list item)
li-3470715922 = 생산 장소와 날짜

# Children's products and certificates › Tracking labels (list item)
li-e2d219ac42 = 배치 번호나 생산 회차 번호 등 제조 공정에 관한 상세 정보

# Children's products and certificates › Tracking labels (list item)
li-302a560ee7 = 제품의 구체적인 출처를 찾는 데 도움이 되는 그 밖의 모든 정보

# Children's products and certificates › Tracking labels (paragraph)
p-cf53363818 = 이 정보는 눈에 잘 보이고 읽을 수 있어야 합니다. 한곳에 모여 있을 필요는 없습니다. 기존 표시도 인정될 수 있습니다. 의류의 경우 FTC 등록 식별 번호(RN)로 요건의 일부를 충족할 수 있지만 전부를 충족할 수는 없습니다.

# Children's products and certificates › Tracking labels (paragraph)
p-f0f48ff60e = 해외에서 제조된 제품의 { -tracking-label }은 수입업체가 책임집니다.

# Children's products and certificates › Tracking labels (paragraph)
p-2e2d7a3df2 = { -crib }와 유모차 같은 내구성 영유아 제품(durable infant or toddler products)에는 표시 및 { -registration-card }에 관한 추가 규정이 있습니다(16 CFR 1130).

# Children's products and certificates › Certificate eFiling (heading)
h-fb60fb25fd = { -efiling }

# Children's products and certificates › Certificate eFiling (paragraph)
p-ee96f72957 = 2025년 1월 8일의 최종 규칙은 수입품에 대한 적합성 증명서의 전자 제출(eFiling)을 의무화했습니다[^1]. 이 규칙은 적합성 증명이 필요한, CPSC가 규제하는 모든 수입 제품에 적용됩니다. 여기에는 { -cpc }와 일반 적합성 증명서(General Certificate of Conformity)가 포함됩니다. 미국에서 제조된 제품도 적합성을 증명해야 하지만, 그 증명서는 통관 시 전자 제출하지 않습니다.

# Children's products and certificates › Certificate eFiling (paragraph)
p-e15ba62e66 = 이 규칙은 90 FR 1800, 문서번호(docket) CPSC 2013-0017입니다. 이 규칙으로 16 CFR 1110이 개정되었습니다.

# Children's products and certificates › Certificate eFiling (paragraph)
p-d62a33b501 = 수입업체 또는 그 관세사가 통관 시 증명서 데이터를 전자적으로 제출합니다. 데이터는 ACE의 PGA(Partner Government Agency) 메시지 세트를 통해 미국 관세국경보호청(U.S. Customs and Border Protection)으로 전송됩니다. 데이터를 CPSC 제품 등록소(Product Registry)에 저장해 두고 참조할 수도 있습니다.

# Children's products and certificates › Certificate eFiling (table cell)
td-7cb76b4af1 = 수입 신고

# Children's products and certificates › Certificate eFiling (table cell)
td-98b2042ece = eFiling 의무화 시작일

# Children's products and certificates › Certificate eFiling (table cell)
td-5a72f56cfc = 외국무역지대(foreign trade zone)에서의 반입을 제외한 모든 수입 신고

# Children's products and certificates › Certificate eFiling (table cell)
td-d5af4d96ee = 2026년 7월 8일

# Children's products and certificates › Certificate eFiling (table cell)
td-93a6572f9a = 외국무역지대에서 소비 또는 창고 보관을 위해 반입되는 수입 신고

# Children's products and certificates › Certificate eFiling (table cell)
td-56358c61e0 = 2027년 1월 8일

# Children's products and certificates › Certificate eFiling (paragraph)
p-0213aef8d6 = 제출하는 데이터는 적합성 증명서의 7가지 필수 기재 항목입니다. 공장의 기록은 각 항목을 뒷받침해야 합니다.

# Children's products and certificates › Certificate eFiling (paragraph)
p-fd7ef61545 = 예전의 CPSC 답변에는 CPC를 정부에 제출하는 것이 “현재로서는 요구되지 않는다”고 되어 있습니다. 2026년 7월 8일부터 대부분의 수입품에 대해서는 이 내용이 더 이상 맞지 않습니다.

# Children's products and certificates › What to do in the factory (heading)
h-2a572bd7e4 = 공장에서 할 일

# Children's products and certificates › What to do in the factory (list item)
li-177c4ae1e9 = 수입업체에 각 제품의 { -age-grade }과 적용 규정 목록을 요청하십시오.

# Children's products and certificates › What to do in the factory (list item)
li-d9df4d7e41 = CPSC가 인정한 제3자 시험기관만 이용하십시오.

# Children's products and certificates › What to do in the factory (list item)
li-d6930a85c2 = 각 로트의 제조 날짜와 장소, 배치 번호 또는 생산 회차 번호를 기록하십시오.

# Children's products and certificates › What to do in the factory (list item)
li-5e61dc43de = 수입업체와 합의한 대로 제품과 포장에 추적 표시를 하십시오.

# Children's products and certificates › What to do in the factory (list item)
li-e7d4b01dd8 = 설계, 공정 또는 부품 공급업체를 변경하기 전에 수입업체에 알리십시오.

# Children's products and certificates › What to do in the factory (list item)
li-80a56267c4 = 시험기관의 시험 결과에 영향을 주려고 해서는 절대 안 됩니다.

# Children's products and certificates › What to do in the factory (list item)
li-176bfa22d4 = 모든 시험 보고서를 영어로 보관하고, 수입업체가 요청하면 바로 제공할 수 있게 하십시오.

# Children's products and certificates › What to do in the factory (paragraph)
p-e618613b73 = CPSC는 자발적 { -recall } 대상 제품의 중국 제조업체를 알게 되면, 그 제조업체의 이름과 { -recall } 공지를 중국 규제 당국에 전달합니다. 이름과 주소를 알고 있으면 제조업체에도 알립니다. 2018년부터 이전 중국 규제 당국의 업무는 제품 품질 및 안전에 관해서는 중국 국가시장감독관리총국(SAMR)이, 수출입 검사에 관해서는 해관총서(GACC)가 맡고 있습니다. 배치 기록을 잘 관리하면 영향을 받은 로트를 신속하게 찾을 수 있습니다.

# Children's products and certificates › Check your knowledge (heading)
h-27544b5c12 = 이해도 점검

# Children's products and certificates › Check your knowledge (list item)
li-2d6476b1da = 어떤 제품이 주로 10세 어린이를 위해 설계되었습니다. 이 제품은 { -childrens-product }입니까?

# Children's products and certificates › Check your knowledge (list item)
li-4536ae53f1 = 예. 12세 이하 어린이를 위한 제품이기 때문입니다.

# Children's products and certificates › Check your knowledge (list item)
li-8112389f01 = 아니요. 3세 미만 어린이를 위한 제품만 { -childrens-product }입니다.

# Children's products and certificates › Check your knowledge (list item)
li-82153ece2e = 완구인 경우에만 해당합니다.

# Children's products and certificates › Check your knowledge (list item)
li-594c02ef97 = { -childrens-product }은 주로 12세 이하 어린이를 위해 설계되었거나 그러한 어린이가 사용하도록 의도된 제품입니다.

# Children's products and certificates › Check your knowledge (list item)
li-6308ed4b24 = 베트남에서 제조되어 미국으로 수입되는 완구의 CPC는 누가 발급합니까?

# Children's products and certificates › Check your knowledge (list item)
li-e6b0e280cc = 공장

# Children's products and certificates › Check your knowledge (list item)
li-eff80c037e = 시험기관

# Children's products and certificates › Check your knowledge (list item)
li-9cd14423a6 = { -importer }

# Children's products and certificates › Check your knowledge (list item)
li-6b969f7557 = 해외에서 제조된 제품은 수입업체가 CPC를 발급하며, 그에 대한 법적 책임을 집니다.

# Children's products and certificates › Check your knowledge (list item)
li-fcbed22ce5 = 어떤 공장이 페인트 공급업체를 변경합니다. 이 변경은 규정 준수에 영향을 줄 수 있습니다. 무엇이 필요합니까?

# Children's products and certificates › Check your knowledge (list item)
li-78cfbffa15 = 아무것도 필요 없습니다. 이전 시험 보고서가 합격이었기 때문입니다

# Children's products and certificates › Check your knowledge (list item)
li-31378a4dbd = 새로운 { -third-party-testing }과 새 적합성 증명서

# Children's products and certificates › Check your knowledge (list item)
li-b9c4997783 = 새 { -tracking-label }만

# Children's products and certificates › Check your knowledge (list item)
li-c833050ed9 = 규정 준수에 영향을 줄 수 있는 부품 조달의 변경은 { -material-change }입니다. 새로운 { -third-party-testing }과 새 CPC가 필요합니다.

# Children's products and certificates › Check your knowledge (list item)
li-61c9080c7d = 외국무역지대에서의 수입 신고에 대해 { -efiling }이 의무화되는 날짜는 언제입니까?

# Children's products and certificates › Check your knowledge (list item)
li-d5af4d96ee = 2026년 7월 8일

# Children's products and certificates › Check your knowledge (list item)
li-56358c61e0 = 2027년 1월 8일

# Children's products and certificates › Check your knowledge (list item)
li-677f334331 = 2025년 1월 8일

# Children's products and certificates › Check your knowledge (list item)
li-6e9fa34bde = 그 밖의 수입 신고의 경우 날짜는 2026년 7월 8일입니다.

# Children's products and certificates › Sources (heading)
h-caf85b0888 = 출처

# Children's products and certificates › Sources (list item)
li-cbe74fd4cb = { "[" }eCFR: Part 1200, { -childrens-product }의 정의](https://www.ecfr.gov/current/title-16/part-1200)

# Children's products and certificates › Sources (list item)
li-837c43b9bc = { "[" }eCFR: Part 1107, { -childrens-product }의 시험 및 적합성 증명](https://www.ecfr.gov/current/title-16/part-1107)

# Children's products and certificates › Sources (list item)
li-1a6b397484 = { "[" }eCFR: Part 1109, 구성 부품 시험](https://www.ecfr.gov/current/title-16/part-1109)

# Children's products and certificates › Sources (list item)
li-74ff8b238e = { "[" }eCFR: Part 1110, 적합성 증명서](https://www.ecfr.gov/current/title-16/part-1110)

# Children's products and certificates › Sources (list item)
li-f8c7729576 = { "[" }eCFR: Part 1112, 제3자 시험기관](https://www.ecfr.gov/current/title-16/part-1112)

# Children's products and certificates › Sources (list item)
li-30cde9875c = { "[" }CPSC: { -cpc }](https://www.cpsc.gov/Business--Manufacturing/Testing-Certification/Childrens-Product-Certificate-CPC/)

# Children's products and certificates › Sources (list item)
li-90dfe3aff0 = { "[" }CPSC: 적합성 증명서 개요](http://www.cpsc.gov/cpc)

# Children's products and certificates › Sources (list item)
li-056d7e4313 = { "[" }CPSC FAQ: { -cpc }](https://cpsc.gov/FAQ/Children%E2%80%99s-Product-Certificate)

# Children's products and certificates › Sources (list item)
li-c9b7cfeaa7 = { "[" }CPSC: { -tracking-label }](https://cpsc.gov/trackinglabel)

# Children's products and certificates › Sources (list item)
li-67a24923eb = { "[" }CPSC FAQ: { -tracking-label }](https://cpsc.gov/FAQ/Tracking-Label)

# Children's products and certificates › Sources (list item)
li-8842c36139 = { "[" }CPSC: eFiling](https://cpsc.gov/eFiling)

# Children's products and certificates › Sources (list item)
li-be5b6f1662 = { "[" }CPSC FAQ: eFiling](https://cpsc.gov/FAQ/eFiling-Frequently-Asked-Questions-FAQ)

# Children's products and certificates › Sources (list item)
li-afa25cdc0b = { "[" }Federal Register: eFiling 최종 규칙, 2025년 1월 8일](https://regulations.justia.com/regulations/fedreg/2025/01/08/2024-30826.html)

# Children's products and certificates › Sources (list item)
li-5e1930f721 = { "[" }CPSC: 리콜에 관한 중국 정부 통보](http://www.cpsc.gov/Business--Manufacturing/International/Topics/Chinese-Government-Notification-of-Recalls/)
