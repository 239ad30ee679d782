### Korean translation of content/modules/toys-small-parts.md (Small parts and choking hazards). Draft translation by the Primer team;
### not yet reviewed by a qualified translator.
### Comments name the English source segment; `primer i18n extract` writes the English file.

# Small parts and choking hazards (title)
title-95f5a38672 = { -small-parts }과 { -choking-hazard }

# Small parts and choking hazards (summary)
summary-c76b1b9bd0 = 3세 미만 어린이용 완구에는 { -small-parts }이 있어서는 안 되며, 연령이 더 높은 어린이용 완구 중 일부에는 { -choking-hazard } 경고를 표시해야 합니다.

# Small parts and choking hazards (learning objective)
objective-e951df28dd = { -small-parts }이 있어서는 안 되는 완구를 설명할 수 있다.

# Small parts and choking hazards (learning objective)
objective-be7bf10b04 = { -small-parts-cylinder }를 올바르게 사용할 수 있다.

# Small parts and choking hazards (learning objective)
objective-fb249fb753 = 완구, 공, 구슬 또는 풍선에 맞는 { -choking-hazard } 경고를 고를 수 있다.

# Small parts and choking hazards (learning objective)
objective-98a628977e = 질식 사고를 { -cpsc }에 24시간 이내에 보고해야 하는 경우를 설명할 수 있다.

# Small parts and choking hazards (paragraph)
p-36d4898f4f = 어린아이는 { -small-parts }으로 인해 질식할 수 있습니다. 따라서 미국 규정은 3세 미만 어린이용 완구에 { -small-parts }을 금지합니다. 연령이 더 높은 어린이용 완구 중 일부에도 { -warning-label }를 해야 합니다.

# Small parts and choking hazards › Which products are covered (heading)
h-6923fc03be = 적용 대상 제품

# Small parts and choking hazards › Which products are covered (paragraph)
p-7abecd7362 = 3세 미만 어린이를 위한 완구나 그 밖의 물품은 { -small-parts } 때문에 질식, 흡인 또는 삼킴 위험을 일으켜서는 안 됩니다. 그러한 위험이 있으면 그 물품은 금지 유해물질(banned hazardous substance)입니다. 관련 규정은 16 CFR 1501 및 16 CFR 1500.18(a)(9)에 있습니다.

