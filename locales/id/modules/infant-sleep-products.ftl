### Bahasa Indonesia translation of infant-sleep-products.ftl. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Infant sleep products, crib mattresses, bassinets and play yards (title)
title-9a1777f2bc = Produk tidur bayi, { -crib-mattress }, { -bassinet }, dan { -play-yard }

# Infant sleep products, crib mattresses, bassinets and play yards (summary)
summary-5b6c21c79f = Produk tempat bayi tidur wajib memenuhi standar keselamatan { -cpsc }, dan tempat tidur bayi miring (inclined sleeper) serta bantalan pelindung { -crib } (crib bumper) dilarang di Amerika Serikat.

# Infant sleep products, crib mattresses, bassinets and play yards (learning objective)
objective-c8969270ad = Menyebutkan peraturan { -cpsc } untuk setiap jenis { -infant-sleep-product }.

# Infant sleep products, crib mattresses, bassinets and play yards (learning objective)
objective-6ed433c7ff = Menjelaskan produk apa saja yang dilarang oleh Safe Sleep for Babies Act.

# Infant sleep products, crib mattresses, bassinets and play yards (learning objective)
objective-da62146c44 = Menjelaskan mengapa produk-produk ini memerlukan { -third-party-testing }, sertifikat, dan kartu registrasi.

# Infant sleep products, crib mattresses, bassinets and play yards (learning objective)
objective-557512ffc6 = Merencanakan pemeriksaan yang dilakukan pabrik sebelum mengirimkan produk-produk ini.

# Infant sleep products, crib mattresses, bassinets and play yards (paragraph)
p-34c3dcd793 = Produk untuk tidur bayi wajib memenuhi peraturan AS yang ketat. Modul ini mencakup { -infant-sleep-product }, { -crib-mattress }, { -bassinet }, buaian (cradle), dan { -play-yard }. Modul ini juga mencakup Safe Sleep for Babies Act. Untuk { -crib }, berlaku peraturan tersendiri, yaitu 16 CFR 1219 dan 1220. Lihat modul tentang [{ -crib }](cribs-full-size-and-non-full-size.md).

# Infant sleep products, crib mattresses, bassinets and play yards › How the rules are made (heading)
h-11e51bb1f8 = Bagaimana peraturan dibuat

# Infant sleep products, crib mattresses, bassinets and play yards › How the rules are made (paragraph)
p-0541427d4e = Pasal 104 Consumer Product Safety Improvement Act (CPSIA) mengatur produk tahan lama untuk bayi atau balita. Berdasarkan pasal ini, { -cpsc } wajib menerbitkan standar yang pada dasarnya sama dengan standar sukarela ASTM, atau lebih ketat. Undang-undang ini juga menetapkan proses untuk memperbarui peraturan { -cpsc } ketika ASTM merevisi standarnya. Jadi, edisi ASTM dalam suatu peraturan dapat berubah. Selalu periksa teks peraturan yang berlaku saat ini.

# Infant sleep products, crib mattresses, bassinets and play yards › How the rules are made (paragraph)
p-2c662b521d = Peraturan-peraturan berdasarkan Pasal 104 ini adalah peraturan keselamatan { -childrens-product }. Karena itu, setiap produk memerlukan:

# Infant sleep products, crib mattresses, bassinets and play yards › How the rules are made (list item)
li-1f05ed8bb7 = { -third-party-testing } oleh { -cpsc-accepted-lab };

# Infant sleep products, crib mattresses, bassinets and play yards › How the rules are made (list item)
li-a2b0f5d4b0 = { -cpc } dari { -importer } atau produsen AS;

# Infant sleep products, crib mattresses, bassinets and play yards › How the rules are made (list item)
li-b10f145461 = kartu registrasi konsumen.

