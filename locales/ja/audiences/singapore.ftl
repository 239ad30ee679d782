### Japanese translation of content/audiences/singapore.md (Singapore). Draft translation by the Primer team;
### not yet reviewed by a qualified translator.
### Comments name the English source segment; `primer i18n extract` writes the English file.

# Singapore (title)
title-c96dd81db1 = シンガポール

# Singapore (summary)
summary-4ed27fb17f = シンガポールの研修受講者向けに、現地の関係機関、本研修の言語、及び米国の規則の参照先をご案内します。

# Singapore › Local agencies (heading)
h-0be3ac567e = 現地の関係機関

# Singapore › Local agencies (list item)
li-afce1abdb9 = { "*" }*Enterprise Singapore**は、Consumer Protection (Safety Requirements) Regulationsに基づく安全当局（Safety Authority）です。同規則は、Consumer Protection (Trade Descriptions and Safety Requirements) Actに基づいて制定されています。

# Singapore › Local agencies (list item)
li-3381d69dfb = { "*" }*Consumer Product Safety Office**（CPSO）は、Enterprise Singaporeの監督下にあります。

# Singapore › Local agencies (list item)
li-488a83be32 = 玩具及び子ども用の製品は、Consumer Protection (Consumer Goods Safety Requirements) Regulations 2011の対象となります。

# Singapore › Local agencies (list item)
li-acdc030c23 = 規制対象品目（Controlled Goods）は33区分あり、主に家庭用の電気製品及びガス製品です。これらは、Enterprise Singaporeへの登録、指定された規格による試験、及び**SAFETY Mark**の表示が必要です。

# Singapore › CPSC in the region (heading)
h-722cb187e8 = この地域におけるCPSC

# Singapore › CPSC in the region (paragraph)
p-c04a413e34 = { -cpsc }の北京地域製品安全事務所（Regional Product Safety Office）は、中国、韓国、インドネシア、マレーシア、日本、シンガポール及びベトナムの公的部門及び民間部門の関係者に対し、説明及び研修を行ってきました。

# Singapore › Languages of this training (heading)
h-d9355ce816 = 本研修の言語

# Singapore › Languages of this training (list item)
li-ba118bf7fc = English

# Singapore › Languages of this training (list item)
li-9937e365aa = 简体中文

# Singapore › Where to find the U.S. rules (heading)
h-ad0aea49d8 = 米国の規則の参照先

# Singapore › Where to find the U.S. rules (list item)
li-1eb462f0f4 = 消費者製品に関する米国の規則は、eCFRの第16編（title 16）に収録されています：[eCFR 第16編](https://www.ecfr.gov/current/title-16)。

# Singapore › Where to find the U.S. rules (list item)
li-b533c767c5 = CPSCは、ウェブサイトで事業者向けのガイダンスを提供しています：[CPSC 事業者向けガイダンス](https://www.cpsc.gov/Business--Manufacturing)。

# Singapore › Where to find the U.S. rules (list item)
li-92432af063 = { -cpc }及びその試験報告書は、英語で作成しなければなりません。

