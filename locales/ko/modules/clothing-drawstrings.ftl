### Korean translation of content/modules/clothing-drawstrings.md (Drawstrings on children's upper outerwear). Draft translation by the Primer team;
### not yet reviewed by a qualified translator.
### Comments name the English source segment; `primer i18n extract` writes the English file.

# Drawstrings on children's upper outerwear (title)
title-84b0acf604 = { -upper-outerwear }의 { -drawstring }

# Drawstrings on children's upper outerwear (summary)
summary-99bb196785 = 사이즈 2T~12의 { -upper-outerwear }에는 후드나 목 부분의 { -drawstring }이 있어서는 안 되며, 사이즈 2T~16의 허리 및 밑단 { -drawstring }은 엄격한 한도를 충족해야 합니다.

# Drawstrings on children's upper outerwear (learning objective)
objective-11f00f719f = { -upper-outerwear }의 { -drawstring }이 위험한 이유를 설명할 수 있다.

# Drawstrings on children's upper outerwear (learning objective)
objective-9675eb69ce = 후드, 목, 허리, 밑단 { -drawstring } 규정이 적용되는 사이즈를 말할 수 있다.

# Drawstrings on children's upper outerwear (learning objective)
objective-a590b9ef82 = 허리 또는 밑단 { -drawstring }이 규정에 맞는지 점검할 수 있다.

# Drawstrings on children's upper outerwear (learning objective)
objective-eed865731e = 의류가 규정을 충족하지 않을 때 해야 할 일을 설명할 수 있다.

# Drawstrings on children's upper outerwear (paragraph)
p-35aa8e6025 = { -upper-outerwear }의 { -drawstring }은 놀이터 미끄럼틀이나 버스 문에 걸릴 수 있습니다. 그러면 어린이가 목이 졸릴 수 있습니다. 따라서 미국 규정은 { -upper-outerwear }의 { -drawstring }을 제한합니다.

# Drawstrings on children's upper outerwear › Why drawstrings are dangerous (heading)
h-d5f4cf71fc = { -drawstring }이 위험한 이유

# Drawstrings on children's upper outerwear › Why drawstrings are dangerous (paragraph)
p-001455916b = CPSC 직원은 목 또는 후드 { -drawstring }으로 인한 사망 26건과 비치명적 사고 73건을 파악하고 있습니다. 이 사고들은 1985년 1월부터 2019년 6월 사이에 일어났습니다. 어린이의 연령은 생후 18개월에서 15세였습니다. 대부분의 사고는 놀이터 미끄럼틀과 관련이 있었습니다. 일부는 스쿨버스 문에 허리 { -drawstring }이 걸린 사고였습니다.

# Drawstrings on children's upper outerwear › The rule (heading)
h-4d88e08f47 = 규정

# Drawstrings on children's upper outerwear › The rule (paragraph)
p-50ac2aa13e = 관련 규정은 16 CFR 1120.3(b)입니다. 이 규정은 특정 의류를 중대한 제품 위해(substantial product hazard) 목록에 올립니다. 대상은 다음에 해당하는, { -drawstring }이 있는 { -upper-outerwear }입니다.

# Drawstrings on children's upper outerwear › The rule (list item)
li-cbb0a19c9a = 사이즈 2T~16 또는 이에 상응하는 사이즈

# Drawstrings on children's upper outerwear › The rule (list item)
li-bc53a5a8a0 = ASTM F1816-97의 적용을 받지만 이를 준수하지 않는 것

# Drawstrings on children's upper outerwear › The rule (paragraph)
p-ccfad9b896 = 이 목록의 근거 법률은 소비자제품안전법(Consumer Product Safety Act) 제15조(j)입니다. 최종 규칙은 2011년 7월 19일에 공표되었습니다. 이 규칙은 2011년 8월 18일에 시행되었습니다.

# Drawstrings on children's upper outerwear › The rule (paragraph)
p-ffa2eb88ae = { -drawstring }이란 상의 겉옷의 여러 부분을 잡아당겨 여미는 데 쓰이는, 자동으로 감기지 않는 끈, 리본 또는 테이프를 말합니다(16 CFR 1120.2(c)).

