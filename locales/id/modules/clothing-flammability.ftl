### Bahasa Indonesia translation of clothing-flammability.ftl. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Flammability of clothing and children's sleepwear (title)
title-407bd3c396 = Sifat mudah terbakar pakaian dan { -sleepwear }

# Flammability of clothing and children's sleepwear (summary)
summary-4bac8d3770 = Semua tekstil pakaian wajib memenuhi standar { -flammability } AS, dan { -sleepwear } ukuran 0 hingga 14 wajib memenuhi standar yang lebih ketat.

# Flammability of clothing and children's sleepwear (learning objective)
objective-4ad02419e7 = Menjelaskan tiga kelas { -flammability } untuk tekstil pakaian.

# Flammability of clothing and children's sleepwear (learning objective)
objective-425f9e5114 = Menentukan apakah suatu pakaian termasuk { -sleepwear }.

# Flammability of clothing and children's sleepwear (learning objective)
objective-d0ee76d965 = Menjelaskan kapan pakaian bayi dan pakaian ketat (tight-fitting) dikecualikan dari peraturan pakaian tidur.

# Flammability of clothing and children's sleepwear (learning objective)
objective-e179aa677a = Memeriksa label perawatan pada { -sleepwear }.

# Flammability of clothing and children's sleepwear (paragraph)
p-796546304f = Pakaian dapat terbakar. Karena itu, hukum AS, yaitu Flammable Fabrics Act, menetapkan peraturan { -flammability } untuk pakaian. Semua tekstil pakaian wajib memenuhi 16 CFR part 1610. Untuk { -sleepwear }, berlaku peraturan yang lebih ketat, yaitu dalam 16 CFR 1615 dan 1616.

# Flammability of clothing and children's sleepwear › Clothing textiles (heading)
h-0faf5f9fd0 = Tekstil pakaian

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-29f4ec5e59 = 16 CFR part 1610 adalah Standard for the Flammability of Clothing Textiles (Standar Sifat Mudah Terbakar Tekstil Pakaian). Standar ini membagi tekstil ke dalam tiga kelas (16 CFR 1610.4).

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-4f3a9bd003 = Kelas

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-1f5d64b928 = Arti

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-fd9bc10732 = Penggunaan dalam pakaian

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-51dfeec557 = Kelas 1

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-0883e35169 = Sifat mudah terbakar normal

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-4b9cfa1c7d = Dapat diterima

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-7d4bd5921b = Kelas 2

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-7cb7201681 = Sifat mudah terbakar menengah

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-d790d88865 = Boleh digunakan

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-19ee19b164 = Kelas 3

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-edf0718a0e = Terbakar dengan cepat dan hebat

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-f0406a0e7e = Tidak diperbolehkan

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-ba93e795ae = Kelas 2 hanya berlaku untuk tekstil dengan permukaan berserat timbul (raised-fiber surface). Tekstil Kelas 3 berbahaya karena sangat mudah terbakar. Tekstil ini tidak boleh digunakan dalam pakaian. Dilarang membuat, menjual, atau mengimpor pakaian Kelas 3.

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-59fc3b6c8b = Standar ini direvisi melalui peraturan final tanggal 25 Maret 2008. Standar yang telah direvisi mulai berlaku pada 22 September 2008.

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-ea4a2bd723 = Beberapa barang tidak tercakup oleh standar ini[^1]:

# Flammability of clothing and children's sleepwear › Clothing textiles (list item)
li-4bbcac890a = topi yang tidak menutupi wajah, leher, atau bahu;

# Flammability of clothing and children's sleepwear › Clothing textiles (list item)
li-1a1a1171bd = sarung tangan dengan panjang 14 inci atau kurang yang tidak terpasang pada pakaian;

# Flammability of clothing and children's sleepwear › Clothing textiles (list item)
li-e491a08a5b = alas kaki yang tidak terpasang pada pakaian dan tidak terdiri, seluruhnya atau sebagian, dari kaus kaki atau stoking (hosiery);

