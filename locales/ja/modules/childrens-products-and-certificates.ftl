### Japanese translation of content/modules/childrens-products-and-certificates.md (Children's products and certificates). Draft translation by the Primer team;
### not yet reviewed by a qualified translator.
### 日本語訳の草案（Primer チーム作成）。資格を有する翻訳者による校閲は受けていません。
### Comments name the English source segment; `primer i18n extract` writes the English file.

# Children's products and certificates (title)
title-9b5bee27e9 = { -childrens-product }と証明書

# Children's products and certificates (summary)
summary-18358a5a8a = { -childrens-product }は、{ -cpsc-accepted-lab }による試験を受け、{ -cpc }によって適合を証明し、{ -tracking-label }を表示しなければなりません。

# Children's products and certificates (learning objective)
objective-90a40368b4 = 製品が{ -childrens-product }に該当するかどうかを判断する。

# Children's products and certificates (learning objective)
objective-99d966dd40 = { -cpc }の7つの記載事項を挙げる。

# Children's products and certificates (learning objective)
objective-ee420f502b = 製品について新たな{ -third-party-testing }と新たな証明書が必要となる場合を説明する。

# Children's products and certificates (learning objective)
objective-3b2251a5f8 = { -tracking-label }及び{ -efiling }の要件を説明する。

# Children's products and certificates (paragraph)
p-53c1f09a65 = { -childrens-product }は、適用される米国の安全規則に適合しなければなりません。また、試験を受け、適合を証明し、表示を付さなければなりません。

# Children's products and certificates › What is a children's product (heading)
h-afce076afe = { -childrens-product }とは

# Children's products and certificates › What is a children's product (paragraph)
p-eb894becc0 = { -childrens-product }とは、主として12歳以下の子どもが使用するよう設計され、又はそのように意図された消費者製品をいいます。この定義は、米国消費者製品安全法（Consumer Product Safety Act）第3条(a)(2)及び16 CFR 1200.2に定められています。

# Children's products and certificates › What is a children's product (paragraph)
p-8c06b65dee = 製品が主として子ども向けであるかどうかは、次の4つの要素により判断します（16 CFR 1200.2(a)(1)）。

# Children's products and certificates › What is a children's product (list item)
li-58b0206d03 = 意図された用途に関する製造者の表明（表示を含む）。ただし、その表明が合理的である場合に限ります。

# Children's products and certificates › What is a children's product (list item)
li-fcefa784f6 = 包装、陳列、販売促進又は広告において、当該製品が12歳以下の子どもに適したものとして示されているかどうか。

# Children's products and certificates › What is a children's product (list item)
li-5b69564c25 = 消費者が、当該製品を12歳以下の子ども向けのものとして一般に認識しているかどうか。

# Children's products and certificates › What is a children's product (list item)
li-c326d5b072 = 2002年9月のCPSC職員による年齢判定ガイドライン（Age Determination Guidelines）及びその後継文書。

# Children's products and certificates › What is a children's product (paragraph)
p-444366eab3 = 判断は個別の事案ごとに行われます。[{ -small-parts }](toys-small-parts.md)に関する規則の対象となる玩具は、{ -childrens-product }です。

# Children's products and certificates › Testing by a CPSC-accepted laboratory (heading)
h-83745dbbc9 = { -cpsc-accepted-lab }による試験

# Children's products and certificates › Testing by a CPSC-accepted laboratory (paragraph)
p-ba4bbde9f6 = 児童用製品安全規則の対象となる{ -childrens-product }は、第三者試験所である{ -cpsc-accepted-lab }による試験を受け、適合を証明しなければなりません。これらの試験所に関する要件は、16 CFR part 1112に定められています。

# Children's products and certificates › Testing by a CPSC-accepted laboratory (paragraph)
p-8f3564d5e7 = 16 CFR part 1107は、{ -childrens-product }の継続的な試験に関する手順を定めています。

# Children's products and certificates › Testing by a CPSC-accepted laboratory (list item)
li-b683642aec = { -periodic-testing }

# Children's products and certificates › Testing by a CPSC-accepted laboratory (list item)
li-af36acde5d = 設計又は製造工程の{ -material-change }後の試験

# Children's products and certificates › Testing by a CPSC-accepted laboratory (paragraph)
p-62634363cf = Part 1107は、試験所に対する不当な影響を防ぐための保護措置も定めています（16 CFR 1107.1）。

