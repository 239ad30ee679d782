### Simplified Chinese translation of content/modules/childrens-products-and-certificates.md. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Children's products and certificates (title)
title-9b5bee27e9 = { -childrens-product }与证书

# Children's products and certificates (summary)
summary-18358a5a8a = { -childrens-product }必须经{ -cpsc-accepted-lab }检测，以{ -cpc }证明合规，并加贴{ -tracking-label }。

# Children's products and certificates (learning objective)
objective-90a40368b4 = 判定某产品是否属于{ -childrens-product }。

# Children's products and certificates (learning objective)
objective-99d966dd40 = 列出{ -cpc }的7项要素。

# Children's products and certificates (learning objective)
objective-ee420f502b = 说明产品在何种情况下需要重新进行{ -third-party-testing }并签发新证书。

# Children's products and certificates (learning objective)
objective-3b2251a5f8 = 说明{ -tracking-label }和{ -efiling }的要求。

# Children's products and certificates (paragraph)
p-53c1f09a65 = { -childrens-product }必须符合适用于它的美国安全法规，还必须经过检测、出具证书证明合规，并加贴标识。

# Children's products and certificates › What is a children's product (heading)
h-afce076afe = 什么是{ -childrens-product }

# Children's products and certificates › What is a children's product (paragraph)
p-eb894becc0 = { -childrens-product }是指主要为12岁及以下儿童设计或预期供其使用的消费品。该定义见《消费品安全法》（Consumer Product Safety Act）第3(a)(2)条和16 CFR 1200.2。

# Children's products and certificates › What is a children's product (paragraph)
p-8c06b65dee = 判定产品是否主要供儿童使用，需考虑以下4项因素（16 CFR 1200.2(a)(1)）：

# Children's products and certificates › What is a children's product (list item)
li-58b0206d03 = 制造商关于预期用途的声明（包括标签），前提是该声明合理。

# Children's products and certificates › What is a children's product (list item)
li-fcefa784f6 = 包装、陈列、促销或广告是否将产品表现为适合12岁及以下儿童使用。

# Children's products and certificates › What is a children's product (list item)
li-5b69564c25 = 消费者是否普遍认为该产品供12岁及以下儿童使用。

# Children's products and certificates › What is a children's product (list item)
li-c326d5b072 = CPSC工作人员2002年9月发布的《年龄判定指南》（Age Determination Guidelines）及其后续版本。

# Children's products and certificates › What is a children's product (paragraph)
p-444366eab3 = 判定需逐案进行。适用[小零件](toys-small-parts.md)规定的玩具属于{ -childrens-product }。

# Children's products and certificates › Testing by a CPSC-accepted laboratory (heading)
h-83745dbbc9 = 由{ -cpsc-accepted-lab }进行检测

# Children's products and certificates › Testing by a CPSC-accepted laboratory (paragraph)
p-ba4bbde9f6 = 受儿童产品安全法规管辖的{ -childrens-product }必须由CPSC认可的第三方实验室检测，并出具证书证明合规。对这些实验室的要求见16 CFR part 1112。

# Children's products and certificates › Testing by a CPSC-accepted laboratory (paragraph)
p-8f3564d5e7 = 16 CFR part 1107规定了{ -childrens-product }持续检测的规程：

# Children's products and certificates › Testing by a CPSC-accepted laboratory (list item)
li-b683642aec = { -periodic-testing }；

# Children's products and certificates › Testing by a CPSC-accepted laboratory (list item)
li-af36acde5d = 设计或制造工艺发生{ -material-change }后的检测。

# Children's products and certificates › Testing by a CPSC-accepted laboratory (paragraph)
p-62634363cf = 第1107部分还规定了防止对实验室施加不当影响的保障措施（16 CFR 1107.1）。

