### Japanese translation of content/modules/infant-sleep-products.md (Infant sleep products, crib mattresses, bassinets and play yards). Draft translation by the Primer team;
### not yet reviewed by a qualified translator.
### Primer チームによる翻訳の草案であり、資格を有する翻訳者による校閲は受けていません。
### Comments name the English source segment; `primer i18n extract` writes the English file.

# Infant sleep products, crib mattresses, bassinets and play yards (title)
title-9a1777f2bc = { -infant-sleep-product }、{ -crib-mattress }、{ -bassinet }及び{ -play-yard }

# Infant sleep products, crib mattresses, bassinets and play yards (summary)
summary-5b6c21c79f = 乳児が眠るための製品はCPSCの安全基準に適合しなければならず、傾斜型スリーパー（inclined sleeper）と{ -crib }用バンパー（crib bumper）は米国で禁止されています。

# Infant sleep products, crib mattresses, bassinets and play yards (learning objective)
objective-c8969270ad = 乳児の睡眠用製品の種類ごとに、適用されるCPSCの規則を挙げる。

# Infant sleep products, crib mattresses, bassinets and play yards (learning objective)
objective-6ed433c7ff = 乳児安全睡眠法（Safe Sleep for Babies Act）が禁止している製品を説明する。

# Infant sleep products, crib mattresses, bassinets and play yards (learning objective)
objective-da62146c44 = これらの製品に{ -third-party-testing }、証明書及び{ -registration-card }が必要な理由を説明する。

# Infant sleep products, crib mattresses, bassinets and play yards (learning objective)
objective-557512ffc6 = これらの製品の出荷前に工場が行う確認を計画する。

# Infant sleep products, crib mattresses, bassinets and play yards (paragraph)
p-34c3dcd793 = 乳児の睡眠用製品は、米国の厳格な規則に適合しなければなりません。本モジュールでは、{ -infant-sleep-product }、{ -crib-mattress }、{ -bassinet }、ゆりかご（cradle）及び{ -play-yard }を取り上げます。乳児安全睡眠法（Safe Sleep for Babies Act）についても説明します。{ -crib }には、16 CFR 1219及び16 CFR 1220に独自の規則があります。[{ -crib }](cribs-full-size-and-non-full-size.md)のモジュールを参照してください。

# Infant sleep products, crib mattresses, bassinets and play yards › How the rules are made (heading)
h-11e51bb1f8 = 規則の制定の仕組み

# Infant sleep products, crib mattresses, bassinets and play yards › How the rules are made (paragraph)
p-0541427d4e = 消費者製品安全改善法（CPSIA）第104条は、耐久性のある乳幼児用製品（durable infant or toddler products）を対象としています。同条の下で、CPSCは、任意規格であるASTM規格と実質的に同一の基準、又はそれより厳しい基準を公布しなければなりません。同法は、ASTMが規格を改訂した場合にCPSCの規則を更新する手続も定めています。したがって、規則が引用するASTM規格の版は変わることがあります。常に規則の現行の条文を確認してください。

# Infant sleep products, crib mattresses, bassinets and play yards › How the rules are made (paragraph)
p-2c662b521d = これらの第104条に基づく規則は、児童用製品安全規則（children's product safety rules）です。したがって、各製品には次のものが必要です。

# Infant sleep products, crib mattresses, bassinets and play yards › How the rules are made (list item)
li-1f05ed8bb7 = { -cpsc-accepted-lab }による{ -third-party-testing }

# Infant sleep products, crib mattresses, bassinets and play yards › How the rules are made (list item)
li-a2b0f5d4b0 = { -importer }又は米国の製造者が発行する{ -cpc }

# Infant sleep products, crib mattresses, bassinets and play yards › How the rules are made (list item)
li-b10f145461 = 消費者向けの{ -registration-card }

# Infant sleep products, crib mattresses, bassinets and play yards › How the rules are made (paragraph)
p-98628eab16 = 証明書及び試験報告書は英語で作成しなければなりません。CPSCは、{ -bassinet }についての証明書の記載例を公表しています。

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (heading)
h-d4a5bfd813 = 製品ごとの適用規則

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-fb9ef89417 = 製品

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-62845f31a2 = 規則

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-6b9e8b2181 = { -infant-sleep-product }

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-4efc0d813e = 16 CFR part 1236

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-e48002383c = { -crib-mattress }

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-4bbfcf2344 = 16 CFR part 1241

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-3f1019000c = { -bassinet }及びゆりかご（cradle）

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-b16780f7f6 = 16 CFR part 1218

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-06c9360c8b = { -play-yard }

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-790917086d = 16 CFR part 1221

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-b80c75e8c7 = 傾斜型スリーパー（inclined sleeper）、{ -crib }用バンパー（crib bumper）

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-05eb210744 = 禁止

