### Simplified Chinese translation of content/modules/toys-small-parts.md. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Small parts and choking hazards (title)
title-95f5a38672 = { -small-parts }与{ -choking-hazard }

# Small parts and choking hazards (summary)
summary-c76b1b9bd0 = 供3岁以下儿童使用的玩具不得含有{ -small-parts }；部分供较大儿童使用的玩具必须附有{ -choking-hazard }警告。

# Small parts and choking hazards (learning objective)
objective-e951df28dd = 说明哪些玩具不得含有{ -small-parts }。

# Small parts and choking hazards (learning objective)
objective-be7bf10b04 = 正确使用{ -small-parts-cylinder }。

# Small parts and choking hazards (learning objective)
objective-fb249fb753 = 为玩具、球、弹珠或气球选择正确的{ -choking-hazard }警告。

# Small parts and choking hazards (learning objective)
objective-98a628977e = 说明在何种情况下窒息事故必须在24小时内向{ -cpsc }报告。

# Small parts and choking hazards (paragraph)
p-36d4898f4f = 幼儿可能被{ -small-parts }噎住而窒息。因此，美国法规禁止供3岁以下儿童使用的玩具含有{ -small-parts }。部分供较大儿童使用的玩具还必须附有{ -warning-label }。

# Small parts and choking hazards › Which products are covered (heading)
h-6923fc03be = 适用哪些产品

# Small parts and choking hazards › Which products are covered (paragraph)
p-7abecd7362 = 供3岁以下儿童使用的玩具或其他物品，不得因含有{ -small-parts }而造成窒息、吸入或吞食危险。否则即属于禁用危险物质。相关规定见16 CFR part 1501和16 CFR 1500.18(a)(9)。

