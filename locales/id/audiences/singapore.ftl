### Bahasa Indonesia translation of singapore.ftl. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Singapore (title)
title-c96dd81db1 = Singapura

# Singapore (summary)
summary-4ed27fb17f = Lembaga setempat, bahasa pelatihan, dan tempat menemukan peraturan AS bagi peserta pelatihan di Singapura.

# Singapore › Local agencies (heading)
h-0be3ac567e = Lembaga setempat

# Singapore › Local agencies (list item)
li-afce1abdb9 = { "*" }*Enterprise Singapore** adalah Otoritas Keselamatan (Safety Authority) berdasarkan Consumer Protection (Safety Requirements) Regulations. Peraturan ini dibuat berdasarkan Consumer Protection (Trade Descriptions and Safety Requirements) Act.

# Singapore › Local agencies (list item)
li-3381d69dfb = { "*" }*Kantor Keselamatan Produk Konsumen (Consumer Product Safety Office, CPSO)** diawasi oleh Enterprise Singapore.

# Singapore › Local agencies (list item)
li-488a83be32 = Mainan dan produk anak diatur oleh Consumer Protection (Consumer Goods Safety Requirements) Regulations 2011.

# Singapore › Local agencies (list item)
li-acdc030c23 = Terdapat 33 kategori Barang Terkendali (Controlled Goods), terutama produk rumah tangga listrik dan gas. Barang-barang ini wajib didaftarkan ke Enterprise Singapore, diuji menurut standar yang ditentukan, dan memiliki **SAFETY Mark**.

# Singapore › CPSC in the region (heading)
h-722cb187e8 = CPSC di kawasan ini

# Singapore › CPSC in the region (paragraph)
p-c04a413e34 = Kantor Regional Keselamatan Produk CPSC di Beijing telah memberikan pengarahan dan pelatihan kepada pejabat sektor publik dan swasta di Tiongkok, Korea, Indonesia, Malaysia, Jepang, Singapura, dan Vietnam.

# Singapore › Languages of this training (heading)
h-d9355ce816 = Bahasa pelatihan ini

# Singapore › Languages of this training (list item)
li-ba118bf7fc = Bahasa Inggris (English)

# Singapore › Languages of this training (list item)
li-9937e365aa = Bahasa Tionghoa Sederhana (简体中文)

# Singapore › Where to find the U.S. rules (heading)
h-ad0aea49d8 = Tempat menemukan peraturan AS

# Singapore › Where to find the U.S. rules (list item)
li-1eb462f0f4 = Peraturan AS untuk produk konsumen terdapat dalam Title 16 eCFR: [eCFR Title 16](https://www.ecfr.gov/current/title-16).

# Singapore › Where to find the U.S. rules (list item)
li-b533c767c5 = CPSC memberikan panduan bagi pelaku usaha di situs webnya: [Panduan usaha CPSC](https://www.cpsc.gov/Business--Manufacturing).

# Singapore › Where to find the U.S. rules (list item)
li-92432af063 = { -cpc } dan laporan ujinya wajib dalam bahasa Inggris.
