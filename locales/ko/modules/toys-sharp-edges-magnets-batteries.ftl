### Korean translation of content/modules/toys-sharp-edges-magnets-batteries.md (Sharp points, sharp edges, magnets and button batteries). Draft translation by the Primer team;
### not yet reviewed by a qualified translator.
### Comments name the English source segment; `primer i18n extract` writes the English file.

# Sharp points, sharp edges, magnets and button batteries (title)
title-7498fed225 = { -sharp-point }, { -sharp-edge }, { -magnet } 및 버튼형 전지

# Sharp points, sharp edges, magnets and button batteries (summary)
summary-1f6f2326b8 = 8세 미만 어린이용 완구는 { -sharp-point }과 { -sharp-edge } 시험을 받아야 하며, 작은 { -magnet }이나 버튼형·코인형 전지가 들어 있는 완구와 일부 그 밖의 제품은 미국의 특별 규정을 충족해야 합니다.

# Sharp points, sharp edges, magnets and button batteries (learning objective)
objective-d44105b13a = 어떤 완구가 { -sharp-point }과 { -sharp-edge } 시험을 받는지 설명할 수 있다.

# Sharp points, sharp edges, magnets and button batteries (learning objective)
objective-390c1c1af7 = { -sharp-point }이나 { -sharp-edge }가 필요한 완구가 면제되는 경우를 설명할 수 있다.

# Sharp points, sharp edges, magnets and button batteries (learning objective)
objective-d049a82fd6 = 완구 및 적용 대상 자석 제품(subject magnet product)에 들어 있는 { -magnet }에 관한 규정을 말할 수 있다.

# Sharp points, sharp edges, magnets and button batteries (learning objective)
objective-c150439cf5 = 버튼형·코인형 전지가 들어 있는 제품에 관한 미국 규정을 설명할 수 있다.

# Sharp points, sharp edges, magnets and button batteries (paragraph)
p-e1076567c4 = 완구의 { -sharp-point }과 { -sharp-edge }는 어린이를 다치게 할 수 있습니다. 미국 규정은 이에 대한 시험을 정하고 있습니다. { -magnet }과 { -button-battery }에도 각각 별도의 미국 규정이 있습니다. 이 모듈에서는 이러한 규정을 설명합니다.

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (heading)
h-187a5e3271 = 적용되는 규정

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-5c5f3b2772 = 위험

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-4edc8bfafc = 제품

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-62845f31a2 = 규정

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-78e4f26094 = { -sharp-point }

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-8863e7e212 = 8세 미만 어린이용 완구 및 물품

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-cc1c8c8b34 = 16 CFR 1500.48

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-47b05425f3 = 금속 또는 유리의 { -sharp-edge }

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-bba0c65bf3 = 16 CFR 1500.49

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-f176079c18 = 완구에 들어 있는 { -magnet }

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-fd16c1f32f = 완구

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-41ccdd70fa = ASTM F963(16 CFR 1250.2)

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-dfdca3bd47 = 적용 대상 자석 제품에 들어 있는 { -magnet }

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-8b8718f951 = 완구가 아닌 일부 제품(아래 참조)

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-f9c0aa89ca = 16 CFR 1262

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-c9369ba338 = 완구에 들어 있는 버튼형 및 코인형 전지

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-e5c00fcbdc = 14세 미만 어린이용 완구

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-0478ef8603 = 그 밖의 제품에 들어 있는 버튼형 및 코인형 전지

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-870a37fb8f = 이러한 전지가 들어 있는 그 밖의 소비자제품

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-6c8d8c0fce = 16 CFR 1263

# Sharp points, sharp edges, magnets and button batteries › Sharp points and sharp edges (heading)
h-fa8517b163 = { -sharp-point }과 { -sharp-edge }

# Sharp points, sharp edges, magnets and button batteries › Sharp points and sharp edges (paragraph)
p-16be566b6e = 다음 2가지 규정은 8세 미만 어린이를 위한 완구 및 그 밖의 물품에 대한 기술적 시험을 정합니다.

# Sharp points, sharp edges, magnets and button batteries › Sharp points and sharp edges (list item)
li-5918cddb4c = { -sharp-point }에 관한 16 CFR 1500.48

# Sharp points, sharp edges, magnets and button batteries › Sharp points and sharp edges (list item)
li-8cdccffa41 = 금속 또는 유리의 { -sharp-edge }에 관한 16 CFR 1500.49

