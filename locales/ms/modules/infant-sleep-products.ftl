### Malay translation of content/modules/infant-sleep-products.md. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Infant sleep products, crib mattresses, bassinets and play yards (title)
title-9a1777f2bc = Produk tidur bayi, tilam katil bayi, basinet dan kandang main bayi

# Infant sleep products, crib mattresses, bassinets and play yards (summary)
summary-5b6c21c79f = Produk tempat bayi tidur mesti memenuhi standard keselamatan CPSC, dan tempat tidur bayi condong serta bumper katil bayi diharamkan di Amerika Syarikat.

# Infant sleep products, crib mattresses, bassinets and play yards (learning objective)
objective-c8969270ad = Menamakan peraturan CPSC bagi setiap jenis produk tidur bayi.

# Infant sleep products, crib mattresses, bassinets and play yards (learning objective)
objective-6ed433c7ff = Menerangkan produk yang diharamkan oleh Safe Sleep for Babies Act.

# Infant sleep products, crib mattresses, bassinets and play yards (learning objective)
objective-da62146c44 = Menerangkan sebab produk ini memerlukan ujian pihak ketiga, sijil dan kad pendaftaran.

# Infant sleep products, crib mattresses, bassinets and play yards (learning objective)
objective-557512ffc6 = Merancang pemeriksaan yang dibuat oleh kilang sebelum menghantar produk ini.

# Infant sleep products, crib mattresses, bassinets and play yards (paragraph)
p-34c3dcd793 = Produk untuk tidur bayi mesti memenuhi peraturan AS yang ketat. Modul ini meliputi produk tidur bayi, tilam katil bayi, basinet, buaian dan kandang main bayi. Modul ini juga meliputi Safe Sleep for Babies Act. Katil bayi mempunyai peraturan tersendiri, dalam 16 CFR 1219 dan 1220. Lihat modul tentang [katil bayi](cribs-full-size-and-non-full-size.md).

# Infant sleep products, crib mattresses, bassinets and play yards › How the rules are made (heading)
h-11e51bb1f8 = Cara peraturan dibuat

# Infant sleep products, crib mattresses, bassinets and play yards › How the rules are made (paragraph)
p-0541427d4e = Seksyen 104 Consumer Product Safety Improvement Act (CPSIA) meliputi produk bayi atau kanak-kanak kecil yang tahan lama. Di bawah seksyen ini, CPSC mesti mengeluarkan standard yang pada dasarnya sama dengan standard sukarela ASTM, atau yang lebih ketat. Undang-undang ini juga menetapkan proses untuk mengemas kini peraturan CPSC apabila ASTM menyemak semula standardnya. Oleh itu, edisi ASTM dalam sesuatu peraturan boleh berubah. Sentiasa semak teks semasa peraturan tersebut.

# Infant sleep products, crib mattresses, bassinets and play yards › How the rules are made (paragraph)
p-2c662b521d = Peraturan seksyen 104 ini ialah peraturan keselamatan produk kanak-kanak. Oleh itu, setiap produk memerlukan:

# Infant sleep products, crib mattresses, bassinets and play yards › How the rules are made (list item)
li-1f05ed8bb7 = ujian pihak ketiga oleh makmal yang diterima CPSC;

# Infant sleep products, crib mattresses, bassinets and play yards › How the rules are made (list item)
li-a2b0f5d4b0 = Sijil Produk Kanak-kanak daripada pengimport AS atau pengilang AS;

# Infant sleep products, crib mattresses, bassinets and play yards › How the rules are made (list item)
li-b10f145461 = kad pendaftaran pengguna.

