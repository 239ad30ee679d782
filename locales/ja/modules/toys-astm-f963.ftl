### Japanese translation of content/modules/toys-astm-f963.md (Toys and ASTM F963). Draft translation by the Primer team;
### not yet reviewed by a qualified translator.
### 日本語訳の草案（Primer チーム作成）。資格を有する翻訳者による校閲は受けていません。
### Comments name the English source segment; `primer i18n extract` writes the English file.

# Toys and ASTM F963 (title)
title-313bfd31ab = 玩具とASTM F963

# Toys and ASTM F963 (summary)
summary-a796b90f5e = 米国で販売される玩具は玩具安全基準ASTM F963を満たさなければならず、16 CFR part 1250により、2024年4月20日からASTM F963-23版が義務化されています。

# Toys and ASTM F963 (learning objective)
objective-9ce6de84d5 = 米国で販売される玩具にASTM F963が義務付けられている理由を説明する。

# Toys and ASTM F963 (learning objective)
objective-df27c767e7 = 16 CFR part 1250に定められた版と、その発効日を挙げる。

# Toys and ASTM F963 (learning objective)
objective-2dd4867028 = 玩具の{ -age-grade }から、適用される規則を判断する。

# Toys and ASTM F963 (learning objective)
objective-7fb2e0ec2e = 玩具の重元素の限度値がどこに定められているかを説明する。

# Toys and ASTM F963 (paragraph)
p-fb279dbdec = ASTM F963は米国の玩具安全基準であり、米国の法律によって義務化されています。玩具は、この基準を満たすとともに、その他のCPSCの規則も満たさなければなりません。本モジュールでは、この基準、玩具の{ -age-grade }及び重元素の限度値について説明します。

# Toys and ASTM F963 › A mandatory standard (heading)
h-6f54602953 = 義務化された基準

# Toys and ASTM F963 › A mandatory standard (paragraph)
p-ce51028900 = 消費者製品安全改善法（CPSIA）第106条は、玩具基準ASTM F963の以前の版を義務化しました。また、同基準の新しい版を採用するための手続も定めました。義務化されている版は、16 CFR 1250.2に明記されています。

# Toys and ASTM F963 › A mandatory standard (paragraph)
p-41a63b48ca = ASTM F963-23版は、2024年1月18日の直接最終規則（direct final rule）によって採用されました[^1]。この規則により、ASTM F963-23は2024年4月20日から義務化されました。

# Toys and ASTM F963 › A mandatory standard (paragraph)
p-5e6a2fac99 = この規則は89 FR 3344（事案番号（docket）CPSC-2017-0010）であり、16 CFR part 1112及び16 CFR part 1250を改正しました。

# Toys and ASTM F963 › A mandatory standard (paragraph)
p-2a02ff4840 = 本モジュールは、ASTM F963-23に基づいて確認されています。試験の前に、16 CFR 1250.2に明記された版をeCFRで確認してください。

# Toys and ASTM F963 › A mandatory standard (paragraph)
p-0e43d767b7 = 同じ規則により、CPSCがASTM F963の試験を行う試験所を承認するための要件も更新されました（16 CFR part 1112）。12歳以下の子ども向けの玩具は{ -childrens-product }です。{ -cpsc-accepted-lab }による{ -third-party-testing }と{ -cpc }が必要です。[{ -childrens-product }と証明書](childrens-products-and-certificates.md)を参照してください。

# Toys and ASTM F963 › Part 1250 holds more than ASTM F963 (heading)
h-ee7582fc7f = Part 1250に含まれるASTM F963以外の規定

# Toys and ASTM F963 › Part 1250 holds more than ASTM F963 (paragraph)
p-520b9b3176 = 16 CFR part 1250の表題は「Safety Standard for Toys」（玩具に関する安全基準）です。そのsection 1250.2により、ASTM F963-23が義務化されています。現在、このpartには、特定の玩具に関する規則も含まれています。

# Toys and ASTM F963 › Part 1250 holds more than ASTM F963 (list item)
li-c4fdb5e885 = 首浮き輪（neck floats）は、2026年6月15日から16 CFR 1250.5を満たさなければなりません[^2]。この規則は、ANSI/CAN/UL 12402-9:2022及びANSI/APSP/ICC-16 2017の試験方法を用いています。