# Sharp points, sharp edges, magnets and button batteries › Sharp points and sharp edges (paragraph)
p-aee7c352cb = 이 시험은 접근 가능한 끝과 모서리에 적용됩니다. 사용 및 오용 시험 전에 적용됩니다. 사용 및 오용 시험 후에도 다시 적용됩니다. 따라서 이 시험 중에 생긴 끝이나 모서리도 대상이 됩니다.

# Sharp points, sharp edges, magnets and button batteries › Sharp points and sharp edges (paragraph)
p-1e6a5a9a10 = { -sharp-point }에 관한 규정은 1978년 12월 22일에 시행되었습니다. { -sharp-edge }에 관한 규정은 1979년 3월 26일에 시행되었습니다.

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (heading)
h-cf0b7a2752 = { -sharp-point }이나 { -sharp-edge }가 필요한 완구

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (paragraph)
p-2181d76992 = 일부 완구는 작동하려면 { -sharp-point }이나 { -sharp-edge }가 필요합니다. 완구용 가위, 완구용 공구 세트, 완구 재봉틀의 바늘 등이 그 예입니다. 이러한 완구는 다음 2가지 조건을 모두 충족하는 경우에만 시험이 면제됩니다.

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (list item)
li-46ba02d907 = 기능에 필요하지 않은 { -sharp-point }이나 { -sharp-edge }가 없어야 합니다.

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (list item)
li-5b3d16822b = 눈에 잘 띄게 표시되어 있어야 합니다. 즉, 표시를 쉽게 볼 수 있어야 합니다.

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (paragraph)
p-354fbc7092 = 이 모듈에서는 표시 문구를 제시하지 않습니다. 표시는 { -importer }와 합의하십시오.

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (paragraph)
p-3b935da6ae = 면제를 받으려면 두 조건을 모두 충족해야 합니다. 완구용 가위에 작동에 필요하지 않은 { -sharp-point }이나 { -sharp-edge }가 하나라도 있으면 면제되지 않습니다. 접근 가능한 모든 끝과 모서리를 사용 및 오용 시험 후에도 점검하십시오.

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (paragraph)
p-05cd8fc0cf = { -crib }와 자전거는 자체 규정이 있으므로 이 2가지 규정의 적용이 면제됩니다. { -crib }에 대해서는 [{ -full-size-crib }와 { -non-full-size-crib }](cribs-full-size-and-non-full-size.md)를 참조하십시오.

# Sharp points, sharp edges, magnets and button batteries › Magnets (heading)
h-5333907e38 = { -magnet }

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-69a57184d4 = 완구에 들어 있는 { -magnet }과 그 밖의 제품에 들어 있는 { -magnet }에는 서로 다른 규정이 적용됩니다. { -magnet }이 들어 있는 제품 중 상당수는 어느 규정의 적용도 받지 않습니다.

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-e9f9b08af3 = { "*" }*완구.** ASTM F963은 미국의 의무 완구 표준입니다. 16 CFR 1250이 이를 의무화합니다. 완구의 { -magnet } 요건은 ASTM F963에 있습니다. 2024년 1월 18일의 규칙이 ASTM F963-23판을 편입했습니다. 이 규칙은 2024년 4월 20일에 시행되었습니다.

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-1d3ac6239a = { "*" }*적용 대상 자석 제품.** 16 CFR 1262는 { -magnet } 안전 표준(Safety Standard for Magnets)입니다. 이 표준은 2022년 9월 21일에 공표되었습니다. 이 표준은 완구가 아닌 모든 제품에 적용되는 것이 아닙니다. “적용 대상 자석 제품(subject magnet product)”에만 적용됩니다. 적용 대상 자석 제품이란 다음 조건을 모두 충족하는 소비자제품입니다.

# Sharp points, sharp edges, magnets and button batteries › Magnets (list item)
li-7f8fec7c1e = 오락, 장신구(어린이용 장신구 포함), 정신적 자극, 스트레스 해소 또는 이들의 조합을 위해 설계되었거나, 그러한 용도로 마케팅되거나, 그러한 용도로 의도된 제품입니다.

# Sharp points, sharp edges, magnets and button batteries › Magnets (list item)
li-06616fdaba = 분리되어 있거나 분리될 수 있는 { -magnet }이 하나 이상 들어 있습니다.

