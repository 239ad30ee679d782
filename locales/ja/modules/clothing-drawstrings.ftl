### Japanese translation of content/modules/clothing-drawstrings.md (Drawstrings on children's upper outerwear). Draft translation by the Primer team;
### not yet reviewed by a qualified translator.
### 日本語訳の草案（Primer チーム作成）。資格を有する翻訳者による校閲は受けていません。
### Comments name the English source segment; `primer i18n extract` writes the English file.

# Drawstrings on children's upper outerwear (title)
title-84b0acf604 = { -upper-outerwear }の{ -drawstring }

# Drawstrings on children's upper outerwear (summary)
summary-99bb196785 = サイズ2T～12の{ -upper-outerwear }には、フード又は首回りの{ -drawstring }があってはなりません。また、サイズ2T～16の腰回り及び裾の{ -drawstring }は、厳格な制限を満たさなければなりません。

# Drawstrings on children's upper outerwear (learning objective)
objective-11f00f719f = { -upper-outerwear }の{ -drawstring }が危険である理由を説明する。

# Drawstrings on children's upper outerwear (learning objective)
objective-9675eb69ce = フード、首回り、腰回り及び裾の{ -drawstring }に関する規則の対象となるサイズを挙げる。

# Drawstrings on children's upper outerwear (learning objective)
objective-a590b9ef82 = 腰回り又は裾の{ -drawstring }が規則に適合しているかどうかを確認する。

# Drawstrings on children's upper outerwear (learning objective)
objective-eed865731e = 衣料品が規則を満たさない場合に何をすべきかを説明する。

# Drawstrings on children's upper outerwear (paragraph)
p-35aa8e6025 = { -upper-outerwear }（children's upper outerwear）の{ -drawstring }は、遊具の滑り台やバスのドアに引っ掛かることがあります。その場合、子どもの首が絞まるおそれがあります。そのため、米国の規則は、{ -upper-outerwear }の{ -drawstring }を制限しています。

# Drawstrings on children's upper outerwear › Why drawstrings are dangerous (heading)
h-d5f4cf71fc = { -drawstring }が危険である理由

# Drawstrings on children's upper outerwear › Why drawstrings are dangerous (paragraph)
p-001455916b = CPSC職員は、首回り又はフードの{ -drawstring }による死亡26件及び死亡に至らなかった事故73件を把握しています。これらは、1985年1月から2019年6月までの間に発生しました。子どもの年齢は、生後18か月から15歳でした。事故の大半は、遊具の滑り台に関係するものでした。スクールバスのドアに腰回りの{ -drawstring }が挟まった事故もありました。

# Drawstrings on children's upper outerwear › The rule (heading)
h-4d88e08f47 = 規則

# Drawstrings on children's upper outerwear › The rule (paragraph)
p-50ac2aa13e = 規則は16 CFR 1120.3(b)です。この規則は、特定の衣料品を重大な製品危害（substantial product hazard）のリストに掲げています。対象は、次のいずれにも該当する、{ -drawstring }付きの{ -upper-outerwear }です。

# Drawstrings on children's upper outerwear › The rule (list item)
li-cbb0a19c9a = サイズ2T～16又はこれに相当するサイズのもの

# Drawstrings on children's upper outerwear › The rule (list item)
li-bc53a5a8a0 = ASTM F1816-97の対象となるが、これに適合していないもの

# Drawstrings on children's upper outerwear › The rule (paragraph)
p-ccfad9b896 = このリストの根拠となる法律は、米国消費者製品安全法第15条(j)です。最終規則は2011年7月19日に公布され、2011年8月18日に施行されました。

# Drawstrings on children's upper outerwear › The rule (paragraph)
p-ffa2eb88ae = { -drawstring }とは、上着の各部分を引き寄せて閉じるための、巻取り式でないひも、リボン又はテープをいいます（16 CFR 1120.2(c)）。

# Drawstrings on children's upper outerwear › What the rule requires (heading)
h-1e96f9e67c = 規則の要求事項

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-04d1ee334d = { -drawstring }

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-74a3978d10 = サイズ

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-f5f5690b0e = 要求事項

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-3ba0fac5b0 = フード及び首回り

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-4484f5555a = 2T～12

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-f0406a0e7e = 禁止

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-0c9d859c63 = 腰回り及び裾

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-c8f1450462 = 2T～16

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-343daebc4d = 制限付きで可

# Drawstrings on children's upper outerwear › What the rule requires (paragraph)
p-9ccda0f7d7 = サイズ2T～12の上着のフード及び首回りの{ -drawstring }は、重大な製品危害に当たります。首が絞まる危険を生じさせるため、認められていません。

# Drawstrings on children's upper outerwear › What the rule requires (paragraph)
p-96a4cbc856 = サイズ2T～16の上着の腰回り及び裾の{ -drawstring }は、次の制限のすべてを満たさなければなりません。

# Drawstrings on children's upper outerwear › What the rule requires (list item)
li-e0a35aeeb7 = 衣料品を最大幅まで広げた状態で、{ -drawstring }がひも通し（channel）の外に3インチを超えて出てはなりません。

