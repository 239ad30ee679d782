### Simplified Chinese translation of content/modules/toys-astm-f963.md. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Toys and ASTM F963 (title)
title-313bfd31ab = 玩具与ASTM F963

# Toys and ASTM F963 (summary)
summary-a796b90f5e = 在美国销售的玩具必须符合玩具安全标准ASTM F963；16 CFR part 1250规定，自2024年4月20日起，ASTM F963-23版本为强制性标准。

# Toys and ASTM F963 (learning objective)
objective-9ce6de84d5 = 说明为什么ASTM F963对在美国销售的玩具具有强制性。

# Toys and ASTM F963 (learning objective)
objective-df27c767e7 = 说出16 CFR part 1250中规定的版本及其生效日期。

# Toys and ASTM F963 (learning objective)
objective-2dd4867028 = 根据玩具的{ -age-grade }确定适用的法规。

# Toys and ASTM F963 (learning objective)
objective-7fb2e0ec2e = 说明玩具中重金属元素限值的来源。

# Toys and ASTM F963 (paragraph)
p-fb279dbdec = ASTM F963是美国的玩具安全标准，美国法律规定其为强制性标准。玩具必须符合该标准，同时还必须符合CPSC的其他法规。本单元介绍该标准、玩具的{ -age-grade }以及重金属元素限值。

# Toys and ASTM F963 › A mandatory standard (heading)
h-6f54602953 = 强制性标准

# Toys and ASTM F963 › A mandatory standard (paragraph)
p-ce51028900 = CPSIA第106条将玩具标准ASTM F963的一个早期版本规定为强制性标准，并规定了采用该标准新版本的程序。强制执行的版本在16 CFR 1250.2中列明。

# Toys and ASTM F963 › A mandatory standard (paragraph)
p-41a63b48ca = ASTM F963-23版本通过2024年1月18日发布的一项直接最终规则予以采用[^1]。该规则规定，自2024年4月20日起，ASTM F963-23为强制性标准。

# Toys and ASTM F963 › A mandatory standard (paragraph)
p-5e6a2fac99 = 该规则为89 FR 3344，案卷号CPSC-2017-0010，修订了16 CFR part 1112和1250。

# Toys and ASTM F963 › A mandatory standard (paragraph)
p-2a02ff4840 = 本单元依据ASTM F963-23进行了核对。测试前，请在eCFR中核对16 CFR 1250.2所列明的版本。

# Toys and ASTM F963 › A mandatory standard (paragraph)
p-0e43d767b7 = 同一规则还更新了CPSC认可ASTM F963检测实验室所依据的要求（16 CFR part 1112）。供12岁及以下儿童使用的玩具属于{ -childrens-product }，需要由{ -cpsc-accepted-lab }进行{ -third-party-testing }，并签发{ -cpc }。参见[儿童产品与证书](childrens-products-and-certificates.md)。

# Toys and ASTM F963 › Part 1250 holds more than ASTM F963 (heading)
h-ee7582fc7f = 第1250部分不只包含ASTM F963

# Toys and ASTM F963 › Part 1250 holds more than ASTM F963 (paragraph)
p-520b9b3176 = 16 CFR part 1250的标题为“玩具安全标准”（Safety Standard for Toys）。其中第1250.2节规定ASTM F963-23为强制性标准。该部分现在还包含针对特定玩具的规定：

# Toys and ASTM F963 › Part 1250 holds more than ASTM F963 (list item)
li-c4fdb5e885 = 自2026年6月15日起，颈部浮圈必须符合16 CFR 1250.5[^2]。该规则采用ANSI/CAN/UL 12402-9:2022和ANSI/APSP/ICC-16 2017中的测试方法。

# Toys and ASTM F963 › Part 1250 holds more than ASTM F963 (list item)
li-c1520f037f = 2025年12月12日的一项规则（90 FR 57855）也修订了第1250部分。在测试可能受该部分其他条款管辖的玩具之前，请在eCFR中阅读该部分全文。

# Toys and ASTM F963 › Part 1250 holds more than ASTM F963 (paragraph)
p-d970be6384 = 该规则为2025年12月15日发布的90 FR 58096。

# Toys and ASTM F963 › What the standard covers (heading)
h-f79a6d9b07 = 该标准涵盖的内容

# Toys and ASTM F963 › What the standard covers (paragraph)
p-b0815de91a = ASTM F963涵盖玩具的多种危险，适用于供14岁以下儿童使用的玩具。请与您的实验室合作，并使用现行有效版本的标准文本。本单元仅介绍其中的少数要求：

# Toys and ASTM F963 › What the standard covers (list item)
li-6e4f1189a6 = 油漆、表面涂层和基材中可溶性重金属元素的限值。见下文相关章节。

