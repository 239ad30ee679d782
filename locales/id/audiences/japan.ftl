### Bahasa Indonesia translation of japan.ftl. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Japan (title)
title-647294383b = Jepang

# Japan (summary)
summary-efd2153fd4 = Lembaga setempat, bahasa pelatihan, dan tempat menemukan peraturan AS bagi peserta pelatihan di Jepang.

# Japan › Local agencies (heading)
h-0be3ac567e = Lembaga setempat

# Japan › Local agencies (list item)
li-65860def1f = { "*" }*Kementerian Ekonomi, Perdagangan, dan Industri (Ministry of Economy, Trade and Industry, METI; 経済産業省).** METI melaksanakan Consumer Product Safety Act (消費生活用製品安全法). Produk yang ditetapkan memerlukan **tanda PSC**. Untuk "produk tertentu" (specified products), produsen memeriksa sendiri produknya. Untuk "produk tertentu khusus" (special specified products), pihak ketiga wajib menilai produk tersebut.

# Japan › Local agencies (list item)
li-1eecba76cf = { "*" }*Badan Urusan Konsumen (Consumer Affairs Agency, CAA).** CAA dibentuk pada 1 September 2009. Produsen dan importir wajib melaporkan insiden produk yang serius kepada CAA dalam 10 hari sejak mengetahuinya.

# Japan › Local agencies (list item)
li-c17353362c = Banyak mainan Jepang memiliki **tanda ST** yang bersifat sukarela, yaitu tanda keselamatan mainan dari industri. Tanda SG dan standar JIS juga digunakan.

# Japan › CPSC in the region (heading)
h-722cb187e8 = CPSC di kawasan ini

# Japan › CPSC in the region (paragraph)
p-c04a413e34 = Kantor Regional Keselamatan Produk CPSC di Beijing telah memberikan pengarahan dan pelatihan kepada pejabat sektor publik dan swasta di Tiongkok, Korea, Indonesia, Malaysia, Jepang, Singapura, dan Vietnam.

# Japan › Languages of this training (heading)
h-d9355ce816 = Bahasa pelatihan ini

# Japan › Languages of this training (list item)
li-77710aedc7 = Bahasa Jepang (日本語)

# Japan › Languages of this training (list item)
li-ba118bf7fc = Bahasa Inggris (English)

# Japan › Where to find the U.S. rules (heading)
h-ad0aea49d8 = Tempat menemukan peraturan AS

# Japan › Where to find the U.S. rules (list item)
li-1eb462f0f4 = Peraturan AS untuk produk konsumen terdapat dalam Title 16 eCFR: [eCFR Title 16](https://www.ecfr.gov/current/title-16).

# Japan › Where to find the U.S. rules (list item)
li-b533c767c5 = CPSC memberikan panduan bagi pelaku usaha di situs webnya: [Panduan usaha CPSC](https://www.cpsc.gov/Business--Manufacturing).

# Japan › Where to find the U.S. rules (list item)
li-92432af063 = { -cpc } dan laporan ujinya wajib dalam bahasa Inggris.
