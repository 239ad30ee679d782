### Simplified Chinese translation of content/audiences/indonesia.md. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Indonesia (title)
title-dbc74a36d8 = 印度尼西亚

# Indonesia (summary)
summary-3719980aab = 面向印度尼西亚学员：本地主管机构、培训语言，以及在哪里查找美国法规。

# Indonesia › Local agencies (heading)
h-0be3ac567e = 本地主管机构

# Indonesia › Local agencies (list item)
li-4b064e11bf = **国家标准化局（Badan Standardisasi Nasional，BSN）。**BSN负责制定印度尼西亚国家标准（Standar Nasional Indonesia，SNI）。

# Indonesia › Local agencies (list item)
li-25e88ee238 = **工业部（Kementerian Perindustrian）。**该部通过经修订的第24/M-IND/PER/4/2013号条例，将玩具SNI定为强制性标准。在这些规定中，玩具是指供14岁及以下儿童使用的产品。

# Indonesia › Local agencies (list item)
li-82e7f19670 = 七项玩具SNI中有六项采用国际标准，主要是ISO 8124。

# Indonesia › Local agencies (list item)
li-945c21d629 = **贸易部（Kementerian Perdagangan）。**该部针对玩具开展了宣传推广和市场执法。自2014年4月30日起，玩具必须带有SNI标志。

# Indonesia › CPSC in the region (heading)
h-722cb187e8 = CPSC在本地区

# Indonesia › CPSC in the region (paragraph)
p-c04a413e34 = { -cpsc }北京区域产品安全办事处已为中国、韩国、印度尼西亚、马来西亚、日本、新加坡和越南的公共部门和私营部门官员开展情况介绍和培训。

# Indonesia › Languages of this training (heading)
h-d9355ce816 = 本培训的语言

# Indonesia › Languages of this training (list item)
li-11b8712670 = 印度尼西亚语（Bahasa Indonesia）

# Indonesia › Languages of this training (list item)
li-ba118bf7fc = 英语（English）

# Indonesia › Where to find the U.S. rules (heading)
h-ad0aea49d8 = 在哪里查找美国法规

# Indonesia › Where to find the U.S. rules (list item)
li-1eb462f0f4 = 美国消费品法规收录在eCFR第16编：[eCFR第16编](https://www.ecfr.gov/current/title-16)。

# Indonesia › Where to find the U.S. rules (list item)
li-b533c767c5 = CPSC在其网站上为企业提供指南：[CPSC企业指南](https://www.cpsc.gov/Business--Manufacturing)。

# Indonesia › Where to find the U.S. rules (list item)
li-92432af063 = { -cpc }及其测试报告必须使用英文。