# Infant sleep products, crib mattresses, bassinets and play yards › How the rules are made (paragraph)
p-98628eab16 = Sertifikat dan laporan uji wajib dalam bahasa Inggris. { -cpsc } menerbitkan contoh sertifikat untuk { -bassinet }.

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (heading)
h-d4a5bfd813 = Peraturan mana untuk produk mana

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-fb9ef89417 = Produk

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-62845f31a2 = Peraturan

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-6b9e8b2181 = Produk tidur bayi

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-4efc0d813e = 16 CFR part 1236

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-e48002383c = Kasur boks bayi

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-4bbfcf2344 = 16 CFR part 1241

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-3f1019000c = Keranjang bayi (bassinet) dan buaian (cradle)

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-b16780f7f6 = 16 CFR part 1218

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-06c9360c8b = Boks bermain (play yard)

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-790917086d = 16 CFR part 1221

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-b80c75e8c7 = Tempat tidur bayi miring (inclined sleeper), bantalan pelindung { -crib } (crib bumper)

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-05eb210744 = Dilarang

# Infant sleep products, crib mattresses, bassinets and play yards › Infant sleep products (heading)
h-6b9e8b2181 = Produk tidur bayi

# Infant sleep products, crib mattresses, bassinets and play yards › Infant sleep products (paragraph)
p-6162af119d = 16 CFR part 1236 mengatur { -infant-sleep-product }. Produk ini adalah produk yang dipasarkan atau ditujukan untuk menyediakan tempat tidur bagi bayi berusia hingga 5 bulan. Produk ini tidak tercakup oleh standar tidur bayi { -cpsc } lainnya. Salah satu contohnya adalah tempat tidur bayi yang diletakkan di atas ranjang orang tua (in-bed sleeper). Peraturan final diterbitkan pada 23 Juni 2021. Peraturan ini mulai berlaku pada 23 Juni 2022.

# Infant sleep products, crib mattresses, bassinets and play yards › Crib mattresses (heading)
h-e48002383c = Kasur boks bayi

# Infant sleep products, crib mattresses, bassinets and play yards › Crib mattresses (paragraph)
p-04da3b197d = 16 CFR part 1241 mengatur kasur-kasur berikut:

# Infant sleep products, crib mattresses, bassinets and play yards › Crib mattresses (list item)
li-1bd943adb8 = kasur untuk { -full-size-crib };

# Infant sleep products, crib mattresses, bassinets and play yards › Crib mattresses (list item)
li-88349045d5 = kasur untuk { -non-full-size-crib };

# Infant sleep products, crib mattresses, bassinets and play yards › Crib mattresses (list item)
li-74e217aaea = kasur purnajual (after-market) untuk boks bermain dan untuk { -non-full-size-crib }.

# Infant sleep products, crib mattresses, bassinets and play yards › Crib mattresses (paragraph)
p-ea5e597ac2 = Peraturan final diterbitkan pada 15 Februari 2022. Peraturan ini mulai berlaku pada 15 Agustus 2022.

# Infant sleep products, crib mattresses, bassinets and play yards › Bassinets and cradles (heading)
h-3f1019000c = Keranjang bayi (bassinet) dan buaian (cradle)

# Infant sleep products, crib mattresses, bassinets and play yards › Bassinets and cradles (paragraph)
p-79c0ac2cd9 = 16 CFR part 1218 adalah standar untuk keranjang bayi dan buaian. Peraturan ini dapat diperbarui ketika ASTM merevisi standarnya. Pelatihan ini tidak menyebutkan edisi ASTM yang saat ini dirujuk oleh peraturan tersebut. Periksa teks peraturan yang berlaku saat ini di eCFR sebelum pengujian.

# Infant sleep products, crib mattresses, bassinets and play yards › Play yards (heading)
h-06c9360c8b = Boks bermain (play yard)

# Infant sleep products, crib mattresses, bassinets and play yards › Play yards (paragraph)
p-9930e88963 = 16 CFR part 1221 adalah standar untuk boks bermain. Standar ini pertama kali diterbitkan pada 29 Agustus 2012 dan mulai berlaku pada 28 Februari 2013. Standar ini menggunakan ASTM F406, tanpa bagian-bagian yang hanya berlaku untuk { -non-full-size-crib }. Peraturan final langsung (direct final rule) tanggal 29 Januari 2025 memperbaruinya ke ASTM F406-24. Peraturan tersebut menetapkan tanggal berlaku 5 April 2025.