# Infant sleep products, crib mattresses, bassinets and play yards › How the rules are made (paragraph)
p-98628eab16 = Sijil dan laporan ujian mesti dalam bahasa Inggeris. CPSC menerbitkan contoh sijil bagi basinet.

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (heading)
h-d4a5bfd813 = Peraturan yang meliputi setiap produk

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-fb9ef89417 = Produk

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-62845f31a2 = Peraturan

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-6b9e8b2181 = Produk tidur bayi

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-4efc0d813e = 16 CFR 1236

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-e48002383c = Tilam katil bayi

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-4bbfcf2344 = 16 CFR 1241

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-3f1019000c = Basinet dan buaian

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-b16780f7f6 = 16 CFR 1218

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-06c9360c8b = Kandang main bayi

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-790917086d = 16 CFR 1221

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-b80c75e8c7 = Tempat tidur bayi condong, bumper katil bayi

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-05eb210744 = Diharamkan

# Infant sleep products, crib mattresses, bassinets and play yards › Infant sleep products (heading)
h-6b9e8b2181 = Produk tidur bayi

# Infant sleep products, crib mattresses, bassinets and play yards › Infant sleep products (paragraph)
p-6162af119d = 16 CFR 1236 meliputi produk tidur bayi. Produk ini ialah produk yang dipasarkan atau dimaksudkan untuk menyediakan tempat tidur bagi bayi sehingga umur 5 bulan. Produk ini tidak diliputi oleh mana-mana standard tidur bayi CPSC yang lain. Tempat tidur bayi di atas katil dewasa (in-bed sleeper) ialah satu contoh. Peraturan muktamad diterbitkan pada 23 Jun 2021. Peraturan ini berkuat kuasa pada 23 Jun 2022.

# Infant sleep products, crib mattresses, bassinets and play yards › Crib mattresses (heading)
h-e48002383c = Tilam katil bayi

# Infant sleep products, crib mattresses, bassinets and play yards › Crib mattresses (paragraph)
p-04da3b197d = 16 CFR 1241 meliputi tilam berikut:

# Infant sleep products, crib mattresses, bassinets and play yards › Crib mattresses (list item)
li-1bd943adb8 = tilam bagi katil bayi saiz penuh;

# Infant sleep products, crib mattresses, bassinets and play yards › Crib mattresses (list item)
li-88349045d5 = tilam bagi katil bayi bukan saiz penuh;

# Infant sleep products, crib mattresses, bassinets and play yards › Crib mattresses (list item)
li-74e217aaea = tilam pasaran lepas (after-market) bagi kandang main bayi dan bagi katil bayi bukan saiz penuh.

# Infant sleep products, crib mattresses, bassinets and play yards › Crib mattresses (paragraph)
p-ea5e597ac2 = Peraturan muktamad diterbitkan pada 15 Februari 2022. Peraturan ini berkuat kuasa pada 15 Ogos 2022.

# Infant sleep products, crib mattresses, bassinets and play yards › Bassinets and cradles (heading)
h-3f1019000c = Basinet dan buaian

# Infant sleep products, crib mattresses, bassinets and play yards › Bassinets and cradles (paragraph)
p-79c0ac2cd9 = 16 CFR 1218 ialah standard bagi basinet dan buaian. Peraturan ini boleh dikemas kini apabila ASTM menyemak semula standardnya. Latihan ini tidak menamakan edisi ASTM yang dirujuk oleh peraturan ini pada hari ini. Semak teks semasa peraturan ini di eCFR sebelum ujian.

# Infant sleep products, crib mattresses, bassinets and play yards › Play yards (heading)
h-06c9360c8b = Kandang main bayi

# Infant sleep products, crib mattresses, bassinets and play yards › Play yards (paragraph)
p-9930e88963 = 16 CFR 1221 ialah standard bagi kandang main bayi. Standard ini mula-mula dikeluarkan pada 29 Ogos 2012 dan berkuat kuasa pada 28 Februari 2013. Standard ini menggunakan ASTM F406, tanpa bahagian yang hanya terpakai bagi katil bayi bukan saiz penuh. Satu peraturan muktamad langsung bertarikh 29 Januari 2025 mengemas kininya kepada ASTM F406-24. Peraturan itu menetapkan tarikh berkuat kuasa 5 April 2025.

# Infant sleep products, crib mattresses, bassinets and play yards › The Safe Sleep for Babies Act (heading)
h-0a86a1bd54 = Safe Sleep for Babies Act

