### Simplified Chinese translation of content/modules/infant-sleep-products.md. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Infant sleep products, crib mattresses, bassinets and play yards (title)
title-9a1777f2bc = { -infant-sleep-product }、{ -crib-mattress }、{ -bassinet }和{ -play-yard }

# Infant sleep products, crib mattresses, bassinets and play yards (summary)
summary-5b6c21c79f = 供婴儿睡眠的产品必须符合CPSC安全标准；倾斜式睡眠器和婴儿床床围在美国属于禁用品。

# Infant sleep products, crib mattresses, bassinets and play yards (learning objective)
objective-c8969270ad = 说出适用于各类{ -infant-sleep-product }的CPSC法规。

# Infant sleep products, crib mattresses, bassinets and play yards (learning objective)
objective-6ed433c7ff = 说明《婴儿安全睡眠法》（Safe Sleep for Babies Act）禁止哪些产品。

# Infant sleep products, crib mattresses, bassinets and play yards (learning objective)
objective-da62146c44 = 说明这些产品为什么需要{ -third-party-testing }、证书和注册卡。

# Infant sleep products, crib mattresses, bassinets and play yards (learning objective)
objective-557512ffc6 = 规划工厂在这些产品出货前应进行的检查。

# Infant sleep products, crib mattresses, bassinets and play yards (paragraph)
p-34c3dcd793 = 供婴儿睡眠的产品必须符合严格的美国法规。本单元介绍{ -infant-sleep-product }、{ -crib-mattress }、{ -bassinet }、摇篮和{ -play-yard }，还介绍《婴儿安全睡眠法》。婴儿床有其专门法规，见16 CFR 1219和1220。参见[婴儿床](cribs-full-size-and-non-full-size.md)单元。

# Infant sleep products, crib mattresses, bassinets and play yards › How the rules are made (heading)
h-11e51bb1f8 = 法规的制定方式

# Infant sleep products, crib mattresses, bassinets and play yards › How the rules are made (paragraph)
p-0541427d4e = 《消费品安全改进法》（CPSIA）第104条涵盖耐用婴幼儿产品。根据该条，CPSC必须发布与ASTM自愿性标准实质相同或更为严格的标准。该法还规定了在ASTM修订其标准时更新CPSC法规的程序。因此，法规中引用的ASTM版本可能会变化。请始终核对法规的现行文本。

# Infant sleep products, crib mattresses, bassinets and play yards › How the rules are made (paragraph)
p-2c662b521d = 这些依据第104条制定的法规属于儿童产品安全法规。因此，每种产品都需要：

# Infant sleep products, crib mattresses, bassinets and play yards › How the rules are made (list item)
li-1f05ed8bb7 = 由{ -cpsc-accepted-lab }进行{ -third-party-testing }；

# Infant sleep products, crib mattresses, bassinets and play yards › How the rules are made (list item)
li-a2b0f5d4b0 = 由{ -importer }或美国制造商签发的{ -cpc }；

# Infant sleep products, crib mattresses, bassinets and play yards › How the rules are made (list item)
li-b10f145461 = 消费者注册卡。

# Infant sleep products, crib mattresses, bassinets and play yards › How the rules are made (paragraph)
p-98628eab16 = 证书和测试报告必须使用英文。CPSC发布了{ -bassinet }的证书样本。

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (heading)
h-d4a5bfd813 = 各类产品适用的法规

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-fb9ef89417 = 产品

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-62845f31a2 = 法规

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-6b9e8b2181 = { -infant-sleep-product }

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-4efc0d813e = 16 CFR part 1236

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-e48002383c = { -crib-mattress }

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-4bbfcf2344 = 16 CFR part 1241

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-3f1019000c = { -bassinet }和摇篮

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-b16780f7f6 = 16 CFR part 1218

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-06c9360c8b = { -play-yard }

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-790917086d = 16 CFR part 1221

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-b80c75e8c7 = 倾斜式睡眠器、婴儿床床围

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-05eb210744 = 禁用

# Infant sleep products, crib mattresses, bassinets and play yards › Infant sleep products (heading)
h-6b9e8b2181 = { -infant-sleep-product }

