### Simplified Chinese translation of content/modules/clothing-drawstrings.md. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Drawstrings on children's upper outerwear (title)
title-84b0acf604 = { -upper-outerwear }上的{ -drawstring }

# Drawstrings on children's upper outerwear (summary)
summary-99bb196785 = 2T至12码的{ -upper-outerwear }不得有帽部或颈部{ -drawstring }；2T至16码的腰部和下摆{ -drawstring }必须符合严格的限制。

# Drawstrings on children's upper outerwear (learning objective)
objective-11f00f719f = 说明{ -upper-outerwear }上的{ -drawstring }为何危险。

# Drawstrings on children's upper outerwear (learning objective)
objective-9675eb69ce = 说出帽部、颈部、腰部和下摆{ -drawstring }规定所涵盖的尺码。

# Drawstrings on children's upper outerwear (learning objective)
objective-a590b9ef82 = 对照法规检查腰部或下摆{ -drawstring }。

# Drawstrings on children's upper outerwear (learning objective)
objective-eed865731e = 说明服装不符合法规时应如何处理。

# Drawstrings on children's upper outerwear (paragraph)
p-35aa8e6025 = { -upper-outerwear }上的{ -drawstring }可能被游乐场滑梯或公交车门钩住，儿童可能因此被勒颈窒息。因此，美国法规对{ -upper-outerwear }上的{ -drawstring }作出了限制。

# Drawstrings on children's upper outerwear › Why drawstrings are dangerous (heading)
h-d5f4cf71fc = { -drawstring }为何危险

# Drawstrings on children's upper outerwear › Why drawstrings are dangerous (paragraph)
p-001455916b = 据CPSC工作人员掌握，颈部或帽部{ -drawstring }已造成26起死亡事故和73起非致命事故，发生于1985年1月至2019年6月期间。涉事儿童年龄为18个月至15岁。大多数事故与游乐场滑梯有关，也有部分事故是校车车门钩住腰部{ -drawstring }所致。

# Drawstrings on children's upper outerwear › The rule (heading)
h-4d88e08f47 = 法规

# Drawstrings on children's upper outerwear › The rule (paragraph)
p-50ac2aa13e = 该法规为16 CFR 1120.3(b)，它将某些服装列入重大产品危险清单。这些服装是带有{ -drawstring }的{ -upper-outerwear }，且：

# Drawstrings on children's upper outerwear › The rule (list item)
li-cbb0a19c9a = 尺码为2T至16码或同等尺码；

# Drawstrings on children's upper outerwear › The rule (list item)
li-bc53a5a8a0 = 受ASTM F1816-97管辖但不符合该标准。

# Drawstrings on children's upper outerwear › The rule (paragraph)
p-ccfad9b896 = 该清单的法律依据是《消费品安全法》第15(j)条。最终规则于2011年7月19日发布，于2011年8月18日生效。

# Drawstrings on children's upper outerwear › The rule (paragraph)
p-ffa2eb88ae = { -drawstring }是指用于将上身外衣各部分收拢闭合的不可回缩的绳、带或织带（16 CFR 1120.2(c)）。

# Drawstrings on children's upper outerwear › What the rule requires (heading)
h-1e96f9e67c = 法规要求

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-04d1ee334d = { -drawstring }

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-74a3978d10 = 尺码

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-f5f5690b0e = 要求

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-3ba0fac5b0 = 帽部和颈部

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-4484f5555a = 2T至12码

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-f0406a0e7e = 不允许

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-0c9d859c63 = 腰部和下摆

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-c8f1450462 = 2T至16码

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-343daebc4d = 允许，但有限制

# Drawstrings on children's upper outerwear › What the rule requires (paragraph)
p-9ccda0f7d7 = 2T至12码上身外衣上的帽部和颈部{ -drawstring }属于重大产品危险，会造成勒颈窒息风险，不允许使用。

# Drawstrings on children's upper outerwear › What the rule requires (paragraph)
p-96a4cbc856 = 2T至16码上身外衣上的腰部和下摆{ -drawstring }必须符合以下全部限制：

# Drawstrings on children's upper outerwear › What the rule requires (list item)
li-e0a35aeeb7 = 将服装展开至最大宽度时，{ -drawstring }伸出穿绳通道的长度不得超过3英寸。

# Drawstrings on children's upper outerwear › What the rule requires (list item)
li-67782c586a = 自由端不得有绳扣、绳结或其他附件。

