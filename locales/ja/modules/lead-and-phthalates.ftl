### Japanese translation of content/modules/lead-and-phthalates.md (Lead and phthalates). Draft translation by the Primer team;
### not yet reviewed by a qualified translator.
### 日本語訳の草案（Primer チーム作成）。資格を有する翻訳者による校閲は受けていません。
### Comments name the English source segment; `primer i18n extract` writes the English file.

# Lead and phthalates (title)
title-8513ec6135 = { -lead }と{ -phthalates }

# Lead and phthalates (summary)
summary-8555a4ca7a = { -childrens-product }は米国の{ -lead }の限度値を満たさなければならず、子ども用玩具及び{ -child-care-article }は8種類の{ -phthalates }の限度値を満たさなければなりません。

# Lead and phthalates (learning objective)
objective-bba68d140e = { -childrens-product }及び塗料に関する{ -lead }の限度値を示す。

# Lead and phthalates (learning objective)
objective-2e03da8c7e = 玩具及び{ -child-care-article }において制限されている8種類の{ -phthalates }を挙げる。

# Lead and phthalates (learning objective)
objective-81b0faf50a = { -lead }の{ -third-party-testing }が不要な材料を説明する。

# Lead and phthalates (learning objective)
objective-6e9dbac989 = 材料及び構成部品ごとに、{ -lead }及び{ -phthalates }の確認を計画する。

