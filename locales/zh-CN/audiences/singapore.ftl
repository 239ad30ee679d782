### Simplified Chinese translation of content/audiences/singapore.md. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Singapore (title)
title-c96dd81db1 = 新加坡

# Singapore (summary)
summary-4ed27fb17f = 面向新加坡学员：本地主管机构、培训语言，以及在哪里查找美国法规。

# Singapore › Local agencies (heading)
h-0be3ac567e = 本地主管机构

# Singapore › Local agencies (list item)
li-afce1abdb9 = **新加坡企业发展局（Enterprise Singapore）**是《消费者保护（安全要求）条例》规定的安全主管机构（Safety Authority）。该条例依据《消费者保护（商品说明和安全要求）法》制定。

# Singapore › Local agencies (list item)
li-3381d69dfb = **消费品安全办公室（CPSO）**由新加坡企业发展局监管。

# Singapore › Local agencies (list item)
li-488a83be32 = 玩具和儿童产品适用《2011年消费者保护（消费品安全要求）条例》。

# Singapore › Local agencies (list item)
li-acdc030c23 = 受管制商品（Controlled Goods）共有33类，主要是电器和燃气家用产品。这些商品必须在新加坡企业发展局注册，按指定标准进行测试，并带有**SAFETY标志**。

# Singapore › CPSC in the region (heading)
h-722cb187e8 = CPSC在本地区

# Singapore › CPSC in the region (paragraph)
p-c04a413e34 = { -cpsc }北京区域产品安全办事处已为中国、韩国、印度尼西亚、马来西亚、日本、新加坡和越南的公共部门和私营部门官员开展情况介绍和培训。

# Singapore › Languages of this training (heading)
h-d9355ce816 = 本培训的语言

# Singapore › Languages of this training (list item)
li-ba118bf7fc = 英语（English）

# Singapore › Languages of this training (list item)
li-9937e365aa = 简体中文

# Singapore › Where to find the U.S. rules (heading)
h-ad0aea49d8 = 在哪里查找美国法规

# Singapore › Where to find the U.S. rules (list item)
li-1eb462f0f4 = 美国消费品法规收录在eCFR第16编：[eCFR第16编](https://www.ecfr.gov/current/title-16)。

# Singapore › Where to find the U.S. rules (list item)
li-b533c767c5 = CPSC在其网站上为企业提供指南：[CPSC企业指南](https://www.cpsc.gov/Business--Manufacturing)。

# Singapore › Where to find the U.S. rules (list item)
li-92432af063 = { -cpc }及其测试报告必须使用英文。
