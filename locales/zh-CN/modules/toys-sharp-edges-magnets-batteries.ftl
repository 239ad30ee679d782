### Simplified Chinese translation of content/modules/toys-sharp-edges-magnets-batteries.md. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Sharp points, sharp edges, magnets and button batteries (title)
title-7498fed225 = { -sharp-point }、{ -sharp-edge }、{ -magnet }和纽扣电池

# Sharp points, sharp edges, magnets and button batteries (summary)
summary-1f6f2326b8 = 供8岁以下儿童使用的玩具须进行{ -sharp-point }和{ -sharp-edge }测试；玩具以及部分其他产品如含有小磁体或纽扣电池、硬币电池，必须符合美国的专门规定。

# Sharp points, sharp edges, magnets and button batteries (learning objective)
objective-d44105b13a = 说明哪些玩具须进行{ -sharp-point }和{ -sharp-edge }测试。

# Sharp points, sharp edges, magnets and button batteries (learning objective)
objective-390c1c1af7 = 说明因功能需要而带有锐利尖端或边缘的玩具在何种情况下可获豁免。

# Sharp points, sharp edges, magnets and button batteries (learning objective)
objective-d049a82fd6 = 说出适用于玩具中的{ -magnet }和受管辖磁体产品中的{ -magnet }的法规。

# Sharp points, sharp edges, magnets and button batteries (learning objective)
objective-c150439cf5 = 说明美国对含有纽扣电池和硬币电池的产品的规定。

# Sharp points, sharp edges, magnets and button batteries (paragraph)
p-e1076567c4 = 玩具上的{ -sharp-point }和{ -sharp-edge }可能伤害儿童，美国法规为此规定了测试。{ -magnet }和{ -button-battery }也有各自的美国法规。本单元介绍这些法规。

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (heading)
h-187a5e3271 = 适用哪些法规

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-5c5f3b2772 = 危险

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-4edc8bfafc = 产品

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-62845f31a2 = 法规

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-78e4f26094 = { -sharp-point }

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-8863e7e212 = 供8岁以下儿童使用的玩具和物品

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-cc1c8c8b34 = 16 CFR 1500.48

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-47b05425f3 = 金属或玻璃锐利边缘

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-bba0c65bf3 = 16 CFR 1500.49

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-f176079c18 = 玩具中的{ -magnet }

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-fd16c1f32f = 玩具

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-41ccdd70fa = ASTM F963（16 CFR 1250.2）

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-dfdca3bd47 = 受管辖磁体产品中的{ -magnet }

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-8b8718f951 = 部分非玩具产品（见下文）

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-f9c0aa89ca = 16 CFR part 1262

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-c9369ba338 = 玩具中的纽扣电池和硬币电池

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-e5c00fcbdc = 供14岁以下儿童使用的玩具

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-0478ef8603 = 其他产品中的纽扣电池和硬币电池

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-870a37fb8f = 含有此类电池的其他消费品

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-6c8d8c0fce = 16 CFR part 1263

# Sharp points, sharp edges, magnets and button batteries › Sharp points and sharp edges (heading)
h-fa8517b163 = { -sharp-point }和{ -sharp-edge }

# Sharp points, sharp edges, magnets and button batteries › Sharp points and sharp edges (paragraph)
p-16be566b6e = 有两项法规为供8岁以下儿童使用的玩具和其他物品规定了技术测试：

# Sharp points, sharp edges, magnets and button batteries › Sharp points and sharp edges (list item)
li-5918cddb4c = 16 CFR 1500.48，针对{ -sharp-point }；

# Sharp points, sharp edges, magnets and button batteries › Sharp points and sharp edges (list item)
li-8cdccffa41 = 16 CFR 1500.49，针对金属或玻璃锐利边缘。

# Sharp points, sharp edges, magnets and button batteries › Sharp points and sharp edges (paragraph)
p-aee7c352cb = 这些测试适用于可触及的尖端和边缘，在正常使用和滥用测试之前进行，并在正常使用和滥用测试之后再次进行。因此，在这些测试中出现的尖端或边缘同样计入。

