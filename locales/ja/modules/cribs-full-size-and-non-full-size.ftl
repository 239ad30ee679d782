### Japanese translation of content/modules/cribs-full-size-and-non-full-size.md (Full-size and non-full-size cribs). Draft translation by the Primer team;
### not yet reviewed by a qualified translator.
### Primer チームによる翻訳の草案であり、資格を有する翻訳者による校閲は受けていません。
### Comments name the English source segment; `primer i18n extract` writes the English file.

# Full-size and non-full-size cribs (title)
title-67f0745d6b = { -full-size-crib }及び{ -non-full-size-crib }

# Full-size and non-full-size cribs (summary)
summary-0f591f25e5 = { -full-size-crib }及び{ -non-full-size-crib }は米国の強制安全基準に適合しなければならず、各{ -crib }には消費者向けの{ -registration-card }を添付しなければなりません。

# Full-size and non-full-size cribs (learning objective)
objective-96707f80ab = { -full-size-crib }の規則と{ -non-full-size-crib }の規則を挙げる。

# Full-size and non-full-size cribs (learning objective)
objective-568c8c65e5 = 保育施設やホテルを含め、{ -crib }の規則を遵守しなければならない者を説明する。

# Full-size and non-full-size cribs (learning objective)
objective-7928d3d362 = { -crib }に関する試験及び証明書の義務を説明する。

# Full-size and non-full-size cribs (learning objective)
objective-1fb71c7f21 = 各{ -crib }の{ -registration-card }と恒久的な表示を準備する。

# Full-size and non-full-size cribs (paragraph)
p-c32429e871 = { -crib }は耐久性のある乳幼児用製品（durable infant or toddler products）です。米国の法律は、これらに強制安全基準を定めています。本モジュールでは、{ -crib }に関する2つの規則、その遵守義務を負う者、及び各{ -crib }に添付しなければならない{ -registration-card }について説明します。

# Full-size and non-full-size cribs › The two crib rules (heading)
h-8940493553 = { -crib }に関する2つの規則

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-fb9ef89417 = 製品

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-62845f31a2 = 規則

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-e90a77266e = 基になる規格

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-6496ea9d92 = { -full-size-crib }（full-size baby crib）

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-d962d1c544 = 16 CFR part 1219

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-647b32c527 = ASTM F1169

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-a5f3dddb66 = { -non-full-size-crib }（non-full-size baby crib）

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-32970fd515 = 16 CFR part 1220

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-a70ac9d1a9 = ASTM F406

# Full-size and non-full-size cribs › The two crib rules (paragraph)
p-a9557af476 = CPSCは、2010年12月28日の最終規則（final rule）により両規則を公布しました。これは消費者製品安全改善法（CPSIA）第104条(b)に基づくものです。第104条(b)は、任意規格であるASTM規格と実質的に同一の基準、又はそれより厳しい基準を公布することをCPSCに義務付けています。また、ASTMが規格を改訂した場合に規則を更新する手続も定めています。

# Full-size and non-full-size cribs › The two crib rules (paragraph)
p-68c1e6835e = 2010年の規則は、これらのASTM規格の旧版を一部変更した上で取り入れていました。その後、両規則とも次のとおり更新されています。

# Full-size and non-full-size cribs › The two crib rules (list item)
li-2042abc1dd = { -non-full-size-crib }の規則は、現在ASTM F406-24を取り入れています。この更新は2025年4月5日に発効しました。

# Full-size and non-full-size cribs › The two crib rules (list item)
li-786bd04ab6 = 2026年5月4日の直接最終規則（direct final rule）により、{ -full-size-crib }の規則はASTM F1169-25[^f1169]に更新されました。同規則は、重大な反対意見（significant adverse comment）を受けてCPSCが撤回しない限り、発効日を2026年8月1日と定めていました。ASTM F1169-25は、メッシュ製又は布製の側面を持つ{ -full-size-crib }に関する要件を追加しています。

# Full-size and non-full-size cribs › The two crib rules (paragraph)
p-05efd3d96d = この規則は91 FR 23908、ドケット番号（docket）CPSC-2010-0075です。

# Full-size and non-full-size cribs › The two crib rules (paragraph)
p-9c8518c1b6 = ASTM規格は随時改訂されます。{ -crib }を試験する前に、16 CFR part 1219又は16 CFR part 1220が現在どの版を引用しているかをeCFRで確認してください。試験計画は{ -importer }と合意してください。

# Full-size and non-full-size cribs › The two crib rules (paragraph)
p-c606644f01 = 類似の製品の中には、独自の規則が定められているものがあります。{ -play-yard }（play yard）は16 CFR part 1221に従います。同規則は、{ -non-full-size-crib }にのみ適用される節を除いて、ASTM F406を用いています。{ -crib-mattress }は16 CFR part 1241に従います。

