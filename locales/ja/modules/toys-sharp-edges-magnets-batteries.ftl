### Japanese translation of content/modules/toys-sharp-edges-magnets-batteries.md (Sharp points, sharp edges, magnets and button batteries). Draft translation by the Primer team;
### not yet reviewed by a qualified translator.
### 日本語訳の草案（Primer チーム作成）。資格を有する翻訳者による校閲は受けていません。
### Comments name the English source segment; `primer i18n extract` writes the English file.

# Sharp points, sharp edges, magnets and button batteries (title)
title-7498fed225 = { -sharp-point }、{ -sharp-edge }、{ -magnet }及びボタン電池

# Sharp points, sharp edges, magnets and button batteries (summary)
summary-1f6f2326b8 = 8歳未満の子ども向けの玩具は{ -sharp-point }及び{ -sharp-edge }の試験を受けます。また、小さな{ -magnet }や{ -button-battery }を含む玩具及び一部のその他の製品は、米国の特別な規則を満たさなければなりません。

# Sharp points, sharp edges, magnets and button batteries (learning objective)
objective-d44105b13a = どの玩具が{ -sharp-point }及び{ -sharp-edge }の試験を受けるかを説明する。

# Sharp points, sharp edges, magnets and button batteries (learning objective)
objective-390c1c1af7 = { -sharp-point }又は{ -sharp-edge }を必要とする玩具が適用除外となる場合を説明する。

# Sharp points, sharp edges, magnets and button batteries (learning objective)
objective-d049a82fd6 = 玩具及び対象磁石製品（subject magnet products）の{ -magnet }に関する規則を挙げる。

# Sharp points, sharp edges, magnets and button batteries (learning objective)
objective-c150439cf5 = { -button-battery }を含む製品に関する米国の規則を説明する。

# Sharp points, sharp edges, magnets and button batteries (paragraph)
p-e1076567c4 = 玩具の{ -sharp-point }及び{ -sharp-edge }は、子どもにけがを負わせるおそれがあります。米国の規則は、これらに関する試験を定めています。{ -magnet }及び{ -button-battery }にも、それぞれ独自の米国の規則があります。本モジュールでは、これらの規則について説明します。

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (heading)
h-187a5e3271 = 適用される規則

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-5c5f3b2772 = 危険

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-4edc8bfafc = 製品

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-62845f31a2 = 規則

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-78e4f26094 = { -sharp-point }

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-8863e7e212 = 8歳未満の子ども向けの玩具及び物品

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-cc1c8c8b34 = 16 CFR 1500.48

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-47b05425f3 = 金属又はガラスの{ -sharp-edge }

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-bba0c65bf3 = 16 CFR 1500.49

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-f176079c18 = 玩具の{ -magnet }

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-fd16c1f32f = 玩具

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-41ccdd70fa = ASTM F963（16 CFR 1250.2）

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-dfdca3bd47 = 対象磁石製品（subject magnet products）の{ -magnet }

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-8b8718f951 = 玩具ではない一部の製品（下記参照）

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-f9c0aa89ca = 16 CFR part 1262

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-c9369ba338 = 玩具の{ -button-battery }

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-e5c00fcbdc = 14歳未満の子ども向けの玩具

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-0478ef8603 = その他の製品の{ -button-battery }

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-870a37fb8f = これらの電池を含むその他の消費者製品

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-6c8d8c0fce = 16 CFR part 1263

# Sharp points, sharp edges, magnets and button batteries › Sharp points and sharp edges (heading)
h-fa8517b163 = { -sharp-point }及び{ -sharp-edge }

# Sharp points, sharp edges, magnets and button batteries › Sharp points and sharp edges (paragraph)
p-16be566b6e = 次の2つの規則が、8歳未満の子ども向けの玩具その他の物品について、技術的な試験を定めています。

# Sharp points, sharp edges, magnets and button batteries › Sharp points and sharp edges (list item)
li-5918cddb4c = { -sharp-point }については16 CFR 1500.48

