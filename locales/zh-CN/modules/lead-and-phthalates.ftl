### Simplified Chinese translation of content/modules/lead-and-phthalates.md. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Lead and phthalates (title)
title-8513ec6135 = { -lead }和{ -phthalates }

# Lead and phthalates (summary)
summary-8555a4ca7a = { -childrens-product }必须符合美国的铅限值要求；儿童玩具和儿童护理用品必须符合八种{ -phthalates }的限值要求。

# Lead and phthalates (learning objective)
objective-bba68d140e = 说明儿童产品和油漆的铅限值。

# Lead and phthalates (learning objective)
objective-2e03da8c7e = 列出玩具和儿童护理用品中受限的八种{ -phthalates }。

# Lead and phthalates (learning objective)
objective-81b0faf50a = 说明哪些材料无需进行第三方铅检测。

# Lead and phthalates (learning objective)
objective-6e9dbac989 = 针对每种材料和部件规划铅和{ -phthalates }检查。

# Lead and phthalates (paragraph)
p-1bff7b3fd4 = 美国法律限制{ -childrens-product }中的铅，还限制儿童玩具和儿童护理用品中的八种{ -phthalates }。{ -childrens-product }是指主要为12岁及以下儿童设计或预期供其使用的消费品。玩具还必须符合其他规定，例如关于[小零件](toys-small-parts.md#warnings)的规定。

# Lead and phthalates › The limits (heading)
h-86151be5f8 = 限值

# Lead and phthalates › The limits (table cell)
td-e7e5a5723c = 物质

# Lead and phthalates › The limits (table cell)
td-674b0ed54b = 限值

# Lead and phthalates › The limits (table cell)
td-62845f31a2 = 法规

# Lead and phthalates › The limits (table cell)
td-a89b3b29a2 = 可触及部件中的铅

# Lead and phthalates › The limits (table cell)
td-e5ba3f8eb8 = 100 ppm

# Lead and phthalates › The limits (table cell)
td-12745b62bd = CPSIA第101条

# Lead and phthalates › The limits (table cell)
td-cd34006c74 = { -surface-coating }中的铅

# Lead and phthalates › The limits (table cell)
td-a9547a5a14 = 90 ppm

# Lead and phthalates › The limits (table cell)
td-7f7654ff4c = 16 CFR part 1303

# Lead and phthalates › The limits (table cell)
td-70b2b880da = 八种{ -phthalates }中的每一种

# Lead and phthalates › The limits (table cell)
td-c8b27c2ee2 = 0.1%

# Lead and phthalates › The limits (table cell)
td-ed3c41feb3 = 16 CFR part 1307

# Lead and phthalates › Total lead content (heading)
h-92e3c9e692 = { -total-lead-content }

# Lead and phthalates › Total lead content (paragraph)
p-0cf2cca865 = 如果{ -childrens-product }的某个可触及部件铅含量超过100 ppm，该产品即属于禁用危险物质。关于哪些部件属于可触及部件，CPSC的指南见16 CFR 1500.87。

# Lead and phthalates › Total lead content (paragraph)
p-9db316cacd = 该限值是分阶段实施的：

# Lead and phthalates › Total lead content (list item)
li-f2e918242b = 自2009年2月10日起为600 ppm；

# Lead and phthalates › Total lead content (list item)
li-a05a36b145 = 自2009年8月14日起为300 ppm；

# Lead and phthalates › Total lead content (list item)
li-52d6be82e1 = 自2011年8月14日起为100 ppm。

# Lead and phthalates › Total lead content (paragraph)
p-024451003a = 存在少数例外。某些电子元件适用例外规定（16 CFR 1500.88）。自行车、慢跑婴儿车和自行车拖车的金属部件限值为300 ppm。

# Lead and phthalates › Lead in paint and surface coatings (heading)
h-cd34006c74 = { -surface-coating }中的铅

# Lead and phthalates › Lead in paint and surface coatings (paragraph)
p-8c251a2c3b = 油漆及类似表面涂层的限值为0.009%，即90 ppm[^1]。该限值适用于儿童产品、某些家具产品以及家用油漆。2009年8月14日，该限值取代了原先0.06%的限值。

# Lead and phthalates › Lead in paint and surface coatings (paragraph)
p-8b26ac915a = 该百分比按总不挥发物或干燥漆膜的重量计算（16 CFR 1303.1(a)）。

# Lead and phthalates › Lead in paint and surface coatings (paragraph)
p-25b3f40b41 = 根据16 CFR 1303.2(b)(1)，以下各项不属于“油漆”：成为基材一部分的印刷油墨、电镀层和陶瓷釉。

# Lead and phthalates › Materials that need no lead testing (heading)
h-ef73cd106e = 无需进行铅检测的材料

# Lead and phthalates › Materials that need no lead testing (paragraph)
p-d7a3a52aad = 某些材料已被认定不会超过铅限值，这些材料列于16 CFR 1500.91。它们必须未经处理且未掺杂，例如未添加颜料、染料、涂层或饰面。示例：

# Lead and phthalates › Materials that need no lead testing (list item)
li-a749ba0b9f = 贵重宝石：钻石、红宝石、蓝宝石和祖母绿；

# Lead and phthalates › Materials that need no lead testing (list item)
li-824cf88741 = 某些半宝石；

# Lead and phthalates › Materials that need no lead testing (list item)
li-2c23fd3c9b = 天然或养殖珍珠；

# Lead and phthalates › Materials that need no lead testing (list item)
li-1cde420be6 = 木材；

# Lead and phthalates › Materials that need no lead testing (list item)
li-8a37d42d91 = 天然材料，如珊瑚、琥珀、羽毛、毛皮和未经处理的皮革；

# Lead and phthalates › Materials that need no lead testing (list item)
li-c9545e0dc5 = 外科用钢；

# Lead and phthalates › Materials that need no lead testing (list item)
li-3ed2dadeec = 至少10K的金、纯度至少为925/1000的标准银，以及铂族金属。

# Lead and phthalates › Materials that need no lead testing (paragraph)
p-b0e7fa99aa = 某些未经处理、未经表面加工的工程木制品列于16 CFR 1252.3(a)。

# Lead and phthalates › Materials that need no lead testing (paragraph)
p-f706e581da = 由天然纤维或人造纤维制成的纺织品，无论是否染色，也属于16 CFR 1500.91的范围。后处理附加工艺（如丝网印花和转印）不在此范围内。非纺织物品（如金属按扣和拉链）也不在此范围内。这些必须进行检测。

# Lead and phthalates › Materials that need no lead testing (paragraph)
p-5f8590b456 = 免于检测并不等于免于限值要求。企业仍须在{ -cpc }上证明符合铅要求。如果成品的铅含量超过100 ppm，企业仍须承担责任。

# Lead and phthalates › Materials that need no lead testing (paragraph)
p-3e28bebe70 = 在证书上，企业注明其所依据的豁免，而不是注明实验室。

# Lead and phthalates › Phthalates (heading)
h-4f2d1ee02d = { -phthalates }

# Lead and phthalates › Phthalates (paragraph)
p-7f4f2b5eb5 = 儿童玩具或儿童护理用品中，以下八种{ -phthalates }中任何一种的含量均不得超过0.1%。每种{ -phthalates }单独计算（16 CFR 1307.3）。

# Lead and phthalates › Phthalates (list item)
li-a9adae4eaf = DEHP、DBP和BBP由法律本身（CPSIA第108(a)条）禁用。

# Lead and phthalates › Phthalates (list item)
li-37424460c4 = DINP、DIBP、DPENP、DHEXP和DCHP由16 CFR part 1307增列。

# Lead and phthalates › Phthalates (paragraph)
p-16e21c9313 = DIDP和DnOP曾列入原先的临时禁令，但不在第1307部分的清单中。

# Lead and phthalates › Phthalates (paragraph)
p-507fea6fec = 该禁令适用于任何经增塑的部件，也适用于可能含有{ -phthalates }的任何其他部件。

# Lead and phthalates › Phthalates (paragraph)
p-3e377ca1ef = 儿童玩具是指制造商设计或预期供12岁及以下儿童在玩耍时使用的消费品。儿童护理用品是指设计或预期用于帮助3岁及以下儿童睡眠或进食，或帮助其吮吸或出牙的产品（16 CFR 1307.2）。

# Lead and phthalates › Phthalates (paragraph)
p-7572cbb6ef = 不可触及的部件无需进行{ -phthalates }检测（16 CFR part 1199）。某些塑料已被认定不含这些{ -phthalates }，无需进行{ -third-party-testing }（16 CFR 1308.2）。

# Lead and phthalates › What to do in the factory (heading)
h-2a572bd7e4 = 工厂须采取的措施

# Lead and phthalates › What to do in the factory (list item)
li-bdba9dd0b2 = 为每种儿童产品建立清单，列出其所有材料和部件。

# Lead and phthalates › What to do in the factory (list item)
li-16da9f5367 = 按90 ppm限值检测{ -surface-coating }。

# Lead and phthalates › What to do in the factory (list item)
li-eb0270385b = 检测金属部件、印花、转印图案及其他非纺织物品的{ -total-lead-content }。

# Lead and phthalates › What to do in the factory (list item)
li-c9825ac94c = 检测玩具和儿童护理用品的增塑部件中的八种{ -phthalates }。

# Lead and phthalates › What to do in the factory (list item)
li-53c2ab8138 = 在省略铅检测之前，先确认该材料列于16 CFR 1500.91，并确认其没有添加涂层或饰面。

# Lead and phthalates › What to do in the factory (list item)
li-2947048305 = 更改设计、工艺或供应商之前，请告知进口商。可能影响合规性的{ -material-change }需要重新进行{ -third-party-testing }，并需要新的证书。

# Lead and phthalates › Check your knowledge (heading)
h-27544b5c12 = 知识测验

# Lead and phthalates › Check your knowledge (list item)
li-3cd09c86f1 = { -childrens-product }可触及部件的{ -total-lead-content }限值是多少？

# Lead and phthalates › Check your knowledge (list item)
li-57a9eff7e7 = 600 ppm

# Lead and phthalates › Check your knowledge (list item)
li-68c5ab14e9 = 300 ppm

# Lead and phthalates › Check your knowledge (list item)
li-e5ba3f8eb8 = 100 ppm

# Lead and phthalates › Check your knowledge (list item)
li-a0dc5c4992 = 自2011年8月14日起，该限值为100 ppm。

# Lead and phthalates › Check your knowledge (list item)
li-72c1285d0b = 某款儿童T恤由染色棉布制成，带有丝网印花。哪个部分需要进行铅检测？

# Lead and phthalates › Check your knowledge (list item)
li-c599aed120 = 染色棉布

# Lead and phthalates › Check your knowledge (list item)
li-6db8a756a2 = 丝网印花

# Lead and phthalates › Check your knowledge (list item)
li-efc22e7bac = 两者都不需要

# Lead and phthalates › Check your knowledge (list item)
li-4b3a291d12 = 染色和未染色的纺织品均属于16 CFR 1500.91的范围。后处理附加工艺（如丝网印花）不在此范围内。

# Lead and phthalates › Check your knowledge (list item)
li-621f80a316 = 儿童玩具中八种{ -phthalates }各自的含量上限是多少？

# Lead and phthalates › Check your knowledge (list item)
li-8f4cc16232 = 如果玩具供3岁以上（不含3岁）儿童使用，则不限量

# Lead and phthalates › Check your knowledge (list item)
li-e89115c094 = 不超过0.1%

# Lead and phthalates › Check your knowledge (list item)
li-3d5ab598d2 = 不超过1%

# Lead and phthalates › Check your knowledge (list item)
li-18b5075bf3 = 每种{ -phthalates }的限值为0.1%。该限值适用于供12岁及以下儿童使用的儿童玩具。

# Lead and phthalates › Sources (heading)
h-caf85b0888 = 资料来源

# Lead and phthalates › Sources (list item)
li-f0a46f18ba = { "[" }eCFR：第1303部分，油漆中的铅](https://www.ecfr.gov/current/title-16/part-1303)

# Lead and phthalates › Sources (list item)
li-51c386563e = { "[" }eCFR：第1307部分，邻苯二甲酸酯](https://www.ecfr.gov/current/title-16/part-1307)

# Lead and phthalates › Sources (list item)
li-9d43f7bba1 = { "[" }eCFR：第1308部分，关于某些塑料的认定](https://www.ecfr.gov/current/title-16/part-1308)

# Lead and phthalates › Sources (list item)
li-272df4c080 = { "[" }eCFR：第1500.91节，不超过铅含量限值的材料](https://www.ecfr.gov/current/title-16/section-1500.91)

# Lead and phthalates › Sources (list item)
li-59a400fb00 = { "[" }CPSC：总铅含量企业指南](https://cpsc.gov/Business--Manufacturing/Business-Education/Lead/Total-Lead-Content-Business-Guidance-and-Small-Entity-Compliance-Guide)

# Lead and phthalates › Sources (list item)
li-b38d63eac7 = { "[" }CPSC：油漆中的铅常见问题](https://cpsc.gov/FAQ/Lead-in-Paint)

# Lead and phthalates › Sources (list item)
li-353bb2c28c = { "[" }CPSC：{ -cpc }](http://www.cpsc.gov/cpc)
