### Korean translation of content/modules/clothing-flammability.md (Flammability of clothing and children's sleepwear). Draft translation by the Primer team;
### not yet reviewed by a qualified translator.
### Comments name the English source segment; `primer i18n extract` writes the English file.

# Flammability of clothing and children's sleepwear (title)
title-407bd3c396 = 의류와 { -sleepwear }의 { -flammability }

# Flammability of clothing and children's sleepwear (summary)
summary-4bac8d3770 = 모든 의류용 섬유는 미국의 { -flammability } 표준을 충족해야 하며, 사이즈 0~14의 { -sleepwear }은 더 엄격한 표준을 충족해야 합니다.

# Flammability of clothing and children's sleepwear (learning objective)
objective-4ad02419e7 = 의류용 섬유의 3가지 { -flammability } 등급을 설명할 수 있다.

# Flammability of clothing and children's sleepwear (learning objective)
objective-425f9e5114 = 어떤 의류가 { -sleepwear }인지 판단할 수 있다.

# Flammability of clothing and children's sleepwear (learning objective)
objective-d0ee76d965 = 영아용 의류와 몸에 밀착되는 의류가 잠옷 규정에서 제외되는 경우를 설명할 수 있다.

# Flammability of clothing and children's sleepwear (learning objective)
objective-e179aa677a = { -sleepwear }의 취급 표시(care label)를 점검할 수 있다.

# Flammability of clothing and children's sleepwear (paragraph)
p-796546304f = 의류에는 불이 붙을 수 있습니다. 따라서 미국 법률인 가연성직물법(Flammable Fabrics Act)은 의류에 대한 { -flammability } 규정을 정하고 있습니다. 모든 의류용 섬유는 16 CFR 1610을 충족해야 합니다. { -sleepwear }은 16 CFR 1615 및 1616의 더 엄격한 규정을 충족해야 합니다.

# Flammability of clothing and children's sleepwear › Clothing textiles (heading)
h-0faf5f9fd0 = 의류용 섬유

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-29f4ec5e59 = 16 CFR 1610은 의류용 섬유의 { -flammability } 표준(Standard for the Flammability of Clothing Textiles)입니다. 이 표준은 섬유를 3가지 등급으로 분류합니다(16 CFR 1610.4).

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-4f3a9bd003 = 등급

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-1f5d64b928 = 의미

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-fd9bc10732 = 의류에 사용

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-51dfeec557 = 1등급(Class 1)

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-0883e35169 = 보통 { -flammability }

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-4b9cfa1c7d = 사용 가능

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-7d4bd5921b = 2등급(Class 2)

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-7cb7201681 = 중간 { -flammability }

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-d790d88865 = 사용할 수 있음

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-19ee19b164 = 3등급(Class 3)

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-edf0718a0e = 빠르고 격렬하게 연소

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-f0406a0e7e = 허용되지 않음

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-ba93e795ae = 2등급은 기모 섬유 표면(raised-fiber surface)이 있는 섬유에만 적용됩니다. 3등급 섬유는 위험할 정도로 불에 잘 탑니다. 이러한 섬유는 의류에 사용할 수 없습니다. 3등급 의류를 제조, 판매 또는 수입하는 것은 금지됩니다.

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-59fc3b6c8b = 이 표준은 2008년 3월 25일의 최종 규칙으로 개정되었습니다. 개정된 표준은 2008년 9월 22일에 시행되었습니다.

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-ea4a2bd723 = 일부 품목은 이 표준의 적용을 받지 않습니다[^1].

# Flammability of clothing and children's sleepwear › Clothing textiles (list item)
li-4bbcac890a = 얼굴, 목 또는 어깨를 덮지 않는 모자

# Flammability of clothing and children's sleepwear › Clothing textiles (list item)
li-1a1a1171bd = 의류에 부착되지 않은 길이 14인치 이하의 장갑

# Flammability of clothing and children's sleepwear › Clothing textiles (list item)
li-e491a08a5b = 의류에 부착되지 않고, 전체 또는 일부가 양말류(hosiery)로 이루어지지 않은 신발

