### Malay translation of content/modules/toys-sharp-edges-magnets-batteries.md (Sharp points, sharp edges, magnets and button batteries). Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Sharp points, sharp edges, magnets and button batteries (title)
title-7498fed225 = Hujung tajam, tepi tajam, magnet dan bateri butang

# Sharp points, sharp edges, magnets and button batteries (summary)
summary-b989aa9cdf = Mainan untuk kanak-kanak bawah 8 tahun diuji untuk hujung tajam dan tepi tajam, dan produk yang mengandungi magnet kecil atau bateri butang dan syiling mesti mematuhi peraturan khas AS.

# Sharp points, sharp edges, magnets and button batteries (learning objective)
objective-d44105b13a = Menerangkan mainan yang diuji untuk hujung tajam dan tepi tajam.

# Sharp points, sharp edges, magnets and button batteries (learning objective)
objective-390c1c1af7 = Menerangkan bila mainan yang memerlukan hujung atau tepi tajam dikecualikan.

# Sharp points, sharp edges, magnets and button batteries (learning objective)
objective-8683e44dd7 = Menamakan peraturan bagi magnet dalam mainan dan dalam produk lain.

# Sharp points, sharp edges, magnets and button batteries (learning objective)
objective-c150439cf5 = Menerangkan peraturan AS bagi produk yang mengandungi bateri butang dan syiling.

# Sharp points, sharp edges, magnets and button batteries (paragraph)
p-e1076567c4 = Hujung tajam dan tepi tajam pada mainan boleh mencederakan kanak-kanak. Peraturan AS menetapkan ujian bagi kedua-duanya. Magnet dan { -button-battery } juga mempunyai peraturan AS tersendiri. Modul ini menerangkan peraturan tersebut.

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (heading)
h-187a5e3271 = Peraturan yang terpakai

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-5c5f3b2772 = Bahaya

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-4edc8bfafc = Produk

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-62845f31a2 = Peraturan

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-78e4f26094 = Hujung tajam

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-8863e7e212 = Mainan dan artikel untuk kanak-kanak bawah 8 tahun

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-cc1c8c8b34 = 16 CFR 1500.48

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-47b05425f3 = Tepi logam atau kaca yang tajam

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-bba0c65bf3 = 16 CFR 1500.49

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-f176079c18 = Magnet dalam mainan

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-fd16c1f32f = Mainan

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-809871dd7f = ASTM F963 (16 CFR 1250)

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-e934474b4f = Magnet dalam produk lain

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-944971d1f6 = Produk yang bukan mainan

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-f9c0aa89ca = 16 CFR 1262

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-6e7eb240ad = Bateri butang dan syiling

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-0cb35c17d7 = Produk yang mengandunginya

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-6c8d8c0fce = 16 CFR 1263

# Sharp points, sharp edges, magnets and button batteries › Sharp points and sharp edges (heading)
h-fa8517b163 = Hujung tajam dan tepi tajam

# Sharp points, sharp edges, magnets and button batteries › Sharp points and sharp edges (paragraph)
p-16be566b6e = Dua peraturan menetapkan ujian teknikal bagi mainan dan artikel lain yang bertujuan untuk kanak-kanak bawah 8 tahun:

# Sharp points, sharp edges, magnets and button batteries › Sharp points and sharp edges (list item)
li-5918cddb4c = 16 CFR 1500.48 bagi hujung tajam;

# Sharp points, sharp edges, magnets and button batteries › Sharp points and sharp edges (list item)
li-8cdccffa41 = 16 CFR 1500.49 bagi tepi logam atau kaca yang tajam.

# Sharp points, sharp edges, magnets and button batteries › Sharp points and sharp edges (paragraph)
p-aee7c352cb = Ujian ini terpakai pada hujung dan tepi yang boleh dicapai. Ujian ini dijalankan sebelum ujian penggunaan dan penyalahgunaan. Ujian ini dijalankan sekali lagi selepas ujian penggunaan dan penyalahgunaan. Oleh itu, hujung atau tepi yang muncul semasa ujian tersebut juga diambil kira.