# Sharp points, sharp edges, magnets and button batteries › Sharp points and sharp edges (paragraph)
p-1e6a5a9a10 = 锐利尖端法规于1978年12月22日生效，锐利边缘法规于1979年3月26日生效。

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (heading)
h-cf0b7a2752 = 因功能需要而带有锐利尖端或边缘的玩具

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (paragraph)
p-2181d76992 = 有些玩具需要锐利尖端或边缘才能发挥功能，例如玩具剪刀、玩具工具套装和玩具缝纫机的针。此类玩具只有同时满足以下两项条件，才可免于测试：

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (list item)
li-46ba02d907 = 没有功能上不需要的锐利尖端或边缘。

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (list item)
li-5b3d16822b = 加贴醒目的标签，即标签容易看到。

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (paragraph)
p-354fbc7092 = 本单元不提供标签文字。请与{ -importer }商定标签。

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (paragraph)
p-3b935da6ae = 豁免须同时满足两项条件。如果玩具剪刀有一个功能上不需要的锐利尖端或边缘，则不能获得豁免。请检查每一个可触及的尖端和边缘，在正常使用和滥用测试之后也要检查。

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (paragraph)
p-05cd8fc0cf = 婴儿床和自行车不适用这两项法规，因为它们有各自的专门法规。关于婴儿床，参见[全尺寸和非全尺寸婴儿床](cribs-full-size-and-non-full-size.md)。

# Sharp points, sharp edges, magnets and button batteries › Magnets (heading)
h-5333907e38 = { -magnet }

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-69a57184d4 = 玩具中的{ -magnet }和其他产品中的{ -magnet }适用不同的法规。许多含磁体的产品不受这两项法规中任何一项的管辖。

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-e9f9b08af3 = { "*" }*玩具**。ASTM F963是美国强制性玩具标准，由16 CFR part 1250规定为强制性标准。对玩具中磁体的要求载于ASTM F963。2024年1月18日发布的一项规则纳入了ASTM F963-23版本，该版本于2024年4月20日生效。

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-1d3ac6239a = { "*" }*受管辖磁体产品**。16 CFR part 1262为《磁体安全标准》（Safety Standard for Magnets），于2022年9月21日发布。该标准并不涵盖所有非玩具产品，仅涵盖“受管辖磁体产品”（subject magnet products）。受管辖磁体产品是指同时满足以下全部条件的消费品：

# Sharp points, sharp edges, magnets and button batteries › Magnets (list item)
li-7f8fec7c1e = 其设计、营销或预期用途为娱乐、首饰（包括儿童首饰）、益智或减压，或上述用途的组合。

# Sharp points, sharp edges, magnets and button batteries › Magnets (list item)
li-06616fdaba = 含有一个或多个松散或可分离的磁体。

