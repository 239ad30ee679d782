### Japanese translation of content/modules/toys-small-parts.md (Small parts and choking hazards). Draft translation by the Primer team;
### not yet reviewed by a qualified translator.
### 日本語訳の草案（Primer チーム作成）。資格を有する翻訳者による校閲は受けていません。
### Comments name the English source segment; `primer i18n extract` writes the English file.

# Small parts and choking hazards (title)
title-95f5a38672 = { -small-parts }と{ -choking-hazard }

# Small parts and choking hazards (summary)
summary-c76b1b9bd0 = 3歳未満の子ども向けの玩具には{ -small-parts }があってはならず、それより年長の子ども向けの玩具の一部には、{ -choking-hazard }に関する警告を表示しなければなりません。

# Small parts and choking hazards (learning objective)
objective-e951df28dd = { -small-parts }があってはならない玩具を説明する。

# Small parts and choking hazards (learning objective)
objective-be7bf10b04 = { -small-parts-cylinder }を正しく使用する。

# Small parts and choking hazards (learning objective)
objective-fb249fb753 = 玩具、ボール、ビー玉又は風船について、適切な{ -choking-hazard }に関する警告を選ぶ。

# Small parts and choking hazards (learning objective)
objective-98a628977e = 窒息事故を24時間以内に{ -cpsc }に報告しなければならない場合を説明する。

# Small parts and choking hazards (paragraph)
p-36d4898f4f = 幼い子どもは、{ -small-parts }をのどに詰まらせて窒息することがあります。そのため、米国の規則は、3歳未満の子ども向けの玩具に{ -small-parts }があることを禁止しています。また、それより年長の子ども向けの玩具の一部にも、{ -warning-label }を付さなければなりません。

# Small parts and choking hazards › Which products are covered (heading)
h-6923fc03be = 対象となる製品

# Small parts and choking hazards › Which products are covered (paragraph)
p-7abecd7362 = 3歳未満の子ども向けの玩具その他の物品は、{ -small-parts }による窒息、誤嚥又は誤飲の危険を生じさせるものであってはなりません。そのような危険を生じさせる物品は、禁止有害物質（banned hazardous substance）に該当します。規則は、16 CFR part 1501及び16 CFR 1500.18(a)(9)に定められています。

