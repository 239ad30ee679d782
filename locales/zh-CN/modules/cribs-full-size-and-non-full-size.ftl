### Simplified Chinese translation of content/modules/cribs-full-size-and-non-full-size.md. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Full-size and non-full-size cribs (title)
title-67f0745d6b = { -full-size-crib }和{ -non-full-size-crib }

# Full-size and non-full-size cribs (summary)
summary-0f591f25e5 = { -full-size-crib }和{ -non-full-size-crib }必须符合美国强制性安全标准，且每张婴儿床都必须附有消费者注册卡。

# Full-size and non-full-size cribs (learning objective)
objective-96707f80ab = 说出适用于{ -full-size-crib }和{ -non-full-size-crib }的法规。

# Full-size and non-full-size cribs (learning objective)
objective-568c8c65e5 = 说明哪些主体必须遵守婴儿床法规，包括托儿机构和酒店。

# Full-size and non-full-size cribs (learning objective)
objective-7928d3d362 = 说明婴儿床的检测和证书义务。

# Full-size and non-full-size cribs (learning objective)
objective-1fb71c7f21 = 为每张婴儿床准备注册卡和永久性标记。

# Full-size and non-full-size cribs (paragraph)
p-c32429e871 = 婴儿床属于耐用婴幼儿产品，美国法律为其规定了强制性安全标准。本单元介绍两项婴儿床法规、哪些主体必须遵守，以及每张婴儿床必须附带的注册卡。

# Full-size and non-full-size cribs › The two crib rules (heading)
h-8940493553 = 两项婴儿床法规

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-fb9ef89417 = 产品

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-62845f31a2 = 法规

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-e90a77266e = 依据标准

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-6496ea9d92 = { -full-size-crib }

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-d962d1c544 = 16 CFR part 1219

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-647b32c527 = ASTM F1169

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-a5f3dddb66 = { -non-full-size-crib }

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-32970fd515 = 16 CFR part 1220

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-a70ac9d1a9 = ASTM F406

# Full-size and non-full-size cribs › The two crib rules (paragraph)
p-a9557af476 = CPSC于2010年12月28日以一项最终规则发布了这两项法规，依据是《消费品安全改进法》（CPSIA）第104(b)条。第104(b)条要求CPSC发布与ASTM自愿性标准实质相同或更为严格的标准，并规定了在ASTM修订其标准时更新法规的程序。

# Full-size and non-full-size cribs › The two crib rules (paragraph)
p-68c1e6835e = 2010年的规则纳入了这些ASTM标准的早期版本，并作了部分修改。此后，两项法规均已更新：

# Full-size and non-full-size cribs › The two crib rules (list item)
li-2042abc1dd = { -non-full-size-crib }法规现已纳入ASTM F406-24，该更新于2025年4月5日生效。

# Full-size and non-full-size cribs › The two crib rules (list item)
li-786bd04ab6 = 2026年5月4日发布的一项直接最终规则将{ -full-size-crib }法规更新为采用ASTM F1169-25[^f1169]。该规则规定的生效日期为2026年8月1日，除非CPSC在收到重大反对意见后将其撤回。ASTM F1169-25增加了对带网状或织物侧面的{ -full-size-crib }的要求。

# Full-size and non-full-size cribs › The two crib rules (paragraph)
p-05efd3d96d = 该规则为91 FR 23908，案卷号CPSC-2010-0075。

# Full-size and non-full-size cribs › The two crib rules (paragraph)
p-9c8518c1b6 = ASTM标准会不断修订。测试婴儿床前，请在eCFR中核对16 CFR part 1219或1220当前引用的是哪一版本，并与{ -importer }商定测试计划。

# Full-size and non-full-size cribs › The two crib rules (paragraph)
p-c606644f01 = 一些类似产品有各自的法规。{ -play-yard }适用16 CFR part 1221，该法规采用ASTM F406，但不包括仅适用于{ -non-full-size-crib }的章节。{ -crib-mattress }适用16 CFR part 1241。

# Full-size and non-full-size cribs › New and used cribs (heading)
h-07da977400 = 新婴儿床和旧婴儿床

