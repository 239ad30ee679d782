### Japanese glossary. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.
### 日本語用語集。Primer チームによる翻訳の草案であり、資格を有する翻訳者による校閲は受けていません。
### Glossary terms (Japanese). Use them in translations as { -term-id }.
### Terms follow Japanese regulatory and toy-safety usage where one exists (ST基準: 小部品、小部品シリンダー;
### 消費生活用製品安全法: 乳幼児用ベッド; JIS L 4129: 引きひも、寝衣); English is kept in parentheses where
### a term has no settled Japanese form.

-childrens-product = 児童用製品
    .note = 主として12歳以下の子どもが使用するよう設計され、又はそのように意図された消費者製品です。
-cpc = 児童用製品証明書（CPC）
    .note = 米国の輸入者又は米国内の製造者が、CPSC承認試験所の試験結果に基づき、製品が適用される規則に適合していることを自ら証明するために発行する証明書です。事業者自身による適合の証明（自己証明）であり、認証機関による第三者認証ではありません。
-third-party-testing = 第三者試験
-cpsc-accepted-lab = CPSC承認試験所
    .note = CPSCがその認定（accreditation）を承認した第三者試験所です。
-tracking-label = トラッキングラベル
-small-parts = 小部品
-small-parts-cylinder = 小部品シリンダー
-choking-hazard = 窒息の危険
-warning-label = 警告表示
-lead = 鉛
-total-lead-content = 鉛の総含有量
-surface-coating = 塗料及び表面コーティング
-phthalates = フタル酸エステル
-cpsc = 米国消費者製品安全委員会（CPSC）
    .note = 英語名：U.S. Consumer Product Safety Commission。
-recall = リコール
-drawstring = 引きひも
    .aliases = 引き紐
-upper-outerwear = 子ども用上着
-flammability = 燃焼性
-sleepwear = 子ども用寝衣
-crib = 乳幼児用ベッド
-full-size-crib = フルサイズの乳幼児用ベッド
-non-full-size-crib = 非フルサイズの乳幼児用ベッド
-bassinet = バシネット
-play-yard = プレイヤード
-crib-mattress = 乳幼児用ベッドのマットレス
-infant-sleep-product = 乳児用睡眠製品
-registration-card = 製品登録カード
-button-battery = ボタン電池又はコイン形電池
-magnet = 磁石
-sharp-point = 鋭い先端
-sharp-edge = 鋭い縁
-age-grade = 対象年齢
    .note = 玩具が対象とする年齢層です。どの試験が適用されるかは、これによって決まります。
-material-change = 重要な変更（material change）
    .note = 規則への適合に影響を及ぼすおそれのある、設計、製造工程又は構成部品の変更です。
-periodic-testing = 定期試験
-efiling = 証明書の電子提出（eFiling）
-importer = 米国の輸入者
-child-care-article = 育児用品
