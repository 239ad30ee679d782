### Malay translation of content/modules/childrens-products-and-certificates.md (Children's products and certificates). Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Children's products and certificates (title)
title-9b5bee27e9 = Produk kanak-kanak dan sijil

# Children's products and certificates (summary)
summary-18358a5a8a = Produk kanak-kanak mesti diuji oleh { -cpsc-accepted-lab }, diperakui dalam { -cpc } dan ditandakan dengan { -tracking-label }.

# Children's products and certificates (learning objective)
objective-90a40368b4 = Menentukan sama ada sesuatu produk ialah { -childrens-product }.

# Children's products and certificates (learning objective)
objective-99d966dd40 = Menamakan tujuh elemen { -cpc }.

# Children's products and certificates (learning objective)
objective-ee420f502b = Menerangkan bila sesuatu produk memerlukan { -third-party-testing } yang baharu dan sijil baharu.

# Children's products and certificates (learning objective)
objective-3b2251a5f8 = Menerangkan keperluan { -tracking-label } dan { -efiling }.

# Children's products and certificates (paragraph)
p-53c1f09a65 = Produk kanak-kanak mesti mematuhi peraturan keselamatan AS yang terpakai padanya. Ia juga mesti diuji, diperakui dan ditandakan.

# Children's products and certificates › What is a children's product (heading)
h-afce076afe = Apakah produk kanak-kanak

# Children's products and certificates › What is a children's product (paragraph)
p-eb894becc0 = Produk kanak-kanak ialah produk pengguna yang direka bentuk atau dimaksudkan terutamanya untuk kanak-kanak berumur 12 tahun ke bawah. Definisi ini terdapat dalam seksyen 3(a)(2) Consumer Product Safety Act dan dalam 16 CFR 1200.2.

# Children's products and certificates › What is a children's product (paragraph)
p-8c06b65dee = Empat faktor menentukan sama ada sesuatu produk dimaksudkan terutamanya untuk kanak-kanak (16 CFR 1200.2(a)(1)):

# Children's products and certificates › What is a children's product (list item)
li-58b0206d03 = Kenyataan pengilang tentang penggunaan yang dimaksudkan, termasuk label, jika kenyataan itu munasabah.

# Children's products and certificates › What is a children's product (list item)
li-fcefa784f6 = Sama ada pembungkusan, paparan, promosi atau pengiklanan menampilkan produk itu sebagai sesuai untuk kanak-kanak berumur 12 tahun ke bawah.

# Children's products and certificates › What is a children's product (list item)
li-5b69564c25 = Sama ada pengguna lazimnya mengenali produk itu sebagai produk yang dimaksudkan untuk kanak-kanak berumur 12 tahun ke bawah.

# Children's products and certificates › What is a children's product (list item)
li-c326d5b072 = Garis panduan kakitangan { -cpsc }, Age Determination Guidelines, bertarikh September 2002, dan mana-mana garis panduan penggantinya.

# Children's products and certificates › What is a children's product (paragraph)
p-444366eab3 = Keputusan dibuat secara kes demi kes. Mainan yang tertakluk pada peraturan [bahagian kecil](toys-small-parts.md) ialah { -childrens-product }.

# Children's products and certificates › Testing by a CPSC-accepted laboratory (heading)
h-83745dbbc9 = Ujian oleh makmal yang diterima CPSC

# Children's products and certificates › Testing by a CPSC-accepted laboratory (paragraph)
p-ba4bbde9f6 = Produk kanak-kanak yang diliputi oleh peraturan keselamatan produk kanak-kanak mesti diuji oleh makmal pihak ketiga yang diterima { -cpsc }, dan diperakui. Keperluan bagi makmal ini terdapat dalam 16 CFR 1112.

# Children's products and certificates › Testing by a CPSC-accepted laboratory (paragraph)
p-8f3564d5e7 = 16 CFR 1107 menetapkan protokol bagi ujian berterusan produk kanak-kanak:

# Children's products and certificates › Testing by a CPSC-accepted laboratory (list item)
li-b683642aec = { -periodic-testing };

