### Japanese translation of content/audiences/japan.md (Japan). Draft translation by the Primer team;
### not yet reviewed by a qualified translator.
### Comments name the English source segment; `primer i18n extract` writes the English file.

# Japan (title)
title-647294383b = 日本

# Japan (summary)
summary-efd2153fd4 = 日本の研修受講者向けに、国内の関係機関、本研修の言語、及び米国の規則の参照先をご案内します。

# Japan › Local agencies (heading)
h-0be3ac567e = 国内の関係機関

# Japan › Local agencies (list item)
li-8f8dc93e56 = { "*" }*経済産業省**（METI、Ministry of Economy, Trade and Industry）。経済産業省は、消費生活用製品安全法を所管しています。指定された製品（特定製品）には**PSCマーク**が必要です。「特別特定製品」は、「特定製品」の一部です。すべての特定製品について、製造事業者が自ら製品を検査します（自主検査）。特別特定製品は、これに加えて、登録検査機関による適合性検査を受けなければなりません。

# Japan › Local agencies (list item)
# 消費者庁: Japanese name confirmed in a primary source, the Consumer Affairs Agency's own white paper (caa.go.jp, 平成27年版消費者白書).
li-1eecba76cf = { "*" }*消費者庁**（Consumer Affairs Agency、CAA）。消費者庁は2009年9月1日に設置されました。製造事業者及び輸入事業者は、重大製品事故を知った日から10日以内に、消費者庁に報告しなければなりません。

# Japan › Local agencies (list item)
li-c17353362c = 日本の玩具の多くには、玩具業界（一般社団法人日本玩具協会）の自主基準（ST基準）に基づく任意の玩具安全マークである**STマーク**が表示されています。SGマーク及びJIS（日本産業規格）も用いられています。

# Japan › CPSC in the region (heading)
h-722cb187e8 = この地域におけるCPSC

# Japan › CPSC in the region (paragraph)
p-c04a413e34 = { -cpsc }の北京地域製品安全事務所（Regional Product Safety Office）は、中国、韓国、インドネシア、マレーシア、日本、シンガポール及びベトナムの公的部門及び民間部門の関係者に対し、説明及び研修を行ってきました。

# Japan › Languages of this training (heading)
h-d9355ce816 = 本研修の言語

# Japan › Languages of this training (list item)
li-77710aedc7 = 日本語

# Japan › Languages of this training (list item)
li-ba118bf7fc = English

# Japan › Where to find the U.S. rules (heading)
h-ad0aea49d8 = 米国の規則の参照先

# Japan › Where to find the U.S. rules (list item)
li-1eb462f0f4 = 消費者製品に関する米国の規則は、eCFRの第16編（title 16）に収録されています：[eCFR 第16編](https://www.ecfr.gov/current/title-16)。

# Japan › Where to find the U.S. rules (list item)
li-b533c767c5 = CPSCは、ウェブサイトで事業者向けのガイダンスを提供しています：[CPSC 事業者向けガイダンス](https://www.cpsc.gov/Business--Manufacturing)。

# Japan › Where to find the U.S. rules (list item)
li-92432af063 = { -cpc }及びその試験報告書は、英語で作成しなければなりません。