# Lead and phthalates (paragraph)
p-1bff7b3fd4 = 米国の法律は、{ -childrens-product }中の{ -lead }を制限しています。また、子ども用玩具及び{ -child-care-article }中の8種類の{ -phthalates }も制限しています。{ -childrens-product }とは、主として12歳以下の子どもが使用するよう設計され、又はそのように意図された消費者製品をいいます。玩具は、その他の規則、例えば[{ -small-parts }](toys-small-parts.md#warnings)に関する規則も満たさなければなりません。

# Lead and phthalates › The limits (heading)
h-86151be5f8 = 限度値

# Lead and phthalates › The limits (table cell)
td-e7e5a5723c = 物質

# Lead and phthalates › The limits (table cell)
td-674b0ed54b = 限度値

# Lead and phthalates › The limits (table cell)
td-62845f31a2 = 規則

# Lead and phthalates › The limits (table cell)
td-a89b3b29a2 = 接触可能な構成部品中の{ -lead }

# Lead and phthalates › The limits (table cell)
td-e5ba3f8eb8 = 100 ppm

# Lead and phthalates › The limits (table cell)
td-12745b62bd = CPSIA第101条

# Lead and phthalates › The limits (table cell)
td-cd34006c74 = { -surface-coating }中の{ -lead }

# Lead and phthalates › The limits (table cell)
td-a9547a5a14 = 90 ppm

# Lead and phthalates › The limits (table cell)
td-7f7654ff4c = 16 CFR part 1303

# Lead and phthalates › The limits (table cell)
td-70b2b880da = 8種類の{ -phthalates }のそれぞれ

# Lead and phthalates › The limits (table cell)
td-c8b27c2ee2 = 0.1%

# Lead and phthalates › The limits (table cell)
td-ed3c41feb3 = 16 CFR part 1307

# Lead and phthalates › Total lead content (heading)
h-92e3c9e692 = { -total-lead-content }

# Lead and phthalates › Total lead content (paragraph)
p-0cf2cca865 = 接触可能な構成部品が100 ppmを超える{ -lead }を含む{ -childrens-product }は、禁止有害物質（banned hazardous substance）となります。どの部分が接触可能であるかに関するCPSCのガイダンスは、16 CFR 1500.87に定められています。

# Lead and phthalates › Total lead content (paragraph)
p-9db316cacd = 限度値は段階的に引き下げられました。

# Lead and phthalates › Total lead content (list item)
li-f2e918242b = 2009年2月10日から600 ppm

# Lead and phthalates › Total lead content (list item)
li-a05a36b145 = 2009年8月14日から300 ppm

# Lead and phthalates › Total lead content (list item)
li-52d6be82e1 = 2011年8月14日から100 ppm

# Lead and phthalates › Total lead content (paragraph)
p-024451003a = 若干の例外があります。特定の電子部品については例外が設けられています（16 CFR 1500.88）。自転車、ジョギング用ベビーカー及び自転車トレーラーの金属製構成部品の限度値は300 ppmです。

# Lead and phthalates › Lead in paint and surface coatings (heading)
h-cd34006c74 = { -surface-coating }中の{ -lead }

# Lead and phthalates › Lead in paint and surface coatings (paragraph)
p-8c251a2c3b = 塗料及び類似の表面コーティングの限度値は0.009%、すなわち90 ppmです[^1]。この限度値は、{ -childrens-product }、特定の家具製品及び家庭用塗料に適用されます。この限度値は、2009年8月14日に、従来の0.06%の限度値に代わって適用されました。

# Lead and phthalates › Lead in paint and surface coatings (paragraph)
p-8b26ac915a = この百分率は、不揮発分全体の重量又は乾燥塗膜の重量に対するものです（16 CFR 1303.1(a)）。

# Lead and phthalates › Lead in paint and surface coatings (paragraph)
p-25b3f40b41 = 16 CFR 1303.2(b)(1)では、次のものは「塗料（paint）」に該当しません。素地の一部となる印刷インク、電気めっき及び陶磁器の釉薬です。

# Lead and phthalates › Materials that need no lead testing (heading)
h-ef73cd106e = { -lead }の試験が不要な材料

# Lead and phthalates › Materials that need no lead testing (paragraph)
p-d7a3a52aad = 一部の材料は、{ -lead }の限度値を超えないと判定されています。これらの材料は、16 CFR 1500.91に列挙されています。顔料、染料、コーティング又は仕上げ剤が添加されていないなど、未処理かつ無添加（untreated and unadulterated）でなければなりません。例は次のとおりです。

# Lead and phthalates › Materials that need no lead testing (list item)
li-a749ba0b9f = 貴石：ダイヤモンド、ルビー、サファイア及びエメラルド

# Lead and phthalates › Materials that need no lead testing (list item)
li-824cf88741 = 特定の半貴石

# Lead and phthalates › Materials that need no lead testing (list item)
li-2c23fd3c9b = 天然真珠又は養殖真珠

# Lead and phthalates › Materials that need no lead testing (list item)
li-1cde420be6 = 木材

# Lead and phthalates › Materials that need no lead testing (list item)
li-8a37d42d91 = サンゴ、琥珀、羽毛、毛皮及び未処理の皮革などの天然素材

# Lead and phthalates › Materials that need no lead testing (list item)
li-c9545e0dc5 = サージカルステンレス鋼（surgical steel）

# Lead and phthalates › Materials that need no lead testing (list item)
li-3ed2dadeec = 10カラット（10K）以上の金、純度925/1000以上のスターリングシルバー、及び白金族金属

# Lead and phthalates › Materials that need no lead testing (paragraph)
p-b0e7fa99aa = 特定の未処理かつ未仕上げのエンジニアードウッド製品（engineered wood products）は、16 CFR 1252.3(a)に列挙されています。

# Lead and phthalates › Materials that need no lead testing (paragraph)
p-f706e581da = 天然繊維又は化学繊維から作られた繊維製品も、染色の有無にかかわらず、16 CFR 1500.91の対象です。スクリーン印刷や転写プリントなどの後加工は、対象外です。金属製のスナップやファスナーなどの繊維以外の物品も、対象外です。これらは試験しなければなりません。

# Lead and phthalates › Materials that need no lead testing (paragraph)
p-5f8590b456 = 試験の免除は、限度値の適用除外ではありません。事業者は、{ -cpc }において{ -lead }に関する適合を引き続き証明しなければなりません。完成品が100 ppmを超える{ -lead }を含む場合、事業者は引き続き責任を負います。

# Lead and phthalates › Materials that need no lead testing (paragraph)
p-3e28bebe70 = 事業者は、証明書において、試験所の代わりに、利用する適用除外を記載します。

# Lead and phthalates › Phthalates (heading)
h-4f2d1ee02d = { -phthalates }

# Lead and phthalates › Phthalates (paragraph)
p-7f4f2b5eb5 = 子ども用玩具又は{ -child-care-article }は、次の8種類の{ -phthalates }のいずれについても、0.1%を超えて含んではなりません。各{ -phthalates }は、それぞれ個別に算定します（16 CFR 1307.3）。

# Lead and phthalates › Phthalates (list item)
li-a9adae4eaf = DEHP、DBP及びBBPは、法律自体、すなわち消費者製品安全改善法（CPSIA）第108条(a)によって禁止されています。

# Lead and phthalates › Phthalates (list item)
li-37424460c4 = DINP、DIBP、DPENP、DHEXP及びDCHPは、16 CFR part 1307によって追加されました。

# Lead and phthalates › Phthalates (paragraph)
p-16e21c9313 = DIDP及びDnOPは、以前の暫定的な禁止の対象でした。これらは、part 1307のリストには含まれていません。

# Lead and phthalates › Phthalates (paragraph)
p-507fea6fec = この禁止は、可塑化されたすべての構成部品に適用されます。また、{ -phthalates }を含む可能性のあるその他の構成部品にも適用されます。

# Lead and phthalates › Phthalates (paragraph)
p-3e377ca1ef = 子ども用玩具とは、12歳以下の子どもが遊ぶときに使用するよう製造者が設計し、又は意図した消費者製品をいいます。{ -child-care-article }とは、3歳以下の子どもの睡眠若しくは食事を助け、又は吸うこと若しくは歯が生える時期の不快感の緩和（teething）を助けるよう設計され、又は意図された製品をいいます（16 CFR 1307.2）。

# Lead and phthalates › Phthalates (paragraph)
p-7572cbb6ef = 接触不可能な構成部品は、{ -phthalates }の試験を行う必要がありません（16 CFR part 1199）。特定のプラスチックは、これらの{ -phthalates }を含まないと判定されています。これらは{ -third-party-testing }を必要としません（16 CFR 1308.2）。

# Lead and phthalates › What to do in the factory (heading)
h-2a572bd7e4 = 工場で行うべきこと

# Lead and phthalates › What to do in the factory (list item)
li-bdba9dd0b2 = 各{ -childrens-product }のすべての材料及び構成部品の一覧を作成し、管理してください。

# Lead and phthalates › What to do in the factory (list item)
li-16da9f5367 = 塗料及び表面コーティングを、90 ppmの限度値に照らして試験してください。

# Lead and phthalates › What to do in the factory (list item)
li-eb0270385b = 金属部品、プリント、転写プリントその他の繊維以外の物品について、{ -total-lead-content }を試験してください。

# Lead and phthalates › What to do in the factory (list item)
li-c9825ac94c = 玩具及び{ -child-care-article }の可塑化された部品について、8種類の{ -phthalates }を試験してください。

# Lead and phthalates › What to do in the factory (list item)
li-53c2ab8138 = { -lead }の試験を省略する前に、その材料が16 CFR 1500.91に掲載されていることを確認してください。また、コーティングや仕上げ剤が添加されていないことも確認してください。

# Lead and phthalates › What to do in the factory (list item)
li-2947048305 = 設計、工程又は供給業者を変更する前に、{ -importer }に連絡してください。規則への適合に影響を及ぼすおそれのある{ -material-change }には、新たな{ -third-party-testing }と新たな証明書が必要です。

# Lead and phthalates › Check your knowledge (heading)
h-27544b5c12 = 理解度の確認

# Lead and phthalates › Check your knowledge (list item)
li-3cd09c86f1 = { -childrens-product }の接触可能な構成部品に関する{ -total-lead-content }の限度値はいくつですか。

# Lead and phthalates › Check your knowledge (list item)
li-57a9eff7e7 = 600 ppm

# Lead and phthalates › Check your knowledge (list item)
li-68c5ab14e9 = 300 ppm

# Lead and phthalates › Check your knowledge (list item)
li-e5ba3f8eb8 = 100 ppm

# Lead and phthalates › Check your knowledge (list item)
li-a0dc5c4992 = 限度値は、2011年8月14日から100 ppmです。

# Lead and phthalates › Check your knowledge (list item)
li-72c1285d0b = 子ども用Tシャツが、染色した綿で作られ、スクリーン印刷が施されています。{ -lead }の試験が必要なのはどの部分ですか。

# Lead and phthalates › Check your knowledge (list item)
li-c599aed120 = 染色した綿

# Lead and phthalates › Check your knowledge (list item)
li-6db8a756a2 = スクリーン印刷

# Lead and phthalates › Check your knowledge (list item)
li-efc22e7bac = どちらも不要

# Lead and phthalates › Check your knowledge (list item)
li-4b3a291d12 = 染色した繊維製品及び染色していない繊維製品は、16 CFR 1500.91の対象です。スクリーン印刷などの後加工は、対象外です。

# Lead and phthalates › Check your knowledge (list item)
li-621f80a316 = 子ども用玩具は、8種類の{ -phthalates }のそれぞれを、どれだけ含むことができますか。

# Lead and phthalates › Check your knowledge (list item)
li-8f4cc16232 = 3歳を超える子ども向けの玩具であれば、量の制限はありません

# Lead and phthalates › Check your knowledge (list item)
li-e89115c094 = 0.1%以下

# Lead and phthalates › Check your knowledge (list item)
li-3d5ab598d2 = 1%以下

# Lead and phthalates › Check your knowledge (list item)
li-18b5075bf3 = 限度値は、{ -phthalates }ごとに0.1%です。この限度値は、12歳以下の子どもを対象とする子ども用玩具に適用されます。

# Lead and phthalates › Sources (heading)
h-caf85b0888 = 出典

# Lead and phthalates › Sources (list item)
li-f0a46f18ba = { "[" }eCFR：Part 1303（塗料中の鉛）](https://www.ecfr.gov/current/title-16/part-1303)

# Lead and phthalates › Sources (list item)
li-51c386563e = { "[" }eCFR：Part 1307（{ -phthalates }）](https://www.ecfr.gov/current/title-16/part-1307)

# Lead and phthalates › Sources (list item)
li-9d43f7bba1 = { "[" }eCFR：Part 1308（特定のプラスチックに関する判定）](https://www.ecfr.gov/current/title-16/part-1308)

# Lead and phthalates › Sources (list item)
li-272df4c080 = { "[" }eCFR：Section 1500.91（{ -lead }の限度値を超えない材料）](https://www.ecfr.gov/current/title-16/section-1500.91)

# Lead and phthalates › Sources (list item)
li-59a400fb00 = { "[" }CPSC：{ -total-lead-content }に関する事業者向けガイダンス](https://cpsc.gov/Business--Manufacturing/Business-Education/Lead/Total-Lead-Content-Business-Guidance-and-Small-Entity-Compliance-Guide)

# Lead and phthalates › Sources (list item)
li-b38d63eac7 = { "[" }CPSC：塗料中の鉛に関するFAQ](https://cpsc.gov/FAQ/Lead-in-Paint)

# Lead and phthalates › Sources (list item)
li-353bb2c28c = { "[" }CPSC：{ -cpc }](http://www.cpsc.gov/cpc)
