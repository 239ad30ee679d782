### Malay translation of content/modules/clothing-drawstrings.md. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Drawstrings on children's upper outerwear (title)
title-84b0acf604 = Tali serut pada pakaian luar bahagian atas kanak-kanak

# Drawstrings on children's upper outerwear (summary)
summary-99bb196785 = Pakaian luar bahagian atas kanak-kanak bersaiz 2T hingga 12 tidak boleh mempunyai tali serut pada hud atau leher, dan tali serut pada pinggang dan labuh bagi saiz 2T hingga 16 mesti mematuhi had yang ketat.

# Drawstrings on children's upper outerwear (learning objective)
objective-11f00f719f = Menerangkan sebab tali serut pada pakaian luar bahagian atas kanak-kanak berbahaya.

# Drawstrings on children's upper outerwear (learning objective)
objective-9675eb69ce = Menamakan saiz yang diliputi oleh peraturan tali serut pada hud, leher, pinggang dan labuh.

# Drawstrings on children's upper outerwear (learning objective)
objective-a590b9ef82 = Menyemak tali serut pada pinggang atau labuh berdasarkan peraturan.

# Drawstrings on children's upper outerwear (learning objective)
objective-eed865731e = Menerangkan tindakan yang perlu diambil apabila pakaian tidak mematuhi peraturan.

# Drawstrings on children's upper outerwear (paragraph)
p-35aa8e6025 = Tali serut pada pakaian luar bahagian atas kanak-kanak boleh tersangkut pada gelongsor taman permainan atau pintu bas. Kanak-kanak kemudiannya boleh tercekik. Oleh itu, peraturan AS mengehadkan tali serut pada pakaian luar bahagian atas kanak-kanak.

# Drawstrings on children's upper outerwear › Why drawstrings are dangerous (heading)
h-d5f4cf71fc = Sebab tali serut berbahaya

# Drawstrings on children's upper outerwear › Why drawstrings are dangerous (paragraph)
p-001455916b = Kakitangan CPSC mengetahui 26 kematian dan 73 insiden tidak membawa maut akibat tali serut pada leher atau hud. Kejadian ini berlaku antara Januari 1985 dan Jun 2019. Kanak-kanak itu berumur 18 bulan hingga 15 tahun. Kebanyakan insiden melibatkan gelongsor taman permainan. Sesetengahnya melibatkan pintu bas sekolah yang tersangkut tali serut pada pinggang.

# Drawstrings on children's upper outerwear › The rule (heading)
h-4d88e08f47 = Peraturan

# Drawstrings on children's upper outerwear › The rule (paragraph)
p-50ac2aa13e = Peraturannya ialah 16 CFR 1120.3(b). Peraturan ini memasukkan pakaian tertentu ke dalam senarai bahaya produk yang ketara (substantial product hazard). Pakaian ini ialah pakaian luar bahagian atas kanak-kanak yang mempunyai tali serut:

# Drawstrings on children's upper outerwear › The rule (list item)
li-cbb0a19c9a = dalam saiz 2T hingga 16, atau yang setara;

# Drawstrings on children's upper outerwear › The rule (list item)
li-bc53a5a8a0 = yang tertakluk kepada ASTM F1816-97 tetapi tidak mematuhinya.

# Drawstrings on children's upper outerwear › The rule (paragraph)
p-ccfad9b896 = Undang-undang di sebalik senarai ini ialah seksyen 15(j) Consumer Product Safety Act. Peraturan muktamad diterbitkan pada 19 Julai 2011. Peraturan ini berkuat kuasa pada 18 Ogos 2011.

# Drawstrings on children's upper outerwear › The rule (paragraph)
p-ffa2eb88ae = Tali serut ialah kord, reben atau pita yang tidak boleh ditarik masuk semula, yang menarik bahagian-bahagian pakaian luar bahagian atas bersama untuk menutupnya (16 CFR 1120.2(c)).

