### Simplified Chinese translation of content/modules/clothing-flammability.md. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Flammability of clothing and children's sleepwear (title)
title-407bd3c396 = 服装和{ -sleepwear }的{ -flammability }

# Flammability of clothing and children's sleepwear (summary)
summary-4bac8d3770 = 所有服装纺织品都必须符合美国易燃性标准；0至14码的{ -sleepwear }必须符合更严格的标准。

# Flammability of clothing and children's sleepwear (learning objective)
objective-4ad02419e7 = 说明服装纺织品的3个易燃性等级。

# Flammability of clothing and children's sleepwear (learning objective)
objective-425f9e5114 = 判定某服装是否属于{ -sleepwear }。

# Flammability of clothing and children's sleepwear (learning objective)
objective-d0ee76d965 = 说明婴儿服装和紧身服装在何种情况下不适用睡衣法规。

# Flammability of clothing and children's sleepwear (learning objective)
objective-e179aa677a = 检查{ -sleepwear }上的护理标签。

# Flammability of clothing and children's sleepwear (paragraph)
p-796546304f = 服装可能着火。因此，美国法律《易燃织物法》（Flammable Fabrics Act）为服装规定了易燃性要求。所有服装纺织品都必须符合16 CFR part 1610。{ -sleepwear }必须符合更严格的法规，即16 CFR 1615和1616。

# Flammability of clothing and children's sleepwear › Clothing textiles (heading)
h-0faf5f9fd0 = 服装纺织品

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-29f4ec5e59 = 16 CFR part 1610为《服装纺织品易燃性标准》（Standard for the Flammability of Clothing Textiles），它将纺织品分为3个等级（16 CFR 1610.4）。

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-4f3a9bd003 = 等级

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-1f5d64b928 = 含义

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-fd9bc10732 = 在服装中的使用

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-51dfeec557 = 1级

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-0883e35169 = 正常易燃性

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-4b9cfa1c7d = 可以接受

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-7d4bd5921b = 2级

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-7cb7201681 = 中等易燃性

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-d790d88865 = 可以使用

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-19ee19b164 = 3级

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-edf0718a0e = 燃烧迅速而剧烈

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-f0406a0e7e = 不允许

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-ba93e795ae = 2级仅适用于表面有起绒纤维的纺织品。3级纺织品具有危险的易燃性，不得用于服装。禁止生产、销售或进口3级服装。

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-59fc3b6c8b = 该标准经2008年3月25日的一项最终规则修订，修订后的标准于2008年9月22日生效。

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-ea4a2bd723 = 部分物品不受该标准管辖[^1]：

# Flammability of clothing and children's sleepwear › Clothing textiles (list item)
li-4bbcac890a = 不遮盖面部、颈部或肩部的帽子；

# Flammability of clothing and children's sleepwear › Clothing textiles (list item)
li-1a1a1171bd = 长度为14英寸或以下、且未与服装相连的手套；

# Flammability of clothing and children's sleepwear › Clothing textiles (list item)
li-e491a08a5b = 未与服装相连，且既非全部也非部分由袜类构成的鞋类；

# Flammability of clothing and children's sleepwear › Clothing textiles (list item)
li-7a8f3d3d53 = 衬布面料。

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-3468faf411 = 请对照16 CFR part 1610的现行文本核对这些清单。法规中的完整清单可能更长。

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-a1cea6ae88 = 以下面料可免于测试（16 CFR 1610.1(d)）：

# Flammability of clothing and children's sleepwear › Clothing textiles (list item)
li-df7b593c57 = 重量为2.6 oz/yd²（88.2 g/m²）或以上的平面面料，无论纤维种类；

# Flammability of clothing and children's sleepwear › Clothing textiles (list item)
li-398f32fffc = 完全由以下6种纤维中的一种或多种制成的所有面料，无论是平面面料还是起绒纤维表面面料，也无论重量如何：腈纶、改性腈纶、锦纶（尼龙）、烯烃纤维、涤纶和羊毛。

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-7333c4b76a = 上述6种纤维的清单是完整的。含有任何其他纤维（例如棉或粘胶纤维）的面料，不能依据第二项规定获得豁免。

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-ee1b65ee9b = 在省略易燃性测试之前，请核对16 CFR part 1610的现行文本，并与{ -importer }商定该决定。

