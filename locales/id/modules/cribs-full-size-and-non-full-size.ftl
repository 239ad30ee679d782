### Bahasa Indonesia translation of cribs-full-size-and-non-full-size.ftl. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Full-size and non-full-size cribs (title)
title-67f0745d6b = Boks bayi ukuran penuh dan ukuran tidak penuh

# Full-size and non-full-size cribs (summary)
summary-0f591f25e5 = Setiap { -full-size-crib } dan { -non-full-size-crib } harus memenuhi standar keselamatan wajib AS, dan setiap { -crib } wajib disertai kartu registrasi konsumen.

# Full-size and non-full-size cribs (learning objective)
objective-96707f80ab = Menyebutkan peraturan untuk { -full-size-crib } dan peraturan untuk { -non-full-size-crib }.

# Full-size and non-full-size cribs (learning objective)
objective-568c8c65e5 = Menjelaskan siapa yang wajib memenuhi peraturan { -crib }, termasuk fasilitas penitipan anak dan hotel.

# Full-size and non-full-size cribs (learning objective)
objective-7928d3d362 = Menjelaskan kewajiban pengujian dan sertifikat untuk { -crib }.

# Full-size and non-full-size cribs (learning objective)
objective-1fb71c7f21 = Menyiapkan kartu registrasi dan tanda permanen untuk setiap { -crib }.

# Full-size and non-full-size cribs (paragraph)
p-c32429e871 = Semua jenis { -crib } termasuk produk tahan lama untuk bayi atau balita. Hukum AS menetapkan standar keselamatan wajib untuk produk ini. Modul ini menjelaskan dua peraturan { -crib }, siapa yang wajib mematuhinya, dan kartu registrasi yang wajib disertakan pada setiap { -crib }.

# Full-size and non-full-size cribs › The two crib rules (heading)
h-8940493553 = Dua peraturan { -crib }

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-fb9ef89417 = Produk

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-62845f31a2 = Peraturan

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-e90a77266e = Berdasarkan

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-6496ea9d92 = Boks bayi ukuran penuh

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-d962d1c544 = 16 CFR part 1219

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-647b32c527 = ASTM F1169

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-a5f3dddb66 = Boks bayi ukuran tidak penuh

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-32970fd515 = 16 CFR part 1220

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-a70ac9d1a9 = ASTM F406

# Full-size and non-full-size cribs › The two crib rules (paragraph)
p-a9557af476 = { -cpsc } menerbitkan kedua peraturan tersebut dalam peraturan final tanggal 28 Desember 2010. { -cpsc } melakukannya berdasarkan Pasal 104(b) Consumer Product Safety Improvement Act (CPSIA). Pasal 104(b) mewajibkan { -cpsc } menerbitkan standar yang pada dasarnya sama dengan standar sukarela ASTM, atau lebih ketat. Pasal ini juga menetapkan proses untuk memperbarui peraturan ketika ASTM merevisi standarnya.

# Full-size and non-full-size cribs › The two crib rules (paragraph)
p-68c1e6835e = Peraturan tahun 2010 mengadopsi edisi terdahulu standar-standar ASTM ini, dengan beberapa perubahan. Kedua peraturan tersebut telah diperbarui sejak saat itu:

# Full-size and non-full-size cribs › The two crib rules (list item)
li-2042abc1dd = Peraturan untuk { -non-full-size-crib } kini mengadopsi ASTM F406-24. Pembaruan ini mulai berlaku pada 5 April 2025.

# Full-size and non-full-size cribs › The two crib rules (list item)
li-786bd04ab6 = Peraturan final langsung (direct final rule) tanggal 4 Mei 2026 memperbarui peraturan untuk { -full-size-crib } ke ASTM F1169-25[^f1169]. Peraturan ini menetapkan tanggal berlaku 1 Agustus 2026, kecuali { -cpsc } menariknya setelah menerima komentar negatif yang signifikan (significant adverse comment). ASTM F1169-25 menambahkan persyaratan untuk { -full-size-crib } dengan sisi jaring atau kain.