# Infant sleep products, crib mattresses, bassinets and play yards › Infant sleep products (paragraph)
p-6162af119d = 16 CFR part 1236涵盖{ -infant-sleep-product }，即以为5个月及以下婴儿提供睡眠场所为营销宣传或预期用途、且不受CPSC其他婴儿睡眠标准管辖的产品。床中床（in-bed sleeper）即为一例。最终规则于2021年6月23日发布，于2022年6月23日生效。

# Infant sleep products, crib mattresses, bassinets and play yards › Crib mattresses (heading)
h-e48002383c = { -crib-mattress }

# Infant sleep products, crib mattresses, bassinets and play yards › Crib mattresses (paragraph)
p-04da3b197d = 16 CFR part 1241涵盖以下床垫：

# Infant sleep products, crib mattresses, bassinets and play yards › Crib mattresses (list item)
li-1bd943adb8 = { -full-size-crib }床垫；

# Infant sleep products, crib mattresses, bassinets and play yards › Crib mattresses (list item)
li-88349045d5 = { -non-full-size-crib }床垫；

# Infant sleep products, crib mattresses, bassinets and play yards › Crib mattresses (list item)
li-74e217aaea = 用于{ -play-yard }和{ -non-full-size-crib }的售后替换床垫。

# Infant sleep products, crib mattresses, bassinets and play yards › Crib mattresses (paragraph)
p-ea5e597ac2 = 最终规则于2022年2月15日发布，于2022年8月15日生效。

# Infant sleep products, crib mattresses, bassinets and play yards › Bassinets and cradles (heading)
h-3f1019000c = { -bassinet }和摇篮

# Infant sleep products, crib mattresses, bassinets and play yards › Bassinets and cradles (paragraph)
p-79c0ac2cd9 = 16 CFR part 1218是{ -bassinet }和摇篮的标准。ASTM修订其标准时，该法规可能随之更新。本培训不指明该法规当前引用的ASTM版本。测试前，请在eCFR中核对法规的现行文本。

# Infant sleep products, crib mattresses, bassinets and play yards › Play yards (heading)
h-06c9360c8b = { -play-yard }

# Infant sleep products, crib mattresses, bassinets and play yards › Play yards (paragraph)
p-9930e88963 = 16 CFR part 1221是{ -play-yard }的标准，于2012年8月29日首次发布，2013年2月28日生效。该法规采用ASTM F406，但不包括仅适用于{ -non-full-size-crib }的章节。2025年1月29日发布的一项直接最终规则将其更新为ASTM F406-24，生效日期定为2025年4月5日。

# Infant sleep products, crib mattresses, bassinets and play yards › The Safe Sleep for Babies Act (heading)
h-0a86a1bd54 = 《婴儿安全睡眠法》

# Infant sleep products, crib mattresses, bassinets and play yards › The Safe Sleep for Babies Act (paragraph)
p-5423e0431f = 《婴儿安全睡眠法》（Safe Sleep for Babies Act）于2022年5月16日签署。自该日起180天后，以下两类产品成为《消费品安全法》第8条规定的禁用危险产品。

# Infant sleep products, crib mattresses, bassinets and play yards › The Safe Sleep for Babies Act (list item)
li-cc64a5d529 = { "*" }*婴儿倾斜式睡眠器**。指睡眠面倾斜角度超过10度、以为1岁及以下婴儿提供睡眠场所为预期用途、营销宣传或设计目的的产品。

# Infant sleep products, crib mattresses, bassinets and play yards › The Safe Sleep for Babies Act (list item)
li-e2a724e072 = { "*" }*婴儿床床围**。婴儿床床围是指用于覆盖婴儿床侧面、以防止撞击伤害或被卡在婴儿床开口中的任何材料，包括带衬垫的床围、有支撑和无支撑的乙烯基床围护板以及竖向床栏杆套。不包括无衬垫的网眼婴儿床围布。