# Flammability of clothing and children's sleepwear › Clothing textiles (list item)
li-7a8f3d3d53 = 심지(interlining) 원단

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-3468faf411 = 이 목록을 16 CFR 1610의 현행 원문과 대조하십시오. 규정에 있는 전체 목록은 더 길 수 있습니다.

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-a1cea6ae88 = 다음 원단은 시험이 면제됩니다(16 CFR 1610.1(d)).

# Flammability of clothing and children's sleepwear › Clothing textiles (list item)
li-df7b593c57 = 섬유 종류와 관계없이 무게가 2.6 oz/yd²(88.2 g/m²) 이상인 평면 원단

# Flammability of clothing and children's sleepwear › Clothing textiles (list item)
li-398f32fffc = 아크릴, 모드아크릴, 나일론, 올레핀, 폴리에스터, 울의 6가지 섬유 중 하나 이상으로만 만든 모든 원단(평면 원단이든 기모 섬유 표면 원단이든, 무게와 관계없음)

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-7333c4b76a = 이 6가지 섬유 외에 다른 섬유는 해당되지 않습니다. 면이나 레이온 등 그 밖의 섬유가 들어 있는 원단은 두 번째 항목에 따른 면제를 받을 수 없습니다.

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-ee1b65ee9b = { -flammability } 시험을 생략하기 전에 16 CFR 1610의 현행 원문을 확인하십시오. 그 결정은 { -importer }와 합의하십시오.

# Flammability of clothing and children's sleepwear › Children's sleepwear (heading)
h-0f2249e86d = { -sleepwear }

# Flammability of clothing and children's sleepwear › Children's sleepwear (paragraph)
p-f5d2d0754a = { -sleepwear }이란 주로 수면이나 수면과 관련된 활동을 위해 의도된 사이즈 0~14의 모든 의복을 말합니다. 잠옷 원피스(nightgown), 파자마, 가운, 라운지웨어 등이 그 예입니다.

# Flammability of clothing and children's sleepwear › Children's sleepwear (table cell)
td-74a3978d10 = 사이즈

# Flammability of clothing and children's sleepwear › Children's sleepwear (table cell)
td-62845f31a2 = 규정

# Flammability of clothing and children's sleepwear › Children's sleepwear (table cell)
td-cb971f83e8 = 0~6X

# Flammability of clothing and children's sleepwear › Children's sleepwear (table cell)
td-7e3f263ca1 = 16 CFR 1615

# Flammability of clothing and children's sleepwear › Children's sleepwear (table cell)
td-1bd744c51c = 7~14

# Flammability of clothing and children's sleepwear › Children's sleepwear (table cell)
td-001b87c753 = 16 CFR 1616

# Flammability of clothing and children's sleepwear › Children's sleepwear (paragraph)
p-75fd2ba9a6 = 일부 의류는 잠옷 규정에서 제외됩니다. 이러한 의류는 대신 16 CFR 1610을 충족해야 합니다.

# Flammability of clothing and children's sleepwear › Children's sleepwear (list item)
li-6d6972494a = 기저귀와 속옷

# Flammability of clothing and children's sleepwear › Children's sleepwear (list item)
li-6664462455 = 영아용 의류(16 CFR 1615.1(c))

# Flammability of clothing and children's sleepwear › Children's sleepwear (list item)
li-5c306bf18c = 몸에 밀착되는 의류(16 CFR 1615.1(o) 및 1616.2(m))

# Flammability of clothing and children's sleepwear › Children's sleepwear (paragraph)
p-846bdf6598 = 영아용 의류와 몸에 밀착되는 의류에 대한 예외는 1996년 개정으로 만들어졌습니다. 1999년의 기술적 변경으로 측정 지점이 더 명확해졌습니다.

# Flammability of clothing and children's sleepwear › Infant garments (heading)
h-334319fb25 = 영아용 의류

