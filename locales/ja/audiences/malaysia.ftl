### Japanese translation of content/audiences/malaysia.md (Malaysia). Draft translation by the Primer team;
### not yet reviewed by a qualified translator.
### Comments name the English source segment; `primer i18n extract` writes the English file.

# Malaysia (title)
title-084504165b = マレーシア

# Malaysia (summary)
summary-2d48a3985d = マレーシアの研修受講者向けに、現地の関係機関、本研修の言語、及び米国の規則の参照先をご案内します。

# Malaysia › Local agencies (heading)
h-0be3ac567e = 現地の関係機関

# Malaysia › Local agencies (list item)
li-6b08cf2832 = { "*" }*Ministry of Domestic Trade and Cost of Living**（KPDN）。KPDNは、消費者製品安全の規制当局です。旧名称はMinistry of Domestic Trade and Consumer Affairs（KPDNHEP）でした。

# Malaysia › Local agencies (list item)
li-0cddb57853 = 玩具の安全に関する規則は、Consumer Protection (Safety Standards for Toys) Regulations 2009に定められています。

# Malaysia › Local agencies (list item)
li-9a1c0957b6 = これらの規則において、玩具とは14歳未満の子どもを対象とした製品をいいます。

# Malaysia › Local agencies (list item)
li-3d5cecedcb = 玩具には、**MYSAFE**システムを通じたCertificate of Conformance（適合証明書）及び**MCマーク**が必要です。

# Malaysia › CPSC in the region (heading)
h-722cb187e8 = この地域におけるCPSC

# Malaysia › CPSC in the region (paragraph)
p-c04a413e34 = { -cpsc }の北京地域製品安全事務所（Regional Product Safety Office）は、中国、韓国、インドネシア、マレーシア、日本、シンガポール及びベトナムの公的部門及び民間部門の関係者に対し、説明及び研修を行ってきました。

# Malaysia › Languages of this training (heading)
h-d9355ce816 = 本研修の言語

# Malaysia › Languages of this training (list item)
li-7b6e9ac25c = Bahasa Melayu

# Malaysia › Languages of this training (list item)
li-ba118bf7fc = English

# Malaysia › Languages of this training (list item)
li-9937e365aa = 简体中文

# Malaysia › Where to find the U.S. rules (heading)
h-ad0aea49d8 = 米国の規則の参照先

# Malaysia › Where to find the U.S. rules (list item)
li-1eb462f0f4 = 消費者製品に関する米国の規則は、eCFRの第16編（title 16）に収録されています：[eCFR 第16編](https://www.ecfr.gov/current/title-16)。

# Malaysia › Where to find the U.S. rules (list item)
li-b533c767c5 = CPSCは、ウェブサイトで事業者向けのガイダンスを提供しています：[CPSC 事業者向けガイダンス](https://www.cpsc.gov/Business--Manufacturing)。

# Malaysia › Where to find the U.S. rules (list item)
li-92432af063 = { -cpc }及びその試験報告書は、英語で作成しなければなりません。

