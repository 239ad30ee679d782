### Simplified Chinese glossary. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

-childrens-product = 儿童产品
    .note = 主要为12岁及以下儿童设计或预期供其使用的消费品。
-cpc = 儿童产品证书（CPC）
    .note = 美国进口商或美国本土制造商用以证明产品符合要求的证书。
-third-party-testing = 第三方检测
-cpsc-accepted-lab = CPSC认可的实验室
    .note = 其认可资质已获CPSC接受的第三方检测实验室。
-tracking-label = 追踪标签
-small-parts = 小零件
-small-parts-cylinder = 小零件测试筒
-choking-hazard = 窒息危险
-warning-label = 警告标签
-lead = 铅
-total-lead-content = 总铅含量
-surface-coating = 油漆和表面涂层
-phthalates = 邻苯二甲酸酯
-cpsc = 美国消费品安全委员会（CPSC）
    .note = 英文全称：U.S. Consumer Product Safety Commission。
-recall = 召回