# Infant sleep products, crib mattresses, bassinets and play yards › Infant sleep products (heading)
h-6b9e8b2181 = { -infant-sleep-product }

# Infant sleep products, crib mattresses, bassinets and play yards › Infant sleep products (paragraph)
p-6162af119d = 16 CFR part 1236は、{ -infant-sleep-product }を対象としています。これは、生後5か月までの乳児に睡眠の場を提供するものとして販売され、又はそのように意図された製品であって、CPSCの他の乳児睡眠用製品の基準の対象とならないものです。ベッドの上で使用するスリーパー（in-bed sleeper）はその一例です。最終規則は2021年6月23日に公布され、2022年6月23日に発効しました。

# Infant sleep products, crib mattresses, bassinets and play yards › Crib mattresses (heading)
h-e48002383c = { -crib-mattress }

# Infant sleep products, crib mattresses, bassinets and play yards › Crib mattresses (paragraph)
p-04da3b197d = 16 CFR part 1241は、次のマットレスを対象としています。

# Infant sleep products, crib mattresses, bassinets and play yards › Crib mattresses (list item)
li-1bd943adb8 = { -full-size-crib }用のマットレス

# Infant sleep products, crib mattresses, bassinets and play yards › Crib mattresses (list item)
li-88349045d5 = { -non-full-size-crib }用のマットレス

# Infant sleep products, crib mattresses, bassinets and play yards › Crib mattresses (list item)
li-74e217aaea = { -play-yard }及び{ -non-full-size-crib }用のアフターマーケット（別売り）のマットレス

# Infant sleep products, crib mattresses, bassinets and play yards › Crib mattresses (paragraph)
p-ea5e597ac2 = 最終規則は2022年2月15日に公布され、2022年8月15日に発効しました。

# Infant sleep products, crib mattresses, bassinets and play yards › Bassinets and cradles (heading)
h-3f1019000c = { -bassinet }及びゆりかご

# Infant sleep products, crib mattresses, bassinets and play yards › Bassinets and cradles (paragraph)
p-79c0ac2cd9 = 16 CFR part 1218は、{ -bassinet }及びゆりかご（cradle）の基準です。この規則は、ASTMが規格を改訂した場合に更新されることがあります。本研修では、同規則が現在引用しているASTM規格の版を示していません。試験の前に、eCFRで規則の現行の条文を確認してください。

# Infant sleep products, crib mattresses, bassinets and play yards › Play yards (heading)
h-06c9360c8b = { -play-yard }

# Infant sleep products, crib mattresses, bassinets and play yards › Play yards (paragraph)
p-9930e88963 = 16 CFR part 1221は、{ -play-yard }（play yard）の基準です。2012年8月29日に初めて公布され、2013年2月28日に発効しました。同規則は、{ -non-full-size-crib }にのみ適用される節を除いて、ASTM F406を用いています。2025年1月29日の直接最終規則（direct final rule）により、ASTM F406-24に更新されました。同規則は、発効日を2025年4月5日と定めました。

# Infant sleep products, crib mattresses, bassinets and play yards › The Safe Sleep for Babies Act (heading)
h-0a86a1bd54 = 乳児安全睡眠法（Safe Sleep for Babies Act）

# Infant sleep products, crib mattresses, bassinets and play yards › The Safe Sleep for Babies Act (paragraph)
p-5423e0431f = 乳児安全睡眠法は、2022年5月16日に署名されました。同日から180日後以降、次の2つの製品は、米国の消費者製品安全法（Consumer Product Safety Act）第8条に基づく禁止有害製品（banned hazardous products）となっています。

# Infant sleep products, crib mattresses, bassinets and play yards › The Safe Sleep for Babies Act (list item)
li-cc64a5d529 = { "*" }*乳児用の傾斜型スリーパー（inclined sleeper）**。睡眠面の傾斜が10度を超える製品であって、1歳までの乳児に睡眠の場を提供することを意図し、そのように販売され、又は設計されたものです。

# Infant sleep products, crib mattresses, bassinets and play yards › The Safe Sleep for Babies Act (list item)
li-e2a724e072 = { "*" }*{ -crib }用バンパー（crib bumper）**。{ -crib }用バンパーとは、衝突によるけが又は{ -crib }の開口部への挟み込みを防ぐために、{ -crib }の側面を覆うことを意図したあらゆる素材をいいます。詰め物入りのバンパー、ビニール製のバンパーガード（支持材の有無を問わない）、及び{ -crib }の縦の柵（スラット）のカバーを含みます。詰め物のないメッシュ製の{ -crib }用ライナーは含みません。