# Full-size and non-full-size cribs › The two crib rules (paragraph)
p-05efd3d96d = Peraturan tersebut adalah 91 FR 23908, docket CPSC-2010-0075.

# Full-size and non-full-size cribs › The two crib rules (paragraph)
p-9c8518c1b6 = Standar ASTM direvisi dari waktu ke waktu. Sebelum menguji { -crib }, periksa di eCFR edisi mana yang saat ini dirujuk oleh 16 CFR part 1219 atau 1220. Sepakati rencana pengujian dengan { -importer }.

# Full-size and non-full-size cribs › The two crib rules (paragraph)
p-c606644f01 = Beberapa produk serupa memiliki peraturan tersendiri. Untuk { -play-yard }, berlaku 16 CFR part 1221. Peraturan ini menggunakan ASTM F406 tanpa bagian-bagian yang hanya berlaku untuk { -non-full-size-crib }. Untuk { -crib-mattress }, berlaku 16 CFR part 1241.

# Full-size and non-full-size cribs › New and used cribs (heading)
h-07da977400 = Boks bayi baru dan bekas

# Full-size and non-full-size cribs › New and used cribs (paragraph)
p-ba149473b7 = Peraturan { -crib } mulai berlaku pada 28 Juni 2011 bagi produsen, pengecer, dan pihak lainnya. Peraturan ini mencakup { -crib } bekas maupun { -crib } baru (CPSIA Pasal 104(c)).

# Full-size and non-full-size cribs › New and used cribs (paragraph)
p-ac9cf952c5 = Peraturan ini juga berlaku bagi siapa pun yang menyewakan atau menyewakan ulang { -crib }. Peraturan ini juga berlaku bagi siapa pun yang memasarkan { -crib } dengan cara lain.

# Full-size and non-full-size cribs › Child care facilities and hotels (heading)
h-38b8165ff3 = Fasilitas penitipan anak dan hotel

# Full-size and non-full-size cribs › Child care facilities and hotels (paragraph)
p-3cdb343fd3 = Peraturan { -crib } juga berlaku bagi tempat yang menggunakan { -crib } untuk anak orang lain:

# Full-size and non-full-size cribs › Child care facilities and hotels (list item)
li-6728dd22a6 = fasilitas penitipan anak;

# Full-size and non-full-size cribs › Child care facilities and hotels (list item)
li-b0d634cd94 = penitipan anak berbasis rumah tangga (family child care home);

# Full-size and non-full-size cribs › Child care facilities and hotels (list item)
li-475ca96abd = tempat akomodasi umum, misalnya hotel.

# Full-size and non-full-size cribs › Child care facilities and hotels (paragraph)
p-7b6dfd17a6 = Tempat-tempat ini wajib sudah mematuhi peraturan paling lambat 28 Desember 2012.

# Full-size and non-full-size cribs › Child care facilities and hotels (paragraph)
p-4e6f683408 = Sebagian pembeli { -crib } adalah fasilitas penitipan anak, hotel, dan perusahaan penyewaan { -crib }. Setiap { -crib } yang mereka gunakan juga wajib memenuhi peraturan tersebut.

# Full-size and non-full-size cribs › Testing and certificates (heading)
h-ea5727a1d6 = Pengujian dan sertifikat

# Full-size and non-full-size cribs › Testing and certificates (paragraph)
p-0f0748b25a = Peraturan { -crib } adalah peraturan keselamatan { -childrens-product }. Karena itu, setiap model { -crib } memerlukan:

# Full-size and non-full-size cribs › Testing and certificates (list item)
li-617c67c7a7 = pengujian oleh laboratorium pihak ketiga yang diterima { -cpsc };

# Full-size and non-full-size cribs › Testing and certificates (list item)
li-a324280318 = { -cpc };

# Full-size and non-full-size cribs › Testing and certificates (list item)
li-b10f145461 = kartu registrasi konsumen.