# Flammability of clothing and children's sleepwear › Infant garments (paragraph)
p-07f3904b02 = 영아용 의류는 다음 조건을 모두 충족해야 합니다.

# Flammability of clothing and children's sleepwear › Infant garments (list item)
li-088a089b83 = 사이즈가 9개월 이하입니다.

# Flammability of clothing and children's sleepwear › Infant garments (list item)
li-7a8b620dca = 원피스형 의류는 길이가 64.8 cm(25.75 in) 이하입니다. 투피스형 의류는 어느 부분도 길이가 40 cm(15.75 in)를 넘지 않습니다.

# Flammability of clothing and children's sleepwear › Infant garments (list item)
li-4ba8fd85f1 = 16 CFR 1610 및 1611을 충족합니다.

# Flammability of clothing and children's sleepwear › Infant garments (list item)
li-335c773d52 = 개월 수로 사이즈를 표시한 라벨이 있습니다. 소매 판매 시 라벨이 보이지 않는 경우에는 포장에도 사이즈를 표시해야 합니다.

# Flammability of clothing and children's sleepwear › Tight-fitting garments (heading)
h-108fe650c2 = 몸에 밀착되는 의류

# Flammability of clothing and children's sleepwear › Tight-fitting garments (paragraph)
p-79b7fb8ef7 = 규정에는 사이즈별 최대 치수가 나와 있습니다. 가슴, 허리, 엉덩이, 위팔, 허벅지, 손목, 발목의 치수입니다(16 CFR 1615.1(o)(1) 및 1616.2(m)(1)). 몸에 밀착되는 의류는 이 치수 중 어느 것도 초과해서는 안 됩니다. 또한 레이스, 아플리케, 리본 같은 원단, 장식 또는 트림이 규정이 정한 한도를 넘어서는 안 됩니다.

# Flammability of clothing and children's sleepwear › Tight-fitting garments (paragraph)
p-8203ac9c18 = 이 모듈에서는 최대 치수 표를 제시하지 않습니다. 각 사이즈를 규정의 현행 표와 비교하여 측정하십시오. 의류가 어느 한 지점에서라도 표보다 크면 몸에 밀착되는 의류가 아닙니다. 그 경우 잠옷 규정 전체를 충족해야 합니다.

# Flammability of clothing and children's sleepwear › Care labels (heading)
h-6755bf8cc3 = 취급 표시

# Flammability of clothing and children's sleepwear › Care labels (paragraph)
p-847e4124e1 = 규정의 적용을 받는 모든 { -sleepwear }에는 영구적인 취급 표시가 있어야 합니다. 이 표시에는 방염성을 떨어뜨리는 제제에 대한 경고가 있어야 합니다. 의류를 1회 세탁한 후 시험했다면, 착용 전에 세탁하라는 내용도 표시해야 합니다(16 CFR 1616.6(a)). Part 1615에도 같은 규정이 있습니다.

# Flammability of clothing and children's sleepwear › Lead, certificates and tracking labels (heading)
h-70ba12d247 = { -lead }, 적합성 증명서 및 { -tracking-label }