# Sharp points, sharp edges, magnets and button batteries › Sharp points and sharp edges (paragraph)
p-1e6a5a9a10 = Peraturan bagi hujung tajam berkuat kuasa pada 22 Disember 1978. Peraturan bagi tepi tajam berkuat kuasa pada 26 Mac 1979.

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (heading)
h-cf0b7a2752 = Mainan yang memerlukan hujung atau tepi tajam

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (paragraph)
p-2181d76992 = Sesetengah mainan memerlukan hujung atau tepi tajam untuk berfungsi. Contohnya ialah gunting mainan, set alatan mainan dan jarum mesin jahit mainan. Mainan sedemikian dikecualikan daripada ujian hanya jika kedua-dua syarat ini dipenuhi:

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (list item)
li-46ba02d907 = Ia tidak mempunyai hujung atau tepi tajam yang tidak diperlukan untuk fungsinya.

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (list item)
li-5b3d16822b = Ia dilabel dengan ketara. Ini bermakna label itu mudah dilihat.

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (paragraph)
p-354fbc7092 = Modul ini tidak memberikan teks label. Persetujui label dengan { -importer }.

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (paragraph)
p-3b935da6ae = Pengecualian ini memerlukan kedua-dua syarat. Jika gunting mainan mempunyai satu hujung atau tepi tajam yang tidak diperlukannya untuk berfungsi, ia tidak dikecualikan. Semak setiap hujung dan tepi yang boleh dicapai, termasuk selepas ujian penggunaan dan penyalahgunaan.

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (paragraph)
p-05cd8fc0cf = Katil bayi dan basikal dikecualikan daripada kedua-dua peraturan ini, kerana ia mempunyai peraturan tersendiri. Bagi katil bayi, lihat [katil bayi saiz penuh dan bukan saiz penuh](cribs-full-size-and-non-full-size.md).

