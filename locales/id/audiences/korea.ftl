### Bahasa Indonesia translation of korea.ftl. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Republic of Korea (title)
title-ee3ba8e240 = Republik Korea

# Republic of Korea (summary)
summary-d5fcdaac5c = Lembaga setempat, bahasa pelatihan, dan tempat menemukan peraturan AS bagi peserta pelatihan di Republik Korea.

# Republic of Korea › Local agencies (heading)
h-0be3ac567e = Lembaga setempat

# Republic of Korea › Local agencies (list item)
li-d8a7034748 = { "*" }*Badan Teknologi dan Standar Korea (Korean Agency for Technology and Standards, KATS; 국가기술표준원).** KATS adalah badan standar nasional dan regulator keselamatan produk Korea.

# Republic of Korea › Local agencies (list item)
li-93aeb35fab = Produk anak diatur oleh Special Act on the Safety of Children's Products (어린이제품 안전 특별법). Undang-undang ini mencakup produk untuk anak berusia 13 tahun ke bawah.

# Republic of Korea › Local agencies (list item)
li-06a83572d4 = Produk konsumen umum dan produk konsumen listrik diatur oleh Electrical Appliances and Consumer Products Safety Control Act (전기용품 및 생활용품 안전관리법).

# Republic of Korea › Local agencies (list item)
li-65a0044042 = Kedua undang-undang tersebut menggunakan **tanda KC**.

# Republic of Korea › Local agencies (paragraph)
p-2d19752f44 = KATS selama ini berada di bawah Kementerian Perdagangan, Industri, dan Energi (산업통상자원부). Reorganisasi pemerintahan pada tahun 2025 mengubah kementerian ini. Periksa nama kementerian yang berlaku saat ini sebelum Anda menghubunginya.

# Republic of Korea › CPSC in the region (heading)
h-722cb187e8 = CPSC di kawasan ini

# Republic of Korea › CPSC in the region (paragraph)
p-c04a413e34 = Kantor Regional Keselamatan Produk CPSC di Beijing telah memberikan pengarahan dan pelatihan kepada pejabat sektor publik dan swasta di Tiongkok, Korea, Indonesia, Malaysia, Jepang, Singapura, dan Vietnam.

# Republic of Korea › Languages of this training (heading)
h-d9355ce816 = Bahasa pelatihan ini

# Republic of Korea › Languages of this training (list item)
li-ea3252281b = Bahasa Korea (한국어)

# Republic of Korea › Languages of this training (list item)
li-ba118bf7fc = Bahasa Inggris (English)

# Republic of Korea › Where to find the U.S. rules (heading)
h-ad0aea49d8 = Tempat menemukan peraturan AS

# Republic of Korea › Where to find the U.S. rules (list item)
li-1eb462f0f4 = Peraturan AS untuk produk konsumen terdapat dalam Title 16 eCFR: [eCFR Title 16](https://www.ecfr.gov/current/title-16).

# Republic of Korea › Where to find the U.S. rules (list item)
li-b533c767c5 = CPSC memberikan panduan bagi pelaku usaha di situs webnya: [Panduan usaha CPSC](https://www.cpsc.gov/Business--Manufacturing).

# Republic of Korea › Where to find the U.S. rules (list item)
li-92432af063 = { -cpc } dan laporan ujinya wajib dalam bahasa Inggris.