# Small parts and choking hazards › Which products are covered (paragraph)
p-238950986a = { -small-parts }に関する規則の対象となる玩具は、{ -childrens-product }です。{ -childrens-product }とは、主として12歳以下の子どもが使用するよう設計され、又はそのように意図された製品をいいます。{ -childrens-product }は、その他の規則、例えば[鉛の限度値](lead-and-phthalates.md#limits)にも適合しなければなりません。

# Small parts and choking hazards › The small parts test (heading)
h-d2f5ab47e2 = { -small-parts }の試験

# Small parts and choking hazards › The small parts test (paragraph)
p-69b5affb40 = この試験では、{ -small-parts-cylinder }を使用します。試験に関する規則は、16 CFR 1501.4です。

# Small parts and choking hazards › The small parts test (list item)
li-d8e9b99168 = 物品をシリンダーに入れます。圧縮してはなりません。

# Small parts and choking hazards › The small parts test (list item)
li-5dc8d52e23 = 物品が、いずれかの向きでシリンダーに完全に収まる場合は、不合格です。

# Small parts and choking hazards › The small parts test (list item)
li-d2ed776cfa = 収まらない場合は、16 CFR 1500.51及び16 CFR 1500.52の使用・乱用試験（use and abuse tests）を行います。かみつき試験（bite tests）は行いません。

# Small parts and choking hazards › The small parts test (list item)
li-c9c6855e0c = 外れた部品を一つずつシリンダーに入れます。紙、布、糸、けば、ゴムひも及びひもは、シリンダーによる試験を行いません。

# Small parts and choking hazards › The small parts test (paragraph)
p-8b05d36104 = 適合の判断には、規則に定めるインチ単位の寸法が優先します。

# Small parts and choking hazards › The small parts test (paragraph)
p-c10fac15df = 最初の確認に合格しても、玩具が不合格となることがあります。使用・乱用試験の間に部品が外れることがあるためです。外れた部品がシリンダーに完全に収まる場合、3歳未満の子ども向けの玩具は不合格となります。

# Small parts and choking hazards › Warning labels (heading)
h-1643e9d576 = { -warning-label }

# Small parts and choking hazards › Warning labels (paragraph)
p-3e50867686 = 1994年の子ども安全保護法（Child Safety Protection Act）により、{ -choking-hazard }に関する警告が米国の法律に加えられました[^1]。規則は16 CFR 1500.19です。各警告は、安全警告記号、<span class="label">WARNING:</span>（警告：）の語、<span class="label">CHOKING HAZARD --</span>（窒息の危険 --）の語句、次いで下表の文言の順に表示します。

# Small parts and choking hazards › Warning labels (paragraph)
p-eeaa70f537 = 同法は、連邦有害物質法（Federal Hazardous Substances Act）に第24条を追加しました。警告に関するCPSCの規則は、1995年8月28日に施行されました。

# Small parts and choking hazards › Warning labels (paragraph)
p-af5db7906c = 小球（small ball）とは、厚さ1/4インチ（6 mm）の硬質のテンプレートにある1.75インチ（44.4 mm）の穴を完全に通過するボールをいいます（16 CFR 1500.19(a)(2)）。「ボール」には、玩具にひもでつながれたボールも含まれます。さいころや、ピンボール機、迷路その他これらに類する容器に恒久的に封入されたボールは含まれません。

# Small parts and choking hazards › Warning labels (table cell)
td-fb9ef89417 = 製品

# Small parts and choking hazards › Warning labels (table cell)
td-4b804f01a4 = 警告文

# Small parts and choking hazards › Warning labels (table cell)
td-65e76a682f = { -small-parts }を含む、3歳以上6歳未満の子ども向けの玩具又はゲーム

# Small parts and choking hazards › Warning labels (table cell)
td-dba9190e71 = <span class="label">Small parts. Not for children under 3 yrs.</span>（小部品。3歳未満の子ども向けではありません。）

# Small parts and choking hazards › Warning labels (table cell)
td-6d142d08d4 = 3歳以上の子ども向けの小球

# Small parts and choking hazards › Warning labels (table cell)
td-c10f292ba4 = <span class="label">This toy is a small ball. Not for children under 3 yrs.</span>（この玩具は小球です。3歳未満の子ども向けではありません。）

# Small parts and choking hazards › Warning labels (table cell)
td-e5985e4079 = 小球を含む、3歳以上8歳未満の子ども向けの玩具

# Small parts and choking hazards › Warning labels (table cell)
td-ce3d2e2e8f = <span class="label">Toy contains a small ball. Not for children under 3 yrs.</span>（この玩具には小球が含まれています。3歳未満の子ども向けではありません。）

# Small parts and choking hazards › Warning labels (table cell)
td-6c6bb0a51a = ビー玉（marble）

# Small parts and choking hazards › Warning labels (table cell)
td-16fae5a35b = <span class="label">This toy is a marble. Not for children under 3 yrs.</span>（この玩具はビー玉です。3歳未満の子ども向けではありません。）

# Small parts and choking hazards › Warning labels (table cell)
td-e940fed986 = ビー玉を含む、3歳以上8歳未満の子ども向けの玩具

# Small parts and choking hazards › Warning labels (table cell)
td-f5f3e329f9 = <span class="label">Toy contains a marble. Not for children under 3 yrs.</span>（この玩具にはビー玉が含まれています。3歳未満の子ども向けではありません。）

# Small parts and choking hazards › Warning labels (paragraph)
p-c0cab95248 = ラテックス製の風船、又はこれを含む玩具若しくはゲームには、次の警告が必要です。<span class="label">CHOKING HAZARD -- Children under 8 yrs. can choke or suffocate on uninflated or broken balloons. Adult supervision required. Keep uninflated balloons from children. Discard broken balloons at once.</span>（窒息の危険 -- 8歳未満の子どもは、膨らませていない風船や割れた風船をのどに詰まらせたり、それによって窒息したりするおそれがあります。大人の監督が必要です。膨らませていない風船は子どもから遠ざけてください。割れた風船は直ちに捨ててください。）

# Small parts and choking hazards › Warning labels (paragraph)
p-48517ecfbf = 3歳未満の子ども向けの小球は、禁止されています。

# Small parts and choking hazards › Warning labels (paragraph)
p-ca1f7a31a9 = これらの警告文は、子ども安全保護法に関するCPSCのファクトシートによるものです。ラベルを印刷する前に、16 CFR 1500.19(b)の現行の条文を確認してください。最終的なラベルは、{ -importer }と合意の上で決定してください。

# Small parts and choking hazards › Reporting choking incidents (heading)
h-87235c7b10 = 窒息事故の報告

# Small parts and choking hazards › Reporting choking incidents (paragraph)
p-01fd0c1168 = 一部の窒息事故は、24時間以内にCPSCに報告しなければなりません。規則は16 CFR part 1117です[^2]。この規則は、次の製品の製造者、流通業者、小売業者及び輸入者に適用されます。

# Small parts and choking hazards › Reporting choking incidents (list item)
li-c784479d6b = ビー玉、小球及びラテックス製の風船

# Small parts and choking hazards › Reporting choking incidents (list item)
li-f3c7d76b6e = ビー玉、小球、ラテックス製の風船その他の{ -small-parts }を含む玩具又はゲーム

# Small parts and choking hazards › Reporting choking incidents (paragraph)
p-4beb1e41a5 = この規則は1995年2月27日に公布され（60 FR 10490）、1995年3月29日に施行されました。

# Small parts and choking hazards › Reporting choking incidents (paragraph)
p-17a4815e9d = これらの事業者は、次の両方が事実であるとの結論を合理的に裏付ける情報を得た場合、24時間以内に報告しなければなりません。

# Small parts and choking hazards › Reporting choking incidents (list item)
li-428ac85733 = 子どもが、玩具又はゲームに含まれるビー玉、小球、ラテックス製の風船その他の{ -small-parts }をのどに詰まらせたこと。

# Small parts and choking hazards › Reporting choking incidents (list item)
li-bf4fab1bff = その結果、その子どもが死亡し、重傷を負い、時間の長短を問わず呼吸が停止し、又は医療専門職による治療を受けたこと。

# Small parts and choking hazards › Reporting choking incidents (paragraph)
p-9635009d3c = 窒息事故を知った場合は、直ちに{ -importer }に連絡してください。連絡を遅らせてはなりません。事業者が報告できる期間は24時間しかありません。

# Small parts and choking hazards › What to do in the factory (heading)
h-2a572bd7e4 = 工場で行うべきこと

# Small parts and choking hazards › What to do in the factory (list item)
li-eaa5f3ba0b = 試験の前に、各玩具の{ -age-grade }を確認してください。

# Small parts and choking hazards › What to do in the factory (list item)
li-d49681b4ff = 3歳未満の子ども向けの玩具は、すべての部品を{ -small-parts-cylinder }で試験してください。

# Small parts and choking hazards › What to do in the factory (list item)
li-dbb7121419 = 使用・乱用試験を行ってください。その後、外れた部品をすべて試験してください。

# Small parts and choking hazards › What to do in the factory (list item)
li-53e9c439aa = ボールは、1.75インチ（44.4 mm）のテンプレートで確認してください。

# Small parts and choking hazards › What to do in the factory (list item)
li-e84df7a849 = 3歳以上の子ども向けの玩具、ボール、ビー玉及び風船の警告を確認してください。

# Small parts and choking hazards › What to do in the factory (list item)
li-23c16ec3db = すべての試験記録を保管してください。{ -importer }が製品の適合を証明するために必要とします。

# Small parts and choking hazards › What to do in the factory (paragraph)
p-127424228a = 北京事務所に関するCPSCのページには、米国で購入される玩具のほぼ90%を中国の製造企業が生産していると記載されています。このページには日付がありません。海外で製造された玩具については、{ -importer }が{ -cpc }を発行します。この証明書は、{ -cpsc-accepted-lab }（第三者試験所）による試験の合格結果に基づきます。証明書及び試験報告書は、英語で作成しなければなりません。

# Small parts and choking hazards › Check your knowledge (heading)
h-27544b5c12 = 理解度の確認

# Small parts and choking hazards › Check your knowledge (list item)
li-1c9220f48e = 3歳未満の子ども向けの玩具があります。使用・乱用試験の間に部品が外れました。何をしなければなりませんか。

# Small parts and choking hazards › Check your knowledge (list item)
li-e12308b88c = 何もする必要はありません。玩具全体のみを試験するためです。

# Small parts and choking hazards › Check your knowledge (list item)
li-192c379d5e = その部品を{ -small-parts-cylinder }に入れます。

# Small parts and choking hazards › Check your knowledge (list item)
li-465f17d93a = 玩具に{ -choking-hazard }に関する警告を付します。

# Small parts and choking hazards › Check your knowledge (list item)
li-e10d499a5a = 外れた部品は、シリンダーで試験します。その部品がシリンダーに完全に収まる場合、その玩具は不合格です。

# Small parts and choking hazards › Check your knowledge (list item)
li-feb12d3e84 = <span class="label">Small parts. Not for children under 3 yrs.</span>（小部品。3歳未満の子ども向けではありません。）の警告が必要なのは、どの製品ですか。

# Small parts and choking hazards › Check your knowledge (list item)
li-5dfbd3f3f4 = 3歳未満の子ども向けの玩具

# Small parts and choking hazards › Check your knowledge (list item)
li-d1cb35d9dc = { -small-parts }を含む、3歳以上6歳未満の子ども向けの玩具又はゲーム

# Small parts and choking hazards › Check your knowledge (list item)
li-654ab4260a = 12歳以下の子ども向けのすべての玩具

# Small parts and choking hazards › Check your knowledge (list item)
li-1cb48ddbe7 = 3歳未満の子ども向けの玩具には、{ -small-parts }が一切あってはなりません。この警告は、3歳以上6歳未満の子ども向けの玩具及びゲームのためのものです。

# Small parts and choking hazards › Check your knowledge (list item)
li-7dd5af7111 = あるボールが、テンプレートの1.75インチ（44.4 mm）の穴を完全に通過します。このボールは何に当たりますか。

# Small parts and choking hazards › Check your knowledge (list item)
li-a3ebb633a0 = 小球

# Small parts and choking hazards › Check your knowledge (list item)
li-7d40ac6018 = ビー玉

# Small parts and choking hazards › Check your knowledge (list item)
li-38a6a23304 = 風船

# Small parts and choking hazards › Check your knowledge (list item)
li-727d4a84e8 = このボールは小球です。3歳未満の子ども向けの小球は禁止されています。それより年長の子ども向けの場合は、警告が必要です。

# Small parts and choking hazards › Check your knowledge (list item)
li-3f2ff91fe8 = 子どもが玩具の小球をのどに詰まらせ、短時間、呼吸が停止しました。輸入者がこれを知りました。輸入者は、いつまでにCPSCに報告しなければなりませんか。

# Small parts and choking hazards › Check your knowledge (list item)
li-fda2336f86 = 24時間以内

# Small parts and choking hazards › Check your knowledge (list item)
li-9d5cbf69f3 = 10日以内

# Small parts and choking hazards › Check your knowledge (list item)
li-f4906c8872 = 子どもが死亡していないため、報告は不要です。

# Small parts and choking hazards › Check your knowledge (list item)
li-c398b3ae61 = 16 CFR part 1117は、24時間以内の報告を求めています。時間の長短を問わず子どもの呼吸が停止したことは、報告対象となる場合の一つです。死亡は要件ではありません。

# Small parts and choking hazards › Sources (heading)
h-caf85b0888 = 出典

# Small parts and choking hazards › Sources (list item)
li-b1dff48900 = { "[" }eCFR：Part 1501（小部品）](https://www.ecfr.gov/current/title-16/part-1501)

# Small parts and choking hazards › Sources (list item)
li-ab72dce95d = { "[" }eCFR：Section 1500.18（禁止される玩具及び物品）](https://www.ecfr.gov/current/title-16/section-1500.18)

# Small parts and choking hazards › Sources (list item)
li-bc639be434 = { "[" }eCFR：Section 1500.19（窒息の危険に関する警告）](https://www.ecfr.gov/current/title-16/section-1500.19)

# Small parts and choking hazards › Sources (list item)
li-5276172d68 = { "[" }連邦官報（Federal Register）：窒息の危険に関する表示規則、1995年2月27日](https://www.govinfo.gov/content/pkg/FR-1995-02-27/html/95-4484.htm)

# Small parts and choking hazards › Sources (list item)
li-2a1b7237b9 = { "[" }eCFR：Part 1117（窒息事故の報告）](https://www.ecfr.gov/current/title-16/part-1117)

# Small parts and choking hazards › Sources (list item)
li-0931c92c47 = { "[" }連邦官報（Federal Register）：窒息事故の報告、最終規則、1995年2月27日](http://federal.elaws.us/fr/2/27/1995/95-4483)

# Small parts and choking hazards › Sources (list item)
li-30cde9875c = { "[" }CPSC：{ -cpc }](https://www.cpsc.gov/Business--Manufacturing/Testing-Certification/Childrens-Product-Certificate-CPC/)

# Small parts and choking hazards › Sources (list item)
li-f30ee94a2c = { "[" }CPSC：北京地域製品安全事務所（Regional Product Safety Office, Beijing）](http://www.cpsc.gov/Business--Manufacturing/International/CPSC-Regional-Product-Safety-Office-Beijing/)