# Sharp points, sharp edges, magnets and button batteries › Magnets (list item)
li-770d83c549 = 于2022年10月21日之后生产。

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-fe353cca4c = 例如，作为减压用品向成年人销售的一套小型松散磁体。

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-68c1d03b30 = 第1262部分不适用于受16 CFR part 1250管辖的玩具，也不适用于仅向教育工作者、研究人员、专业人员或商业、工业用户销售的产品。大多数其他含磁体的产品不受第1262部分管辖。

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-0a62f0a6c5 = 根据16 CFR 1262.3，受管辖磁体产品中每个能完全放入{ -small-parts-cylinder }的松散或可分离磁体，其磁通量指数必须低于50 kG² mm²。磁通量指数测试方法来自ASTM F963（16 CFR 1262.4）。

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-bfa19c5551 = ASTM F963会不时修订。测试玩具前，请核对16 CFR part 1250当前引用的是哪一版本。

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-32cc681510 = 对于供3岁以下儿童使用的玩具，在正常使用和滥用测试中脱落的每个部件都要放入{ -small-parts-cylinder }，包括磁体和电池。参见[小零件](toys-small-parts.md)。

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (heading)
h-6e7eb240ad = 纽扣电池和硬币电池

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-ab924c1ebf = 《里斯法》（Reese's Law）是美国关于纽扣电池和硬币电池的法律，其实施法规为16 CFR part 1263。第1263部分采用了ANSI/UL 4200A-2023标准，要求：

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (list item)
li-a95ac48f17 = 电池仓须使用工具，或同时进行两个独立的手部动作，才能打开；

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (list item)
li-fa48e3d0da = 正常使用和滥用测试；

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (list item)
li-7e7d013ba7 = 在包装上、在切实可行时在产品上以及在说明书中提供警告。

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-48837934d7 = 纽扣电池和硬币电池的包装还必须具有防儿童开启功能。包装法规为16 CFR 1700.15。

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-ceb4c0563b = 以下日期来自相关规则（16 CFR 1263.1(b)和规则88 FR 65274）以及CPSC的常见问题解答。该日期指生产日期或进口日期。

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-f5f5690b0e = 要求

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-a82f1ec268 = 适用于在以下时间生产或进口的产品

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-efbd03ccfc = { -button-battery }的防儿童开启包装

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-0587a4ad5d = 2023年2月12日之后

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-6b01c86ef8 = 16 CFR part 1263，适用于含此类电池的产品，包括{ -childrens-product }

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-c12e0e227f = 2023年10月23日或之后

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-147a3ec4c0 = 含此类电池的{ -childrens-product }须进行{ -third-party-testing }并具备{ -cpc }

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-c4582620f6 = 2023年12月20日或之后

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-e7728ddb31 = 对于后两个日期，CPSC在2024年3月19日之前酌情暂缓执法。上述日期现已全部过去，如今生产或进口的产品必须符合要求。

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-808850e668 = 2024年9月21日之后生产或进口的纽扣电池和硬币电池，其包装还必须带有16 CFR 1263.4规定的{ -warning-label }。

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-fef0c73008 = 锌空气电池不受16 CFR part 1263管辖，但其包装须遵守包装法规。

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-5658bdf7c9 = { "*" }*玩具**。玩具豁免适用16 CFR part 1263（16 CFR 1263.1(c)）。此处的玩具是指设计、制造或营销为供14岁以下儿童玩耍之用的任何物品。只有当玩具符合16 CFR part 1250中有关电池可触及性和标签的要求时，才适用该豁免。因此，对于玩具，请核对ASTM F963中的电池要求。

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-a194ef3cc1 = 由于这一豁免，第1263部分对{ -childrens-product }的意义主要在于非玩具类产品，例如儿童夜灯。此类产品必须与其他任何产品自同一日期起符合第1263部分，还必须由第三方实验室进行测试，并通过{ -cpc }声明其符合要求。在规划电池测试之前，请与{ -importer }商定每种产品适用哪项法规。

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (heading)
h-2a572bd7e4 = 工厂须采取的措施

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-d4f97e7d2c = 首先核对每件玩具的{ -age-grade }。锐利尖端和锐利边缘测试适用于供8岁以下儿童使用的玩具。

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-c1d30eaaca = 在正常使用和滥用测试之前和之后，检查每一个可触及的尖端和边缘。

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-4753fe346f = 如果玩具因功能需要而带有锐利尖端或边缘，应去除其他所有锐利尖端和边缘，并加贴醒目的标签。

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-a415eeeffc = 确认适用哪项磁体法规：玩具适用ASTM F963，受管辖磁体产品适用16 CFR part 1262。受管辖磁体产品是指用于娱乐、首饰、益智或减压，且含有松散或可分离磁体的产品。

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-563ff69573 = 对于含纽扣电池或硬币电池的玩具，须符合ASTM F963中的电池要求。

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-04c9e00fba = 对于受16 CFR part 1263管辖的产品，电池仓的设计须使用工具，或同时进行两个独立的手部动作，才能打开。

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-1c5ad9e47f = 对于这些产品，检查包装上、产品上和说明书中的电池警告。

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-b7c5c634ae = 纽扣电池和硬币电池须使用防儿童开启包装。

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-23c16ec3db = 保存所有测试记录。进口商需要依据这些记录签发{ -cpc }，证明产品合规。

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (paragraph)
p-dc3c97ff84 = 根据印度尼西亚的强制性玩具SNI标准，玩具是指供14岁及以下儿童使用的产品。在马来西亚，玩具是指供14岁以下儿童使用的物品。美国玩具标准ASTM F963（16 CFR part 1250）同样涵盖供14岁以下儿童使用的玩具。但美国的部分法规有各自的年龄界限：锐利尖端和锐利边缘测试仅适用于供8岁以下儿童使用的玩具和物品；{ -small-parts }禁令适用于供3岁以下儿童使用的玩具。对于出口到美国的玩具，请核对每项美国法规的年龄界限。

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (heading)
h-27544b5c12 = 知识测验

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-28cba2a0f3 = 某玩具供5岁儿童使用。它是否必须通过锐利尖端和锐利边缘测试？

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-0ef7ab06b9 = 是，因为它供8岁以下儿童使用。

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-de59dd0a2b = 否，因为它供超过3岁的儿童使用。

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-4b3c58138d = 仅当它含有{ -small-parts }时才需要。

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-6228dd4955 = 16 CFR 1500.48和1500.49中的测试适用于供8岁以下儿童使用的玩具和物品。

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-fb8c464897 = 玩具剪刀需要锐利边缘才能进行剪切。它在什么情况下可免于锐利边缘测试？

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-c50d21e7dd = 总是可以豁免，因为它需要这一边缘。

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-feee767b81 = 没有其他锐利尖端或边缘，并且加贴了醒目的标签。

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-0a333e36de = 进口商同意即可。

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-bc337e3ca2 = 两项条件缺一不可。带有功能上不需要的锐利尖端或边缘的玩具不能获得豁免。

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-8267e0dbe0 = 一套小型松散磁体作为减压桌面用品向成年人销售，于2026年生产。其中一个磁体能完全放入{ -small-parts-cylinder }。其磁通量指数的限值是多少？

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-5e6d357ac9 = 没有限值，因为该套磁体向成年人销售。

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-93546d8884 = 低于50 kG² mm²

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-fe50ed2c0a = 低于500 kG² mm²

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-2961ec873c = 该套磁体以减压用途进行营销，且含有松散磁体，因此即使向成年人销售，也属于16 CFR part 1262规定的受管辖磁体产品。16 CFR 1262.3为每个能完全放入{ -small-parts-cylinder }的松散或可分离磁体规定了这一限值。

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-e6845e899f = 一款儿童房夜灯专为幼儿设计和营销，内含一枚硬币电池。它属于{ -childrens-product }，但不是玩具。此类产品自哪一天起必须按照16 CFR part 1263进行第三方检测并出具证书？

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-23141a3f4e = 2023年2月12日

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-3e37f41fea = 2023年10月23日

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-66842b6df4 = 2023年12月20日

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-e7776c306a = 与其他任何产品一样，此类产品自2023年10月23日起就必须符合16 CFR part 1263（16 CFR 1263.1(b)）。2023年12月20日或之后生产或进口的{ -childrens-product }须进行{ -third-party-testing }并出具证书。符合16 CFR part 1250电池要求的玩具豁免适用第1263部分。

