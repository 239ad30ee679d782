### Japanese translation of content/modules/clothing-flammability.md (Flammability of clothing and children's sleepwear). Draft translation by the Primer team;
### not yet reviewed by a qualified translator.
### Primer チームによる翻訳の草案であり、資格を有する翻訳者による校閲は受けていません。
### Comments name the English source segment; `primer i18n extract` writes the English file.

# Flammability of clothing and children's sleepwear (title)
title-407bd3c396 = 衣類及び{ -sleepwear }の{ -flammability }

# Flammability of clothing and children's sleepwear (summary)
summary-4bac8d3770 = すべての衣料用繊維製品は米国の{ -flammability }の基準に適合しなければならず、サイズ0から14までの{ -sleepwear }は更に厳しい基準に適合しなければなりません。

# Flammability of clothing and children's sleepwear (learning objective)
objective-4ad02419e7 = 衣料用繊維製品の{ -flammability }に関する3つのクラスを説明する。

# Flammability of clothing and children's sleepwear (learning objective)
objective-425f9e5114 = ある衣類が{ -sleepwear }に該当するかどうかを判断する。

# Flammability of clothing and children's sleepwear (learning objective)
objective-d0ee76d965 = 乳児用衣類及びタイトフィット衣類が{ -sleepwear }の規則の適用除外となる場合を説明する。

# Flammability of clothing and children's sleepwear (learning objective)
objective-e179aa677a = { -sleepwear }の取扱い表示（care label）を確認する。

# Flammability of clothing and children's sleepwear (paragraph)
p-796546304f = 衣類は燃えることがあります。そのため、米国の法律である可燃性織物法（Flammable Fabrics Act）は、衣類の{ -flammability }に関する規則を定めています。すべての衣料用繊維製品は、16 CFR part 1610に適合しなければなりません。{ -sleepwear }は、16 CFR 1615及び16 CFR 1616に定める更に厳しい規則に適合しなければなりません。

# Flammability of clothing and children's sleepwear › Clothing textiles (heading)
h-0faf5f9fd0 = 衣料用繊維製品

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-29f4ec5e59 = 16 CFR part 1610は、衣料用繊維製品の燃焼性に関する基準（Standard for the Flammability of Clothing Textiles）です。同基準は、繊維製品を3つのクラス（class）に分類しています（16 CFR 1610.4）。

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-4f3a9bd003 = クラス

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-1f5d64b928 = 意味

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-fd9bc10732 = 衣類への使用

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-51dfeec557 = クラス1

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-0883e35169 = 通常の燃焼性

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-4b9cfa1c7d = 使用可

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-7d4bd5921b = クラス2

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-7cb7201681 = 中程度の燃焼性

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-d790d88865 = 使用してよい

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-19ee19b164 = クラス3

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-edf0718a0e = 急速かつ激しく燃焼する

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-f0406a0e7e = 使用できない

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-ba93e795ae = クラス2は、起毛表面（raised-fiber surface）を持つ繊維製品にのみ適用されます。クラス3の繊維製品は危険なほど燃えやすく、衣類に使用してはなりません。クラス3の衣料品を製造し、販売し、又は輸入することは禁止されています。

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-59fc3b6c8b = この基準は、2008年3月25日の最終規則（final rule）により改正されました。改正後の基準は2008年9月22日に発効しました。

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-ea4a2bd723 = 次の品目は、この基準の対象外です[^1]。

# Flammability of clothing and children's sleepwear › Clothing textiles (list item)
li-4bbcac890a = 顔、首又は肩を覆わない帽子

# Flammability of clothing and children's sleepwear › Clothing textiles (list item)
li-1a1a1171bd = 衣類に取り付けられていない、長さ14インチ以下の手袋

# Flammability of clothing and children's sleepwear › Clothing textiles (list item)
li-e491a08a5b = 衣類に取り付けられておらず、その全部又は一部が靴下類（hosiery）から成るものではない履物

# Flammability of clothing and children's sleepwear › Clothing textiles (list item)
li-7a8f3d3d53 = 芯地

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-3468faf411 = これらの一覧は、16 CFR part 1610の現行の条文と照合してください。規則に記載された一覧全体は、これより長い場合があります。

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-a1cea6ae88 = 次の生地は、試験が免除されます（16 CFR 1610.1(d)）。

# Flammability of clothing and children's sleepwear › Clothing textiles (list item)
li-df7b593c57 = 繊維の種類にかかわらず、重量が2.6 oz/yd²（88.2 g/m²）以上の平滑表面（plain-surface）の生地