# Full-size and non-full-size cribs › New and used cribs (paragraph)
p-ba149473b7 = 婴儿床法规于2011年6月28日对制造商、零售商等主体生效。法规既适用于新婴儿床，也适用于旧婴儿床（CPSIA第104(c)条）。

# Full-size and non-full-size cribs › New and used cribs (paragraph)
p-ac9cf952c5 = 这些法规也适用于出租或转租婴儿床的任何人，以及以其他方式将婴儿床投放市场的任何人。

# Full-size and non-full-size cribs › Child care facilities and hotels (heading)
h-38b8165ff3 = 托儿机构和酒店

# Full-size and non-full-size cribs › Child care facilities and hotels (paragraph)
p-3cdb343fd3 = 婴儿床法规也适用于为他人子女使用婴儿床的场所：

# Full-size and non-full-size cribs › Child care facilities and hotels (list item)
li-6728dd22a6 = 托儿机构；

# Full-size and non-full-size cribs › Child care facilities and hotels (list item)
li-b0d634cd94 = 家庭托儿所；

# Full-size and non-full-size cribs › Child care facilities and hotels (list item)
li-475ca96abd = 公共住宿场所，例如酒店。

# Full-size and non-full-size cribs › Child care facilities and hotels (paragraph)
p-7b6dfd17a6 = 这些场所须在2012年12月28日之前符合要求。

# Full-size and non-full-size cribs › Child care facilities and hotels (paragraph)
p-4e6f683408 = 婴儿床的部分买家是托儿机构、酒店和婴儿床租赁公司。它们使用的婴儿床也必须符合法规。

# Full-size and non-full-size cribs › Testing and certificates (heading)
h-ea5727a1d6 = 检测和证书

# Full-size and non-full-size cribs › Testing and certificates (paragraph)
p-0f0748b25a = 婴儿床法规属于儿童产品安全法规。因此，每个婴儿床型号都需要：

# Full-size and non-full-size cribs › Testing and certificates (list item)
li-617c67c7a7 = 由CPSC认可的第三方实验室进行检测；

# Full-size and non-full-size cribs › Testing and certificates (list item)
li-a324280318 = { -cpc }；

# Full-size and non-full-size cribs › Testing and certificates (list item)
li-b10f145461 = 消费者注册卡。

# Full-size and non-full-size cribs › Testing and certificates (paragraph)
p-aacdb728be = 对于在国外生产的婴儿床，由{ -importer }签发CPC。证书和测试报告必须使用英文。对于进口产品，必须在入境时以电子方式申报证书数据，自2026年7月8日起适用；对于来自对外贸易区的产品，自2027年1月8日起适用。

# Full-size and non-full-size cribs › Testing and certificates (paragraph)
p-ba889d9ab5 = 设计、制造工艺或零部件来源的{ -material-change }可能影响合规性。此时，婴儿床需要重新进行{ -third-party-testing }并签发新的CPC（16 CFR 1107.23(a)）。

# Full-size and non-full-size cribs › Testing and certificates (paragraph)
p-07fdf8ce55 = 与所有{ -childrens-product }一样，婴儿床及其包装需要在切实可行的范围内加贴{ -tracking-label }。这些是永久性标记，显示制造商或自有品牌商、生产地点和日期，以及批号或生产批次号等详细信息。耐用婴幼儿产品对产品本身和外包装还有额外的标签规定。

# Full-size and non-full-size cribs › Registration cards (heading)
h-2b8e2b8a02 = 注册卡

# Full-size and non-full-size cribs › Registration cards (paragraph)
p-1b44aff9c2 = 耐用婴幼儿产品需要附有消费者注册卡，相关法规为16 CFR part 1130[^1]。{ -full-size-crib }和{ -non-full-size-crib }的合规日期为2010年6月28日。

# Full-size and non-full-size cribs › Registration cards (paragraph)
p-ffa0a1d97f = 注册卡法规于2009年12月29日发布（74 FR 68668），于2010年6月28日生效。

# Full-size and non-full-size cribs › Registration cards (paragraph)
p-a4c8c4eb4d = 每个制造商必须：

# Full-size and non-full-size cribs › Registration cards (list item)
li-eca1f869e9 = 随每件产品提供一份邮资已付的消费者注册表；

