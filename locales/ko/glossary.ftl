### Korean glossary. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.
### Glossary terms (Korean). Use them in translations as { -term-id }.
### Particles after a term must fit its last syllable (e.g. { -small-parts }이, { -cpc }를).

-childrens-product = 어린이제품
    .note = 주로 12세 이하 어린이를 위해 설계되었거나 그러한 어린이가 사용하도록 의도된 소비자제품.
-cpc = 어린이제품인증서(CPC)
    .note = 미국 수입업체 또는 미국 내 제조업체가 규정 준수를 인증하는 증명서.
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