# Small parts and choking hazards › Which products are covered (paragraph)
p-238950986a = 适用{ -small-parts }规定的玩具属于{ -childrens-product }。{ -childrens-product }是指主要为12岁及以下儿童设计或预期供其使用的产品。{ -childrens-product }还必须符合其他规定，例如[铅含量限值](lead-and-phthalates.md#limits)。

# Small parts and choking hazards › The small parts test (heading)
h-d2f5ab47e2 = { -small-parts }测试

# Small parts and choking hazards › The small parts test (paragraph)
p-69b5affb40 = 该测试使用{ -small-parts-cylinder }。测试规定见16 CFR 1501.4。

# Small parts and choking hazards › The small parts test (list item)
li-d8e9b99168 = 将物品放入试验器，不得挤压。

# Small parts and choking hazards › The small parts test (list item)
li-5dc8d52e23 = 如果物品以任一方向放置时能完全容纳于试验器内，即为不合格。

# Small parts and choking hazards › The small parts test (list item)
li-d2ed776cfa = 如果物品不能完全容纳于试验器内，则按16 CFR 1500.51和1500.52进行正常使用和滥用测试，但不进行其中的咬合测试。

# Small parts and choking hazards › The small parts test (list item)
li-c9c6855e0c = 将每个脱落的部件放入试验器。纸、织物、纱线、绒毛、松紧带和绳线不用试验器测试。

# Small parts and choking hazards › The small parts test (paragraph)
p-8b05d36104 = 判定是否合规时，以法规中的英寸尺寸为准。

# Small parts and choking hazards › The small parts test (paragraph)
p-c10fac15df = 玩具可能通过了初步检查，但最终仍不合格。部件可能在正常使用和滥用测试中脱落。如果脱落部件能完全容纳于试验器内，则供3岁以下儿童使用的玩具不合格。

# Small parts and choking hazards › Warning labels (heading)
h-1643e9d576 = { -warning-label }

# Small parts and choking hazards › Warning labels (paragraph)
p-3e50867686 = 1994年《儿童安全保护法》（Child Safety Protection Act）将{ -choking-hazard }警告纳入美国法律[^1]。相关规定为16 CFR 1500.19。每条警告依次包括：安全警示符号、<span class="label">WARNING:</span>（警告：）一词、<span class="label">CHOKING HAZARD --</span>（窒息危险——）字样，以及下表中的文字。

# Small parts and choking hazards › Warning labels (paragraph)
p-eeaa70f537 = 该法在《联邦危险物品法》（Federal Hazardous Substances Act）中增加了第24条。CPSC关于这些警告的法规于1995年8月28日生效。

# Small parts and choking hazards › Warning labels (paragraph)
p-af5db7906c = 小球是指能完全穿过刚性模板上孔径为1.75英寸（44.4毫米）的孔的球，该模板厚1/4英寸（6毫米）（16 CFR 1500.19(a)(2)）。“球”包括系在玩具上的球，但不包括骰子，也不包括永久封闭在弹球机、迷宫及类似容器中的球。

# Small parts and choking hazards › Warning labels (table cell)
td-fb9ef89417 = 产品

# Small parts and choking hazards › Warning labels (table cell)
td-4b804f01a4 = 警告文字

# Small parts and choking hazards › Warning labels (table cell)
td-65e76a682f = 含{ -small-parts }、适用于3岁至6岁以下儿童的玩具或游戏

# Small parts and choking hazards › Warning labels (table cell)
td-dba9190e71 = <span class="label">Small parts. Not for children under 3 yrs.</span>（小零件。不适合3岁以下儿童。）

# Small parts and choking hazards › Warning labels (table cell)
td-6d142d08d4 = 适用于3岁及以上儿童的小球

# Small parts and choking hazards › Warning labels (table cell)
td-c10f292ba4 = <span class="label">This toy is a small ball. Not for children under 3 yrs.</span>（本玩具为小球。不适合3岁以下儿童。）

# Small parts and choking hazards › Warning labels (table cell)
td-e5985e4079 = 含小球、适用于3岁至8岁以下儿童的玩具

# Small parts and choking hazards › Warning labels (table cell)
td-ce3d2e2e8f = <span class="label">Toy contains a small ball. Not for children under 3 yrs.</span>（玩具含有小球。不适合3岁以下儿童。）

# Small parts and choking hazards › Warning labels (table cell)
td-6c6bb0a51a = 弹珠

# Small parts and choking hazards › Warning labels (table cell)
td-16fae5a35b = <span class="label">This toy is a marble. Not for children under 3 yrs.</span>（本玩具为弹珠。不适合3岁以下儿童。）

# Small parts and choking hazards › Warning labels (table cell)
td-e940fed986 = 含弹珠、适用于3岁至8岁以下儿童的玩具

# Small parts and choking hazards › Warning labels (table cell)
td-f5f3e329f9 = <span class="label">Toy contains a marble. Not for children under 3 yrs.</span>（玩具含有弹珠。不适合3岁以下儿童。）

# Small parts and choking hazards › Warning labels (paragraph)
p-c0cab95248 = 乳胶气球，或含乳胶气球的玩具或游戏，须附有以下警告：<span class="label">CHOKING HAZARD -- Children under 8 yrs. can choke or suffocate on uninflated or broken balloons. Adult supervision required. Keep uninflated balloons from children. Discard broken balloons at once.</span>（窒息危险——8岁以下儿童可能因未充气或破损的气球而噎住或窒息。须在成人监护下使用。未充气的气球应远离儿童。破损的气球应立即丢弃。）

# Small parts and choking hazards › Warning labels (paragraph)
p-48517ecfbf = 供3岁以下儿童使用的小球属于禁用品。

# Small parts and choking hazards › Warning labels (paragraph)
p-ca1f7a31a9 = 上述警告文字摘自CPSC关于《儿童安全保护法》的情况说明（fact sheet）。印制标签前，请核对16 CFR 1500.19(b)的现行文本，并与美国进口商商定最终标签。

# Small parts and choking hazards › Reporting choking incidents (heading)
h-87235c7b10 = 报告窒息事故

# Small parts and choking hazards › Reporting choking incidents (paragraph)
p-01fd0c1168 = 部分窒息事故必须在24小时内向CPSC报告。相关规定为16 CFR part 1117[^2]。该规定适用于以下产品的制造商、分销商、零售商和进口商：

# Small parts and choking hazards › Reporting choking incidents (list item)
li-c784479d6b = 弹珠、小球和乳胶气球；

# Small parts and choking hazards › Reporting choking incidents (list item)
li-f3c7d76b6e = 含有弹珠、小球、乳胶气球或其他{ -small-parts }的玩具或游戏。

# Small parts and choking hazards › Reporting choking incidents (paragraph)
p-4beb1e41a5 = 该规定于1995年2月27日发布（60 FR 10490），于1995年3月29日生效。

# Small parts and choking hazards › Reporting choking incidents (paragraph)
p-17a4815e9d = 如果上述企业掌握的信息可合理支持以下两项均属实的结论，则必须在24小时内报告：

# Small parts and choking hazards › Reporting choking incidents (list item)
li-428ac85733 = 儿童被玩具或游戏中的弹珠、小球、乳胶气球或其他{ -small-parts }噎住。

# Small parts and choking hazards › Reporting choking incidents (list item)
li-bf4fab1bff = 该儿童因此死亡、受到严重伤害、出现任何时长的呼吸停止，或接受了医疗专业人员的治疗。

# Small parts and choking hazards › Reporting choking incidents (paragraph)
p-9635009d3c = 如获悉窒息事故，请立即告知{ -importer }，切勿拖延。上述企业只有24小时的报告期限。

# Small parts and choking hazards › What to do in the factory (heading)
h-2a572bd7e4 = 工厂须采取的措施

# Small parts and choking hazards › What to do in the factory (list item)
li-eaa5f3ba0b = 测试前，先核对每件玩具的适用年龄分级。

# Small parts and choking hazards › What to do in the factory (list item)
li-d49681b4ff = 对于供3岁以下儿童使用的玩具，用{ -small-parts-cylinder }测试其每一个部件。

# Small parts and choking hazards › What to do in the factory (list item)
li-dbb7121419 = 进行正常使用和滥用测试，然后测试每个脱落的部件。

# Small parts and choking hazards › What to do in the factory (list item)
li-53e9c439aa = 用1.75英寸（44.4毫米）模板检查球类。

# Small parts and choking hazards › What to do in the factory (list item)
li-e84df7a849 = 检查供3岁及以上儿童使用的玩具、球、弹珠和气球上的警告。

# Small parts and choking hazards › What to do in the factory (list item)
li-23c16ec3db = 保存所有测试记录。进口商需要依据这些记录签发{ -cpc }，证明产品合规。

# Small parts and choking hazards › What to do in the factory (paragraph)
p-127424228a = CPSC介绍其北京办事处的网页称，在美国购买的玩具中，近90%由中国的制造企业生产。该网页未注明日期。对于在国外生产的玩具，由美国进口商签发{ -cpc }。该证书须以CPSC认可的第三方实验室出具的合格测试结果为依据。证书和测试报告必须使用英文。

# Small parts and choking hazards › Check your knowledge (heading)
h-27544b5c12 = 知识测验

# Small parts and choking hazards › Check your knowledge (list item)
li-1c9220f48e = 某玩具供3岁以下儿童使用。在正常使用和滥用测试中，有一个部件脱落。您应该怎么做？

# Small parts and choking hazards › Check your knowledge (list item)
li-e12308b88c = 无需处理，因为只测试整件玩具。

# Small parts and choking hazards › Check your knowledge (list item)
li-192c379d5e = 将该部件放入{ -small-parts-cylinder }。

# Small parts and choking hazards › Check your knowledge (list item)
li-465f17d93a = 在玩具上加贴{ -choking-hazard }警告。

# Small parts and choking hazards › Check your knowledge (list item)
li-e10d499a5a = 脱落的部件要放入试验器测试。如果该部件能完全容纳于试验器内，则玩具不合格。

# Small parts and choking hazards › Check your knowledge (list item)
li-feb12d3e84 = 哪种产品需要附有<span class="label">Small parts. Not for children under 3 yrs.</span>（小零件。不适合3岁以下儿童。）警告？

# Small parts and choking hazards › Check your knowledge (list item)
li-5dfbd3f3f4 = 供3岁以下儿童使用的玩具

# Small parts and choking hazards › Check your knowledge (list item)
li-d1cb35d9dc = 含{ -small-parts }、适用于3岁至6岁以下儿童的玩具或游戏

# Small parts and choking hazards › Check your knowledge (list item)
li-654ab4260a = 所有供12岁及以下儿童使用的玩具

# Small parts and choking hazards › Check your knowledge (list item)
li-1cb48ddbe7 = 供3岁以下儿童使用的玩具根本不得含有{ -small-parts }。该警告适用于供3岁及以上、6岁以下儿童使用的玩具和游戏。

# Small parts and choking hazards › Check your knowledge (list item)
li-7dd5af7111 = 某个球能完全穿过模板上1.75英寸（44.4毫米）的孔。它属于什么？

# Small parts and choking hazards › Check your knowledge (list item)
li-a3ebb633a0 = 小球

# Small parts and choking hazards › Check your knowledge (list item)
li-7d40ac6018 = 弹珠

# Small parts and choking hazards › Check your knowledge (list item)
li-38a6a23304 = 气球

# Small parts and choking hazards › Check your knowledge (list item)
li-727d4a84e8 = 这个球属于小球。供3岁以下儿童使用的小球属于禁用品。供较大儿童使用的，须附有警告。

# Small parts and choking hazards › Check your knowledge (list item)
li-3f2ff91fe8 = 一名儿童被玩具中的小球噎住，短时间停止呼吸。进口商获悉了此事。进口商必须在何时向CPSC报告？

# Small parts and choking hazards › Check your knowledge (list item)
li-fda2336f86 = 24小时内

# Small parts and choking hazards › Check your knowledge (list item)
li-9d5cbf69f3 = 10天内

# Small parts and choking hazards › Check your knowledge (list item)
li-f4906c8872 = 无需报告，因为该儿童没有死亡。

# Small parts and choking hazards › Check your knowledge (list item)
li-c398b3ae61 = 16 CFR part 1117要求在24小时内报告。儿童出现任何时长的呼吸停止即属于须报告的情形之一，并不以死亡为前提。

# Small parts and choking hazards › Sources (heading)
h-caf85b0888 = 资料来源

# Small parts and choking hazards › Sources (list item)
li-b1dff48900 = { "[" }eCFR：第1501部分，小零件](https://www.ecfr.gov/current/title-16/part-1501)

# Small parts and choking hazards › Sources (list item)
li-ab72dce95d = { "[" }eCFR：第1500.18节，禁用玩具和物品](https://www.ecfr.gov/current/title-16/section-1500.18)

# Small parts and choking hazards › Sources (list item)
li-bc639be434 = { "[" }eCFR：第1500.19节，窒息危险警告](https://www.ecfr.gov/current/title-16/section-1500.19)

# Small parts and choking hazards › Sources (list item)
li-5276172d68 = { "[" }《联邦公报》（Federal Register）：窒息危险标签规则，1995年2月27日](https://www.govinfo.gov/content/pkg/FR-1995-02-27/html/95-4484.htm)

# Small parts and choking hazards › Sources (list item)
li-2a1b7237b9 = { "[" }eCFR：第1117部分，窒息事故报告](https://www.ecfr.gov/current/title-16/part-1117)

# Small parts and choking hazards › Sources (list item)
li-0931c92c47 = { "[" }《联邦公报》（Federal Register）：窒息事故报告，最终规则，1995年2月27日](http://federal.elaws.us/fr/2/27/1995/95-4483)

# Small parts and choking hazards › Sources (list item)
li-30cde9875c = { "[" }CPSC：{ -cpc }](https://www.cpsc.gov/Business--Manufacturing/Testing-Certification/Childrens-Product-Certificate-CPC/)

# Small parts and choking hazards › Sources (list item)
li-f30ee94a2c = { "[" }CPSC：北京区域产品安全办事处](http://www.cpsc.gov/Business--Manufacturing/International/CPSC-Regional-Product-Safety-Office-Beijing/)
