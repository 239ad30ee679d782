### Korean translation of content/modules/infant-sleep-products.md (Infant sleep products, crib mattresses, bassinets and play yards). Draft translation by the Primer team;
### not yet reviewed by a qualified translator.
### Comments name the English source segment; `primer i18n extract` writes the English file.

# Infant sleep products, crib mattresses, bassinets and play yards (title)
title-9a1777f2bc = { -infant-sleep-product }, { -crib-mattress }, { -bassinet } 및 { -play-yard }

# Infant sleep products, crib mattresses, bassinets and play yards (summary)
summary-5b6c21c79f = 영아가 잠을 자는 제품은 CPSC 안전 표준을 충족해야 하며, 미국에서는 경사형 수면용품과 유아용 침대 범퍼가 금지되어 있습니다.

# Infant sleep products, crib mattresses, bassinets and play yards (learning objective)
objective-c8969270ad = 각 유형의 { -infant-sleep-product }에 적용되는 CPSC 규정을 말할 수 있다.

# Infant sleep products, crib mattresses, bassinets and play yards (learning objective)
objective-6ed433c7ff = 영아 안전수면법(Safe Sleep for Babies Act)이 금지하는 제품을 설명할 수 있다.

# Infant sleep products, crib mattresses, bassinets and play yards (learning objective)
objective-da62146c44 = 이러한 제품에 { -third-party-testing }, 적합성 증명서, { -registration-card }가 필요한 이유를 설명할 수 있다.

# Infant sleep products, crib mattresses, bassinets and play yards (learning objective)
objective-557512ffc6 = 공장이 이러한 제품을 선적하기 전에 해야 할 점검을 계획할 수 있다.

# Infant sleep products, crib mattresses, bassinets and play yards (paragraph)
p-34c3dcd793 = 영아 수면용 제품은 엄격한 미국 규정을 충족해야 합니다. 이 모듈에서는 { -infant-sleep-product }, { -crib-mattress }, { -bassinet }, 요람, { -play-yard }를 다룹니다. 또한 영아 안전수면법도 다룹니다. { -crib }에는 16 CFR 1219 및 1220에 별도의 규정이 있습니다. [{ -crib }](cribs-full-size-and-non-full-size.md)에 관한 모듈을 참조하십시오.

# Infant sleep products, crib mattresses, bassinets and play yards › How the rules are made (heading)
h-11e51bb1f8 = 규정이 만들어지는 방식

# Infant sleep products, crib mattresses, bassinets and play yards › How the rules are made (paragraph)
p-0541427d4e = 소비자제품안전개선법(CPSIA) 제104조는 내구성 영유아 제품(durable infant or toddler products)을 다룹니다. 이 조항에 따라 CPSC는 ASTM 자율 표준과 실질적으로 동일하거나 그보다 엄격한 표준을 제정해야 합니다. 이 법은 또한 ASTM이 표준을 개정할 때 CPSC 규정을 갱신하는 절차도 정하고 있습니다. 따라서 규정에 명시된 ASTM 판은 바뀔 수 있습니다. 항상 규정의 현행 원문을 확인하십시오.

# Infant sleep products, crib mattresses, bassinets and play yards › How the rules are made (paragraph)
p-2c662b521d = 이러한 제104조 규정은 어린이제품 안전 규정입니다. 따라서 각 제품에는 다음이 필요합니다.

# Infant sleep products, crib mattresses, bassinets and play yards › How the rules are made (list item)
li-1f05ed8bb7 = { -cpsc-accepted-lab }의 { -third-party-testing }

# Infant sleep products, crib mattresses, bassinets and play yards › How the rules are made (list item)
li-a2b0f5d4b0 = { -importer } 또는 미국 제조업체가 발급하는 { -cpc }

# Infant sleep products, crib mattresses, bassinets and play yards › How the rules are made (list item)
li-b10f145461 = 소비자 { -registration-card }

