### Malay translation of content/audiences/china.md. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# China (title)
title-1043682903 = China

# China (summary)
summary-d1e6890cb2 = Agensi tempatan, bahasa latihan dan tempat untuk mendapatkan peraturan AS bagi peserta latihan di China.

# China › Local agencies (heading)
h-0be3ac567e = Agensi tempatan

# China › Local agencies (list item)
li-d321a197cd = **Pentadbiran Negara bagi Peraturan Pasaran (State Administration for Market Regulation, SAMR; 国家市场监督管理总局).** SAMR ditubuhkan pada tahun 2018. SAMR bertanggungjawab bagi kualiti dan keselamatan produk perindustrian, metrologi, standard, serta pensijilan dan akreditasi.

# China › Local agencies (list item)
li-00715f1d38 = **Pentadbiran Am Kastam (General Administration of Customs, GACC; 海关总署).** GACC bertanggungjawab bagi pemeriksaan dan kuarantin kemasukan-keluar, serta bagi pemeriksaan kualiti dan keselamatan barangan import dan eksport.

# China › Local agencies (paragraph)
p-9fab4961fa = Pada tahun 2018, AQSIQ telah dimansuhkan. Tugasnya dipindahkan kepada SAMR dan GACC. Sesetengah halaman web CPSC masih menyebut AQSIQ. Bacalah sebagai SAMR atau GACC.

# China › CPSC and China (heading)
h-8a65157f45 = CPSC dan China

# China › CPSC and China (list item)
li-0ffd4f63f2 = CPSC menubuhkan Pejabat Keselamatan Produk Serantaunya di Beijing pada Januari 2011, di dalam Kedutaan Besar AS. Pejabat itu ialah pejabat luar negara pertama CPSC. Pejabat itu telah memberikan taklimat dan latihan kepada pegawai sektor awam dan swasta di kesemua tujuh negara latihan ini.

# China › CPSC and China (list item)
li-0862f2f47f = CPSC mengendalikan laman web dalam bahasa Cina.

# China › CPSC and China (list item)
li-a5f1003ab5 = Apabila CPSC mengetahui pengilang China di sebalik sesuatu penarikan balik sukarela, CPSC memberikan nama pengilang itu dan pengumuman penarikan balik kepada pengawal selia China.

# China › Languages of this training (heading)
h-d9355ce816 = Bahasa latihan ini

# China › Languages of this training (list item)
li-9937e365aa = 简体中文

# China › Languages of this training (list item)
li-ba118bf7fc = English

# China › Where to find the U.S. rules (heading)
h-ad0aea49d8 = Tempat untuk mendapatkan peraturan AS

# China › Where to find the U.S. rules (list item)
li-1eb462f0f4 = Peraturan AS bagi produk pengguna terdapat dalam Tajuk 16 eCFR: [eCFR Tajuk 16](https://www.ecfr.gov/current/title-16).

# China › Where to find the U.S. rules (list item)
li-b533c767c5 = CPSC memberikan panduan untuk perniagaan di laman webnya: [Panduan perniagaan CPSC](https://www.cpsc.gov/Business--Manufacturing).

# China › Where to find the U.S. rules (list item)
li-92432af063 = Sijil Produk Kanak-kanak dan laporan ujiannya mesti dalam bahasa Inggeris.