# Flammability of clothing and children's sleepwear › Children's sleepwear (heading)
h-0f2249e86d = { -sleepwear }

# Flammability of clothing and children's sleepwear › Children's sleepwear (paragraph)
p-f5d2d0754a = { -sleepwear }是指0至14码、主要用于睡眠或与睡眠相关活动的任何服装，例如睡裙、睡衣裤、睡袍和居家服。

# Flammability of clothing and children's sleepwear › Children's sleepwear (table cell)
td-74a3978d10 = 尺码

# Flammability of clothing and children's sleepwear › Children's sleepwear (table cell)
td-62845f31a2 = 法规

# Flammability of clothing and children's sleepwear › Children's sleepwear (table cell)
td-cb971f83e8 = 0至6X码

# Flammability of clothing and children's sleepwear › Children's sleepwear (table cell)
td-7e3f263ca1 = 16 CFR part 1615

# Flammability of clothing and children's sleepwear › Children's sleepwear (table cell)
td-1bd744c51c = 7至14码

# Flammability of clothing and children's sleepwear › Children's sleepwear (table cell)
td-001b87c753 = 16 CFR part 1616

# Flammability of clothing and children's sleepwear › Children's sleepwear (paragraph)
p-75fd2ba9a6 = 部分服装不适用睡衣法规，而须符合16 CFR part 1610：

# Flammability of clothing and children's sleepwear › Children's sleepwear (list item)
li-6d6972494a = 尿布和内衣；

# Flammability of clothing and children's sleepwear › Children's sleepwear (list item)
li-6664462455 = 婴儿服装（16 CFR 1615.1(c)）；

# Flammability of clothing and children's sleepwear › Children's sleepwear (list item)
li-5c306bf18c = 紧身服装（16 CFR 1615.1(o)和1616.2(m)）。

# Flammability of clothing and children's sleepwear › Children's sleepwear (paragraph)
p-846bdf6598 = 婴儿服装和紧身服装的例外规定由1996年的修订案设立。1999年的技术性修改使测量部位更加明确。

# Flammability of clothing and children's sleepwear › Infant garments (heading)
h-334319fb25 = 婴儿服装

# Flammability of clothing and children's sleepwear › Infant garments (paragraph)
p-07f3904b02 = 婴儿服装必须同时满足以下全部条件：

# Flammability of clothing and children's sleepwear › Infant garments (list item)
li-088a089b83 = 尺码为9个月或以下。

# Flammability of clothing and children's sleepwear › Infant garments (list item)
li-7a8b620dca = 连体服装长度不超过64.8 cm（25.75 in）；两件式服装中任何一件长度均不超过40 cm（15.75 in）。

# Flammability of clothing and children's sleepwear › Infant garments (list item)
li-4ba8fd85f1 = 符合16 CFR 1610和1611。

# Flammability of clothing and children's sleepwear › Infant garments (list item)
li-335c773d52 = 带有以月龄标明尺码的标签。如果在零售时看不到该标签，包装上也必须标明尺码。

# Flammability of clothing and children's sleepwear › Tight-fitting garments (heading)
h-108fe650c2 = 紧身服装

# Flammability of clothing and children's sleepwear › Tight-fitting garments (paragraph)
p-79b7fb8ef7 = 法规列出了每个尺码的最大尺寸，包括胸围、腰围、臀围、上臂围、大腿围、腕围和踝围（16 CFR 1615.1(o)(1)和1616.2(m)(1)）。紧身服装的任何部位都不得超过这些尺寸，也不得带有超出法规限度的面料、装饰或饰边（例如蕾丝、贴花或丝带）。

# Flammability of clothing and children's sleepwear › Tight-fitting garments (paragraph)
p-8203ac9c18 = 本单元不提供最大尺寸表。请对照法规中的现行尺寸表测量每个尺码。如果服装在任何部位大于表中尺寸，即不属于紧身服装，必须符合全部睡衣法规。