# Full-size and non-full-size cribs › Testing and certificates (paragraph)
p-aacdb728be = Untuk { -crib } yang dibuat di luar AS, { -importer } yang menerbitkan CPC. Sertifikat dan laporan uji wajib dalam bahasa Inggris. Untuk barang impor, data sertifikat wajib diajukan secara elektronik pada saat masuk pabean. Ketentuan ini berlaku mulai 8 Juli 2026. Untuk produk dari kawasan perdagangan bebas (foreign trade zone), ketentuan ini berlaku mulai 8 Januari 2027.

# Full-size and non-full-size cribs › Testing and certificates (paragraph)
p-ba889d9ab5 = Suatu { -material-change } pada desain, proses manufaktur, atau sumber komponen dapat memengaruhi kepatuhan. Dalam hal itu, { -crib } memerlukan { -third-party-testing } yang baru dan CPC baru (16 CFR 1107.23(a)).

# Full-size and non-full-size cribs › Testing and certificates (paragraph)
p-07fdf8ce55 = Seperti semua { -childrens-product }, { -crib } dan kemasannya memerlukan { -tracking-label } sejauh dapat dilaksanakan. Label ini berupa tanda permanen. Label ini menunjukkan produsen atau pemilik merek pribadi (private labeler), tempat dan tanggal produksi, serta rincian seperti nomor batch atau nomor produksi (run). Produk tahan lama untuk bayi atau balita juga memiliki aturan pelabelan tambahan untuk produk dan kemasan luarnya.

# Full-size and non-full-size cribs › Registration cards (heading)
h-2b8e2b8a02 = Kartu registrasi

# Full-size and non-full-size cribs › Registration cards (paragraph)
p-1b44aff9c2 = Produk tahan lama untuk bayi atau balita memerlukan kartu registrasi konsumen. Peraturannya adalah 16 CFR part 1130[^1]. Untuk { -full-size-crib } dan ukuran tidak penuh, tanggal wajib patuhnya adalah 28 Juni 2010.

# Full-size and non-full-size cribs › Registration cards (paragraph)
p-ffa0a1d97f = Peraturan kartu registrasi diterbitkan pada 29 Desember 2009 (74 FR 68668). Peraturan ini mulai berlaku pada 28 Juni 2010.

# Full-size and non-full-size cribs › Registration cards (paragraph)
p-a4c8c4eb4d = Setiap produsen wajib:

# Full-size and non-full-size cribs › Registration cards (list item)
li-eca1f869e9 = menyediakan formulir registrasi konsumen berprangko (biaya pos sudah dibayar) bersama setiap produk;

# Full-size and non-full-size cribs › Registration cards (list item)
li-10882c28ef = menyimpan catatan konsumen yang melakukan registrasi;

# Full-size and non-full-size cribs › Registration cards (list item)
li-f95c85f841 = menandai produk secara permanen dengan nama dan detail kontak produsen, nama dan nomor model, serta tanggal pembuatan.

# Full-size and non-full-size cribs › Registration cards (paragraph)
p-9cece9bd52 = Menurut peraturan ini, importir dianggap sebagai produsen.

# Full-size and non-full-size cribs › Registration cards (paragraph)
p-929c83b978 = Formulir registrasi wajib (16 CFR 1130.5):

# Full-size and non-full-size cribs › Registration cards (list item)
li-c91230a994 = memuat semua informasi yang diwajibkan dalam bahasa Inggris;

# Full-size and non-full-size cribs › Registration cards (list item)
li-ee50410b54 = ditempelkan pada permukaan produk, sehingga konsumen pasti melihat dan memegangnya;

# Full-size and non-full-size cribs › Registration cards (list item)
li-8d5bd23cc1 = menunjukkan nama produsen, nama dan nomor model, serta tanggal pembuatan;

# Full-size and non-full-size cribs › Registration cards (list item)
li-37952aac5c = menyediakan cara untuk melakukan registrasi melalui internet;

# Full-size and non-full-size cribs › Registration cards (list item)
li-aa75da0542 = menyatakan bahwa data hanya akan digunakan untuk keperluan { -recall } atau peringatan keselamatan.

