### Malay translation of content/modules/toys-sharp-edges-magnets-batteries.md (Sharp points, sharp edges, magnets and button batteries). Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Sharp points, sharp edges, magnets and button batteries (title)
title-7498fed225 = Hujung tajam, tepi tajam, magnet dan bateri butang

# Sharp points, sharp edges, magnets and button batteries (summary)
summary-1f6f2326b8 = Mainan untuk kanak-kanak di bawah umur 8 tahun diuji untuk hujung tajam dan tepi tajam, dan mainan serta sesetengah produk lain yang mengandungi magnet kecil atau bateri butang dan syiling mesti mematuhi peraturan khas AS.

# Sharp points, sharp edges, magnets and button batteries (learning objective)
objective-d44105b13a = Menerangkan mainan yang diuji untuk hujung tajam dan tepi tajam.

# Sharp points, sharp edges, magnets and button batteries (learning objective)
objective-390c1c1af7 = Menerangkan bila mainan yang memerlukan hujung atau tepi tajam dikecualikan.

# Sharp points, sharp edges, magnets and button batteries (learning objective)
objective-d049a82fd6 = Menamakan peraturan bagi magnet dalam mainan dan dalam produk magnet tertakluk (subject magnet products).

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
td-8863e7e212 = Mainan dan artikel untuk kanak-kanak di bawah umur 8 tahun

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
td-41ccdd70fa = ASTM F963 (16 CFR 1250.2)

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-dfdca3bd47 = Magnet dalam produk magnet tertakluk

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-8b8718f951 = Sesetengah produk yang bukan mainan (lihat di bawah)

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-f9c0aa89ca = 16 CFR 1262

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-c9369ba338 = Bateri butang dan syiling dalam mainan

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-e5c00fcbdc = Mainan untuk kanak-kanak di bawah umur 14 tahun

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-0478ef8603 = Bateri butang dan syiling dalam produk lain

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-870a37fb8f = Produk pengguna lain yang mengandunginya

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-6c8d8c0fce = 16 CFR 1263

# Sharp points, sharp edges, magnets and button batteries › Sharp points and sharp edges (heading)
h-fa8517b163 = Hujung tajam dan tepi tajam

# Sharp points, sharp edges, magnets and button batteries › Sharp points and sharp edges (paragraph)
p-16be566b6e = Dua peraturan menetapkan ujian teknikal bagi mainan dan artikel lain yang dimaksudkan untuk kanak-kanak di bawah umur 8 tahun:

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
p-354fbc7092 = Modul ini tidak memberikan teks label. Muktamadkan label bersama { -importer }.

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (paragraph)
p-3b935da6ae = Pengecualian ini memerlukan kedua-dua syarat. Jika gunting mainan mempunyai satu hujung atau tepi tajam yang tidak diperlukannya untuk berfungsi, ia tidak dikecualikan. Semak setiap hujung dan tepi yang boleh dicapai, termasuk selepas ujian penggunaan dan penyalahgunaan.

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (paragraph)
p-05cd8fc0cf = Katil bayi dan basikal dikecualikan daripada kedua-dua peraturan ini, kerana ia mempunyai peraturan tersendiri. Bagi katil bayi, lihat [katil bayi saiz penuh dan bukan saiz penuh](cribs-full-size-and-non-full-size.md).

# Sharp points, sharp edges, magnets and button batteries › Magnets (heading)
h-5333907e38 = Magnet

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-69a57184d4 = Magnet dalam mainan dan magnet dalam produk lain tertakluk pada peraturan yang berbeza. Banyak produk yang mengandungi magnet tidak diliputi oleh mana-mana peraturan tersebut.

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-e9f9b08af3 = { "*" }*Mainan.** ASTM F963 ialah standard mainan AS yang wajib. 16 CFR 1250 menjadikannya wajib. Keperluan magnet bagi mainan terdapat dalam ASTM F963. Peraturan bertarikh 18 Januari 2024 menggabungkan edisi ASTM F963-23. Ia berkuat kuasa pada 20 April 2024.

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-1d3ac6239a = { "*" }*Produk magnet tertakluk.** 16 CFR 1262 ialah Safety Standard for Magnets (Standard Keselamatan bagi Magnet). Ia diterbitkan pada 21 September 2022. Peraturan ini tidak meliputi setiap produk yang bukan mainan. Ia hanya meliputi "subject magnet products" (produk magnet tertakluk). Produk magnet tertakluk ialah produk pengguna yang memenuhi semua syarat berikut:

# Sharp points, sharp edges, magnets and button batteries › Magnets (list item)
li-7f8fec7c1e = Ia direka bentuk, dipasarkan atau dimaksudkan untuk hiburan, barang kemas (termasuk barang kemas kanak-kanak), rangsangan mental atau melegakan tekanan, atau gabungan daripadanya.

# Sharp points, sharp edges, magnets and button batteries › Magnets (list item)
li-06616fdaba = Ia mengandungi satu atau lebih magnet yang longgar atau boleh ditanggalkan.

