### Korean translation of content/modules/lead-and-phthalates.md (Lead and phthalates). Draft translation by the Primer team;
### not yet reviewed by a qualified translator.
### Comments name the English source segment; `primer i18n extract` writes the English file.

# Lead and phthalates (title)
title-8513ec6135 = { -lead }과 { -phthalates }

# Lead and phthalates (summary)
summary-8555a4ca7a = { -childrens-product }은 미국의 { -lead } 한도를 충족해야 하며, 어린이 완구와 육아용품은 { -phthalates } 8종에 대한 한도를 충족해야 합니다.

# Lead and phthalates (learning objective)
objective-bba68d140e = 어린이제품과 페인트에 적용되는 { -lead } 한도를 말할 수 있다.

# Lead and phthalates (learning objective)
objective-2e03da8c7e = 완구와 육아용품에서 제한되는 { -phthalates } 8종의 이름을 말할 수 있다.

# Lead and phthalates (learning objective)
objective-81b0faf50a = { -lead }에 대한 { -third-party-testing }이 필요 없는 재료를 설명할 수 있다.

# Lead and phthalates (learning objective)
objective-6e9dbac989 = 재료와 부품별로 { -lead } 및 { -phthalates } 점검 계획을 세울 수 있다.

# Lead and phthalates (paragraph)
p-1bff7b3fd4 = 미국 법률은 { -childrens-product }에 함유된 { -lead }을 제한합니다. 또한 어린이 완구와 육아용품에 함유된 { -phthalates } 8종도 제한합니다. { -childrens-product }은 주로 12세 이하 어린이를 위해 설계되었거나 그러한 어린이가 사용하도록 의도된 소비자제품입니다. 완구는 [{ -small-parts }에 관한 규정](toys-small-parts.md#warnings) 등 다른 규정도 충족해야 합니다.

# Lead and phthalates › The limits (heading)
h-86151be5f8 = 한도

# Lead and phthalates › The limits (table cell)
td-e7e5a5723c = 물질

# Lead and phthalates › The limits (table cell)
td-674b0ed54b = 한도

# Lead and phthalates › The limits (table cell)
td-62845f31a2 = 규정

# Lead and phthalates › The limits (table cell)
td-a89b3b29a2 = 접근 가능한 부품의 { -lead }

# Lead and phthalates › The limits (table cell)
td-e5ba3f8eb8 = 100 ppm

# Lead and phthalates › The limits (table cell)
td-12745b62bd = CPSIA 제101조

# Lead and phthalates › The limits (table cell)
td-cd34006c74 = { -surface-coating }의 { -lead }

# Lead and phthalates › The limits (table cell)
td-a9547a5a14 = 90 ppm

# Lead and phthalates › The limits (table cell)
td-7f7654ff4c = 16 CFR 1303

# Lead and phthalates › The limits (table cell)
td-70b2b880da = { -phthalates } 8종 각각

# Lead and phthalates › The limits (table cell)
td-c8b27c2ee2 = 0.1%

# Lead and phthalates › The limits (table cell)
td-ed3c41feb3 = 16 CFR 1307

# Lead and phthalates › Total lead content (heading)
h-92e3c9e692 = { -total-lead-content }

# Lead and phthalates › Total lead content (paragraph)
p-0cf2cca865 = 접근 가능한 부품에 { -lead }이 100 ppm을 초과하여 함유된 { -childrens-product }은 금지 유해물질(banned hazardous substance)입니다. 어떤 부품이 접근 가능한 부품인지에 관한 { -cpsc }의 지침은 16 CFR 1500.87에 있습니다.

# Lead and phthalates › Total lead content (paragraph)
p-9db316cacd = 이 한도는 다음과 같이 단계적으로 도입되었습니다.

# Lead and phthalates › Total lead content (list item)
li-f2e918242b = 2009년 2월 10일부터 600 ppm

# Lead and phthalates › Total lead content (list item)
li-a05a36b145 = 2009년 8월 14일부터 300 ppm

# Lead and phthalates › Total lead content (list item)
li-52d6be82e1 = 2011년 8월 14일부터 100 ppm

# Lead and phthalates › Total lead content (paragraph)
p-024451003a = 몇 가지 예외가 있습니다. 특정 전자 부품에는 예외가 적용됩니다(16 CFR 1500.88). 자전거, 조깅용 유모차, 자전거 트레일러의 금속 부품에는 300 ppm 한도가 적용됩니다.

# Lead and phthalates › Lead in paint and surface coatings (heading)
h-cd34006c74 = { -surface-coating }의 { -lead }

# Lead and phthalates › Lead in paint and surface coatings (paragraph)
p-8c251a2c3b = 페인트 및 이와 유사한 표면 코팅의 한도는 0.009%, 즉 90 ppm입니다[^1]. 이 한도는 어린이제품, 특정 가구 제품, 가정용 페인트에 적용됩니다. 이 한도는 2009년 8월 14일에 종전의 0.06% 한도를 대체했습니다.

# Lead and phthalates › Lead in paint and surface coatings (paragraph)
p-8b26ac915a = 이 백분율은 비휘발성 성분 전체 또는 건조된 페인트 도막의 중량을 기준으로 합니다(16 CFR 1303.1(a)).

# Lead and phthalates › Lead in paint and surface coatings (paragraph)
p-25b3f40b41 = 일부 물질은 16 CFR 1303.2(b)(1)에 따른 “페인트”에 해당하지 않습니다. 기재(substrate)의 일부가 되는 인쇄 잉크, 전기도금, 세라믹 유약이 이에 해당합니다.

# Lead and phthalates › Materials that need no lead testing (heading)
h-ef73cd106e = { -lead } 시험이 필요 없는 재료

# Lead and phthalates › Materials that need no lead testing (paragraph)
p-d7a3a52aad = 일부 재료는 { -lead } 한도를 초과하지 않는 것으로 판정되어 있습니다. 이러한 재료는 16 CFR 1500.91에 열거되어 있습니다. 이 재료는 처리되지 않고 다른 물질이 섞이지 않은 상태여야 합니다. 예를 들어 안료, 염료, 코팅 또는 마감재가 첨가되지 않아야 합니다. 그 예는 다음과 같습니다.

# Lead and phthalates › Materials that need no lead testing (list item)
li-a749ba0b9f = 귀보석: 다이아몬드, 루비, 사파이어, 에메랄드

# Lead and phthalates › Materials that need no lead testing (list item)
li-824cf88741 = 특정 준보석

# Lead and phthalates › Materials that need no lead testing (list item)
li-2c23fd3c9b = 천연 진주 또는 양식 진주

# Lead and phthalates › Materials that need no lead testing (list item)
li-1cde420be6 = 목재

# Lead and phthalates › Materials that need no lead testing (list item)
li-8a37d42d91 = 산호, 호박(琥珀), 깃털, 모피, 처리하지 않은 가죽 등 천연 재료

# Lead and phthalates › Materials that need no lead testing (list item)
li-c9545e0dc5 = 수술용 강철(surgical steel)

# Lead and phthalates › Materials that need no lead testing (list item)
li-3ed2dadeec = 10K 이상의 금, 순도 925/1000 이상의 스털링 실버, 백금족 금속

# Lead and phthalates › Materials that need no lead testing (paragraph)
p-b0e7fa99aa = 처리하지 않고 마감하지 않은 특정 가공 목재(engineered wood) 제품은 16 CFR 1252.3(a)에 열거되어 있습니다.

# Lead and phthalates › Materials that need no lead testing (paragraph)
p-f706e581da = 천연 섬유 또는 인조 섬유로 만든 직물도 염색 여부와 관계없이 16 CFR 1500.91에 포함됩니다. 스크린 인쇄, 전사 등 후처리 가공은 포함되지 않습니다. 금속 스냅, 지퍼 등 직물이 아닌 부분도 포함되지 않습니다. 이러한 부분은 시험해야 합니다.

# Lead and phthalates › Materials that need no lead testing (paragraph)
p-5f8590b456 = 시험이 면제된다고 해서 한도가 면제되는 것은 아닙니다. 업체는 여전히 { -cpc }에서 { -lead } 규정에 적합함을 증명해야 합니다. 완제품에 { -lead }이 100 ppm을 초과하여 함유되어 있으면 업체는 여전히 책임을 집니다.

# Lead and phthalates › Materials that need no lead testing (paragraph)
p-3e28bebe70 = 업체는 적합성 증명서에 시험기관 대신 자신이 적용하는 면제 조항을 기재합니다.

# Lead and phthalates › Phthalates (heading)
h-4f2d1ee02d = { -phthalates }

# Lead and phthalates › Phthalates (paragraph)
p-7f4f2b5eb5 = 어린이 완구나 육아용품은 다음 { -phthalates } 8종 중 어느 것도 0.1%를 초과하여 함유해서는 안 됩니다. 각 { -phthalates }는 개별적으로 산정합니다(16 CFR 1307.3).

# Lead and phthalates › Phthalates (list item)
li-a9adae4eaf = DEHP, DBP, BBP는 법률 자체, 즉 CPSIA 제108조(a)에 의해 금지됩니다.

# Lead and phthalates › Phthalates (list item)
li-37424460c4 = DINP, DIBP, DPENP, DHEXP, DCHP는 16 CFR 1307에 의해 추가되었습니다.

# Lead and phthalates › Phthalates (paragraph)
p-16e21c9313 = DIDP와 DnOP는 종전의 임시 금지 대상이었습니다. 이 두 물질은 part 1307 목록에 없습니다.

# Lead and phthalates › Phthalates (paragraph)
p-507fea6fec = 이 금지는 가소화된 모든 부품에 적용됩니다. 또한 { -phthalates }를 함유할 수 있는 그 밖의 모든 부품에도 적용됩니다.

# Lead and phthalates › Phthalates (paragraph)
p-3e377ca1ef = 어린이 완구란 제조업체가 12세 이하 어린이가 놀이할 때 사용하도록 설계했거나 의도한 소비자제품입니다. 육아용품이란 3세 이하 어린이의 수면이나 수유를 돕거나, 빨기나 이가 날 때 씹기를 돕도록 설계되었거나 의도된 제품입니다(16 CFR 1307.2).

# Lead and phthalates › Phthalates (paragraph)
p-7572cbb6ef = 접근할 수 없는 부품은 { -phthalates } 시험을 할 필요가 없습니다(16 CFR 1199). 특정 플라스틱은 이러한 { -phthalates }를 함유하지 않는 것으로 판정되어 있습니다. 이러한 플라스틱은 { -third-party-testing }이 필요 없습니다(16 CFR 1308.2).

# Lead and phthalates › What to do in the factory (heading)
h-2a572bd7e4 = 공장에서 할 일

# Lead and phthalates › What to do in the factory (list item)
li-bdba9dd0b2 = 각 어린이제품에 사용되는 모든 재료와 부품의 목록을 관리하십시오.

# Lead and phthalates › What to do in the factory (list item)
li-16da9f5367 = { -surface-coating }은 90 ppm 한도를 기준으로 시험하십시오.

# Lead and phthalates › What to do in the factory (list item)
li-eb0270385b = 금속 부품, 인쇄, 전사 및 그 밖의 직물이 아닌 부분은 { -total-lead-content }을 시험하십시오.

# Lead and phthalates › What to do in the factory (list item)
li-c9825ac94c = 완구와 육아용품의 가소화된 부품은 { -phthalates } 8종에 대해 시험하십시오.

# Lead and phthalates › What to do in the factory (list item)
li-53c2ab8138 = { -lead } 시험을 생략하기 전에 해당 재료가 16 CFR 1500.91에 포함되어 있는지 확인하십시오. 코팅이나 마감재가 첨가되지 않았는지 확인하십시오.

# Lead and phthalates › What to do in the factory (list item)
li-2947048305 = 설계, 공정 또는 공급업체를 변경하기 전에 수입업체에 알리십시오. 규정 준수에 영향을 줄 수 있는 { -material-change }(material change)이 있으면 새로운 { -third-party-testing }과 새 적합성 증명서가 필요합니다.

# Lead and phthalates › Check your knowledge (heading)
h-27544b5c12 = 이해도 점검

# Lead and phthalates › Check your knowledge (list item)
li-3cd09c86f1 = 어린이제품의 접근 가능한 부품에 대한 { -total-lead-content } 한도는 얼마입니까?

# Lead and phthalates › Check your knowledge (list item)
li-57a9eff7e7 = 600 ppm

# Lead and phthalates › Check your knowledge (list item)
li-68c5ab14e9 = 300 ppm

# Lead and phthalates › Check your knowledge (list item)
li-e5ba3f8eb8 = 100 ppm

# Lead and phthalates › Check your knowledge (list item)
li-a0dc5c4992 = 2011년 8월 14일부터 한도는 100 ppm입니다.

# Lead and phthalates › Check your knowledge (list item)
li-72c1285d0b = 어린이용 티셔츠가 염색된 면으로 만들어졌고 스크린 인쇄가 되어 있습니다. 어느 부분에 { -lead } 시험이 필요합니까?

# Lead and phthalates › Check your knowledge (list item)
li-c599aed120 = 염색된 면

# Lead and phthalates › Check your knowledge (list item)
li-6db8a756a2 = 스크린 인쇄

# Lead and phthalates › Check your knowledge (list item)
li-efc22e7bac = 둘 다 필요 없음

# Lead and phthalates › Check your knowledge (list item)
li-4b3a291d12 = 염색된 직물과 염색되지 않은 직물은 16 CFR 1500.91에 포함됩니다. 스크린 인쇄 등 후처리 가공은 포함되지 않습니다.

# Lead and phthalates › Check your knowledge (list item)
li-621f80a316 = 어린이 완구는 { -phthalates } 8종을 각각 얼마까지 함유할 수 있습니까?

# Lead and phthalates › Check your knowledge (list item)
li-8f4cc16232 = 3세 초과 어린이용 완구라면 양에 관계없이 함유 가능

# Lead and phthalates › Check your knowledge (list item)
li-e89115c094 = 0.1% 이하

# Lead and phthalates › Check your knowledge (list item)
li-3d5ab598d2 = 1% 이하

# Lead and phthalates › Check your knowledge (list item)
li-18b5075bf3 = 한도는 { -phthalates }별로 0.1%입니다. 이 한도는 12세 이하 어린이를 위한 완구에 적용됩니다.

# Lead and phthalates › Sources (heading)
h-caf85b0888 = 출처

# Lead and phthalates › Sources (list item)
li-f0a46f18ba = { "[" }eCFR: Part 1303, 페인트 중 { -lead }](https://www.ecfr.gov/current/title-16/part-1303)

# Lead and phthalates › Sources (list item)
li-51c386563e = { "[" }eCFR: Part 1307, { -phthalates }](https://www.ecfr.gov/current/title-16/part-1307)

# Lead and phthalates › Sources (list item)
li-9d43f7bba1 = { "[" }eCFR: Part 1308, 특정 플라스틱에 관한 판정](https://www.ecfr.gov/current/title-16/part-1308)

# Lead and phthalates › Sources (list item)
li-272df4c080 = { "[" }eCFR: Section 1500.91, { -lead } 한도를 초과하지 않는 재료](https://www.ecfr.gov/current/title-16/section-1500.91)

# Lead and phthalates › Sources (list item)
li-59a400fb00 = { "[" }CPSC: { -total-lead-content } 사업자 안내](https://cpsc.gov/Business--Manufacturing/Business-Education/Lead/Total-Lead-Content-Business-Guidance-and-Small-Entity-Compliance-Guide)

# Lead and phthalates › Sources (list item)
li-b38d63eac7 = { "[" }CPSC: 페인트 중 { -lead } FAQ](https://cpsc.gov/FAQ/Lead-in-Paint)

# Lead and phthalates › Sources (list item)
li-353bb2c28c = { "[" }CPSC: { -cpc }](http://www.cpsc.gov/cpc)
