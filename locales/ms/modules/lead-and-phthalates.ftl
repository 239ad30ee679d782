### Malay translation of content/modules/lead-and-phthalates.md (Lead and phthalates). Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Lead and phthalates (title)
title-8513ec6135 = Plumbum dan ftalat

# Lead and phthalates (summary)
summary-8555a4ca7a = Produk kanak-kanak mesti mematuhi had AS bagi plumbum, dan mainan kanak-kanak serta artikel penjagaan kanak-kanak mesti mematuhi had bagi lapan jenis ftalat.

# Lead and phthalates (learning objective)
objective-bba68d140e = Menyatakan had plumbum bagi produk kanak-kanak dan bagi cat.

# Lead and phthalates (learning objective)
objective-2e03da8c7e = Menamakan lapan jenis ftalat yang dihadkan dalam mainan dan artikel penjagaan kanak-kanak.

# Lead and phthalates (learning objective)
objective-81b0faf50a = Menerangkan bahan yang tidak memerlukan ujian plumbum pihak ketiga.

# Lead and phthalates (learning objective)
objective-6e9dbac989 = Merancang semakan plumbum dan ftalat bagi setiap bahan dan komponen.

# Lead and phthalates (paragraph)
p-1bff7b3fd4 = Undang-undang AS mengehadkan plumbum dalam { -childrens-product }. Ia juga mengehadkan lapan jenis ftalat dalam mainan kanak-kanak dan { -child-care-article }. Produk kanak-kanak ialah produk pengguna yang direka bentuk atau dimaksudkan terutamanya untuk kanak-kanak berumur 12 tahun ke bawah. Mainan juga mesti mematuhi peraturan lain, contohnya peraturan tentang [bahagian kecil](toys-small-parts.md#warnings).

# Lead and phthalates › The limits (heading)
h-86151be5f8 = Had-had

# Lead and phthalates › The limits (table cell)
td-e7e5a5723c = Bahan

# Lead and phthalates › The limits (table cell)
td-674b0ed54b = Had

# Lead and phthalates › The limits (table cell)
td-62845f31a2 = Peraturan

# Lead and phthalates › The limits (table cell)
td-a89b3b29a2 = Plumbum dalam komponen yang boleh dicapai

# Lead and phthalates › The limits (table cell)
td-e5ba3f8eb8 = 100 ppm

# Lead and phthalates › The limits (table cell)
td-12745b62bd = CPSIA seksyen 101

# Lead and phthalates › The limits (table cell)
td-cd34006c74 = Plumbum dalam { -surface-coating }

# Lead and phthalates › The limits (table cell)
td-a9547a5a14 = 90 ppm

# Lead and phthalates › The limits (table cell)
td-7f7654ff4c = 16 CFR 1303

# Lead and phthalates › The limits (table cell)
td-70b2b880da = Setiap satu daripada lapan jenis ftalat

# Lead and phthalates › The limits (table cell)
td-c8b27c2ee2 = 0.1%

# Lead and phthalates › The limits (table cell)
td-ed3c41feb3 = 16 CFR 1307

# Lead and phthalates › Total lead content (heading)
h-92e3c9e692 = Jumlah kandungan plumbum

# Lead and phthalates › Total lead content (paragraph)
p-0cf2cca865 = Sesuatu produk kanak-kanak ialah bahan berbahaya yang diharamkan jika komponennya yang boleh dicapai mengandungi lebih daripada 100 ppm plumbum. Panduan { -cpsc } tentang bahagian yang dianggap boleh dicapai terdapat dalam 16 CFR 1500.87.

# Lead and phthalates › Total lead content (paragraph)
p-9db316cacd = Had ini diperkenalkan secara berperingkat:

# Lead and phthalates › Total lead content (list item)
li-f2e918242b = 600 ppm mulai 10 Februari 2009;

# Lead and phthalates › Total lead content (list item)
li-a05a36b145 = 300 ppm mulai 14 Ogos 2009;

# Lead and phthalates › Total lead content (list item)
li-52d6be82e1 = 100 ppm mulai 14 Ogos 2011.

# Lead and phthalates › Total lead content (paragraph)
p-024451003a = Terdapat beberapa pengecualian. Terdapat pengecualian bagi komponen elektronik tertentu (16 CFR 1500.88). Komponen logam basikal, kereta sorong joging dan treler basikal mempunyai had 300 ppm.

# Lead and phthalates › Lead in paint and surface coatings (heading)
h-cd34006c74 = Plumbum dalam cat dan salutan permukaan

# Lead and phthalates › Lead in paint and surface coatings (paragraph)
p-8c251a2c3b = Had bagi cat dan salutan permukaan yang serupa ialah 0.009 peratus, atau 90 ppm[^1]. Had ini terpakai pada produk kanak-kanak, pada artikel perabot tertentu dan pada cat isi rumah. Had ini menggantikan had lama sebanyak 0.06 peratus pada 14 Ogos 2009.

# Lead and phthalates › Lead in paint and surface coatings (paragraph)
p-8b26ac915a = Peratusan ini dikira berdasarkan berat jumlah kandungan tidak meruap atau berat filem cat yang telah kering (16 CFR 1303.1(a)).

# Lead and phthalates › Lead in paint and surface coatings (paragraph)
p-25b3f40b41 = Sesetengah perkara bukan "cat" di bawah 16 CFR 1303.2(b)(1). Perkara ini ialah dakwat cetakan yang menjadi sebahagian daripada substrat, penyaduran elektrik dan sepuh seramik.

# Lead and phthalates › Materials that need no lead testing (heading)
h-ef73cd106e = Bahan yang tidak memerlukan ujian plumbum

# Lead and phthalates › Materials that need no lead testing (paragraph)
p-d7a3a52aad = Sesetengah bahan telah ditentukan tidak melebihi had plumbum. Bahan ini disenaraikan dalam 16 CFR 1500.91. Bahan ini mestilah tidak dirawat dan tidak dicampur, contohnya tanpa pigmen, pewarna, salutan atau kemasan tambahan. Contoh:

# Lead and phthalates › Materials that need no lead testing (list item)
li-a749ba0b9f = batu permata berharga: berlian, delima, nilam dan zamrud;

# Lead and phthalates › Materials that need no lead testing (list item)
li-824cf88741 = batu separa berharga tertentu;

# Lead and phthalates › Materials that need no lead testing (list item)
li-2c23fd3c9b = mutiara asli atau mutiara ternakan;

# Lead and phthalates › Materials that need no lead testing (list item)
li-1cde420be6 = kayu;

# Lead and phthalates › Materials that need no lead testing (list item)
li-8a37d42d91 = bahan semula jadi seperti batu karang, ambar, bulu pelepah, bulu binatang dan kulit yang tidak dirawat;

# Lead and phthalates › Materials that need no lead testing (list item)
li-c9545e0dc5 = keluli pembedahan;

# Lead and phthalates › Materials that need no lead testing (list item)
li-3ed2dadeec = emas sekurang-kurangnya 10 karat, perak sterling sekurang-kurangnya 925/1000, dan logam kumpulan platinum.

# Lead and phthalates › Materials that need no lead testing (paragraph)
p-b0e7fa99aa = Produk kayu kejuruteraan tertentu yang tidak dirawat dan tanpa kemasan permukaan disenaraikan dalam 16 CFR 1252.3(a).

# Lead and phthalates › Materials that need no lead testing (paragraph)
p-f706e581da = Tekstil yang diperbuat daripada gentian semula jadi atau gentian buatan juga diliputi oleh 16 CFR 1500.91, sama ada diwarnakan atau tidak. Bahan yang dikenakan selepas rawatan tekstil (after-treatment applications), seperti cetakan skrin dan cetakan pindah, tidak diliputi. Barangan bukan tekstil, seperti butang tekan logam dan zip, tidak diliputi. Barangan ini mesti diuji.

# Lead and phthalates › Materials that need no lead testing (paragraph)
p-5f8590b456 = Pengecualian daripada ujian bukan pengecualian daripada had. Firma masih mesti memperakui pematuhan plumbum dalam { -cpc }. Jika produk siap mengandungi lebih daripada 100 ppm plumbum, firma itu masih bertanggungan.

# Lead and phthalates › Materials that need no lead testing (paragraph)
p-3e28bebe70 = Dalam sijil, firma menamakan pengecualian yang digunakannya sebagai ganti makmal.

# Lead and phthalates › Phthalates (heading)
h-4f2d1ee02d = Ftalat

# Lead and phthalates › Phthalates (paragraph)
p-7f4f2b5eb5 = Mainan kanak-kanak atau artikel penjagaan kanak-kanak tidak boleh mengandungi lebih daripada 0.1 peratus mana-mana satu daripada lapan jenis ftalat ini. Setiap ftalat dikira secara berasingan (16 CFR 1307.3).

# Lead and phthalates › Phthalates (list item)
li-a9adae4eaf = DEHP, DBP dan BBP diharamkan oleh undang-undang itu sendiri, iaitu CPSIA seksyen 108(a).

# Lead and phthalates › Phthalates (list item)
li-37424460c4 = DINP, DIBP, DPENP, DHEXP dan DCHP ditambah oleh 16 CFR 1307.

# Lead and phthalates › Phthalates (paragraph)
p-16e21c9313 = DIDP dan DnOP termasuk dalam larangan interim yang lama. Kedua-duanya tidak termasuk dalam senarai Bahagian 1307.

# Lead and phthalates › Phthalates (paragraph)
p-507fea6fec = Larangan ini terpakai pada mana-mana bahagian komponen yang diplastikkan. Ia juga terpakai pada mana-mana komponen lain yang mungkin mengandungi ftalat.

# Lead and phthalates › Phthalates (paragraph)
p-3e377ca1ef = Mainan kanak-kanak ialah produk pengguna yang direka bentuk atau dimaksudkan oleh pengilang untuk digunakan oleh kanak-kanak berumur 12 tahun ke bawah semasa bermain. Artikel penjagaan kanak-kanak ialah produk yang direka bentuk atau dimaksudkan untuk membantu kanak-kanak berumur 3 tahun ke bawah tidur atau makan, atau membantu mereka menghisap atau tumbuh gigi (16 CFR 1307.2).

# Lead and phthalates › Phthalates (paragraph)
p-7572cbb6ef = Bahagian komponen yang tidak boleh dicapai tidak perlu diuji untuk ftalat (16 CFR 1199). Plastik tertentu telah ditentukan tidak mengandungi ftalat ini. Plastik tersebut tidak memerlukan { -third-party-testing } (16 CFR 1308.2).

# Lead and phthalates › What to do in the factory (heading)
h-2a572bd7e4 = Perkara yang perlu dilakukan di kilang

# Lead and phthalates › What to do in the factory (list item)
li-bdba9dd0b2 = Simpan senarai setiap bahan dan komponen dalam setiap produk kanak-kanak.

# Lead and phthalates › What to do in the factory (list item)
li-16da9f5367 = Uji { -surface-coating } berdasarkan had 90 ppm.

# Lead and phthalates › What to do in the factory (list item)
li-eb0270385b = Uji bahagian logam, cetakan, cetakan pindah dan barangan bukan tekstil lain untuk { -total-lead-content }.

# Lead and phthalates › What to do in the factory (list item)
li-c9825ac94c = Uji bahagian mainan dan artikel penjagaan kanak-kanak yang diplastikkan untuk lapan jenis ftalat.

# Lead and phthalates › What to do in the factory (list item)
li-53c2ab8138 = Sebelum anda melangkau ujian plumbum, semak bahawa bahan itu tersenarai dalam 16 CFR 1500.91. Semak bahawa ia tidak mempunyai salutan atau kemasan tambahan.

# Lead and phthalates › What to do in the factory (list item)
li-2947048305 = Maklumkan kepada pengimport sebelum anda menukar reka bentuk, proses atau pembekal. Sesuatu { -material-change } yang boleh menjejaskan pematuhan memerlukan { -third-party-testing } yang baharu dan sijil baharu.

# Lead and phthalates › Check your knowledge (heading)
h-27544b5c12 = Uji pengetahuan anda

# Lead and phthalates › Check your knowledge (list item)
li-3cd09c86f1 = Apakah had jumlah kandungan plumbum bagi komponen produk kanak-kanak yang boleh dicapai?

# Lead and phthalates › Check your knowledge (list item)
li-57a9eff7e7 = 600 ppm

# Lead and phthalates › Check your knowledge (list item)
li-68c5ab14e9 = 300 ppm

# Lead and phthalates › Check your knowledge (list item)
li-e5ba3f8eb8 = 100 ppm

# Lead and phthalates › Check your knowledge (list item)
li-a0dc5c4992 = Had ini ialah 100 ppm sejak 14 Ogos 2011.

# Lead and phthalates › Check your knowledge (list item)
li-72c1285d0b = Sehelai baju-T kanak-kanak diperbuat daripada kapas yang diwarnakan dan mempunyai cetakan skrin. Bahagian manakah yang memerlukan ujian plumbum?

# Lead and phthalates › Check your knowledge (list item)
li-c599aed120 = Kapas yang diwarnakan

# Lead and phthalates › Check your knowledge (list item)
li-6db8a756a2 = Cetakan skrin

# Lead and phthalates › Check your knowledge (list item)
li-efc22e7bac = Kedua-duanya tidak

# Lead and phthalates › Check your knowledge (list item)
li-4b3a291d12 = Tekstil yang diwarnakan dan tidak diwarnakan diliputi oleh 16 CFR 1500.91. Bahan yang dikenakan selepas rawatan tekstil, seperti cetakan skrin, tidak diliputi.

# Lead and phthalates › Check your knowledge (list item)
li-621f80a316 = Berapakah jumlah setiap satu daripada lapan jenis ftalat yang boleh terkandung dalam mainan kanak-kanak?

# Lead and phthalates › Check your knowledge (list item)
li-8f4cc16232 = Apa-apa jumlah, jika mainan itu untuk kanak-kanak berumur lebih daripada 3 tahun

# Lead and phthalates › Check your knowledge (list item)
li-e89115c094 = Tidak lebih daripada 0.1 peratus

# Lead and phthalates › Check your knowledge (list item)
li-3d5ab598d2 = Tidak lebih daripada 1 peratus

# Lead and phthalates › Check your knowledge (list item)
li-18b5075bf3 = Had ini ialah 0.1 peratus bagi setiap ftalat. Ia terpakai pada mainan kanak-kanak untuk kanak-kanak berumur 12 tahun ke bawah.

# Lead and phthalates › Sources (heading)
h-caf85b0888 = Sumber

# Lead and phthalates › Sources (list item)
li-f0a46f18ba = { "[" }eCFR: Bahagian 1303, plumbum dalam cat](https://www.ecfr.gov/current/title-16/part-1303)

# Lead and phthalates › Sources (list item)
li-51c386563e = { "[" }eCFR: Bahagian 1307, ftalat](https://www.ecfr.gov/current/title-16/part-1307)

# Lead and phthalates › Sources (list item)
li-9d43f7bba1 = { "[" }eCFR: Bahagian 1308, penentuan bagi plastik tertentu](https://www.ecfr.gov/current/title-16/part-1308)

# Lead and phthalates › Sources (list item)
li-272df4c080 = { "[" }eCFR: Seksyen 1500.91, bahan yang tidak melebihi had plumbum](https://www.ecfr.gov/current/title-16/section-1500.91)

# Lead and phthalates › Sources (list item)
li-59a400fb00 = { "[" }CPSC: Panduan perniagaan tentang jumlah kandungan plumbum](https://cpsc.gov/Business--Manufacturing/Business-Education/Lead/Total-Lead-Content-Business-Guidance-and-Small-Entity-Compliance-Guide)

# Lead and phthalates › Sources (list item)
li-b38d63eac7 = { "[" }CPSC: Soalan lazim tentang plumbum dalam cat](https://cpsc.gov/FAQ/Lead-in-Paint)

# Lead and phthalates › Sources (list item)
li-353bb2c28c = { "[" }CPSC: Sijil Produk Kanak-kanak (Children's Product Certificate)](http://www.cpsc.gov/cpc)