# Drawstrings on children's upper outerwear › What the rule requires (list item)
li-a64c432fa0 = 单根连续{ -drawstring }必须打套结固定，即缝穿固定，使其无法从穿绳通道中抽出。

# Drawstrings on children's upper outerwear › What the rule requires (paragraph)
p-ce26dc7687 = 按照法规要求，在服装展开至最大宽度时测量{ -drawstring }。检查一个款式的所有尺码，而不仅是样板尺码。同一款式的尺码可能同时落在上表的两行中。

# Drawstrings on children's upper outerwear › When garments do not meet the rule (heading)
h-62adc5c1b2 = 服装不符合法规时

# Drawstrings on children's upper outerwear › When garments do not meet the rule (paragraph)
p-9c73ceb2bb = 在若干情况下，制造商、进口商、分销商和零售商必须向CPSC报告。这些情况包括掌握可合理支持以下结论的信息，即产品：

# Drawstrings on children's upper outerwear › When garments do not meet the rule (list item)
li-14c0fe9b5a = 不符合某项消费品安全法规，或不符合CPSC所依据的某项自愿性标准；

# Drawstrings on children's upper outerwear › When garments do not meet the rule (list item)
li-523d67032a = 存在可能造成重大产品危险的缺陷；或

# Drawstrings on children's upper outerwear › When garments do not meet the rule (list item)
li-10e764cfe9 = 造成严重伤害或死亡的不合理风险。

# Drawstrings on children's upper outerwear › When garments do not meet the rule (paragraph)
p-2ebe158692 = 他们必须立即报告，不得等到发生伤害后才报告。相关规定见16 CFR part 1115。如发现带{ -drawstring }的服装不符合法规，请立即告知{ -importer }。已经出货的服装也同样适用。

# Drawstrings on children's upper outerwear › Other rules for children's clothing (heading)
h-ed9611b512 = 儿童服装的其他法规

# Drawstrings on children's upper outerwear › Other rules for children's clothing (paragraph)
p-3e5e5fb6ea = { -drawstring }并非唯一的法规要求。儿童服装还必须符合其他法规：

# Drawstrings on children's upper outerwear › Other rules for children's clothing (list item)
li-2b9d842c2b = { -flammability }法规，参见[服装易燃性](clothing-flammability.md)；