# Infant sleep products, crib mattresses, bassinets and play yards › The Safe Sleep for Babies Act (paragraph)
p-b453598276 = この禁止は、製造日にかかわらず適用されます。同法の成立前に製造された製品も禁止されます。米国市場向けに傾斜型スリーパー又は{ -crib }用バンパーを製造しないでください。米国市場向けに、{ -crib }用バンパーを他の製品と同梱しないでください。

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (heading)
h-d6175efb20 = { -registration-card }及び表示

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (paragraph)
p-7b1d7cb5d0 = { -registration-card }の規則は16 CFR part 1130です。輸入者を含む各製造者は、次のことを行わなければなりません。

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-eca1f869e9 = 郵便料金支払済み（postage-paid）の消費者向け製品登録フォームを各製品に添付すること

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-10882c28ef = 登録した消費者の記録を保管すること

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-d80c82e93d = 製造者の名称及び連絡先、モデル名及びモデル番号、並びに製造日を製品に恒久的に表示すること

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (paragraph)
p-f8f64b181c = { -play-yard }、{ -bassinet }及びゆりかごについては、この規則は2010年6月28日から適用されています。その後、{ -infant-sleep-product }が{ -bassinet }及びゆりかごの下位区分として追加されました。{ -crib-mattress }も追加されました。

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (paragraph)
p-f9ad44d6b9 = 製品登録フォームは、16 CFR 1130.5の次の要件を満たさなければなりません。

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-26e63730a4 = 必要な情報がすべて英語で記載されていること。

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-682bafbe1b = 消費者が必ず気付いて手に取るよう、製品の表面に取り付けられていること。

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-64b3163859 = 製造者の名称、モデル名及びモデル番号、並びに製造日が示されていること。

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-d3c5834e4c = インターネットで登録する方法が提供されていること。

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-68fe0078cd = データは{ -recall }又は安全警告の目的にのみ使用される旨が記載されていること。

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (paragraph)
p-04c8a9d0be = { -childrens-product }及びその包装には、{ -tracking-label }も表示しなければなりません。{ -tracking-label }には、例えば製造者の名称、生産の場所及び日付、並びにバッチ番号又はラン番号（run number）を示します。耐久性のある乳幼児用製品には、製品本体及び外装に関する表示規則が更にあります。

# Infant sleep products, crib mattresses, bassinets and play yards › Reporting problems (heading)
h-9ec1696976 = 問題の報告