# Sharp points, sharp edges, magnets and button batteries › Magnets (list item)
li-770d83c549 = Ia dibuat selepas 21 Oktober 2022.

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-fe353cca4c = Contohnya ialah set magnet kecil yang longgar yang dijual kepada orang dewasa untuk melegakan tekanan.

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-68c1d03b30 = Bahagian 1262 tidak terpakai pada mainan yang diliputi oleh 16 CFR 1250. Ia juga tidak terpakai pada produk yang dijual hanya kepada pendidik, penyelidik, profesional, atau pengguna komersial atau perindustrian. Kebanyakan produk lain yang mengandungi magnet tidak diliputi oleh Bahagian 1262.

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-0a62f0a6c5 = Di bawah 16 CFR 1262.3, setiap magnet yang longgar atau boleh ditanggalkan dalam produk magnet tertakluk yang muat sepenuhnya di dalam { -small-parts-cylinder } mesti mempunyai indeks fluks di bawah 50 kG² mm². Kaedah ujian indeks fluks diambil daripada ASTM F963 (16 CFR 1262.4).

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-bfa19c5551 = ASTM F963 disemak semula dari semasa ke semasa. Sebelum anda menguji mainan, semak edisi yang dirujuk oleh 16 CFR 1250 pada hari ini.

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-32cc681510 = Dalam mainan untuk kanak-kanak di bawah umur 3 tahun, setiap kepingan yang tertanggal dalam ujian penggunaan dan penyalahgunaan dimasukkan ke dalam { -small-parts-cylinder }. Ini termasuk magnet dan bateri. Lihat [bahagian kecil](toys-small-parts.md).

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
p-ceb4c0563b = Tarikh ini diambil daripada peraturan (16 CFR 1263.1(b) dan peraturan 88 FR 65274) dan daripada soalan lazim { -cpsc }. Tarikh itu ialah tarikh pembuatan atau import.

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-f5f5690b0e = Keperluan

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-a82f1ec268 = Terpakai bagi produk yang dibuat atau diimport

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-efbd03ccfc = Pembungkusan kalis kanak-kanak bagi { -button-battery }

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-0587a4ad5d = selepas 12 Februari 2023

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-6b01c86ef8 = 16 CFR 1263 bagi produk yang mengandungi bateri ini, termasuk { -childrens-product }

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-c12e0e227f = pada atau selepas 23 Oktober 2023

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-147a3ec4c0 = Bagi { -childrens-product } yang mengandungi bateri ini: { -third-party-testing } dan { -cpc }

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-c4582620f6 = pada atau selepas 20 Disember 2023

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-e7728ddb31 = { -cpsc } menggunakan budi bicara penguatkuasaan bagi dua tarikh terakhir sehingga 19 Mac 2024. Semua tarikh ini kini telah berlalu. Produk yang dibuat atau diimport pada hari ini mesti mematuhinya.

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-808850e668 = Pembungkusan bateri butang dan syiling yang dibuat atau diimport selepas 21 September 2024 juga mesti mempamerkan label amaran 16 CFR 1263.4.

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-fef0c73008 = Sel zink-udara tidak tertakluk pada 16 CFR 1263. Tetapi pembungkusannya tertakluk pada peraturan pembungkusan.

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-5658bdf7c9 = { "*" }*Mainan.** Mainan dikecualikan daripada 16 CFR 1263 (16 CFR 1263.1(c)). Dalam konteks ini, mainan ialah apa-apa objek yang direka bentuk, dikilangkan atau dipasarkan sebagai barang permainan untuk kanak-kanak di bawah umur 14 tahun. Pengecualian ini terpakai hanya jika mainan itu memenuhi keperluan kebolehcapaian bateri dan pelabelan dalam 16 CFR 1250. Oleh itu, bagi mainan, semak keperluan bateri dalam ASTM F963.

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-a194ef3cc1 = Disebabkan pengecualian ini, Bahagian 1263 penting bagi { -childrens-product } terutamanya apabila produk itu bukan mainan, contohnya lampu tidur kanak-kanak. Produk sedemikian mesti mematuhi Bahagian 1263 mulai tarikh yang sama seperti produk lain. Produk itu juga mesti diuji oleh makmal pihak ketiga dan diperakui dalam { -cpc }. Sebelum merancang ujian bateri, capai persetujuan dengan { -importer } tentang peraturan yang terpakai bagi setiap produk.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (heading)
h-2a572bd7e4 = Perkara yang perlu dilakukan di kilang

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-d4f97e7d2c = Semak { -age-grade } setiap mainan terlebih dahulu. Ujian hujung tajam dan tepi tajam terpakai pada mainan untuk kanak-kanak di bawah umur 8 tahun.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-c1d30eaaca = Semak setiap hujung dan tepi yang boleh dicapai sebelum dan selepas ujian penggunaan dan penyalahgunaan.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-4753fe346f = Jika mainan memerlukan hujung atau tepi tajam, hilangkan setiap hujung dan tepi tajam yang lain. Letakkan label yang ketara padanya.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-a415eeeffc = Semak peraturan magnet yang terpakai: ASTM F963 bagi mainan, 16 CFR 1262 bagi produk magnet tertakluk. Produk magnet tertakluk ialah produk untuk hiburan, barang kemas, rangsangan mental atau melegakan tekanan yang mempunyai magnet yang longgar atau boleh ditanggalkan.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-563ff69573 = Bagi mainan yang mengandungi bateri butang atau syiling, penuhi keperluan bateri dalam ASTM F963.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-04c9e00fba = Bagi produk di bawah 16 CFR 1263, buat petak bateri yang memerlukan alat, atau dua gerakan tangan yang bebas secara serentak, untuk dibuka.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-1c5ad9e47f = Bagi produk ini, semak amaran bateri pada pembungkusan, pada produk dan dalam arahan penggunaan.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-b7c5c634ae = Gunakan pembungkusan kalis kanak-kanak bagi bateri butang dan syiling.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-23c16ec3db = Simpan semua rekod ujian. Pengimport memerlukannya untuk memperakui produk.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (paragraph)
p-dc3c97ff84 = Di bawah SNI mainan wajib Indonesia, mainan ialah produk untuk kanak-kanak berumur 14 tahun ke bawah. Di Malaysia, mainan ialah barangan untuk kanak-kanak di bawah umur 14 tahun. Standard mainan AS, ASTM F963 (16 CFR 1250), juga meliputi mainan untuk kanak-kanak di bawah umur 14 tahun. Tetapi sesetengah peraturan AS mempunyai had umur tersendiri. Ujian hujung tajam dan tepi tajam hanya terpakai pada mainan dan artikel untuk kanak-kanak di bawah umur 8 tahun. Larangan bahagian kecil terpakai pada mainan untuk kanak-kanak di bawah umur 3 tahun. Bagi mainan yang anda hantar ke Amerika Syarikat, semak had umur setiap peraturan AS.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (heading)
h-27544b5c12 = Uji pengetahuan anda

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-28cba2a0f3 = Sebuah mainan dimaksudkan untuk kanak-kanak berumur 5 tahun. Mestikah ia lulus ujian hujung tajam dan tepi tajam?

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-0ef7ab06b9 = Ya, kerana ia untuk kanak-kanak di bawah umur 8 tahun.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-de59dd0a2b = Tidak, kerana ia untuk kanak-kanak berumur lebih daripada 3 tahun.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-4b3c58138d = Hanya jika ia mempunyai bahagian kecil.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-6228dd4955 = Ujian dalam 16 CFR 1500.48 dan 1500.49 terpakai pada mainan dan artikel yang dimaksudkan untuk kanak-kanak di bawah umur 8 tahun.

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
li-8267e0dbe0 = Satu set magnet kecil yang longgar dijual kepada orang dewasa sebagai produk meja untuk melegakan tekanan. Set itu dibuat pada tahun 2026. Satu magnet muat sepenuhnya di dalam { -small-parts-cylinder }. Apakah had bagi indeks fluksnya?

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-5e6d357ac9 = Tiada had, kerana set itu dijual kepada orang dewasa.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-93546d8884 = Di bawah 50 kG² mm²

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-fe50ed2c0a = Di bawah 500 kG² mm²

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-2961ec873c = Set itu dipasarkan untuk melegakan tekanan dan mempunyai magnet yang longgar, jadi ia ialah produk magnet tertakluk di bawah 16 CFR 1262, walaupun ia dijual kepada orang dewasa. 16 CFR 1262.3 menetapkan had ini bagi setiap magnet yang longgar atau boleh ditanggalkan yang muat sepenuhnya di dalam { -small-parts-cylinder }.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-e6845e899f = Sebuah lampu tidur untuk bilik kanak-kanak direka bentuk dan dipasarkan untuk kanak-kanak kecil. Ia mengandungi bateri syiling. Ia ialah { -childrens-product }, tetapi bukan mainan. Mulai tarikh apakah produk sedemikian mesti menjalani { -third-party-testing } dan diperakui mengikut 16 CFR 1263?

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-23141a3f4e = 12 Februari 2023

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-3e37f41fea = 23 Oktober 2023

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-66842b6df4 = 20 Disember 2023

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-e7776c306a = Produk sedemikian mesti mematuhi 16 CFR 1263 sejak 23 Oktober 2023, sama seperti produk lain (16 CFR 1263.1(b)). Keperluan { -third-party-testing } dan perakuan dikenakan ke atas { -childrens-product } yang dibuat atau diimport pada atau selepas 20 Disember 2023. Mainan yang memenuhi keperluan bateri dalam 16 CFR 1250 dikecualikan daripada Bahagian 1263.

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
