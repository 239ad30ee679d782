### Malay translation of content/modules/cribs-full-size-and-non-full-size.md. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Full-size and non-full-size cribs (title)
title-67f0745d6b = Katil bayi saiz penuh dan bukan saiz penuh

# Full-size and non-full-size cribs (summary)
summary-0f591f25e5 = Katil bayi saiz penuh dan bukan saiz penuh mesti memenuhi standard keselamatan mandatori AS, dan setiap katil bayi mesti disertakan dengan kad pendaftaran pengguna.

# Full-size and non-full-size cribs (learning objective)
objective-96707f80ab = Menamakan peraturan bagi katil bayi saiz penuh dan peraturan bagi katil bayi bukan saiz penuh.

# Full-size and non-full-size cribs (learning objective)
objective-568c8c65e5 = Menerangkan pihak yang mesti mematuhi peraturan katil bayi, termasuk pusat jagaan kanak-kanak dan hotel.

# Full-size and non-full-size cribs (learning objective)
objective-7928d3d362 = Menerangkan kewajipan ujian dan sijil bagi katil bayi.

# Full-size and non-full-size cribs (learning objective)
objective-1fb71c7f21 = Menyediakan kad pendaftaran dan tanda kekal bagi setiap katil bayi.

# Full-size and non-full-size cribs (paragraph)
p-c32429e871 = Katil bayi ialah produk bayi atau kanak-kanak kecil yang tahan lama. Undang-undang AS menetapkan standard keselamatan mandatori bagi produk ini. Modul ini menerangkan dua peraturan katil bayi, pihak yang mesti mematuhinya dan kad pendaftaran yang mesti disertakan dengan setiap katil bayi.

# Full-size and non-full-size cribs › The two crib rules (heading)
h-8940493553 = Dua peraturan katil bayi

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-fb9ef89417 = Produk

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-62845f31a2 = Peraturan

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-e90a77266e = Berdasarkan

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-6496ea9d92 = Katil bayi saiz penuh

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-d962d1c544 = 16 CFR 1219

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-647b32c527 = ASTM F1169

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-a5f3dddb66 = Katil bayi bukan saiz penuh

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-32970fd515 = 16 CFR 1220

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-a70ac9d1a9 = ASTM F406

# Full-size and non-full-size cribs › The two crib rules (paragraph)
p-a9557af476 = CPSC mengeluarkan kedua-dua peraturan ini dalam satu peraturan muktamad bertarikh 28 Disember 2010. CPSC berbuat demikian di bawah seksyen 104(b) Consumer Product Safety Improvement Act (CPSIA). Seksyen 104(b) mewajibkan CPSC mengeluarkan standard yang pada dasarnya sama dengan standard sukarela ASTM, atau yang lebih ketat. Seksyen ini juga menetapkan proses untuk mengemas kini peraturan apabila ASTM menyemak semula standardnya.

# Full-size and non-full-size cribs › The two crib rules (paragraph)
p-68c1e6835e = Peraturan tahun 2010 menggabungkan edisi terdahulu standard ASTM ini, dengan beberapa perubahan. Kedua-dua peraturan telah dikemas kini sejak itu:

# Full-size and non-full-size cribs › The two crib rules (list item)
li-2042abc1dd = Peraturan bagi katil bayi bukan saiz penuh kini menggabungkan ASTM F406-24. Kemas kini ini berkuat kuasa pada 5 April 2025.

# Full-size and non-full-size cribs › The two crib rules (list item)
li-786bd04ab6 = Peraturan muktamad langsung bertarikh 4 Mei 2026 mengemas kini peraturan bagi katil bayi saiz penuh kepada ASTM F1169-25[^f1169]. Peraturan itu menetapkan tarikh berkuat kuasa 1 Ogos 2026, melainkan CPSC menarik baliknya selepas menerima ulasan bantahan yang signifikan (significant adverse comment). ASTM F1169-25 menambah keperluan bagi katil bayi saiz penuh yang mempunyai sisi jaring atau fabrik.

