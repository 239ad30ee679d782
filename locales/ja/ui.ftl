### Japanese interface strings. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.
### 日本語のインターフェース文字列。Primer チームによる翻訳の草案であり、資格を有する翻訳者による校閲は受けていません。
### Translators: keep the message ids; translate the values. `{ $count }` and the like are
### filled in by Primer.

site-title = 米国の製品安全要件に関する研修
site-tagline = 玩具、乳幼児用ベッド及び子ども服に関する米国の規則についての研修

## Navigation
nav-home = すべての国
nav-modules = 研修モジュール
nav-local = 国内の情報
nav-glossary = 用語集
nav-language = 言語
skip-to-content = 本文へ移動

## Home page and country page
home-heading = 国を選択してください
home-intro = 製造事業者、輸出事業者及び規制当局の方々を対象とした、児童用製品に関する米国の安全要件の研修モジュールです。
home-languages = 言語：{ $languages }
audience-heading = 言語を選択してください

## Site index
index-heading = 研修モジュール
index-intro = 各モジュールでは米国の要件を一つずつ解説し、最後に簡単な理解度の確認を設けています。
index-local-heading = 国内の情報
index-local-text = 国内の関係機関、連絡先及び米国の規則の参照先をご案内します。
category-general = すべての児童用製品に関する要件
category-toys = 玩具
category-cribs = 乳幼児用ベッド及び乳児用睡眠製品
category-clothing = 子ども服

## Module page
module-objectives = このモジュールでは、次のことを学びます。
module-regulations = 引用している規則
module-reviewed = 最終確認日：{ $year }年{ $month }月{ $day }日
module-handout = 印刷用資料（PDF）
module-back = モジュール一覧へ戻る

## Printable handouts
index-booklet = 全モジュールをまとめた印刷用冊子（PDF）
handout-booklet-title = 全研修モジュール
handout-page = { $page }/{ $total }ページ
handout-answer-key = 解答
handout-local = 国内の情報
handout-contents = 目次
handout-qr = このモジュールをオンラインで読む
handout-fallbacks =
    { $count ->
       *[other] 翻訳がない又は古くなっているため、{ $count }か所の文章を英語で印刷しています。
    }

## Regulations index
nav-regulations = 規則
regulations-heading = 引用している規則
regulations-intro = 本研修モジュールが引用するすべての米国の規則の一覧です。eCFR上の公式の条文と、各規則を解説するモジュールへのリンクを掲載しています。
regulations-cited-by = 解説しているモジュール：
regulations-standards = 規格
regulation-edition = { $standard }（{ $citation }）を取り入れています。{ $year }年{ $month }月{ $day }日から施行。
regulation-successor = { $year }年{ $month }月{ $day }日から：{ $standard }（{ $citation }）。
regulation-unconfirmed = 一次資料ではまだ確認されていません。eCFRで確認してください。
regulation-rule = { $citation }、{ $year }年{ $month }月{ $day }日から施行。
regulation-rule-successor = { $citation }、{ $year }年{ $month }月{ $day }日から施行予定。

## Search
nav-search = 検索
search-heading = 検索
search-label = 研修モジュールを検索
search-button = 検索
search-exact-diacritics = アクセント記号などの区別を厳密にする
search-needs-script = 検索する語を入力してください。検索にはJavaScriptが必要です。
search-no-results = 該当する結果はありません。
search-more = さらに表示
search-results =
    { $count ->
       *[other] { $count }件の結果があります。
    }

## Knowledge check (interactive)
quiz-right = 正解です。
quiz-wrong = 不正解です。
quiz-choose-all = 当てはまるものをすべて選んでください。
quiz-check = 答えを確認する
quiz-score = 得点：{ $total }問中{ $correct }問正解

## Glossary page
glossary-heading = 用語集
glossary-intro = 本研修モジュールで使用している用語と、米国の規則で用いられている英語の用語です。
glossary-term = 用語
glossary-english = 英語
glossary-note = 説明

## Translation status and notices
status-label = 翻訳状況
status-heading = 翻訳状況
status-intro = 各モジュールが各言語にどの程度翻訳されているかを示します。翻訳されていない文章、翻訳が古くなっている文章、又はチェックにより翻訳の表示を保留している文章は、英語で表示しています。
status-percent = { $percent }%翻訳済み
status-review-draft = 翻訳の草案（校閲前）
status-review-reviewed = 校閲済みの翻訳
status-document = 翻訳ファイル
status-translated = 翻訳済み
status-missing = 未翻訳
status-stale = 古い翻訳
status-invalid = 表示保留
status-total = 合計
nav-translation-status = 翻訳状況
status-review-due-heading = 見直しが必要なモジュール
status-review-due-intro = 以下のモジュールは、引用している規格の新しい版が施行される前に最終確認されたものです。専門家が新しい版に照らして確認する必要があります。
status-review-due-reviewed = 最終確認日：{ $year }年{ $month }月{ $day }日
status-review-due-edition = { $standard }、{ $year }年{ $month }月{ $day }日から施行（16 CFR part { $part }）
status-draft = この翻訳は草案です。資格を有する翻訳者による校閲はまだ受けていません。
status-reviewed = この翻訳は、資格を有する翻訳者による校閲を受けています。
status-fallbacks =
    { $count ->
       *[other] 翻訳がない又は古くなっているため、このページの{ $count }か所の文章を英語で表示しています。
    }
status-fallback-link = 文章{ $number }
notice-authoritative = 本研修は情報提供を目的としたものです。英語の原文及び米国の公式の規則（eCFR、cpsc.gov）が正式なものとなります。
marker-untranslated = [未翻訳]
marker-invalid = [翻訳の表示を保留]
marker-stale = [翻訳が古くなっています]

## Alerts
alert-note = 注記
alert-tip = ヒント
alert-important = 重要
alert-warning = 警告
alert-caution = 注意

## Knowledge checks
quiz-show-answer = 解答を表示
quiz-correct = 正解：

## Briefing slides
slides-link = スライド
slides-pdf = スライド（PDF）
slides-previous = 前のスライド
slides-next = 次のスライド
slides-notes = 発表者ノート
slides-fullscreen = 全画面表示
slides-print = スライドを印刷
slides-counter = { $total }枚中{ $current }枚目
slides-help = 矢印キー又はPage Up・Page Down：前後のスライド。N：発表者ノート。F：全画面表示。P：印刷。
slides-objectives = 学習目標
slides-regulations-cited = 引用している規則
slides-sources = 出典
slides-question = 問{ $number }
slides-answer = 正解
slides-back = モジュールに戻る
