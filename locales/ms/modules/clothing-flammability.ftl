### Malay translation of content/modules/clothing-flammability.md. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Flammability of clothing and children's sleepwear (title)
title-407bd3c396 = Kemudahbakaran pakaian dan pakaian tidur kanak-kanak

# Flammability of clothing and children's sleepwear (summary)
summary-4bac8d3770 = Semua tekstil pakaian mesti memenuhi standard kemudahbakaran AS, dan pakaian tidur kanak-kanak bersaiz 0 hingga 14 mesti memenuhi standard yang lebih ketat.

# Flammability of clothing and children's sleepwear (learning objective)
objective-4ad02419e7 = Menerangkan tiga kelas kemudahbakaran bagi tekstil pakaian.

# Flammability of clothing and children's sleepwear (learning objective)
objective-425f9e5114 = Menentukan sama ada sesuatu pakaian ialah pakaian tidur kanak-kanak.

# Flammability of clothing and children's sleepwear (learning objective)
objective-d0ee76d965 = Menerangkan bila pakaian bayi dan pakaian ketat dikecualikan daripada peraturan pakaian tidur.

# Flammability of clothing and children's sleepwear (learning objective)
objective-e179aa677a = Menyemak label penjagaan pada pakaian tidur kanak-kanak.

# Flammability of clothing and children's sleepwear (paragraph)
p-796546304f = Pakaian boleh terbakar. Oleh itu, undang-undang AS, iaitu Flammable Fabrics Act, menetapkan peraturan kemudahbakaran bagi pakaian. Semua tekstil pakaian mesti memenuhi 16 CFR 1610. Pakaian tidur kanak-kanak mesti memenuhi peraturan yang lebih ketat, dalam 16 CFR 1615 dan 1616.

# Flammability of clothing and children's sleepwear › Clothing textiles (heading)
h-0faf5f9fd0 = Tekstil pakaian

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-29f4ec5e59 = 16 CFR 1610 ialah Standard for the Flammability of Clothing Textiles (Standard Kemudahbakaran Tekstil Pakaian). Standard ini membahagikan tekstil kepada tiga kelas (16 CFR 1610.4).

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-4f3a9bd003 = Kelas

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-1f5d64b928 = Maksud

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-fd9bc10732 = Penggunaan dalam pakaian

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-51dfeec557 = Kelas 1

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-0883e35169 = Kemudahbakaran biasa

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-4b9cfa1c7d = Boleh diterima

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-7d4bd5921b = Kelas 2

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-7cb7201681 = Kemudahbakaran sederhana

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-d790d88865 = Boleh digunakan

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-19ee19b164 = Kelas 3

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-edf0718a0e = Terbakar dengan cepat dan marak

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-f0406a0e7e = Tidak dibenarkan

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-ba93e795ae = Kelas 2 hanya terpakai bagi tekstil yang mempunyai permukaan gentian timbul. Tekstil Kelas 3 mudah terbakar pada tahap yang berbahaya. Tekstil ini tidak boleh digunakan dalam pakaian. Pembuatan, penjualan atau pengimportan pakaian Kelas 3 dilarang.

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-59fc3b6c8b = Standard ini disemak semula melalui peraturan muktamad bertarikh 25 Mac 2008. Standard yang disemak semula berkuat kuasa pada 22 September 2008.

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-ea4a2bd723 = Sesetengah barangan tidak diliputi oleh standard ini[^1]:

# Flammability of clothing and children's sleepwear › Clothing textiles (list item)
li-4bbcac890a = topi yang tidak menutup muka, leher atau bahu;

# Flammability of clothing and children's sleepwear › Clothing textiles (list item)
li-1a1a1171bd = sarung tangan sepanjang 14 inci atau lebih pendek yang tidak dilekatkan pada pakaian;

# Flammability of clothing and children's sleepwear › Clothing textiles (list item)
li-e491a08a5b = kasut yang tidak dilekatkan pada pakaian dan tidak terdiri, sama ada sepenuhnya atau sebahagiannya, daripada barangan stoking (hosiery);