# Sharp points, sharp edges, magnets and button batteries › Magnets (list item)
li-770d83c549 = 2022년 10월 21일 이후에 제조되었습니다.

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-fe353cca4c = 스트레스 해소용으로 성인에게 판매되는, 분리되어 있는 작은 { -magnet } 세트가 그 예입니다.

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-68c1d03b30 = Part 1262는 16 CFR 1250의 적용을 받는 완구에는 적용되지 않습니다. 또한 교육자, 연구자, 전문가 또는 상업·산업 사용자에게만 판매되는 제품에도 적용되지 않습니다. { -magnet }이 들어 있는 그 밖의 제품은 대부분 part 1262의 적용을 받지 않습니다.

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-0a62f0a6c5 = 16 CFR 1262.3에 따라, 적용 대상 자석 제품에 들어 있는 분리되어 있거나 분리될 수 있는 { -magnet } 중 { -small-parts-cylinder }에 완전히 들어가는 것은 각각 자속 지수(flux index)가 50 kG² mm² 미만이어야 합니다. 자속 지수 시험 방법은 ASTM F963에서 가져온 것입니다(16 CFR 1262.4).

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-bfa19c5551 = ASTM F963은 수시로 개정됩니다. 완구를 시험하기 전에 현재 16 CFR 1250이 어느 판을 인용하고 있는지 확인하십시오.

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-32cc681510 = 3세 미만 어린이용 완구의 경우, 사용 및 오용 시험 중에 떨어져 나온 조각은 모두 { -small-parts-cylinder }에 넣어 시험합니다. 여기에는 { -magnet }과 전지도 포함됩니다. [{ -small-parts }](toys-small-parts.md)을 참조하십시오.

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (heading)
h-6e7eb240ad = 버튼형 및 코인형 전지

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-ab924c1ebf = 리스법(Reese's Law)은 버튼형 전지 및 코인형 전지에 관한 미국 법률입니다. 이 법을 시행하는 규칙은 16 CFR 1263입니다. Part 1263은 ANSI/UL 4200A-2023 표준을 채택하고 있으며, 다음을 요구합니다.

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (list item)
li-a95ac48f17 = 여는 데 공구가 필요하거나, 동시에 2가지 독립적인 손동작이 필요한 전지 수납부

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (list item)
li-fa48e3d0da = 사용 및 오용 시험

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (list item)
li-7e7d013ba7 = 포장, 실행 가능한 경우 제품 자체, 그리고 사용 설명서에 표시하는 경고

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-48837934d7 = 버튼형 및 코인형 전지의 포장은 또한 어린이 보호 포장(child-resistant)이어야 합니다. 포장에 관한 규정은 16 CFR 1700.15입니다.

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-ceb4c0563b = 이 날짜들은 규정(16 CFR 1263.1(b) 및 규칙 88 FR 65274)과 CPSC의 FAQ에 따른 것입니다. 기준 날짜는 제조일 또는 수입일입니다.

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-f5f5690b0e = 요건

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-a82f1ec268 = 다음 시점에 제조 또는 수입된 제품에 적용

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-efbd03ccfc = { -button-battery }의 어린이 보호 포장

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-0587a4ad5d = 2023년 2월 12일 이후

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-6b01c86ef8 = 이러한 전지가 들어 있는 제품({ -childrens-product } 포함)에 대한 16 CFR 1263

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-c12e0e227f = 2023년 10월 23일 또는 그 이후

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-147a3ec4c0 = 이러한 전지가 들어 있는 { -childrens-product }에 대한 { -third-party-testing } 및 { -cpc }

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-c4582620f6 = 2023년 12월 20일 또는 그 이후

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-e7728ddb31 = CPSC는 마지막 두 날짜에 대해 2024년 3월 19일까지 집행 재량(enforcement discretion)을 적용했습니다. 이 날짜들은 이제 모두 지났습니다. 현재 제조되거나 수입되는 제품은 규정을 준수해야 합니다.

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-808850e668 = 2024년 9월 21일 이후에 제조되거나 수입된 버튼형 및 코인형 전지의 포장에는 16 CFR 1263.4의 { -warning-label }도 있어야 합니다.

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-fef0c73008 = 아연-공기 전지는 16 CFR 1263의 적용을 받지 않습니다. 그러나 그 포장은 포장 규정의 적용을 받습니다.

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-5658bdf7c9 = { "*" }*완구.** 완구는 16 CFR 1263의 적용이 면제됩니다(16 CFR 1263.1(c)). 여기서 완구란 14세 미만 어린이의 놀잇감으로 설계, 제조 또는 마케팅된 모든 물품을 말합니다. 이 면제는 완구가 16 CFR 1250의 전지 접근성 및 표시 요건을 충족하는 경우에만 적용됩니다. 따라서 완구는 ASTM F963의 전지 요건을 확인하십시오.

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-a194ef3cc1 = 이 면제 때문에 part 1263은 { -childrens-product }의 경우 주로 완구가 아닌 제품(예를 들어 어린이용 야간등)에 의미가 있습니다. 이러한 제품은 다른 모든 제품과 같은 날짜부터 part 1263을 충족해야 합니다. 또한 제3자 시험기관의 시험을 받고 { -cpc }로 적합성을 증명해야 합니다. 전지 시험을 계획하기 전에 각 제품에 어느 규정이 적용되는지 { -importer }와 합의하십시오.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (heading)
h-2a572bd7e4 = 공장에서 할 일

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-d4f97e7d2c = 먼저 각 완구의 { -age-grade }을 확인하십시오. { -sharp-point } 및 { -sharp-edge } 시험은 8세 미만 어린이용 완구에 적용됩니다.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-c1d30eaaca = 사용 및 오용 시험 전과 후에 접근 가능한 모든 끝과 모서리를 점검하십시오.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-4753fe346f = 완구에 { -sharp-point }이나 { -sharp-edge }가 필요한 경우, 그 밖의 모든 { -sharp-point }과 { -sharp-edge }를 제거하십시오. 완구에 눈에 잘 띄는 표시를 하십시오.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-a415eeeffc = 어떤 { -magnet } 규정이 적용되는지 확인하십시오. 완구에는 ASTM F963, 적용 대상 자석 제품에는 16 CFR 1262가 적용됩니다. 적용 대상 자석 제품이란 오락, 장신구, 정신적 자극 또는 스트레스 해소를 위한 제품으로서 분리되어 있거나 분리될 수 있는 { -magnet }이 들어 있는 제품입니다.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-563ff69573 = { -button-battery }가 들어 있는 완구는 ASTM F963의 전지 요건을 충족하게 하십시오.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-04c9e00fba = 16 CFR 1263의 적용을 받는 제품에는 여는 데 공구가 필요하거나, 동시에 2가지 독립적인 손동작이 필요한 전지 수납부를 만드십시오.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-1c5ad9e47f = 이러한 제품은 포장, 제품, 사용 설명서의 전지 경고를 확인하십시오.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-b7c5c634ae = 버튼형 및 코인형 전지에는 어린이 보호 포장을 사용하십시오.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-23c16ec3db = 모든 시험 기록을 보관하십시오. 수입업체가 { -cpc }를 발급하여 제품의 적합성을 증명하려면 이 기록이 필요합니다.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (paragraph)
p-dc3c97ff84 = 인도네시아의 의무 완구 SNI에 따르면 완구는 14세 이하 어린이를 위한 제품입니다. 말레이시아에서 완구는 14세 미만 어린이를 위한 물품입니다. 미국의 완구 표준인 ASTM F963(16 CFR 1250)도 14세 미만 어린이용 완구를 대상으로 합니다. 그러나 일부 미국 규정에는 자체 연령 기준이 있습니다. { -sharp-point } 및 { -sharp-edge } 시험은 8세 미만 어린이를 위한 완구와 물품에만 적용됩니다. { -small-parts } 금지는 3세 미만 어린이용 완구에 적용됩니다. 미국으로 선적하는 완구는 각 미국 규정의 연령 기준을 확인하십시오.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (heading)
h-27544b5c12 = 이해도 점검

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-28cba2a0f3 = 5세 어린이용 완구입니다. 이 완구는 { -sharp-point } 및 { -sharp-edge } 시험에 합격해야 합니까?

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-0ef7ab06b9 = 예. 8세 미만 어린이용이기 때문입니다.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-de59dd0a2b = 아니요. 3세를 초과하는 어린이용이기 때문입니다.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-4b3c58138d = { -small-parts }이 있는 경우에만 해당합니다.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-6228dd4955 = 16 CFR 1500.48 및 1500.49의 시험은 8세 미만 어린이를 위한 완구와 물품에 적용됩니다.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-fb8c464897 = 완구용 가위는 자르기 위해 { -sharp-edge }가 필요합니다. 완구용 가위는 어떤 경우에 { -sharp-edge } 시험이 면제됩니까?

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-c50d21e7dd = 항상 면제됩니다. 모서리가 필요하기 때문입니다.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-feee767b81 = 그 밖의 { -sharp-point }이나 { -sharp-edge }가 없고 눈에 잘 띄게 표시되어 있는 경우.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-0a333e36de = 수입업체가 동의하는 경우.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-bc337e3ca2 = 두 조건이 모두 필요합니다. 기능에 필요하지 않은 { -sharp-point }이나 { -sharp-edge }가 있는 완구는 면제되지 않습니다.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-8267e0dbe0 = 분리되어 있는 작은 { -magnet } 세트가 책상용 스트레스 해소 제품으로 성인에게 판매됩니다. 이 세트는 2026년에 제조되었습니다. { -magnet } 하나가 { -small-parts-cylinder }에 완전히 들어갑니다. 이 { -magnet }의 자속 지수 한도는 얼마입니까?

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-5e6d357ac9 = 한도가 없습니다. 이 세트는 성인에게 판매되기 때문입니다.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-93546d8884 = 50 kG² mm² 미만

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-fe50ed2c0a = 500 kG² mm² 미만

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-2961ec873c = 이 세트는 스트레스 해소용으로 마케팅되고 분리되어 있는 { -magnet }이 들어 있으므로, 성인에게 판매되더라도 16 CFR 1262의 적용 대상 자석 제품입니다. 16 CFR 1262.3은 { -small-parts-cylinder }에 완전히 들어가는 분리되어 있거나 분리될 수 있는 각 { -magnet }에 대해 이 한도를 정합니다.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-e6845e899f = 어린이 방에서 쓰는 야간등이 어린아이를 위해 설계되고 마케팅되었습니다. 이 야간등에는 코인형 전지가 들어 있습니다. 이 제품은 { -childrens-product }이지만 완구는 아닙니다. 이러한 제품은 언제부터 16 CFR 1263에 대한 제3자 시험을 받고 적합성을 증명해야 합니까?

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-23141a3f4e = 2023년 2월 12일

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-3e37f41fea = 2023년 10월 23일

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-66842b6df4 = 2023년 12월 20일

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-e7776c306a = 이러한 제품은 다른 모든 제품과 마찬가지로 2023년 10월 23일부터 16 CFR 1263을 충족해야 했습니다(16 CFR 1263.1(b)). 2023년 12월 20일 또는 그 이후에 제조되거나 수입된 { -childrens-product }에는 { -third-party-testing }과 적합성 증명이 요구되었습니다. 16 CFR 1250의 전지 요건을 충족하는 완구는 part 1263의 적용이 면제됩니다.

# Sharp points, sharp edges, magnets and button batteries › Sources (heading)
h-caf85b0888 = 출처

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-1b36b5728b = { "[" }eCFR: Section 1500.48, { -sharp-point }](https://www.ecfr.gov/current/title-16/section-1500.48)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-f0bb75d1dd = { "[" }eCFR: Section 1500.49, { -sharp-edge }](https://www.ecfr.gov/current/title-16/section-1500.49)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-5279e3f581 = { "[" }CPSC: 완구의 { -sharp-point }에 관한 규정, 1978년](https://www.cpsc.gov/Newsroom/News-Releases/1978/CPSC-Announces-Sharp-Points-Regulation-For-Toys)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-852da373ea = { "[" }eCFR: Part 1250, 완구 안전 표준](https://www.ecfr.gov/current/title-16/part-1250)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-0c71aa0b34 = { "[" }Federal Register: 완구에 관한 ASTM F963-23, 2024년 1월 18일](https://www.govinfo.gov/content/pkg/FR-2024-01-18/html/2024-00741.htm)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-504cbf83ef = { "[" }eCFR: Part 1262, { -magnet } 안전 표준](https://www.ecfr.gov/current/title-16/part-1262)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-9d5378bfad = { "[" }eCFR: Part 1263, 버튼형 및 코인형 전지](https://www.ecfr.gov/current/title-16/part-1263)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-9efee363b6 = { "[" }eCFR: Section 1700.15, 어린이 보호 포장](https://www.ecfr.gov/current/title-16/section-1700.15)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-775274ae31 = { "[" }CPSC: 버튼형 전지 및 코인형 전지 FAQ](https://www.cpsc.gov/FAQ/Button-Cell-and-Coin-Battery-FAQs)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-c9e7efb8c3 = { "[" }BSN: 완구 SNI(인도네시아)](https://bsn.go.id/main/berita/detail/8982/sni-mainan-anak-melindungi-konsumen-dan-produsen-lokal)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-839d3bd06b = { "[" }KPDN MYSAFE: 완구 규정(말레이시아)](https://mysafe.kpdn.gov.my/portal/post/8)