# Flammability of clothing and children's sleepwear › Care labels (heading)
h-6755bf8cc3 = 护理标签

# Flammability of clothing and children's sleepwear › Care labels (paragraph)
p-847e4124e1 = 受法规管辖的所有{ -sleepwear }都必须带有永久性护理标签。标签必须警示避免使用会降低阻燃性能的洗涤剂或助剂。如果服装是在洗涤1次后测试的，标签还必须注明穿着前先洗涤（16 CFR 1616.6(a)）。第1615部分有相同的规定。

# Flammability of clothing and children's sleepwear › Lead, certificates and tracking labels (heading)
h-70ba12d247 = 铅、证书和{ -tracking-label }

# Flammability of clothing and children's sleepwear › Lead, certificates and tracking labels (paragraph)
p-f3b4da8326 = 儿童服装还必须符合[铅含量限值](lead-and-phthalates.md#limits)。纺织品（无论是否染色）已被判定不超过铅含量限值（16 CFR 1500.91），无需进行第三方铅检测。丝网印花、转印图案和其他后整理附加物不在此列，非纺织物品也不在此列，它们必须进行检测。

# Flammability of clothing and children's sleepwear › Lead, certificates and tracking labels (paragraph)
p-091cea407b = CPSC发布了儿童服装的{ -cpc }样本。典型的服装证书会引用16 CFR 1610和铅含量法规；对于睡衣，还会引用16 CFR 1615或1616。纺织品铅检测豁免在证书的实验室一栏中注明。

# Flammability of clothing and children's sleepwear › Lead, certificates and tracking labels (paragraph)
p-a5ba79cf80 = 儿童服装还必须加贴{ -tracking-label }。FTC注册识别号（RN）可以提供部分信息。带{ -drawstring }的外衣有其专门法规，参见[拉绳](clothing-drawstrings.md)。

# Flammability of clothing and children's sleepwear › What to do in the factory (heading)
h-2a572bd7e4 = 工厂须采取的措施

# Flammability of clothing and children's sleepwear › What to do in the factory (list item)
li-535e95aca9 = 逐件判定每款服装是否属于{ -sleepwear }。

# Flammability of clothing and children's sleepwear › What to do in the factory (list item)
li-b107cca6f8 = 检查确认服装所用面料均不属于3级。

# Flammability of clothing and children's sleepwear › What to do in the factory (list item)
li-65e91f14c6 = 按16 CFR 1615（0至6X码）或16 CFR 1616（7至14码）测试睡衣。

# Flammability of clothing and children's sleepwear › What to do in the factory (list item)
li-6744f97ed4 = 对于婴儿服装和紧身服装，对照法规测量每个尺码。

# Flammability of clothing and children's sleepwear › What to do in the factory (list item)
li-f6350970a8 = 在每件睡衣上缝制永久性护理标签。

# Flammability of clothing and children's sleepwear › What to do in the factory (list item)
li-d8c230bdca = 对印花、转印图案和非纺织部件进行铅检测。

# Flammability of clothing and children's sleepwear › What to do in the factory (list item)
li-cd7d365b93 = 变更面料、辅料或供应商之前，先告知进口商。保存所有测试记录。

# Flammability of clothing and children's sleepwear › What to do in the factory (paragraph)
p-8618a097ad = CPSC发布过关于纺织品和服装产品法规的越南语培训资料，即2009年3月的一段视频，cpsc.gov上附有文字稿。此后部分法规已有变化，请始终核对法规的现行文本。

# Flammability of clothing and children's sleepwear › Check your knowledge (heading)
h-27544b5c12 = 知识测验

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-19d0e56d18 = 某面料燃烧迅速而剧烈，属于3级。它能否用于服装？

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-566765d7fc = 能，只要服装带有{ -warning-label }。

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-c92f84af7d = 能，但仅限于成人服装。

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-bb9d17c93e = 不能。3级纺织品不得用于服装。

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-499e2a86eb = 3级纺织品具有危险的易燃性。禁止生产、销售或进口3级服装。

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-f4172c6173 = 10码的睡衣裤适用哪项法规？

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-7e3f263ca1 = 16 CFR part 1615

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-001b87c753 = 16 CFR part 1616

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-25e9abb58a = 仅适用16 CFR part 1610

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-ca693800ff = 第1615部分涵盖0至6X码，第1616部分涵盖7至14码。

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-87ddc9226d = 某连体睡衣尺码为6个月，长60 cm，符合16 CFR 1610和1611，标签以月龄标明尺码。它属于什么？

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-7bfba29594 = 婴儿服装，不适用睡衣法规

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-f03747c786 = 紧身服装

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-61b5f59e32 = 必须符合16 CFR part 1615的睡衣

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-754dcd5051 = 其尺码为9个月或以下，长度不超过64.8 cm，因此属于婴儿服装，必须符合16 CFR part 1610。

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-5aa809303b = 某睡衣是在洗涤1次后测试的。其永久性标签必须注明什么？

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-df2c9a7756 = 无需注明其他内容

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-ffb3d5b886 = 穿着前先洗涤。

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-187b3cee6e = 请勿洗涤。

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-d0bdc7048a = 如果产品是在洗涤1次后测试的，标签必须注明穿着前先洗涤。

# Flammability of clothing and children's sleepwear › Sources (heading)
h-caf85b0888 = 资料来源

# Flammability of clothing and children's sleepwear › Sources (list item)
li-ddc6ecd8c2 = { "[" }eCFR：第1610部分，服装纺织品的易燃性](https://www.ecfr.gov/current/title-16/part-1610)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-be8641e951 = { "[" }LII：服装物品（article of wearing apparel）的定义（《易燃织物法》相关法规）](https://www.law.cornell.edu/cfr/text/16/1609.1)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-1c4106bc63 = { "[" }eCFR：第1615部分，儿童睡衣，0至6X码](https://www.ecfr.gov/current/title-16/part-1615)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-9b74effef4 = { "[" }eCFR：第1616部分，儿童睡衣，7至14码](https://www.ecfr.gov/current/title-16/part-1616)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-272df4c080 = { "[" }eCFR：第1500.91节，不超过铅含量限值的材料](https://www.ecfr.gov/current/title-16/section-1500.91)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-2f16add235 = { "[" }《联邦公报》（Federal Register）：服装纺织品最终规则，2008年3月25日](https://webarchive.library.unt.edu/eot2008/20081011225550/http://edocket.access.gpo.gov/2008/E8-5569.htm)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-395136d727 = { "[" }《联邦公报》（Federal Register）：睡衣法规修订案，1996年9月9日](https://www.gpo.gov/fdsys/pkg/FR-1996-09-09/html/96-22697.htm)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-ab15dc523f = { "[" }《联邦公报》（Federal Register）：睡衣法规技术性修改，1999年1月19日](http://federal.elaws.us/fr/1/19/1999/99-1138)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-07e13d9535 = { "[" }《联邦公报》（Federal Register）：纺织品与铅，2015年10月14日](https://thefederalregister.org/80-FR/61729)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-7c46a3b4d9 = { "[" }CPSC：儿童睡衣常见问题](https://cpsc.gov/FAQ/Childrens-Sleepwear)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-2bb8ea4713 = { "[" }CPSC：婴儿服装和紧身服装常见问题](https://cpsc.gov/FAQ/Infant-Tightfitting-Garments)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-353bb2c28c = { "[" }CPSC：{ -cpc }](http://www.cpsc.gov/cpc)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-ae450af3e8 = { "[" }CPSC：追踪标签常见问题](https://cpsc.gov/FAQ/Tracking-Label)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-d920cda87d = { "[" }CPSC：纺织品和服装法规视频（越南语）](http://cpsc.gov/Business--Manufacturing/International/Vietnamese/Topics/Video-Clip---Regulations-for-Textile-and-Clothing-Products-March-2009/)