# Toys and ASTM F963 › What the standard covers (list item)
li-eff1709758 = 对玩具中{ -magnet }的要求。美国针对某些非玩具产品的磁体法规16 CFR part 1262采用F963的磁通量指数测试方法。

# Toys and ASTM F963 › What the standard covers (paragraph)
p-9bf9c7e198 = 玩具还必须符合CPSC的其他法规。最常见的法规列于下表。

# Toys and ASTM F963 › What the standard covers (table cell)
td-7e61847d61 = 主题

# Toys and ASTM F963 › What the standard covers (table cell)
td-bcdecc549d = 适用对象

# Toys and ASTM F963 › What the standard covers (table cell)
td-62845f31a2 = 法规

# Toys and ASTM F963 › What the standard covers (table cell)
td-3651cc5bce = 玩具安全

# Toys and ASTM F963 › What the standard covers (table cell)
td-e5c00fcbdc = 供14岁以下儿童使用的玩具

# Toys and ASTM F963 › What the standard covers (table cell)
td-684afb4292 = ASTM F963-23，16 CFR 1250.2

# Toys and ASTM F963 › What the standard covers (table cell)
td-aca7f69010 = { -small-parts }

# Toys and ASTM F963 › What the standard covers (table cell)
td-4ab4a564cf = 3岁以下儿童

# Toys and ASTM F963 › What the standard covers (table cell)
td-5bcedaee3b = 16 CFR part 1501

# Toys and ASTM F963 › What the standard covers (table cell)
td-48dc026dd0 = 窒息警告

# Toys and ASTM F963 › What the standard covers (table cell)
td-249b58c205 = 部分玩具，3岁及以上

# Toys and ASTM F963 › What the standard covers (table cell)
td-6e179cae6c = 16 CFR 1500.19

# Toys and ASTM F963 › What the standard covers (table cell)
td-4036f6e475 = 锐利尖端和边缘

# Toys and ASTM F963 › What the standard covers (table cell)
td-81bb7de2aa = 8岁以下儿童

# Toys and ASTM F963 › What the standard covers (table cell)
td-91976c717f = 16 CFR 1500.48和1500.49

# Toys and ASTM F963 › What the standard covers (table cell)
td-68ea99aff3 = 总铅

# Toys and ASTM F963 › What the standard covers (table cell)
td-65b062c478 = 12岁及以下儿童

# Toys and ASTM F963 › What the standard covers (table cell)
td-12745b62bd = CPSIA第101条

# Toys and ASTM F963 › What the standard covers (table cell)
td-fba9c7dcda = 油漆中的铅

# Toys and ASTM F963 › What the standard covers (table cell)
td-7f7654ff4c = 16 CFR part 1303

# Toys and ASTM F963 › What the standard covers (table cell)
td-4f2d1ee02d = { -phthalates }

# Toys and ASTM F963 › What the standard covers (table cell)
td-ed3c41feb3 = 16 CFR part 1307