# Full-size and non-full-size cribs › The two crib rules (paragraph)
p-05efd3d96d = Peraturan itu ialah 91 FR 23908, doket CPSC-2010-0075.

# Full-size and non-full-size cribs › The two crib rules (paragraph)
p-9c8518c1b6 = Standard ASTM disemak semula dari semasa ke semasa. Sebelum anda menguji katil bayi, semak di eCFR edisi yang dirujuk oleh 16 CFR 1219 atau 1220 pada hari ini. Capai persetujuan tentang pelan ujian dengan { -importer }.

# Full-size and non-full-size cribs › The two crib rules (paragraph)
p-c606644f01 = Sesetengah produk yang serupa mempunyai peraturan tersendiri. Kandang main bayi tertakluk kepada 16 CFR 1221. Peraturan ini menggunakan ASTM F406 tanpa bahagian yang hanya terpakai bagi katil bayi bukan saiz penuh. Tilam katil bayi tertakluk kepada 16 CFR 1241.

# Full-size and non-full-size cribs › New and used cribs (heading)
h-07da977400 = Katil bayi baharu dan terpakai

# Full-size and non-full-size cribs › New and used cribs (paragraph)
p-ba149473b7 = Peraturan katil bayi berkuat kuasa pada 28 Jun 2011 bagi pengilang, peruncit dan pihak lain. Peraturan ini meliputi katil bayi terpakai dan juga katil bayi baharu (seksyen 104(c) CPSIA).

# Full-size and non-full-size cribs › New and used cribs (paragraph)
p-ac9cf952c5 = Peraturan ini juga terpakai kepada sesiapa yang memajakkan atau menyewakan semula katil bayi. Peraturan ini juga terpakai kepada sesiapa yang meletakkan katil bayi di pasaran dengan cara lain.

# Full-size and non-full-size cribs › Child care facilities and hotels (heading)
h-38b8165ff3 = Pusat jagaan kanak-kanak dan hotel

# Full-size and non-full-size cribs › Child care facilities and hotels (paragraph)
p-3cdb343fd3 = Peraturan katil bayi juga terpakai kepada tempat yang menggunakan katil bayi untuk anak orang lain:

# Full-size and non-full-size cribs › Child care facilities and hotels (list item)
li-6728dd22a6 = pusat jagaan kanak-kanak;

# Full-size and non-full-size cribs › Child care facilities and hotels (list item)
li-b0d634cd94 = rumah jagaan kanak-kanak keluarga;

# Full-size and non-full-size cribs › Child care facilities and hotels (list item)
li-475ca96abd = tempat penginapan awam, contohnya hotel.

# Full-size and non-full-size cribs › Child care facilities and hotels (paragraph)
p-7b6dfd17a6 = Tempat-tempat ini perlu mematuhi peraturan selewat-lewatnya pada 28 Disember 2012.

# Full-size and non-full-size cribs › Child care facilities and hotels (paragraph)
p-4e6f683408 = Sesetengah pembeli katil bayi ialah pusat jagaan kanak-kanak, hotel dan syarikat yang menyewakan katil bayi. Katil bayi yang mereka gunakan juga mesti memenuhi peraturan ini.

# Full-size and non-full-size cribs › Testing and certificates (heading)
h-ea5727a1d6 = Ujian dan sijil

# Full-size and non-full-size cribs › Testing and certificates (paragraph)
p-0f0748b25a = Peraturan katil bayi ialah peraturan keselamatan produk kanak-kanak. Oleh itu, setiap model katil bayi memerlukan:

# Full-size and non-full-size cribs › Testing and certificates (list item)
li-617c67c7a7 = ujian oleh makmal pihak ketiga yang diterima CPSC;

# Full-size and non-full-size cribs › Testing and certificates (list item)
li-a324280318 = { -cpc };

# Full-size and non-full-size cribs › Testing and certificates (list item)
li-b10f145461 = kad pendaftaran pengguna.

