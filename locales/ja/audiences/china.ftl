### Japanese translation of content/audiences/china.md (China). Draft translation by the Primer team;
### not yet reviewed by a qualified translator.
### Comments name the English source segment; `primer i18n extract` writes the English file.

# China (title)
title-1043682903 = 中国

# China (summary)
summary-d1e6890cb2 = 中国の研修受講者向けに、現地の関係機関、本研修の言語、及び米国の規則の参照先をご案内します。

# China › Local agencies (heading)
h-0be3ac567e = 現地の関係機関

# China › Local agencies (list item)
li-d321a197cd = { "*" }*State Administration for Market Regulation**（SAMR、国家市场监督管理总局）。SAMRは2018年に設立されました。工業製品の品質及び安全、計量、標準、並びに認証及び認定を所管しています。

# China › Local agencies (list item)
li-00715f1d38 = { "*" }*General Administration of Customs**（GACC、海关总署）。GACCは、出入国に係る検査及び検疫、並びに輸出入品の品質及び安全の検査を所管しています。

# China › Local agencies (paragraph)
p-9fab4961fa = 2018年、AQSIQは廃止されました。その業務はSAMR及びGACCに移管されました。{ -cpsc }のウェブページの中には、現在もAQSIQの名称を記載しているものがあります。これはSAMR又はGACCと読み替えてください。

# China › CPSC and China (heading)
h-8a65157f45 = CPSCと中国

# China › CPSC and China (list item)
li-0ffd4f63f2 = CPSCは、2011年1月、米国大使館内に北京地域製品安全事務所（Regional Product Safety Office）を設置しました。これはCPSCにとって初の海外事務所でした。同事務所は、本研修の対象である7か国すべてにおいて、公的部門及び民間部門の関係者に対し、説明及び研修を行ってきました。

# China › CPSC and China (list item)
li-0862f2f47f = CPSCは中国語のウェブサイトを運営しています。

# China › CPSC and China (list item)
li-a5f1003ab5 = 自主{ -recall }について、その背後にある中国の製造事業者をCPSCが把握している場合、CPSCはその名称と{ -recall }の告知を中国の規制当局に提供しています。

# China › Languages of this training (heading)
h-d9355ce816 = 本研修の言語

# China › Languages of this training (list item)
li-9937e365aa = 简体中文

# China › Languages of this training (list item)
li-ba118bf7fc = English

# China › Where to find the U.S. rules (heading)
h-ad0aea49d8 = 米国の規則の参照先

# China › Where to find the U.S. rules (list item)
li-1eb462f0f4 = 消費者製品に関する米国の規則は、eCFRの第16編（title 16）に収録されています：[eCFR 第16編](https://www.ecfr.gov/current/title-16)。

# China › Where to find the U.S. rules (list item)
li-b533c767c5 = CPSCは、ウェブサイトで事業者向けのガイダンスを提供しています：[CPSC 事業者向けガイダンス](https://www.cpsc.gov/Business--Manufacturing)。

# China › Where to find the U.S. rules (list item)
li-92432af063 = { -cpc }及びその試験報告書は、英語で作成しなければなりません。