# Infant sleep products, crib mattresses, bassinets and play yards › How the rules are made (paragraph)
p-98628eab16 = 적합성 증명서와 시험 보고서는 영어로 작성되어야 합니다. CPSC는 { -bassinet }에 대한 증명서 견본을 공개하고 있습니다.

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (heading)
h-d4a5bfd813 = 제품별 적용 규정

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-fb9ef89417 = 제품

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-62845f31a2 = 규정

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-6b9e8b2181 = { -infant-sleep-product }

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-4efc0d813e = 16 CFR 1236

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-e48002383c = { -crib-mattress }

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-4bbfcf2344 = 16 CFR 1241

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-3f1019000c = { -bassinet }과 요람

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-b16780f7f6 = 16 CFR 1218

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-06c9360c8b = { -play-yard }

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-790917086d = 16 CFR 1221

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-b80c75e8c7 = 경사형 수면용품, 유아용 침대 범퍼

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-05eb210744 = 금지

# Infant sleep products, crib mattresses, bassinets and play yards › Infant sleep products (heading)
h-6b9e8b2181 = { -infant-sleep-product }

# Infant sleep products, crib mattresses, bassinets and play yards › Infant sleep products (paragraph)
p-6162af119d = 16 CFR 1236은 { -infant-sleep-product }을 다룹니다. 이는 생후 5개월 이하 영아에게 수면 공간을 제공하는 것으로 판매되거나 그러한 용도로 의도된 제품입니다. 다른 CPSC 영아 수면 표준이 적용되지 않는 제품이 이에 해당합니다. 침대 내 수면용품(in-bed sleeper)이 그 예입니다. 최종 규칙은 2021년 6월 23일에 공표되었습니다. 이 규칙은 2022년 6월 23일에 시행되었습니다.

# Infant sleep products, crib mattresses, bassinets and play yards › Crib mattresses (heading)
h-e48002383c = { -crib-mattress }

# Infant sleep products, crib mattresses, bassinets and play yards › Crib mattresses (paragraph)
p-04da3b197d = 16 CFR 1241은 다음 매트리스를 다룹니다.

# Infant sleep products, crib mattresses, bassinets and play yards › Crib mattresses (list item)
li-1bd943adb8 = { -full-size-crib }용 매트리스

# Infant sleep products, crib mattresses, bassinets and play yards › Crib mattresses (list item)
li-88349045d5 = { -non-full-size-crib }용 매트리스

# Infant sleep products, crib mattresses, bassinets and play yards › Crib mattresses (list item)
li-74e217aaea = { -play-yard } 및 { -non-full-size-crib }용 애프터마켓(별도 판매) 매트리스

# Infant sleep products, crib mattresses, bassinets and play yards › Crib mattresses (paragraph)
p-ea5e597ac2 = 최종 규칙은 2022년 2월 15일에 공표되었습니다. 이 규칙은 2022년 8월 15일에 시행되었습니다.

# Infant sleep products, crib mattresses, bassinets and play yards › Bassinets and cradles (heading)
h-3f1019000c = { -bassinet }과 요람

# Infant sleep products, crib mattresses, bassinets and play yards › Bassinets and cradles (paragraph)
p-79c0ac2cd9 = 16 CFR 1218은 { -bassinet }과 요람에 관한 표준입니다. 이 규정은 ASTM이 표준을 개정하면 갱신될 수 있습니다. 이 교육에서는 이 규정이 현재 인용하는 ASTM 판을 명시하지 않습니다. 시험하기 전에 eCFR에서 규정의 현행 원문을 확인하십시오.

# Infant sleep products, crib mattresses, bassinets and play yards › Play yards (heading)
h-06c9360c8b = { -play-yard }

# Infant sleep products, crib mattresses, bassinets and play yards › Play yards (paragraph)
p-9930e88963 = 16 CFR 1221은 { -play-yard }에 관한 표준입니다. 이 표준은 2012년 8월 29일에 처음 제정되었고 2013년 2월 28일에 시행되었습니다. 이 표준은 { -non-full-size-crib }에만 적용되는 조항을 제외하고 ASTM F406을 사용합니다. 2025년 1월 29일의 직접 최종 규칙(direct final rule)으로 ASTM F406-24로 개정되었습니다. 이 규칙은 시행일을 2025년 4월 5일로 정했습니다.