# Full-size and non-full-size cribs › Testing and certificates (paragraph)
p-aacdb728be = Bagi katil bayi yang dibuat di luar negara, pengimport AS mengeluarkan CPC. Sijil dan laporan ujian mesti dalam bahasa Inggeris. Bagi import, data sijil mesti difailkan secara elektronik semasa kemasukan. Keperluan ini terpakai mulai 8 Julai 2026. Bagi produk dari zon perdagangan asing, keperluan ini terpakai mulai 8 Januari 2027.

# Full-size and non-full-size cribs › Testing and certificates (paragraph)
p-ba889d9ab5 = Sesuatu { -material-change } dalam reka bentuk, proses pengilangan atau sumber komponen boleh menjejaskan pematuhan. Dalam keadaan itu, katil bayi memerlukan { -third-party-testing } yang baharu dan CPC yang baharu (16 CFR 1107.23(a)).

# Full-size and non-full-size cribs › Testing and certificates (paragraph)
p-07fdf8ce55 = Seperti semua produk kanak-kanak, katil bayi dan pembungkusannya memerlukan label pengesanan, setakat yang praktikal. Label ini ialah tanda kekal. Label ini menunjukkan pengilang atau pelabel persendirian, tempat dan tarikh pengeluaran, serta butiran seperti nombor kelompok atau nombor larian pengeluaran. Produk bayi atau kanak-kanak kecil yang tahan lama juga mempunyai peraturan pelabelan tambahan bagi produk dan bungkusan luarnya.

# Full-size and non-full-size cribs › Registration cards (heading)
h-2b8e2b8a02 = Kad pendaftaran

# Full-size and non-full-size cribs › Registration cards (paragraph)
p-1b44aff9c2 = Produk bayi atau kanak-kanak kecil yang tahan lama memerlukan kad pendaftaran pengguna. Peraturannya ialah 16 CFR 1130[^1]. Bagi katil bayi saiz penuh dan bukan saiz penuh, tarikh pematuhan ialah 28 Jun 2010.

# Full-size and non-full-size cribs › Registration cards (paragraph)
p-ffa0a1d97f = Peraturan kad pendaftaran diterbitkan pada 29 Disember 2009 (74 FR 68668). Peraturan ini berkuat kuasa pada 28 Jun 2010.

# Full-size and non-full-size cribs › Registration cards (paragraph)
p-a4c8c4eb4d = Setiap pengilang mesti:

# Full-size and non-full-size cribs › Registration cards (list item)
li-eca1f869e9 = menyediakan borang pendaftaran pengguna berbayar pos bersama setiap produk;

# Full-size and non-full-size cribs › Registration cards (list item)
li-10882c28ef = menyimpan rekod pengguna yang mendaftar;

# Full-size and non-full-size cribs › Registration cards (list item)
li-f95c85f841 = menandakan produk secara kekal dengan nama dan butiran hubungan pengilang, nama dan nombor model, serta tarikh pengilangan.

# Full-size and non-full-size cribs › Registration cards (paragraph)
p-9cece9bd52 = Di bawah peraturan ini, pengimport dikira sebagai pengilang.

# Full-size and non-full-size cribs › Registration cards (paragraph)
p-929c83b978 = Borang pendaftaran mesti (16 CFR 1130.5):

# Full-size and non-full-size cribs › Registration cards (list item)
li-c91230a994 = memberikan semua maklumat yang dikehendaki dalam bahasa Inggeris;

# Full-size and non-full-size cribs › Registration cards (list item)
li-ee50410b54 = dilekatkan pada permukaan produk, supaya pengguna pasti menyedari dan memegangnya;

# Full-size and non-full-size cribs › Registration cards (list item)
li-8d5bd23cc1 = menunjukkan nama pengilang, nama dan nombor model, serta tarikh pengilangan;

# Full-size and non-full-size cribs › Registration cards (list item)
li-37952aac5c = menyediakan cara untuk mendaftar melalui internet;

# Full-size and non-full-size cribs › Registration cards (list item)
li-aa75da0542 = menyatakan bahawa data akan digunakan hanya untuk tujuan penarikan balik atau amaran keselamatan.