# Flammability of clothing and children's sleepwear › Clothing textiles (list item)
li-7a8f3d3d53 = fabrik pelapik dalam (interlining).

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-3468faf411 = Semak senarai ini dengan teks semasa 16 CFR 1610. Senarai penuh dalam peraturan itu mungkin lebih panjang.

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-a1cea6ae88 = Fabrik berikut dikecualikan daripada ujian (16 CFR 1610.1(d)):

# Flammability of clothing and children's sleepwear › Clothing textiles (list item)
li-df7b593c57 = fabrik berpermukaan rata dengan berat 2.6 oz/yd² (88.2 g/m²) atau lebih, tanpa mengira jenis gentian;

# Flammability of clothing and children's sleepwear › Clothing textiles (list item)
li-398f32fffc = semua fabrik, sama ada berpermukaan rata atau berpermukaan gentian timbul, dengan apa-apa berat, yang dibuat sepenuhnya daripada satu atau lebih daripada enam gentian ini: akrilik, modakrilik, nilon, olefin, poliester dan bulu biri-biri.

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-7333c4b76a = Senarai enam gentian ini merupakan senarai yang lengkap. Fabrik yang mengandungi apa-apa gentian lain, contohnya kapas atau rayon, tidak dikecualikan di bawah pengecualian kedua.

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-ee1b65ee9b = Sebelum anda melangkau ujian kemudahbakaran, semak teks semasa 16 CFR 1610. Capai persetujuan tentang keputusan itu dengan pengimport AS.

# Flammability of clothing and children's sleepwear › Children's sleepwear (heading)
h-0f2249e86d = Pakaian tidur kanak-kanak

# Flammability of clothing and children's sleepwear › Children's sleepwear (paragraph)
p-f5d2d0754a = Pakaian tidur kanak-kanak ialah apa-apa pakaian bersaiz 0 hingga 14 yang dimaksudkan terutamanya untuk tidur atau untuk aktiviti yang berkaitan dengan tidur. Contohnya ialah baju tidur, pijama, jubah dan pakaian santai di rumah.

# Flammability of clothing and children's sleepwear › Children's sleepwear (table cell)
td-74a3978d10 = Saiz

# Flammability of clothing and children's sleepwear › Children's sleepwear (table cell)
td-62845f31a2 = Peraturan

# Flammability of clothing and children's sleepwear › Children's sleepwear (table cell)
td-cb971f83e8 = 0 hingga 6X

# Flammability of clothing and children's sleepwear › Children's sleepwear (table cell)
td-7e3f263ca1 = 16 CFR 1615

# Flammability of clothing and children's sleepwear › Children's sleepwear (table cell)
td-1bd744c51c = 7 hingga 14

# Flammability of clothing and children's sleepwear › Children's sleepwear (table cell)
td-001b87c753 = 16 CFR 1616

# Flammability of clothing and children's sleepwear › Children's sleepwear (paragraph)
p-75fd2ba9a6 = Sesetengah pakaian dikecualikan daripada peraturan pakaian tidur. Pakaian ini mesti memenuhi 16 CFR 1610 sebagai gantinya:

# Flammability of clothing and children's sleepwear › Children's sleepwear (list item)
li-6d6972494a = lampin dan pakaian dalam;

# Flammability of clothing and children's sleepwear › Children's sleepwear (list item)
li-6664462455 = pakaian bayi (16 CFR 1615.1(c));

# Flammability of clothing and children's sleepwear › Children's sleepwear (list item)
li-5c306bf18c = pakaian ketat (16 CFR 1615.1(o) dan 1616.2(m)).

# Flammability of clothing and children's sleepwear › Children's sleepwear (paragraph)
p-846bdf6598 = Pengecualian bagi pakaian bayi dan pakaian ketat diwujudkan melalui pindaan pada tahun 1996. Perubahan teknikal pada tahun 1999 menjadikan titik pengukuran lebih jelas.

# Flammability of clothing and children's sleepwear › Infant garments (heading)
h-334319fb25 = Pakaian bayi

# Flammability of clothing and children's sleepwear › Infant garments (paragraph)
p-07f3904b02 = Pakaian bayi mesti memenuhi semua syarat berikut:

# Flammability of clothing and children's sleepwear › Infant garments (list item)
li-088a089b83 = Saiznya 9 bulan atau lebih kecil.

# Flammability of clothing and children's sleepwear › Infant garments (list item)
li-7a8b620dca = Pakaian jenis satu helai (one-piece) tidak lebih panjang daripada 64.8 cm (25.75 in). Bagi pakaian jenis dua helai (two-piece), tiada helai yang lebih panjang daripada 40 cm (15.75 in).

# Flammability of clothing and children's sleepwear › Infant garments (list item)
li-4ba8fd85f1 = Pakaian itu memenuhi 16 CFR 1610 dan 1611.

# Flammability of clothing and children's sleepwear › Infant garments (list item)
li-335c773d52 = Pakaian itu mempunyai label yang menyatakan saiz dalam bulan. Jika label tidak kelihatan semasa jualan runcit, bungkusan juga mesti menyatakan saiz.

# Flammability of clothing and children's sleepwear › Tight-fitting garments (heading)
h-108fe650c2 = Pakaian ketat

# Flammability of clothing and children's sleepwear › Tight-fitting garments (paragraph)
p-79b7fb8ef7 = Peraturan menyenaraikan dimensi maksimum bagi setiap saiz. Dimensi ini ditetapkan bagi dada, pinggang, punggung, lengan atas, peha, pergelangan tangan dan buku lali (16 CFR 1615.1(o)(1) dan 1616.2(m)(1)). Pakaian ketat tidak boleh melebihi mana-mana dimensi ini. Pakaian itu juga tidak boleh mempunyai fabrik, hiasan atau kemasan, seperti renda, aplike atau reben, melebihi had yang ditetapkan oleh peraturan.

# Flammability of clothing and children's sleepwear › Tight-fitting garments (paragraph)
p-8203ac9c18 = Modul ini tidak memberikan jadual dimensi maksimum. Ukur setiap saiz berdasarkan jadual semasa dalam peraturan. Jika pakaian lebih besar daripada jadual pada mana-mana titik, pakaian itu bukan pakaian ketat. Dalam keadaan itu, pakaian tersebut mesti memenuhi peraturan pakaian tidur sepenuhnya.

# Flammability of clothing and children's sleepwear › Care labels (heading)
h-6755bf8cc3 = Label penjagaan

# Flammability of clothing and children's sleepwear › Care labels (paragraph)
p-847e4124e1 = Semua pakaian tidur kanak-kanak yang diliputi oleh peraturan ini mesti mempunyai label penjagaan kekal. Label itu mesti memberi amaran terhadap agen yang mengurangkan ketahanan api. Jika pakaian diuji selepas satu kali basuhan, label juga mesti menyatakan supaya pakaian dibasuh sebelum dipakai (16 CFR 1616.6(a)). Bahagian 1615 mempunyai peraturan yang sama.

# Flammability of clothing and children's sleepwear › Lead, certificates and tracking labels (heading)
h-70ba12d247 = Plumbum, sijil dan label pengesanan