# Infant sleep products, crib mattresses, bassinets and play yards › Reporting problems (paragraph)
p-0562955a39 = 製造者、輸入者、流通業者及び小売業者は、一定の場合にはCPSCに直ちに報告しなければなりません。その一つは、製品が消費者製品安全規則に適合していないとの結論を合理的に裏付ける情報がある場合です。負傷が発生するのを待ってはなりません。この規則は16 CFR part 1115に定められています。問題を把握した場合は、直ちに{ -importer }に伝えてください。

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (heading)
h-2a572bd7e4 = 工場で行うべきこと

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (list item)
li-11603843d4 = 生産の前に、各製品に適用される規則を特定してください。

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (list item)
li-8678b606fb = 試験所に、どのASTM規格の版に基づいて試験するかを確認してください。それを現行の規則と照合してください。

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (list item)
li-453ae2d4d1 = 米国市場向けに傾斜型スリーパー又は{ -crib }用バンパーを製造しないでください。

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (list item)
li-89d1af789e = 各製品に、製造者の名称及び連絡先、モデル名及びモデル番号、並びに製造日を恒久的に表示してください。

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (list item)
li-bdfadfa2b1 = { -registration-card }を製品に取り付けてください。英語で記載されていることを確認してください。

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (list item)
li-89f17aa392 = 設計、工程又は材料を変更する前に、{ -importer }に連絡してください。適合に影響を及ぼすおそれのある{ -material-change }には、新たな{ -third-party-testing }と新たな証明書が必要です。

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (list item)
li-e1618feb22 = すべての試験記録を保管してください。試験の不合格や事故があれば、直ちに{ -importer }に伝えてください。

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (paragraph)
p-4ba1ed621d = 北京事務所に関するCPSCのウェブページによれば、衣類、{ -crib }、育児用品など、リスクの高い{ -childrens-product }の大きな割合を中国の企業が製造しています。このページには日付が記載されていません。CPSCは、自主{ -recall }の対象製品の中国の製造者を把握している場合、その名称と{ -recall }の告知を中国の規制当局に提供します。CPSCが製造者の名称と住所を把握している場合は、製造者にも通知します。

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (heading)
h-27544b5c12 = 理解度の確認

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-a0a20f6ec5 = ある製品は、生後5か月までの乳児に睡眠の場を提供します。CPSCの他の乳児睡眠用製品の基準は、この製品を対象としていません。どの規則が適用されますか。

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-790917086d = 16 CFR part 1221

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-4efc0d813e = 16 CFR part 1236

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-4bbfcf2344 = 16 CFR part 1241

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-6701c07d4d = 16 CFR part 1236は、CPSCの他の乳児睡眠用製品の基準の対象とならない{ -infant-sleep-product }を対象としています。

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-3dc47d0bdb = 乳児安全睡眠法によって禁止されている製品はどれですか。

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-64bb913eac = 詰め物入りの{ -crib }用バンパー

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-fbfb7fd93e = 詰め物のないメッシュ製の{ -crib }用ライナー

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-5157cb7cc1 = 16 CFR part 1221に適合する{ -play-yard }

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-57b40c3779 = 詰め物入りの{ -crib }用バンパーは禁止されています。詰め物のないメッシュ製の{ -crib }用ライナーは、禁止の対象に含まれません。

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-da9ab3b0ab = ある乳児用の傾斜型スリーパーは、睡眠面の傾斜が10度を超えています。この製品は同法の成立前に製造されました。米国で販売することはできますか。

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-ce658eb5e3 = はい。同法の成立前に製造されたためです。

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-b6309b7edc = はい。{ -warning-label }があれば販売できます。

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-1814d2c83b = いいえ。禁止は製造日にかかわらず適用されるためです。

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-b148637134 = 乳児用の傾斜型スリーパーは、製造日にかかわらず禁止有害製品です。

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-0c738dbf52 = { -bassinet }の消費者向けの{ -registration-card }は、何を満たさなければなりませんか。

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-de105f1fa7 = 必要な情報をすべて英語で記載すること。

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-f7dabc3613 = 郵便料金を消費者に負担させること。

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-a9b3da4031 = データは{ -recall }又は安全警告の目的にのみ使用される旨を記載すること。

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-ecd6efb671 = この両方が必要です。フォームは郵便料金支払済みで、必要な情報をすべて英語で記載したものでなければなりません。また、データは{ -recall }又は安全警告の目的にのみ使用される旨を記載しなければなりません。

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (heading)
h-caf85b0888 = 出典

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-5b634cbaf9 = { "[" }eCFR：Part 1236、{ -infant-sleep-product }](https://www.ecfr.gov/current/title-16/part-1236)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-429292259c = { "[" }eCFR：Part 1241、{ -crib-mattress }](https://www.ecfr.gov/current/title-16/part-1241)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-3b04cc52f9 = { "[" }eCFR：Part 1218、{ -bassinet }及びゆりかご](https://www.ecfr.gov/current/title-16/part-1218)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-302275d580 = { "[" }eCFR：Part 1221、{ -play-yard }](https://www.ecfr.gov/current/title-16/part-1221)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-5cdee80e66 = { "[" }eCFR：Part 1130、{ -registration-card }](https://www.ecfr.gov/current/title-16/part-1130)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-318ff6593c = { "[" }eCFR：Part 1115（報告）](https://www.ecfr.gov/current/title-16/part-1115)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-3824b905cf = { "[" }連邦官報（Federal Register）：{ -infant-sleep-product }の規則、2021年6月23日](https://regulations.justia.com/regulations/fedreg/2021/06/23/2021-12723.html)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-01b9113336 = { "[" }連邦官報（Federal Register）：{ -crib-mattress }の規則、2022年2月15日](https://regulations.justia.com/regulations/fedreg/2022/02/15/2022-02414.html)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-dcb38dafe4 = { "[" }連邦官報（Federal Register）：{ -play-yard }の規則、2012年8月29日](http://www.gpo.gov/fdsys/pkg/FR-2012-08-29/html/2012-21168.htm)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-70ce0df7a1 = { "[" }連邦官報（Federal Register）：{ -play-yard }の規則の更新、2025年1月29日](https://govinfo.gov/content/pkg/FR-2025-01-29/html/2025-01658.htm)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-8793b6f497 = { "[" }2021年乳児安全睡眠法（Safe Sleep for Babies Act of 2021）の条文](https://en.m.wikisource.org/wiki/Safe_Sleep_for_Babies_Act_of_2021)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-48eb455674 = { "[" }CPSC：{ -registration-card }に関するFAQ](https://www.cpsc.gov/FAQ/Registration-Cards)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-353bb2c28c = { "[" }CPSC：{ -cpc }](http://www.cpsc.gov/cpc)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-c9b7cfeaa7 = { "[" }CPSC：{ -tracking-label }](https://cpsc.gov/trackinglabel)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-f30ee94a2c = { "[" }CPSC：北京地域製品安全事務所（Regional Product Safety Office, Beijing）](http://www.cpsc.gov/Business--Manufacturing/International/CPSC-Regional-Product-Safety-Office-Beijing/)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-5e1930f721 = { "[" }CPSC：中国政府へのリコールの通知](http://www.cpsc.gov/Business--Manufacturing/International/Topics/Chinese-Government-Notification-of-Recalls/)