# Full-size and non-full-size cribs › Registration cards (paragraph)
p-7636fca892 = Aksesori yang dijual terpisah tidak tercakup. Untuk sistem yang terdiri atas beberapa komponen, satu kartu pada komponen utama sudah cukup.

# Full-size and non-full-size cribs › Registration cards (paragraph)
p-671ee87426 = Tempelkan kartu pada permukaan { -crib }. Konsumen harus melihat dan memegangnya. Periksa bahwa kartu menunjukkan nama model, nomor model, dan tanggal pembuatan yang sama dengan tanda permanen pada { -crib }.

# Full-size and non-full-size cribs › What to do in the factory (heading)
h-2a572bd7e4 = Yang harus dilakukan di pabrik

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-3f934a995d = Tentukan apakah produk tersebut { -full-size-crib }, { -non-full-size-crib }, atau { -play-yard }. Masing-masing memiliki peraturan tersendiri.

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-481f2a290c = Lakukan pengujian menurut edisi standar ASTM yang saat ini dirujuk oleh peraturan.

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-7af5300628 = Kirim setiap model { -crib } ke laboratorium pihak ketiga yang diterima { -cpsc } untuk diuji.

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-d631a3f1ea = Tandai setiap { -crib } secara permanen dengan nama dan detail kontak, nama dan nomor model, serta tanggal pembuatan.

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-7f3e11ce87 = Tempelkan kartu registrasi berprangko dalam bahasa Inggris pada setiap { -crib }.

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-e8b1e3f3ac = Cantumkan informasi pelacakan pada { -crib } dan kemasannya.

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-65e3dc7b79 = Beri tahu importir sebelum Anda mengubah desain, proses, atau pemasok.

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-f4f53254b9 = Simpan semua catatan pengujian. Importir memerlukannya untuk menyertifikasi { -crib }.

# Full-size and non-full-size cribs › What to do in the factory (paragraph)
p-f43534ac93 = Halaman { -cpsc } tentang kantornya di Beijing menyebutkan bahwa perusahaan manufaktur di Tiongkok memproduksi sebagian besar { -childrens-product } berisiko tinggi, seperti pakaian, { -crib }, dan perlengkapan bayi. Halaman tersebut tidak bertanggal. Kantor ini didirikan pada Januari 2011 sebagai kantor { -cpsc } pertama di luar negeri.

# Full-size and non-full-size cribs › Check your knowledge (heading)
h-27544b5c12 = Uji pemahaman Anda

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-9bd08e8f3b = Peraturan mana yang mencakup { -non-full-size-crib }?

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-d962d1c544 = 16 CFR part 1219

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-32970fd515 = 16 CFR part 1220

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-fcaf96e5d9 = 16 CFR part 1130

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-8e2c429255 = 16 CFR part 1220 mencakup { -non-full-size-crib }. Peraturan ini didasarkan pada ASTM F406. 16 CFR part 1219 mencakup { -full-size-crib }.

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-16c95e8f25 = Sebuah hotel menempatkan { -crib } di kamar tamunya. Apakah { -crib } ini wajib memenuhi peraturan { -crib }?

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-02704f083f = Tidak, karena hotel tidak menjual { -crib }.

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-c59d170731 = Ya. Tempat akomodasi umum wajib sudah mematuhi peraturan paling lambat 28 Desember 2012.

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-345e3007a1 = Hanya jika { -crib } tersebut baru.

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-547726932e = Peraturan { -crib } berlaku bagi fasilitas penitipan anak, penitipan anak berbasis rumah tangga, dan tempat akomodasi umum seperti hotel. Peraturan ini mencakup { -crib } bekas maupun { -crib } baru.

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-114b9d7ed6 = Apa yang wajib dinyatakan formulir registrasi tentang data konsumen?

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-62ee32b746 = Bahwa data dapat dijual kepada perusahaan lain

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-c92d93acaf = Bahwa data hanya akan digunakan untuk keperluan { -recall } atau peringatan keselamatan

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-67e1bca088 = Tidak ada

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-eb525dff18 = 16 CFR 1130.5 mewajibkan pernyataan ini. Formulir juga wajib menyediakan cara untuk melakukan registrasi melalui internet.

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-fd59b5a3f5 = Dalam bahasa apa formulir registrasi wajib memuat informasi yang diwajibkan?

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-ba118bf7fc = Bahasa Inggris

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-f69acb290c = Bahasa negara tempat pabrik berada

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-fb3b2acda0 = Bahasa apa saja

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-505155b9fc = Semua informasi yang diwajibkan harus dalam bahasa Inggris.