# Flammability of clothing and children's sleepwear › Lead, certificates and tracking labels (paragraph)
p-f3b4da8326 = 어린이 의류는 [{ -lead } 한도](lead-and-phthalates.md#limits)도 충족해야 합니다. 섬유는 염색 여부와 관계없이 { -lead } 한도를 초과하지 않는 것으로 판정되어 있습니다(16 CFR 1500.91). 섬유에는 { -lead }에 대한 { -third-party-testing }이 필요하지 않습니다. 스크린 프린트, 전사(transfer) 및 그 밖의 후처리 부착물은 이에 해당하지 않습니다. 비섬유 품목도 해당하지 않습니다. 이러한 것들은 시험해야 합니다.

# Flammability of clothing and children's sleepwear › Lead, certificates and tracking labels (paragraph)
p-091cea407b = CPSC는 어린이 의류에 대한 { -cpc } 견본을 공개하고 있습니다. 의류에 대한 일반적인 적합성 증명서는 16 CFR 1610과 { -lead } 함량 규정을 인용합니다. 잠옷의 경우 16 CFR 1615 또는 1616도 인용합니다. 섬유에 대한 { -lead } 면제는 증명서에 시험기관 대신 기재합니다.

# Flammability of clothing and children's sleepwear › Lead, certificates and tracking labels (paragraph)
p-a5ba79cf80 = 어린이 의류에도 { -tracking-label }이 있어야 합니다. FTC 등록 식별 번호(RN)로 정보의 일부를 제공할 수 있습니다. { -drawstring }이 있는 겉옷에는 별도의 규정이 있습니다. [{ -drawstring }](clothing-drawstrings.md)을 참조하십시오.

# Flammability of clothing and children's sleepwear › What to do in the factory (heading)
h-2a572bd7e4 = 공장에서 할 일

# Flammability of clothing and children's sleepwear › What to do in the factory (list item)
li-535e95aca9 = 각 의류가 { -sleepwear }인지 판단하십시오.

# Flammability of clothing and children's sleepwear › What to do in the factory (list item)
li-b107cca6f8 = 의류용 원단 중 3등급이 없는지 확인하십시오.

# Flammability of clothing and children's sleepwear › What to do in the factory (list item)
li-65e91f14c6 = 잠옷은 16 CFR 1615(사이즈 0~6X) 또는 16 CFR 1616(사이즈 7~14)에 따라 시험하십시오.

# Flammability of clothing and children's sleepwear › What to do in the factory (list item)
li-6744f97ed4 = 영아용 의류와 몸에 밀착되는 의류는 각 사이즈를 규정에 비추어 측정하십시오.

# Flammability of clothing and children's sleepwear › What to do in the factory (list item)
li-f6350970a8 = 모든 잠옷에 영구적인 취급 표시를 봉제하여 부착하십시오.

# Flammability of clothing and children's sleepwear › What to do in the factory (list item)
li-d8c230bdca = 프린트, 전사 및 비섬유 부품의 { -lead }을 시험하십시오.

# Flammability of clothing and children's sleepwear › What to do in the factory (list item)
li-cd7d365b93 = 원단, 트림 또는 공급업체를 변경하기 전에 수입업체에 알리십시오. 모든 시험 기록을 보관하십시오.

# Flammability of clothing and children's sleepwear › What to do in the factory (paragraph)
p-8618a097ad = CPSC는 섬유 및 의류 제품 규정에 관한 베트남어 교육 자료를 공개했습니다. 2009년 3월의 동영상이며, cpsc.gov에 녹취록이 있습니다. 그 이후 일부 규정이 바뀌었습니다. 항상 규정의 현행 원문을 확인하십시오.

# Flammability of clothing and children's sleepwear › Check your knowledge (heading)
h-27544b5c12 = 이해도 점검

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-19d0e56d18 = 어떤 원단이 빠르고 격렬하게 연소합니다. 이 원단은 3등급입니다. 이 원단을 의류에 사용할 수 있습니까?

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-566765d7fc = 예. 의류에 { -warning-label }가 있으면 사용할 수 있습니다.

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-c92f84af7d = 예. 다만 성인 의류에만 사용할 수 있습니다.

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-bb9d17c93e = 아니요. 3등급 섬유는 의류에 사용할 수 없습니다.

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-499e2a86eb = 3등급 섬유는 위험할 정도로 불에 잘 탑니다. 3등급 의류를 제조, 판매 또는 수입하는 것은 금지됩니다.

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-f4172c6173 = 사이즈 10의 파자마에는 어떤 규정이 적용됩니까?

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-7e3f263ca1 = 16 CFR 1615

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-001b87c753 = 16 CFR 1616

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-25e9abb58a = 16 CFR 1610만

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-ca693800ff = Part 1615는 사이즈 0~6X에 적용됩니다. Part 1616은 사이즈 7~14에 적용됩니다.

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-87ddc9226d = 사이즈 6개월, 길이 60 cm인 원피스형 슬리퍼(sleeper)가 있습니다. 16 CFR 1610 및 1611을 충족하며, 라벨에 개월 수로 사이즈가 표시되어 있습니다. 이 제품은 무엇입니까?

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-7bfba29594 = 잠옷 규정에서 제외되는 영아용 의류

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-f03747c786 = 몸에 밀착되는 의류

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-61b5f59e32 = 16 CFR 1615를 충족해야 하는 잠옷

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-754dcd5051 = 사이즈가 9개월 이하이고 길이가 64.8 cm 이하입니다. 따라서 영아용 의류입니다. 16 CFR 1610을 충족해야 합니다.

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-5aa809303b = 잠옷을 1회 세탁한 후 시험했습니다. 영구 표시에는 무엇이라고 적어야 합니까?

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-df2c9a7756 = 추가로 적을 내용이 없음

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-ffb3d5b886 = 착용 전에 의류를 세탁하십시오.

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-187b3cee6e = 의류를 세탁하지 마십시오.

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-d0bdc7048a = 제품을 1회 세탁한 후 시험했다면, 표시에는 착용 전에 세탁하라는 내용이 있어야 합니다.

# Flammability of clothing and children's sleepwear › Sources (heading)
h-caf85b0888 = 출처

# Flammability of clothing and children's sleepwear › Sources (list item)
li-ddc6ecd8c2 = { "[" }eCFR: Part 1610, 의류용 섬유의 { -flammability }](https://www.ecfr.gov/current/title-16/part-1610)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-be8641e951 = { "[" }LII: 의류 물품(article of wearing apparel)의 정의(가연성직물법 규정)](https://www.law.cornell.edu/cfr/text/16/1609.1)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-1c4106bc63 = { "[" }eCFR: Part 1615, { -sleepwear }, 사이즈 0~6X](https://www.ecfr.gov/current/title-16/part-1615)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-9b74effef4 = { "[" }eCFR: Part 1616, { -sleepwear }, 사이즈 7~14](https://www.ecfr.gov/current/title-16/part-1616)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-272df4c080 = { "[" }eCFR: Section 1500.91, { -lead } 한도를 초과하지 않는 재료](https://www.ecfr.gov/current/title-16/section-1500.91)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-2f16add235 = { "[" }Federal Register: 의류용 섬유 최종 규칙, 2008년 3월 25일](https://webarchive.library.unt.edu/eot2008/20081011225550/http://edocket.access.gpo.gov/2008/E8-5569.htm)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-395136d727 = { "[" }Federal Register: 잠옷 규정 개정, 1996년 9월 9일](https://www.gpo.gov/fdsys/pkg/FR-1996-09-09/html/96-22697.htm)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-ab15dc523f = { "[" }Federal Register: 잠옷 규정 기술적 변경, 1999년 1월 19일](http://federal.elaws.us/fr/1/19/1999/99-1138)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-07e13d9535 = { "[" }Federal Register: 섬유와 { -lead }, 2015년 10월 14일](https://thefederalregister.org/80-FR/61729)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-7c46a3b4d9 = { "[" }CPSC: { -sleepwear } FAQ](https://cpsc.gov/FAQ/Childrens-Sleepwear)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-2bb8ea4713 = { "[" }CPSC: 영아용 의류 및 몸에 밀착되는 의류 FAQ](https://cpsc.gov/FAQ/Infant-Tightfitting-Garments)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-353bb2c28c = { "[" }CPSC: { -cpc }](http://www.cpsc.gov/cpc)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-ae450af3e8 = { "[" }CPSC: { -tracking-label } FAQ](https://cpsc.gov/FAQ/Tracking-Label)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-d920cda87d = { "[" }CPSC: 섬유 및 의류 규정에 관한 동영상(베트남어)](http://cpsc.gov/Business--Manufacturing/International/Vietnamese/Topics/Video-Clip---Regulations-for-Textile-and-Clothing-Products-March-2009/)