# Drawstrings on children's upper outerwear › Other rules for children's clothing (list item)
li-1a8377811a = [铅含量限值](lead-and-phthalates.md#limits)，例如适用于印花、转印图案和非纺织部件；

# Drawstrings on children's upper outerwear › Other rules for children's clothing (list item)
li-4e74fd8c80 = 服装及其包装上的{ -tracking-label }。

# Drawstrings on children's upper outerwear › Other rules for children's clothing (paragraph)
p-8eb089260f = 服装上的FTC注册识别号（RN）可作为{ -tracking-label }的一部分，但不能替代全部{ -tracking-label }。

# Drawstrings on children's upper outerwear › What to do in the factory (heading)
h-2a572bd7e4 = 工厂须采取的措施

# Drawstrings on children's upper outerwear › What to do in the factory (list item)
li-7b3296f847 = 制作样品前，核对每个上身外衣款式的尺码范围。

# Drawstrings on children's upper outerwear › What to do in the factory (list item)
li-0e2c804548 = 在2T至12码中，从设计中去除帽部和颈部{ -drawstring }。

# Drawstrings on children's upper outerwear › What to do in the factory (list item)
li-25a98ee367 = 在2T至16码中，在服装展开至最大宽度时测量腰部和下摆{ -drawstring }。

# Drawstrings on children's upper outerwear › What to do in the factory (list item)
li-90d3697a12 = 检查确认没有任何{ -drawstring }伸出穿绳通道超过3英寸。

# Drawstrings on children's upper outerwear › What to do in the factory (list item)
li-648d756105 = 检查确认自由端没有绳扣、绳结或其他附件。

# Drawstrings on children's upper outerwear › What to do in the factory (list item)
li-d33c11dd0a = 检查每根单根连续{ -drawstring }的套结。

# Drawstrings on children's upper outerwear › What to do in the factory (list item)
li-89cb2abd5f = 检查首批样品和大货生产，并保存记录。

# Drawstrings on children's upper outerwear › What to do in the factory (paragraph)
p-23d62b1863 = CPSC介绍其北京办事处的网页称，在服装、婴儿床和婴幼儿用品等较高风险的儿童产品中，有很大一部分由中国企业生产。该网页未注明日期。为美国市场生产儿童夹克和其他上身外衣的中国工厂，应对照该法规检查每一个款式。

# Drawstrings on children's upper outerwear › Check your knowledge (heading)
h-27544b5c12 = 知识测验

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-295d31ae12 = 一件8码的儿童夹克在帽部有一根{ -drawstring }。这是否允许？

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-6a991d0960 = 允许，只要{ -drawstring }不超过3英寸。

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-64f6d0e653 = 允许，只要自由端没有绳扣。

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-400e78188b = 不允许。2T至12码不得有帽部和颈部{ -drawstring }。

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-3dc4dfb34c = 2T至12码上身外衣上的帽部和颈部{ -drawstring }属于重大产品危险。

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-3f126bcde2 = 一件14码的夹克有腰部{ -drawstring }。该{ -drawstring }伸出穿绳通道的长度最多可以是多少？

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-230b8ddeca = 没有限制。

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-5d3e0a65c0 = 服装展开至最大宽度时，不超过3英寸。

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-198124ca39 = 服装闭合时，不超过3英寸。

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-f3ff848d6b = 2T至16码的腰部和下摆{ -drawstring }，在服装展开至最大宽度时，伸出穿绳通道的长度不得超过3英寸。

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-b175d78581 = 哪种腰部{ -drawstring }符合法规？

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-7c4bb5784b = 每个自由端都有塑料绳扣的{ -drawstring }

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-4ffd820426 = 每个自由端都打了结的{ -drawstring }

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-c70ffbedd8 = 打套结固定、无法从穿绳通道中抽出的单根连续{ -drawstring }

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-3e3ddde8d3 = 自由端不得有绳扣、绳结或其他附件。单根连续{ -drawstring }必须打套结固定。

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-ef58cc5f8d = 您得知已出货的6码夹克带有帽部{ -drawstring }。您应该怎么做？

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-7387db2b48 = 无需处理，因为服装已经出厂。

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-603157b10e = 立即告知{ -importer }。

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-5742ddd907 = 等到有儿童受伤再说。

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-9d2a343268 = 6码服装上的帽部{ -drawstring }属于重大产品危险。当信息可合理支持产品存在可能造成重大产品危险的缺陷这一结论时，企业必须立即向CPSC报告。因此，进口商需要立即获得该信息。

# Drawstrings on children's upper outerwear › Sources (heading)
h-caf85b0888 = 资料来源

# Drawstrings on children's upper outerwear › Sources (list item)
li-9b1e8ae5ed = { "[" }eCFR：第1120部分，重大产品危险清单](https://www.ecfr.gov/current/title-16/part-1120)

# Drawstrings on children's upper outerwear › Sources (list item)
li-318ff6593c = { "[" }eCFR：第1115部分，报告](https://www.ecfr.gov/current/title-16/part-1115)

# Drawstrings on children's upper outerwear › Sources (list item)
li-ee423943e6 = { "[" }《联邦公报》（Federal Register）：拉绳最终规则，2011年7月19日](http://www.gpo.gov/fdsys/pkg/FR-2011-07-19/html/2011-17961.htm)

# Drawstrings on children's upper outerwear › Sources (list item)
li-4046832052 = { "[" }《联邦公报》（Federal Register）：拉绳拟议规则，2010年5月17日](https://regulations.justia.com/regulations/fedreg/2010/05/17/2010-11624.html)

# Drawstrings on children's upper outerwear › Sources (list item)
li-e3a8d9c0a5 = { "[" }CPSC：儿童上身外衣拉绳常见问题](http://cpsc.gov/FAQ/Drawstrings-in-Children%E2%80%99s-Upper-Outerwear)

# Drawstrings on children's upper outerwear › Sources (list item)
li-ae450af3e8 = { "[" }CPSC：追踪标签常见问题](https://cpsc.gov/FAQ/Tracking-Label)

# Drawstrings on children's upper outerwear › Sources (list item)
li-f30ee94a2c = { "[" }CPSC：北京区域产品安全办事处](http://www.cpsc.gov/Business--Manufacturing/International/CPSC-Regional-Product-Safety-Office-Beijing/)
