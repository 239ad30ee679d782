### Simplified Chinese translation of content/audiences/china.md. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# China (title)
title-1043682903 = 中国

# China (summary)
summary-d1e6890cb2 = 面向中国学员：本地主管机构、培训语言，以及在哪里查找美国法规。

# China › Local agencies (heading)
h-0be3ac567e = 本地主管机构

# China › Local agencies (list item)
li-d321a197cd = **国家市场监督管理总局（SAMR）。**SAMR于2018年组建，负责工业产品质量安全、计量、标准以及认证认可工作。

# China › Local agencies (list item)
li-00715f1d38 = **海关总署（GACC）。**GACC负责出入境检验检疫，以及进出口商品的质量安全检验。

# China › Local agencies (paragraph)
p-9fab4961fa = 2018年，原国家质量监督检验检疫总局（AQSIQ）被撤销，其职能划入SAMR和GACC。CPSC的部分网页仍提及AQSIQ，阅读时请将其理解为SAMR或GACC。

# China › CPSC and China (heading)
h-8a65157f45 = CPSC与中国

# China › CPSC and China (list item)
li-0ffd4f63f2 = 2011年1月，{ -cpsc }在美国驻华大使馆内设立了北京区域产品安全办事处，这是CPSC的首个海外办事处。该办事处已为本培训涉及的全部七个国家的公共部门官员和私营部门人员开展情况介绍和培训。

# China › CPSC and China (list item)
li-0862f2f47f = CPSC设有中文网站。

# China › CPSC and China (list item)
li-a5f1003ab5 = 如果CPSC知道某项自愿{ -recall }背后的中国制造商，会将该制造商的名称和{ -recall }公告提供给中国监管机构。

# China › Languages of this training (heading)
h-d9355ce816 = 本培训的语言

# China › Languages of this training (list item)
li-9937e365aa = 简体中文

# China › Languages of this training (list item)
li-ba118bf7fc = 英语（English）

# China › Where to find the U.S. rules (heading)
h-ad0aea49d8 = 在哪里查找美国法规

# China › Where to find the U.S. rules (list item)
li-1eb462f0f4 = 美国消费品法规收录在eCFR第16编：[eCFR第16编](https://www.ecfr.gov/current/title-16)。

# China › Where to find the U.S. rules (list item)
li-b533c767c5 = CPSC在其网站上为企业提供指南：[CPSC企业指南](https://www.cpsc.gov/Business--Manufacturing)。

# China › Where to find the U.S. rules (list item)
li-92432af063 = { -cpc }及其测试报告必须使用英文。