# Children's products and certificates › Testing by a CPSC-accepted laboratory (list item)
li-af36acde5d = ujian selepas { -material-change } dalam reka bentuk atau proses pembuatan.

# Children's products and certificates › Testing by a CPSC-accepted laboratory (paragraph)
p-62634363cf = Bahagian 1107 juga menetapkan perlindungan terhadap pengaruh yang tidak wajar ke atas makmal (16 CFR 1107.1).

# Children's products and certificates › Testing by a CPSC-accepted laboratory (paragraph)
p-ad85a1baed = Sesuatu { -material-change } ialah perubahan dalam reka bentuk, proses pembuatan atau sumber komponen yang boleh menjejaskan pematuhan. Selepas { -material-change }, produk itu memerlukan { -third-party-testing } yang baharu dan sijil baharu (16 CFR 1107.23(a)). Sijil baharu tidak boleh dikeluarkan sehingga produk itu mematuhi peraturan. Jika hanya satu komponen yang berubah, firma boleh menggabungkan keputusan ujian terdahulu dengan ujian baharu ke atas komponen itu.

# Children's products and certificates › Testing by a CPSC-accepted laboratory (paragraph)
p-85f9eb3e74 = Pembekal baharu bagi sesuatu komponen ialah perubahan dalam sumber komponen. Jika ia boleh menjejaskan pematuhan, ia ialah { -material-change }. Maklumkan kepada { -importer } sebelum anda menukar reka bentuk, proses atau pembekal.

# Children's products and certificates › Testing by a CPSC-accepted laboratory (paragraph)
p-5263e158d1 = Firma boleh menguji bahagian komponen dan bukannya produk siap, jika ujian komponen itu diperlukan atau mencukupi untuk menilai pematuhan (16 CFR 1109.5(a)). Komponen yang diuji mestilah sama dalam semua aspek penting dengan komponen dalam produk siap. Jika ragu-ragu, uji produk siap.

# Children's products and certificates › The certificate (heading)
h-36c79acaa5 = Sijil

# Children's products and certificates › The certificate (paragraph)
p-1e37ed4303 = Pengimport AS atau pengilang domestik memperakui pematuhan secara bertulis dalam { -cpc }. CPC berdasarkan keputusan ujian yang lulus daripada makmal pihak ketiga yang diterima { -cpsc }. Peraturan bagi sijil terdapat dalam 16 CFR 1110.

# Children's products and certificates › The certificate (paragraph)
p-787f8f68bd = 16 CFR 1110 telah disemak semula melalui peraturan muktamad bertarikh 8 Januari 2025. Peraturan yang disemak semula itu berkuat kuasa pada 8 Julai 2026, dan pada 8 Januari 2027 bagi kemasukan dari zon perdagangan asing. Peraturan ini terpakai kepada pengimport, pengilang domestik dan pelabel persendirian yang mesti mengeluarkan sijil. Modul ini menerangkan sijil sebagaimana yang diterangkan dalam halaman sijil { -cpsc }. Sebelum anda menyediakan sijil, semak teks semasa 16 CFR 1110 di eCFR.

# Children's products and certificates › The certificate (paragraph)
p-85a6436776 = Bagi produk yang dibuat di luar negara, pengimport mengeluarkan CPC. Bagi produk yang dibuat di Amerika Syarikat, pengilang AS yang mengeluarkannya. Makmal boleh membantu merangka CPC, tetapi pihak yang memperakui kekal bertanggungjawab di sisi undang-undang. CPC mesti diberikan kepada pengedar dan peruncit.

# Children's products and certificates › The certificate (paragraph)
p-2af1b2350b = CPC dan laporan ujian sokongan mesti dalam bahasa Inggeris. Tiada templat khusus yang diwajibkan. Tujuh elemen yang diperlukan mesti ada dan tepat. { -cpsc } menerbitkan contoh CPC bagi mainan, artikel pakaian dan { -bassinet }.

