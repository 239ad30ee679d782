### Simplified Chinese translation of content/audiences/vietnam.md. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Vietnam (title)
title-2e5e81066a = 越南

# Vietnam (summary)
summary-53bff70c23 = 面向越南学员：本地主管机构、培训语言，以及在哪里查找美国法规。

# Vietnam › Local agencies (heading)
h-0be3ac567e = 本地主管机构

# Vietnam › Local agencies (list item)
li-bf2e629d18 = **越南标准计量质量委员会（STAMEQ）。**该委员会由原标准计量质量总局组建而成，是**科学技术部（Bộ Khoa học và Công nghệ）**下属机构。

# Vietnam › Local agencies (list item)
li-4f6d4a299b = STAMEQ的工作涉及标准和技术法规、计量、产品和货物质量、标签、条形码和可追溯性、合格评定以及认可。

# Vietnam › Local agencies (list item)
li-435c424963 = STAMEQ也是越南国家WTO/TBT咨询点。

# Vietnam › CPSC in the region (heading)
h-722cb187e8 = CPSC在本地区

# Vietnam › CPSC in the region (paragraph)
p-c04a413e34 = { -cpsc }北京区域产品安全办事处已为中国、韩国、印度尼西亚、马来西亚、日本、新加坡和越南的公共部门和私营部门官员开展情况介绍和培训。

# Vietnam › CPSC in the region (paragraph)
p-c3b7ec0900 = CPSC还发布了越南语培训资料，介绍美国关于纺织品和服装产品的法规。

# Vietnam › Languages of this training (heading)
h-d9355ce816 = 本培训的语言

# Vietnam › Languages of this training (list item)
li-690829f87a = 越南语（Tiếng Việt）

# Vietnam › Languages of this training (list item)
li-ba118bf7fc = 英语（English）

# Vietnam › Where to find the U.S. rules (heading)
h-ad0aea49d8 = 在哪里查找美国法规

# Vietnam › Where to find the U.S. rules (list item)
li-1eb462f0f4 = 美国消费品法规收录在eCFR第16编：[eCFR第16编](https://www.ecfr.gov/current/title-16)。

# Vietnam › Where to find the U.S. rules (list item)
li-b533c767c5 = CPSC在其网站上为企业提供指南：[CPSC企业指南](https://www.cpsc.gov/Business--Manufacturing)。

# Vietnam › Where to find the U.S. rules (list item)
li-92432af063 = { -cpc }及其测试报告必须使用英文。