# Infant sleep products, crib mattresses, bassinets and play yards › The Safe Sleep for Babies Act (heading)
h-0a86a1bd54 = 영아 안전수면법(Safe Sleep for Babies Act)

# Infant sleep products, crib mattresses, bassinets and play yards › The Safe Sleep for Babies Act (paragraph)
p-5423e0431f = 영아 안전수면법은 2022년 5월 16일에 서명되었습니다. 그날로부터 180일 후부터 2가지 제품이 소비자제품안전법(Consumer Product Safety Act) 제8조에 따른 금지 유해 제품이 되었습니다.

# Infant sleep products, crib mattresses, bassinets and play yards › The Safe Sleep for Babies Act (list item)
li-cc64a5d529 = { "*" }*영아용 경사형 수면용품(inclined sleepers).** 수면 표면의 경사가 10도를 초과하는 제품입니다. 생후 1년 이하 영아에게 수면 공간을 제공하도록 의도, 판매 또는 설계된 제품입니다.

# Infant sleep products, crib mattresses, bassinets and play yards › The Safe Sleep for Babies Act (list item)
li-e2a724e072 = { "*" }*유아용 침대 범퍼(crib bumpers).** 유아용 침대 범퍼란 충돌로 인한 부상이나 침대 틈새에 끼이는 사고를 막기 위해 { -crib }의 측면을 덮도록 의도된 모든 소재를 말합니다. 여기에는 패딩 범퍼, 지지대가 있거나 없는 비닐 범퍼 가드, 세로 살 커버가 포함됩니다. 패딩이 없는 메시 소재의 { -crib } 라이너는 포함되지 않습니다.

# Infant sleep products, crib mattresses, bassinets and play yards › The Safe Sleep for Babies Act (paragraph)
p-b453598276 = 이 금지는 제조일과 관계없이 적용됩니다. 이 법 이전에 제조된 제품도 금지됩니다. 미국 시장용으로 경사형 수면용품이나 유아용 침대 범퍼를 제조하지 마십시오. 미국 시장용 다른 제품에 유아용 침대 범퍼를 함께 포장하지 마십시오.

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (heading)
h-d6175efb20 = { -registration-card }와 표시

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (paragraph)
p-7b1d7cb5d0 = { -registration-card }에 관한 규정은 16 CFR 1130입니다. 수입업체를 포함한 각 제조업체는 다음을 이행해야 합니다.

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-eca1f869e9 = 각 제품에 우편 요금이 선납된 소비자 등록 양식을 제공합니다.

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-10882c28ef = 등록한 소비자의 기록을 보관합니다.

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-d80c82e93d = 제품에 제조업체의 이름과 연락처, 모델명과 모델 번호, 제조일을 영구적으로 표시합니다.

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (paragraph)
p-f8f64b181c = { -play-yard }, { -bassinet }, 요람에는 이 규정이 2010년 6월 28일부터 적용되어 왔습니다. 이후 { -infant-sleep-product }이 { -bassinet }과 요람의 하위 범주로 추가되었습니다. { -crib-mattress }도 추가되었습니다.

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (paragraph)
p-f9ad44d6b9 = 등록 양식은 16 CFR 1130.5를 충족해야 합니다.

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-26e63730a4 = 필요한 모든 정보가 영어로 되어 있습니다.

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-682bafbe1b = 소비자가 반드시 알아차리고 손으로 다루게 되도록 제품 표면에 부착되어 있습니다.

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-64b3163859 = 제조업체의 이름, 모델명과 모델 번호, 제조일이 표시되어 있습니다.

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-d3c5834e4c = 인터넷 등록 방법을 제공합니다.

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-68fe0078cd = 데이터는 { -recall } 또는 안전 경보 목적으로만 사용된다고 명시합니다.

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (paragraph)
p-04c8a9d0be = { -childrens-product }과 그 포장에는 { -tracking-label }도 있어야 합니다. { -tracking-label }에는 예를 들어 제조업체의 이름, 생산 장소와 날짜, 배치 번호나 생산 회차 번호가 표시됩니다. 내구성 영유아 제품에는 제품과 외부 포장에 관한 추가 표시 규정이 있습니다.