# Full-size and non-full-size cribs › Registration cards (paragraph)
p-7636fca892 = Aksesori yang dijual secara berasingan tidak diliputi. Bagi sistem yang mempunyai beberapa komponen, satu kad pada komponen utama sudah memadai.

# Full-size and non-full-size cribs › Registration cards (paragraph)
p-671ee87426 = Lekatkan kad pada permukaan katil bayi. Pengguna mesti menyedari dan memegang kad itu. Semak bahawa kad menunjukkan nama model, nombor model dan tarikh pengilangan yang sama seperti tanda kekal pada katil bayi.

# Full-size and non-full-size cribs › What to do in the factory (heading)
h-2a572bd7e4 = Perkara yang perlu dilakukan di kilang

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-3f934a995d = Tentukan sama ada produk ialah katil bayi saiz penuh, katil bayi bukan saiz penuh atau kandang main bayi. Setiap satu mempunyai peraturan tersendiri.

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-481f2a290c = Uji mengikut edisi standard ASTM yang dirujuk oleh peraturan pada hari ini.

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-7af5300628 = Hantar setiap model katil bayi ke makmal pihak ketiga yang diterima CPSC untuk diuji.

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-d631a3f1ea = Tandakan setiap katil bayi secara kekal dengan nama dan butiran hubungan, nama dan nombor model, serta tarikh pengilangan.

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-7f3e11ce87 = Lekatkan kad pendaftaran berbayar pos dalam bahasa Inggeris pada setiap katil bayi.

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-e8b1e3f3ac = Letakkan maklumat pengesanan pada katil bayi dan pada pembungkusannya.

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-65e3dc7b79 = Maklumkan kepada pengimport sebelum anda mengubah reka bentuk, proses atau pembekal.

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-f4f53254b9 = Simpan semua rekod ujian. Pengimport memerlukannya untuk memperakui katil bayi.

# Full-size and non-full-size cribs › What to do in the factory (paragraph)
p-f43534ac93 = Halaman CPSC tentang pejabatnya di Beijing menyatakan bahawa firma pengilangan di China mengeluarkan sebahagian besar produk kanak-kanak yang berisiko lebih tinggi, seperti pakaian, katil bayi dan produk bilik bayi. Halaman itu tidak bertarikh. Pejabat itu ditubuhkan pada Januari 2011 sebagai pejabat luar negara pertama CPSC.

# Full-size and non-full-size cribs › Check your knowledge (heading)
h-27544b5c12 = Uji pengetahuan anda

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-9bd08e8f3b = Peraturan manakah yang meliputi katil bayi bukan saiz penuh?

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-d962d1c544 = 16 CFR 1219

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-32970fd515 = 16 CFR 1220

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-fcaf96e5d9 = 16 CFR 1130

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-8e2c429255 = 16 CFR 1220 meliputi katil bayi bukan saiz penuh. Peraturan ini berdasarkan ASTM F406. 16 CFR 1219 meliputi katil bayi saiz penuh.

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-16c95e8f25 = Sebuah hotel meletakkan katil bayi di dalam bilik tetamunya. Adakah katil bayi ini mesti memenuhi peraturan katil bayi?

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-02704f083f = Tidak, kerana hotel tidak menjual katil bayi.

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-c59d170731 = Ya. Tempat penginapan awam perlu mematuhi peraturan selewat-lewatnya pada 28 Disember 2012.

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-345e3007a1 = Hanya jika katil bayi itu baharu.

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-547726932e = Peraturan katil bayi terpakai kepada pusat jagaan kanak-kanak, rumah jagaan kanak-kanak keluarga dan tempat penginapan awam seperti hotel. Peraturan ini meliputi katil bayi terpakai dan juga katil bayi baharu.

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-114b9d7ed6 = Apakah yang mesti dinyatakan oleh borang pendaftaran tentang data pengguna?

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-62ee32b746 = Bahawa data itu boleh dijual kepada firma lain

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-c92d93acaf = Bahawa data itu akan digunakan hanya untuk tujuan penarikan balik atau amaran keselamatan

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-67e1bca088 = Tiada apa-apa

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-eb525dff18 = 16 CFR 1130.5 mewajibkan kenyataan ini. Borang itu juga mesti menyediakan cara untuk mendaftar melalui internet.

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-fd59b5a3f5 = Dalam bahasa apakah borang pendaftaran mesti memberikan maklumat yang dikehendaki?

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-ba118bf7fc = Bahasa Inggeris

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-f69acb290c = Bahasa negara tempat kilang berada

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-fb3b2acda0 = Mana-mana bahasa

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-505155b9fc = Semua maklumat yang dikehendaki mesti dalam bahasa Inggeris.