# Drawstrings on children's upper outerwear › What the rule requires (list item)
li-67782c586a = { -drawstring }の自由端（free end）には、トグル、結び目その他の付属物があってはなりません。

# Drawstrings on children's upper outerwear › What the rule requires (list item)
li-a64c432fa0 = 1本の連続した{ -drawstring }は、かんぬき止め（bar-tack）をしなければなりません。かんぬき止めとは、ひも通しから引き抜けないように、ひもを貫通して縫い留めることをいいます。

# Drawstrings on children's upper outerwear › What the rule requires (paragraph)
p-ce26dc7687 = 規則に定めるとおり、衣料品を最大幅まで広げた状態で{ -drawstring }を測定してください。見本のサイズだけでなく、そのスタイルのすべてのサイズを確認してください。一つのスタイルに、表の両方の行に該当するサイズが含まれることもあります。

# Drawstrings on children's upper outerwear › When garments do not meet the rule (heading)
h-62adc5c1b2 = 衣料品が規則を満たさない場合

# Drawstrings on children's upper outerwear › When garments do not meet the rule (paragraph)
p-9c73ceb2bb = 製造者、輸入者、流通業者及び小売業者は、いくつかの場合にCPSCに報告しなければなりません。これには、製品が次のいずれかに該当するとの結論を合理的に裏付ける情報を得た場合が含まれます。

# Drawstrings on children's upper outerwear › When garments do not meet the rule (list item)
li-14c0fe9b5a = 消費者製品安全規則、又はCPSCが依拠した任意規格に適合していない

# Drawstrings on children's upper outerwear › When garments do not meet the rule (list item)
li-523d67032a = 重大な製品危害を生じさせるおそれのある欠陥がある

# Drawstrings on children's upper outerwear › When garments do not meet the rule (list item)
li-10e764cfe9 = 重傷又は死亡の不合理なリスクを生じさせる

# Drawstrings on children's upper outerwear › When garments do not meet the rule (paragraph)
p-2ebe158692 = 事業者は、直ちに報告しなければなりません。負傷が発生するのを待ってはなりません。規則は、16 CFR part 1115に定められています。規則を満たさない{ -drawstring }付きの衣料品を発見した場合は、直ちに{ -importer }に連絡してください。これは、既に出荷した衣料品についても同様です。

# Drawstrings on children's upper outerwear › Other rules for children's clothing (heading)
h-ed9611b512 = 子ども用衣料品に関するその他の規則

# Drawstrings on children's upper outerwear › Other rules for children's clothing (paragraph)
p-3e5e5fb6ea = 適用される規則は、{ -drawstring }に関するものだけではありません。子ども用衣料品は、その他の規則にも適合しなければなりません。

# Drawstrings on children's upper outerwear › Other rules for children's clothing (list item)
li-2b9d842c2b = { -flammability }に関する規則（[衣料品の{ -flammability }](clothing-flammability.md)を参照）