# Infant sleep products, crib mattresses, bassinets and play yards › Reporting problems (heading)
h-9ec1696976 = 문제 보고

# Infant sleep products, crib mattresses, bassinets and play yards › Reporting problems (paragraph)
p-0562955a39 = 제조업체, 수입업체, 유통업체, 소매업체는 일부 경우에 CPSC에 즉시 보고해야 합니다. 그중 하나는 제품이 소비자제품 안전 규정을 준수하지 않는다는 결론을 합리적으로 뒷받침하는 정보를 알게 된 경우입니다. 부상이 발생할 때까지 기다려서는 안 됩니다. 관련 규정은 16 CFR 1115에 있습니다. 문제를 알게 되면 즉시 { -importer }에 알리십시오.

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (heading)
h-2a572bd7e4 = 공장에서 할 일

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (list item)
li-11603843d4 = 생산 전에 각 제품에 적용되는 규정을 찾으십시오.

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (list item)
li-8678b606fb = 시험기관에 어느 ASTM 판에 따라 시험하는지 문의하십시오. 이를 현행 규정과 대조하십시오.

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (list item)
li-453ae2d4d1 = 미국 시장용으로 경사형 수면용품이나 유아용 침대 범퍼를 제조하지 마십시오.

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (list item)
li-89d1af789e = 각 제품에 제조업체의 이름과 연락처, 모델명과 모델 번호, 제조일을 영구적으로 표시하십시오.

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (list item)
li-bdfadfa2b1 = 제품에 { -registration-card }를 부착하십시오. 카드가 영어로 되어 있는지 확인하십시오.

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (list item)
li-89f17aa392 = 설계, 공정 또는 재료를 변경하기 전에 수입업체에 알리십시오. 규정 준수에 영향을 줄 수 있는 { -material-change }에는 새로운 { -third-party-testing }과 새 적합성 증명서가 필요합니다.

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (list item)
li-e1618feb22 = 모든 시험 기록을 보관하십시오. 시험 불합격이나 사고가 있으면 즉시 수입업체에 알리십시오.

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (paragraph)
p-4ba1ed621d = 베이징 사무소에 관한 CPSC 웹페이지에 따르면, 의류, { -crib }, 영유아 용품 등 위험도가 높은 { -childrens-product }의 상당 부분을 중국 업체가 만듭니다. 이 페이지에는 작성 날짜가 없습니다. CPSC는 자발적 { -recall }의 배후에 있는 중국 제조업체를 알게 되면, 그 이름과 { -recall } 공지를 중국 규제 당국에 전달합니다. CPSC가 제조업체의 이름과 주소를 알고 있으면 제조업체에도 통보합니다.

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (heading)
h-27544b5c12 = 이해도 점검

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-a0a20f6ec5 = 어떤 제품이 생후 5개월 이하 영아에게 수면 공간을 제공합니다. 다른 CPSC 영아 수면 표준은 이 제품에 적용되지 않습니다. 어떤 규정이 적용됩니까?

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-790917086d = 16 CFR 1221

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-4efc0d813e = 16 CFR 1236

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-4bbfcf2344 = 16 CFR 1241

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-6701c07d4d = 16 CFR 1236은 다른 CPSC 영아 수면 표준이 적용되지 않는 { -infant-sleep-product }에 적용됩니다.

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-3dc47d0bdb = 영아 안전수면법으로 금지되는 제품은 무엇입니까?

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-64bb913eac = 패딩이 있는 유아용 침대 범퍼

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-fbfb7fd93e = 패딩이 없는 메시 소재의 { -crib } 라이너

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-5157cb7cc1 = 16 CFR 1221을 충족하는 { -play-yard }

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-57b40c3779 = 패딩이 있는 유아용 침대 범퍼는 금지됩니다. 패딩이 없는 메시 소재의 { -crib } 라이너는 금지 대상에 포함되지 않습니다.

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-da9ab3b0ab = 수면 표면의 경사가 10도를 초과하는 영아용 경사형 수면용품이 있습니다. 이 제품은 법 시행 전에 제조되었습니다. 이 제품을 미국에서 판매할 수 있습니까?

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-ce658eb5e3 = 예. 법 시행 전에 제조되었기 때문입니다.

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-b6309b7edc = 예. { -warning-label }가 있으면 판매할 수 있습니다.

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-1814d2c83b = 아니요. 이 금지는 제조일과 관계없이 적용되기 때문입니다.

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-b148637134 = 영아용 경사형 수면용품은 제조일과 관계없이 금지 유해 제품입니다.

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-0c738dbf52 = { -bassinet }의 소비자 { -registration-card }는 무엇을 해야 합니까?

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-de105f1fa7 = 필요한 모든 정보를 영어로 제공합니다.

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-f7dabc3613 = 소비자에게 우편 요금을 내도록 요청합니다.

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-a9b3da4031 = 데이터는 { -recall } 또는 안전 경보 목적으로만 사용된다고 명시합니다.

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-ecd6efb671 = 위의 두 가지가 모두 필요합니다. 양식은 우편 요금이 선납되어 있어야 하고 필요한 모든 정보를 영어로 제공해야 합니다. 또한 데이터는 { -recall } 또는 안전 경보 목적으로만 사용된다고 명시해야 합니다.

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (heading)
h-caf85b0888 = 출처

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-5b634cbaf9 = { "[" }eCFR: Part 1236, { -infant-sleep-product }](https://www.ecfr.gov/current/title-16/part-1236)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-429292259c = { "[" }eCFR: Part 1241, { -crib-mattress }](https://www.ecfr.gov/current/title-16/part-1241)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-3b04cc52f9 = { "[" }eCFR: Part 1218, { -bassinet }과 요람](https://www.ecfr.gov/current/title-16/part-1218)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-302275d580 = { "[" }eCFR: Part 1221, { -play-yard }](https://www.ecfr.gov/current/title-16/part-1221)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-5cdee80e66 = { "[" }eCFR: Part 1130, { -registration-card }](https://www.ecfr.gov/current/title-16/part-1130)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-318ff6593c = { "[" }eCFR: Part 1115, 보고](https://www.ecfr.gov/current/title-16/part-1115)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-3824b905cf = { "[" }Federal Register: { -infant-sleep-product } 규칙, 2021년 6월 23일](https://regulations.justia.com/regulations/fedreg/2021/06/23/2021-12723.html)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-01b9113336 = { "[" }Federal Register: { -crib-mattress } 규칙, 2022년 2월 15일](https://regulations.justia.com/regulations/fedreg/2022/02/15/2022-02414.html)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-dcb38dafe4 = { "[" }Federal Register: { -play-yard } 규칙, 2012년 8월 29일](http://www.gpo.gov/fdsys/pkg/FR-2012-08-29/html/2012-21168.htm)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-70ce0df7a1 = { "[" }Federal Register: { -play-yard } 규칙 개정, 2025년 1월 29일](https://govinfo.gov/content/pkg/FR-2025-01-29/html/2025-01658.htm)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-8793b6f497 = { "[" }2021년 영아 안전수면법(Safe Sleep for Babies Act of 2021) 원문](https://en.m.wikisource.org/wiki/Safe_Sleep_for_Babies_Act_of_2021)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-48eb455674 = { "[" }CPSC: { -registration-card } FAQ](https://www.cpsc.gov/FAQ/Registration-Cards)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-353bb2c28c = { "[" }CPSC: { -cpc }](http://www.cpsc.gov/cpc)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-c9b7cfeaa7 = { "[" }CPSC: { -tracking-label }](https://cpsc.gov/trackinglabel)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-f30ee94a2c = { "[" }CPSC: 베이징 지역제품안전사무소](http://www.cpsc.gov/Business--Manufacturing/International/CPSC-Regional-Product-Safety-Office-Beijing/)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-5e1930f721 = { "[" }CPSC: 리콜에 관한 중국 정부 통보](http://www.cpsc.gov/Business--Manufacturing/International/Topics/Chinese-Government-Notification-of-Recalls/)
