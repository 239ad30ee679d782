### Simplified Chinese translation of content/regulations.yaml (the official headings of the 16 CFR parts). Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# 16 CFR part 1107
title-16877c6125 = 与产品合规证明相关的检测和标签

# 16 CFR part 1109
title-6ad736bada = 依据零部件检测或合规证明、或他方成品检测或合规证明以满足检测和合规证明要求的条件和要求

# 16 CFR part 1110
title-9ce8ce288c = 合规证书

# 16 CFR part 1112
title-232e2f1d2a = 关于第三方合格评定机构的要求

# 16 CFR part 1115
title-e68324df6c = 重大产品危害报告

# 16 CFR part 1117
title-fa77cabe92 = 涉及弹珠、小球、乳胶气球及其他小零件的窒息事故报告

# 16 CFR part 1120
title-2b1646e2ea = 重大产品危害清单

# 16 CFR part 1130
title-7fcf233dac = 耐用婴幼儿产品消费者注册要求

# 16 CFR part 1199
title-edc0cc53c6 = 含邻苯二甲酸酯的儿童玩具和儿童护理用品：关于不可触及零部件的指南

# 16 CFR part 1200
title-425b712a28 = 《消费品安全法》规定的儿童产品定义

# 16 CFR part 1218
title-c04dad5ace = 婴儿睡篮和摇篮安全标准

# 16 CFR part 1219
title-434963ece7 = 全尺寸婴儿床安全标准

# 16 CFR part 1220
title-37da04b669 = 非全尺寸婴儿床安全标准

# 16 CFR part 1221
title-f5cddfee34 = 游戏围栏安全标准

# 16 CFR part 1236
title-0df81f6519 = 婴儿睡眠产品安全标准

# 16 CFR part 1241
title-0f653e7ac6 = 婴儿床床垫安全标准

# 16 CFR part 1250
title-1eb9ad890c = 玩具安全标准

# 16 CFR 1250.4
title-c96b52efd7 = 吸水珠

# 16 CFR 1250.5
title-01055217c6 = 颈部浮圈

# 16 CFR part 1252
title-5167aa32bc = 儿童产品、儿童玩具和儿童护理用品：关于工程木制品中铅、ASTM F963所列元素和邻苯二甲酸酯的判定

# 16 CFR part 1262
title-db43c74427 = 磁体安全标准

# 16 CFR part 1263
title-f5ea496ef1 = 纽扣电池或硬币电池及含此类电池的消费品安全标准

# 16 CFR part 1303
title-62a6ea13ef = 含铅油漆及某些带有含铅油漆的消费品禁令

# 16 CFR part 1307
title-2c0846c5ea = 含特定邻苯二甲酸酯的儿童玩具和儿童护理用品禁令

# 16 CFR part 1308
title-31457930b0 = 含特定邻苯二甲酸酯的儿童玩具和儿童护理用品禁令：关于某些塑料的判定

# 16 CFR part 1500
title-020a1c3adf = 危险物质和物品：管理和执行条例

# 16 CFR part 1501
title-c3932b407b = 识别供3岁以下儿童使用、因小零件而存在窒息、吸入或吞咽危险的玩具和其他物品的方法

# 16 CFR part 1512
title-fa982ef96b = 自行车要求

# 16 CFR part 1609
title-da21c6fca2 = 1953年《易燃织物法》经1954年修正、在1967年修正和修订之前的文本

# 16 CFR part 1610
title-06b709689c = 服装纺织品易燃性标准

# 16 CFR part 1611
title-b38d73879b = 乙烯基塑料薄膜易燃性标准

# 16 CFR part 1615
title-a6d68e474a = 儿童睡衣易燃性标准：尺码0至6X（FF 3-71）

# 16 CFR part 1616
title-b4756cbb42 = 儿童睡衣易燃性标准：尺码7至14（FF 5-74）

# 16 CFR part 1700
title-cd3517cbf3 = 防中毒包装