# Infant sleep products, crib mattresses, bassinets and play yards › The Safe Sleep for Babies Act (heading)
h-0a86a1bd54 = Safe Sleep for Babies Act

# Infant sleep products, crib mattresses, bassinets and play yards › The Safe Sleep for Babies Act (paragraph)
p-5423e0431f = Safe Sleep for Babies Act ditandatangani pada 16 Mei 2022. Mulai 180 hari setelah tanggal tersebut, dua produk menjadi produk berbahaya yang dilarang (banned hazardous products) berdasarkan Pasal 8 Consumer Product Safety Act.

# Infant sleep products, crib mattresses, bassinets and play yards › The Safe Sleep for Babies Act (list item)
li-cc64a5d529 = { "*" }*Tempat tidur bayi miring (inclined sleeper).** Ini adalah produk dengan permukaan tidur yang miring lebih dari 10 derajat. Produk ini ditujukan, dipasarkan, atau dirancang untuk menyediakan tempat tidur bagi bayi berusia hingga 1 tahun.

# Infant sleep products, crib mattresses, bassinets and play yards › The Safe Sleep for Babies Act (list item)
li-e2a724e072 = { "*" }*Bantalan pelindung { -crib } (crib bumper).** Bantalan pelindung { -crib } adalah bahan apa pun yang ditujukan untuk menutupi sisi-sisi { -crib } guna mencegah cedera akibat benturan atau terjepit di celah { -crib }. Termasuk di dalamnya bantalan pelindung berpadding, pelindung bumper vinil yang ditopang maupun tidak ditopang, dan penutup jeruji vertikal { -crib }. Tidak termasuk pelapis jaring { -crib } (mesh crib liner) yang tidak berpadding.

# Infant sleep products, crib mattresses, bassinets and play yards › The Safe Sleep for Babies Act (paragraph)
p-b453598276 = Larangan ini berlaku tanpa memandang tanggal pembuatan. Produk yang dibuat sebelum undang-undang ini juga dilarang. Jangan membuat tempat tidur bayi miring atau bantalan pelindung { -crib } untuk pasar AS. Jangan mengemas bantalan pelindung { -crib } bersama produk lain untuk pasar AS.

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (heading)
h-d6175efb20 = Kartu registrasi dan penandaan

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (paragraph)
p-7b1d7cb5d0 = Peraturan untuk kartu registrasi adalah 16 CFR part 1130. Setiap produsen, termasuk importir, wajib:

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-eca1f869e9 = menyediakan formulir registrasi konsumen berprangko (biaya pos sudah dibayar) bersama setiap produk;

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-10882c28ef = menyimpan catatan konsumen yang melakukan registrasi;

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-d80c82e93d = menandai produk secara permanen dengan nama dan detail kontak produsen, nama dan nomor model, serta tanggal pembuatan.

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (paragraph)
p-f8f64b181c = Untuk boks bermain, keranjang bayi, dan buaian, peraturan ini berlaku sejak 28 Juni 2010. Kemudian, { -infant-sleep-product } ditambahkan sebagai subkategori keranjang bayi dan buaian. Selain itu, { -crib-mattress } juga ditambahkan.

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (paragraph)
p-f9ad44d6b9 = Formulir registrasi wajib memenuhi 16 CFR 1130.5:

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-26e63730a4 = Semua informasi yang diwajibkan dalam bahasa Inggris.

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-682bafbe1b = Formulir ditempelkan pada permukaan produk, sehingga konsumen pasti melihat dan memegangnya.

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-64b3163859 = Formulir menunjukkan nama produsen, nama dan nomor model, serta tanggal pembuatan.

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-d3c5834e4c = Formulir menyediakan registrasi melalui internet.

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-68fe0078cd = Formulir menyatakan bahwa data hanya akan digunakan untuk keperluan { -recall } atau peringatan keselamatan.

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (paragraph)
p-04c8a9d0be = Setiap { -childrens-product } dan kemasannya juga wajib memiliki { -tracking-label }. Label ini menunjukkan, misalnya, nama produsen, tempat dan tanggal produksi, serta nomor batch atau nomor produksi (run). Produk tahan lama untuk bayi atau balita memiliki aturan pelabelan tambahan pada produk dan kemasan luarnya.