# Drawstrings on children's upper outerwear › What the rule requires (heading)
h-1e96f9e67c = 규정의 요구 사항

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-04d1ee334d = { -drawstring }

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-74a3978d10 = 사이즈

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-f5f5690b0e = 요구 사항

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-3ba0fac5b0 = 후드 및 목

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-4484f5555a = 2T~12

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-f0406a0e7e = 허용되지 않음

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-0c9d859c63 = 허리 및 밑단

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-c8f1450462 = 2T~16

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-343daebc4d = 한도 내에서 허용

# Drawstrings on children's upper outerwear › What the rule requires (paragraph)
p-9ccda0f7d7 = 사이즈 2T~12 상의 겉옷의 후드 및 목 { -drawstring }은 중대한 제품 위해입니다. 목 졸림 위험을 일으킵니다. 허용되지 않습니다.

# Drawstrings on children's upper outerwear › What the rule requires (paragraph)
p-96a4cbc856 = 사이즈 2T~16 상의 겉옷의 허리 및 밑단 { -drawstring }은 다음 한도를 모두 충족해야 합니다.

# Drawstrings on children's upper outerwear › What the rule requires (list item)
li-e0a35aeeb7 = 의류를 최대 폭으로 펼칩니다. { -drawstring }이 끈 통로(channel) 밖으로 3인치를 초과하여 나와서는 안 됩니다.

# Drawstrings on children's upper outerwear › What the rule requires (list item)
li-67782c586a = 끈의 자유단에는 토글, 매듭 또는 그 밖의 부착물이 없어야 합니다.

# Drawstrings on children's upper outerwear › What the rule requires (list item)
li-a64c432fa0 = 하나로 이어진 단일 { -drawstring }은 바택(bar-tack) 처리되어야 합니다. 즉, 끈 통로에서 빠지지 않도록 박음질로 고정되어야 합니다.

# Drawstrings on children's upper outerwear › What the rule requires (paragraph)
p-ce26dc7687 = 규정에 따라 의류를 최대 폭으로 펼친 상태에서 { -drawstring }을 측정하십시오. 견본 사이즈뿐 아니라 한 스타일의 모든 사이즈를 점검하십시오. 한 스타일에 표의 두 행에 모두 해당하는 사이즈가 있을 수 있습니다.

# Drawstrings on children's upper outerwear › When garments do not meet the rule (heading)
h-62adc5c1b2 = 의류가 규정을 충족하지 않을 때

# Drawstrings on children's upper outerwear › When garments do not meet the rule (paragraph)
p-9c73ceb2bb = 제조업체, 수입업체, 유통업체, 소매업체는 여러 경우에 CPSC에 보고해야 합니다. 여기에는 제품이 다음 중 어느 하나에 해당한다는 결론을 합리적으로 뒷받침하는 정보를 갖게 된 경우가 포함됩니다.

# Drawstrings on children's upper outerwear › When garments do not meet the rule (list item)
li-14c0fe9b5a = 소비자제품 안전 규정 또는 CPSC가 근거로 삼은 자율 표준을 준수하지 않음

# Drawstrings on children's upper outerwear › When garments do not meet the rule (list item)
li-523d67032a = 중대한 제품 위해를 일으킬 수 있는 결함이 있음

# Drawstrings on children's upper outerwear › When garments do not meet the rule (list item)
li-10e764cfe9 = 심각한 부상이나 사망의 불합리한 위험을 일으킴

# Drawstrings on children's upper outerwear › When garments do not meet the rule (paragraph)
p-2ebe158692 = 즉시 보고해야 합니다. 부상이 발생할 때까지 기다려서는 안 됩니다. 관련 규정은 16 CFR 1115에 있습니다. 규정을 충족하지 않는 { -drawstring } 의류를 발견하면 즉시 { -importer }에 알리십시오. 이미 선적한 의류에도 마찬가지입니다.

# Drawstrings on children's upper outerwear › Other rules for children's clothing (heading)
h-ed9611b512 = 어린이 의류에 관한 그 밖의 규정