# Full-size and non-full-size cribs › Sources (heading)
h-caf85b0888 = Sumber

# Full-size and non-full-size cribs › Sources (list item)
li-75eb680811 = { "[" }eCFR: Part 1219, { -full-size-crib }](https://www.ecfr.gov/current/title-16/part-1219)

# Full-size and non-full-size cribs › Sources (list item)
li-d46c17610f = { "[" }eCFR: Part 1220, { -non-full-size-crib }](https://www.ecfr.gov/current/title-16/part-1220)

# Full-size and non-full-size cribs › Sources (list item)
li-0e5c20d617 = { "[" }eCFR: Part 1130, kartu registrasi konsumen](https://www.ecfr.gov/current/title-16/part-1130)

# Full-size and non-full-size cribs › Sources (list item)
li-8413429241 = { "[" }Federal Register: peraturan { -crib }, 28 Desember 2010](http://www.gpo.gov/fdsys/pkg/FR-2010-12-28/html/2010-32178.htm)

# Full-size and non-full-size cribs › Sources (list item)
li-87fe31cba3 = { "[" }Federal Register: peraturan { -crib }, tanggal wajib patuh](http://federal.elaws.us/fr/notice/12/28/2010/2010-32178)

# Full-size and non-full-size cribs › Sources (list item)
li-20809eff7e = { "[" }Federal Register: { -non-full-size-crib }, ASTM F406-24, 31 Januari 2025](https://regulations.justia.com/regulations/fedreg/2025/01/31/2025-01721.html)

# Full-size and non-full-size cribs › Sources (list item)
li-a28e09112c = { "[" }Federal Register: { -full-size-crib }, ASTM F1169-25, 4 Mei 2026](https://www.govinfo.gov/content/pkg/FR-2026-05-04/html/2026-08632.htm)

# Full-size and non-full-size cribs › Sources (list item)
li-d734a4831f = { "[" }Federal Register: { -play-yard }, 29 Januari 2025](https://govinfo.gov/content/pkg/FR-2025-01-29/html/2025-01658.htm)

# Full-size and non-full-size cribs › Sources (list item)
li-84c53c5461 = { "[" }Federal Register: kartu registrasi, 29 Desember 2009](http://edocket.access.gpo.gov/2009/E9-30485.htm)

# Full-size and non-full-size cribs › Sources (list item)
li-48eb455674 = { "[" }CPSC: FAQ kartu registrasi](https://www.cpsc.gov/FAQ/Registration-Cards)

# Full-size and non-full-size cribs › Sources (list item)
li-30cde9875c = { "[" }CPSC: Children's Product Certificate (Sertifikat Produk Anak)](https://www.cpsc.gov/Business--Manufacturing/Testing-Certification/Childrens-Product-Certificate-CPC/)

# Full-size and non-full-size cribs › Sources (list item)
li-8842c36139 = { "[" }CPSC: eFiling](https://cpsc.gov/eFiling)

# Full-size and non-full-size cribs › Sources (list item)
li-c9b7cfeaa7 = { "[" }CPSC: Label pelacakan](https://cpsc.gov/trackinglabel)

# Full-size and non-full-size cribs › Sources (list item)
li-f30ee94a2c = { "[" }CPSC: Kantor Regional Keselamatan Produk, Beijing](http://www.cpsc.gov/Business--Manufacturing/International/CPSC-Regional-Product-Safety-Office-Beijing/)
