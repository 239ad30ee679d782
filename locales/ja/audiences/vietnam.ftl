### Japanese translation of content/audiences/vietnam.md (Vietnam). Draft translation by the Primer team;
### not yet reviewed by a qualified translator.
### Comments name the English source segment; `primer i18n extract` writes the English file.

# Vietnam (title)
title-2e5e81066a = ベトナム

# Vietnam (summary)
summary-53bff70c23 = ベトナムの研修受講者向けに、現地の関係機関、本研修の言語、及び米国の規則の参照先をご案内します。

# Vietnam › Local agencies (heading)
h-0be3ac567e = 現地の関係機関

# Vietnam › Local agencies (list item)
li-bf2e629d18 = { "*" }*Commission for the Standards, Metrology and Quality of Vietnam**（STAMEQ）。STAMEQは、旧General Department for Standards, Metrology and Qualityを母体として設置されました。**Ministry of Science and Technology**（Bộ Khoa học và Công nghệ）の機関です。

# Vietnam › Local agencies (list item)
li-4f6d4a299b = STAMEQは、標準及び技術規則、計量、製品及び商品の品質、表示、バーコード及びトレーサビリティ、適合性評価並びに認定に関する業務を行っています。

# Vietnam › Local agencies (list item)
li-435c424963 = STAMEQは、WTO/TBTに関する国の照会所（enquiry point）でもあります。

# Vietnam › CPSC in the region (heading)
h-722cb187e8 = この地域におけるCPSC

# Vietnam › CPSC in the region (paragraph)
p-c04a413e34 = { -cpsc }の北京地域製品安全事務所（Regional Product Safety Office）は、中国、韓国、インドネシア、マレーシア、日本、シンガポール及びベトナムの公的部門及び民間部門の関係者に対し、説明及び研修を行ってきました。

# Vietnam › CPSC in the region (paragraph)
p-c3b7ec0900 = CPSCは、繊維製品及び衣料品に関する米国の規則について、ベトナム語の研修資料も公開しています。

# Vietnam › Languages of this training (heading)
h-d9355ce816 = 本研修の言語

# Vietnam › Languages of this training (list item)
li-690829f87a = Tiếng Việt

# Vietnam › Languages of this training (list item)
li-ba118bf7fc = English

# Vietnam › Where to find the U.S. rules (heading)
h-ad0aea49d8 = 米国の規則の参照先

# Vietnam › Where to find the U.S. rules (list item)
li-1eb462f0f4 = 消費者製品に関する米国の規則は、eCFRの第16編（title 16）に収録されています：[eCFR 第16編](https://www.ecfr.gov/current/title-16)。

# Vietnam › Where to find the U.S. rules (list item)
li-b533c767c5 = CPSCは、ウェブサイトで事業者向けのガイダンスを提供しています：[CPSC 事業者向けガイダンス](https://www.cpsc.gov/Business--Manufacturing)。

# Vietnam › Where to find the U.S. rules (list item)
li-92432af063 = { -cpc }及びその試験報告書は、英語で作成しなければなりません。

