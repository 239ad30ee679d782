### Japanese translation of content/regulations.yaml (the official headings of the 16 CFR parts). Draft translation by the Primer team;
### not yet reviewed by a qualified translator.
### 日本語訳の草案（Primer チーム作成）。資格を有する翻訳者による校閲は受けていません。
### Comments name the 16 CFR part; `primer i18n extract` writes the English file.

# 16 CFR part 1107
title-16877c6125 = 製品の適合証明に関する試験及び表示

# 16 CFR part 1109
title-6ad736bada = 試験及び証明の要件を満たすために構成部品の試験若しくは証明又は他者による完成品の試験若しくは証明に依拠するための条件及び要件

# 16 CFR part 1110
title-9ce8ce288c = 適合証明書

# 16 CFR part 1112
title-232e2f1d2a = 第三者適合性評価機関に関する要件

# 16 CFR part 1115
title-e68324df6c = 重大な製品危害の報告

# 16 CFR part 1117
title-fa77cabe92 = ビー玉、小球、ラテックス製の風船その他の小部品による窒息事故の報告

# 16 CFR part 1120
title-2b1646e2ea = 重大な製品危害の一覧

# 16 CFR part 1130
title-7fcf233dac = 耐久性のある乳幼児用製品の消費者登録に関する要件

# 16 CFR part 1199
title-edc0cc53c6 = フタル酸エステルを含有する子ども用玩具及び育児用品：接触できない構成部品に関する指針

# 16 CFR part 1200
title-425b712a28 = 消費者製品安全法における児童用製品の定義

# 16 CFR part 1218
title-c04dad5ace = バシネット及びゆりかごに関する安全基準

# 16 CFR part 1219
title-434963ece7 = フルサイズの乳幼児用ベッドに関する安全基準

# 16 CFR part 1220
title-37da04b669 = 非フルサイズの乳幼児用ベッドに関する安全基準

# 16 CFR part 1221
title-f5cddfee34 = プレイヤードに関する安全基準

# 16 CFR part 1236
title-0df81f6519 = 乳児用睡眠製品に関する安全基準

# 16 CFR part 1241
title-0f653e7ac6 = 乳幼児用ベッドのマットレスに関する安全基準

# 16 CFR part 1250
title-1eb9ad890c = 玩具に関する安全基準

# 16 CFR 1250.4
title-c96b52efd7 = ウォータービーズ（水で膨らむビーズ）

# 16 CFR 1250.5
title-01055217c6 = 首浮き輪

# 16 CFR part 1252
title-5167aa32bc = 児童用製品、子ども用玩具及び育児用品：エンジニアードウッド製品の鉛、ASTM F963に定める元素及びフタル酸エステルに関する判断

# 16 CFR part 1262
title-db43c74427 = 磁石に関する安全基準

# 16 CFR part 1263
title-f5ea496ef1 = ボタン電池又はコイン形電池及びこれらの電池を含む消費者製品に関する安全基準

# 16 CFR part 1303
title-62a6ea13ef = 鉛含有塗料及び鉛含有塗料が塗布された特定の消費者製品の禁止

# 16 CFR part 1307
title-2c0846c5ea = 特定のフタル酸エステルを含有する子ども用玩具及び育児用品の禁止

# 16 CFR part 1308
title-31457930b0 = 特定のフタル酸エステルを含有する子ども用玩具及び育児用品の禁止：特定のプラスチックに関する判断

# 16 CFR part 1500
title-020a1c3adf = 有害物質及び有害物品：施行及び執行に関する規則

# 16 CFR part 1501
title-c3932b407b = 小部品による窒息、誤嚥又は誤飲の危険がある3歳未満の子ども用の玩具その他の物品を識別するための方法

# 16 CFR part 1512
title-fa982ef96b = 自転車に関する要件

# 16 CFR part 1609
title-da21c6fca2 = 1967年の改正及び改訂前の、1954年に改正された1953年可燃性織物法の条文

# 16 CFR part 1610
title-06b709689c = 衣料用繊維製品の燃焼性に関する基準

# 16 CFR part 1611
title-b38d73879b = ビニルプラスチックフィルムの燃焼性に関する基準

# 16 CFR part 1615
title-a6d68e474a = 子ども用寝衣の燃焼性に関する基準：サイズ0～6X（FF 3-71）

# 16 CFR part 1616
title-b4756cbb42 = 子ども用寝衣の燃焼性に関する基準：サイズ7～14（FF 5-74）

# 16 CFR part 1700
title-cd3517cbf3 = 中毒防止包装
