### Malay translation of content/audiences/korea.md. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Republic of Korea (title)
title-ee3ba8e240 = Republik Korea

# Republic of Korea (summary)
summary-d5fcdaac5c = Agensi tempatan, bahasa latihan dan tempat untuk mendapatkan peraturan AS bagi peserta latihan di Republik Korea.

# Republic of Korea › Local agencies (heading)
h-0be3ac567e = Agensi tempatan

# Republic of Korea › Local agencies (list item)
li-d8a7034748 = **Agensi Teknologi dan Standard Korea (Korean Agency for Technology and Standards, KATS; 국가기술표준원).** KATS ialah badan standard kebangsaan dan pengawal selia keselamatan produk Korea.

# Republic of Korea › Local agencies (list item)
li-93aeb35fab = Produk kanak-kanak tertakluk kepada Akta Khas tentang Keselamatan Produk Kanak-kanak (어린이제품 안전 특별법). Akta ini meliputi produk untuk kanak-kanak berumur 13 tahun ke bawah.

# Republic of Korea › Local agencies (list item)
li-06a83572d4 = Produk pengguna am dan elektrik tertakluk kepada Akta Kawalan Keselamatan Perkakas Elektrik dan Produk Pengguna (전기용품 및 생활용품 안전관리법).

# Republic of Korea › Local agencies (list item)
li-65a0044042 = Kedua-dua undang-undang ini menggunakan **tanda KC**.

# Republic of Korea › Local agencies (paragraph)
p-2d19752f44 = KATS selama ini berada di bawah Kementerian Perdagangan, Industri dan Tenaga (산업통상자원부). Penyusunan semula kerajaan pada tahun 2025 telah mengubah kementerian ini. Semak nama semasanya sebelum anda menghubunginya.

# Republic of Korea › CPSC in the region (heading)
h-722cb187e8 = CPSC di rantau ini

# Republic of Korea › CPSC in the region (paragraph)
p-c04a413e34 = Pejabat Keselamatan Produk Serantau CPSC di Beijing telah memberikan taklimat dan latihan kepada pegawai sektor awam dan swasta di China, Korea, Indonesia, Malaysia, Jepun, Singapura dan Vietnam.

# Republic of Korea › Languages of this training (heading)
h-d9355ce816 = Bahasa latihan ini

# Republic of Korea › Languages of this training (list item)
li-ea3252281b = 한국어

# Republic of Korea › Languages of this training (list item)
li-ba118bf7fc = English

# Republic of Korea › Where to find the U.S. rules (heading)
h-ad0aea49d8 = Tempat untuk mendapatkan peraturan AS

# Republic of Korea › Where to find the U.S. rules (list item)
li-1eb462f0f4 = Peraturan AS bagi produk pengguna terdapat dalam Tajuk 16 eCFR: [eCFR Tajuk 16](https://www.ecfr.gov/current/title-16).

# Republic of Korea › Where to find the U.S. rules (list item)
li-b533c767c5 = CPSC memberikan panduan untuk perniagaan di laman webnya: [Panduan perniagaan CPSC](https://www.cpsc.gov/Business--Manufacturing).

# Republic of Korea › Where to find the U.S. rules (list item)
li-92432af063 = Sijil Produk Kanak-kanak dan laporan ujiannya mesti dalam bahasa Inggeris.