# Children's products and certificates › The certificate (table cell)
td-4e5b548d6d = Elemen

# Children's products and certificates › The certificate (table cell)
td-8e7ddf931c = Perkara yang ditunjukkan

# Children's products and certificates › The certificate (table cell)
td-fb9ef89417 = Produk

# Children's products and certificates › The certificate (table cell)
td-31a1a8581f = Butiran yang mencukupi untuk memadankan CPC dengan setiap produk yang diliputinya, dan tidak dengan produk lain

# Children's products and certificates › The certificate (table cell)
td-4228aeb07c = Peraturan

# Children's products and certificates › The certificate (table cell)
td-647ca8b733 = Setiap peraturan keselamatan produk kanak-kanak, dinyatakan secara berasingan

# Children's products and certificates › The certificate (table cell)
td-86004f1008 = Pihak yang memperakui

# Children's products and certificates › The certificate (table cell)
td-9726b0e13b = Pengimport AS atau pengilang domestik: nama, alamat surat-menyurat penuh, telefon

# Children's products and certificates › The certificate (table cell)
td-75964d2f03 = Orang hubungan bagi rekod

# Children's products and certificates › The certificate (table cell)
td-16cd9dc1e6 = Orang yang menyimpan rekod ujian: nama, alamat surat-menyurat penuh, e-mel, telefon

# Children's products and certificates › The certificate (table cell)
td-8f1f17218c = Pembuatan

# Children's products and certificates › The certificate (table cell)
td-268569d872 = Tarikh dan tempat pembuatan

# Children's products and certificates › The certificate (table cell)
td-e806a291cf = Ujian

# Children's products and certificates › The certificate (table cell)
td-e4f77faceb = Tarikh dan tempat ujian

# Children's products and certificates › The certificate (table cell)
td-5e37d1bb9d = Makmal

# Children's products and certificates › The certificate (table cell)
td-c3fb8823c4 = Setiap makmal pihak ketiga yang diterima { -cpsc } yang menjadi sandaran sijil itu