# Drawstrings on children's upper outerwear › Other rules for children's clothing (paragraph)
p-3e5e5fb6ea = { -drawstring }에 관한 규정만 있는 것이 아닙니다. 어린이 의류는 다음 규정도 충족해야 합니다.

# Drawstrings on children's upper outerwear › Other rules for children's clothing (list item)
li-2b9d842c2b = { -flammability } 규정. [의류의 { -flammability }](clothing-flammability.md)을 참조하십시오.

# Drawstrings on children's upper outerwear › Other rules for children's clothing (list item)
li-1a8377811a = 예를 들어 프린트, 전사(transfer), 비섬유 부품에 적용되는 [{ -lead } 한도](lead-and-phthalates.md#limits)

# Drawstrings on children's upper outerwear › Other rules for children's clothing (list item)
li-4e74fd8c80 = 의류와 그 포장의 { -tracking-label }

# Drawstrings on children's upper outerwear › Other rules for children's clothing (paragraph)
p-8eb089260f = 의류에 표시된 FTC 등록 식별 번호(RN)는 { -tracking-label }의 일부로 인정될 수 있습니다. 전부로 인정될 수는 없습니다.

# Drawstrings on children's upper outerwear › What to do in the factory (heading)
h-2a572bd7e4 = 공장에서 할 일

# Drawstrings on children's upper outerwear › What to do in the factory (list item)
li-7b3296f847 = 견본을 만들기 전에 각 상의 겉옷 스타일의 사이즈 범위를 확인하십시오.

# Drawstrings on children's upper outerwear › What to do in the factory (list item)
li-0e2c804548 = 사이즈 2T~12에서는 디자인에서 후드 및 목 { -drawstring }을 없애십시오.

# Drawstrings on children's upper outerwear › What to do in the factory (list item)
li-25a98ee367 = 사이즈 2T~16에서는 의류를 최대 폭으로 펼친 상태에서 허리 및 밑단 { -drawstring }을 측정하십시오.

# Drawstrings on children's upper outerwear › What to do in the factory (list item)
li-90d3697a12 = 어떤 { -drawstring }도 끈 통로 밖으로 3인치를 초과하여 나오지 않는지 확인하십시오.

# Drawstrings on children's upper outerwear › What to do in the factory (list item)
li-648d756105 = 자유단에 토글, 매듭 또는 그 밖의 부착물이 없는지 확인하십시오.

# Drawstrings on children's upper outerwear › What to do in the factory (list item)
li-d33c11dd0a = 하나로 이어진 각 단일 { -drawstring }의 바택을 확인하십시오.

# Drawstrings on children's upper outerwear › What to do in the factory (list item)
li-89cb2abd5f = 초기 견본과 양산품을 점검하고 기록을 보관하십시오.

# Drawstrings on children's upper outerwear › What to do in the factory (paragraph)
p-23d62b1863 = 베이징 사무소에 관한 CPSC 웹페이지에 따르면, 의류, { -crib }, 영유아 용품 등 위험도가 높은 { -childrens-product }의 상당 부분을 중국 업체가 만듭니다. 이 페이지에는 작성 날짜가 없습니다. 미국으로 수출할 어린이 재킷 및 그 밖의 상의 겉옷을 만드는 중국 공장은 모든 스타일을 이 규정에 비추어 점검해야 합니다.

# Drawstrings on children's upper outerwear › Check your knowledge (heading)
h-27544b5c12 = 이해도 점검

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-295d31ae12 = 사이즈 8의 어린이 재킷 후드에 { -drawstring }이 있습니다. 이것은 허용됩니까?

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-6a991d0960 = 예. { -drawstring }의 길이가 3인치 이하라면 허용됩니다.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-64f6d0e653 = 예. 자유단에 토글이 없다면 허용됩니다.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-400e78188b = 아니요. 사이즈 2T~12에서는 후드 및 목 { -drawstring }이 허용되지 않습니다.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-3dc4dfb34c = 사이즈 2T~12 상의 겉옷의 후드 및 목 { -drawstring }은 중대한 제품 위해입니다.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-3f126bcde2 = 사이즈 14의 재킷에 허리 { -drawstring }이 있습니다. 이 { -drawstring }은 끈 통로 밖으로 얼마나 나와도 됩니까?

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-230b8ddeca = 한도가 없습니다.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-5d3e0a65c0 = 의류를 최대 폭으로 펼친 상태에서 3인치 이하.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-198124ca39 = 의류를 여민 상태에서 3인치 이하.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-f3ff848d6b = 사이즈 2T~16의 허리 및 밑단 { -drawstring }은 의류를 최대 폭으로 펼쳤을 때 끈 통로 밖으로 3인치를 초과하여 나와서는 안 됩니다.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-b175d78581 = 규정을 충족하는 허리 { -drawstring }은 어느 것입니까?

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-7c4bb5784b = 각 자유단에 플라스틱 토글이 달린 것

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-4ffd820426 = 각 자유단에 매듭이 있는 것

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-c70ffbedd8 = 끈 통로에서 빠지지 않도록 바택 처리된, 하나로 이어진 단일 { -drawstring }

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-3e3ddde8d3 = 자유단에는 토글, 매듭 또는 그 밖의 부착물이 없어야 합니다. 하나로 이어진 단일 { -drawstring }은 바택 처리되어야 합니다.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-ef58cc5f8d = 이미 선적한 사이즈 6 재킷에 후드 { -drawstring }이 있다는 사실을 알게 되었습니다. 어떻게 해야 합니까?

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-7387db2b48 = 아무것도 하지 않습니다. 의류가 이미 공장을 떠났기 때문입니다.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-603157b10e = 즉시 { -importer }에 알립니다.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-5742ddd907 = 어린이가 다칠 때까지 기다립니다.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-9d2a343268 = 사이즈 6의 후드 { -drawstring }은 중대한 제품 위해입니다. 제품에 중대한 제품 위해를 일으킬 수 있는 결함이 있다는 결론을 합리적으로 뒷받침하는 정보가 있으면, 업체는 CPSC에 즉시 보고해야 합니다. 따라서 수입업체는 이 정보를 즉시 받아야 합니다.

# Drawstrings on children's upper outerwear › Sources (heading)
h-caf85b0888 = 출처

# Drawstrings on children's upper outerwear › Sources (list item)
li-9b1e8ae5ed = { "[" }eCFR: Part 1120, 중대한 제품 위해 목록](https://www.ecfr.gov/current/title-16/part-1120)

# Drawstrings on children's upper outerwear › Sources (list item)
li-318ff6593c = { "[" }eCFR: Part 1115, 보고](https://www.ecfr.gov/current/title-16/part-1115)

# Drawstrings on children's upper outerwear › Sources (list item)
li-ee423943e6 = { "[" }Federal Register: { -drawstring } 최종 규칙, 2011년 7월 19일](http://www.gpo.gov/fdsys/pkg/FR-2011-07-19/html/2011-17961.htm)

# Drawstrings on children's upper outerwear › Sources (list item)
li-4046832052 = { "[" }Federal Register: { -drawstring } 규칙안, 2010년 5월 17일](https://regulations.justia.com/regulations/fedreg/2010/05/17/2010-11624.html)

# Drawstrings on children's upper outerwear › Sources (list item)
li-e3a8d9c0a5 = { "[" }CPSC: { -upper-outerwear }의 { -drawstring } FAQ](http://cpsc.gov/FAQ/Drawstrings-in-Children%E2%80%99s-Upper-Outerwear)

# Drawstrings on children's upper outerwear › Sources (list item)
li-ae450af3e8 = { "[" }CPSC: { -tracking-label } FAQ](https://cpsc.gov/FAQ/Tracking-Label)

# Drawstrings on children's upper outerwear › Sources (list item)
li-f30ee94a2c = { "[" }CPSC: 베이징 지역제품안전사무소](http://www.cpsc.gov/Business--Manufacturing/International/CPSC-Regional-Product-Safety-Office-Beijing/)