# Full-size and non-full-size cribs › Registration cards (list item)
li-10882c28ef = 保存已注册消费者的记录；

# Full-size and non-full-size cribs › Registration cards (list item)
li-f95c85f841 = 在产品上永久标明制造商名称和联系方式、型号名称和编号以及生产日期。

# Full-size and non-full-size cribs › Registration cards (paragraph)
p-9cece9bd52 = 根据该法规，进口商视为制造商。

# Full-size and non-full-size cribs › Registration cards (paragraph)
p-929c83b978 = 注册表必须（16 CFR 1130.5）：

# Full-size and non-full-size cribs › Registration cards (list item)
li-c91230a994 = 以英文提供所有规定信息；

# Full-size and non-full-size cribs › Registration cards (list item)
li-ee50410b54 = 附在产品表面，使消费者必然会注意到并接触到它；

# Full-size and non-full-size cribs › Registration cards (list item)
li-8d5bd23cc1 = 显示制造商名称、型号名称和编号以及生产日期；

# Full-size and non-full-size cribs › Registration cards (list item)
li-37952aac5c = 提供网上注册的途径；

# Full-size and non-full-size cribs › Registration cards (list item)
li-aa75da0542 = 声明所收集的数据仅用于召回或安全警示目的。

# Full-size and non-full-size cribs › Registration cards (paragraph)
p-7636fca892 = 单独销售的配件不在此列。对于由多个组件构成的系统，在主要组件上附一张注册卡即可。

# Full-size and non-full-size cribs › Registration cards (paragraph)
p-671ee87426 = 将注册卡附在婴儿床表面，确保消费者会注意到并接触到它。检查注册卡上的型号名称、型号编号和生产日期是否与婴儿床上的永久性标记一致。

# Full-size and non-full-size cribs › What to do in the factory (heading)
h-2a572bd7e4 = 工厂须采取的措施

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-3f934a995d = 判定产品属于{ -full-size-crib }、{ -non-full-size-crib }还是{ -play-yard }。每类产品都有各自的法规。

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-481f2a290c = 按照法规当前引用的ASTM标准版本进行测试。

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-7af5300628 = 将每个婴儿床型号送交CPSC认可的第三方实验室检测。

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-d631a3f1ea = 在每张婴儿床上永久标明名称和联系方式、型号名称和编号以及生产日期。

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-7f3e11ce87 = 在每张婴儿床上附一张邮资已付的英文注册卡。

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-e8b1e3f3ac = 在婴儿床及其包装上标注追踪信息。

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-65e3dc7b79 = 变更设计、工艺或供应商之前，先告知进口商。

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-f4f53254b9 = 保存所有测试记录。进口商需要依据这些记录签发{ -cpc }，证明婴儿床合规。

# Full-size and non-full-size cribs › What to do in the factory (paragraph)
p-f43534ac93 = CPSC介绍其北京办事处的网页称，在服装、婴儿床和婴幼儿用品等较高风险的儿童产品中，有很大一部分由中国的制造企业生产。该网页未注明日期。该办事处于2011年1月设立，是CPSC的第一个海外办事处。

# Full-size and non-full-size cribs › Check your knowledge (heading)
h-27544b5c12 = 知识测验

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-9bd08e8f3b = 哪项法规适用于{ -non-full-size-crib }？

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-d962d1c544 = 16 CFR part 1219

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-32970fd515 = 16 CFR part 1220

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-fcaf96e5d9 = 16 CFR part 1130

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-8e2c429255 = 16 CFR part 1220适用于{ -non-full-size-crib }，以ASTM F406为依据。16 CFR part 1219适用于{ -full-size-crib }。

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-16c95e8f25 = 某酒店在客房中放置婴儿床。这些婴儿床是否必须符合婴儿床法规？

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-02704f083f = 否，因为酒店不销售婴儿床。

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-c59d170731 = 是。公共住宿场所须在2012年12月28日之前符合要求。

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-345e3007a1 = 仅当婴儿床是新的时才需要。

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-547726932e = 婴儿床法规适用于托儿机构、家庭托儿所以及酒店等公共住宿场所，既适用于新婴儿床，也适用于旧婴儿床。

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-114b9d7ed6 = 注册表必须就消费者数据作出什么说明？

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-62ee32b746 = 数据可以出售给其他公司

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-c92d93acaf = 数据仅用于召回或安全警示目的

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-67e1bca088 = 无需作出任何说明

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-eb525dff18 = 16 CFR 1130.5要求作出这一声明。注册表还必须提供网上注册的途径。

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-fd59b5a3f5 = 注册表必须用哪种语言提供规定信息？

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-ba118bf7fc = 英文

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-f69acb290c = 工厂所在国家的语言

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-fb3b2acda0 = 任何语言

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-505155b9fc = 所有规定信息都必须使用英文。