# Toys and ASTM F963 › What the standard covers (paragraph)
p-a7fbb107d2 = 铅和邻苯二甲酸酯限值见[铅含量限值](lead-and-phthalates.md#limits)。窒息警告见[小零件](toys-small-parts.md#warnings)。

# Toys and ASTM F963 › The age grade of a toy (heading)
h-c69cefe783 = 玩具的{ -age-grade }

# Toys and ASTM F963 › The age grade of a toy (paragraph)
p-1d0a4ad0dd = 许多法规取决于使用玩具的儿童的年龄。{ -childrens-product }是指主要为12岁及以下儿童设计或预期供其使用的产品（16 CFR 1200.2）。适用{ -small-parts }规定的玩具属于{ -childrens-product }。

# Toys and ASTM F963 › The age grade of a toy (paragraph)
p-158b19ea54 = 判定产品是否主要供儿童使用需考虑4项因素，其中之一是CPSC工作人员2002年9月发布的《年龄判定指南》（Age Determination Guidelines）及其后续版本。全部4项因素列于[儿童产品与证书](childrens-products-and-certificates.md)。

# Toys and ASTM F963 › The age grade of a toy (paragraph)
p-189d079999 = 就{ -small-parts }规定而言，16 CFR 1501.2(b)为供3岁以下儿童使用的玩具规定了类似的判定标准：

# Toys and ASTM F963 › The age grade of a toy (list item)
li-6b04adf5b0 = 制造商声明的预期用途，前提是该声明合理；

# Toys and ASTM F963 › The age grade of a toy (list item)
li-b18bbbb4da = 玩具的广告、促销和营销方式；

# Toys and ASTM F963 › The age grade of a toy (list item)
li-0729d838f2 = 该玩具是否普遍被认为供3岁以下儿童使用。

# Toys and ASTM F963 › The age grade of a toy (paragraph)
p-2edd428a3b = 仅凭年龄标签不能决定{ -age-grade }。制造商的声明只有在合理时才予以考虑。供3岁以下儿童使用的玩具不得含有{ -small-parts }。锐利尖端和锐利边缘测试适用于供8岁以下儿童使用的玩具。

# Toys and ASTM F963 › The age grade of a toy (paragraph)
p-f58b2d951e = 因功能需要而带有锐利尖端或边缘的玩具（例如玩具剪刀）可豁免16 CFR 1500.48和1500.49的要求，但不得有非功能性的锐利尖端或边缘，并且必须加贴醒目的标签。

# Toys and ASTM F963 › Heavy elements (heading)
h-6d834925dc = 重金属元素

# Toys and ASTM F963 › Heavy elements (paragraph)
p-45a8c7adc5 = ASTM F963还对油漆、表面涂层和可触及基材（即玩具的基础材料）中的可溶性重金属元素规定了限值。这些限值载于标准文本中，本培训不再复述。请从ASTM F963-23文本或您的{ -cpsc-accepted-lab }获取具体数值。

# Toys and ASTM F963 › Heavy elements (paragraph)
p-1da8e829ef = 美国有两项铅限值适用于所有{ -childrens-product }，包括玩具：

# Toys and ASTM F963 › Heavy elements (table cell)
td-674b0ed54b = 限值

# Toys and ASTM F963 › Heavy elements (table cell)
td-1584863a0a = 油漆和表面涂层中铅含量90 ppm

# Toys and ASTM F963 › Heavy elements (table cell)
td-c10c1bec47 = 可触及部件中总铅含量100 ppm

# Toys and ASTM F963 › Heavy elements (table cell)
td-22659e2793 = CPSIA

# Toys and ASTM F963 › Heavy elements (paragraph)
p-8f219681a6 = 详见[铅含量限值](lead-and-phthalates.md#limits)。

# Toys and ASTM F963 › Heavy elements (paragraph)
p-5d055f2778 = 玩具必须同时符合ASTM F963的限值和美国的铅限值。请向您的实验室确认哪些玩具和哪些材料必须进行测试。

# Toys and ASTM F963 › What to do in the factory (heading)
h-2a572bd7e4 = 工厂须采取的措施

# Toys and ASTM F963 › What to do in the factory (list item)
li-7212b83862 = 与进口商商定每件玩具的{ -age-grade }。

# Toys and ASTM F963 › What to do in the factory (list item)
li-ae89c91287 = 测试前，核对16 CFR part 1250中规定的ASTM F963版本。

# Toys and ASTM F963 › What to do in the factory (list item)
li-80ec853440 = 使用CPSC已认可可进行ASTM F963检测的实验室。

# Toys and ASTM F963 › What to do in the factory (list item)
li-1a0a9c86a1 = 列出每件玩具所用的全部油漆、涂层和可触及材料。

# Toys and ASTM F963 › What to do in the factory (list item)
li-360cb1d0c4 = 按ASTM F963的要求，检测油漆、涂层和基材中的可溶性重金属元素。

# Toys and ASTM F963 › What to do in the factory (list item)
li-17d428a3d6 = 对供3岁以下儿童使用的玩具进行小零件测试，对供8岁以下儿童使用的玩具进行锐利尖端和边缘测试。

# Toys and ASTM F963 › What to do in the factory (list item)
li-98dec16d00 = 保存所有测试报告。进口商需要这些报告来签发证书。

# Toys and ASTM F963 › What to do in the factory (paragraph)
p-0a5efc6fb9 = CPSC介绍其北京办事处的网页称：“Chinese goods continue to account for over half of total CPSC-announced product recalls – and an even greater proportion of recalls of children's products.”（在CPSC公布的全部产品召回中，中国产品仍占超过一半——在儿童产品召回中所占比例更高。）该网页未注明日期，因此上述数据可能并非最新。按照ASTM F963进行认真测试，有助于避免玩具被召回。

# Toys and ASTM F963 › Check your knowledge (heading)
h-27544b5c12 = 知识测验

# Toys and ASTM F963 › Check your knowledge (list item)
li-10f22487a0 = 2024年1月18日发布的直接最终规则作了什么规定？

# Toys and ASTM F963 › Check your knowledge (list item)
li-86dc98874e = ASTM F963成为自愿性标准。

# Toys and ASTM F963 › Check your knowledge (list item)
li-8864319147 = ASTM F963被撤销。

# Toys and ASTM F963 › Check your knowledge (list item)
li-81fce7f911 = ASTM F963-23成为强制性标准。

# Toys and ASTM F963 › Check your knowledge (list item)
li-c0b43ec668 = 该规则在16 CFR part 1250中采用了ASTM F963-23，还更新了对按ASTM F963进行检测的实验室的要求。

# Toys and ASTM F963 › Check your knowledge (list item)
li-96d2f5adcb = ASTM F963-23自哪一天起成为强制性标准？

# Toys and ASTM F963 › Check your knowledge (list item)
li-04381f0239 = 2024年1月18日

# Toys and ASTM F963 › Check your knowledge (list item)
li-cb73086513 = 2024年4月20日

# Toys and ASTM F963 › Check your knowledge (list item)
li-e90f05e72b = 2011年8月14日

# Toys and ASTM F963 › Check your knowledge (list item)
li-1aa841b387 = 该规则于2024年1月18日发布，规定自2024年4月20日起ASTM F963-23为强制性标准。

# Toys and ASTM F963 › Check your knowledge (list item)
li-9206bfe10c = 美国对玩具油漆中铅含量的限值是多少？

# Toys and ASTM F963 › Check your knowledge (list item)
li-a9547a5a14 = 90 ppm

# Toys and ASTM F963 › Check your knowledge (list item)
li-a1b3e5275b = 500 ppm

# Toys and ASTM F963 › Check your knowledge (list item)
li-7186d9b809 = 1,000 ppm

# Toys and ASTM F963 › Check your knowledge (list item)
li-83bea7f688 = 玩具和其他{ -childrens-product }上的油漆及类似表面涂层的铅含量不得超过90 ppm（16 CFR part 1303）。

# Toys and ASTM F963 › Check your knowledge (list item)
li-89690eda69 = 锐利尖端和锐利边缘规定适用于供哪些儿童使用的玩具？

# Toys and ASTM F963 › Check your knowledge (list item)
li-be03629ad8 = 仅限3岁以下儿童

# Toys and ASTM F963 › Check your knowledge (list item)
li-81bb7de2aa = 8岁以下儿童

# Toys and ASTM F963 › Check your knowledge (list item)
li-65b062c478 = 12岁及以下儿童

# Toys and ASTM F963 › Check your knowledge (list item)
li-c5a061c749 = 16 CFR 1500.48和1500.49适用于供8岁以下儿童使用的玩具和物品。

# Toys and ASTM F963 › Sources (heading)
h-caf85b0888 = 资料来源

# Toys and ASTM F963 › Sources (list item)
li-d3e375abbc = { "[" }eCFR：第1250部分，玩具安全](https://www.ecfr.gov/current/title-16/part-1250)

# Toys and ASTM F963 › Sources (list item)
li-47fed90bbc = { "[" }《联邦公报》（Federal Register）：ASTM F963-23直接最终规则，2024年1月18日](https://www.govinfo.gov/content/pkg/FR-2024-01-18/html/2024-00741.htm)

# Toys and ASTM F963 › Sources (list item)
li-a445900dd1 = { "[" }《联邦公报》（Federal Register）：颈部浮圈最终规则，2025年12月15日](https://www.govinfo.gov/content/pkg/FR-2025-12-15/html/2025-22827.htm)

# Toys and ASTM F963 › Sources (list item)
li-f8c7729576 = { "[" }eCFR：第1112部分，第三方实验室](https://www.ecfr.gov/current/title-16/part-1112)

# Toys and ASTM F963 › Sources (list item)
li-5e900d795e = { "[" }eCFR：第1200.2节，儿童产品的定义](https://www.ecfr.gov/current/title-16/section-1200.2)

# Toys and ASTM F963 › Sources (list item)
li-bf68d9e043 = { "[" }eCFR：第1501.2节，小零件规定中的儿童年龄](https://www.ecfr.gov/current/title-16/section-1501.2)

# Toys and ASTM F963 › Sources (list item)
li-1b36b5728b = { "[" }eCFR：第1500.48节，锐利尖端](https://www.ecfr.gov/current/title-16/section-1500.48)

# Toys and ASTM F963 › Sources (list item)
li-f0bb75d1dd = { "[" }eCFR：第1500.49节，锐利边缘](https://www.ecfr.gov/current/title-16/section-1500.49)

# Toys and ASTM F963 › Sources (list item)
li-e19cee1dc5 = { "[" }eCFR：第1262.4节，磁体测试方法](https://www.ecfr.gov/current/title-16/section-1262.4)

# Toys and ASTM F963 › Sources (list item)
li-59a400fb00 = { "[" }CPSC：总铅含量企业指南](https://cpsc.gov/Business--Manufacturing/Business-Education/Lead/Total-Lead-Content-Business-Guidance-and-Small-Entity-Compliance-Guide)

# Toys and ASTM F963 › Sources (list item)
li-b38d63eac7 = { "[" }CPSC：油漆中的铅常见问题](https://cpsc.gov/FAQ/Lead-in-Paint)

# Toys and ASTM F963 › Sources (list item)
li-f30ee94a2c = { "[" }CPSC：北京区域产品安全办事处](http://www.cpsc.gov/Business--Manufacturing/International/CPSC-Regional-Product-Safety-Office-Beijing/)
