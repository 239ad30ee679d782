### Simplified Chinese interface strings. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

site-title = 美国产品安全要求培训
site-tagline = 关于玩具、婴儿床和儿童服装的美国法规培训

## Navigation
nav-home = 所有国家
nav-modules = 培训模块
nav-local = 本地信息
nav-glossary = 术语表
nav-language = 语言
skip-to-content = 跳至正文

## Home page and country page
home-heading = 请选择您所在的国家
home-intro = 面向制造商、出口商和监管人员的美国儿童产品安全要求培训模块。
home-languages = 语言：{ $languages }
audience-heading = 请选择语言

## Site index
index-heading = 培训模块
index-intro = 每个模块讲解一组美国要求，最后附有简短的知识测验。
index-local-heading = 本地信息
index-local-text = 您所在国家的主管机构、联系方式，以及在哪里查找美国法规。
category-general = 适用于所有儿童产品的要求
category-toys = 玩具
category-cribs = 婴儿床和婴儿睡眠产品
category-clothing = 儿童服装

## Module page
module-objectives = 通过本模块，您将学会：
module-regulations = 引用的法规
module-reviewed = 最近审核日期：{ $year }年{ $month }月{ $day }日
module-handout = 可打印讲义（PDF）
module-back = 返回所有模块

## Regulations index
nav-regulations = 法规
regulations-heading = 引用的法规
regulations-intro = 本培训模块引用的所有美国法规，附有指向其eCFR官方文本的链接，以及讲解该法规的模块链接。
regulations-cited-by = 讲解模块：
regulations-standards = 标准
regulation-edition = 采用 { $standard }（{ $citation }），自 { $year }年{ $month }月{ $day }日 起生效。
regulation-successor = 自 { $year }年{ $month }月{ $day }日 起：{ $standard }（{ $citation }）。
regulation-unconfirmed = 尚未在原始资料中得到确认：请查阅 eCFR。
regulation-rule = { $citation }，自 { $year }年{ $month }月{ $day }日 起生效。
regulation-rule-successor = { $citation }，将自 { $year }年{ $month }月{ $day }日 起生效。

## Search
nav-search = 搜索
search-heading = 搜索
search-label = 搜索培训模块
search-button = 搜索
search-exact-diacritics = 精确匹配变音符号
search-needs-script = 请输入要搜索的词语。搜索功能需要JavaScript。
search-no-results = 无结果。
search-more = 更多结果
search-results =
    { $count ->
       *[other] 共{ $count }条结果。
    }

## Knowledge check (interactive)
quiz-right = 回答正确。
quiz-wrong = 回答不正确。
quiz-score = 您的得分：共{ $total }题，答对{ $correct }题。

## Glossary page
glossary-heading = 术语表
glossary-intro = 本培训模块中使用的术语，以及美国法规中对应的英文术语。
glossary-term = 术语
glossary-english = 英文
glossary-note = 说明

## Translation status and notices
status-label = 翻译状态
status-heading = 翻译状态
status-intro = 各语言中每个模块的翻译进度。尚未翻译、译文已过时或未通过检查的段落以英文显示。
status-percent = 已翻译{ $percent }%
status-review-draft = 译文为草稿，尚未审校
status-review-reviewed = 译文已审校
status-document = 译文文件
status-translated = 已翻译
status-missing = 缺失
status-stale = 已过时
status-invalid = 暂不显示
status-total = 合计
status-review-due-heading = 待复审
status-review-due-intro = 以下模块的最近审核日期早于其引用标准的某一版本的生效日期，应由专家对照新版本进行核查。
status-review-due-reviewed = 最近审核日期：{ $year }年{ $month }月{ $day }日
status-review-due-edition = { $standard }，自 { $year }年{ $month }月{ $day }日 起生效（16 CFR part { $part }）
nav-translation-status = 翻译状态
index-booklet = 全部模块合订本（PDF，可打印）
handout-booklet-title = 全部培训模块
handout-page = 第{ $page }页，共{ $total }页
handout-answer-key = 答案
handout-local = 本地信息
handout-contents = 目录
handout-qr = 在线阅读本模块
handout-fallbacks = { $count }个段落以英文印刷，因为其译文缺失或已过时。
status-draft = 本译文为草稿，尚未经合格译员审校。
status-reviewed = 本译文已经合格译员审校。
status-fallbacks =
    { $count ->
       *[other] 本页有{ $count }段内容因译文缺失或过时而以英文显示：
    }
status-fallback-link = 第{ $number }段
notice-authoritative = 本培训仅供参考。以英文原文和美国官方法规（eCFR、cpsc.gov）为准。
marker-untranslated = [尚未翻译]
marker-invalid = [译文暂不显示]
marker-stale = [译文已过时]

## Alerts
alert-note = 注
alert-tip = 提示
alert-important = 重要
alert-warning = 警告
alert-caution = 注意

## Knowledge checks
quiz-show-answer = 显示答案
quiz-correct = 正确答案：
quiz-choose-all = 请选出所有正确的选项。
quiz-check = 核对答案

## Briefing slides
slides-link = 幻灯片
slides-pdf = 幻灯片（PDF）
slides-previous = 上一张幻灯片
slides-next = 下一张幻灯片
slides-notes = 演讲者备注
slides-fullscreen = 全屏
slides-print = 打印幻灯片
slides-counter = 第 { $current } 张，共 { $total } 张
slides-help = 方向键或 Page Up、Page Down：上一张、下一张。N：演讲者备注。F：全屏。P：打印。
slides-objectives = 学习目标
slides-regulations-cited = 引用的法规
slides-sources = 资料来源
slides-question = 第 { $number } 题
slides-answer = 答案
slides-back = 返回本模块