# Toys and ASTM F963 › Part 1250 holds more than ASTM F963 (list item)
li-c1520f037f = 2025年12月12日の規則（90 FR 57855）も、part 1250を改正しました。このpartの他のsectionの対象となる可能性がある玩具を試験する前に、eCFRでpart全体を読んでください。

# Toys and ASTM F963 › Part 1250 holds more than ASTM F963 (paragraph)
p-d970be6384 = この規則は、2025年12月15日の90 FR 58096です。

# Toys and ASTM F963 › What the standard covers (heading)
h-f79a6d9b07 = 基準の対象範囲

# Toys and ASTM F963 › What the standard covers (paragraph)
p-b0815de91a = ASTM F963は、玩具の多くの危険を対象としており、14歳未満の子ども向けの玩具に適用されます。試験所と協力し、現行版の規格書を使用してください。本モジュールでは、その要件のうちごく一部のみを扱います。

# Toys and ASTM F963 › What the standard covers (list item)
li-6e4f1189a6 = { -surface-coating }並びに素地（substrates）中の可溶性重元素の限度値。下記の節を参照してください。

# Toys and ASTM F963 › What the standard covers (list item)
li-eff1709758 = 玩具の{ -magnet }に関する要件。玩具ではない特定の製品に関する米国の磁石の規則である16 CFR part 1262は、磁束指数（flux index）についてF963の試験方法を用いています。

# Toys and ASTM F963 › What the standard covers (paragraph)
p-9bf9c7e198 = 玩具は、その他のCPSCの規則も満たさなければなりません。主な規則を次の表に示します。

# Toys and ASTM F963 › What the standard covers (table cell)
td-7e61847d61 = 項目

# Toys and ASTM F963 › What the standard covers (table cell)
td-bcdecc549d = 対象

# Toys and ASTM F963 › What the standard covers (table cell)
td-62845f31a2 = 規則

# Toys and ASTM F963 › What the standard covers (table cell)
td-3651cc5bce = 玩具の安全

# Toys and ASTM F963 › What the standard covers (table cell)
td-e5c00fcbdc = 14歳未満の子ども向けの玩具

# Toys and ASTM F963 › What the standard covers (table cell)
td-684afb4292 = ASTM F963-23、16 CFR 1250.2

# Toys and ASTM F963 › What the standard covers (table cell)
td-aca7f69010 = { -small-parts }

# Toys and ASTM F963 › What the standard covers (table cell)
td-4ab4a564cf = 3歳未満の子ども

# Toys and ASTM F963 › What the standard covers (table cell)
td-5bcedaee3b = 16 CFR part 1501

# Toys and ASTM F963 › What the standard covers (table cell)
td-48dc026dd0 = { -choking-hazard }に関する警告

# Toys and ASTM F963 › What the standard covers (table cell)
td-249b58c205 = 一部の玩具（3歳以上）

# Toys and ASTM F963 › What the standard covers (table cell)
td-6e179cae6c = 16 CFR 1500.19

# Toys and ASTM F963 › What the standard covers (table cell)
td-4036f6e475 = { -sharp-point }及び{ -sharp-edge }

# Toys and ASTM F963 › What the standard covers (table cell)
td-81bb7de2aa = 8歳未満の子ども

# Toys and ASTM F963 › What the standard covers (table cell)
td-91976c717f = 16 CFR 1500.48及び16 CFR 1500.49

# Toys and ASTM F963 › What the standard covers (table cell)
td-68ea99aff3 = { -total-lead-content }

# Toys and ASTM F963 › What the standard covers (table cell)
td-65b062c478 = 12歳以下の子ども

# Toys and ASTM F963 › What the standard covers (table cell)
td-12745b62bd = CPSIA第101条

# Toys and ASTM F963 › What the standard covers (table cell)
td-fba9c7dcda = 塗料中の{ -lead }

# Toys and ASTM F963 › What the standard covers (table cell)
td-7f7654ff4c = 16 CFR part 1303

# Toys and ASTM F963 › What the standard covers (table cell)
td-4f2d1ee02d = { -phthalates }

# Toys and ASTM F963 › What the standard covers (table cell)
td-ed3c41feb3 = 16 CFR part 1307

