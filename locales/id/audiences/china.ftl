### Bahasa Indonesia translation of china.ftl. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# China (title)
title-1043682903 = Tiongkok

# China (summary)
summary-d1e6890cb2 = Lembaga setempat, bahasa pelatihan, dan tempat menemukan peraturan AS bagi peserta pelatihan di Tiongkok.

# China › Local agencies (heading)
h-0be3ac567e = Lembaga setempat

# China › Local agencies (list item)
li-d321a197cd = { "*" }*Administrasi Negara untuk Regulasi Pasar (State Administration for Market Regulation, SAMR; 国家市场监督管理总局).** SAMR dibentuk pada tahun 2018. SAMR bertanggung jawab atas mutu dan keselamatan produk industri, metrologi, standar, serta sertifikasi dan akreditasi.

# China › Local agencies (list item)
li-00715f1d38 = { "*" }*Administrasi Umum Kepabeanan (General Administration of Customs, GACC; 海关总署).** GACC bertanggung jawab atas inspeksi dan karantina keluar-masuk, serta pemeriksaan mutu dan keselamatan barang impor dan ekspor.

# China › Local agencies (paragraph)
p-9fab4961fa = Pada tahun 2018, AQSIQ dibubarkan. Tugasnya dialihkan ke SAMR dan GACC. Beberapa halaman web CPSC masih menyebut AQSIQ. Bacalah sebagai SAMR atau GACC.

# China › CPSC and China (heading)
h-8a65157f45 = CPSC dan Tiongkok

# China › CPSC and China (list item)
li-0ffd4f63f2 = CPSC mendirikan Kantor Regional Keselamatan Produk di Beijing pada Januari 2011, di dalam Kedutaan Besar AS. Kantor ini adalah kantor CPSC pertama di luar negeri. Kantor ini telah memberikan pengarahan dan pelatihan kepada pejabat sektor publik dan swasta di ketujuh negara dalam pelatihan ini.

# China › CPSC and China (list item)
li-0862f2f47f = CPSC mengelola situs web berbahasa Tionghoa.

# China › CPSC and China (list item)
li-a5f1003ab5 = Jika CPSC mengetahui produsen Tiongkok di balik suatu penarikan kembali sukarela, CPSC memberikan nama produsen tersebut dan pengumuman penarikan kembali kepada regulator Tiongkok.

# China › Languages of this training (heading)
h-d9355ce816 = Bahasa pelatihan ini

# China › Languages of this training (list item)
li-9937e365aa = Bahasa Tionghoa Sederhana (简体中文)

# China › Languages of this training (list item)
li-ba118bf7fc = Bahasa Inggris (English)

# China › Where to find the U.S. rules (heading)
h-ad0aea49d8 = Tempat menemukan peraturan AS

# China › Where to find the U.S. rules (list item)
li-1eb462f0f4 = Peraturan AS untuk produk konsumen terdapat dalam Title 16 eCFR: [eCFR Title 16](https://www.ecfr.gov/current/title-16).

# China › Where to find the U.S. rules (list item)
li-b533c767c5 = CPSC memberikan panduan bagi pelaku usaha di situs webnya: [Panduan usaha CPSC](https://www.cpsc.gov/Business--Manufacturing).

# China › Where to find the U.S. rules (list item)
li-92432af063 = { -cpc } dan laporan ujinya wajib dalam bahasa Inggris.