# Full-size and non-full-size cribs › New and used cribs (heading)
h-07da977400 = 新品及び中古の{ -crib }

# Full-size and non-full-size cribs › New and used cribs (paragraph)
p-ba149473b7 = { -crib }の規則は、製造者、小売業者等に対して2011年6月28日に発効しました。規則は、新品の{ -crib }だけでなく中古の{ -crib }も対象としています（CPSIA第104条(c)）。

# Full-size and non-full-size cribs › New and used cribs (paragraph)
p-ac9cf952c5 = 規則は、{ -crib }をリース又は転貸する者にも適用されます。その他の方法で{ -crib }を市場に出す者にも適用されます。

# Full-size and non-full-size cribs › Child care facilities and hotels (heading)
h-38b8165ff3 = 保育施設及びホテル

# Full-size and non-full-size cribs › Child care facilities and hotels (paragraph)
p-3cdb343fd3 = { -crib }の規則は、他人の子どものために{ -crib }を使用する次の場所にも適用されます。

# Full-size and non-full-size cribs › Child care facilities and hotels (list item)
li-6728dd22a6 = 保育施設

# Full-size and non-full-size cribs › Child care facilities and hotels (list item)
li-b0d634cd94 = 家庭的保育を行う場所（family child care homes）

# Full-size and non-full-size cribs › Child care facilities and hotels (list item)
li-475ca96abd = 公衆宿泊施設（places of public accommodation）、例えばホテル

# Full-size and non-full-size cribs › Child care facilities and hotels (paragraph)
p-7b6dfd17a6 = これらの場所は、2012年12月28日までに規則に適合する必要がありました。

# Full-size and non-full-size cribs › Child care facilities and hotels (paragraph)
p-4e6f683408 = { -crib }の購入者には、保育施設、ホテル及び{ -crib }を貸し出す事業者も含まれます。これらが使用する{ -crib }も、規則に適合しなければなりません。

# Full-size and non-full-size cribs › Testing and certificates (heading)
h-ea5727a1d6 = 試験及び証明書

# Full-size and non-full-size cribs › Testing and certificates (paragraph)
p-0f0748b25a = { -crib }の規則は、児童用製品安全規則（children's product safety rules）です。したがって、{ -crib }の各モデルには次のものが必要です。

# Full-size and non-full-size cribs › Testing and certificates (list item)
li-617c67c7a7 = 第三者試験所である{ -cpsc-accepted-lab }による試験

# Full-size and non-full-size cribs › Testing and certificates (list item)
li-a324280318 = { -cpc }

# Full-size and non-full-size cribs › Testing and certificates (list item)
li-b10f145461 = 消費者向けの{ -registration-card }

# Full-size and non-full-size cribs › Testing and certificates (paragraph)
p-aacdb728be = 海外で製造された{ -crib }については、{ -importer }がCPCを発行します。証明書及び試験報告書は英語で作成しなければなりません。輸入品については、輸入通関（entry）の際に証明書のデータを電子的に提出しなければなりません。これは2026年7月8日から適用されます。外国貿易地域（foreign trade zone）からの製品については、2027年1月8日から適用されます。

# Full-size and non-full-size cribs › Testing and certificates (paragraph)
p-ba889d9ab5 = 設計、製造工程又は構成部品の調達先における{ -material-change }は、規則への適合に影響を及ぼすおそれがあります。その場合、当該{ -crib }には新たな{ -third-party-testing }と新たなCPCが必要です（16 CFR 1107.23(a)）。

# Full-size and non-full-size cribs › Testing and certificates (paragraph)
p-07fdf8ce55 = すべての{ -childrens-product }と同様に、{ -crib }及びその包装には、実行可能な範囲で{ -tracking-label }が必要です。これは恒久的な表示であり、製造者又はプライベートブランド事業者（private labeler）、生産の場所及び日付、並びにバッチ番号やラン番号（run number）などの詳細を示すものです。耐久性のある乳幼児用製品には、製品本体及び外装に関する追加の表示規則もあります。

# Full-size and non-full-size cribs › Registration cards (heading)
h-2b8e2b8a02 = { -registration-card }

# Full-size and non-full-size cribs › Registration cards (paragraph)
p-1b44aff9c2 = 耐久性のある乳幼児用製品には、消費者向けの{ -registration-card }が必要です。規則は16 CFR part 1130[^1]です。{ -full-size-crib }及び{ -non-full-size-crib }の適合期日（compliance date）は2010年6月28日でした。

# Full-size and non-full-size cribs › Registration cards (paragraph)
p-ffa0a1d97f = { -registration-card }の規則は2009年12月29日に公布され（74 FR 68668）、2010年6月28日に発効しました。