# Full-size and non-full-size cribs › Sources (heading)
h-caf85b0888 = 资料来源

# Full-size and non-full-size cribs › Sources (list item)
li-75eb680811 = { "[" }eCFR：第1219部分，全尺寸婴儿床](https://www.ecfr.gov/current/title-16/part-1219)

# Full-size and non-full-size cribs › Sources (list item)
li-d46c17610f = { "[" }eCFR：第1220部分，非全尺寸婴儿床](https://www.ecfr.gov/current/title-16/part-1220)

# Full-size and non-full-size cribs › Sources (list item)
li-0e5c20d617 = { "[" }eCFR：第1130部分，消费者注册卡](https://www.ecfr.gov/current/title-16/part-1130)

# Full-size and non-full-size cribs › Sources (list item)
li-8413429241 = { "[" }《联邦公报》（Federal Register）：婴儿床法规，2010年12月28日](http://www.gpo.gov/fdsys/pkg/FR-2010-12-28/html/2010-32178.htm)

# Full-size and non-full-size cribs › Sources (list item)
li-87fe31cba3 = { "[" }《联邦公报》（Federal Register）：婴儿床法规的合规日期](http://federal.elaws.us/fr/notice/12/28/2010/2010-32178)

# Full-size and non-full-size cribs › Sources (list item)
li-20809eff7e = { "[" }《联邦公报》（Federal Register）：非全尺寸婴儿床，ASTM F406-24，2025年1月31日](https://regulations.justia.com/regulations/fedreg/2025/01/31/2025-01721.html)

# Full-size and non-full-size cribs › Sources (list item)
li-a28e09112c = { "[" }《联邦公报》（Federal Register）：全尺寸婴儿床，ASTM F1169-25，2026年5月4日](https://www.govinfo.gov/content/pkg/FR-2026-05-04/html/2026-08632.htm)

# Full-size and non-full-size cribs › Sources (list item)
li-d734a4831f = { "[" }《联邦公报》（Federal Register）：游戏围栏，2025年1月29日](https://govinfo.gov/content/pkg/FR-2025-01-29/html/2025-01658.htm)

# Full-size and non-full-size cribs › Sources (list item)
li-84c53c5461 = { "[" }《联邦公报》（Federal Register）：注册卡，2009年12月29日](http://edocket.access.gpo.gov/2009/E9-30485.htm)

# Full-size and non-full-size cribs › Sources (list item)
li-48eb455674 = { "[" }CPSC：注册卡常见问题](https://www.cpsc.gov/FAQ/Registration-Cards)

# Full-size and non-full-size cribs › Sources (list item)
li-30cde9875c = { "[" }CPSC：{ -cpc }](https://www.cpsc.gov/Business--Manufacturing/Testing-Certification/Childrens-Product-Certificate-CPC/)

# Full-size and non-full-size cribs › Sources (list item)
li-8842c36139 = { "[" }CPSC：电子申报（eFiling）](https://cpsc.gov/eFiling)

# Full-size and non-full-size cribs › Sources (list item)
li-c9b7cfeaa7 = { "[" }CPSC：{ -tracking-label }](https://cpsc.gov/trackinglabel)

# Full-size and non-full-size cribs › Sources (list item)
li-f30ee94a2c = { "[" }CPSC：北京区域产品安全办事处](http://www.cpsc.gov/Business--Manufacturing/International/CPSC-Regional-Product-Safety-Office-Beijing/)
