### Korean interface strings. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.
### Translators: keep the message ids; translate the values. `{ $count }` and the like are
### filled in by Primer.

site-title = 미국 제품 안전 요건 — 교육
site-tagline = 완구, 유아용 침대 및 아동복에 관한 미국 규정 교육

## Navigation
nav-home = 모든 국가
nav-modules = 모듈
nav-local = 현지 정보
nav-glossary = 용어집
nav-language = 언어
skip-to-content = 본문으로 건너뛰기

## Home page and country page
home-heading = 국가를 선택하십시오
home-intro = 제조업체, 수출업체 및 규제 당국을 위한 어린이제품 관련 미국 안전 요건 교육 모듈입니다.
home-languages = 언어: { $languages }
audience-heading = 언어를 선택하십시오

## Site index
index-heading = 교육 모듈
index-intro = 각 모듈은 미국 요건의 한 분야를 설명하고, 마지막에 간단한 이해도 점검이 있습니다.
index-local-heading = 현지 정보
index-local-text = 해당 국가의 관련 기관, 연락처, 미국 규정을 찾을 수 있는 곳을 안내합니다.
category-general = 모든 어린이제품에 적용되는 요건
category-toys = 완구
category-cribs = 유아용 침대 및 영아용 수면 제품
category-clothing = 아동복

## Module page
module-objectives = 이 모듈의 학습 목표:
module-regulations = 인용 규정
module-reviewed = 최종 검토일: { $year }년 { $month }월 { $day }일
module-handout = 인쇄용 유인물(PDF)
module-back = 전체 모듈로 돌아가기

## Regulations index
nav-regulations = 규정
regulations-heading = 인용 규정
regulations-intro = 이 모듈에서 인용하는 모든 미국 규정과, eCFR에 있는 공식 원문 및 해당 규정을 설명하는 모듈로 가는 링크입니다.
regulations-cited-by = 설명 모듈:
regulations-standards = 표준
regulation-edition = { $standard } 채택({ $citation }), { $year }년 { $month }월 { $day }일부터 시행.
regulation-successor = { $year }년 { $month }월 { $day }일부터 { $standard } 적용({ $citation }).
regulation-unconfirmed = 1차 출처에서 아직 확인되지 않았으므로 eCFR에서 확인하십시오.
regulation-rule = { $citation }, { $year }년 { $month }월 { $day }일부터 시행.
regulation-rule-successor = { $citation }, { $year }년 { $month }월 { $day }일부터 시행 예정.

## Search
nav-search = 검색
search-heading = 검색
search-label = 교육 모듈 검색
search-button = 검색
search-exact-diacritics = 발음 구별 기호까지 정확히 일치
search-needs-script = 검색할 단어를 입력하십시오. 검색하려면 JavaScript가 필요합니다.
search-no-results = 검색 결과가 없습니다.
search-more = 결과 더 보기
search-results =
    { $count ->
       *[other] 검색 결과 { $count }건.
    }

## Knowledge check (interactive)
quiz-right = 정답입니다.
quiz-wrong = 정답이 아닙니다.
quiz-score = 점수: { $total }문항 중 { $correct }문항 정답.

## Glossary page
glossary-heading = 용어집
glossary-intro = 이 모듈에서 사용하는 용어와, 미국 규정에 나오는 해당 영어 용어입니다.
glossary-term = 용어
glossary-english = 영어
glossary-note = 비고

## Translation status and notices
status-label = 번역 상태
status-heading = 번역 상태
status-intro = 언어별로 각 모듈이 얼마나 번역되었는지 보여 줍니다. 번역되지 않았거나, 번역이 오래되었거나, 검사를 통과하지 못한 부분은 영어로 표시됩니다.
status-percent = { $percent }% 번역됨
status-review-draft = 초안 번역, 아직 검수되지 않음
status-review-reviewed = 검수된 번역
status-document = 번역 파일
status-translated = 번역됨
status-missing = 누락
status-stale = 오래됨
status-invalid = 표시 보류
status-total = 합계
status-review-due-heading = 재검토 필요
status-review-due-intro = 다음 모듈은 인용한 표준의 새 판이 시행되기 전에 마지막으로 검토되었습니다. 전문가가 새 판을 기준으로 확인해야 합니다.
status-review-due-reviewed = 최종 검토일 { $year }년 { $month }월 { $day }일
status-review-due-edition = { $standard }, { $year }년 { $month }월 { $day }일부터 시행(16 CFR { $part })
nav-translation-status = 번역 상태
index-booklet = 모든 모듈을 한 권으로 묶은 인쇄용 소책자(PDF)
handout-booklet-title = 모든 교육 모듈
handout-page = { $total }쪽 중 { $page }쪽
handout-answer-key = 정답
handout-local = 현지 정보
handout-contents = 목차
handout-qr = 이 모듈을 온라인으로 읽기
handout-fallbacks = 번역이 없거나 오래되어 { $count }개 구절이 영어로 인쇄되었습니다.
status-draft = 이 번역은 초안입니다. 아직 자격을 갖춘 번역가의 검토를 받지 않았습니다.
status-reviewed = 이 번역은 자격을 갖춘 번역가의 검토를 받았습니다.
status-fallbacks =
    { $count ->
       *[other] 이 페이지의 구절 { $count }개는 번역이 없거나 오래되어 영어로 표시됩니다:
    }
status-fallback-link = 구절 { $number }
notice-authoritative = 이 교육 자료는 정보 제공용입니다. 영어 원문과 미국 공식 규정(eCFR, cpsc.gov)이 우선합니다.
marker-untranslated = [아직 번역되지 않음]
marker-invalid = [번역 표시 보류]
marker-stale = [번역이 오래됨]

## Alerts
alert-note = 참고
alert-tip = 팁
alert-important = 중요
alert-warning = 경고
alert-caution = 주의

## Knowledge checks
quiz-show-answer = 정답 보기
quiz-correct = 정답:
quiz-choose-all = 해당하는 것을 모두 고르십시오.
quiz-check = 정답 확인

## Briefing slides
slides-link = 슬라이드
slides-pdf = 슬라이드(PDF)
slides-previous = 이전 슬라이드
slides-next = 다음 슬라이드
slides-notes = 발표자 노트
slides-fullscreen = 전체 화면
slides-print = 슬라이드 인쇄
slides-counter = 전체 { $total }장 중 { $current }번째 슬라이드
slides-help = 화살표 키 또는 Page Up, Page Down: 이전·다음 슬라이드. N: 발표자 노트. F: 전체 화면. P: 인쇄.
slides-objectives = 학습 목표
slides-regulations-cited = 인용 규정
slides-sources = 출처
slides-question = 문제 { $number }
slides-answer = 정답
slides-back = 모듈로 돌아가기