# Sharp points, sharp edges, magnets and button batteries › Sharp points and sharp edges (list item)
li-8cdccffa41 = 金属又はガラスの{ -sharp-edge }については16 CFR 1500.49

# Sharp points, sharp edges, magnets and button batteries › Sharp points and sharp edges (paragraph)
p-aee7c352cb = これらの試験は、接触可能な先端及び縁に適用されます。試験は、使用・乱用試験（use and abuse tests）の前に適用され、使用・乱用試験の後にも改めて適用されます。したがって、これらの試験中に生じた先端又は縁も対象となります。

# Sharp points, sharp edges, magnets and button batteries › Sharp points and sharp edges (paragraph)
p-1e6a5a9a10 = { -sharp-point }に関する規則は1978年12月22日に、{ -sharp-edge }に関する規則は1979年3月26日に施行されました。

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (heading)
h-cf0b7a2752 = { -sharp-point }又は{ -sharp-edge }を必要とする玩具

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (paragraph)
p-2181d76992 = 玩具の中には、機能を果たすために{ -sharp-point }又は{ -sharp-edge }を必要とするものがあります。例えば、玩具のはさみ、玩具の工具セット、玩具のミシンの針です。このような玩具は、次の両方の条件を満たす場合に限り、試験の適用除外となります。

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (list item)
li-46ba02d907 = 機能上必要のない{ -sharp-point }又は{ -sharp-edge }がないこと。

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (list item)
li-5b3d16822b = 目立つように表示（conspicuously labeled）されていること。これは、表示が容易に目に付くことを意味します。

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (paragraph)
p-354fbc7092 = 本モジュールでは、表示の文言は示していません。表示については{ -importer }と合意してください。

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (paragraph)
p-3b935da6ae = 適用除外には両方の条件が必要です。玩具のはさみに、機能上必要のない{ -sharp-point }又は{ -sharp-edge }が1つでもあれば、適用除外にはなりません。接触可能なすべての先端及び縁を、使用・乱用試験の後にも確認してください。

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (paragraph)
p-05cd8fc0cf = { -crib }及び自転車には独自の規則があるため、これら2つの規則は適用されません。{ -crib }については、[フルサイズ及び非フルサイズの{ -crib }](cribs-full-size-and-non-full-size.md)を参照してください。

# Sharp points, sharp edges, magnets and button batteries › Magnets (heading)
h-5333907e38 = { -magnet }

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-69a57184d4 = 玩具の{ -magnet }とその他の製品の{ -magnet }には、異なる規則が適用されます。{ -magnet }を含む製品の多くは、いずれの規則の対象にもなりません。

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-e9f9b08af3 = { "*" }*玩具**：ASTM F963は、米国で義務付けられている玩具の基準です。16 CFR part 1250により義務化されています。玩具の{ -magnet }に関する要件は、ASTM F963に定められています。2024年1月18日の規則によりASTM F963-23版が取り入れられ、2024年4月20日に発効しました。

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-1d3ac6239a = { "*" }*対象磁石製品**：16 CFR part 1262は、磁石の安全基準（Safety Standard for Magnets）です。2022年9月21日に公布されました。この規則は、玩具ではないすべての製品を対象とするものではなく、「対象磁石製品（subject magnet products）」のみを対象とします。対象磁石製品とは、次のすべての条件を満たす消費者製品をいいます。

# Sharp points, sharp edges, magnets and button batteries › Magnets (list item)
li-7f8fec7c1e = 娯楽、宝飾品（子ども用宝飾品を含む）、知的刺激（mental stimulation）若しくはストレス解消又はこれらの組合せを目的として設計され、販売され、又は意図されていること。

# Sharp points, sharp edges, magnets and button batteries › Magnets (list item)
li-06616fdaba = 1つ以上のばらの（loose）又は分離可能な（separable）{ -magnet }を含むこと。