# Drawstrings on children's upper outerwear › Other rules for children's clothing (list item)
li-1a8377811a = [鉛の限度値](lead-and-phthalates.md#limits)（例えば、プリント、転写プリント及び繊維以外の部品について）

# Drawstrings on children's upper outerwear › Other rules for children's clothing (list item)
li-4e74fd8c80 = 衣料品及びその包装の{ -tracking-label }

# Drawstrings on children's upper outerwear › Other rules for children's clothing (paragraph)
p-8eb089260f = 衣料品のFTC登録識別番号（RN）は、{ -tracking-label }の一部として扱うことができます。ただし、その全部として扱うことはできません。

# Drawstrings on children's upper outerwear › What to do in the factory (heading)
h-2a572bd7e4 = 工場で行うべきこと

# Drawstrings on children's upper outerwear › What to do in the factory (list item)
li-7b3296f847 = 見本を作成する前に、上着の各スタイルのサイズ範囲を確認してください。

# Drawstrings on children's upper outerwear › What to do in the factory (list item)
li-0e2c804548 = サイズ2T～12では、フード及び首回りの{ -drawstring }をデザインから除いてください。

# Drawstrings on children's upper outerwear › What to do in the factory (list item)
li-25a98ee367 = サイズ2T～16では、衣料品を最大幅まで広げた状態で、腰回り及び裾の{ -drawstring }を測定してください。

# Drawstrings on children's upper outerwear › What to do in the factory (list item)
li-90d3697a12 = ひも通しの外に3インチを超えて出ている{ -drawstring }がないことを確認してください。

# Drawstrings on children's upper outerwear › What to do in the factory (list item)
li-648d756105 = { -drawstring }の自由端に、トグル、結び目その他の付属物がないことを確認してください。

# Drawstrings on children's upper outerwear › What to do in the factory (list item)
li-d33c11dd0a = 1本の連続した{ -drawstring }のそれぞれについて、かんぬき止めを確認してください。

# Drawstrings on children's upper outerwear › What to do in the factory (list item)
li-89cb2abd5f = 初回の見本と量産品を確認し、記録を保管してください。

# Drawstrings on children's upper outerwear › What to do in the factory (paragraph)
p-23d62b1863 = 北京事務所に関するCPSCのページには、衣料品、{ -crib }、育児用品などの高リスクの児童用製品の大きな割合を中国の企業が製造していると記載されています。このページには日付がありません。米国向けに子ども用のジャケットその他の上着を製造する中国の工場は、すべてのスタイルをこの規則に照らして確認すべきです。

# Drawstrings on children's upper outerwear › Check your knowledge (heading)
h-27544b5c12 = 理解度の確認

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-295d31ae12 = サイズ8の子ども用ジャケットのフードに{ -drawstring }が付いています。これは認められますか。

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-6a991d0960 = はい。{ -drawstring }の長さが3インチ以下であれば認められます。

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-64f6d0e653 = はい。自由端にトグルがなければ認められます。

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-400e78188b = いいえ。サイズ2T～12では、フード及び首回りの{ -drawstring }は認められません。

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-3dc4dfb34c = サイズ2T～12の上着のフード及び首回りの{ -drawstring }は、重大な製品危害に当たります。

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-3f126bcde2 = サイズ14のジャケットに、腰回りの{ -drawstring }が付いています。{ -drawstring }は、ひも通しの外にどこまで出ることが認められますか。

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-230b8ddeca = 制限はありません。

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-5d3e0a65c0 = 衣料品を最大幅まで広げた状態で、3インチ以下

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-198124ca39 = 衣料品を閉じた状態で、3インチ以下

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-f3ff848d6b = サイズ2T～16の腰回り及び裾の{ -drawstring }は、衣料品を最大幅まで広げた状態で、ひも通しの外に3インチを超えて出てはなりません。

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-b175d78581 = 規則に適合する腰回りの{ -drawstring }はどれですか。

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-7c4bb5784b = 各自由端にプラスチック製のトグルが付いているもの

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-4ffd820426 = 各自由端に結び目があるもの

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-c70ffbedd8 = ひも通しから引き抜けないようにかんぬき止めをした、1本の連続した{ -drawstring }

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-3e3ddde8d3 = { -drawstring }の自由端には、トグル、結び目その他の付属物があってはなりません。1本の連続した{ -drawstring }は、かんぬき止めをしなければなりません。

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-ef58cc5f8d = 出荷済みのジャケットのうち、サイズ6のものにフードの{ -drawstring }が付いていることが分かりました。どうすべきですか。

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-7387db2b48 = 何もする必要はありません。衣料品は既に工場から出荷されているためです。

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-603157b10e = 直ちに{ -importer }に連絡します。

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-5742ddd907 = 子どもが負傷するまで待ちます。

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-9d2a343268 = サイズ6のフードの{ -drawstring }は、重大な製品危害に当たります。事業者は、製品に重大な製品危害を生じさせるおそれのある欠陥があるとの結論を合理的に裏付ける情報を得た場合、直ちにCPSCに報告しなければなりません。そのため、輸入者は直ちにその情報を必要とします。

# Drawstrings on children's upper outerwear › Sources (heading)
h-caf85b0888 = 出典

# Drawstrings on children's upper outerwear › Sources (list item)
li-9b1e8ae5ed = { "[" }eCFR：Part 1120（重大な製品危害のリスト）](https://www.ecfr.gov/current/title-16/part-1120)

# Drawstrings on children's upper outerwear › Sources (list item)
li-318ff6593c = { "[" }eCFR：Part 1115（報告）](https://www.ecfr.gov/current/title-16/part-1115)

# Drawstrings on children's upper outerwear › Sources (list item)
li-ee423943e6 = { "[" }連邦官報（Federal Register）：{ -drawstring }に関する最終規則、2011年7月19日](http://www.gpo.gov/fdsys/pkg/FR-2011-07-19/html/2011-17961.htm)

# Drawstrings on children's upper outerwear › Sources (list item)
li-4046832052 = { "[" }連邦官報（Federal Register）：{ -drawstring }に関する規則案、2010年5月17日](https://regulations.justia.com/regulations/fedreg/2010/05/17/2010-11624.html)

# Drawstrings on children's upper outerwear › Sources (list item)
li-e3a8d9c0a5 = { "[" }CPSC：{ -upper-outerwear }の{ -drawstring }に関するよくある質問](http://cpsc.gov/FAQ/Drawstrings-in-Children%E2%80%99s-Upper-Outerwear)

# Drawstrings on children's upper outerwear › Sources (list item)
li-ae450af3e8 = { "[" }CPSC：{ -tracking-label }に関するFAQ](https://cpsc.gov/FAQ/Tracking-Label)

# Drawstrings on children's upper outerwear › Sources (list item)
li-f30ee94a2c = { "[" }CPSC：北京地域製品安全事務所（Regional Product Safety Office, Beijing）](http://www.cpsc.gov/Business--Manufacturing/International/CPSC-Regional-Product-Safety-Office-Beijing/)