# Small parts and choking hazards › Which products are covered (paragraph)
p-238950986a = { -small-parts } 규정의 적용을 받는 완구는 { -childrens-product }입니다. { -childrens-product }은 주로 12세 이하 어린이를 위해 설계되었거나 그러한 어린이가 사용하도록 의도된 제품입니다. { -childrens-product }은 [{ -lead } 한도](lead-and-phthalates.md#limits) 등 다른 규정도 충족해야 합니다.

# Small parts and choking hazards › The small parts test (heading)
h-d2f5ab47e2 = { -small-parts } 시험

# Small parts and choking hazards › The small parts test (paragraph)
p-69b5affb40 = 이 시험에는 { -small-parts-cylinder }를 사용합니다. 시험에 관한 규정은 16 CFR 1501.4입니다.

# Small parts and choking hazards › The small parts test (list item)
li-d8e9b99168 = 물품을 실린더에 넣으십시오. 물품을 압축하지 마십시오.

# Small parts and choking hazards › The small parts test (list item)
li-5dc8d52e23 = 물품이 어느 방향으로든 실린더 안에 완전히 들어가면 불합격입니다.

# Small parts and choking hazards › The small parts test (list item)
li-d2ed776cfa = 물품이 실린더에 완전히 들어가지 않으면 16 CFR 1500.51 및 1500.52의 사용 및 오용 시험을 실시하십시오. 물기 시험은 적용하지 마십시오.

# Small parts and choking hazards › The small parts test (list item)
li-c9c6855e0c = 떨어져 나온 조각을 하나씩 실린더에 넣으십시오. 종이, 직물, 실, 보풀, 고무줄, 끈은 실린더로 시험하지 않습니다.

# Small parts and choking hazards › The small parts test (paragraph)
p-8b05d36104 = 규정 준수 여부는 규정에 있는 인치 치수를 기준으로 판단합니다.

# Small parts and choking hazards › The small parts test (paragraph)
p-c10fac15df = 완구가 첫 번째 점검을 통과하더라도 불합격할 수 있습니다. 사용 및 오용 시험 중에 부품이 떨어져 나올 수 있습니다. 그러한 조각이 실린더 안에 완전히 들어가면 3세 미만 어린이용 완구는 불합격입니다.

# Small parts and choking hazards › Warning labels (heading)
h-1643e9d576 = { -warning-label }

# Small parts and choking hazards › Warning labels (paragraph)
p-3e50867686 = 1994년 어린이안전보호법(Child Safety Protection Act)은 미국 법률에 { -choking-hazard } 경고를 추가했습니다[^1]. 관련 규정은 16 CFR 1500.19입니다. 각 경고는 안전 경고 기호, <span class="label">WARNING:</span>(경고)라는 단어, <span class="label">CHOKING HAZARD --</span>(질식 위험)이라는 문구, 그리고 아래의 경고 문구 순서로 구성됩니다.

# Small parts and choking hazards › Warning labels (paragraph)
p-eeaa70f537 = 이 법은 연방유해물질법(Federal Hazardous Substances Act)에 제24조를 추가했습니다. 이 경고에 관한 CPSC 규정은 1995년 8월 28일에 시행되었습니다.

# Small parts and choking hazards › Warning labels (paragraph)
p-af5db7906c = 작은 공이란 두께 1/4인치(6 mm)의 단단한 템플릿에 뚫린 1.75인치(44.4 mm) 구멍을 완전히 통과하는 공을 말합니다(16 CFR 1500.19(a)(2)). “공”에는 완구에 줄로 연결된 공도 포함됩니다. 주사위나, 핀볼 기계·미로 및 이와 유사한 용기 안에 영구적으로 들어 있는 공은 포함되지 않습니다.

# Small parts and choking hazards › Warning labels (table cell)
td-fb9ef89417 = 제품

# Small parts and choking hazards › Warning labels (table cell)
td-4b804f01a4 = 경고 문구

# Small parts and choking hazards › Warning labels (table cell)
td-65e76a682f = { -small-parts }이 있는 완구 또는 게임(3세 이상 6세 미만용)

# Small parts and choking hazards › Warning labels (table cell)
td-dba9190e71 = <span class="label">Small parts. Not for children under 3 yrs.</span>({ -small-parts }. 3세 미만 어린이용이 아님.)

# Small parts and choking hazards › Warning labels (table cell)
td-6d142d08d4 = 작은 공(3세 이상용)

# Small parts and choking hazards › Warning labels (table cell)
td-c10f292ba4 = <span class="label">This toy is a small ball. Not for children under 3 yrs.</span>(이 완구는 작은 공임. 3세 미만 어린이용이 아님.)

# Small parts and choking hazards › Warning labels (table cell)
td-e5985e4079 = 작은 공이 들어 있는 완구(3세 이상 8세 미만용)

# Small parts and choking hazards › Warning labels (table cell)
td-ce3d2e2e8f = <span class="label">Toy contains a small ball. Not for children under 3 yrs.</span>(이 완구에는 작은 공이 들어 있음. 3세 미만 어린이용이 아님.)

# Small parts and choking hazards › Warning labels (table cell)
td-6c6bb0a51a = 구슬

# Small parts and choking hazards › Warning labels (table cell)
td-16fae5a35b = <span class="label">This toy is a marble. Not for children under 3 yrs.</span>(이 완구는 구슬임. 3세 미만 어린이용이 아님.)

# Small parts and choking hazards › Warning labels (table cell)
td-e940fed986 = 구슬이 들어 있는 완구(3세 이상 8세 미만용)

# Small parts and choking hazards › Warning labels (table cell)
td-f5f3e329f9 = <span class="label">Toy contains a marble. Not for children under 3 yrs.</span>(이 완구에는 구슬이 들어 있음. 3세 미만 어린이용이 아님.)

# Small parts and choking hazards › Warning labels (paragraph)
p-c0cab95248 = 라텍스 풍선, 또는 라텍스 풍선이 들어 있는 완구나 게임에는 다음 경고가 필요합니다. <span class="label">CHOKING HAZARD -- Children under 8 yrs. can choke or suffocate on uninflated or broken balloons. Adult supervision required. Keep uninflated balloons from children. Discard broken balloons at once.</span>(질식 위험 -- 8세 미만 어린이는 부풀리지 않은 풍선이나 터진 풍선 때문에 기도가 막히거나 질식할 수 있습니다. 성인의 감독이 필요합니다. 부풀리지 않은 풍선은 어린이가 만지지 못하게 하십시오. 터진 풍선은 즉시 버리십시오.)

# Small parts and choking hazards › Warning labels (paragraph)
p-48517ecfbf = 3세 미만 어린이를 위한 작은 공은 금지됩니다.

# Small parts and choking hazards › Warning labels (paragraph)
p-ca1f7a31a9 = 이 경고 문구는 어린이안전보호법에 관한 CPSC 자료(fact sheet)에서 가져온 것입니다. 표시를 인쇄하기 전에 16 CFR 1500.19(b)의 현행 문구를 확인하십시오. 최종 표시는 미국 수입업체와 합의하십시오.

# Small parts and choking hazards › Reporting choking incidents (heading)
h-87235c7b10 = 질식 사고 보고

# Small parts and choking hazards › Reporting choking incidents (paragraph)
p-01fd0c1168 = 일부 질식 사고는 24시간 이내에 CPSC에 보고해야 합니다. 관련 규정은 16 CFR 1117입니다[^2]. 이 규정은 다음 제품의 제조업체, 유통업체, 소매업체 및 수입업체에 적용됩니다.

# Small parts and choking hazards › Reporting choking incidents (list item)
li-c784479d6b = 구슬, 작은 공 및 라텍스 풍선

# Small parts and choking hazards › Reporting choking incidents (list item)
li-f3c7d76b6e = 구슬, 작은 공, 라텍스 풍선 또는 그 밖의 { -small-parts }이 들어 있는 완구나 게임

# Small parts and choking hazards › Reporting choking incidents (paragraph)
p-4beb1e41a5 = 이 규칙은 1995년 2월 27일에 공표되었습니다(60 FR 10490). 이 규칙은 1995년 3월 29일에 시행되었습니다.

# Small parts and choking hazards › Reporting choking incidents (paragraph)
p-17a4815e9d = 이러한 업체는 다음 2가지가 모두 사실이라는 결론을 합리적으로 뒷받침하는 정보를 갖게 되면 24시간 이내에 보고해야 합니다.

# Small parts and choking hazards › Reporting choking incidents (list item)
li-428ac85733 = 어린이가 구슬, 작은 공, 라텍스 풍선, 또는 완구나 게임에 들어 있는 그 밖의 { -small-parts } 때문에 질식했습니다.

# Small parts and choking hazards › Reporting choking incidents (list item)
li-bf4fab1bff = 그 결과 어린이가 사망했거나, 심각한 부상을 입었거나, 잠시라도 호흡이 멈췄거나, 의료 전문가의 치료를 받았습니다.

# Small parts and choking hazards › Reporting choking incidents (paragraph)
p-9635009d3c = 질식 사고를 알게 되면 즉시 { -importer }에 알리십시오. 지체하지 마십시오. 이러한 업체에 주어진 보고 기한은 24시간뿐입니다.

# Small parts and choking hazards › What to do in the factory (heading)
h-2a572bd7e4 = 공장에서 할 일

# Small parts and choking hazards › What to do in the factory (list item)
li-eaa5f3ba0b = 시험하기 전에 각 완구의 사용 연령 등급을 확인하십시오.

# Small parts and choking hazards › What to do in the factory (list item)
li-d49681b4ff = 3세 미만 어린이용 완구는 모든 부분을 { -small-parts-cylinder }로 시험하십시오.

# Small parts and choking hazards › What to do in the factory (list item)
li-dbb7121419 = 사용 및 오용 시험을 실시하십시오. 그런 다음 떨어져 나온 조각을 모두 시험하십시오.

# Small parts and choking hazards › What to do in the factory (list item)
li-53e9c439aa = 1.75인치(44.4 mm) 템플릿으로 공을 점검하십시오.

# Small parts and choking hazards › What to do in the factory (list item)
li-e84df7a849 = 3세 이상 어린이를 위한 완구, 공, 구슬, 풍선의 경고를 확인하십시오.

# Small parts and choking hazards › What to do in the factory (list item)
li-23c16ec3db = 모든 시험 기록을 보관하십시오. 수입업체가 { -cpc }를 발급하여 제품의 적합성을 증명하려면 이 기록이 필요합니다.

# Small parts and choking hazards › What to do in the factory (paragraph)
p-127424228a = 베이징 사무소에 관한 CPSC 웹페이지에 따르면, 미국에서 구매되는 완구의 거의 90%를 중국의 제조업체가 생산합니다. 이 페이지에는 작성 날짜가 없습니다. 해외에서 제조된 완구는 미국 수입업체가 { -cpc }를 발급합니다. 이 증명서는 { -cpsc-accepted-lab }의 { -third-party-testing }에 합격한 결과를 근거로 합니다. 증명서와 시험 보고서는 영어로 작성되어야 합니다.

# Small parts and choking hazards › Check your knowledge (heading)
h-27544b5c12 = 이해도 점검

# Small parts and choking hazards › Check your knowledge (list item)
li-1c9220f48e = 3세 미만 어린이용 완구입니다. 사용 및 오용 시험 중에 조각 하나가 떨어져 나왔습니다. 어떻게 해야 합니까?

# Small parts and choking hazards › Check your knowledge (list item)
li-e12308b88c = 아무것도 하지 않습니다. 완구 전체만 시험하기 때문입니다.

# Small parts and choking hazards › Check your knowledge (list item)
li-192c379d5e = 그 조각을 { -small-parts-cylinder }에 넣습니다.

# Small parts and choking hazards › Check your knowledge (list item)
li-465f17d93a = 완구에 { -choking-hazard } 경고를 추가합니다.

# Small parts and choking hazards › Check your knowledge (list item)
li-e10d499a5a = 떨어져 나온 조각은 실린더로 시험합니다. 조각이 완전히 들어가면 그 완구는 불합격입니다.

# Small parts and choking hazards › Check your knowledge (list item)
li-feb12d3e84 = 어떤 제품에 <span class="label">Small parts. Not for children under 3 yrs.</span>({ -small-parts }. 3세 미만 어린이용이 아님.) 경고가 필요합니까?

# Small parts and choking hazards › Check your knowledge (list item)
li-5dfbd3f3f4 = 3세 미만 어린이용 완구

# Small parts and choking hazards › Check your knowledge (list item)
li-d1cb35d9dc = 3세 이상 6세 미만 어린이를 위한, { -small-parts }이 있는 완구 또는 게임

# Small parts and choking hazards › Check your knowledge (list item)
li-654ab4260a = 12세 이하 어린이를 위한 모든 완구

# Small parts and choking hazards › Check your knowledge (list item)
li-1cb48ddbe7 = 3세 미만 어린이용 완구에는 { -small-parts }이 전혀 있어서는 안 됩니다. 이 경고는 3세 이상 6세 미만 어린이를 위한 완구와 게임에 표시합니다.

# Small parts and choking hazards › Check your knowledge (list item)
li-7dd5af7111 = 어떤 공이 템플릿의 1.75인치(44.4 mm) 구멍을 완전히 통과합니다. 이 공은 무엇입니까?

# Small parts and choking hazards › Check your knowledge (list item)
li-a3ebb633a0 = 작은 공

# Small parts and choking hazards › Check your knowledge (list item)
li-7d40ac6018 = 구슬

# Small parts and choking hazards › Check your knowledge (list item)
li-38a6a23304 = 풍선

# Small parts and choking hazards › Check your knowledge (list item)
li-727d4a84e8 = 이 공은 작은 공입니다. 3세 미만 어린이를 위한 작은 공은 금지됩니다. 연령이 더 높은 어린이를 위한 것이라면 경고가 필요합니다.

# Small parts and choking hazards › Check your knowledge (list item)
li-3f2ff91fe8 = 어린이가 완구에서 나온 작은 공 때문에 질식하여 잠시 호흡이 멈췄습니다. 수입업체가 이 사실을 알게 되었습니다. 수입업체는 언제까지 CPSC에 보고해야 합니까?

# Small parts and choking hazards › Check your knowledge (list item)
li-fda2336f86 = 24시간 이내

# Small parts and choking hazards › Check your knowledge (list item)
li-9d5cbf69f3 = 10일 이내

# Small parts and choking hazards › Check your knowledge (list item)
li-f4906c8872 = 보고할 필요가 없습니다. 어린이가 사망하지 않았기 때문입니다.

# Small parts and choking hazards › Check your knowledge (list item)
li-c398b3ae61 = 16 CFR 1117은 24시간 이내에 보고하도록 요구합니다. 어린이의 호흡이 잠시라도 멈춘 경우는 보고 대상 사례 중 하나입니다. 어린이가 사망해야만 보고 대상이 되는 것은 아닙니다.

# Small parts and choking hazards › Sources (heading)
h-caf85b0888 = 출처

# Small parts and choking hazards › Sources (list item)
li-b1dff48900 = { "[" }eCFR: Part 1501, 작은 부품](https://www.ecfr.gov/current/title-16/part-1501)

# Small parts and choking hazards › Sources (list item)
li-ab72dce95d = { "[" }eCFR: Section 1500.18, 금지된 완구 및 물품](https://www.ecfr.gov/current/title-16/section-1500.18)

# Small parts and choking hazards › Sources (list item)
li-bc639be434 = { "[" }eCFR: Section 1500.19, 질식 위험 경고](https://www.ecfr.gov/current/title-16/section-1500.19)

# Small parts and choking hazards › Sources (list item)
li-5276172d68 = { "[" }Federal Register: 질식 위험 표시 규칙, 1995년 2월 27일](https://www.govinfo.gov/content/pkg/FR-1995-02-27/html/95-4484.htm)

# Small parts and choking hazards › Sources (list item)
li-2a1b7237b9 = { "[" }eCFR: Part 1117, 질식 사고 보고](https://www.ecfr.gov/current/title-16/part-1117)

# Small parts and choking hazards › Sources (list item)
li-0931c92c47 = { "[" }Federal Register: 질식 사고 보고, 최종 규칙, 1995년 2월 27일](http://federal.elaws.us/fr/2/27/1995/95-4483)

# Small parts and choking hazards › Sources (list item)
li-30cde9875c = { "[" }CPSC: { -cpc }](https://www.cpsc.gov/Business--Manufacturing/Testing-Certification/Childrens-Product-Certificate-CPC/)

# Small parts and choking hazards › Sources (list item)
li-f30ee94a2c = { "[" }CPSC: 베이징 지역제품안전사무소](http://www.cpsc.gov/Business--Manufacturing/International/CPSC-Regional-Product-Safety-Office-Beijing/)