# Sharp points, sharp edges, magnets and button batteries › Magnets (list item)
li-770d83c549 = 2022年10月21日より後に製造されたものであること。

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-fe353cca4c = 例えば、ストレス解消用として成人向けに販売される、小さなばらの{ -magnet }のセットがこれに当たります。

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-68c1d03b30 = 16 CFR part 1250の対象となる玩具には、part 1262は適用されません。また、教育者、研究者、専門家又は商業用若しくは工業用の使用者のみに販売される製品にも適用されません。{ -magnet }を含むその他の製品の大部分は、part 1262の対象ではありません。

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-0a62f0a6c5 = 16 CFR 1262.3により、対象磁石製品に含まれるばらの又は分離可能な{ -magnet }であって、{ -small-parts-cylinder }に完全に収まるものは、それぞれ磁束指数（flux index）が50 kG² mm²未満でなければなりません。磁束指数の試験方法は、ASTM F963に基づくものです（16 CFR 1262.4）。

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-bfa19c5551 = ASTM F963は随時改訂されます。玩具を試験する前に、16 CFR part 1250が現在どの版を引用しているかを確認してください。

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-32cc681510 = 3歳未満の子ども向けの玩具では、使用・乱用試験で外れたすべての部品を{ -small-parts-cylinder }で試験します。これには{ -magnet }及び電池も含まれます。[{ -small-parts }](toys-small-parts.md)を参照してください。

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (heading)
h-6e7eb240ad = { -button-battery }

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-ab924c1ebf = リース法（Reese's Law）は、{ -button-battery }に関する米国の法律です。これを実施する規則が16 CFR part 1263です。Part 1263は規格ANSI/UL 4200A-2023を採用しており、次の事項を求めています。

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (list item)
li-a95ac48f17 = 開けるために工具、又は2つの独立した手の動作を同時に行うことを必要とする電池収納部

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (list item)
li-fa48e3d0da = 使用・乱用試験

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (list item)
li-7e7d013ba7 = 包装、実行可能な場合には製品本体、及び取扱説明書への警告表示

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-48837934d7 = { -button-battery }の包装も、子どもが開けにくいもの（チャイルドレジスタンス包装）でなければなりません。包装に関する規則は16 CFR 1700.15です。

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-ceb4c0563b = これらの日付は、規則（16 CFR 1263.1(b)及び規則88 FR 65274）並びにCPSCのFAQによるものです。日付は製造日又は輸入日です。

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-f5f5690b0e = 要件

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-a82f1ec268 = 適用対象となる製品の製造日又は輸入日

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-efbd03ccfc = { -button-battery }のチャイルドレジスタンス包装

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-0587a4ad5d = 2023年2月12日より後

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-6b01c86ef8 = これらの電池を含む製品（{ -childrens-product }を含む）に対する16 CFR part 1263

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-c12e0e227f = 2023年10月23日以降

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-147a3ec4c0 = これらの電池を含む{ -childrens-product }の{ -third-party-testing }及び{ -cpc }

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-c4582620f6 = 2023年12月20日以降

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-e7728ddb31 = CPSCは、最後の2つの日付について、2024年3月19日まで執行裁量（enforcement discretion）を行使しました。これらの日付はいずれも既に経過しています。現在製造又は輸入される製品は、適合していなければなりません。

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-808850e668 = 2024年9月21日より後に製造又は輸入された{ -button-battery }の包装には、16 CFR 1263.4の{ -warning-label }も付さなければなりません。

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-fef0c73008 = 空気亜鉛電池は16 CFR part 1263の対象ではありません。ただし、その包装は包装に関する規則の対象となります。

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-5658bdf7c9 = { "*" }*玩具**：玩具は16 CFR part 1263の適用除外です（16 CFR 1263.1(c)）。ここでいう玩具とは、14歳未満の子どもの遊び道具として設計、製造又は販売されるあらゆる物品をいいます。この適用除外は、玩具が16 CFR part 1250の電池への接触防止（battery accessibility）及び表示に関する要件を満たす場合にのみ適用されます。したがって、玩具については、ASTM F963の電池に関する要件を確認してください。

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-a194ef3cc1 = この適用除外があるため、part 1263が{ -childrens-product }に主に関係するのは、その製品が玩具ではない場合、例えば子ども用の常夜灯の場合です。このような製品は、他のあらゆる製品と同じ日付からpart 1263を満たさなければなりません。また、第三者試験所による試験を受け、{ -cpc }において適合が証明されなければなりません。電池の試験を計画する前に、各製品にどの規則が適用されるかを{ -importer }と合意してください。

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (heading)
h-2a572bd7e4 = 工場で行うべきこと

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-d4f97e7d2c = まず、各玩具の{ -age-grade }を確認してください。{ -sharp-point }及び{ -sharp-edge }の試験は、8歳未満の子ども向けの玩具に適用されます。

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-c1d30eaaca = 接触可能なすべての先端及び縁を、使用・乱用試験の前後に確認してください。

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-4753fe346f = 玩具が{ -sharp-point }又は{ -sharp-edge }を必要とする場合は、それ以外の{ -sharp-point }及び{ -sharp-edge }をすべて除去してください。また、目立つ表示を付してください。

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-a415eeeffc = どの{ -magnet }の規則が適用されるかを確認してください。玩具にはASTM F963、対象磁石製品には16 CFR part 1262が適用されます。対象磁石製品とは、娯楽、宝飾品、知的刺激又はストレス解消を目的とし、ばらの又は分離可能な{ -magnet }を含む製品です。

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-563ff69573 = { -button-battery }を含む玩具については、ASTM F963の電池に関する要件を満たしてください。

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-04c9e00fba = 16 CFR part 1263の対象製品については、開けるために工具、又は2つの独立した手の動作を同時に行うことを必要とする電池収納部としてください。

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-1c5ad9e47f = これらの製品については、包装、製品本体及び取扱説明書の電池に関する警告表示を確認してください。

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-b7c5c634ae = { -button-battery }には、チャイルドレジスタンス包装を使用してください。

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-23c16ec3db = すべての試験記録を保管してください。{ -importer }が製品の適合を証明するために必要とします。

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (paragraph)
p-dc3c97ff84 = インドネシアの強制玩具SNIでは、玩具とは14歳以下の子ども向けの製品をいいます。マレーシアでは、玩具とは14歳未満の子ども向けの物品をいいます。米国の玩具基準であるASTM F963（16 CFR part 1250）も、14歳未満の子ども向けの玩具を対象としています。ただし、米国の規則の中には、独自の年齢制限を設けているものがあります。{ -sharp-point }及び{ -sharp-edge }の試験は、8歳未満の子ども向けの玩具及び物品にのみ適用されます。{ -small-parts }の禁止は、3歳未満の子ども向けの玩具に適用されます。米国に出荷する玩具については、米国の各規則の年齢制限を確認してください。

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (heading)
h-27544b5c12 = 理解度の確認

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-28cba2a0f3 = 5歳の子ども向けの玩具があります。この玩具は、{ -sharp-point }及び{ -sharp-edge }の試験に合格しなければなりませんか。

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-0ef7ab06b9 = はい。8歳未満の子ども向けであるためです。

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-de59dd0a2b = いいえ。3歳を超える子ども向けであるためです。

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-4b3c58138d = { -small-parts }がある場合に限ります。

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-6228dd4955 = 16 CFR 1500.48及び16 CFR 1500.49の試験は、8歳未満の子ども向けの玩具及び物品に適用されます。

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-fb8c464897 = 玩具のはさみは、切るために{ -sharp-edge }を必要とします。どのような場合に{ -sharp-edge }の試験の適用除外となりますか。

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-c50d21e7dd = 常に適用除外となります。{ -sharp-edge }を必要とするためです。

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-feee767b81 = ほかに{ -sharp-point }又は{ -sharp-edge }がなく、かつ目立つように表示されている場合。

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-0a333e36de = { -importer }が同意した場合。

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-bc337e3ca2 = 両方の条件が必要です。機能上必要のない{ -sharp-point }又は{ -sharp-edge }がある玩具は、適用除外となりません。

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-8267e0dbe0 = 小さなばらの{ -magnet }のセットが、ストレス解消用の卓上製品として成人向けに販売されています。2026年に製造されたものです。{ -magnet }の1つは{ -small-parts-cylinder }に完全に収まります。その磁束指数の上限はいくつですか。

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-5e6d357ac9 = 上限はありません。このセットは成人向けに販売されているためです。

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-93546d8884 = 50 kG² mm²未満

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-fe50ed2c0a = 500 kG² mm²未満

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-2961ec873c = このセットはストレス解消用として販売され、ばらの{ -magnet }を含むため、成人向けに販売される場合であっても、16 CFR part 1262の対象磁石製品に該当します。16 CFR 1262.3は、{ -small-parts-cylinder }に完全に収まるばらの又は分離可能な{ -magnet }のそれぞれについて、この上限を定めています。

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-e6845e899f = 子ども部屋用の常夜灯が、幼い子ども向けに設計され、販売されています。この常夜灯にはコイン形電池が入っています。これは{ -childrens-product }ですが、玩具ではありません。このような製品は、いつから16 CFR part 1263について{ -third-party-testing }を受け、適合が証明されなければなりませんか。

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-23141a3f4e = 2023年2月12日

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-3e37f41fea = 2023年10月23日

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-66842b6df4 = 2023年12月20日

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-e7776c306a = このような製品は、他のあらゆる製品と同様に、2023年10月23日から16 CFR part 1263を満たさなければなりませんでした（16 CFR 1263.1(b)）。{ -third-party-testing }及び適合の証明は、2023年12月20日以降に製造又は輸入された{ -childrens-product }について義務付けられました。16 CFR part 1250の電池に関する要件を満たす玩具は、part 1263の適用除外です。