# Infant sleep products, crib mattresses, bassinets and play yards › The Safe Sleep for Babies Act (paragraph)
p-b453598276 = 无论生产日期如何，该禁令均适用。在该法颁布前生产的产品同样禁止。请勿为美国市场生产倾斜式睡眠器或婴儿床床围。请勿将婴儿床床围与其他产品一起包装销往美国市场。

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (heading)
h-d6175efb20 = 注册卡和标记

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (paragraph)
p-7b1d7cb5d0 = 注册卡法规为16 CFR part 1130。每个制造商（包括进口商）必须：

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-eca1f869e9 = 随每件产品提供一份邮资已付的消费者注册表；

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-10882c28ef = 保存已注册消费者的记录；

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-d80c82e93d = 在产品上永久标明制造商名称和联系方式、型号名称和编号以及生产日期。

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (paragraph)
p-f8f64b181c = 对于{ -play-yard }、{ -bassinet }和摇篮，该法规自2010年6月28日起适用。后来，{ -infant-sleep-product }作为{ -bassinet }和摇篮的一个子类别被纳入，{ -crib-mattress }也被纳入。

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (paragraph)
p-f9ad44d6b9 = 注册表必须符合16 CFR 1130.5：

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-26e63730a4 = 所有规定信息均使用英文。

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-682bafbe1b = 附在产品表面，使消费者必然会注意到并接触到它。

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-64b3163859 = 显示制造商名称、型号名称和编号以及生产日期。

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-d3c5834e4c = 提供网上注册途径。

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-68fe0078cd = 声明所收集的数据仅用于召回或安全警示目的。

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (paragraph)
p-04c8a9d0be = { -childrens-product }及其包装还必须加贴{ -tracking-label }，标明例如制造商名称、生产地点和日期以及批号或生产批次号。耐用婴幼儿产品对产品本身和外包装还有更多标签规定。

# Infant sleep products, crib mattresses, bassinets and play yards › Reporting problems (heading)
h-9ec1696976 = 报告问题

