### Malay translation of content/audiences/japan.md. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Japan (title)
title-647294383b = Jepun

# Japan (summary)
summary-efd2153fd4 = Agensi tempatan, bahasa latihan dan tempat untuk mendapatkan peraturan AS bagi peserta latihan di Jepun.

# Japan › Local agencies (heading)
h-0be3ac567e = Agensi tempatan

# Japan › Local agencies (list item)
li-65860def1f = **Kementerian Ekonomi, Perdagangan dan Industri (METI; 経済産業省).** METI mentadbir Akta Keselamatan Produk Pengguna (消費生活用製品安全法). Produk yang ditetapkan memerlukan **tanda PSC**. Bagi "produk tertentu" (specified products), pembuat menyemak produk itu sendiri. Bagi "produk tertentu khas" (special specified products), pihak ketiga mesti menilai produk tersebut.

# Japan › Local agencies (list item)
li-1eecba76cf = **Agensi Hal Ehwal Pengguna (Consumer Affairs Agency, CAA).** CAA ditubuhkan pada 1 September 2009. Pengilang dan pengimport mesti melaporkan insiden produk yang serius kepada CAA dalam tempoh 10 hari selepas mengetahuinya.

# Japan › Local agencies (list item)
li-c17353362c = Banyak mainan Jepun mempamerkan **tanda ST** sukarela, iaitu tanda keselamatan mainan industri. Tanda SG dan standard JIS juga digunakan.

# Japan › CPSC in the region (heading)
h-722cb187e8 = CPSC di rantau ini

# Japan › CPSC in the region (paragraph)
p-c04a413e34 = Pejabat Keselamatan Produk Serantau CPSC di Beijing telah memberikan taklimat dan latihan kepada pegawai sektor awam dan swasta di China, Korea, Indonesia, Malaysia, Jepun, Singapura dan Vietnam.

# Japan › Languages of this training (heading)
h-d9355ce816 = Bahasa latihan ini

# Japan › Languages of this training (list item)
li-77710aedc7 = Bahasa Jepun (日本語)

# Japan › Languages of this training (list item)
li-ba118bf7fc = English

# Japan › Where to find the U.S. rules (heading)
h-ad0aea49d8 = Tempat untuk mendapatkan peraturan AS

# Japan › Where to find the U.S. rules (list item)
li-1eb462f0f4 = Peraturan AS bagi produk pengguna terdapat dalam Tajuk 16 eCFR: [eCFR Tajuk 16](https://www.ecfr.gov/current/title-16).

# Japan › Where to find the U.S. rules (list item)
li-b533c767c5 = CPSC memberikan panduan untuk perniagaan di laman webnya: [Panduan perniagaan CPSC](https://www.cpsc.gov/Business--Manufacturing).

# Japan › Where to find the U.S. rules (list item)
li-92432af063 = Sijil Produk Kanak-kanak dan laporan ujiannya mesti dalam bahasa Inggeris.