# Sharp points, sharp edges, magnets and button batteries › Sources (heading)
h-caf85b0888 = 出典

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-1b36b5728b = { "[" }eCFR：Section 1500.48（{ -sharp-point }）](https://www.ecfr.gov/current/title-16/section-1500.48)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-f0bb75d1dd = { "[" }eCFR：Section 1500.49（{ -sharp-edge }）](https://www.ecfr.gov/current/title-16/section-1500.49)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-5279e3f581 = { "[" }CPSC：玩具の{ -sharp-point }に関する規則（1978年）](https://www.cpsc.gov/Newsroom/News-Releases/1978/CPSC-Announces-Sharp-Points-Regulation-For-Toys)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-852da373ea = { "[" }eCFR：Part 1250（玩具の安全基準）](https://www.ecfr.gov/current/title-16/part-1250)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-0c71aa0b34 = { "[" }連邦官報（Federal Register）：玩具に関するASTM F963-23（2024年1月18日）](https://www.govinfo.gov/content/pkg/FR-2024-01-18/html/2024-00741.htm)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-504cbf83ef = { "[" }eCFR：Part 1262（磁石の安全基準）](https://www.ecfr.gov/current/title-16/part-1262)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-9d5378bfad = { "[" }eCFR：Part 1263（{ -button-battery }）](https://www.ecfr.gov/current/title-16/part-1263)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-9efee363b6 = { "[" }eCFR：Section 1700.15（チャイルドレジスタンス包装）](https://www.ecfr.gov/current/title-16/section-1700.15)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-775274ae31 = { "[" }CPSC：ボタン電池及びコイン形電池に関するFAQ](https://www.cpsc.gov/FAQ/Button-Cell-and-Coin-Battery-FAQs)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-c9e7efb8c3 = { "[" }BSN：玩具のSNI（インドネシア）](https://bsn.go.id/main/berita/detail/8982/sni-mainan-anak-melindungi-konsumen-dan-produsen-lokal)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-839d3bd06b = { "[" }KPDN MYSAFE：玩具に関する規制（マレーシア）](https://mysafe.kpdn.gov.my/portal/post/8)