# Flammability of clothing and children's sleepwear › Clothing textiles (list item)
li-7a8f3d3d53 = kain pelapis dalam (interlining).

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-3468faf411 = Cocokkan daftar ini dengan teks 16 CFR part 1610 yang berlaku saat ini. Daftar lengkap dalam peraturan mungkin lebih panjang.

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-a1cea6ae88 = Kain-kain berikut dikecualikan dari pengujian (16 CFR 1610.1(d)):

# Flammability of clothing and children's sleepwear › Clothing textiles (list item)
li-df7b593c57 = kain berpermukaan polos dengan berat 2,6 oz/yd² (88,2 g/m²) atau lebih, apa pun seratnya;

# Flammability of clothing and children's sleepwear › Clothing textiles (list item)
li-398f32fffc = semua kain, baik berpermukaan polos maupun berpermukaan berserat timbul, dengan berat berapa pun, yang seluruhnya terbuat dari satu atau lebih dari enam serat berikut: akrilik, modakrilik, nilon, olefin, poliester, dan wol.

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-7333c4b76a = Daftar enam serat ini bersifat lengkap. Kain yang mengandung serat lain, misalnya katun atau rayon, tidak dikecualikan berdasarkan ketentuan kedua ini.

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-ee1b65ee9b = Sebelum Anda melewatkan uji { -flammability }, periksa teks 16 CFR part 1610 yang berlaku saat ini. Sepakati keputusan tersebut dengan { -importer }.

# Flammability of clothing and children's sleepwear › Children's sleepwear (heading)
h-0f2249e86d = Pakaian tidur anak

# Flammability of clothing and children's sleepwear › Children's sleepwear (paragraph)
p-f5d2d0754a = Yang dimaksud dengan { -sleepwear } adalah setiap pakaian ukuran 0 hingga 14 yang terutama ditujukan untuk tidur atau kegiatan yang berkaitan dengan tidur. Contohnya adalah gaun tidur, piyama, jubah, dan pakaian santai (loungewear).

# Flammability of clothing and children's sleepwear › Children's sleepwear (table cell)
td-74a3978d10 = Ukuran

# Flammability of clothing and children's sleepwear › Children's sleepwear (table cell)
td-62845f31a2 = Peraturan

# Flammability of clothing and children's sleepwear › Children's sleepwear (table cell)
td-cb971f83e8 = 0 hingga 6X

# Flammability of clothing and children's sleepwear › Children's sleepwear (table cell)
td-7e3f263ca1 = 16 CFR part 1615

# Flammability of clothing and children's sleepwear › Children's sleepwear (table cell)
td-1bd744c51c = 7 hingga 14

# Flammability of clothing and children's sleepwear › Children's sleepwear (table cell)
td-001b87c753 = 16 CFR part 1616

# Flammability of clothing and children's sleepwear › Children's sleepwear (paragraph)
p-75fd2ba9a6 = Beberapa pakaian dikecualikan dari peraturan pakaian tidur. Pakaian ini wajib memenuhi 16 CFR part 1610 sebagai gantinya:

# Flammability of clothing and children's sleepwear › Children's sleepwear (list item)
li-6d6972494a = popok dan pakaian dalam;

# Flammability of clothing and children's sleepwear › Children's sleepwear (list item)
li-6664462455 = pakaian bayi (16 CFR 1615.1(c));

# Flammability of clothing and children's sleepwear › Children's sleepwear (list item)
li-5c306bf18c = pakaian ketat (16 CFR 1615.1(o) dan 1616.2(m)).

# Flammability of clothing and children's sleepwear › Children's sleepwear (paragraph)
p-846bdf6598 = Pengecualian untuk pakaian bayi dan pakaian ketat dibuat melalui amandemen pada tahun 1996. Perubahan teknis pada tahun 1999 memperjelas titik-titik pengukurannya.

# Flammability of clothing and children's sleepwear › Infant garments (heading)
h-334319fb25 = Pakaian bayi

# Flammability of clothing and children's sleepwear › Infant garments (paragraph)
p-07f3904b02 = Pakaian bayi wajib memenuhi semua syarat berikut:

# Flammability of clothing and children's sleepwear › Infant garments (list item)
li-088a089b83 = Ukurannya 9 bulan atau lebih kecil.

# Flammability of clothing and children's sleepwear › Infant garments (list item)
li-7a8b620dca = Pakaian terusan (satu potong) panjangnya tidak lebih dari 64,8 cm (25,75 inci). Pada pakaian dua potong, tidak ada potongan yang panjangnya lebih dari 40 cm (15,75 inci).

# Flammability of clothing and children's sleepwear › Infant garments (list item)
li-4ba8fd85f1 = Pakaian memenuhi 16 CFR 1610 dan 1611.

# Flammability of clothing and children's sleepwear › Infant garments (list item)
li-335c773d52 = Pakaian memiliki label yang menyatakan ukuran dalam bulan. Jika label tidak terlihat saat dijual di toko, kemasan juga wajib menyatakan ukurannya.

# Flammability of clothing and children's sleepwear › Tight-fitting garments (heading)
h-108fe650c2 = Pakaian ketat (tight-fitting)

# Flammability of clothing and children's sleepwear › Tight-fitting garments (paragraph)
p-79b7fb8ef7 = Peraturan mencantumkan dimensi maksimum untuk setiap ukuran. Dimensi ini berlaku untuk dada, pinggang, pinggul (seat), lengan atas, paha, pergelangan tangan, dan pergelangan kaki (16 CFR 1615.1(o)(1) dan 1616.2(m)(1)). Pakaian ketat tidak boleh melebihi satu pun dimensi tersebut. Pakaian ini juga tidak boleh memiliki kain, ornamen, atau hiasan (trim), seperti renda, aplikasi (appliqué), atau pita, melebihi batas yang ditetapkan peraturan.

# Flammability of clothing and children's sleepwear › Tight-fitting garments (paragraph)
p-8203ac9c18 = Modul ini tidak memuat tabel dimensi maksimum. Ukur setiap ukuran terhadap tabel yang berlaku saat ini dalam peraturan. Jika pakaian lebih besar daripada tabel pada titik mana pun, pakaian tersebut bukan pakaian ketat. Dalam hal itu, pakaian tersebut wajib memenuhi seluruh peraturan pakaian tidur.

# Flammability of clothing and children's sleepwear › Care labels (heading)
h-6755bf8cc3 = Label perawatan

# Flammability of clothing and children's sleepwear › Care labels (paragraph)
p-847e4124e1 = Semua { -sleepwear } yang tercakup oleh peraturan wajib memiliki label perawatan permanen. Label tersebut wajib memperingatkan terhadap bahan yang mengurangi ketahanan terhadap api. Jika pakaian diuji setelah satu kali pencucian, label juga wajib menyatakan agar pakaian dicuci sebelum dipakai (16 CFR 1616.6(a)). Part 1615 memuat ketentuan yang sama.

# Flammability of clothing and children's sleepwear › Lead, certificates and tracking labels (heading)
h-70ba12d247 = Timbal, sertifikat, dan { -tracking-label }