# Sharp points, sharp edges, magnets and button batteries › Magnets (heading)
h-5333907e38 = Magnet

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-0c8bf27a5b = Magnet dalam mainan dan magnet dalam produk lain tertakluk pada peraturan yang berbeza.

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-e9f9b08af3 = { "*" }*Mainan.** ASTM F963 ialah standard mainan AS yang wajib. 16 CFR 1250 menjadikannya wajib. Keperluan magnet bagi mainan terdapat dalam ASTM F963. Peraturan bertarikh 18 Januari 2024 menggabungkan edisi ASTM F963-23. Ia berkuat kuasa pada 20 April 2024.

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-50721c7fa0 = { "*" }*Produk lain.** 16 CFR 1262 ialah Safety Standard for Magnets (Standard Keselamatan bagi Magnet). Ia diterbitkan pada 21 September 2022. Di bawah 16 CFR 1262.3, setiap magnet yang longgar atau boleh ditanggalkan yang muat sepenuhnya di dalam { -small-parts-cylinder } mesti mempunyai indeks fluks di bawah 50 kG² mm². Kaedah ujian indeks fluks diambil daripada ASTM F963 (16 CFR 1262.4).

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-32146834b3 = Bahagian 1262 tidak terpakai pada mainan yang diliputi oleh 16 CFR 1250. Ia juga tidak terpakai pada produk yang dijual hanya untuk kegunaan pendidikan, penyelidikan atau profesional.

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-bfa19c5551 = ASTM F963 disemak semula dari semasa ke semasa. Sebelum anda menguji mainan, semak edisi yang dirujuk oleh 16 CFR 1250 pada hari ini.

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-32cc681510 = Dalam mainan untuk kanak-kanak bawah 3 tahun, setiap kepingan yang tertanggal dalam ujian penggunaan dan penyalahgunaan dimasukkan ke dalam { -small-parts-cylinder }. Ini termasuk magnet dan bateri. Lihat [bahagian kecil](toys-small-parts.md).

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (heading)
h-6e7eb240ad = Bateri butang dan syiling

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-ab924c1ebf = Reese's Law ialah undang-undang AS tentang bateri sel butang dan bateri syiling. Peraturan yang melaksanakannya ialah 16 CFR 1263. Bahagian 1263 menerima pakai standard ANSI/UL 4200A-2023. Ia mewajibkan:

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (list item)
li-a95ac48f17 = petak bateri yang memerlukan alat, atau dua gerakan tangan yang bebas secara serentak, untuk dibuka;

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (list item)
li-fa48e3d0da = ujian penggunaan dan penyalahgunaan;

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (list item)
li-7e7d013ba7 = amaran pada pembungkusan, pada produk jika praktikal, dan dalam arahan penggunaan.

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-48837934d7 = Pembungkusan bateri butang dan syiling juga mesti kalis kanak-kanak. Peraturan pembungkusan ialah 16 CFR 1700.15.

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-dfc3e3ddb6 = { -cpsc } memberikan tarikh ini dalam soalan lazimnya. Tarikh itu ialah tarikh pembuatan atau import.

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-fb9ef89417 = Produk

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-38ea56ba2d = Mesti mematuhi jika dibuat atau diimport

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-5853aa259c = Pembungkusan bateri butang dan syiling

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-0587a4ad5d = selepas 12 Februari 2023

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-3d65f9b7f4 = Produk kegunaan am yang mengandungi bateri ini

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-c12e0e227f = pada atau selepas 23 Oktober 2023

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-882eac0c6d = Produk kanak-kanak yang mengandungi bateri ini

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-c4582620f6 = pada atau selepas 20 Disember 2023

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-465d316f4b = { -cpsc } menggunakan budi bicara penguatkuasaan bagi kedua-dua tarikh produk itu sehingga 19 Mac 2024. Semua tarikh ini kini telah berlalu. Produk yang dibuat atau diimport pada hari ini mesti mematuhinya.

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-fef0c73008 = Sel zink-udara tidak tertakluk pada 16 CFR 1263. Tetapi pembungkusannya tertakluk pada peraturan pembungkusan.

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-fc9d397f80 = Modul ini tidak menyatakan cara Bahagian 1263 terpakai pada mainan yang mematuhi ASTM F963. Sebelum anda merancang ujian bateri bagi sesuatu mainan, semak skop 16 CFR 1263 dengan { -importer }.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (heading)
h-2a572bd7e4 = Perkara yang perlu dilakukan di kilang

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-d4f97e7d2c = Semak { -age-grade } setiap mainan terlebih dahulu. Ujian hujung tajam dan tepi tajam terpakai pada mainan untuk kanak-kanak bawah 8 tahun.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-c1d30eaaca = Semak setiap hujung dan tepi yang boleh dicapai sebelum dan selepas ujian penggunaan dan penyalahgunaan.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-4753fe346f = Jika mainan memerlukan hujung atau tepi tajam, hilangkan setiap hujung dan tepi tajam yang lain. Letakkan label yang ketara padanya.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-6cd6a5d983 = Semak peraturan magnet yang terpakai: ASTM F963 bagi mainan, 16 CFR 1262 bagi produk lain.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-04c9e00fba = Bagi produk di bawah 16 CFR 1263, buat petak bateri yang memerlukan alat, atau dua gerakan tangan yang bebas secara serentak, untuk dibuka.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-1c5ad9e47f = Bagi produk ini, semak amaran bateri pada pembungkusan, pada produk dan dalam arahan penggunaan.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-b7c5c634ae = Gunakan pembungkusan kalis kanak-kanak bagi bateri butang dan syiling.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-23c16ec3db = Simpan semua rekod ujian. Pengimport memerlukannya untuk memperakui produk.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (paragraph)
p-d5ef33c17a = Peraturan mainan negara anda menggunakan had umur yang berbeza daripada peraturan AS. Di bawah SNI mainan wajib Indonesia, mainan ialah produk untuk kanak-kanak berumur 14 tahun ke bawah. Di Malaysia, mainan ialah barangan untuk kanak-kanak bawah 14 tahun. Ujian hujung tajam dan tepi tajam AS terpakai pada mainan untuk kanak-kanak bawah 8 tahun. Bagi mainan yang anda hantar ke Amerika Syarikat, gunakan had umur AS.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (heading)
h-27544b5c12 = Uji pengetahuan anda

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-28cba2a0f3 = Sebuah mainan adalah untuk kanak-kanak berumur 5 tahun. Mestikah ia lulus ujian hujung tajam dan tepi tajam?

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-0ef7ab06b9 = Ya, kerana ia untuk kanak-kanak bawah 8 tahun.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-de59dd0a2b = Tidak, kerana ia untuk kanak-kanak berumur lebih daripada 3 tahun.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-4b3c58138d = Hanya jika ia mempunyai bahagian kecil.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-6228dd4955 = Ujian dalam 16 CFR 1500.48 dan 1500.49 terpakai pada mainan dan artikel yang bertujuan untuk kanak-kanak bawah 8 tahun.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-fb8c464897 = Gunting mainan memerlukan tepi tajam untuk memotong. Bilakah ia dikecualikan daripada ujian tepi tajam?

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-c50d21e7dd = Sentiasa, kerana ia memerlukan tepi itu.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-feee767b81 = Jika ia tidak mempunyai hujung atau tepi tajam lain dan dilabel dengan ketara.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-0a333e36de = Jika pengimport bersetuju.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-bc337e3ca2 = Kedua-dua syarat diperlukan. Mainan yang mempunyai hujung atau tepi tajam yang tidak diperlukan untuk fungsinya tidak dikecualikan.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-309a70c974 = Sebiji magnet longgar dalam produk yang bukan mainan muat sepenuhnya di dalam silinder bahagian kecil. Apakah had bagi indeks fluksnya?

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-be48c66e32 = Tiada had.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-93546d8884 = Di bawah 50 kG² mm²

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-fe50ed2c0a = Di bawah 500 kG² mm²

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-ccd682efb6 = 16 CFR 1262.3 menetapkan had ini bagi setiap magnet yang longgar atau boleh ditanggalkan yang muat sepenuhnya di dalam silinder bahagian kecil.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-a2ce97e26a = Mulai tarikh apakah produk kanak-kanak yang mengandungi bateri butang atau syiling mesti mematuhi 16 CFR 1263?

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-23141a3f4e = 12 Februari 2023

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-3e37f41fea = 23 Oktober 2023

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-66842b6df4 = 20 Disember 2023

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-fbb554d604 = Produk kanak-kanak yang dibuat atau diimport pada atau selepas 20 Disember 2023 mesti mematuhinya. 23 Oktober 2023 ialah tarikh bagi produk kegunaan am.

