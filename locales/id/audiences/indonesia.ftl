### Bahasa Indonesia translation of indonesia.ftl. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Indonesia (title)
title-dbc74a36d8 = Indonesia

# Indonesia (summary)
summary-3719980aab = Lembaga setempat, bahasa pelatihan, dan tempat menemukan peraturan AS bagi peserta pelatihan di Indonesia.

# Indonesia › Local agencies (heading)
h-0be3ac567e = Lembaga setempat

# Indonesia › Local agencies (list item)
li-4b064e11bf = { "*" }*Badan Standardisasi Nasional (National Standardization Agency, BSN).** BSN menetapkan Standar Nasional Indonesia (SNI).

# Indonesia › Local agencies (list item)
li-25e88ee238 = { "*" }*Kementerian Perindustrian (Ministry of Industry).** Kementerian ini memberlakukan SNI mainan secara wajib melalui peraturan No. 24/M-IND/PER/4/2013, beserta perubahannya. Dalam peraturan ini, mainan adalah produk untuk anak berusia 14 tahun ke bawah.

# Indonesia › Local agencies (list item)
li-82e7f19670 = Enam dari tujuh SNI mainan mengadopsi standar internasional, sebagian besar ISO 8124.

# Indonesia › Local agencies (list item)
li-945c21d629 = { "*" }*Kementerian Perdagangan (Ministry of Trade).** Kementerian ini telah melakukan sosialisasi dan pengawasan pasar untuk mainan. Mainan wajib ditandai SNI sejak 30 April 2014.

# Indonesia › CPSC in the region (heading)
h-722cb187e8 = CPSC di kawasan ini

# Indonesia › CPSC in the region (paragraph)
p-c04a413e34 = Kantor Regional Keselamatan Produk CPSC di Beijing telah memberikan pengarahan dan pelatihan kepada pejabat sektor publik dan swasta di Tiongkok, Korea, Indonesia, Malaysia, Jepang, Singapura, dan Vietnam.

# Indonesia › Languages of this training (heading)
h-d9355ce816 = Bahasa pelatihan ini

# Indonesia › Languages of this training (list item)
li-11b8712670 = Bahasa Indonesia

# Indonesia › Languages of this training (list item)
li-ba118bf7fc = Bahasa Inggris (English)

# Indonesia › Where to find the U.S. rules (heading)
h-ad0aea49d8 = Tempat menemukan peraturan AS

# Indonesia › Where to find the U.S. rules (list item)
li-1eb462f0f4 = Peraturan AS untuk produk konsumen terdapat dalam Title 16 eCFR: [eCFR Title 16](https://www.ecfr.gov/current/title-16).

# Indonesia › Where to find the U.S. rules (list item)
li-b533c767c5 = CPSC memberikan panduan bagi pelaku usaha di situs webnya: [Panduan usaha CPSC](https://www.cpsc.gov/Business--Manufacturing).

# Indonesia › Where to find the U.S. rules (list item)
li-92432af063 = { -cpc } dan laporan ujinya wajib dalam bahasa Inggris.
