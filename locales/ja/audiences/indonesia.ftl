### Japanese translation of content/audiences/indonesia.md (Indonesia). Draft translation by the Primer team;
### not yet reviewed by a qualified translator.
### Comments name the English source segment; `primer i18n extract` writes the English file.

# Indonesia (title)
title-dbc74a36d8 = インドネシア

# Indonesia (summary)
summary-3719980aab = インドネシアの研修受講者向けに、現地の関係機関、本研修の言語、及び米国の規則の参照先をご案内します。

# Indonesia › Local agencies (heading)
h-0be3ac567e = 現地の関係機関

# Indonesia › Local agencies (list item)
li-4b064e11bf = { "*" }*National Standardization Agency**（Badan Standardisasi Nasional、BSN）。BSNは、インドネシア国家規格（Standar Nasional Indonesia、SNI）を制定しています。

# Indonesia › Local agencies (list item)
li-25e88ee238 = { "*" }*Ministry of Industry**（Kementerian Perindustrian）。同省は、規則No. 24/M-IND/PER/4/2013（その改正を含みます。）により、玩具のSNIを強制規格としました。これらの規則において、玩具とは14歳以下の子どもを対象とした製品をいいます。

# Indonesia › Local agencies (list item)
li-82e7f19670 = 玩具に関する7つのSNIのうち6つは国際規格を採用しており、その多くはISO 8124です。

# Indonesia › Local agencies (list item)
li-945c21d629 = { "*" }*Ministry of Trade**（Kementerian Perdagangan）。同省は、玩具に関する普及啓発及び市場での取締りを行ってきました。2014年4月30日以降、玩具にはSNIの表示が義務付けられています。

# Indonesia › CPSC in the region (heading)
h-722cb187e8 = この地域におけるCPSC

# Indonesia › CPSC in the region (paragraph)
p-c04a413e34 = { -cpsc }の北京地域製品安全事務所（Regional Product Safety Office）は、中国、韓国、インドネシア、マレーシア、日本、シンガポール及びベトナムの公的部門及び民間部門の関係者に対し、説明及び研修を行ってきました。

# Indonesia › Languages of this training (heading)
h-d9355ce816 = 本研修の言語

# Indonesia › Languages of this training (list item)
li-11b8712670 = Bahasa Indonesia

# Indonesia › Languages of this training (list item)
li-ba118bf7fc = English

# Indonesia › Where to find the U.S. rules (heading)
h-ad0aea49d8 = 米国の規則の参照先

# Indonesia › Where to find the U.S. rules (list item)
li-1eb462f0f4 = 消費者製品に関する米国の規則は、eCFRの第16編（title 16）に収録されています：[eCFR 第16編](https://www.ecfr.gov/current/title-16)。

# Indonesia › Where to find the U.S. rules (list item)
li-b533c767c5 = CPSCは、ウェブサイトで事業者向けのガイダンスを提供しています：[CPSC 事業者向けガイダンス](https://www.cpsc.gov/Business--Manufacturing)。

# Indonesia › Where to find the U.S. rules (list item)
li-92432af063 = { -cpc }及びその試験報告書は、英語で作成しなければなりません。

