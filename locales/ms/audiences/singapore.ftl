### Malay translation of content/audiences/singapore.md. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Singapore (title)
title-c96dd81db1 = Singapura

# Singapore (summary)
summary-4ed27fb17f = Agensi tempatan, bahasa latihan dan tempat untuk mendapatkan peraturan AS bagi peserta latihan di Singapura.

# Singapore › Local agencies (heading)
h-0be3ac567e = Agensi tempatan

# Singapore › Local agencies (list item)
li-afce1abdb9 = **Enterprise Singapore** ialah Pihak Berkuasa Keselamatan (Safety Authority) di bawah Consumer Protection (Safety Requirements) Regulations. Peraturan ini dibuat di bawah Consumer Protection (Trade Descriptions and Safety Requirements) Act.

# Singapore › Local agencies (list item)
li-3381d69dfb = **Pejabat Keselamatan Produk Pengguna (Consumer Product Safety Office, CPSO)** diselia oleh Enterprise Singapore.

# Singapore › Local agencies (list item)
li-488a83be32 = Mainan dan produk kanak-kanak tertakluk kepada Consumer Protection (Consumer Goods Safety Requirements) Regulations 2011.

# Singapore › Local agencies (list item)
li-acdc030c23 = Terdapat 33 kategori Barangan Terkawal (Controlled Goods), terutamanya produk isi rumah elektrik dan gas. Barangan ini mesti didaftarkan dengan Enterprise Singapore, diuji mengikut standard yang ditetapkan dan mempamerkan **SAFETY Mark**.

# Singapore › CPSC in the region (heading)
h-722cb187e8 = CPSC di rantau ini

# Singapore › CPSC in the region (paragraph)
p-c04a413e34 = Pejabat Keselamatan Produk Serantau CPSC di Beijing telah memberikan taklimat dan latihan kepada pegawai sektor awam dan swasta di China, Korea, Indonesia, Malaysia, Jepun, Singapura dan Vietnam.

# Singapore › Languages of this training (heading)
h-d9355ce816 = Bahasa latihan ini

# Singapore › Languages of this training (list item)
li-ba118bf7fc = English

# Singapore › Languages of this training (list item)
li-9937e365aa = 简体中文

# Singapore › Where to find the U.S. rules (heading)
h-ad0aea49d8 = Tempat untuk mendapatkan peraturan AS

# Singapore › Where to find the U.S. rules (list item)
li-1eb462f0f4 = Peraturan AS bagi produk pengguna terdapat dalam Tajuk 16 eCFR: [eCFR Tajuk 16](https://www.ecfr.gov/current/title-16).

# Singapore › Where to find the U.S. rules (list item)
li-b533c767c5 = CPSC memberikan panduan untuk perniagaan di laman webnya: [Panduan perniagaan CPSC](https://www.cpsc.gov/Business--Manufacturing).

# Singapore › Where to find the U.S. rules (list item)
li-92432af063 = Sijil Produk Kanak-kanak dan laporan ujiannya mesti dalam bahasa Inggeris.
