### Bahasa Indonesia translation of content/modules/lead-and-phthalates.md. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Lead and phthalates (title)
title-8513ec6135 = Timbal dan { -phthalates }

# Lead and phthalates (summary)
summary-8555a4ca7a = Setiap { -childrens-product } harus memenuhi batas { -lead } AS, dan mainan anak serta { -child-care-article } harus memenuhi batas untuk delapan jenis { -phthalates }.

# Lead and phthalates (learning objective)
objective-bba68d140e = Menyebutkan batas { -lead } untuk { -childrens-product } dan untuk cat.

# Lead and phthalates (learning objective)
objective-2e03da8c7e = Menyebutkan delapan jenis { -phthalates } yang dibatasi pada mainan dan { -child-care-article }.

# Lead and phthalates (learning objective)
objective-81b0faf50a = Menjelaskan material mana yang tidak memerlukan pengujian { -lead } oleh pihak ketiga.

# Lead and phthalates (learning objective)
objective-6e9dbac989 = Merencanakan pemeriksaan { -lead } dan { -phthalates } untuk setiap material dan komponen.

# Lead and phthalates (paragraph)
p-1bff7b3fd4 = Hukum AS membatasi kandungan { -lead } dalam { -childrens-product }. Hukum ini juga membatasi delapan jenis { -phthalates } dalam mainan anak dan { -child-care-article }. Yang dimaksud dengan { -childrens-product } adalah produk konsumen yang dirancang atau ditujukan terutama untuk anak berusia 12 tahun ke bawah. Mainan juga harus memenuhi aturan lain, misalnya aturan tentang [{ -small-parts }](toys-small-parts.md#warnings).

# Lead and phthalates › The limits (heading)
h-86151be5f8 = Batas-batasnya

# Lead and phthalates › The limits (table cell)
td-e7e5a5723c = Zat

# Lead and phthalates › The limits (table cell)
td-674b0ed54b = Batas

# Lead and phthalates › The limits (table cell)
td-62845f31a2 = Aturan

# Lead and phthalates › The limits (table cell)
td-a89b3b29a2 = Timbal dalam komponen yang dapat dijangkau

# Lead and phthalates › The limits (table cell)
td-e5ba3f8eb8 = 100 ppm

# Lead and phthalates › The limits (table cell)
td-12745b62bd = CPSIA pasal 101

# Lead and phthalates › The limits (table cell)
td-cd34006c74 = Timbal dalam { -surface-coating }

# Lead and phthalates › The limits (table cell)
td-a9547a5a14 = 90 ppm

# Lead and phthalates › The limits (table cell)
td-7f7654ff4c = 16 CFR 1303

# Lead and phthalates › The limits (table cell)
td-70b2b880da = Masing-masing dari delapan jenis { -phthalates }

# Lead and phthalates › The limits (table cell)
td-c8b27c2ee2 = 0,1%

# Lead and phthalates › The limits (table cell)
td-ed3c41feb3 = 16 CFR 1307

# Lead and phthalates › Total lead content (heading)
h-92e3c9e692 = Kandungan timbal total

# Lead and phthalates › Total lead content (paragraph)
p-0cf2cca865 = Suatu { -childrens-product } termasuk zat berbahaya yang dilarang jika salah satu komponennya yang dapat dijangkau mengandung { -lead } lebih dari 100 ppm. Panduan { -cpsc } tentang bagian mana yang dapat dijangkau terdapat dalam 16 CFR 1500.87.

# Lead and phthalates › Total lead content (paragraph)
p-9db316cacd = Batas ini diberlakukan secara bertahap:

# Lead and phthalates › Total lead content (list item)
li-f2e918242b = 600 ppm mulai 10 Februari 2009;

# Lead and phthalates › Total lead content (list item)
li-a05a36b145 = 300 ppm mulai 14 Agustus 2009;

# Lead and phthalates › Total lead content (list item)
li-52d6be82e1 = 100 ppm mulai 14 Agustus 2011.

# Lead and phthalates › Total lead content (paragraph)
p-024451003a = Ada beberapa pengecualian. Ada pengecualian untuk komponen elektronik tertentu (16 CFR 1500.88). Komponen logam pada sepeda, kereta dorong jogging, dan gandengan sepeda memiliki batas 300 ppm.

# Lead and phthalates › Lead in paint and surface coatings (heading)
h-cd34006c74 = Timbal dalam { -surface-coating }

# Lead and phthalates › Lead in paint and surface coatings (paragraph)
p-8c251a2c3b = Batas untuk { -surface-coating } sejenis adalah 0,009 persen, atau 90 ppm[^1]. Batas ini berlaku untuk { -childrens-product }, untuk barang furnitur tertentu, dan untuk cat rumah tangga. Batas ini menggantikan batas lama sebesar 0,06 persen pada 14 Agustus 2009.

# Lead and phthalates › Lead in paint and surface coatings (paragraph)
p-8b26ac915a = Persentase tersebut dihitung dari berat total kandungan tidak mudah menguap atau dari lapisan cat yang telah kering (16 CFR 1303.1(a)).

# Lead and phthalates › Lead in paint and surface coatings (paragraph)
p-25b3f40b41 = Beberapa hal tidak termasuk "cat" menurut 16 CFR 1303.2(b)(1). Hal-hal tersebut adalah tinta cetak yang menjadi bagian dari substrat, pelapisan listrik (electroplating), dan glasir keramik.

# Lead and phthalates › Materials that need no lead testing (heading)
h-ef73cd106e = Material yang tidak memerlukan pengujian { -lead }

# Lead and phthalates › Materials that need no lead testing (paragraph)
p-d7a3a52aad = Beberapa material telah ditetapkan tidak melebihi batas { -lead }. Material tersebut tercantum dalam 16 CFR 1500.91. Material ini harus dalam keadaan tidak diolah dan tidak dicampur, misalnya tanpa tambahan pigmen, pewarna, pelapis, atau lapisan akhir. Contoh:

# Lead and phthalates › Materials that need no lead testing (list item)
li-a749ba0b9f = batu permata mulia: berlian, rubi, safir, dan zamrud;

# Lead and phthalates › Materials that need no lead testing (list item)
li-824cf88741 = batu semimulia tertentu;

# Lead and phthalates › Materials that need no lead testing (list item)
li-2c23fd3c9b = mutiara alami atau mutiara budi daya;

# Lead and phthalates › Materials that need no lead testing (list item)
li-1cde420be6 = kayu;

# Lead and phthalates › Materials that need no lead testing (list item)
li-8a37d42d91 = material alami seperti koral, ambar, bulu unggas, bulu hewan, dan kulit yang tidak diolah;

# Lead and phthalates › Materials that need no lead testing (list item)
li-c9545e0dc5 = baja bedah (surgical steel);

# Lead and phthalates › Materials that need no lead testing (list item)
li-3ed2dadeec = emas sekurang-kurangnya 10 karat, perak sterling sekurang-kurangnya 925/1000, dan logam golongan platina.

# Lead and phthalates › Materials that need no lead testing (paragraph)
p-b0e7fa99aa = Produk kayu rekayasa tertentu yang tidak diolah dan tidak diberi lapisan akhir tercantum dalam 16 CFR 1252.3(a).

# Lead and phthalates › Materials that need no lead testing (paragraph)
p-f706e581da = Tekstil yang terbuat dari serat alami atau serat buatan juga tercakup dalam 16 CFR 1500.91, baik yang diwarnai maupun tidak. Aplikasi pascaperlakuan, seperti sablon dan transfer, tidak tercakup. Barang nontekstil, seperti kancing jepret logam dan ritsleting, tidak tercakup. Barang-barang ini harus diuji.

# Lead and phthalates › Materials that need no lead testing (paragraph)
p-5f8590b456 = Pengecualian dari pengujian bukan berarti pengecualian dari batas. Perusahaan tetap harus menyertifikasi kepatuhan terhadap batas { -lead } pada { -cpc }. Jika produk jadi mengandung { -lead } lebih dari 100 ppm, perusahaan tetap bertanggung jawab.

# Lead and phthalates › Materials that need no lead testing (paragraph)
p-3e28bebe70 = Pada sertifikat, perusahaan menyebutkan pengecualian yang digunakannya sebagai pengganti laboratorium.

# Lead and phthalates › Phthalates (heading)
h-4f2d1ee02d = Ftalat

# Lead and phthalates › Phthalates (paragraph)
p-7f4f2b5eb5 = Mainan anak atau { -child-care-article } tidak boleh mengandung lebih dari 0,1 persen dari salah satu dari delapan jenis { -phthalates } berikut. Setiap { -phthalates } dihitung secara terpisah (16 CFR 1307.3).

# Lead and phthalates › Phthalates (list item)
li-a9adae4eaf = DEHP, DBP, dan BBP dilarang oleh undang-undang itu sendiri, yaitu CPSIA pasal 108(a).

# Lead and phthalates › Phthalates (list item)
li-37424460c4 = DINP, DIBP, DPENP, DHEXP, dan DCHP ditambahkan oleh 16 CFR 1307.

# Lead and phthalates › Phthalates (paragraph)
p-16e21c9313 = DIDP dan DnOP termasuk dalam larangan sementara yang lama. Keduanya tidak tercantum dalam daftar part 1307.

# Lead and phthalates › Phthalates (paragraph)
p-507fea6fec = Larangan ini berlaku untuk setiap komponen yang diplastisasi. Larangan ini juga berlaku untuk komponen lain yang mungkin mengandung { -phthalates }.

# Lead and phthalates › Phthalates (paragraph)
p-3e377ca1ef = Mainan anak adalah produk konsumen yang dirancang atau ditujukan oleh produsen untuk digunakan oleh anak berusia 12 tahun ke bawah saat bermain. Sementara itu, { -child-care-article } adalah produk yang dirancang atau ditujukan untuk membantu anak berusia 3 tahun ke bawah tidur atau makan, atau membantu mereka mengisap atau tumbuh gigi (16 CFR 1307.2).

# Lead and phthalates › Phthalates (paragraph)
p-7572cbb6ef = Komponen yang tidak dapat dijangkau tidak perlu diuji untuk { -phthalates } (16 CFR 1199). Plastik tertentu telah ditetapkan tidak mengandung { -phthalates } tersebut. Plastik tersebut tidak memerlukan { -third-party-testing } (16 CFR 1308.2).

# Lead and phthalates › What to do in the factory (heading)
h-2a572bd7e4 = Yang harus dilakukan di pabrik

# Lead and phthalates › What to do in the factory (list item)
li-bdba9dd0b2 = Simpan daftar setiap material dan komponen dalam setiap { -childrens-product }.

# Lead and phthalates › What to do in the factory (list item)
li-16da9f5367 = Uji { -surface-coating } terhadap batas 90 ppm.

# Lead and phthalates › What to do in the factory (list item)
li-eb0270385b = Uji bagian logam, hasil cetak, transfer, dan barang nontekstil lainnya untuk { -total-lead-content }.

# Lead and phthalates › What to do in the factory (list item)
li-c9825ac94c = Uji bagian mainan dan { -child-care-article } yang diplastisasi untuk delapan jenis { -phthalates }.

# Lead and phthalates › What to do in the factory (list item)
li-53c2ab8138 = Sebelum melewatkan pengujian { -lead }, periksa apakah material tersebut tercantum dalam 16 CFR 1500.91. Periksa bahwa material itu tidak diberi tambahan pelapis atau lapisan akhir.

# Lead and phthalates › What to do in the factory (list item)
li-2947048305 = Beri tahu importir sebelum Anda mengubah desain, proses, atau pemasok. Setiap { -material-change } yang dapat memengaruhi kepatuhan memerlukan { -third-party-testing } yang baru dan sertifikat baru.

# Lead and phthalates › Check your knowledge (heading)
h-27544b5c12 = Uji pemahaman Anda

# Lead and phthalates › Check your knowledge (list item)
li-3cd09c86f1 = Berapa batas { -total-lead-content } untuk komponen { -childrens-product } yang dapat dijangkau?

# Lead and phthalates › Check your knowledge (list item)
li-57a9eff7e7 = 600 ppm

# Lead and phthalates › Check your knowledge (list item)
li-68c5ab14e9 = 300 ppm

# Lead and phthalates › Check your knowledge (list item)
li-e5ba3f8eb8 = 100 ppm

# Lead and phthalates › Check your knowledge (list item)
li-a0dc5c4992 = Batasnya adalah 100 ppm sejak 14 Agustus 2011.

# Lead and phthalates › Check your knowledge (list item)
li-72c1285d0b = Sebuah kaus anak terbuat dari katun yang diwarnai dan memiliki sablon. Bagian mana yang memerlukan pengujian { -lead }?

# Lead and phthalates › Check your knowledge (list item)
li-c599aed120 = Katun yang diwarnai

# Lead and phthalates › Check your knowledge (list item)
li-6db8a756a2 = Sablonnya

# Lead and phthalates › Check your knowledge (list item)
li-efc22e7bac = Tidak satu pun

# Lead and phthalates › Check your knowledge (list item)
li-4b3a291d12 = Tekstil yang diwarnai maupun tidak diwarnai tercakup dalam 16 CFR 1500.91. Aplikasi pascaperlakuan, seperti sablon, tidak tercakup.

# Lead and phthalates › Check your knowledge (list item)
li-621f80a316 = Berapa banyak dari masing-masing delapan jenis { -phthalates } yang boleh dikandung mainan anak?

# Lead and phthalates › Check your knowledge (list item)
li-8f4cc16232 = Berapa pun, jika mainan itu untuk anak di atas 3 tahun

# Lead and phthalates › Check your knowledge (list item)
li-e89115c094 = Tidak lebih dari 0,1 persen

# Lead and phthalates › Check your knowledge (list item)
li-3d5ab598d2 = Tidak lebih dari 1 persen

# Lead and phthalates › Check your knowledge (list item)
li-18b5075bf3 = Batasnya adalah 0,1 persen untuk setiap { -phthalates }. Batas ini berlaku untuk mainan anak bagi anak berusia 12 tahun ke bawah.

# Lead and phthalates › Sources (heading)
h-caf85b0888 = Sumber

# Lead and phthalates › Sources (list item)
li-f0a46f18ba = { "[" }eCFR: Part 1303, { -lead } dalam cat](https://www.ecfr.gov/current/title-16/part-1303)

# Lead and phthalates › Sources (list item)
li-51c386563e = { "[" }eCFR: Part 1307, { -phthalates }](https://www.ecfr.gov/current/title-16/part-1307)

# Lead and phthalates › Sources (list item)
li-9d43f7bba1 = { "[" }eCFR: Part 1308, penetapan untuk plastik tertentu](https://www.ecfr.gov/current/title-16/part-1308)

# Lead and phthalates › Sources (list item)
li-272df4c080 = { "[" }eCFR: Section 1500.91, material yang tidak melebihi batas { -lead }](https://www.ecfr.gov/current/title-16/section-1500.91)

# Lead and phthalates › Sources (list item)
li-59a400fb00 = { "[" }CPSC: Panduan bisnis { -total-lead-content }](https://cpsc.gov/Business--Manufacturing/Business-Education/Lead/Total-Lead-Content-Business-Guidance-and-Small-Entity-Compliance-Guide)

# Lead and phthalates › Sources (list item)
li-b38d63eac7 = { "[" }CPSC: Tanya jawab { -lead } dalam cat](https://cpsc.gov/FAQ/Lead-in-Paint)

# Lead and phthalates › Sources (list item)
li-353bb2c28c = { "[" }CPSC: Sertifikat Produk Anak (Children's Product Certificate)](http://www.cpsc.gov/cpc)
