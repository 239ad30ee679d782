### Korean translation of content/regulations.yaml (the official headings of the 16 CFR parts). Draft translation by the Primer team;
### not yet reviewed by a qualified translator.
### Comments name the 16 CFR part; `primer i18n extract` writes the English file.

# 16 CFR part 1107
title-16877c6125 = 제품 적합성 증명에 관한 시험 및 표시

# 16 CFR part 1109
title-6ad736bada = 시험 및 적합성 증명 요건을 충족하기 위하여 구성 부품의 시험 또는 적합성 증명, 또는 다른 당사자의 완제품 시험 또는 적합성 증명에 의거하기 위한 조건 및 요건

# 16 CFR part 1110
title-9ce8ce288c = 적합성 증명서

# 16 CFR part 1112
title-232e2f1d2a = 제3자 적합성 평가기관에 관한 요건

# 16 CFR part 1115
title-e68324df6c = 중대한 제품 위해 보고

# 16 CFR part 1117
title-fa77cabe92 = 구슬, 작은 공, 라텍스 풍선 및 그 밖의 작은 부품과 관련된 질식 사고의 보고

# 16 CFR part 1120
title-2b1646e2ea = 중대한 제품 위해 목록

# 16 CFR part 1130
title-7fcf233dac = 내구성 영유아 제품의 소비자 등록에 관한 요건

# 16 CFR part 1199
title-edc0cc53c6 = 프탈레이트를 함유한 어린이 완구 및 육아용품: 접근 불가능한 구성 부품에 관한 지침

# 16 CFR part 1200
title-425b712a28 = 소비자제품안전법상 어린이제품의 정의

# 16 CFR part 1218
title-c04dad5ace = 배시넷 및 요람 안전기준

# 16 CFR part 1219
title-434963ece7 = 표준 크기 유아용 침대 안전기준

# 16 CFR part 1220
title-37da04b669 = 비표준 크기 유아용 침대 안전기준

# 16 CFR part 1221
title-f5cddfee34 = 놀이 울타리 안전기준

# 16 CFR part 1236
title-0df81f6519 = 영아용 수면 제품 안전기준

# 16 CFR part 1241
title-0f653e7ac6 = 유아용 침대 매트리스 안전기준

# 16 CFR part 1250
title-1eb9ad890c = 완구 안전기준

# 16 CFR 1250.4
title-c96b52efd7 = 워터비즈

# 16 CFR 1250.5
title-01055217c6 = 목 튜브

# 16 CFR part 1252
title-5167aa32bc = 어린이제품, 어린이 완구 및 육아용품: 가공목재 제품의 납, ASTM F963 규정 원소 및 프탈레이트에 관한 판정

# 16 CFR part 1262
title-db43c74427 = 자석 안전기준

# 16 CFR part 1263
title-f5ea496ef1 = 버튼형 또는 코인형 전지 및 이러한 전지를 포함한 소비자제품 안전기준

# 16 CFR part 1303
title-62a6ea13ef = 납 함유 페인트 및 납 함유 페인트가 도포된 특정 소비자제품의 금지

# 16 CFR part 1307
title-2c0846c5ea = 특정 프탈레이트를 함유한 어린이 완구 및 육아용품의 금지

# 16 CFR part 1308
title-31457930b0 = 특정 프탈레이트를 함유한 어린이 완구 및 육아용품의 금지: 특정 플라스틱에 관한 판정

# 16 CFR part 1500
title-020a1c3adf = 유해 물질 및 물품: 시행 및 집행 규정

# 16 CFR part 1501
title-c3932b407b = 작은 부품으로 인한 질식, 흡인 또는 삼킴 위험이 있는 3세 미만 어린이용 완구 및 그 밖의 물품의 식별 방법

# 16 CFR part 1512
title-fa982ef96b = 자전거에 관한 요건

# 16 CFR part 1609
title-da21c6fca2 = 1953년 가연성 직물법(1954년 개정)의 1967년 개정 및 수정 이전 조문

# 16 CFR part 1610
title-06b709689c = 의류용 섬유의 가연성 표준

# 16 CFR part 1611
title-b38d73879b = 비닐 플라스틱 필름의 가연성 표준

# 16 CFR part 1615
title-a6d68e474a = 어린이 잠옷의 가연성 표준: 사이즈 0~6X(FF 3-71)

# 16 CFR part 1616
title-b4756cbb42 = 어린이 잠옷의 가연성 표준: 사이즈 7~14(FF 5-74)

# 16 CFR part 1700
title-cd3517cbf3 = 중독 방지 포장