# Full-size and non-full-size cribs › Sources (heading)
h-caf85b0888 = Sumber

# Full-size and non-full-size cribs › Sources (list item)
li-75eb680811 = { "[" }eCFR: Bahagian 1219, katil bayi saiz penuh](https://www.ecfr.gov/current/title-16/part-1219)

# Full-size and non-full-size cribs › Sources (list item)
li-d46c17610f = { "[" }eCFR: Bahagian 1220, katil bayi bukan saiz penuh](https://www.ecfr.gov/current/title-16/part-1220)

# Full-size and non-full-size cribs › Sources (list item)
li-0e5c20d617 = { "[" }eCFR: Bahagian 1130, kad pendaftaran pengguna](https://www.ecfr.gov/current/title-16/part-1130)

# Full-size and non-full-size cribs › Sources (list item)
li-8413429241 = { "[" }Federal Register: peraturan katil bayi, 28 Disember 2010](http://www.gpo.gov/fdsys/pkg/FR-2010-12-28/html/2010-32178.htm)

# Full-size and non-full-size cribs › Sources (list item)
li-87fe31cba3 = { "[" }Federal Register: peraturan katil bayi, tarikh pematuhan](http://federal.elaws.us/fr/notice/12/28/2010/2010-32178)

# Full-size and non-full-size cribs › Sources (list item)
li-20809eff7e = { "[" }Federal Register: katil bayi bukan saiz penuh, ASTM F406-24, 31 Januari 2025](https://regulations.justia.com/regulations/fedreg/2025/01/31/2025-01721.html)

# Full-size and non-full-size cribs › Sources (list item)
li-a28e09112c = { "[" }Federal Register: katil bayi saiz penuh, ASTM F1169-25, 4 Mei 2026](https://www.govinfo.gov/content/pkg/FR-2026-05-04/html/2026-08632.htm)

# Full-size and non-full-size cribs › Sources (list item)
li-d734a4831f = { "[" }Federal Register: kandang main bayi, 29 Januari 2025](https://govinfo.gov/content/pkg/FR-2025-01-29/html/2025-01658.htm)

# Full-size and non-full-size cribs › Sources (list item)
li-84c53c5461 = { "[" }Federal Register: kad pendaftaran, 29 Disember 2009](http://edocket.access.gpo.gov/2009/E9-30485.htm)

# Full-size and non-full-size cribs › Sources (list item)
li-48eb455674 = { "[" }CPSC: Soalan lazim tentang kad pendaftaran](https://www.cpsc.gov/FAQ/Registration-Cards)

# Full-size and non-full-size cribs › Sources (list item)
li-30cde9875c = { "[" }CPSC: Sijil Produk Kanak-kanak](https://www.cpsc.gov/Business--Manufacturing/Testing-Certification/Childrens-Product-Certificate-CPC/)

# Full-size and non-full-size cribs › Sources (list item)
li-8842c36139 = { "[" }CPSC: eFiling](https://cpsc.gov/eFiling)

# Full-size and non-full-size cribs › Sources (list item)
li-c9b7cfeaa7 = { "[" }CPSC: Label pengesanan](https://cpsc.gov/trackinglabel)

# Full-size and non-full-size cribs › Sources (list item)
li-f30ee94a2c = { "[" }CPSC: Pejabat Keselamatan Produk Serantau, Beijing](http://www.cpsc.gov/Business--Manufacturing/International/CPSC-Regional-Product-Safety-Office-Beijing/)