# Flammability of clothing and children's sleepwear › Lead, certificates and tracking labels (paragraph)
p-f3b4da8326 = Pakaian anak juga wajib memenuhi [batas { -lead }](lead-and-phthalates.md#limits). Tekstil, baik yang diwarnai maupun tidak, telah ditetapkan tidak melebihi batas { -lead } (16 CFR 1500.91). Tekstil tidak memerlukan pengujian { -lead } oleh pihak ketiga. Sablon (screen print), transfer, dan aplikasi pascaperlakuan (after-treatment) lainnya tidak tercakup dalam ketetapan ini. Barang nontekstil juga tidak tercakup. Semuanya wajib diuji.

# Flammability of clothing and children's sleepwear › Lead, certificates and tracking labels (paragraph)
p-091cea407b = { -cpsc } menerbitkan contoh { -cpc } untuk suatu artikel pakaian anak. Sertifikat yang umum untuk pakaian merujuk 16 CFR 1610 dan peraturan kandungan { -lead }. Untuk pakaian tidur, sertifikat juga merujuk 16 CFR 1615 atau 1616. Pengecualian { -lead } untuk tekstil dicantumkan pada sertifikat sebagai pengganti nama laboratorium.

# Flammability of clothing and children's sleepwear › Lead, certificates and tracking labels (paragraph)
p-a5ba79cf80 = Pakaian anak juga wajib memiliki { -tracking-label }. Nomor Identifikasi Terdaftar FTC (Registered Identification Number, RN) dapat memberikan sebagian informasinya. Pakaian luar dengan { -drawstring } memiliki peraturan tersendiri, lihat [{ -drawstring }](clothing-drawstrings.md).

# Flammability of clothing and children's sleepwear › What to do in the factory (heading)
h-2a572bd7e4 = Yang harus dilakukan di pabrik

# Flammability of clothing and children's sleepwear › What to do in the factory (list item)
li-535e95aca9 = Tentukan untuk setiap pakaian apakah pakaian tersebut termasuk { -sleepwear }.

# Flammability of clothing and children's sleepwear › What to do in the factory (list item)
li-b107cca6f8 = Periksa bahwa tidak ada kain untuk pakaian yang termasuk Kelas 3.

# Flammability of clothing and children's sleepwear › What to do in the factory (list item)
li-65e91f14c6 = Uji pakaian tidur menurut 16 CFR 1615 (ukuran 0 hingga 6X) atau 16 CFR 1616 (ukuran 7 hingga 14).

# Flammability of clothing and children's sleepwear › What to do in the factory (list item)
li-6744f97ed4 = Untuk pakaian bayi dan pakaian ketat, ukur setiap ukuran terhadap peraturan.

# Flammability of clothing and children's sleepwear › What to do in the factory (list item)
li-f6350970a8 = Jahitkan label perawatan permanen pada setiap pakaian tidur.

# Flammability of clothing and children's sleepwear › What to do in the factory (list item)
li-d8c230bdca = Uji kandungan { -lead } pada sablon, transfer, dan bagian nontekstil.

# Flammability of clothing and children's sleepwear › What to do in the factory (list item)
li-cd7d365b93 = Beri tahu importir sebelum Anda mengubah kain, hiasan (trim), atau pemasok. Simpan semua catatan pengujian.

# Flammability of clothing and children's sleepwear › What to do in the factory (paragraph)
p-8618a097ad = { -cpsc } telah menerbitkan pelatihan dalam bahasa Vietnam tentang peraturan untuk produk tekstil dan pakaian. Pelatihan ini berupa video dari Maret 2009, dengan transkrip di cpsc.gov. Beberapa peraturan telah berubah sejak saat itu. Selalu periksa teks peraturan yang berlaku saat ini.

# Flammability of clothing and children's sleepwear › Check your knowledge (heading)
h-27544b5c12 = Uji pemahaman Anda

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-19d0e56d18 = Suatu kain menunjukkan pembakaran yang cepat dan hebat. Kain tersebut termasuk Kelas 3. Bolehkah kain ini digunakan dalam pakaian?

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-566765d7fc = Ya, jika pakaian memiliki { -warning-label }.

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-c92f84af7d = Ya, tetapi hanya pada pakaian dewasa.

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-bb9d17c93e = Tidak. Tekstil Kelas 3 tidak boleh digunakan dalam pakaian.

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-499e2a86eb = Tekstil Kelas 3 berbahaya karena sangat mudah terbakar. Dilarang membuat, menjual, atau mengimpor pakaian Kelas 3.

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-f4172c6173 = Peraturan mana yang mengatur piyama ukuran 10?

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-7e3f263ca1 = 16 CFR part 1615

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-001b87c753 = 16 CFR part 1616

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-25e9abb58a = Hanya 16 CFR part 1610

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-ca693800ff = Part 1615 mencakup ukuran 0 hingga 6X. Part 1616 mencakup ukuran 7 hingga 14.

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-87ddc9226d = Sebuah pakaian tidur terusan (satu potong) berukuran 6 bulan dengan panjang 60 cm. Pakaian ini memenuhi 16 CFR 1610 dan 1611, dan labelnya menyatakan ukuran dalam bulan. Pakaian ini termasuk apa?

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-7bfba29594 = Pakaian bayi, yang dikecualikan dari peraturan pakaian tidur

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-f03747c786 = Pakaian ketat (tight-fitting)

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-61b5f59e32 = Pakaian tidur yang wajib memenuhi 16 CFR part 1615

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-754dcd5051 = Ukurannya 9 bulan atau lebih kecil dan panjangnya tidak lebih dari 64,8 cm. Jadi, pakaian ini termasuk pakaian bayi. Pakaian ini wajib memenuhi 16 CFR part 1610.

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-5aa809303b = Pakaian tidur diuji setelah satu kali pencucian. Apa yang wajib dinyatakan pada label permanennya?

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-df2c9a7756 = Tidak ada tambahan apa pun

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-ffb3d5b886 = Cuci pakaian sebelum dipakai.

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-187b3cee6e = Jangan mencuci pakaian.

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-d0bdc7048a = Jika barang diuji setelah satu kali pencucian, label wajib menyatakan agar barang dicuci sebelum dipakai.

# Flammability of clothing and children's sleepwear › Sources (heading)
h-caf85b0888 = Sumber

# Flammability of clothing and children's sleepwear › Sources (list item)
li-ddc6ecd8c2 = { "[" }eCFR: Part 1610, { -flammability } tekstil pakaian](https://www.ecfr.gov/current/title-16/part-1610)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-be8641e951 = { "[" }LII: Definisi barang pakaian (article of wearing apparel), peraturan Flammable Fabrics Act](https://www.law.cornell.edu/cfr/text/16/1609.1)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-1c4106bc63 = { "[" }eCFR: Part 1615, { -sleepwear }, ukuran 0 hingga 6X](https://www.ecfr.gov/current/title-16/part-1615)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-9b74effef4 = { "[" }eCFR: Part 1616, { -sleepwear }, ukuran 7 hingga 14](https://www.ecfr.gov/current/title-16/part-1616)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-272df4c080 = { "[" }eCFR: Section 1500.91, bahan yang tidak melebihi batas { -lead }](https://www.ecfr.gov/current/title-16/section-1500.91)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-2f16add235 = { "[" }Federal Register: peraturan final tekstil pakaian, 25 Maret 2008](https://webarchive.library.unt.edu/eot2008/20081011225550/http://edocket.access.gpo.gov/2008/E8-5569.htm)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-395136d727 = { "[" }Federal Register: amandemen peraturan pakaian tidur, 9 September 1996](https://www.gpo.gov/fdsys/pkg/FR-1996-09-09/html/96-22697.htm)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-ab15dc523f = { "[" }Federal Register: perubahan teknis peraturan pakaian tidur, 19 Januari 1999](http://federal.elaws.us/fr/1/19/1999/99-1138)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-07e13d9535 = { "[" }Federal Register: tekstil dan { -lead }, 14 Oktober 2015](https://thefederalregister.org/80-FR/61729)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-7c46a3b4d9 = { "[" }CPSC: FAQ { -sleepwear }](https://cpsc.gov/FAQ/Childrens-Sleepwear)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-2bb8ea4713 = { "[" }CPSC: FAQ pakaian bayi dan pakaian ketat](https://cpsc.gov/FAQ/Infant-Tightfitting-Garments)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-353bb2c28c = { "[" }CPSC: Children's Product Certificate (Sertifikat Produk Anak)](http://www.cpsc.gov/cpc)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-ae450af3e8 = { "[" }CPSC: FAQ { -tracking-label }](https://cpsc.gov/FAQ/Tracking-Label)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-d920cda87d = { "[" }CPSC: Video tentang peraturan tekstil dan pakaian, dalam bahasa Vietnam](http://cpsc.gov/Business--Manufacturing/International/Vietnamese/Topics/Video-Clip---Regulations-for-Textile-and-Clothing-Products-March-2009/)