# Flammability of clothing and children's sleepwear › Lead, certificates and tracking labels (paragraph)
p-f3b4da8326 = Pakaian kanak-kanak juga mesti mematuhi [had plumbum](lead-and-phthalates.md#limits). Tekstil, sama ada dicelup atau tidak dicelup, ditentukan tidak melebihi had plumbum (16 CFR 1500.91). Tekstil tidak memerlukan ujian plumbum pihak ketiga. Cetakan skrin, pindahan (transfer) dan aplikasi rawatan lepas lain tidak diliputi oleh penentuan ini. Barangan bukan tekstil juga tidak diliputi. Barangan ini mesti diuji.

# Flammability of clothing and children's sleepwear › Lead, certificates and tracking labels (paragraph)
p-091cea407b = CPSC menerbitkan contoh Sijil Produk Kanak-kanak bagi sehelai pakaian kanak-kanak. Sijil biasa bagi pakaian merujuk 16 CFR 1610 dan peraturan kandungan plumbum. Bagi pakaian tidur, sijil juga merujuk 16 CFR 1615 atau 1616. Pengecualian plumbum bagi tekstil dinyatakan dalam sijil sebagai ganti makmal.

# Flammability of clothing and children's sleepwear › Lead, certificates and tracking labels (paragraph)
p-a5ba79cf80 = Pakaian kanak-kanak juga mesti mempunyai label pengesanan. Nombor Pengenalan Berdaftar FTC (RN) boleh membekalkan sebahagian daripada maklumat itu. Pakaian luar yang mempunyai tali serut mempunyai peraturan tersendiri, lihat [tali serut](clothing-drawstrings.md).

# Flammability of clothing and children's sleepwear › What to do in the factory (heading)
h-2a572bd7e4 = Perkara yang perlu dilakukan di kilang

# Flammability of clothing and children's sleepwear › What to do in the factory (list item)
li-535e95aca9 = Tentukan bagi setiap pakaian sama ada pakaian itu ialah pakaian tidur kanak-kanak.

# Flammability of clothing and children's sleepwear › What to do in the factory (list item)
li-b107cca6f8 = Semak bahawa tiada fabrik untuk pakaian yang berada dalam Kelas 3.

# Flammability of clothing and children's sleepwear › What to do in the factory (list item)
li-65e91f14c6 = Uji pakaian tidur mengikut 16 CFR 1615 (saiz 0 hingga 6X) atau 16 CFR 1616 (saiz 7 hingga 14).

# Flammability of clothing and children's sleepwear › What to do in the factory (list item)
li-6744f97ed4 = Bagi pakaian bayi dan pakaian ketat, ukur setiap saiz berdasarkan peraturan.

# Flammability of clothing and children's sleepwear › What to do in the factory (list item)
li-f6350970a8 = Jahit label penjagaan kekal pada setiap pakaian tidur.

# Flammability of clothing and children's sleepwear › What to do in the factory (list item)
li-d8c230bdca = Uji cetakan, pindahan dan bahagian bukan tekstil untuk plumbum.

# Flammability of clothing and children's sleepwear › What to do in the factory (list item)
li-cd7d365b93 = Maklumkan kepada pengimport sebelum anda mengubah fabrik, kemasan atau pembekal. Simpan semua rekod ujian.

# Flammability of clothing and children's sleepwear › What to do in the factory (paragraph)
p-8618a097ad = CPSC telah menerbitkan latihan dalam bahasa Vietnam tentang peraturan bagi produk tekstil dan pakaian. Latihan ini ialah video dari Mac 2009, dengan transkrip di cpsc.gov. Sesetengah peraturan telah berubah sejak itu. Sentiasa semak teks semasa peraturan.

# Flammability of clothing and children's sleepwear › Check your knowledge (heading)
h-27544b5c12 = Uji pengetahuan anda

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-19d0e56d18 = Sejenis fabrik terbakar dengan cepat dan marak. Fabrik itu berada dalam Kelas 3. Bolehkah fabrik itu digunakan dalam pakaian?

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-566765d7fc = Ya, jika pakaian itu mempunyai label amaran.

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-c92f84af7d = Ya, tetapi hanya dalam pakaian dewasa.

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-bb9d17c93e = Tidak. Tekstil Kelas 3 tidak boleh digunakan dalam pakaian.

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-499e2a86eb = Tekstil Kelas 3 mudah terbakar pada tahap yang berbahaya. Pembuatan, penjualan atau pengimportan pakaian Kelas 3 dilarang.

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-f4172c6173 = Peraturan manakah yang meliputi pijama bersaiz 10?

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-7e3f263ca1 = 16 CFR 1615

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-001b87c753 = 16 CFR 1616

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-25e9abb58a = Hanya 16 CFR 1610

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-ca693800ff = Bahagian 1615 meliputi saiz 0 hingga 6X. Bahagian 1616 meliputi saiz 7 hingga 14.

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-87ddc9226d = Sehelai pakaian tidur bayi jenis satu helai (one-piece) bersaiz 6 bulan dan panjangnya 60 cm. Pakaian itu memenuhi 16 CFR 1610 dan 1611, dan labelnya menyatakan saiz dalam bulan. Apakah pakaian itu?

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-7bfba29594 = Pakaian bayi, yang dikecualikan daripada peraturan pakaian tidur

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-f03747c786 = Pakaian ketat

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-61b5f59e32 = Pakaian tidur yang mesti memenuhi 16 CFR 1615

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-754dcd5051 = Saiznya 9 bulan atau lebih kecil dan panjangnya tidak melebihi 64.8 cm. Oleh itu, pakaian itu ialah pakaian bayi. Pakaian itu mesti memenuhi 16 CFR 1610.

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-5aa809303b = Pakaian tidur diuji selepas satu kali basuhan. Apakah yang mesti dinyatakan pada label kekalnya?

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-df2c9a7756 = Tiada apa-apa lagi

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-ffb3d5b886 = Basuh pakaian sebelum memakainya.

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-187b3cee6e = Jangan basuh pakaian ini.

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-d0bdc7048a = Jika barangan itu diuji selepas satu kali basuhan, label mesti menyatakan supaya barangan itu dibasuh sebelum dipakai.

# Flammability of clothing and children's sleepwear › Sources (heading)
h-caf85b0888 = Sumber

# Flammability of clothing and children's sleepwear › Sources (list item)
li-ddc6ecd8c2 = { "[" }eCFR: Bahagian 1610, kemudahbakaran tekstil pakaian](https://www.ecfr.gov/current/title-16/part-1610)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-be8641e951 = { "[" }LII: Definisi artikel pakaian (peraturan Flammable Fabrics Act)](https://www.law.cornell.edu/cfr/text/16/1609.1)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-1c4106bc63 = { "[" }eCFR: Bahagian 1615, pakaian tidur kanak-kanak, saiz 0 hingga 6X](https://www.ecfr.gov/current/title-16/part-1615)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-9b74effef4 = { "[" }eCFR: Bahagian 1616, pakaian tidur kanak-kanak, saiz 7 hingga 14](https://www.ecfr.gov/current/title-16/part-1616)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-272df4c080 = { "[" }eCFR: Seksyen 1500.91, bahan yang tidak melebihi had plumbum](https://www.ecfr.gov/current/title-16/section-1500.91)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-2f16add235 = { "[" }Federal Register: peraturan muktamad tekstil pakaian, 25 Mac 2008](https://webarchive.library.unt.edu/eot2008/20081011225550/http://edocket.access.gpo.gov/2008/E8-5569.htm)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-395136d727 = { "[" }Federal Register: pindaan peraturan pakaian tidur, 9 September 1996](https://www.gpo.gov/fdsys/pkg/FR-1996-09-09/html/96-22697.htm)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-ab15dc523f = { "[" }Federal Register: perubahan teknikal peraturan pakaian tidur, 19 Januari 1999](http://federal.elaws.us/fr/1/19/1999/99-1138)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-07e13d9535 = { "[" }Federal Register: tekstil dan plumbum, 14 Oktober 2015](https://thefederalregister.org/80-FR/61729)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-7c46a3b4d9 = { "[" }CPSC: Soalan lazim tentang pakaian tidur kanak-kanak](https://cpsc.gov/FAQ/Childrens-Sleepwear)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-2bb8ea4713 = { "[" }CPSC: Soalan lazim tentang pakaian bayi dan pakaian ketat](https://cpsc.gov/FAQ/Infant-Tightfitting-Garments)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-353bb2c28c = { "[" }CPSC: Sijil Produk Kanak-kanak](http://www.cpsc.gov/cpc)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-ae450af3e8 = { "[" }CPSC: Soalan lazim tentang label pengesanan](https://cpsc.gov/FAQ/Tracking-Label)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-d920cda87d = { "[" }CPSC: Video tentang peraturan tekstil dan pakaian, dalam bahasa Vietnam](http://cpsc.gov/Business--Manufacturing/International/Vietnamese/Topics/Video-Clip---Regulations-for-Textile-and-Clothing-Products-March-2009/)