# Infant sleep products, crib mattresses, bassinets and play yards › The Safe Sleep for Babies Act (paragraph)
p-5423e0431f = Safe Sleep for Babies Act ditandatangani pada 16 Mei 2022. Mulai 180 hari selepas tarikh itu, dua produk menjadi produk berbahaya yang diharamkan di bawah seksyen 8 Consumer Product Safety Act.

# Infant sleep products, crib mattresses, bassinets and play yards › The Safe Sleep for Babies Act (list item)
li-cc64a5d529 = **Tempat tidur bayi condong.** Ini ialah produk yang mempunyai permukaan tidur condong lebih daripada 10 darjah. Produk ini dimaksudkan, dipasarkan atau direka bentuk untuk menyediakan tempat tidur bagi bayi sehingga umur 1 tahun.

# Infant sleep products, crib mattresses, bassinets and play yards › The Safe Sleep for Babies Act (list item)
li-e2a724e072 = **Bumper katil bayi.** Bumper katil bayi ialah apa-apa bahan yang dimaksudkan untuk menutup sisi katil bayi untuk mencegah kecederaan akibat hentakan atau tersepit di celah bukaan katil bayi. Ini termasuk bumper berpad, pelindung bumper vinil yang disokong dan tidak disokong, serta penutup jeriji menegak katil bayi. Ini tidak termasuk pelapik jaring katil bayi tanpa pad.

# Infant sleep products, crib mattresses, bassinets and play yards › The Safe Sleep for Babies Act (paragraph)
p-b453598276 = Larangan ini terpakai tanpa mengira tarikh pengilangan. Produk yang dibuat sebelum Akta ini juga diharamkan. Jangan buat tempat tidur bayi condong atau bumper katil bayi untuk pasaran AS. Jangan bungkus bumper katil bayi bersama produk lain untuk pasaran AS.

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (heading)
h-d6175efb20 = Kad pendaftaran dan penandaan

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (paragraph)
p-7b1d7cb5d0 = Peraturan bagi kad pendaftaran ialah 16 CFR 1130. Setiap pengilang, termasuk pengimport, mesti:

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-eca1f869e9 = menyediakan borang pendaftaran pengguna berbayar pos bersama setiap produk;

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-10882c28ef = menyimpan rekod pengguna yang mendaftar;

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-d80c82e93d = menandakan produk secara kekal dengan nama dan butiran hubungan pengilang, nama dan nombor model, serta tarikh pengilangan.

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (paragraph)
p-f8f64b181c = Bagi kandang main bayi, basinet dan buaian, peraturan ini terpakai sejak 28 Jun 2010. Kemudian, produk tidur bayi ditambah sebagai subkategori basinet dan buaian. Tilam katil bayi juga ditambah.

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (paragraph)
p-f9ad44d6b9 = Borang pendaftaran mesti memenuhi 16 CFR 1130.5:

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-26e63730a4 = Semua maklumat yang dikehendaki diberikan dalam bahasa Inggeris.

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-682bafbe1b = Borang dilekatkan pada permukaan produk, supaya pengguna pasti melihat dan memegangnya.

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-64b3163859 = Borang menunjukkan nama pengilang, nama dan nombor model, serta tarikh pengilangan.

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-d3c5834e4c = Borang menyediakan pendaftaran melalui internet.

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-68fe0078cd = Borang menyatakan bahawa data akan digunakan hanya untuk tujuan penarikan balik atau amaran keselamatan.

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (paragraph)
p-04c8a9d0be = Produk kanak-kanak dan pembungkusannya juga mesti mempunyai label pengesanan. Label ini menunjukkan, sebagai contoh, nama pengilang, tempat dan tarikh pengeluaran, serta nombor kelompok atau nombor larian pengeluaran. Produk bayi atau kanak-kanak kecil yang tahan lama mempunyai lebih banyak peraturan pelabelan pada produk dan pada bungkusan luarnya.

# Infant sleep products, crib mattresses, bassinets and play yards › Reporting problems (heading)
h-9ec1696976 = Melaporkan masalah

