### Simplified Chinese translation of content/audiences/korea.md. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Republic of Korea (title)
title-ee3ba8e240 = 韩国

# Republic of Korea (summary)
summary-d5fcdaac5c = 面向韩国学员：本地主管机构、培训语言，以及在哪里查找美国法规。

# Republic of Korea › Local agencies (heading)
h-0be3ac567e = 本地主管机构

# Republic of Korea › Local agencies (list item)
li-d8a7034748 = **韩国技术标准院（KATS；국가기술표준원）。**KATS是韩国的国家标准机构和产品安全监管机构。

# Republic of Korea › Local agencies (list item)
li-93aeb35fab = 儿童产品适用《儿童产品安全特别法》（어린이제품 안전 특별법），该法涵盖供13岁及以下儿童使用的产品。

# Republic of Korea › Local agencies (list item)
li-06a83572d4 = 一般消费品和电气消费品适用《电气用品及生活用品安全管理法》（전기용품 및 생활용품 안전관리법）。

# Republic of Korea › Local agencies (list item)
li-65a0044042 = 这两部法律均使用**KC标志**。

# Republic of Korea › Local agencies (paragraph)
p-2d19752f44 = KATS一直隶属于产业通商资源部（산업통상자원부）。2025年的政府机构改革对该部作了调整。联系该部之前，请先核实其现用名称。

# Republic of Korea › CPSC in the region (heading)
h-722cb187e8 = CPSC在本地区

# Republic of Korea › CPSC in the region (paragraph)
p-c04a413e34 = { -cpsc }北京区域产品安全办事处已为中国、韩国、印度尼西亚、马来西亚、日本、新加坡和越南的公共部门和私营部门官员开展情况介绍和培训。

# Republic of Korea › Languages of this training (heading)
h-d9355ce816 = 本培训的语言

# Republic of Korea › Languages of this training (list item)
li-ea3252281b = 韩语（한국어）

# Republic of Korea › Languages of this training (list item)
li-ba118bf7fc = 英语（English）

# Republic of Korea › Where to find the U.S. rules (heading)
h-ad0aea49d8 = 在哪里查找美国法规

# Republic of Korea › Where to find the U.S. rules (list item)
li-1eb462f0f4 = 美国消费品法规收录在eCFR第16编：[eCFR第16编](https://www.ecfr.gov/current/title-16)。

# Republic of Korea › Where to find the U.S. rules (list item)
li-b533c767c5 = CPSC在其网站上为企业提供指南：[CPSC企业指南](https://www.cpsc.gov/Business--Manufacturing)。

# Republic of Korea › Where to find the U.S. rules (list item)
li-92432af063 = { -cpc }及其测试报告必须使用英文。