# Sharp points, sharp edges, magnets and button batteries › Sources (heading)
h-caf85b0888 = 资料来源

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-1b36b5728b = { "[" }eCFR：第1500.48节，锐利尖端](https://www.ecfr.gov/current/title-16/section-1500.48)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-f0bb75d1dd = { "[" }eCFR：第1500.49节，锐利边缘](https://www.ecfr.gov/current/title-16/section-1500.49)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-5279e3f581 = { "[" }CPSC：玩具锐利尖端法规，1978年](https://www.cpsc.gov/Newsroom/News-Releases/1978/CPSC-Announces-Sharp-Points-Regulation-For-Toys)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-852da373ea = { "[" }eCFR：第1250部分，玩具安全标准](https://www.ecfr.gov/current/title-16/part-1250)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-0c71aa0b34 = { "[" }《联邦公报》（Federal Register）：玩具采用ASTM F963-23，2024年1月18日](https://www.govinfo.gov/content/pkg/FR-2024-01-18/html/2024-00741.htm)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-504cbf83ef = { "[" }eCFR：第1262部分，磁体安全标准](https://www.ecfr.gov/current/title-16/part-1262)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-9d5378bfad = { "[" }eCFR：第1263部分，纽扣电池和硬币电池](https://www.ecfr.gov/current/title-16/part-1263)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-9efee363b6 = { "[" }eCFR：第1700.15节，防儿童开启包装](https://www.ecfr.gov/current/title-16/section-1700.15)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-775274ae31 = { "[" }CPSC：纽扣电池和硬币电池常见问题](https://www.cpsc.gov/FAQ/Button-Cell-and-Coin-Battery-FAQs)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-c9e7efb8c3 = { "[" }BSN：玩具SNI标准（印度尼西亚）](https://bsn.go.id/main/berita/detail/8982/sni-mainan-anak-melindungi-konsumen-dan-produsen-lokal)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-839d3bd06b = { "[" }KPDN MYSAFE：玩具法规（马来西亚）](https://mysafe.kpdn.gov.my/portal/post/8)
