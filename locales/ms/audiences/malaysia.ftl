### Malay translation of content/audiences/malaysia.md. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Malaysia (title)
title-084504165b = Malaysia

# Malaysia (summary)
summary-2d48a3985d = Agensi tempatan, bahasa latihan dan tempat untuk mendapatkan peraturan AS bagi peserta latihan di Malaysia.

# Malaysia › Local agencies (heading)
h-0be3ac567e = Agensi tempatan

# Malaysia › Local agencies (list item)
li-6b08cf2832 = **Kementerian Perdagangan Dalam Negeri dan Kos Sara Hidup (KPDN).** KPDN ialah pengawal selia keselamatan produk pengguna. Nama terdahulunya ialah Kementerian Perdagangan Dalam Negeri dan Hal Ehwal Pengguna (KPDNHEP).

# Malaysia › Local agencies (list item)
li-0cddb57853 = Peraturan keselamatan mainan terdapat dalam Peraturan-Peraturan Perlindungan Pengguna (Standard Keselamatan bagi Mainan) 2009.

# Malaysia › Local agencies (list item)
li-9a1c0957b6 = Dalam peraturan ini, mainan ialah produk untuk kanak-kanak di bawah umur 14 tahun.

# Malaysia › Local agencies (list item)
li-3d5cecedcb = Mainan memerlukan Perakuan Pematuhan (Certificate of Conformance) melalui sistem **MYSAFE** dan **tanda MC**.

# Malaysia › CPSC in the region (heading)
h-722cb187e8 = CPSC di rantau ini

# Malaysia › CPSC in the region (paragraph)
p-c04a413e34 = Pejabat Keselamatan Produk Serantau CPSC di Beijing telah memberikan taklimat dan latihan kepada pegawai sektor awam dan swasta di China, Korea, Indonesia, Malaysia, Jepun, Singapura dan Vietnam.

# Malaysia › Languages of this training (heading)
h-d9355ce816 = Bahasa latihan ini

# Malaysia › Languages of this training (list item)
li-7b6e9ac25c = Bahasa Melayu

# Malaysia › Languages of this training (list item)
li-ba118bf7fc = English

# Malaysia › Languages of this training (list item)
li-9937e365aa = 简体中文

# Malaysia › Where to find the U.S. rules (heading)
h-ad0aea49d8 = Tempat untuk mendapatkan peraturan AS

# Malaysia › Where to find the U.S. rules (list item)
li-1eb462f0f4 = Peraturan AS bagi produk pengguna terdapat dalam Tajuk 16 eCFR: [eCFR Tajuk 16](https://www.ecfr.gov/current/title-16).

# Malaysia › Where to find the U.S. rules (list item)
li-b533c767c5 = CPSC memberikan panduan untuk perniagaan di laman webnya: [Panduan perniagaan CPSC](https://www.cpsc.gov/Business--Manufacturing).

# Malaysia › Where to find the U.S. rules (list item)
li-92432af063 = Sijil Produk Kanak-kanak dan laporan ujiannya mesti dalam bahasa Inggeris.