# Flammability of clothing and children's sleepwear › Clothing textiles (list item)
li-398f32fffc = アクリル、モダクリル、ナイロン、オレフィン、ポリエステル及び羊毛の6種類の繊維のうち、1種類以上のみから成るすべての生地（平滑表面か起毛表面かを問わず、重量を問わない）

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-7333c4b76a = この6種類の繊維の一覧は、限定的なものです。その他の繊維、例えば綿やレーヨンを含む生地は、2つ目の規定による免除の対象になりません。

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-ee1b65ee9b = { -flammability }の試験を省略する前に、16 CFR part 1610の現行の条文を確認してください。その判断については、{ -importer }と合意してください。

# Flammability of clothing and children's sleepwear › Children's sleepwear (heading)
h-0f2249e86d = { -sleepwear }

# Flammability of clothing and children's sleepwear › Children's sleepwear (paragraph)
p-f5d2d0754a = { -sleepwear }とは、主に睡眠又は睡眠に関連する活動のために意図された、サイズ0から14までのあらゆる衣料品をいいます。例として、ナイトガウン、パジャマ、ローブ及びラウンジウェアがあります。

# Flammability of clothing and children's sleepwear › Children's sleepwear (table cell)
td-74a3978d10 = サイズ

# Flammability of clothing and children's sleepwear › Children's sleepwear (table cell)
td-62845f31a2 = 規則

# Flammability of clothing and children's sleepwear › Children's sleepwear (table cell)
td-cb971f83e8 = 0～6X

# Flammability of clothing and children's sleepwear › Children's sleepwear (table cell)
td-7e3f263ca1 = 16 CFR part 1615

# Flammability of clothing and children's sleepwear › Children's sleepwear (table cell)
td-1bd744c51c = 7～14

# Flammability of clothing and children's sleepwear › Children's sleepwear (table cell)
td-001b87c753 = 16 CFR part 1616

# Flammability of clothing and children's sleepwear › Children's sleepwear (paragraph)
p-75fd2ba9a6 = 一部の衣類は、{ -sleepwear }の規則の適用除外となります。これらの衣類は、代わりに16 CFR part 1610に適合しなければなりません。

# Flammability of clothing and children's sleepwear › Children's sleepwear (list item)
li-6d6972494a = おむつ及び下着

# Flammability of clothing and children's sleepwear › Children's sleepwear (list item)
li-6664462455 = 乳児用衣類（16 CFR 1615.1(c)）

# Flammability of clothing and children's sleepwear › Children's sleepwear (list item)
li-5c306bf18c = タイトフィット衣類（16 CFR 1615.1(o)及び16 CFR 1616.2(m)）

# Flammability of clothing and children's sleepwear › Children's sleepwear (paragraph)
p-846bdf6598 = 乳児用衣類及びタイトフィット衣類の適用除外は、1996年の改正によって設けられました。1999年の技術的な修正により、測定箇所がより明確になりました。

# Flammability of clothing and children's sleepwear › Infant garments (heading)
h-334319fb25 = 乳児用衣類

# Flammability of clothing and children's sleepwear › Infant garments (paragraph)
p-07f3904b02 = 乳児用衣類は、次のすべての条件を満たさなければなりません。

# Flammability of clothing and children's sleepwear › Infant garments (list item)
li-088a089b83 = サイズが9か月以下であること。

# Flammability of clothing and children's sleepwear › Infant garments (list item)
li-7a8b620dca = ワンピース（一体型）の衣類は、長さが64.8 cm（25.75 in）以下であること。ツーピースの衣類は、いずれのピースも長さが40 cm（15.75 in）を超えないこと。

# Flammability of clothing and children's sleepwear › Infant garments (list item)
li-4ba8fd85f1 = 16 CFR 1610及び16 CFR 1611に適合していること。

# Flammability of clothing and children's sleepwear › Infant garments (list item)
li-335c773d52 = サイズを月齢で示すラベルが付いていること。小売の時点でラベルが見えない場合は、包装にもサイズを表示すること。

# Flammability of clothing and children's sleepwear › Tight-fitting garments (heading)
h-108fe650c2 = タイトフィット衣類

# Flammability of clothing and children's sleepwear › Tight-fitting garments (paragraph)
p-79b7fb8ef7 = 規則は、サイズごとに最大寸法を定めています。対象は胸囲、胴囲、腰囲（seat）、上腕、大腿、手首及び足首です（16 CFR 1615.1(o)(1)及び16 CFR 1616.2(m)(1)）。タイトフィット衣類は、これらのいずれも超えてはなりません。また、レース、アップリケ、リボンなどの生地、装飾又はトリムを、規則が定める限度を超えて付けてはなりません。

