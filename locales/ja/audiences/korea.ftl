### Japanese translation of content/audiences/korea.md (Republic of Korea). Draft translation by the Primer team;
### not yet reviewed by a qualified translator.
### Comments name the English source segment; `primer i18n extract` writes the English file.

# Republic of Korea (title)
title-ee3ba8e240 = 大韓民国

# Republic of Korea (summary)
summary-d5fcdaac5c = 大韓民国の研修受講者向けに、現地の関係機関、本研修の言語、及び米国の規則の参照先をご案内します。

# Republic of Korea › Local agencies (heading)
h-0be3ac567e = 現地の関係機関

# Republic of Korea › Local agencies (list item)
li-d8a7034748 = { "*" }*Korean Agency for Technology and Standards**（KATS、국가기술표준원）。KATSは、韓国の国家標準機関であり、製品安全の規制当局です。

# Republic of Korea › Local agencies (list item)
li-93aeb35fab = 子ども用の製品は、Special Act on the Safety of Children's Products（어린이제품 안전 특별법）の対象となります。同法は、13歳以下の子どもを対象とする製品に適用されます。

# Republic of Korea › Local agencies (list item)
li-06a83572d4 = 一般消費者製品及び電気製品は、Electrical Appliances and Consumer Products Safety Control Act（전기용품 및 생활용품 안전관리법）の対象となります。

# Republic of Korea › Local agencies (list item)
li-65a0044042 = いずれの法律においても**KCマーク**が用いられています。

# Republic of Korea › Local agencies (paragraph)
p-2d19752f44 = KATSは、これまでMinistry of Trade, Industry and Energy（산업통상자원부）に属してきました。2025年の政府組織再編により、同省は変更されました。連絡を取る前に、同省の現在の名称を確認してください。

# Republic of Korea › CPSC in the region (heading)
h-722cb187e8 = この地域におけるCPSC

# Republic of Korea › CPSC in the region (paragraph)
p-c04a413e34 = { -cpsc }の北京地域製品安全事務所（Regional Product Safety Office）は、中国、韓国、インドネシア、マレーシア、日本、シンガポール及びベトナムの公的部門及び民間部門の関係者に対し、説明及び研修を行ってきました。

# Republic of Korea › Languages of this training (heading)
h-d9355ce816 = 本研修の言語

# Republic of Korea › Languages of this training (list item)
li-ea3252281b = 한국어

# Republic of Korea › Languages of this training (list item)
li-ba118bf7fc = English

# Republic of Korea › Where to find the U.S. rules (heading)
h-ad0aea49d8 = 米国の規則の参照先

# Republic of Korea › Where to find the U.S. rules (list item)
li-1eb462f0f4 = 消費者製品に関する米国の規則は、eCFRの第16編（title 16）に収録されています：[eCFR 第16編](https://www.ecfr.gov/current/title-16)。

# Republic of Korea › Where to find the U.S. rules (list item)
li-b533c767c5 = CPSCは、ウェブサイトで事業者向けのガイダンスを提供しています：[CPSC 事業者向けガイダンス](https://www.cpsc.gov/Business--Manufacturing)。

# Republic of Korea › Where to find the U.S. rules (list item)
li-92432af063 = { -cpc }及びその試験報告書は、英語で作成しなければなりません。