# Toys and ASTM F963 › What the standard covers (paragraph)
p-a7fbb107d2 = { -lead }及び{ -phthalates }の限度値については[{ -lead }の限度値](lead-and-phthalates.md#limits)を、{ -choking-hazard }に関する警告については[{ -small-parts }](toys-small-parts.md#warnings)を参照してください。

# Toys and ASTM F963 › The age grade of a toy (heading)
h-c69cefe783 = 玩具の{ -age-grade }

# Toys and ASTM F963 › The age grade of a toy (paragraph)
p-1d0a4ad0dd = 多くの規則は、玩具を使用する子どもの年齢によって適用が決まります。{ -childrens-product }とは、主として12歳以下の子どもが使用するよう設計され、又はそのように意図された製品をいいます（16 CFR 1200.2）。{ -small-parts }に関する規則の対象となる玩具は、{ -childrens-product }です。

# Toys and ASTM F963 › The age grade of a toy (paragraph)
p-158b19ea54 = 製品が主として子ども向けであるかどうかは、4つの要素により判断します。その1つが、2002年9月のCPSC職員による年齢判定ガイドライン（Age Determination Guidelines）及びその後継文書です。4つの要素はすべて[{ -childrens-product }と証明書](childrens-products-and-certificates.md)に掲載しています。

# Toys and ASTM F963 › The age grade of a toy (paragraph)
p-189d079999 = { -small-parts }に関する規則については、16 CFR 1501.2(b)が、3歳未満の子ども向けの玩具について同様の基準を定めています。

# Toys and ASTM F963 › The age grade of a toy (list item)
li-6b04adf5b0 = 製造者が表明した意図（合理的なものである場合）

# Toys and ASTM F963 › The age grade of a toy (list item)
li-b18bbbb4da = 玩具の広告、販売促進及びマーケティング

# Toys and ASTM F963 › The age grade of a toy (list item)
li-0729d838f2 = その玩具が3歳未満の子ども向けのものとして一般に認識されているかどうか

# Toys and ASTM F963 › The age grade of a toy (paragraph)
p-2edd428a3b = 年齢表示だけで{ -age-grade }が決まるわけではありません。製造者の表明は、合理的なものである場合にのみ考慮されます。3歳未満の子ども向けの玩具には、{ -small-parts }があってはなりません。{ -sharp-point }及び{ -sharp-edge }の試験は、8歳未満の子ども向けの玩具に適用されます。

# Toys and ASTM F963 › The age grade of a toy (paragraph)
p-f58b2d951e = 玩具のはさみなど、機能上{ -sharp-point }又は{ -sharp-edge }を必要とする玩具は、16 CFR 1500.48及び16 CFR 1500.49の適用除外となる場合があります。そのためには、機能上不要な{ -sharp-point }又は{ -sharp-edge }がないことが必要です。また、目立つように表示されていなければなりません。

# Toys and ASTM F963 › Heavy elements (heading)
h-6d834925dc = 重元素

# Toys and ASTM F963 › Heavy elements (paragraph)
p-45a8c7adc5 = ASTM F963は、{ -surface-coating }並びに接触可能な素地（玩具の基材）中の可溶性重元素についても限度値を定めています。限度値は規格の本文に記載されており、本研修では繰り返しません。数値は、ASTM F963-23の規格書又は{ -cpsc-accepted-lab }から入手してください。

# Toys and ASTM F963 › Heavy elements (paragraph)
p-1da8e829ef = 玩具を含むすべての{ -childrens-product }には、米国の2つの{ -lead }の限度値が適用されます。

# Toys and ASTM F963 › Heavy elements (table cell)
td-674b0ed54b = 限度値

# Toys and ASTM F963 › Heavy elements (table cell)
td-1584863a0a = { -surface-coating }中の{ -lead }：90 ppm

# Toys and ASTM F963 › Heavy elements (table cell)
td-c10c1bec47 = 接触可能な部分の{ -total-lead-content }：100 ppm

# Toys and ASTM F963 › Heavy elements (table cell)
td-22659e2793 = CPSIA

# Toys and ASTM F963 › Heavy elements (paragraph)
p-8f219681a6 = 詳細は[{ -lead }の限度値](lead-and-phthalates.md#limits)を参照してください。

# Toys and ASTM F963 › Heavy elements (paragraph)
p-5d055f2778 = 玩具は、ASTM F963の限度値と米国の{ -lead }の限度値の両方を満たさなければなりません。どの玩具及びどの材料を試験しなければならないかは、試験所に確認してください。

# Toys and ASTM F963 › What to do in the factory (heading)
h-2a572bd7e4 = 工場で行うべきこと

# Toys and ASTM F963 › What to do in the factory (list item)
li-7212b83862 = 各玩具の{ -age-grade }について、{ -importer }と合意してください。

# Toys and ASTM F963 › What to do in the factory (list item)
li-ae89c91287 = 試験の前に、16 CFR part 1250に定められたASTM F963の版を確認してください。

# Toys and ASTM F963 › What to do in the factory (list item)
li-80ec853440 = ASTM F963の試験についてCPSCが承認した試験所を利用してください。

# Toys and ASTM F963 › What to do in the factory (list item)
li-1a0a9c86a1 = 各玩具のすべての塗料、コーティング及び接触可能な材料を一覧にしてください。

# Toys and ASTM F963 › What to do in the factory (list item)
li-360cb1d0c4 = ASTM F963の要求に従い、塗料、コーティング及び素地の可溶性重元素を試験してください。

# Toys and ASTM F963 › What to do in the factory (list item)
li-17d428a3d6 = 3歳未満の子ども向けの玩具は{ -small-parts }について、8歳未満の子ども向けの玩具は{ -sharp-point }及び{ -sharp-edge }について試験してください。

# Toys and ASTM F963 › What to do in the factory (list item)
li-98dec16d00 = すべての試験報告書を保管してください。{ -importer }が証明書の発行に必要とします。

# Toys and ASTM F963 › What to do in the factory (paragraph)
p-0a5efc6fb9 = 北京事務所に関するCPSCのウェブページには、「Chinese goods continue to account for over half of total CPSC-announced product recalls – and an even greater proportion of recalls of children's products.」（CPSCが発表した製品{ -recall }全体の半分以上を引き続き中国製品が占めており、{ -childrens-product }の{ -recall }ではその割合がさらに高い。）と記載されています。このページには日付がないため、数値は最新でない可能性があります。ASTM F963に基づく入念な試験は、玩具の{ -recall }を防ぐことに役立ちます。

# Toys and ASTM F963 › Check your knowledge (heading)
h-27544b5c12 = 理解度の確認

# Toys and ASTM F963 › Check your knowledge (list item)
li-10f22487a0 = 2024年1月18日の直接最終規則は、何を定めましたか。

# Toys and ASTM F963 › Check your knowledge (list item)
li-86dc98874e = ASTM F963が任意の基準になりました。

# Toys and ASTM F963 › Check your knowledge (list item)
li-8864319147 = ASTM F963が廃止されました。

# Toys and ASTM F963 › Check your knowledge (list item)
li-81fce7f911 = ASTM F963-23が義務化されました。

# Toys and ASTM F963 › Check your knowledge (list item)
li-c0b43ec668 = この規則は、16 CFR part 1250においてASTM F963-23を採用しました。また、ASTM F963に基づく試験を行う試験所に関する要件も更新しました。

# Toys and ASTM F963 › Check your knowledge (list item)
li-96d2f5adcb = ASTM F963-23は、いつから義務化されましたか。

# Toys and ASTM F963 › Check your knowledge (list item)
li-04381f0239 = 2024年1月18日

# Toys and ASTM F963 › Check your knowledge (list item)
li-cb73086513 = 2024年4月20日

# Toys and ASTM F963 › Check your knowledge (list item)
li-e90f05e72b = 2011年8月14日

# Toys and ASTM F963 › Check your knowledge (list item)
li-1aa841b387 = この規則は2024年1月18日に公布され、2024年4月20日からASTM F963-23を義務化しました。

# Toys and ASTM F963 › Check your knowledge (list item)
li-9206bfe10c = 玩具の塗料中の{ -lead }に関する米国の限度値はいくつですか。

# Toys and ASTM F963 › Check your knowledge (list item)
li-a9547a5a14 = 90 ppm

# Toys and ASTM F963 › Check your knowledge (list item)
li-a1b3e5275b = 500 ppm

# Toys and ASTM F963 › Check your knowledge (list item)
li-7186d9b809 = 1,000 ppm

# Toys and ASTM F963 › Check your knowledge (list item)
li-83bea7f688 = 玩具その他の{ -childrens-product }の塗料及び類似の表面コーティングは、90 ppmを超える{ -lead }を含んではなりません（16 CFR part 1303）。

# Toys and ASTM F963 › Check your knowledge (list item)
li-89690eda69 = { -sharp-point }及び{ -sharp-edge }に関する規則は、何歳の子ども向けの玩具に適用されますか。

# Toys and ASTM F963 › Check your knowledge (list item)
li-be03629ad8 = 3歳未満の子どものみ

# Toys and ASTM F963 › Check your knowledge (list item)
li-81bb7de2aa = 8歳未満の子ども

# Toys and ASTM F963 › Check your knowledge (list item)
li-65b062c478 = 12歳以下の子ども

# Toys and ASTM F963 › Check your knowledge (list item)
li-c5a061c749 = 16 CFR 1500.48及び16 CFR 1500.49は、8歳未満の子ども向けの玩具及び物品に適用されます。

# Toys and ASTM F963 › Sources (heading)
h-caf85b0888 = 出典

# Toys and ASTM F963 › Sources (list item)
li-d3e375abbc = { "[" }eCFR：Part 1250（玩具の安全）](https://www.ecfr.gov/current/title-16/part-1250)

# Toys and ASTM F963 › Sources (list item)
li-47fed90bbc = { "[" }連邦官報（Federal Register）：ASTM F963-23の直接最終規則（2024年1月18日）](https://www.govinfo.gov/content/pkg/FR-2024-01-18/html/2024-00741.htm)

# Toys and ASTM F963 › Sources (list item)
li-a445900dd1 = { "[" }連邦官報（Federal Register）：首浮き輪に関する最終規則（2025年12月15日）](https://www.govinfo.gov/content/pkg/FR-2025-12-15/html/2025-22827.htm)

# Toys and ASTM F963 › Sources (list item)
li-f8c7729576 = { "[" }eCFR：Part 1112（第三者試験所）](https://www.ecfr.gov/current/title-16/part-1112)

# Toys and ASTM F963 › Sources (list item)
li-5e900d795e = { "[" }eCFR：Section 1200.2（{ -childrens-product }の定義）](https://www.ecfr.gov/current/title-16/section-1200.2)

# Toys and ASTM F963 › Sources (list item)
li-bf68d9e043 = { "[" }eCFR：Section 1501.2（{ -small-parts }に関する子どもの年齢）](https://www.ecfr.gov/current/title-16/section-1501.2)

# Toys and ASTM F963 › Sources (list item)
li-1b36b5728b = { "[" }eCFR：Section 1500.48（{ -sharp-point }）](https://www.ecfr.gov/current/title-16/section-1500.48)

# Toys and ASTM F963 › Sources (list item)
li-f0bb75d1dd = { "[" }eCFR：Section 1500.49（{ -sharp-edge }）](https://www.ecfr.gov/current/title-16/section-1500.49)

# Toys and ASTM F963 › Sources (list item)
li-e19cee1dc5 = { "[" }eCFR：Section 1262.4（磁石の試験方法）](https://www.ecfr.gov/current/title-16/section-1262.4)

# Toys and ASTM F963 › Sources (list item)
li-59a400fb00 = { "[" }CPSC：{ -total-lead-content }に関する事業者向けガイダンス](https://cpsc.gov/Business--Manufacturing/Business-Education/Lead/Total-Lead-Content-Business-Guidance-and-Small-Entity-Compliance-Guide)

# Toys and ASTM F963 › Sources (list item)
li-b38d63eac7 = { "[" }CPSC：塗料中の鉛に関するFAQ](https://cpsc.gov/FAQ/Lead-in-Paint)

# Toys and ASTM F963 › Sources (list item)
li-f30ee94a2c = { "[" }CPSC：北京地域製品安全事務所（Regional Product Safety Office, Beijing）](http://www.cpsc.gov/Business--Manufacturing/International/CPSC-Regional-Product-Safety-Office-Beijing/)