# Children's products and certificates › Testing by a CPSC-accepted laboratory (paragraph)
p-ad85a1baed = { -material-change }是指可能影响合规性的设计、制造工艺或零部件来源的变更。发生{ -material-change }后，产品需要重新进行{ -third-party-testing }并签发新证书（16 CFR 1107.23(a)）。产品符合法规要求之前，不得签发新证书。如果只有一个零部件发生变更，企业可以将此前的测试结果与该零部件的新测试结果合并使用。

# Children's products and certificates › Testing by a CPSC-accepted laboratory (paragraph)
p-85f9eb3e74 = 更换某零部件的供应商属于零部件来源的变更。如果可能影响合规性，即属于{ -material-change }。变更设计、工艺或供应商之前，请先告知{ -importer }。

# Children's products and certificates › Testing by a CPSC-accepted laboratory (paragraph)
p-5263e158d1 = 如果测试零部件是评估合规性所必需的或足以评估合规性，企业可以测试零部件而非成品（16 CFR 1109.5(a)）。所测试的零部件必须在所有实质方面与成品中的零部件完全相同。如有疑问，应测试成品。

# Children's products and certificates › The certificate (heading)
h-36c79acaa5 = 证书

# Children's products and certificates › The certificate (paragraph)
p-1e37ed4303 = { -importer }或美国本土制造商以书面的{ -cpc }证明产品合规。CPC以CPSC认可的第三方实验室出具的合格测试结果为依据。有关证书的规定见16 CFR part 1110。

# Children's products and certificates › The certificate (paragraph)
p-787f8f68bd = 16 CFR part 1110经2025年1月8日发布的一项最终规则修订。修订后的规则于2026年7月8日生效；对于来自对外贸易区的入境申报，于2027年1月8日生效。该规则适用于必须签发证书的进口商、美国本土制造商和自有品牌商。本单元按照CPSC证书相关网页的说明介绍证书。准备证书前，请在eCFR中核对16 CFR part 1110的现行文本。

# Children's products and certificates › The certificate (paragraph)
p-85a6436776 = 对于在国外生产的产品，由进口商签发CPC；对于在美国生产的产品，由美国制造商签发。实验室可以协助起草CPC，但出证方仍承担法律责任。CPC必须提供给分销商和零售商。

# Children's products and certificates › The certificate (paragraph)
p-2af1b2350b = CPC及作为依据的测试报告必须使用英文。证书不要求特定模板，但必须包含全部7项必备要素，且内容准确。CPSC发布了玩具、服装和{ -bassinet }的CPC样本。

# Children's products and certificates › The certificate (table cell)
td-4e5b548d6d = 要素

# Children's products and certificates › The certificate (table cell)
td-8e7ddf931c = 内容

# Children's products and certificates › The certificate (table cell)
td-fb9ef89417 = 产品

# Children's products and certificates › The certificate (table cell)
td-31a1a8581f = 足够详细的描述，使CPC能与其涵盖的每种产品对应，且不涉及其他产品

# Children's products and certificates › The certificate (table cell)
td-4228aeb07c = 法规

# Children's products and certificates › The certificate (table cell)
td-647ca8b733 = 每项儿童产品安全法规，逐一单独引用

# Children's products and certificates › The certificate (table cell)
td-86004f1008 = 出证方（证书签发人）

# Children's products and certificates › The certificate (table cell)
td-9726b0e13b = 美国进口商或美国本土制造商：名称、完整邮寄地址、电话

# Children's products and certificates › The certificate (table cell)
td-75964d2f03 = 记录联系人

# Children's products and certificates › The certificate (table cell)
td-16cd9dc1e6 = 保管测试记录的人员：姓名、完整邮寄地址、电子邮箱、电话

# Children's products and certificates › The certificate (table cell)
td-8f1f17218c = 生产

# Children's products and certificates › The certificate (table cell)
td-268569d872 = 生产日期和地点

# Children's products and certificates › The certificate (table cell)
td-e806a291cf = 检测

# Children's products and certificates › The certificate (table cell)
td-e4f77faceb = 检测日期和地点

# Children's products and certificates › The certificate (table cell)
td-5e37d1bb9d = 实验室