# Drawstrings on children's upper outerwear › What the rule requires (heading)
h-1e96f9e67c = Keperluan peraturan

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-04d1ee334d = Tali serut

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-74a3978d10 = Saiz

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-f5f5690b0e = Keperluan

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-3ba0fac5b0 = Hud dan leher

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-4484f5555a = 2T hingga 12

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-f0406a0e7e = Tidak dibenarkan

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-0c9d859c63 = Pinggang dan labuh

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-c8f1450462 = 2T hingga 16

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-343daebc4d = Dibenarkan, dengan had

# Drawstrings on children's upper outerwear › What the rule requires (paragraph)
p-9ccda0f7d7 = Tali serut pada hud dan leher pakaian luar bahagian atas bersaiz 2T hingga 12 ialah bahaya produk yang ketara. Tali serut ini mewujudkan risiko tercekik. Tali serut ini tidak dibenarkan.

# Drawstrings on children's upper outerwear › What the rule requires (paragraph)
p-96a4cbc856 = Tali serut pada pinggang dan labuh pakaian luar bahagian atas bersaiz 2T hingga 16 mesti mematuhi semua had berikut:

# Drawstrings on children's upper outerwear › What the rule requires (list item)
li-e0a35aeeb7 = Kembangkan pakaian hingga lebar maksimumnya. Tali serut tidak boleh terjulur lebih daripada 3 inci di luar salurannya.

# Drawstrings on children's upper outerwear › What the rule requires (list item)
li-67782c586a = Hujung bebas tidak boleh mempunyai togol, simpulan atau lampiran lain.

# Drawstrings on children's upper outerwear › What the rule requires (list item)
li-a64c432fa0 = Tali serut tunggal yang berterusan mesti dijahit palang (bar-tack). Ini bermakna tali serut itu dijahit tembus, supaya tidak boleh ditarik keluar melalui salurannya.

# Drawstrings on children's upper outerwear › What the rule requires (paragraph)
p-ce26dc7687 = Ukur tali serut dengan pakaian dikembangkan hingga lebar maksimumnya, seperti yang dinyatakan dalam peraturan. Semak setiap saiz sesuatu gaya, bukan hanya saiz sampel. Satu gaya boleh mempunyai saiz dalam kedua-dua baris jadual.

# Drawstrings on children's upper outerwear › When garments do not meet the rule (heading)
h-62adc5c1b2 = Apabila pakaian tidak mematuhi peraturan

# Drawstrings on children's upper outerwear › When garments do not meet the rule (paragraph)
p-9c73ceb2bb = Pengilang, pengimport, pengedar dan peruncit mesti melaporkan kepada { -cpsc } dalam beberapa keadaan. Keadaan ini termasuk apabila mereka mempunyai maklumat yang secara munasabah menyokong kesimpulan bahawa sesuatu produk:

# Drawstrings on children's upper outerwear › When garments do not meet the rule (list item)
li-14c0fe9b5a = gagal mematuhi peraturan keselamatan produk pengguna, atau standard sukarela yang dijadikan sandaran oleh { -cpsc };

# Drawstrings on children's upper outerwear › When garments do not meet the rule (list item)
li-523d67032a = mengandungi kecacatan yang boleh mewujudkan bahaya produk yang ketara; atau

# Drawstrings on children's upper outerwear › When garments do not meet the rule (list item)
li-10e764cfe9 = mewujudkan risiko kecederaan serius atau kematian yang tidak munasabah.

# Drawstrings on children's upper outerwear › When garments do not meet the rule (paragraph)
p-2ebe158692 = Mereka mesti melaporkan dengan segera. Mereka tidak boleh menunggu sehingga berlaku kecederaan. Peraturannya terdapat dalam 16 CFR 1115. Jika anda menemui pakaian bertali serut yang tidak mematuhi peraturan, maklumkan kepada pengimport AS dengan serta-merta. Ini juga terpakai kepada pakaian yang telah anda hantar.

# Drawstrings on children's upper outerwear › Other rules for children's clothing (heading)
h-ed9611b512 = Peraturan lain bagi pakaian kanak-kanak