# Full-size and non-full-size cribs › Registration cards (paragraph)
p-a4c8c4eb4d = 各製造者は、次のことを行わなければなりません。

# Full-size and non-full-size cribs › Registration cards (list item)
li-eca1f869e9 = 郵便料金支払済み（postage-paid）の消費者向け製品登録フォームを各製品に添付すること

# Full-size and non-full-size cribs › Registration cards (list item)
li-10882c28ef = 登録した消費者の記録を保管すること

# Full-size and non-full-size cribs › Registration cards (list item)
li-f95c85f841 = 製造者の名称及び連絡先、モデル名及びモデル番号、並びに製造日を製品に恒久的に表示すること

# Full-size and non-full-size cribs › Registration cards (paragraph)
p-9cece9bd52 = この規則の下では、輸入者は製造者とみなされます。

# Full-size and non-full-size cribs › Registration cards (paragraph)
p-929c83b978 = 製品登録フォームは、次の要件を満たさなければなりません（16 CFR 1130.5）。

# Full-size and non-full-size cribs › Registration cards (list item)
li-c91230a994 = 必要な情報をすべて英語で記載すること

# Full-size and non-full-size cribs › Registration cards (list item)
li-ee50410b54 = 消費者が必ず気付いて手に取るよう、製品の表面に取り付けること

# Full-size and non-full-size cribs › Registration cards (list item)
li-8d5bd23cc1 = 製造者の名称、モデル名及びモデル番号、並びに製造日を示すこと

# Full-size and non-full-size cribs › Registration cards (list item)
li-37952aac5c = インターネットで登録する方法を提供すること

# Full-size and non-full-size cribs › Registration cards (list item)
li-aa75da0542 = データは{ -recall }又は安全警告の目的にのみ使用される旨を記載すること

# Full-size and non-full-size cribs › Registration cards (paragraph)
p-7636fca892 = 別売りの付属品は対象外です。複数の構成品から成るシステムの場合は、主要な構成品に1枚のカードを取り付ければ足ります。

# Full-size and non-full-size cribs › Registration cards (paragraph)
p-671ee87426 = カードは{ -crib }の表面に取り付けてください。消費者が必ず気付いて手に取るようにしなければなりません。カードに記載されたモデル名、モデル番号及び製造日が、{ -crib }の恒久的な表示と同じであることを確認してください。

# Full-size and non-full-size cribs › What to do in the factory (heading)
h-2a572bd7e4 = 工場で行うべきこと

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-3f934a995d = 製品が{ -full-size-crib }、{ -non-full-size-crib }、{ -play-yard }のいずれに当たるかを判断してください。それぞれに独自の規則があります。

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-481f2a290c = 規則が現在引用しているASTM規格の版に基づいて試験してください。

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-7af5300628 = { -crib }の各モデルを、第三者試験所である{ -cpsc-accepted-lab }に送って試験を受けてください。

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-d631a3f1ea = 各{ -crib }に、名称及び連絡先、モデル名及びモデル番号、並びに製造日を恒久的に表示してください。

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-7f3e11ce87 = 英語で記載した郵便料金支払済みの{ -registration-card }を、各{ -crib }に取り付けてください。

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-e8b1e3f3ac = { -crib }及びその包装にトラッキング情報を表示してください。

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-65e3dc7b79 = 設計、工程又は供給業者を変更する前に、{ -importer }に連絡してください。

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-f4f53254b9 = すべての試験記録を保管してください。{ -importer }が{ -crib }の適合を証明するために、これらの記録が必要です。

# Full-size and non-full-size cribs › What to do in the factory (paragraph)
p-f43534ac93 = 北京事務所に関するCPSCのウェブページによれば、衣類、{ -crib }、育児用品など、リスクの高い{ -childrens-product }の大きな割合を中国の製造企業が生産しています。このページには日付が記載されていません。同事務所は、CPSC初の海外事務所として2011年1月に設置されました。