# Infant sleep products, crib mattresses, bassinets and play yards › Reporting problems (heading)
h-9ec1696976 = Melaporkan masalah

# Infant sleep products, crib mattresses, bassinets and play yards › Reporting problems (paragraph)
p-0562955a39 = Produsen, importir, distributor, dan pengecer wajib segera melapor kepada { -cpsc } dalam kasus tertentu. Salah satunya adalah adanya informasi yang secara wajar mendukung kesimpulan bahwa suatu produk tidak mematuhi peraturan keselamatan produk konsumen. Mereka tidak boleh menunggu sampai terjadi cedera. Ketentuannya terdapat dalam 16 CFR part 1115. Jika Anda mengetahui adanya masalah, segera beri tahu { -importer }.

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (heading)
h-2a572bd7e4 = Yang harus dilakukan di pabrik

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (list item)
li-11603843d4 = Sebelum produksi, temukan peraturan yang mengatur setiap produk.

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (list item)
li-8678b606fb = Tanyakan kepada laboratorium edisi ASTM mana yang digunakannya untuk pengujian. Cocokkan dengan peraturan yang berlaku saat ini.

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (list item)
li-453ae2d4d1 = Jangan membuat tempat tidur bayi miring atau bantalan pelindung { -crib } untuk pasar AS.

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (list item)
li-89d1af789e = Tandai setiap produk secara permanen dengan nama dan detail kontak produsen, nama dan nomor model, serta tanggal pembuatan.

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (list item)
li-bdfadfa2b1 = Tempelkan kartu registrasi pada produk. Periksa bahwa kartu tersebut dalam bahasa Inggris.

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (list item)
li-89f17aa392 = Beri tahu importir sebelum Anda mengubah desain, proses, atau bahan. Setiap { -material-change } yang dapat memengaruhi kepatuhan memerlukan { -third-party-testing } yang baru dan sertifikat baru.

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (list item)
li-e1618feb22 = Simpan semua catatan pengujian. Segera beri tahu importir tentang setiap kegagalan uji atau insiden.

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (paragraph)
p-4ba1ed621d = Halaman { -cpsc } tentang kantornya di Beijing menyebutkan bahwa perusahaan di Tiongkok membuat sebagian besar { -childrens-product } berisiko tinggi, seperti pakaian, { -crib }, dan perlengkapan bayi. Halaman tersebut tidak bertanggal. Jika { -cpsc } mengetahui produsen Tiongkok di balik suatu { -recall } sukarela, { -cpsc } memberikan nama produsen tersebut dan pengumuman { -recall } kepada regulator Tiongkok. Jika { -cpsc } memiliki nama dan alamat produsen, { -cpsc } juga memberi tahu produsen tersebut.

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (heading)
h-27544b5c12 = Uji pemahaman Anda

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-a0a20f6ec5 = Suatu produk menyediakan tempat tidur bagi bayi berusia hingga 5 bulan. Tidak ada standar tidur bayi { -cpsc } lain yang mengaturnya. Peraturan mana yang berlaku?

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-790917086d = 16 CFR part 1221

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-4efc0d813e = 16 CFR part 1236

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-4bbfcf2344 = 16 CFR part 1241

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-6701c07d4d = 16 CFR part 1236 mengatur { -infant-sleep-product } yang tidak tercakup oleh standar tidur bayi { -cpsc } lainnya.

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-3dc47d0bdb = Produk mana yang dilarang oleh Safe Sleep for Babies Act?

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-64bb913eac = Bantalan pelindung { -crib } yang berpadding

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-fbfb7fd93e = Pelapis jaring { -crib } yang tidak berpadding

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-5157cb7cc1 = Boks bermain yang memenuhi 16 CFR part 1221

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-57b40c3779 = Bantalan pelindung { -crib } yang berpadding dilarang. Pelapis jaring { -crib } yang tidak berpadding tidak termasuk dalam larangan.

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-da9ab3b0ab = Sebuah tempat tidur bayi miring memiliki permukaan tidur yang miring lebih dari 10 derajat. Produk ini dibuat sebelum undang-undang tersebut berlaku. Bolehkah produk ini dijual di Amerika Serikat?

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-ce658eb5e3 = Ya, karena produk ini dibuat sebelum undang-undang tersebut.

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-b6309b7edc = Ya, jika produk ini memiliki { -warning-label }.

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-1814d2c83b = Tidak, karena larangan ini berlaku tanpa memandang tanggal pembuatan.

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-b148637134 = Tempat tidur bayi miring adalah produk berbahaya yang dilarang, tanpa memandang tanggal pembuatan.

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-0c738dbf52 = Apa yang wajib dipenuhi kartu registrasi konsumen untuk { -bassinet }?

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-de105f1fa7 = Memuat semua informasi yang diwajibkan dalam bahasa Inggris.

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-f7dabc3613 = Meminta konsumen membayar biaya pos.

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-a9b3da4031 = Menyatakan bahwa data hanya akan digunakan untuk keperluan { -recall } atau peringatan keselamatan.

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-ecd6efb671 = Kedua hal ini diwajibkan. Formulir wajib berprangko (biaya pos sudah dibayar) dan memuat semua informasi yang diwajibkan dalam bahasa Inggris. Formulir wajib menyatakan bahwa data hanya akan digunakan untuk keperluan { -recall } atau peringatan keselamatan.

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (heading)
h-caf85b0888 = Sumber

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-5b634cbaf9 = { "[" }eCFR: Part 1236, { -infant-sleep-product }](https://www.ecfr.gov/current/title-16/part-1236)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-429292259c = { "[" }eCFR: Part 1241, { -crib-mattress }](https://www.ecfr.gov/current/title-16/part-1241)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-3b04cc52f9 = { "[" }eCFR: Part 1218, keranjang bayi dan buaian](https://www.ecfr.gov/current/title-16/part-1218)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-302275d580 = { "[" }eCFR: Part 1221, boks bermain](https://www.ecfr.gov/current/title-16/part-1221)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-5cdee80e66 = { "[" }eCFR: Part 1130, kartu registrasi](https://www.ecfr.gov/current/title-16/part-1130)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-318ff6593c = { "[" }eCFR: Part 1115, pelaporan](https://www.ecfr.gov/current/title-16/part-1115)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-3824b905cf = { "[" }Federal Register: peraturan { -infant-sleep-product }, 23 Juni 2021](https://regulations.justia.com/regulations/fedreg/2021/06/23/2021-12723.html)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-01b9113336 = { "[" }Federal Register: peraturan { -crib-mattress }, 15 Februari 2022](https://regulations.justia.com/regulations/fedreg/2022/02/15/2022-02414.html)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-dcb38dafe4 = { "[" }Federal Register: peraturan boks bermain, 29 Agustus 2012](http://www.gpo.gov/fdsys/pkg/FR-2012-08-29/html/2012-21168.htm)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-70ce0df7a1 = { "[" }Federal Register: pembaruan peraturan boks bermain, 29 Januari 2025](https://govinfo.gov/content/pkg/FR-2025-01-29/html/2025-01658.htm)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-8793b6f497 = { "[" }Safe Sleep for Babies Act of 2021, teks undang-undang](https://en.m.wikisource.org/wiki/Safe_Sleep_for_Babies_Act_of_2021)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-48eb455674 = { "[" }CPSC: FAQ kartu registrasi](https://www.cpsc.gov/FAQ/Registration-Cards)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-353bb2c28c = { "[" }CPSC: Children's Product Certificate (Sertifikat Produk Anak)](http://www.cpsc.gov/cpc)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-c9b7cfeaa7 = { "[" }CPSC: Label pelacakan](https://cpsc.gov/trackinglabel)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-f30ee94a2c = { "[" }CPSC: Kantor Regional Keselamatan Produk, Beijing](http://www.cpsc.gov/Business--Manufacturing/International/CPSC-Regional-Product-Safety-Office-Beijing/)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-5e1930f721 = { "[" }CPSC: Pemberitahuan { -recall } kepada pemerintah Tiongkok](http://www.cpsc.gov/Business--Manufacturing/International/Topics/Chinese-Government-Notification-of-Recalls/)
