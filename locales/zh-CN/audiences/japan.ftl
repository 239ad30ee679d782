### Simplified Chinese translation of content/audiences/japan.md. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Japan (title)
title-647294383b = 日本

# Japan (summary)
summary-efd2153fd4 = 面向日本学员：本地主管机构、培训语言，以及在哪里查找美国法规。

# Japan › Local agencies (heading)
h-0be3ac567e = 本地主管机构

# Japan › Local agencies (list item)
li-8f8dc93e56 = **经济产业省（METI；経済産業省）。**METI负责实施《消费生活用制品安全法》（消費生活用製品安全法）。指定产品须带有**PSC标志**。“特别特定产品”是“特定产品”的一个子类。对于每一种特定产品，均由制造商自行检查产品。特别特定产品还必须接受已登记检查机构的符合性检查。

# Japan › Local agencies (list item)
li-1eecba76cf = **消费者厅（CAA）。**消费者厅于2009年9月1日成立。制造商和进口商必须在获知严重产品事故后10天内向消费者厅报告。

# Japan › Local agencies (list item)
li-c17353362c = 许多日本玩具带有自愿性的**ST标志**，即行业玩具安全标志。SG标志和JIS标准也有使用。

# Japan › CPSC in the region (heading)
h-722cb187e8 = CPSC在本地区

# Japan › CPSC in the region (paragraph)
p-c04a413e34 = { -cpsc }北京区域产品安全办事处已为中国、韩国、印度尼西亚、马来西亚、日本、新加坡和越南的公共部门和私营部门官员开展情况介绍和培训。

# Japan › Languages of this training (heading)
h-d9355ce816 = 本培训的语言

# Japan › Languages of this training (list item)
li-77710aedc7 = 日语（日本語）

# Japan › Languages of this training (list item)
li-ba118bf7fc = 英语（English）

# Japan › Where to find the U.S. rules (heading)
h-ad0aea49d8 = 在哪里查找美国法规

# Japan › Where to find the U.S. rules (list item)
li-1eb462f0f4 = 美国消费品法规收录在eCFR第16编：[eCFR第16编](https://www.ecfr.gov/current/title-16)。

# Japan › Where to find the U.S. rules (list item)
li-b533c767c5 = CPSC在其网站上为企业提供指南：[CPSC企业指南](https://www.cpsc.gov/Business--Manufacturing)。

# Japan › Where to find the U.S. rules (list item)
li-92432af063 = { -cpc }及其测试报告必须使用英文。