# Drawstrings on children's upper outerwear › Other rules for children's clothing (paragraph)
p-3e5e5fb6ea = Tali serut bukan satu-satunya peraturan. Pakaian kanak-kanak juga mesti mematuhi peraturan lain:

# Drawstrings on children's upper outerwear › Other rules for children's clothing (list item)
li-2b9d842c2b = peraturan kemudahbakaran, lihat [kemudahbakaran pakaian](clothing-flammability.md);

# Drawstrings on children's upper outerwear › Other rules for children's clothing (list item)
li-1a8377811a = { "[" }had plumbum](lead-and-phthalates.md#limits), contohnya bagi cetakan, pindahan (transfer) dan bahagian bukan tekstil;

# Drawstrings on children's upper outerwear › Other rules for children's clothing (list item)
li-4e74fd8c80 = label pengesanan pada pakaian dan pembungkusannya.

# Drawstrings on children's upper outerwear › Other rules for children's clothing (paragraph)
p-8eb089260f = Nombor Pengenalan Berdaftar FTC (RN) pada pakaian boleh dikira sebagai sebahagian daripada label pengesanan. Nombor ini tidak boleh dikira sebagai keseluruhan label pengesanan.

# Drawstrings on children's upper outerwear › What to do in the factory (heading)
h-2a572bd7e4 = Perkara yang perlu dilakukan di kilang

# Drawstrings on children's upper outerwear › What to do in the factory (list item)
li-7b3296f847 = Semak julat saiz setiap gaya pakaian luar bahagian atas sebelum anda membuat sampel.

# Drawstrings on children's upper outerwear › What to do in the factory (list item)
li-0e2c804548 = Dalam saiz 2T hingga 12, buang tali serut pada hud dan leher daripada reka bentuk.

# Drawstrings on children's upper outerwear › What to do in the factory (list item)
li-25a98ee367 = Dalam saiz 2T hingga 16, ukur tali serut pada pinggang dan labuh dengan pakaian pada lebar maksimumnya.

# Drawstrings on children's upper outerwear › What to do in the factory (list item)
li-90d3697a12 = Semak bahawa tiada tali serut yang terjulur lebih daripada 3 inci di luar salurannya.

# Drawstrings on children's upper outerwear › What to do in the factory (list item)
li-648d756105 = Semak bahawa hujung bebas tidak mempunyai togol, simpulan atau lampiran lain.

# Drawstrings on children's upper outerwear › What to do in the factory (list item)
li-d33c11dd0a = Semak jahitan palang (bar-tack) pada setiap tali serut tunggal yang berterusan.

# Drawstrings on children's upper outerwear › What to do in the factory (list item)
li-89cb2abd5f = Semak sampel pertama dan pengeluaran, dan simpan rekodnya.

# Drawstrings on children's upper outerwear › What to do in the factory (paragraph)
p-23d62b1863 = Halaman CPSC tentang pejabatnya di Beijing menyatakan bahawa firma di China membuat sebahagian besar produk kanak-kanak yang berisiko lebih tinggi, seperti pakaian, katil bayi dan produk bilik bayi. Halaman itu tidak bertarikh. Kilang di China yang membuat jaket kanak-kanak dan pakaian luar bahagian atas yang lain untuk Amerika Syarikat harus menyemak setiap gaya berdasarkan peraturan ini.

# Drawstrings on children's upper outerwear › Check your knowledge (heading)
h-27544b5c12 = Uji pengetahuan anda

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-295d31ae12 = Sehelai jaket kanak-kanak bersaiz 8 mempunyai tali serut pada hud. Adakah ini dibenarkan?

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-6a991d0960 = Ya, jika tali serut itu tidak lebih panjang daripada 3 inci.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-64f6d0e653 = Ya, jika hujung bebasnya tidak mempunyai togol.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-400e78188b = Tidak. Tali serut pada hud dan leher tidak dibenarkan dalam saiz 2T hingga 12.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-3dc4dfb34c = Tali serut pada hud dan leher pakaian luar bahagian atas bersaiz 2T hingga 12 ialah bahaya produk yang ketara.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-3f126bcde2 = Sehelai jaket bersaiz 14 mempunyai tali serut pada pinggang. Sejauh manakah tali serut itu boleh terjulur di luar salurannya?

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-230b8ddeca = Tiada had.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-5d3e0a65c0 = Tidak lebih daripada 3 inci, dengan pakaian dikembangkan hingga lebar maksimumnya.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-198124ca39 = Tidak lebih daripada 3 inci, dengan pakaian dalam keadaan tertutup.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-f3ff848d6b = Tali serut pada pinggang dan labuh dalam saiz 2T hingga 16 boleh terjulur tidak lebih daripada 3 inci di luar salurannya apabila pakaian dikembangkan hingga lebar maksimumnya.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-b175d78581 = Tali serut pinggang manakah yang mematuhi peraturan?

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-7c4bb5784b = Tali serut dengan togol plastik pada setiap hujung bebas

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-4ffd820426 = Tali serut dengan simpulan pada setiap hujung bebas

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-c70ffbedd8 = Tali serut tunggal yang berterusan, dijahit palang supaya tidak boleh ditarik keluar melalui salurannya

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-3e3ddde8d3 = Hujung bebas tidak boleh mempunyai togol, simpulan atau lampiran lain. Tali serut tunggal yang berterusan mesti dijahit palang.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-ef58cc5f8d = Anda mendapat tahu bahawa jaket yang telah dihantar mempunyai tali serut pada hud dalam saiz 6. Apakah yang patut anda lakukan?

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-7387db2b48 = Tiada apa-apa, kerana pakaian itu telah meninggalkan kilang.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-603157b10e = Maklumkan kepada pengimport AS dengan serta-merta.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-5742ddd907 = Tunggu sehingga ada kanak-kanak yang cedera.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-9d2a343268 = Tali serut pada hud dalam saiz 6 ialah bahaya produk yang ketara. Firma mesti melaporkan kepada CPSC dengan segera apabila maklumat secara munasabah menyokong kesimpulan bahawa sesuatu produk mengandungi kecacatan yang boleh mewujudkan bahaya produk yang ketara. Oleh itu, pengimport memerlukan maklumat tersebut dengan serta-merta.

# Drawstrings on children's upper outerwear › Sources (heading)
h-caf85b0888 = Sumber

# Drawstrings on children's upper outerwear › Sources (list item)
li-9b1e8ae5ed = { "[" }eCFR: Bahagian 1120, senarai bahaya produk yang ketara](https://www.ecfr.gov/current/title-16/part-1120)

# Drawstrings on children's upper outerwear › Sources (list item)
li-318ff6593c = { "[" }eCFR: Bahagian 1115, pelaporan](https://www.ecfr.gov/current/title-16/part-1115)

# Drawstrings on children's upper outerwear › Sources (list item)
li-ee423943e6 = { "[" }Federal Register: peraturan muktamad tali serut, 19 Julai 2011](http://www.gpo.gov/fdsys/pkg/FR-2011-07-19/html/2011-17961.htm)

# Drawstrings on children's upper outerwear › Sources (list item)
li-4046832052 = { "[" }Federal Register: cadangan peraturan tali serut, 17 Mei 2010](https://regulations.justia.com/regulations/fedreg/2010/05/17/2010-11624.html)

# Drawstrings on children's upper outerwear › Sources (list item)
li-e3a8d9c0a5 = { "[" }CPSC: Soalan lazim tentang tali serut pada pakaian luar bahagian atas kanak-kanak](http://cpsc.gov/FAQ/Drawstrings-in-Children%E2%80%99s-Upper-Outerwear)

# Drawstrings on children's upper outerwear › Sources (list item)
li-ae450af3e8 = { "[" }CPSC: Soalan lazim tentang label pengesanan](https://cpsc.gov/FAQ/Tracking-Label)

# Drawstrings on children's upper outerwear › Sources (list item)
li-f30ee94a2c = { "[" }CPSC: Pejabat Keselamatan Produk Serantau, Beijing](http://www.cpsc.gov/Business--Manufacturing/International/CPSC-Regional-Product-Safety-Office-Beijing/)
