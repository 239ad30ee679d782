### Bahasa Indonesia translation of clothing-drawstrings.ftl. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Drawstrings on children's upper outerwear (title)
title-84b0acf604 = Tali serut pada { -upper-outerwear }

# Drawstrings on children's upper outerwear (summary)
summary-99bb196785 = Pada { -upper-outerwear } ukuran 2T hingga 12 tidak boleh ada { -drawstring } pada tudung atau leher, dan { -drawstring } pada pinggang dan bagian bawah untuk ukuran 2T hingga 16 wajib memenuhi batasan yang ketat.

# Drawstrings on children's upper outerwear (learning objective)
objective-11f00f719f = Menjelaskan mengapa { -drawstring } pada { -upper-outerwear } berbahaya.

# Drawstrings on children's upper outerwear (learning objective)
objective-9675eb69ce = Menyebutkan ukuran-ukuran yang dicakup oleh peraturan { -drawstring } tudung, leher, pinggang, dan bagian bawah.

# Drawstrings on children's upper outerwear (learning objective)
objective-a590b9ef82 = Memeriksa { -drawstring } pinggang atau bagian bawah terhadap peraturan.

# Drawstrings on children's upper outerwear (learning objective)
objective-eed865731e = Menjelaskan apa yang harus dilakukan jika pakaian tidak memenuhi peraturan.

# Drawstrings on children's upper outerwear (paragraph)
p-35aa8e6025 = Pada { -upper-outerwear }, { -drawstring } dapat tersangkut pada perosotan taman bermain atau pintu bus. Akibatnya, anak dapat tercekik. Karena itu, peraturan AS membatasi { -drawstring } pada { -upper-outerwear }.

# Drawstrings on children's upper outerwear › Why drawstrings are dangerous (heading)
h-d5f4cf71fc = Mengapa { -drawstring } berbahaya

# Drawstrings on children's upper outerwear › Why drawstrings are dangerous (paragraph)
p-001455916b = Staf { -cpsc } mengetahui 26 kematian dan 73 insiden tidak fatal akibat { -drawstring } leher atau tudung. Kejadian ini terjadi antara Januari 1985 dan Juni 2019. Usia anak-anak tersebut 18 bulan hingga 15 tahun. Sebagian besar insiden melibatkan perosotan taman bermain. Sebagian melibatkan pintu bus sekolah yang menjepit { -drawstring } pinggang.

# Drawstrings on children's upper outerwear › The rule (heading)
h-4d88e08f47 = Peraturannya

# Drawstrings on children's upper outerwear › The rule (paragraph)
p-50ac2aa13e = Peraturannya adalah 16 CFR 1120.3(b). Peraturan ini memasukkan pakaian tertentu ke dalam daftar bahaya produk yang substansial (substantial product hazard). Pakaian tersebut adalah { -upper-outerwear } dengan { -drawstring }:

# Drawstrings on children's upper outerwear › The rule (list item)
li-cbb0a19c9a = dalam ukuran 2T hingga 16, atau yang setara;

# Drawstrings on children's upper outerwear › The rule (list item)
li-bc53a5a8a0 = yang tunduk pada ASTM F1816-97 tetapi tidak sesuai dengannya.

# Drawstrings on children's upper outerwear › The rule (paragraph)
p-ccfad9b896 = Dasar hukum daftar ini adalah Pasal 15(j) Consumer Product Safety Act. Peraturan final diterbitkan pada 19 Juli 2011. Peraturan ini mulai berlaku pada 18 Agustus 2011.

# Drawstrings on children's upper outerwear › The rule (paragraph)
p-ffa2eb88ae = Yang dimaksud dengan { -drawstring } adalah tali, pita, atau tape yang tidak dapat ditarik masuk kembali (non-retractable) yang menarik bagian-bagian pakaian luar atasan agar merapat untuk menutup (16 CFR 1120.2(c)).