# Children's products and certificates › Testing by a CPSC-accepted laboratory (paragraph)
p-ad85a1baed = { -material-change }とは、規則への適合に影響を及ぼすおそれのある、設計、製造工程又は構成部品の調達先の変更をいいます。{ -material-change }の後は、製品について新たな{ -third-party-testing }と新たな証明書が必要です（16 CFR 1107.23(a)）。新たな証明書は、製品が規則に適合するまで発行することができません。1つの構成部品のみが変更された場合、事業者は、従前の試験結果と当該構成部品に対する新たな試験とを組み合わせることができます。

# Children's products and certificates › Testing by a CPSC-accepted laboratory (paragraph)
p-85f9eb3e74 = 構成部品の供給業者を新たにすることは、構成部品の調達先の変更に当たります。規則への適合に影響を及ぼすおそれがある場合は、{ -material-change }となります。設計、工程又は供給業者を変更する前に、{ -importer }に連絡してください。

# Children's products and certificates › Testing by a CPSC-accepted laboratory (paragraph)
p-5263e158d1 = 構成部品の試験が適合性の評価に必要又は十分である場合、事業者は、最終製品に代えて構成部品を試験することができます（16 CFR 1109.5(a)）。試験する構成部品は、すべての重要な点において、最終製品に使用されるものと同一でなければなりません。疑義がある場合は、最終製品を試験してください。

# Children's products and certificates › The certificate (heading)
h-36c79acaa5 = 証明書

# Children's products and certificates › The certificate (paragraph)
p-1e37ed4303 = { -importer }又は米国内の製造者が、書面による{ -cpc }によって適合を証明します。CPCは、第三者試験所である{ -cpsc-accepted-lab }の合格した試験結果に基づきます。証明書に関する規則は、16 CFR part 1110に定められています。

# Children's products and certificates › The certificate (paragraph)
p-787f8f68bd = 16 CFR part 1110は、2025年1月8日の最終規則により改正されました。改正規則は2026年7月8日に施行され、外国貿易地域（foreign trade zone）からの輸入申告については2027年1月8日に施行されます。この規則は、証明書を発行しなければならない輸入者、米国内の製造者及びプライベートブランド事業者（private labeler）に適用されます。本モジュールでは、CPSCの証明書に関するページの説明に従って証明書を説明しています。証明書を作成する前に、eCFRで16 CFR part 1110の現行の条文を確認してください。

# Children's products and certificates › The certificate (paragraph)
p-85a6436776 = 海外で製造された製品については、輸入者がCPCを発行します。米国で製造された製品については、米国の製造者が発行します。試験所がCPCの作成を支援することはできますが、法的責任は引き続き証明者が負います。CPCは、流通業者及び小売業者に提供しなければなりません。

# Children's products and certificates › The certificate (paragraph)
p-2af1b2350b = CPC及びその根拠となる試験報告書は、英語で作成しなければなりません。特定の様式は求められていませんが、7つの必要記載事項がすべて記載され、かつ正確でなければなりません。CPSCは、玩具、衣料品及び{ -bassinet }についてCPCの記載例を公表しています。

# Children's products and certificates › The certificate (table cell)
td-4e5b548d6d = 記載事項

# Children's products and certificates › The certificate (table cell)
td-8e7ddf931c = 記載内容

# Children's products and certificates › The certificate (table cell)
td-fb9ef89417 = 製品

# Children's products and certificates › The certificate (table cell)
td-31a1a8581f = CPCを、その対象となる各製品と照合でき、かつそれ以外の製品とは照合されない程度に詳細な記述

# Children's products and certificates › The certificate (table cell)
td-4228aeb07c = 規則

# Children's products and certificates › The certificate (table cell)
td-647ca8b733 = 適用される児童用製品安全規則の一つ一つを個別に引用

# Children's products and certificates › The certificate (table cell)
td-86004f1008 = 証明者

# Children's products and certificates › The certificate (table cell)
td-9726b0e13b = 米国の輸入者又は米国内の製造者：名称、完全な郵送先住所、電話番号

# Children's products and certificates › The certificate (table cell)
td-75964d2f03 = 記録の連絡先

# Children's products and certificates › The certificate (table cell)
td-16cd9dc1e6 = 試験記録を保管する者：氏名、完全な郵送先住所、電子メールアドレス、電話番号

# Children's products and certificates › The certificate (table cell)
td-8f1f17218c = 製造

# Children's products and certificates › The certificate (table cell)
td-268569d872 = 製造年月日及び製造場所