# Infant sleep products, crib mattresses, bassinets and play yards › Reporting problems (paragraph)
p-0562955a39 = Pengilang, pengimport, pengedar dan peruncit mesti melaporkan kepada CPSC dengan segera dalam sesetengah keadaan. Salah satu keadaan ialah maklumat yang secara munasabah menyokong kesimpulan bahawa sesuatu produk gagal mematuhi peraturan keselamatan produk pengguna. Mereka tidak boleh menunggu sehingga berlaku kecederaan. Peraturannya terdapat dalam 16 CFR 1115. Jika anda mengetahui tentang sesuatu masalah, maklumkan kepada pengimport AS dengan serta-merta.

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (heading)
h-2a572bd7e4 = Perkara yang perlu dilakukan di kilang

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (list item)
li-11603843d4 = Sebelum pengeluaran, kenal pasti peraturan yang meliputi setiap produk.

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (list item)
li-8678b606fb = Tanya makmal edisi ASTM yang digunakannya untuk ujian. Semak edisi itu dengan peraturan semasa.

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (list item)
li-453ae2d4d1 = Jangan buat tempat tidur bayi condong atau bumper katil bayi untuk pasaran AS.

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (list item)
li-89d1af789e = Tandakan setiap produk secara kekal dengan nama dan butiran hubungan pengilang, nama dan nombor model, serta tarikh pengilangan.

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (list item)
li-bdfadfa2b1 = Lekatkan kad pendaftaran pada produk. Semak bahawa kad itu dalam bahasa Inggeris.

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (list item)
li-89f17aa392 = Maklumkan kepada pengimport sebelum anda mengubah reka bentuk, proses atau bahan. Sesuatu { -material-change } yang boleh menjejaskan pematuhan memerlukan { -third-party-testing } yang baharu dan sijil yang baharu.

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (list item)
li-e1618feb22 = Simpan semua rekod ujian. Maklumkan kepada pengimport dengan serta-merta tentang apa-apa kegagalan ujian atau insiden.

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (paragraph)
p-4ba1ed621d = Halaman CPSC tentang pejabatnya di Beijing menyatakan bahawa firma di China membuat sebahagian besar produk kanak-kanak yang berisiko lebih tinggi, seperti pakaian, katil bayi dan produk bilik bayi. Halaman itu tidak bertarikh. Apabila CPSC mengetahui pengilang China di sebalik sesuatu penarikan balik sukarela, CPSC memberikan nama pengilang itu dan pengumuman penarikan balik kepada pengawal selia China. Jika CPSC mempunyai nama dan alamat pengilang, CPSC juga memaklumkan pengilang tersebut.

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (heading)
h-27544b5c12 = Uji pengetahuan anda

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-a0a20f6ec5 = Sesuatu produk menyediakan tempat tidur bagi bayi sehingga umur 5 bulan. Tiada standard tidur bayi CPSC lain yang meliputinya. Peraturan manakah yang terpakai?

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-790917086d = 16 CFR 1221

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-4efc0d813e = 16 CFR 1236

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-4bbfcf2344 = 16 CFR 1241

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-6701c07d4d = 16 CFR 1236 meliputi produk tidur bayi yang tidak diliputi oleh mana-mana standard tidur bayi CPSC yang lain.

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-3dc47d0bdb = Produk manakah yang diharamkan oleh Safe Sleep for Babies Act?

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-64bb913eac = Bumper katil bayi berpad

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-fbfb7fd93e = Pelapik jaring katil bayi tanpa pad

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-5157cb7cc1 = Kandang main bayi yang memenuhi 16 CFR 1221

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-57b40c3779 = Bumper katil bayi berpad diharamkan. Pelapik jaring katil bayi tanpa pad tidak termasuk dalam larangan ini.

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-da9ab3b0ab = Sebuah tempat tidur bayi condong mempunyai permukaan tidur lebih daripada 10 darjah. Produk itu dibuat sebelum Akta tersebut. Bolehkah produk itu dijual di Amerika Syarikat?

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-ce658eb5e3 = Ya, kerana produk itu dibuat sebelum Akta tersebut.

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-b6309b7edc = Ya, jika produk itu mempunyai label amaran.

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-1814d2c83b = Tidak, kerana larangan ini terpakai tanpa mengira tarikh pengilangan.

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-b148637134 = Tempat tidur bayi condong ialah produk berbahaya yang diharamkan, tanpa mengira tarikh pengilangan.

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-0c738dbf52 = Apakah yang mesti dilakukan oleh kad pendaftaran pengguna bagi basinet?

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-de105f1fa7 = Memberikan semua maklumat yang dikehendaki dalam bahasa Inggeris.

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-f7dabc3613 = Meminta pengguna membayar pos.

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-a9b3da4031 = Menyatakan bahawa data akan digunakan hanya untuk tujuan penarikan balik atau amaran keselamatan.

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-ecd6efb671 = Kedua-dua perkara ini diwajibkan. Borang mesti berbayar pos dan memberikan semua maklumat yang dikehendaki dalam bahasa Inggeris. Borang mesti menyatakan bahawa data akan digunakan hanya untuk tujuan penarikan balik atau amaran keselamatan.

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (heading)
h-caf85b0888 = Sumber

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-5b634cbaf9 = { "[" }eCFR: Bahagian 1236, produk tidur bayi](https://www.ecfr.gov/current/title-16/part-1236)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-429292259c = { "[" }eCFR: Bahagian 1241, tilam katil bayi](https://www.ecfr.gov/current/title-16/part-1241)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-3b04cc52f9 = { "[" }eCFR: Bahagian 1218, basinet dan buaian](https://www.ecfr.gov/current/title-16/part-1218)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-302275d580 = { "[" }eCFR: Bahagian 1221, kandang main bayi](https://www.ecfr.gov/current/title-16/part-1221)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-5cdee80e66 = { "[" }eCFR: Bahagian 1130, kad pendaftaran](https://www.ecfr.gov/current/title-16/part-1130)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-318ff6593c = { "[" }eCFR: Bahagian 1115, pelaporan](https://www.ecfr.gov/current/title-16/part-1115)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-3824b905cf = { "[" }Federal Register: peraturan produk tidur bayi, 23 Jun 2021](https://regulations.justia.com/regulations/fedreg/2021/06/23/2021-12723.html)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-01b9113336 = { "[" }Federal Register: peraturan tilam katil bayi, 15 Februari 2022](https://regulations.justia.com/regulations/fedreg/2022/02/15/2022-02414.html)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-dcb38dafe4 = { "[" }Federal Register: peraturan kandang main bayi, 29 Ogos 2012](http://www.gpo.gov/fdsys/pkg/FR-2012-08-29/html/2012-21168.htm)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-70ce0df7a1 = { "[" }Federal Register: kemas kini kandang main bayi, 29 Januari 2025](https://govinfo.gov/content/pkg/FR-2025-01-29/html/2025-01658.htm)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-8793b6f497 = { "[" }Safe Sleep for Babies Act of 2021, teks](https://en.m.wikisource.org/wiki/Safe_Sleep_for_Babies_Act_of_2021)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-48eb455674 = { "[" }CPSC: Soalan lazim tentang kad pendaftaran](https://www.cpsc.gov/FAQ/Registration-Cards)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-353bb2c28c = { "[" }CPSC: Sijil Produk Kanak-kanak](http://www.cpsc.gov/cpc)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-c9b7cfeaa7 = { "[" }CPSC: Label pengesanan](https://cpsc.gov/trackinglabel)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-f30ee94a2c = { "[" }CPSC: Pejabat Keselamatan Produk Serantau, Beijing](http://www.cpsc.gov/Business--Manufacturing/International/CPSC-Regional-Product-Safety-Office-Beijing/)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-5e1930f721 = { "[" }CPSC: Pemberitahuan penarikan balik kepada kerajaan China](http://www.cpsc.gov/Business--Manufacturing/International/Topics/Chinese-Government-Notification-of-Recalls/)