# Full-size and non-full-size cribs › Check your knowledge (heading)
h-27544b5c12 = 理解度の確認

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-9bd08e8f3b = { -non-full-size-crib }に適用される規則はどれですか。

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-d962d1c544 = 16 CFR part 1219

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-32970fd515 = 16 CFR part 1220

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-fcaf96e5d9 = 16 CFR part 1130

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-8e2c429255 = 16 CFR part 1220は{ -non-full-size-crib }を対象とし、ASTM F406に基づいています。16 CFR part 1219は{ -full-size-crib }を対象としています。

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-16c95e8f25 = あるホテルが客室に{ -crib }を置いています。これらは{ -crib }の規則に適合しなければなりませんか。

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-02704f083f = いいえ。ホテルは{ -crib }を販売しないためです。

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-c59d170731 = はい。公衆宿泊施設は、2012年12月28日までに規則に適合する必要がありました。

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-345e3007a1 = 新品の{ -crib }である場合に限ります。

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-547726932e = { -crib }の規則は、保育施設、家庭的保育を行う場所、及びホテルなどの公衆宿泊施設に適用されます。新品だけでなく中古の{ -crib }も対象です。

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-114b9d7ed6 = 製品登録フォームには、消費者のデータについて何を記載しなければなりませんか。

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-62ee32b746 = データを他社に販売することがある旨

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-c92d93acaf = データは{ -recall }又は安全警告の目的にのみ使用される旨

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-67e1bca088 = 記載は不要

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-eb525dff18 = 16 CFR 1130.5は、この旨の記載を義務付けています。フォームには、インターネットで登録する方法も示さなければなりません。

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-fd59b5a3f5 = 製品登録フォームは、必要な情報をどの言語で記載しなければなりませんか。

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-ba118bf7fc = 英語

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-f69acb290c = 工場の所在国の言語

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-fb3b2acda0 = 任意の言語

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-505155b9fc = 必要な情報は、すべて英語で記載しなければなりません。

# Full-size and non-full-size cribs › Sources (heading)
h-caf85b0888 = 出典

# Full-size and non-full-size cribs › Sources (list item)
li-75eb680811 = { "[" }eCFR：Part 1219、{ -full-size-crib }](https://www.ecfr.gov/current/title-16/part-1219)

# Full-size and non-full-size cribs › Sources (list item)
li-d46c17610f = { "[" }eCFR：Part 1220、{ -non-full-size-crib }](https://www.ecfr.gov/current/title-16/part-1220)

# Full-size and non-full-size cribs › Sources (list item)
li-0e5c20d617 = { "[" }eCFR：Part 1130、消費者向けの{ -registration-card }](https://www.ecfr.gov/current/title-16/part-1130)

# Full-size and non-full-size cribs › Sources (list item)
li-8413429241 = { "[" }連邦官報（Federal Register）：{ -crib }の規則、2010年12月28日](http://www.gpo.gov/fdsys/pkg/FR-2010-12-28/html/2010-32178.htm)

# Full-size and non-full-size cribs › Sources (list item)
li-87fe31cba3 = { "[" }連邦官報（Federal Register）：{ -crib }の規則、適合期日](http://federal.elaws.us/fr/notice/12/28/2010/2010-32178)

# Full-size and non-full-size cribs › Sources (list item)
li-20809eff7e = { "[" }連邦官報（Federal Register）：{ -non-full-size-crib }、ASTM F406-24、2025年1月31日](https://regulations.justia.com/regulations/fedreg/2025/01/31/2025-01721.html)

# Full-size and non-full-size cribs › Sources (list item)
li-a28e09112c = { "[" }連邦官報（Federal Register）：{ -full-size-crib }、ASTM F1169-25、2026年5月4日](https://www.govinfo.gov/content/pkg/FR-2026-05-04/html/2026-08632.htm)

# Full-size and non-full-size cribs › Sources (list item)
li-d734a4831f = { "[" }連邦官報（Federal Register）：{ -play-yard }、2025年1月29日](https://govinfo.gov/content/pkg/FR-2025-01-29/html/2025-01658.htm)

# Full-size and non-full-size cribs › Sources (list item)
li-84c53c5461 = { "[" }連邦官報（Federal Register）：{ -registration-card }、2009年12月29日](http://edocket.access.gpo.gov/2009/E9-30485.htm)

# Full-size and non-full-size cribs › Sources (list item)
li-48eb455674 = { "[" }CPSC：{ -registration-card }に関するFAQ](https://www.cpsc.gov/FAQ/Registration-Cards)

# Full-size and non-full-size cribs › Sources (list item)
li-30cde9875c = { "[" }CPSC：{ -cpc }](https://www.cpsc.gov/Business--Manufacturing/Testing-Certification/Childrens-Product-Certificate-CPC/)

# Full-size and non-full-size cribs › Sources (list item)
li-8842c36139 = { "[" }CPSC：{ -efiling }](https://cpsc.gov/eFiling)

# Full-size and non-full-size cribs › Sources (list item)
li-c9b7cfeaa7 = { "[" }CPSC：{ -tracking-label }](https://cpsc.gov/trackinglabel)

# Full-size and non-full-size cribs › Sources (list item)
li-f30ee94a2c = { "[" }CPSC：北京地域製品安全事務所（Regional Product Safety Office, Beijing）](http://www.cpsc.gov/Business--Manufacturing/International/CPSC-Regional-Product-Safety-Office-Beijing/)