# Children's products and certificates › The certificate (table cell)
td-c3fb8823c4 = 证书所依据的每一家CPSC认可的第三方实验室

# Children's products and certificates › The certificate (paragraph)
p-a23fc9f3e0 = 根据法规中的豁免条款或CPSC的判定，部分产品可免于检测，例如儿童毯子。企业仍须签发CPC，列明所有适用法规，并在实验室一栏注明所主张的豁免。部分材料无需进行铅检测，但仍须符合[铅含量限值](lead-and-phthalates.md#limits)。

# Children's products and certificates › The certificate (paragraph)
p-b780cea7e8 = 如果证书依据的是零部件的测试报告，成品证书必须列出每一家实验室和每一项法规引用。

# Children's products and certificates › Tracking labels (heading)
h-588e1d0168 = { -tracking-label }

# Children's products and certificates › Tracking labels (paragraph)
p-55f963d8df = { -childrens-product }及其包装必须在切实可行的范围内带有永久性识别标记（《消费品安全法》第14(a)(5)条）。这些标记称为{ -tracking-label }，必须显示：

# Children's products and certificates › Tracking labels (list item)
li-8b8de6764f = 制造商或自有品牌商的名称；

# Children's products and certificates › Tracking labels (list item)
li-3470715922 = 生产地点和日期；

# Children's products and certificates › Tracking labels (list item)
li-e2d219ac42 = 有关制造过程的详细信息，例如批号或生产批次号；

# Children's products and certificates › Tracking labels (list item)
li-302a560ee7 = 有助于查明产品具体来源的任何其他信息。

# Children's products and certificates › Tracking labels (paragraph)
p-cf53363818 = 这些信息必须清晰可见、易于辨认，但不必集中在一处。现有标记可以计入。服装上的FTC注册识别号（RN）可以满足部分要求，但不能满足全部要求。

# Children's products and certificates › Tracking labels (paragraph)
p-f0f48ff60e = 对于在海外生产的产品，由进口商负责{ -tracking-label }。

# Children's products and certificates › Tracking labels (paragraph)
p-2e2d7a3df2 = 耐用婴幼儿产品（例如{ -crib }和婴儿推车）还须遵守更多有关标记和{ -registration-card }的规定（16 CFR part 1130）。

# Children's products and certificates › Certificate eFiling (heading)
h-fb60fb25fd = { -efiling }

# Children's products and certificates › Certificate eFiling (paragraph)
p-ee96f72957 = 2025年1月8日发布的一项最终规则规定，进口产品的证书必须进行电子申报[^1]。该规则涵盖所有须出具证书证明合规的CPSC监管进口产品，包括{ -cpc }和一般合格证书（General Certificate of Conformity）。在美国生产的产品同样须出具证书证明合规，但其证书不在入境时进行电子申报。

# Children's products and certificates › Certificate eFiling (paragraph)
p-e15ba62e66 = 该规则为90 FR 1800，案卷号CPSC 2013-0017，修订了16 CFR part 1110。

# Children's products and certificates › Certificate eFiling (paragraph)
p-d62a33b501 = 进口商或其报关行在货物入境时以电子方式申报证书数据。数据通过ACE中的合作政府机构（PGA）消息集提交给美国海关与边境保护局。数据也可以存储在CPSC产品登记库（Product Registry）中并加以引用。

# Children's products and certificates › Certificate eFiling (table cell)
td-7cb76b4af1 = 入境申报

# Children's products and certificates › Certificate eFiling (table cell)
td-98b2042ece = 强制电子申报起始日期

# Children's products and certificates › Certificate eFiling (table cell)
td-5a72f56cfc = 所有入境申报（来自对外贸易区的除外）

# Children's products and certificates › Certificate eFiling (table cell)
td-d5af4d96ee = 2026年7月8日

# Children's products and certificates › Certificate eFiling (table cell)
td-93a6572f9a = 从对外贸易区入境，用于消费或仓储的申报

# Children's products and certificates › Certificate eFiling (table cell)
td-56358c61e0 = 2027年1月8日

# Children's products and certificates › Certificate eFiling (paragraph)
p-0213aef8d6 = 申报数据即证书的7项必备要素。工厂的记录必须能为每一项提供支持。

# Children's products and certificates › Certificate eFiling (paragraph)
p-fd7ef61545 = CPSC早先的一则答复称，向政府提交CPC“目前不作要求”（not required at this time）。自2026年7月8日起，对大多数进口产品而言，这一说法已经过时。

# Children's products and certificates › What to do in the factory (heading)
h-2a572bd7e4 = 工厂须采取的措施

# Children's products and certificates › What to do in the factory (list item)
li-177c4ae1e9 = 向进口商索取每种产品的{ -age-grade }和适用法规清单。

# Children's products and certificates › What to do in the factory (list item)
li-d9df4d7e41 = 只使用CPSC认可的第三方实验室。

# Children's products and certificates › What to do in the factory (list item)
li-d6930a85c2 = 记录每批产品的生产日期、地点以及批号或生产批次号。

# Children's products and certificates › What to do in the factory (list item)
li-5e61dc43de = 按与进口商的约定，在产品和包装上加贴追踪标记。

# Children's products and certificates › What to do in the factory (list item)
li-e7d4b01dd8 = 设计、工艺或零部件供应商发生任何变更之前，先告知进口商。

# Children's products and certificates › What to do in the factory (list item)
li-80a56267c4 = 切勿试图影响实验室的测试结果。

# Children's products and certificates › What to do in the factory (list item)
li-176bfa22d4 = 保存所有英文测试报告，以备进口商随时调用。

# Children's products and certificates › What to do in the factory (paragraph)
p-e618613b73 = 如果CPSC知道某项自愿召回所涉及的中国制造商，会将该制造商的名称和召回公告通报中国监管机构；如掌握该制造商的名称和地址，还会直接通知制造商。自2018年起，原国家质量监督检验检疫总局（AQSIQ）的相关职责分别由国家市场监督管理总局（SAMR，负责产品质量安全）和海关总署（GACC，负责进出口检验）承担。完善的批次记录有助于迅速查明受影响的批次。

# Children's products and certificates › Check your knowledge (heading)
h-27544b5c12 = 知识测验

# Children's products and certificates › Check your knowledge (list item)
li-2d6476b1da = 某产品主要为10岁儿童设计。它是否属于{ -childrens-product }？

# Children's products and certificates › Check your knowledge (list item)
li-4536ae53f1 = 是，因为它供12岁及以下儿童使用。

# Children's products and certificates › Check your knowledge (list item)
li-8112389f01 = 否，只有供3岁以下儿童使用的产品才属于{ -childrens-product }。

# Children's products and certificates › Check your knowledge (list item)
li-82153ece2e = 仅当它是玩具时才属于。

# Children's products and certificates › Check your knowledge (list item)
li-594c02ef97 = { -childrens-product }是指主要为12岁及以下儿童设计或预期供其使用的产品。

# Children's products and certificates › Check your knowledge (list item)
li-6308ed4b24 = 一件在越南生产并进口到美国的玩具，由谁签发CPC？

# Children's products and certificates › Check your knowledge (list item)
li-e6b0e280cc = 工厂

# Children's products and certificates › Check your knowledge (list item)
li-eff80c037e = 检测实验室

# Children's products and certificates › Check your knowledge (list item)
li-9cd14423a6 = { -importer }

# Children's products and certificates › Check your knowledge (list item)
li-6b969f7557 = 对于在国外生产的产品，由进口商签发CPC，并对其承担法律责任。

# Children's products and certificates › Check your knowledge (list item)
li-fcbed22ce5 = 某工厂更换了一种油漆的供应商，该变更可能影响合规性。需要做什么？

# Children's products and certificates › Check your knowledge (list item)
li-78cfbffa15 = 无需处理，因为原有测试报告合格

# Children's products and certificates › Check your knowledge (list item)
li-31378a4dbd = 重新进行{ -third-party-testing }并签发新证书

# Children's products and certificates › Check your knowledge (list item)
li-b9c4997783 = 只需更换新的{ -tracking-label }

# Children's products and certificates › Check your knowledge (list item)
li-c833050ed9 = 可能影响合规性的零部件来源变更属于{ -material-change }，需要重新进行{ -third-party-testing }并签发新的CPC。

# Children's products and certificates › Check your knowledge (list item)
li-61c9080c7d = 对于来自对外贸易区的入境申报，{ -efiling }自哪一天起成为强制要求？

# Children's products and certificates › Check your knowledge (list item)
li-d5af4d96ee = 2026年7月8日

# Children's products and certificates › Check your knowledge (list item)
li-56358c61e0 = 2027年1月8日

# Children's products and certificates › Check your knowledge (list item)
li-677f334331 = 2025年1月8日

# Children's products and certificates › Check your knowledge (list item)
li-6e9fa34bde = 对于其他入境申报，起始日期为2026年7月8日。

# Children's products and certificates › Sources (heading)
h-caf85b0888 = 资料来源

# Children's products and certificates › Sources (list item)
li-cbe74fd4cb = { "[" }eCFR：第1200部分，儿童产品的定义](https://www.ecfr.gov/current/title-16/part-1200)

# Children's products and certificates › Sources (list item)
li-837c43b9bc = { "[" }eCFR：第1107部分，儿童产品的检测和合规证明](https://www.ecfr.gov/current/title-16/part-1107)

# Children's products and certificates › Sources (list item)
li-1a6b397484 = { "[" }eCFR：第1109部分，零部件检测](https://www.ecfr.gov/current/title-16/part-1109)

# Children's products and certificates › Sources (list item)
li-74ff8b238e = { "[" }eCFR：第1110部分，证书](https://www.ecfr.gov/current/title-16/part-1110)

# Children's products and certificates › Sources (list item)
li-f8c7729576 = { "[" }eCFR：第1112部分，第三方实验室](https://www.ecfr.gov/current/title-16/part-1112)

# Children's products and certificates › Sources (list item)
li-30cde9875c = { "[" }CPSC：{ -cpc }](https://www.cpsc.gov/Business--Manufacturing/Testing-Certification/Childrens-Product-Certificate-CPC/)

# Children's products and certificates › Sources (list item)
li-90dfe3aff0 = { "[" }CPSC：证书概述](http://www.cpsc.gov/cpc)

# Children's products and certificates › Sources (list item)
li-056d7e4313 = { "[" }CPSC常见问题：{ -cpc }](https://cpsc.gov/FAQ/Children%E2%80%99s-Product-Certificate)

# Children's products and certificates › Sources (list item)
li-c9b7cfeaa7 = { "[" }CPSC：{ -tracking-label }](https://cpsc.gov/trackinglabel)

# Children's products and certificates › Sources (list item)
li-67a24923eb = { "[" }CPSC常见问题：{ -tracking-label }](https://cpsc.gov/FAQ/Tracking-Label)

# Children's products and certificates › Sources (list item)
li-8842c36139 = { "[" }CPSC：电子申报（eFiling）](https://cpsc.gov/eFiling)

# Children's products and certificates › Sources (list item)
li-be5b6f1662 = { "[" }CPSC常见问题：电子申报（eFiling）](https://cpsc.gov/FAQ/eFiling-Frequently-Asked-Questions-FAQ)

# Children's products and certificates › Sources (list item)
li-afa25cdc0b = { "[" }《联邦公报》（Federal Register）：电子申报最终规则，2025年1月8日](https://regulations.justia.com/regulations/fedreg/2025/01/08/2024-30826.html)

# Children's products and certificates › Sources (list item)
li-5e1930f721 = { "[" }CPSC：向中国政府通报召回](http://www.cpsc.gov/Business--Manufacturing/International/Topics/Chinese-Government-Notification-of-Recalls/)