# Drawstrings on children's upper outerwear › What the rule requires (heading)
h-1e96f9e67c = Apa yang diwajibkan peraturan

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-04d1ee334d = Tali serut

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-74a3978d10 = Ukuran

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-f5f5690b0e = Persyaratan

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-3ba0fac5b0 = Tudung dan leher

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-4484f5555a = 2T hingga 12

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-f0406a0e7e = Tidak diperbolehkan

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-0c9d859c63 = Pinggang dan bagian bawah

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-c8f1450462 = 2T hingga 16

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-343daebc4d = Diperbolehkan, dengan batasan

# Drawstrings on children's upper outerwear › What the rule requires (paragraph)
p-9ccda0f7d7 = Pada pakaian luar atasan ukuran 2T hingga 12, { -drawstring } tudung dan leher merupakan bahaya produk yang substansial. Keduanya menimbulkan risiko tercekik. Karena itu, keduanya tidak diperbolehkan.

# Drawstrings on children's upper outerwear › What the rule requires (paragraph)
p-96a4cbc856 = Pada pakaian luar atasan ukuran 2T hingga 16, { -drawstring } pinggang dan bagian bawah wajib memenuhi semua batasan berikut:

# Drawstrings on children's upper outerwear › What the rule requires (list item)
li-e0a35aeeb7 = Rentangkan pakaian hingga lebar maksimumnya. Bagian { -drawstring } yang menjulur di luar saluran tali tidak boleh lebih dari 3 inci.

# Drawstrings on children's upper outerwear › What the rule requires (list item)
li-67782c586a = Ujung-ujung bebas tali tidak boleh memiliki stopper (toggle), simpul, atau aksesori lain.

# Drawstrings on children's upper outerwear › What the rule requires (list item)
li-a64c432fa0 = Setiap { -drawstring } tunggal yang bersambung wajib dijahit bar-tack. Artinya, tali tersebut dijahit tembus sehingga tidak dapat tertarik keluar dari saluran talinya.

# Drawstrings on children's upper outerwear › What the rule requires (paragraph)
p-ce26dc7687 = Ukur { -drawstring } dengan pakaian direntangkan hingga lebar maksimumnya, sesuai ketentuan peraturan. Periksa setiap ukuran dari suatu model, bukan hanya ukuran sampel. Satu model dapat memiliki ukuran di kedua baris tabel.

# Drawstrings on children's upper outerwear › When garments do not meet the rule (heading)
h-62adc5c1b2 = Jika pakaian tidak memenuhi peraturan

# Drawstrings on children's upper outerwear › When garments do not meet the rule (paragraph)
p-9c73ceb2bb = Produsen, importir, distributor, dan pengecer wajib melapor kepada { -cpsc } dalam beberapa kasus. Kasus-kasus tersebut termasuk adanya informasi yang secara wajar mendukung kesimpulan bahwa suatu produk:

# Drawstrings on children's upper outerwear › When garments do not meet the rule (list item)
li-14c0fe9b5a = tidak mematuhi peraturan keselamatan produk konsumen, atau standar sukarela yang dijadikan acuan oleh { -cpsc };

# Drawstrings on children's upper outerwear › When garments do not meet the rule (list item)
li-523d67032a = mengandung cacat yang dapat menimbulkan bahaya produk yang substansial; atau

# Drawstrings on children's upper outerwear › When garments do not meet the rule (list item)
li-10e764cfe9 = menimbulkan risiko yang tidak wajar atas cedera serius atau kematian.

# Drawstrings on children's upper outerwear › When garments do not meet the rule (paragraph)
p-2ebe158692 = Mereka wajib segera melapor. Mereka tidak boleh menunggu sampai terjadi cedera. Ketentuannya terdapat dalam 16 CFR part 1115. Jika Anda menemukan pakaian bertali serut yang tidak memenuhi peraturan, segera beri tahu { -importer }. Hal ini juga berlaku untuk pakaian yang sudah Anda kirim.

# Drawstrings on children's upper outerwear › Other rules for children's clothing (heading)
h-ed9611b512 = Peraturan lain untuk pakaian anak

# Drawstrings on children's upper outerwear › Other rules for children's clothing (paragraph)
p-3e5e5fb6ea = Peraturan tentang { -drawstring } bukan satu-satunya peraturan. Pakaian anak juga wajib memenuhi peraturan lain:

# Drawstrings on children's upper outerwear › Other rules for children's clothing (list item)
li-2b9d842c2b = peraturan { -flammability }, lihat [{ -flammability } pakaian](clothing-flammability.md);

# Drawstrings on children's upper outerwear › Other rules for children's clothing (list item)
li-1a8377811a = { "[" }batas { -lead }](lead-and-phthalates.md#limits), misalnya untuk sablon, transfer, dan bagian nontekstil;

# Drawstrings on children's upper outerwear › Other rules for children's clothing (list item)
li-4e74fd8c80 = { -tracking-label } pada pakaian dan kemasannya.

# Drawstrings on children's upper outerwear › Other rules for children's clothing (paragraph)
p-8eb089260f = Nomor Identifikasi Terdaftar FTC (Registered Identification Number, RN) pada pakaian dapat dihitung sebagai bagian dari { -tracking-label }. Nomor ini tidak dapat menggantikan seluruh { -tracking-label }.

# Drawstrings on children's upper outerwear › What to do in the factory (heading)
h-2a572bd7e4 = Yang harus dilakukan di pabrik

# Drawstrings on children's upper outerwear › What to do in the factory (list item)
li-7b3296f847 = Periksa rentang ukuran setiap model pakaian luar atasan sebelum Anda membuat sampel.

# Drawstrings on children's upper outerwear › What to do in the factory (list item)
li-0e2c804548 = Untuk ukuran 2T hingga 12, hilangkan { -drawstring } tudung dan leher dari desain.

# Drawstrings on children's upper outerwear › What to do in the factory (list item)
li-25a98ee367 = Untuk ukuran 2T hingga 16, ukur { -drawstring } pinggang dan bagian bawah dengan pakaian direntangkan hingga lebar maksimumnya.

# Drawstrings on children's upper outerwear › What to do in the factory (list item)
li-90d3697a12 = Periksa bahwa tidak ada { -drawstring } yang menjulur lebih dari 3 inci di luar saluran tali.

# Drawstrings on children's upper outerwear › What to do in the factory (list item)
li-648d756105 = Periksa bahwa ujung-ujung bebas tali tidak memiliki stopper (toggle), simpul, atau aksesori lain.

# Drawstrings on children's upper outerwear › What to do in the factory (list item)
li-d33c11dd0a = Periksa jahitan bar-tack pada setiap { -drawstring } tunggal yang bersambung.

# Drawstrings on children's upper outerwear › What to do in the factory (list item)
li-89cb2abd5f = Periksa sampel pertama dan hasil produksi, lalu simpan catatannya.

# Drawstrings on children's upper outerwear › What to do in the factory (paragraph)
p-23d62b1863 = Halaman { -cpsc } tentang kantornya di Beijing menyebutkan bahwa perusahaan di Tiongkok membuat sebagian besar { -childrens-product } berisiko tinggi, seperti pakaian, { -crib }, dan perlengkapan bayi. Halaman tersebut tidak bertanggal. Pabrik di Tiongkok yang membuat jaket anak dan pakaian luar atasan lainnya untuk Amerika Serikat sebaiknya memeriksa setiap model terhadap peraturan ini.

# Drawstrings on children's upper outerwear › Check your knowledge (heading)
h-27544b5c12 = Uji pemahaman Anda

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-295d31ae12 = Sebuah jaket anak ukuran 8 memiliki { -drawstring } pada tudungnya. Apakah ini diperbolehkan?

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-6a991d0960 = Ya, jika { -drawstring } tidak lebih panjang dari 3 inci.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-64f6d0e653 = Ya, jika ujung-ujung bebasnya tidak memiliki stopper (toggle).

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-400e78188b = Tidak. Untuk ukuran 2T hingga 12, { -drawstring } tudung dan leher tidak diperbolehkan.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-3dc4dfb34c = Pada pakaian luar atasan ukuran 2T hingga 12, { -drawstring } tudung dan leher merupakan bahaya produk yang substansial.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-3f126bcde2 = Sebuah jaket ukuran 14 memiliki { -drawstring } pinggang. Seberapa jauh { -drawstring } boleh menjulur di luar saluran tali?

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-230b8ddeca = Tidak ada batasnya.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-5d3e0a65c0 = Tidak lebih dari 3 inci, dengan pakaian direntangkan hingga lebar maksimumnya.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-198124ca39 = Tidak lebih dari 3 inci, dengan pakaian dalam keadaan tertutup.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-f3ff848d6b = Untuk ukuran 2T hingga 16, { -drawstring } pinggang dan bagian bawah boleh menjulur tidak lebih dari 3 inci di luar saluran tali ketika pakaian direntangkan hingga lebar maksimumnya.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-b175d78581 = Manakah { -drawstring } pinggang yang memenuhi peraturan?

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-7c4bb5784b = Tali dengan stopper (toggle) plastik di setiap ujung bebasnya

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-4ffd820426 = Tali dengan simpul di setiap ujung bebasnya

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-c70ffbedd8 = Sebuah { -drawstring } tunggal yang bersambung, dijahit bar-tack sehingga tidak dapat tertarik keluar dari saluran talinya

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-3e3ddde8d3 = Ujung-ujung bebas tali tidak boleh memiliki stopper (toggle), simpul, atau aksesori lain. Setiap { -drawstring } tunggal yang bersambung wajib dijahit bar-tack.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-ef58cc5f8d = Anda mengetahui bahwa jaket yang sudah dikirim memiliki { -drawstring } tudung pada ukuran 6. Apa yang harus Anda lakukan?

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-7387db2b48 = Tidak ada, karena pakaian tersebut sudah keluar dari pabrik.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-603157b10e = Segera beri tahu { -importer }.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-5742ddd907 = Menunggu sampai ada anak yang cedera.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-9d2a343268 = Pada ukuran 6, { -drawstring } tudung merupakan bahaya produk yang substansial. Perusahaan wajib segera melapor kepada { -cpsc } jika ada informasi yang secara wajar mendukung kesimpulan bahwa suatu produk mengandung cacat yang dapat menimbulkan bahaya produk yang substansial. Karena itu, importir harus segera menerima informasi tersebut.

# Drawstrings on children's upper outerwear › Sources (heading)
h-caf85b0888 = Sumber

# Drawstrings on children's upper outerwear › Sources (list item)
li-9b1e8ae5ed = { "[" }eCFR: Part 1120, daftar bahaya produk yang substansial](https://www.ecfr.gov/current/title-16/part-1120)

# Drawstrings on children's upper outerwear › Sources (list item)
li-318ff6593c = { "[" }eCFR: Part 1115, pelaporan](https://www.ecfr.gov/current/title-16/part-1115)

# Drawstrings on children's upper outerwear › Sources (list item)
li-ee423943e6 = { "[" }Federal Register: peraturan final { -drawstring }, 19 Juli 2011](http://www.gpo.gov/fdsys/pkg/FR-2011-07-19/html/2011-17961.htm)

# Drawstrings on children's upper outerwear › Sources (list item)
li-4046832052 = { "[" }Federal Register: rancangan peraturan { -drawstring }, 17 Mei 2010](https://regulations.justia.com/regulations/fedreg/2010/05/17/2010-11624.html)

# Drawstrings on children's upper outerwear › Sources (list item)
li-e3a8d9c0a5 = { "[" }CPSC: FAQ { -drawstring } pada { -upper-outerwear }](http://cpsc.gov/FAQ/Drawstrings-in-Children%E2%80%99s-Upper-Outerwear)

# Drawstrings on children's upper outerwear › Sources (list item)
li-ae450af3e8 = { "[" }CPSC: FAQ { -tracking-label }](https://cpsc.gov/FAQ/Tracking-Label)

# Drawstrings on children's upper outerwear › Sources (list item)
li-f30ee94a2c = { "[" }CPSC: Kantor Regional Keselamatan Produk, Beijing](http://www.cpsc.gov/Business--Manufacturing/International/CPSC-Regional-Product-Safety-Office-Beijing/)