# Children's products and certificates › The certificate (table cell)
td-e806a291cf = 試験

# Children's products and certificates › The certificate (table cell)
td-e4f77faceb = 試験年月日及び試験場所

# Children's products and certificates › The certificate (table cell)
td-5e37d1bb9d = 試験所

# Children's products and certificates › The certificate (table cell)
td-c3fb8823c4 = 証明書が依拠する{ -cpsc-accepted-lab }（第三者試験所）のすべて

# Children's products and certificates › The certificate (paragraph)
p-a23fc9f3e0 = 規則中の適用除外又はCPSCの決定により、試験が免除される製品もあります。その一例が子ども用毛布です。この場合でも、事業者はCPCを発行しなければなりません。CPCには適用されるすべての規則を引用し、試験所の代わりに、主張する適用除外を記載します。鉛の試験が不要な材料もありますが、その場合でも[鉛の限度値](lead-and-phthalates.md#limits)には適合しなければなりません。

# Children's products and certificates › The certificate (paragraph)
p-b780cea7e8 = 証明書が構成部品の試験報告書に依拠する場合、最終製品の証明書には、すべての試験所とすべての引用規則を記載しなければなりません。

# Children's products and certificates › Tracking labels (heading)
h-588e1d0168 = { -tracking-label }

# Children's products and certificates › Tracking labels (paragraph)
p-55f963d8df = { -childrens-product }及びその包装には、実行可能な範囲で、恒久的な識別表示を付さなければなりません（米国消費者製品安全法第14条(a)(5)）。この表示を{ -tracking-label }といいます。{ -tracking-label }には、次の事項を表示しなければなりません。

# Children's products and certificates › Tracking labels (list item)
li-8b8de6764f = 製造者又はプライベートブランド事業者の名称

# Children's products and certificates › Tracking labels (list item)
li-3470715922 = 生産の場所及び年月日

# Children's products and certificates › Tracking labels (list item)
li-e2d219ac42 = バッチ番号又はラン番号（batch or run number）など、製造工程に関する詳細な情報

# Children's products and certificates › Tracking labels (list item)
li-302a560ee7 = その他、製品の具体的な出所の特定に役立つ情報

# Children's products and certificates › Tracking labels (paragraph)
p-cf53363818 = これらの情報は、目に見え、かつ判読可能でなければなりません。1か所にまとめて表示する必要はありません。既存の表示を充てることもできます。衣料品では、FTC登録識別番号（RN）によって要件の一部を満たすことができますが、すべてを満たすことはできません。

# Children's products and certificates › Tracking labels (paragraph)
p-f0f48ff60e = 海外で製造された製品については、輸入者が{ -tracking-label }について責任を負います。

# Children's products and certificates › Tracking labels (paragraph)
p-2e2d7a3df2 = { -crib }やベビーカーなどの耐久性のある乳幼児用製品には、表示及び{ -registration-card }に関する追加の規則があります（16 CFR part 1130）。

# Children's products and certificates › Certificate eFiling (heading)
h-fb60fb25fd = { -efiling }

# Children's products and certificates › Certificate eFiling (paragraph)
p-ee96f72957 = 2025年1月8日の最終規則により、輸入品について証明書の電子提出が義務化されました[^1]。この規則は、適合の証明が必要な、CPSCが規制するすべての輸入製品を対象とします。これには、{ -cpc }及び一般適合証明書（General Certificate of Conformity）が含まれます。米国で製造された製品も適合の証明が必要ですが、その証明書は輸入時に電子提出されるものではありません。

# Children's products and certificates › Certificate eFiling (paragraph)
p-e15ba62e66 = この規則は90 FR 1800（事案番号（docket）CPSC 2013-0017）であり、16 CFR part 1110を改正しました。

# Children's products and certificates › Certificate eFiling (paragraph)
p-d62a33b501 = 輸入者又はその通関業者が、輸入時に証明書のデータを電子的に提出します。データは、ACEの関係政府機関（PGA）メッセージセットを通じて米国税関・国境警備局に送られます。データをCPSC製品登録簿（Product Registry）に保存し、それを参照することもできます。

# Children's products and certificates › Certificate eFiling (table cell)
td-7cb76b4af1 = 輸入申告

# Children's products and certificates › Certificate eFiling (table cell)
td-98b2042ece = 電子提出の義務化の開始日

# Children's products and certificates › Certificate eFiling (table cell)
td-5a72f56cfc = 外国貿易地域からのものを除くすべての輸入申告

# Children's products and certificates › Certificate eFiling (table cell)
td-d5af4d96ee = 2026年7月8日

# Children's products and certificates › Certificate eFiling (table cell)
td-93a6572f9a = 外国貿易地域からの、消費又は保税倉庫蔵置のための輸入申告

# Children's products and certificates › Certificate eFiling (table cell)
td-56358c61e0 = 2027年1月8日

# Children's products and certificates › Certificate eFiling (paragraph)
p-0213aef8d6 = 提出するデータは、証明書の7つの必要記載事項です。工場の記録は、そのそれぞれを裏付けるものでなければなりません。

# Children's products and certificates › Certificate eFiling (paragraph)
p-fd7ef61545 = CPSCの以前の回答には、CPCを政府に提出することは「現時点では求められていない」（not required at this time）と記載されています。2026年7月8日以降、大半の輸入品については、この記載は最新の状況に合っていません。

# Children's products and certificates › What to do in the factory (heading)
h-2a572bd7e4 = 工場で行うべきこと

# Children's products and certificates › What to do in the factory (list item)
li-177c4ae1e9 = 製品ごとに、{ -age-grade }と適用される規則の一覧を輸入者に確認してください。

# Children's products and certificates › What to do in the factory (list item)
li-d9df4d7e41 = 第三者試験所は、{ -cpsc-accepted-lab }のみを利用してください。

# Children's products and certificates › What to do in the factory (list item)
li-d6930a85c2 = ロットごとに、製造年月日、製造場所及びバッチ番号又はラン番号を記録してください。

# Children's products and certificates › What to do in the factory (list item)
li-5e61dc43de = 輸入者との取決めに従い、製品及び包装に追跡のための表示を付してください。

# Children's products and certificates › What to do in the factory (list item)
li-e7d4b01dd8 = 設計、工程又は構成部品の供給業者を変更する場合は、その前に輸入者に連絡してください。

# Children's products and certificates › What to do in the factory (list item)
li-80a56267c4 = 試験所の試験結果に影響を与えようとすることは、決して行わないでください。

# Children's products and certificates › What to do in the factory (list item)
li-176bfa22d4 = すべての試験報告書を英語で保管し、輸入者の求めに応じて直ちに提出できるようにしてください。

# Children's products and certificates › What to do in the factory (paragraph)
p-e618613b73 = CPSCは、自主{ -recall }の対象製品を製造した中国の製造者を把握している場合、その製造者の名称と{ -recall }の告知を中国の規制当局に伝えます。また、名称と住所を把握していれば、製造者にも通知します。2018年以降、中国の旧規制当局の職務は、製品の品質及び安全については国家市場監督管理総局（SAMR）が、輸出入検査については海関総署（GACC）が担っています。バッチ記録を適切に管理していれば、影響を受けるロットを迅速に特定することができます。

# Children's products and certificates › Check your knowledge (heading)
h-27544b5c12 = 理解度の確認

# Children's products and certificates › Check your knowledge (list item)
li-2d6476b1da = ある製品は、主に10歳の子ども向けに設計されています。この製品は{ -childrens-product }ですか。

# Children's products and certificates › Check your knowledge (list item)
li-4536ae53f1 = はい。12歳以下の子ども向けの製品だからです。

# Children's products and certificates › Check your knowledge (list item)
li-8112389f01 = いいえ。3歳未満の子ども向けの製品のみが{ -childrens-product }です。

# Children's products and certificates › Check your knowledge (list item)
li-82153ece2e = 玩具である場合に限り、該当します。

# Children's products and certificates › Check your knowledge (list item)
li-594c02ef97 = { -childrens-product }とは、主として12歳以下の子どもが使用するよう設計され、又はそのように意図された製品です。

# Children's products and certificates › Check your knowledge (list item)
li-6308ed4b24 = ベトナムで製造され、米国に輸入される玩具のCPCは、誰が発行しますか。

# Children's products and certificates › Check your knowledge (list item)
li-e6b0e280cc = 工場

# Children's products and certificates › Check your knowledge (list item)
li-eff80c037e = 試験所

# Children's products and certificates › Check your knowledge (list item)
li-9cd14423a6 = { -importer }

# Children's products and certificates › Check your knowledge (list item)
li-6b969f7557 = 海外で製造された製品については、輸入者がCPCを発行し、その法的責任を負います。

# Children's products and certificates › Check your knowledge (list item)
li-fcbed22ce5 = ある工場が塗料の供給業者を変更しました。この変更は、規則への適合に影響を及ぼすおそれがあります。何が必要ですか。

# Children's products and certificates › Check your knowledge (list item)
li-78cfbffa15 = 何も必要ありません。従前の試験報告書が合格しているためです。

# Children's products and certificates › Check your knowledge (list item)
li-31378a4dbd = 新たな{ -third-party-testing }と新たな証明書

# Children's products and certificates › Check your knowledge (list item)
li-b9c4997783 = 新たな{ -tracking-label }のみ

# Children's products and certificates › Check your knowledge (list item)
li-c833050ed9 = 規則への適合に影響を及ぼすおそれのある構成部品の調達先の変更は、{ -material-change }です。新たな{ -third-party-testing }と新たなCPCが必要です。

# Children's products and certificates › Check your knowledge (list item)
li-61c9080c7d = 外国貿易地域からの輸入申告について、{ -efiling }が義務となるのはいつからですか。

# Children's products and certificates › Check your knowledge (list item)
li-d5af4d96ee = 2026年7月8日

# Children's products and certificates › Check your knowledge (list item)
li-56358c61e0 = 2027年1月8日

# Children's products and certificates › Check your knowledge (list item)
li-677f334331 = 2025年1月8日

# Children's products and certificates › Check your knowledge (list item)
li-6e9fa34bde = その他の輸入申告については、2026年7月8日からです。

# Children's products and certificates › Sources (heading)
h-caf85b0888 = 出典

# Children's products and certificates › Sources (list item)
li-cbe74fd4cb = { "[" }eCFR：Part 1200（児童用製品の定義）](https://www.ecfr.gov/current/title-16/part-1200)

# Children's products and certificates › Sources (list item)
li-837c43b9bc = { "[" }eCFR：Part 1107（児童用製品の試験及び適合の証明）](https://www.ecfr.gov/current/title-16/part-1107)

# Children's products and certificates › Sources (list item)
li-1a6b397484 = { "[" }eCFR：Part 1109（構成部品の試験）](https://www.ecfr.gov/current/title-16/part-1109)

# Children's products and certificates › Sources (list item)
li-74ff8b238e = { "[" }eCFR：Part 1110（証明書）](https://www.ecfr.gov/current/title-16/part-1110)

# Children's products and certificates › Sources (list item)
li-f8c7729576 = { "[" }eCFR：Part 1112（第三者試験所）](https://www.ecfr.gov/current/title-16/part-1112)

# Children's products and certificates › Sources (list item)
li-30cde9875c = { "[" }CPSC：{ -cpc }](https://www.cpsc.gov/Business--Manufacturing/Testing-Certification/Childrens-Product-Certificate-CPC/)

# Children's products and certificates › Sources (list item)
li-90dfe3aff0 = { "[" }CPSC：証明書の概要](http://www.cpsc.gov/cpc)

# Children's products and certificates › Sources (list item)
li-056d7e4313 = { "[" }CPSC よくある質問：{ -cpc }](https://cpsc.gov/FAQ/Children%E2%80%99s-Product-Certificate)

# Children's products and certificates › Sources (list item)
li-c9b7cfeaa7 = { "[" }CPSC：{ -tracking-label }](https://cpsc.gov/trackinglabel)

# Children's products and certificates › Sources (list item)
li-67a24923eb = { "[" }CPSC よくある質問：{ -tracking-label }](https://cpsc.gov/FAQ/Tracking-Label)

# Children's products and certificates › Sources (list item)
li-8842c36139 = { "[" }CPSC：電子提出（eFiling）](https://cpsc.gov/eFiling)

# Children's products and certificates › Sources (list item)
li-be5b6f1662 = { "[" }CPSC よくある質問：電子提出（eFiling）](https://cpsc.gov/FAQ/eFiling-Frequently-Asked-Questions-FAQ)

# Children's products and certificates › Sources (list item)
li-afa25cdc0b = { "[" }連邦官報（Federal Register）：電子提出に関する最終規則、2025年1月8日](https://regulations.justia.com/regulations/fedreg/2025/01/08/2024-30826.html)

# Children's products and certificates › Sources (list item)
li-5e1930f721 = { "[" }CPSC：中国政府へのリコールの通知](http://www.cpsc.gov/Business--Manufacturing/International/Topics/Chinese-Government-Notification-of-Recalls/)
