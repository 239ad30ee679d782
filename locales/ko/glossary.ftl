### Korean glossary. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.
### Glossary terms (Korean). Use them in translations as { -term-id }.
### Particles after a term must fit its last syllable (e.g. { -small-parts }이, { -cpc }를).

-childrens-product = 어린이제품
    .note = 주로 12세 이하 어린이를 위해 설계되었거나 그러한 어린이가 사용하도록 의도된 소비자제품.
-cpc = 어린이제품 적합성 증명서(CPC)
    .note = 미국 수입업체 또는 미국 내 제조업체가 CPSC 인정 시험기관의 시험 결과를 근거로 제품이 적용 규정에 적합함을 스스로 증명하는 서면 증명서(자기 적합성 증명). 인증기관이 발급하는 제3자 인증서가 아니다.
-third-party-testing = 제3자 시험
-cpsc-accepted-lab = CPSC 인정 시험기관
    .note = CPSC가 그 인정(accreditation)을 수락한 제3자 시험기관.
-tracking-label = 추적 라벨
-small-parts = 작은 부품
-small-parts-cylinder = 작은 부품 시험 실린더
-choking-hazard = 질식 위험
-warning-label = 경고 표시
-lead = 납
-total-lead-content = 총 납 함량
-surface-coating = 페인트 및 표면 코팅
-phthalates = 프탈레이트
-cpsc = 미국 소비자제품안전위원회(CPSC)
    .note = 미국 소비자제품안전위원회(U.S. Consumer Product Safety Commission).
-recall = 리콜
-drawstring = 조임끈
-upper-outerwear = 어린이 상의 겉옷
-flammability = 가연성
-sleepwear = 어린이 잠옷
-crib = 유아용 침대
-full-size-crib = 표준 크기 유아용 침대
-non-full-size-crib = 비표준 크기 유아용 침대
-bassinet = 배시넷
-play-yard = 놀이 울타리
-crib-mattress = 유아용 침대 매트리스
-infant-sleep-product = 영아용 수면 제품
-registration-card = 제품 등록 카드
-button-battery = 버튼형 또는 코인형 전지
-magnet = 자석
-sharp-point = 날카로운 끝
-sharp-edge = 날카로운 모서리
-age-grade = 사용 연령 등급
    .note = 완구가 대상으로 하는 연령 집단으로, 어떤 시험이 적용되는지를 결정한다.
-material-change = 중대한 변경
    .note = 규정 준수에 영향을 줄 수 있는 설계, 제조 공정 또는 구성 부품의 변경.
-periodic-testing = 정기 시험
-efiling = 적합성 증명서 전자 제출(eFiling)
-importer = 미국 수입업체
-child-care-article = 육아용품