# Sharp points, sharp edges, magnets and button batteries › Sources (heading)
h-caf85b0888 = Sumber

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-1b36b5728b = { "[" }eCFR: Seksyen 1500.48, hujung tajam](https://www.ecfr.gov/current/title-16/section-1500.48)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-f0bb75d1dd = { "[" }eCFR: Seksyen 1500.49, tepi tajam](https://www.ecfr.gov/current/title-16/section-1500.49)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-5279e3f581 = { "[" }CPSC: Peraturan hujung tajam bagi mainan, 1978](https://www.cpsc.gov/Newsroom/News-Releases/1978/CPSC-Announces-Sharp-Points-Regulation-For-Toys)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-852da373ea = { "[" }eCFR: Bahagian 1250, standard keselamatan bagi mainan](https://www.ecfr.gov/current/title-16/part-1250)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-0c71aa0b34 = { "[" }Federal Register: ASTM F963-23 bagi mainan, 18 Januari 2024](https://www.govinfo.gov/content/pkg/FR-2024-01-18/html/2024-00741.htm)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-504cbf83ef = { "[" }eCFR: Bahagian 1262, standard keselamatan bagi magnet](https://www.ecfr.gov/current/title-16/part-1262)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-9d5378bfad = { "[" }eCFR: Bahagian 1263, bateri butang dan syiling](https://www.ecfr.gov/current/title-16/part-1263)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-9efee363b6 = { "[" }eCFR: Seksyen 1700.15, pembungkusan kalis kanak-kanak](https://www.ecfr.gov/current/title-16/section-1700.15)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-775274ae31 = { "[" }CPSC: Soalan lazim tentang bateri sel butang dan bateri syiling](https://www.cpsc.gov/FAQ/Button-Cell-and-Coin-Battery-FAQs)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-c9e7efb8c3 = { "[" }BSN: SNI mainan (Indonesia)](https://bsn.go.id/main/berita/detail/8982/sni-mainan-anak-melindungi-konsumen-dan-produsen-lokal)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-839d3bd06b = { "[" }KPDN MYSAFE: Peraturan mainan (Malaysia)](https://mysafe.kpdn.gov.my/portal/post/8)