# Flammability of clothing and children's sleepwear › Tight-fitting garments (paragraph)
p-8203ac9c18 = 本モジュールでは、最大寸法の表を掲載していません。各サイズを、規則にある現行の表と照らして測定してください。いずれかの箇所で衣類が表の寸法より大きい場合、その衣類はタイトフィット衣類ではありません。その場合は、{ -sleepwear }の規則のすべてに適合しなければなりません。

# Flammability of clothing and children's sleepwear › Care labels (heading)
h-6755bf8cc3 = 取扱い表示

# Flammability of clothing and children's sleepwear › Care labels (paragraph)
p-847e4124e1 = 規則の対象となるすべての{ -sleepwear }には、恒久的な取扱い表示（care label）を付けなければなりません。表示では、難燃性（flame resistance）を低下させる薬剤について警告しなければなりません。衣類を1回洗濯した後に試験した場合は、着用前に洗濯するよう表示に記載しなければなりません（16 CFR 1616.6(a)）。Part 1615にも同じ規定があります。

# Flammability of clothing and children's sleepwear › Lead, certificates and tracking labels (heading)
h-70ba12d247 = { -lead }、証明書及び{ -tracking-label }

# Flammability of clothing and children's sleepwear › Lead, certificates and tracking labels (paragraph)
p-f3b4da8326 = 子ども服は、[{ -lead }の上限値](lead-and-phthalates.md#limits)にも適合しなければなりません。繊維製品は、染色の有無にかかわらず、{ -lead }の上限値を超えないものと判断されています（16 CFR 1500.91）。これらには、{ -lead }についての第三者試験は不要です。スクリーンプリント、転写プリントその他の後加工による付加物は、この判断の対象外です。繊維以外の部品も対象外です。これらは試験を受けなければなりません。

# Flammability of clothing and children's sleepwear › Lead, certificates and tracking labels (paragraph)
p-091cea407b = CPSCは、子ども服についての{ -cpc }の記載例を公表しています。衣類についての一般的な証明書は、16 CFR 1610と{ -lead }の含有量に関する規則を引用します。{ -sleepwear }の場合は、16 CFR 1615又は16 CFR 1616も引用します。証明書には、試験所の代わりに、繊維製品に関する{ -lead }の免除が記載されます。

# Flammability of clothing and children's sleepwear › Lead, certificates and tracking labels (paragraph)
p-a5ba79cf80 = 子ども服にも{ -tracking-label }を付けなければなりません。FTCの登録識別番号（RN）で、情報の一部を補うことができます。{ -drawstring }の付いた上着には独自の規則があります。[{ -drawstring }](clothing-drawstrings.md)を参照してください。

# Flammability of clothing and children's sleepwear › What to do in the factory (heading)
h-2a572bd7e4 = 工場で行うべきこと

# Flammability of clothing and children's sleepwear › What to do in the factory (list item)
li-535e95aca9 = 衣類ごとに、{ -sleepwear }に該当するかどうかを判断してください。

# Flammability of clothing and children's sleepwear › What to do in the factory (list item)
li-b107cca6f8 = 衣類用の生地がいずれもクラス3でないことを確認してください。

# Flammability of clothing and children's sleepwear › What to do in the factory (list item)
li-65e91f14c6 = { -sleepwear }は、16 CFR 1615（サイズ0～6X）又は16 CFR 1616（サイズ7～14）に基づいて試験してください。

# Flammability of clothing and children's sleepwear › What to do in the factory (list item)
li-6744f97ed4 = 乳児用衣類及びタイトフィット衣類については、各サイズを規則と照らして測定してください。

# Flammability of clothing and children's sleepwear › What to do in the factory (list item)
li-f6350970a8 = 各{ -sleepwear }に、恒久的な取扱い表示を縫い付けてください。

# Flammability of clothing and children's sleepwear › What to do in the factory (list item)
li-d8c230bdca = プリント、転写プリント及び繊維以外の部品について、{ -lead }の試験を行ってください。

# Flammability of clothing and children's sleepwear › What to do in the factory (list item)
li-cd7d365b93 = 生地、トリム又は供給業者を変更する前に、{ -importer }に連絡してください。すべての試験記録を保管してください。

# Flammability of clothing and children's sleepwear › What to do in the factory (paragraph)
p-8618a097ad = CPSCは、繊維製品及び衣料品に関する規則について、ベトナム語の研修資料を公表しています。これは2009年3月の動画で、書き起こしがcpsc.govに掲載されています。その後に変更された規則もあります。常に規則の現行の条文を確認してください。

# Flammability of clothing and children's sleepwear › Check your knowledge (heading)
h-27544b5c12 = 理解度の確認

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-19d0e56d18 = ある生地は、急速かつ激しく燃焼します。この生地はクラス3です。衣類に使用できますか。

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-566765d7fc = はい。衣類に{ -warning-label }があれば使用できます。

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-c92f84af7d = はい。ただし、成人用の衣類に限ります。

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-bb9d17c93e = いいえ。クラス3の繊維製品は、衣類に使用できません。

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-499e2a86eb = クラス3の繊維製品は、危険なほど燃えやすいものです。クラス3の衣料品を製造し、販売し、又は輸入することは禁止されています。

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-f4172c6173 = サイズ10のパジャマに適用される規則はどれですか。

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-7e3f263ca1 = 16 CFR part 1615

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-001b87c753 = 16 CFR part 1616

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-25e9abb58a = 16 CFR part 1610のみ

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-ca693800ff = Part 1615はサイズ0～6Xを、Part 1616はサイズ7～14を対象としています。

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-87ddc9226d = あるワンピース型のスリーパー（寝衣）は、サイズが6か月で、長さが60 cmです。16 CFR 1610及び16 CFR 1611に適合し、ラベルにはサイズが月齢で表示されています。これは何に当たりますか。

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-7bfba29594 = { -sleepwear }の規則の適用除外となる乳児用衣類

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-f03747c786 = タイトフィット衣類

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-61b5f59e32 = 16 CFR part 1615に適合しなければならない{ -sleepwear }

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-754dcd5051 = サイズが9か月以下で、長さが64.8 cm以下です。したがって乳児用衣類に当たります。16 CFR part 1610に適合しなければなりません。

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-5aa809303b = ある{ -sleepwear }は、1回洗濯した後に試験されました。恒久的な表示には何を記載しなければなりませんか。

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-df2c9a7756 = 追加の記載は不要

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-ffb3d5b886 = 着用前に衣類を洗濯すること。

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-187b3cee6e = 衣類を洗濯しないこと。

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-d0bdc7048a = 1回洗濯した後に試験した場合は、着用前に洗濯するよう表示に記載しなければなりません。

# Flammability of clothing and children's sleepwear › Sources (heading)
h-caf85b0888 = 出典

# Flammability of clothing and children's sleepwear › Sources (list item)
li-ddc6ecd8c2 = { "[" }eCFR：Part 1610、衣料用繊維製品の{ -flammability }](https://www.ecfr.gov/current/title-16/part-1610)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-be8641e951 = { "[" }LII：衣料品（article of wearing apparel）の定義（可燃性織物法に基づく規則）](https://www.law.cornell.edu/cfr/text/16/1609.1)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-1c4106bc63 = { "[" }eCFR：Part 1615、{ -sleepwear }、サイズ0から6Xまで](https://www.ecfr.gov/current/title-16/part-1615)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-9b74effef4 = { "[" }eCFR：Part 1616、{ -sleepwear }、サイズ7から14まで](https://www.ecfr.gov/current/title-16/part-1616)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-272df4c080 = { "[" }eCFR：Section 1500.91（{ -lead }の限度値を超えない材料）](https://www.ecfr.gov/current/title-16/section-1500.91)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-2f16add235 = { "[" }連邦官報（Federal Register）：衣料用繊維製品の最終規則、2008年3月25日](https://webarchive.library.unt.edu/eot2008/20081011225550/http://edocket.access.gpo.gov/2008/E8-5569.htm)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-395136d727 = { "[" }連邦官報（Federal Register）：{ -sleepwear }の規則の改正、1996年9月9日](https://www.gpo.gov/fdsys/pkg/FR-1996-09-09/html/96-22697.htm)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-ab15dc523f = { "[" }連邦官報（Federal Register）：{ -sleepwear }の規則の技術的な修正、1999年1月19日](http://federal.elaws.us/fr/1/19/1999/99-1138)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-07e13d9535 = { "[" }連邦官報（Federal Register）：繊維製品と{ -lead }、2015年10月14日](https://thefederalregister.org/80-FR/61729)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-7c46a3b4d9 = { "[" }CPSC：{ -sleepwear }に関するFAQ](https://cpsc.gov/FAQ/Childrens-Sleepwear)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-2bb8ea4713 = { "[" }CPSC：乳児用衣類及びタイトフィット衣類に関するFAQ](https://cpsc.gov/FAQ/Infant-Tightfitting-Garments)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-353bb2c28c = { "[" }CPSC：{ -cpc }](http://www.cpsc.gov/cpc)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-ae450af3e8 = { "[" }CPSC：{ -tracking-label }に関するFAQ](https://cpsc.gov/FAQ/Tracking-Label)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-d920cda87d = { "[" }CPSC：繊維製品及び衣料品に関する規則の動画（ベトナム語）](http://cpsc.gov/Business--Manufacturing/International/Vietnamese/Topics/Video-Clip---Regulations-for-Textile-and-Clothing-Products-March-2009/)
