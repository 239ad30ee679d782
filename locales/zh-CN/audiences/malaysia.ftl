### Simplified Chinese translation of content/audiences/malaysia.md. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Malaysia (title)
title-084504165b = 马来西亚

# Malaysia (summary)
summary-2d48a3985d = 面向马来西亚学员：本地主管机构、培训语言，以及在哪里查找美国法规。

# Malaysia › Local agencies (heading)
h-0be3ac567e = 本地主管机构

# Malaysia › Local agencies (list item)
li-6b08cf2832 = **国内贸易及生活成本部（KPDN）。**KPDN是消费品安全监管机构，其原名为国内贸易及消费者事务部（KPDNHEP）。

# Malaysia › Local agencies (list item)
li-0cddb57853 = 玩具安全规定载于《2009年消费者保护（玩具安全标准）条例》。

# Malaysia › Local agencies (list item)
li-9a1c0957b6 = 在这些规定中，玩具是指供14岁以下儿童使用的产品。

# Malaysia › Local agencies (list item)
li-3d5cecedcb = 玩具须通过**MYSAFE**系统取得符合性证书（Certificate of Conformance），并带有**MC标志**。

# Malaysia › CPSC in the region (heading)
h-722cb187e8 = CPSC在本地区

# Malaysia › CPSC in the region (paragraph)
p-c04a413e34 = { -cpsc }北京区域产品安全办事处已为中国、韩国、印度尼西亚、马来西亚、日本、新加坡和越南的公共部门和私营部门官员开展情况介绍和培训。

# Malaysia › Languages of this training (heading)
h-d9355ce816 = 本培训的语言

# Malaysia › Languages of this training (list item)
li-7b6e9ac25c = 马来语（Bahasa Melayu）

# Malaysia › Languages of this training (list item)
li-ba118bf7fc = 英语（English）

# Malaysia › Languages of this training (list item)
li-9937e365aa = 简体中文

# Malaysia › Where to find the U.S. rules (heading)
h-ad0aea49d8 = 在哪里查找美国法规

# Malaysia › Where to find the U.S. rules (list item)
li-1eb462f0f4 = 美国消费品法规收录在eCFR第16编：[eCFR第16编](https://www.ecfr.gov/current/title-16)。

# Malaysia › Where to find the U.S. rules (list item)
li-b533c767c5 = CPSC在其网站上为企业提供指南：[CPSC企业指南](https://www.cpsc.gov/Business--Manufacturing)。

# Malaysia › Where to find the U.S. rules (list item)
li-92432af063 = { -cpc }及其测试报告必须使用英文。