# Children's products and certificates › The certificate (paragraph)
p-a23fc9f3e0 = Sesetengah produk dikecualikan daripada ujian, di bawah pengecualian dalam sesuatu peraturan atau di bawah penentuan { -cpsc }. Contohnya ialah selimut kanak-kanak. Firma masih mesti mengeluarkan CPC. CPC itu menyatakan semua peraturan yang terpakai. Sebagai ganti makmal, ia menamakan pengecualian yang dituntut. Sesetengah bahan tidak memerlukan ujian plumbum, tetapi bahan itu masih mesti mematuhi [had plumbum](lead-and-phthalates.md#limits).

# Children's products and certificates › The certificate (paragraph)
p-b780cea7e8 = Jika sesuatu sijil bersandarkan laporan ujian bagi komponen, sijil bagi produk siap mesti menyenaraikan setiap makmal dan setiap rujukan peraturan.

# Children's products and certificates › Tracking labels (heading)
h-588e1d0168 = Label pengesanan

# Children's products and certificates › Tracking labels (paragraph)
p-55f963d8df = Produk kanak-kanak dan pembungkusannya mesti mempunyai tanda pembeza yang kekal, setakat yang praktikal (Consumer Product Safety Act, seksyen 14(a)(5)). Tanda ini dipanggil { -tracking-label }. Label ini mesti menunjukkan:

# Children's products and certificates › Tracking labels (list item)
li-8b8de6764f = nama pengilang atau pelabel persendirian (private labeler);

# Children's products and certificates › Tracking labels (list item)
li-3470715922 = lokasi dan tarikh pengeluaran;

# Children's products and certificates › Tracking labels (list item)
li-e2d219ac42 = maklumat terperinci tentang proses pembuatan, seperti nombor kelompok atau nombor larian pengeluaran;

# Children's products and certificates › Tracking labels (list item)
li-302a560ee7 = apa-apa maklumat lain yang membantu mengenal pasti sumber khusus produk itu.

# Children's products and certificates › Tracking labels (paragraph)
p-cf53363818 = Maklumat itu mesti kelihatan dan boleh dibaca. Ia tidak perlu berada di satu tempat. Tanda sedia ada boleh diambil kira. Pada pakaian, FTC Registered Identification Number (RN) boleh memenuhi sebahagian daripada keperluan ini, tetapi bukan keseluruhannya.

# Children's products and certificates › Tracking labels (paragraph)
p-f0f48ff60e = Bagi produk yang dibuat di luar negara, pengimport bertanggungjawab atas { -tracking-label }.

# Children's products and certificates › Tracking labels (paragraph)
p-2e2d7a3df2 = Produk bayi atau kanak-kanak kecil yang tahan lama, seperti katil bayi dan kereta sorong bayi, mempunyai peraturan tambahan tentang penandaan dan { -registration-card } (16 CFR 1130).

# Children's products and certificates › Certificate eFiling (heading)
h-fb60fb25fd = eFiling sijil

# Children's products and certificates › Certificate eFiling (paragraph)
p-ee96f72957 = Peraturan muktamad bertarikh 8 Januari 2025 menjadikan eFiling sijil wajib bagi import[^1]. Ia meliputi semua produk import yang dikawal selia oleh { -cpsc } yang mesti diperakui. Ini termasuk { -cpc } dan Sijil Pematuhan Am (General Certificate of Conformity). Produk yang dibuat di Amerika Syarikat juga mesti diperakui, tetapi sijilnya tidak difailkan secara elektronik semasa kemasukan.

# Children's products and certificates › Certificate eFiling (paragraph)
p-e15ba62e66 = Peraturan itu ialah 90 FR 1800, doket CPSC 2013-0017. Ia meminda 16 CFR 1110.

# Children's products and certificates › Certificate eFiling (paragraph)
p-d62a33b501 = Pengimport, atau ejen kastamnya, memfailkan data sijil secara elektronik semasa kemasukan. Data itu dihantar kepada U.S. Customs and Border Protection melalui Partner Government Agency (PGA) Message Set dalam ACE. Data itu juga boleh disimpan dalam CPSC Product Registry dan dirujuk.

# Children's products and certificates › Certificate eFiling (table cell)
td-7cb76b4af1 = Kemasukan

# Children's products and certificates › Certificate eFiling (table cell)
td-98b2042ece = eFiling wajib mulai

# Children's products and certificates › Certificate eFiling (table cell)
td-5a72f56cfc = Semua kemasukan, kecuali dari zon perdagangan asing (foreign trade zone)

# Children's products and certificates › Certificate eFiling (table cell)
td-d5af4d96ee = 8 Julai 2026

# Children's products and certificates › Certificate eFiling (table cell)
td-93a6572f9a = Kemasukan dari zon perdagangan asing, untuk penggunaan atau penggudangan

# Children's products and certificates › Certificate eFiling (table cell)
td-56358c61e0 = 8 Januari 2027

# Children's products and certificates › Certificate eFiling (paragraph)
p-0213aef8d6 = Data itu ialah tujuh elemen sijil yang diperlukan. Rekod kilang mesti menyokong setiap satu daripadanya.

# Children's products and certificates › Certificate eFiling (paragraph)
p-fd7ef61545 = Jawapan { -cpsc } yang lebih lama menyatakan bahawa pemfailan CPC dengan kerajaan "not required at this time" (tidak diwajibkan pada masa ini). Bagi kebanyakan import mulai 8 Julai 2026, maklumat ini sudah lapuk.

# Children's products and certificates › What to do in the factory (heading)
h-2a572bd7e4 = Perkara yang perlu dilakukan di kilang

# Children's products and certificates › What to do in the factory (list item)
li-177c4ae1e9 = Minta { -age-grade } dan senarai peraturan bagi setiap produk daripada pengimport.

# Children's products and certificates › What to do in the factory (list item)
li-d9df4d7e41 = Gunakan hanya makmal pihak ketiga yang diterima { -cpsc }.

# Children's products and certificates › What to do in the factory (list item)
li-d6930a85c2 = Rekodkan tarikh dan tempat pembuatan serta nombor kelompok atau nombor larian pengeluaran bagi setiap lot.

# Children's products and certificates › What to do in the factory (list item)
li-5e61dc43de = Letakkan tanda pengesanan pada produk dan pembungkusan, seperti yang dipersetujui dengan pengimport.

# Children's products and certificates › What to do in the factory (list item)
li-e7d4b01dd8 = Maklumkan kepada pengimport sebelum sebarang perubahan dalam reka bentuk, proses atau pembekal komponen.

# Children's products and certificates › What to do in the factory (list item)
li-80a56267c4 = Jangan sekali-kali cuba mempengaruhi keputusan ujian makmal.

# Children's products and certificates › What to do in the factory (list item)
li-176bfa22d4 = Simpan semua laporan ujian dalam bahasa Inggeris, sedia untuk pengimport.

# Children's products and certificates › What to do in the factory (paragraph)
p-e618613b73 = Apabila { -cpsc } mengetahui pengilang China di sebalik sesuatu { -recall } secara sukarela, ia memberikan nama pengilang itu dan pengumuman penarikan balik kepada pengawal selia China. Ia juga memaklumkan pengilang itu, jika ia mempunyai nama dan alamatnya. Sejak 2018, tugas bekas pengawal selia China dipikul oleh SAMR, bagi kualiti dan keselamatan produk, dan oleh GACC, bagi pemeriksaan import dan eksport. Rekod kelompok yang baik membantu mengenal pasti lot yang terjejas dengan cepat.

# Children's products and certificates › Check your knowledge (heading)
h-27544b5c12 = Uji pengetahuan anda

# Children's products and certificates › Check your knowledge (list item)
li-2d6476b1da = Sesuatu produk direka bentuk terutamanya untuk kanak-kanak berumur 10 tahun. Adakah ia produk kanak-kanak?

# Children's products and certificates › Check your knowledge (list item)
li-4536ae53f1 = Ya, kerana ia untuk kanak-kanak berumur 12 tahun ke bawah.

# Children's products and certificates › Check your knowledge (list item)
li-8112389f01 = Tidak, hanya produk untuk kanak-kanak di bawah umur 3 tahun ialah produk kanak-kanak.

# Children's products and certificates › Check your knowledge (list item)
li-82153ece2e = Hanya jika ia mainan.

# Children's products and certificates › Check your knowledge (list item)
li-594c02ef97 = Produk kanak-kanak direka bentuk atau dimaksudkan terutamanya untuk kanak-kanak berumur 12 tahun ke bawah.

# Children's products and certificates › Check your knowledge (list item)
li-6308ed4b24 = Siapakah yang mengeluarkan CPC bagi mainan yang dibuat di Vietnam dan diimport ke Amerika Syarikat?

# Children's products and certificates › Check your knowledge (list item)
li-e6b0e280cc = Kilang

# Children's products and certificates › Check your knowledge (list item)
li-eff80c037e = Makmal ujian

# Children's products and certificates › Check your knowledge (list item)
li-9cd14423a6 = Pengimport AS

# Children's products and certificates › Check your knowledge (list item)
li-6b969f7557 = Bagi produk yang dibuat di luar negara, pengimport mengeluarkan CPC dan bertanggungjawab ke atasnya di sisi undang-undang.

# Children's products and certificates › Check your knowledge (list item)
li-fcbed22ce5 = Sebuah kilang menukar pembekal sejenis cat. Perubahan itu boleh menjejaskan pematuhan. Apakah yang diperlukan?

# Children's products and certificates › Check your knowledge (list item)
li-78cfbffa15 = Tiada apa-apa, kerana laporan ujian lama telah lulus

# Children's products and certificates › Check your knowledge (list item)
li-31378a4dbd = Ujian pihak ketiga yang baharu dan sijil baharu

# Children's products and certificates › Check your knowledge (list item)
li-b9c4997783 = Hanya label pengesanan baharu

# Children's products and certificates › Check your knowledge (list item)
li-c833050ed9 = Perubahan dalam sumber komponen yang boleh menjejaskan pematuhan ialah { -material-change }. Ia memerlukan { -third-party-testing } yang baharu dan CPC baharu.

# Children's products and certificates › Check your knowledge (list item)
li-61c9080c7d = Mulai tarikh apakah eFiling sijil wajib bagi kemasukan dari zon perdagangan asing?

# Children's products and certificates › Check your knowledge (list item)
li-d5af4d96ee = 8 Julai 2026

# Children's products and certificates › Check your knowledge (list item)
li-56358c61e0 = 8 Januari 2027

# Children's products and certificates › Check your knowledge (list item)
li-677f334331 = 8 Januari 2025

# Children's products and certificates › Check your knowledge (list item)
li-6e9fa34bde = Bagi kemasukan lain, tarikhnya ialah 8 Julai 2026.

# Children's products and certificates › Sources (heading)
h-caf85b0888 = Sumber

# Children's products and certificates › Sources (list item)
li-cbe74fd4cb = { "[" }eCFR: Bahagian 1200, definisi produk kanak-kanak](https://www.ecfr.gov/current/title-16/part-1200)

# Children's products and certificates › Sources (list item)
li-837c43b9bc = { "[" }eCFR: Bahagian 1107, ujian dan pemerakuan produk kanak-kanak](https://www.ecfr.gov/current/title-16/part-1107)

# Children's products and certificates › Sources (list item)
li-1a6b397484 = { "[" }eCFR: Bahagian 1109, ujian bahagian komponen](https://www.ecfr.gov/current/title-16/part-1109)

# Children's products and certificates › Sources (list item)
li-74ff8b238e = { "[" }eCFR: Bahagian 1110, sijil](https://www.ecfr.gov/current/title-16/part-1110)

# Children's products and certificates › Sources (list item)
li-f8c7729576 = { "[" }eCFR: Bahagian 1112, makmal pihak ketiga](https://www.ecfr.gov/current/title-16/part-1112)

# Children's products and certificates › Sources (list item)
li-30cde9875c = { "[" }CPSC: Sijil Produk Kanak-kanak (Children's Product Certificate)](https://www.cpsc.gov/Business--Manufacturing/Testing-Certification/Childrens-Product-Certificate-CPC/)

# Children's products and certificates › Sources (list item)
li-90dfe3aff0 = { "[" }CPSC: Gambaran keseluruhan sijil](http://www.cpsc.gov/cpc)

# Children's products and certificates › Sources (list item)
li-056d7e4313 = { "[" }Soalan lazim CPSC: Sijil Produk Kanak-kanak](https://cpsc.gov/FAQ/Children%E2%80%99s-Product-Certificate)

# Children's products and certificates › Sources (list item)
li-c9b7cfeaa7 = { "[" }CPSC: Label pengesanan](https://cpsc.gov/trackinglabel)

# Children's products and certificates › Sources (list item)
li-67a24923eb = { "[" }Soalan lazim CPSC: Label pengesanan](https://cpsc.gov/FAQ/Tracking-Label)

# Children's products and certificates › Sources (list item)
li-8842c36139 = { "[" }CPSC: eFiling](https://cpsc.gov/eFiling)

# Children's products and certificates › Sources (list item)
li-be5b6f1662 = { "[" }Soalan lazim CPSC: eFiling](https://cpsc.gov/FAQ/eFiling-Frequently-Asked-Questions-FAQ)

# Children's products and certificates › Sources (list item)
li-afa25cdc0b = { "[" }Federal Register: peraturan muktamad eFiling, 8 Januari 2025](https://regulations.justia.com/regulations/fedreg/2025/01/08/2024-30826.html)

# Children's products and certificates › Sources (list item)
li-5e1930f721 = { "[" }CPSC: Pemberitahuan penarikan balik kepada kerajaan China](http://www.cpsc.gov/Business--Manufacturing/International/Topics/Chinese-Government-Notification-of-Recalls/)