# Infant sleep products, crib mattresses, bassinets and play yards › Reporting problems (paragraph)
p-0562955a39 = 在某些情况下，制造商、进口商、分销商和零售商必须立即向CPSC报告。其中一种情况是，掌握的信息可合理支持产品不符合某项消费品安全法规的结论。不得等到发生伤害后才报告。相关规定见16 CFR part 1115。如发现问题，请立即告知{ -importer }。

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (heading)
h-2a572bd7e4 = 工厂须采取的措施

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (list item)
li-11603843d4 = 生产前，查明适用于每种产品的法规。

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (list item)
li-8678b606fb = 询问实验室依据哪一版ASTM标准进行测试，并与现行法规进行核对。

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (list item)
li-453ae2d4d1 = 请勿为美国市场生产倾斜式睡眠器或婴儿床床围。

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (list item)
li-89d1af789e = 在每件产品上永久标明制造商名称和联系方式、型号名称和编号以及生产日期。

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (list item)
li-bdfadfa2b1 = 将注册卡附在产品上，并确认其使用英文。

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (list item)
li-89f17aa392 = 变更设计、工艺或材料之前，先告知进口商。可能影响合规性的{ -material-change }需要重新进行{ -third-party-testing }并签发新证书。

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (list item)
li-e1618feb22 = 保存所有测试记录。如有任何测试不合格或事故，立即告知进口商。

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (paragraph)
p-4ba1ed621d = CPSC介绍其北京办事处的网页称，在服装、婴儿床和婴幼儿用品等较高风险的儿童产品中，有很大一部分由中国企业生产。该网页未注明日期。如果CPSC知道某项自愿召回所涉及的中国制造商，会将其名称和召回公告通报中国监管机构。如果CPSC掌握该制造商的名称和地址，还会通知该制造商。

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (heading)
h-27544b5c12 = 知识测验

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-a0a20f6ec5 = 某产品为5个月及以下婴儿提供睡眠场所，且不受CPSC其他婴儿睡眠标准管辖。适用哪项法规？

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-790917086d = 16 CFR part 1221

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-4efc0d813e = 16 CFR part 1236

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-4bbfcf2344 = 16 CFR part 1241

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-6701c07d4d = 16 CFR part 1236涵盖不受CPSC其他婴儿睡眠标准管辖的{ -infant-sleep-product }。

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-3dc47d0bdb = 《婴儿安全睡眠法》禁止哪种产品？

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-64bb913eac = 带衬垫的婴儿床床围

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-fbfb7fd93e = 无衬垫的网眼婴儿床围布

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-5157cb7cc1 = 符合16 CFR part 1221的{ -play-yard }

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-57b40c3779 = 带衬垫的婴儿床床围属于禁用品。无衬垫的网眼婴儿床围布不在禁令范围内。

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-da9ab3b0ab = 某婴儿倾斜式睡眠器的睡眠面倾斜角度超过10度，在该法颁布前生产。它能否在美国销售？

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-ce658eb5e3 = 能，因为它是在该法颁布前生产的。

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-b6309b7edc = 能，只要加贴{ -warning-label }。

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-1814d2c83b = 不能，因为无论生产日期如何，该禁令均适用。

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-b148637134 = 婴儿倾斜式睡眠器属于禁用危险产品，与生产日期无关。

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-0c738dbf52 = { -bassinet }的消费者注册卡必须满足哪些要求？

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-de105f1fa7 = 以英文提供所有规定信息。

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-f7dabc3613 = 要求消费者支付邮资。

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-a9b3da4031 = 声明所收集的数据仅用于召回或安全警示目的。

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-ecd6efb671 = 这两项都是必需的。注册表必须邮资已付，并以英文提供所有规定信息；还必须声明数据仅用于召回或安全警示目的。

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (heading)
h-caf85b0888 = 资料来源

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-5b634cbaf9 = { "[" }eCFR：第1236部分，婴儿睡眠产品](https://www.ecfr.gov/current/title-16/part-1236)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-429292259c = { "[" }eCFR：第1241部分，婴儿床床垫](https://www.ecfr.gov/current/title-16/part-1241)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-3b04cc52f9 = { "[" }eCFR：第1218部分，婴儿睡篮和摇篮](https://www.ecfr.gov/current/title-16/part-1218)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-302275d580 = { "[" }eCFR：第1221部分，游戏围栏](https://www.ecfr.gov/current/title-16/part-1221)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-5cdee80e66 = { "[" }eCFR：第1130部分，注册卡](https://www.ecfr.gov/current/title-16/part-1130)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-318ff6593c = { "[" }eCFR：第1115部分，报告](https://www.ecfr.gov/current/title-16/part-1115)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-3824b905cf = { "[" }《联邦公报》（Federal Register）：婴儿睡眠产品法规，2021年6月23日](https://regulations.justia.com/regulations/fedreg/2021/06/23/2021-12723.html)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-01b9113336 = { "[" }《联邦公报》（Federal Register）：婴儿床床垫法规，2022年2月15日](https://regulations.justia.com/regulations/fedreg/2022/02/15/2022-02414.html)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-dcb38dafe4 = { "[" }《联邦公报》（Federal Register）：游戏围栏法规，2012年8月29日](http://www.gpo.gov/fdsys/pkg/FR-2012-08-29/html/2012-21168.htm)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-70ce0df7a1 = { "[" }《联邦公报》（Federal Register）：游戏围栏法规更新，2025年1月29日](https://govinfo.gov/content/pkg/FR-2025-01-29/html/2025-01658.htm)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-8793b6f497 = { "[" }《2021年婴儿安全睡眠法》（Safe Sleep for Babies Act of 2021）文本](https://en.m.wikisource.org/wiki/Safe_Sleep_for_Babies_Act_of_2021)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-48eb455674 = { "[" }CPSC：注册卡常见问题](https://www.cpsc.gov/FAQ/Registration-Cards)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-353bb2c28c = { "[" }CPSC：{ -cpc }](http://www.cpsc.gov/cpc)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-c9b7cfeaa7 = { "[" }CPSC：{ -tracking-label }](https://cpsc.gov/trackinglabel)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-f30ee94a2c = { "[" }CPSC：北京区域产品安全办事处](http://www.cpsc.gov/Business--Manufacturing/International/CPSC-Regional-Product-Safety-Office-Beijing/)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-5e1930f721 = { "[" }CPSC：向中国政府通报召回](http://www.cpsc.gov/Business--Manufacturing/International/Topics/Chinese-Government-Notification-of-Recalls/)
