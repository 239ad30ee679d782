### Malay translation of content/modules/toys-small-parts.md (Small parts and choking hazards). Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Small parts and choking hazards (title)
title-95f5a38672 = Bahagian kecil dan bahaya tercekik

# Small parts and choking hazards (summary)
summary-c76b1b9bd0 = Mainan untuk kanak-kanak di bawah umur 3 tahun tidak boleh mempunyai { -small-parts }, dan sesetengah mainan untuk kanak-kanak yang lebih tua mesti dilabelkan dengan amaran { -choking-hazard }.

# Small parts and choking hazards (learning objective)
objective-e951df28dd = Menerangkan mainan yang tidak boleh mempunyai { -small-parts }.

# Small parts and choking hazards (learning objective)
objective-be7bf10b04 = Menggunakan { -small-parts-cylinder } dengan cara yang betul.

# Small parts and choking hazards (learning objective)
objective-fb249fb753 = Memilih amaran { -choking-hazard } yang betul untuk mainan, bola, guli atau belon.

# Small parts and choking hazards (learning objective)
objective-98a628977e = Menerangkan bila insiden tercekik mesti dilaporkan kepada { -cpsc } dalam tempoh 24 jam.

# Small parts and choking hazards (paragraph)
p-36d4898f4f = Kanak-kanak kecil boleh tercekik akibat { -small-parts }. Oleh itu, peraturan AS mengharamkan { -small-parts } dalam mainan untuk kanak-kanak di bawah umur 3 tahun. Sesetengah mainan untuk kanak-kanak yang lebih tua juga mesti mempamerkan { -warning-label }.

# Small parts and choking hazards › Which products are covered (heading)
h-6923fc03be = Produk yang diliputi

# Small parts and choking hazards › Which products are covered (paragraph)
p-7abecd7362 = Mainan atau artikel lain yang dimaksudkan untuk kanak-kanak di bawah umur 3 tahun tidak boleh menimbulkan bahaya tercekik, aspirasi (tersedut ke saluran pernafasan) atau tertelan disebabkan oleh { -small-parts }. Jika ia menimbulkan bahaya tersebut, ia ialah bahan berbahaya yang diharamkan. Peraturannya terdapat dalam 16 CFR 1501 dan dalam 16 CFR 1500.18(a)(9).

# Small parts and choking hazards › Which products are covered (paragraph)
p-238950986a = Mainan yang tertakluk pada peraturan { -small-parts } ialah { -childrens-product }. Produk kanak-kanak direka bentuk atau dimaksudkan terutamanya untuk kanak-kanak berumur 12 tahun ke bawah. Produk kanak-kanak juga mesti mematuhi peraturan lain, contohnya [had plumbum](lead-and-phthalates.md#limits).

# Small parts and choking hazards › The small parts test (heading)
h-d2f5ab47e2 = Ujian bahagian kecil

# Small parts and choking hazards › The small parts test (paragraph)
p-69b5affb40 = Ujian ini menggunakan { -small-parts-cylinder }. Peraturan bagi ujian ini ialah 16 CFR 1501.4.

# Small parts and choking hazards › The small parts test (list item)
li-d8e9b99168 = Letakkan artikel di dalam silinder. Jangan memampatkannya.

# Small parts and choking hazards › The small parts test (list item)
li-5dc8d52e23 = Jika artikel itu muat sepenuhnya di dalam silinder, dalam apa-apa orientasi, ia gagal.

# Small parts and choking hazards › The small parts test (list item)
li-d2ed776cfa = Jika ia tidak muat, jalankan ujian penggunaan dan penyalahgunaan dalam 16 CFR 1500.51 dan 1500.52. Jangan gunakan ujian gigitan.

# Small parts and choking hazards › The small parts test (list item)
li-c9c6855e0c = Letakkan setiap kepingan yang tertanggal di dalam silinder. Kertas, fabrik, benang, bulu halus, getah elastik dan tali tidak diuji di dalam silinder.

# Small parts and choking hazards › The small parts test (paragraph)
p-8b05d36104 = Bagi tujuan pematuhan, ukuran dalam inci di dalam peraturan itu yang terpakai.

# Small parts and choking hazards › The small parts test (paragraph)
p-c10fac15df = Sesuatu mainan boleh lulus semakan pertama tetapi masih gagal. Bahagian boleh tertanggal semasa ujian penggunaan dan penyalahgunaan. Jika kepingan sedemikian muat sepenuhnya di dalam silinder, mainan untuk kanak-kanak di bawah umur 3 tahun itu gagal.

# Small parts and choking hazards › Warning labels (heading)
h-1643e9d576 = Label amaran

# Small parts and choking hazards › Warning labels (paragraph)
p-3e50867686 = Child Safety Protection Act 1994 (Akta Perlindungan Keselamatan Kanak-kanak) menambah amaran bahaya tercekik ke dalam undang-undang AS[^1]. Peraturannya ialah 16 CFR 1500.19. Setiap amaran mengikut susunan ini: simbol amaran keselamatan, perkataan <span class="label">WARNING:</span> (AMARAN:), perkataan <span class="label">CHOKING HAZARD --</span> (BAHAYA TERCEKIK --), dan kemudian teks di bawah.

# Small parts and choking hazards › Warning labels (paragraph)
p-eeaa70f537 = Akta itu menambah seksyen 24 kepada Federal Hazardous Substances Act. Peraturan { -cpsc } bagi amaran ini berkuat kuasa pada 28 Ogos 1995.

# Small parts and choking hazards › Warning labels (paragraph)
p-af5db7906c = Bola kecil ialah bola yang dapat melalui sepenuhnya lubang bergaris pusat 1.75 in (44.4 mm) pada templat tegar setebal 1/4 in (6 mm) (16 CFR 1500.19(a)(2)). "Bola" termasuk bola yang diikat pada mainan. Ia tidak termasuk dadu, atau bola yang tertutup secara kekal di dalam mesin pinball, labirin dan bekas yang serupa.

# Small parts and choking hazards › Warning labels (table cell)
td-fb9ef89417 = Produk

# Small parts and choking hazards › Warning labels (table cell)
td-4b804f01a4 = Teks amaran

# Small parts and choking hazards › Warning labels (table cell)
td-65e76a682f = Mainan atau permainan dengan bahagian kecil, untuk umur 3 tahun hingga di bawah 6 tahun

# Small parts and choking hazards › Warning labels (table cell)
td-dba9190e71 = <span class="label">Small parts. Not for children under 3 yrs.</span> (Bahagian kecil. Bukan untuk kanak-kanak di bawah umur 3 tahun.)

# Small parts and choking hazards › Warning labels (table cell)
td-6d142d08d4 = Bola kecil, untuk umur 3 tahun ke atas

# Small parts and choking hazards › Warning labels (table cell)
td-c10f292ba4 = <span class="label">This toy is a small ball. Not for children under 3 yrs.</span> (Mainan ini ialah bola kecil. Bukan untuk kanak-kanak di bawah umur 3 tahun.)

# Small parts and choking hazards › Warning labels (table cell)
td-e5985e4079 = Mainan dengan bola kecil, untuk umur 3 tahun hingga di bawah 8 tahun

# Small parts and choking hazards › Warning labels (table cell)
td-ce3d2e2e8f = <span class="label">Toy contains a small ball. Not for children under 3 yrs.</span> (Mainan mengandungi bola kecil. Bukan untuk kanak-kanak di bawah umur 3 tahun.)

# Small parts and choking hazards › Warning labels (table cell)
td-6c6bb0a51a = Guli

# Small parts and choking hazards › Warning labels (table cell)
td-16fae5a35b = <span class="label">This toy is a marble. Not for children under 3 yrs.</span> (Mainan ini ialah guli. Bukan untuk kanak-kanak di bawah umur 3 tahun.)

# Small parts and choking hazards › Warning labels (table cell)
td-e940fed986 = Mainan dengan guli, untuk umur 3 tahun hingga di bawah 8 tahun

# Small parts and choking hazards › Warning labels (table cell)
td-f5f3e329f9 = <span class="label">Toy contains a marble. Not for children under 3 yrs.</span> (Mainan mengandungi guli. Bukan untuk kanak-kanak di bawah umur 3 tahun.)

# Small parts and choking hazards › Warning labels (paragraph)
p-c0cab95248 = Belon lateks, atau mainan atau permainan yang mengandungi belon lateks, memerlukan amaran ini: <span class="label">CHOKING HAZARD -- Children under 8 yrs. can choke or suffocate on uninflated or broken balloons. Adult supervision required. Keep uninflated balloons from children. Discard broken balloons at once.</span> (BAHAYA TERCEKIK -- Kanak-kanak di bawah umur 8 tahun boleh tercekik atau lemas akibat belon yang belum ditiup atau yang pecah. Pengawasan orang dewasa diperlukan. Jauhkan belon yang belum ditiup daripada kanak-kanak. Buang belon yang pecah dengan segera.)

# Small parts and choking hazards › Warning labels (paragraph)
p-48517ecfbf = Bola kecil yang dimaksudkan untuk kanak-kanak di bawah umur 3 tahun diharamkan.

# Small parts and choking hazards › Warning labels (paragraph)
p-ca1f7a31a9 = Teks amaran ini diambil daripada risalah fakta { -cpsc } tentang Child Safety Protection Act. Sebelum anda mencetak label, semak teks semasa 16 CFR 1500.19(b). Muktamadkan label akhir bersama { -importer }.

# Small parts and choking hazards › Reporting choking incidents (heading)
h-87235c7b10 = Melaporkan insiden tercekik

# Small parts and choking hazards › Reporting choking incidents (paragraph)
p-01fd0c1168 = Sesetengah insiden tercekik mesti dilaporkan kepada { -cpsc } dalam tempoh 24 jam. Peraturannya ialah 16 CFR 1117[^2]. Peraturan ini terpakai kepada pengilang, pengedar, peruncit dan pengimport produk berikut:

# Small parts and choking hazards › Reporting choking incidents (list item)
li-c784479d6b = guli, bola kecil dan belon lateks;

# Small parts and choking hazards › Reporting choking incidents (list item)
li-f3c7d76b6e = mainan atau permainan yang mengandungi guli, bola kecil, belon lateks atau bahagian kecil lain.

# Small parts and choking hazards › Reporting choking incidents (paragraph)
p-4beb1e41a5 = Peraturan ini diterbitkan pada 27 Februari 1995 (60 FR 10490). Peraturan ini berkuat kuasa pada 29 Mac 1995.

# Small parts and choking hazards › Reporting choking incidents (paragraph)
p-17a4815e9d = Firma-firma ini mesti membuat laporan dalam tempoh 24 jam apabila mereka mempunyai maklumat yang secara munasabah menyokong kesimpulan bahawa kedua-dua perkara ini benar:

# Small parts and choking hazards › Reporting choking incidents (list item)
li-428ac85733 = Seorang kanak-kanak tercekik akibat guli, bola kecil, belon lateks atau bahagian kecil lain dalam mainan atau permainan.

# Small parts and choking hazards › Reporting choking incidents (list item)
li-bf4fab1bff = Akibatnya, kanak-kanak itu meninggal dunia, mengalami kecederaan serius, berhenti bernafas untuk apa-apa tempoh masa, atau dirawat oleh pengamal perubatan.

# Small parts and choking hazards › Reporting choking incidents (paragraph)
p-9635009d3c = Jika anda mengetahui tentang sesuatu insiden tercekik, maklumkan kepada { -importer } dengan segera. Jangan tunggu. Firma-firma itu hanya mempunyai 24 jam untuk membuat laporan.

# Small parts and choking hazards › What to do in the factory (heading)
h-2a572bd7e4 = Perkara yang perlu dilakukan di kilang

# Small parts and choking hazards › What to do in the factory (list item)
li-eaa5f3ba0b = Semak { -age-grade } setiap mainan sebelum anda mengujinya.

# Small parts and choking hazards › What to do in the factory (list item)
li-d49681b4ff = Uji setiap bahagian mainan untuk kanak-kanak di bawah umur 3 tahun di dalam silinder bahagian kecil.

# Small parts and choking hazards › What to do in the factory (list item)
li-dbb7121419 = Jalankan ujian penggunaan dan penyalahgunaan. Kemudian uji setiap kepingan yang tertanggal.

# Small parts and choking hazards › What to do in the factory (list item)
li-53e9c439aa = Semak bola dengan templat 1.75 in (44.4 mm).

# Small parts and choking hazards › What to do in the factory (list item)
li-e84df7a849 = Semak amaran pada mainan, bola, guli dan belon untuk kanak-kanak berumur 3 tahun ke atas.

# Small parts and choking hazards › What to do in the factory (list item)
li-23c16ec3db = Simpan semua rekod ujian. Pengimport memerlukannya untuk memperakui produk.

# Small parts and choking hazards › What to do in the factory (paragraph)
p-127424228a = Halaman { -cpsc } tentang pejabatnya di Beijing menyatakan bahawa firma pengilangan di China mengeluarkan hampir 90% mainan yang dibeli di Amerika Syarikat. Halaman itu tidak bertarikh. Bagi mainan yang dibuat di luar negara, { -importer } mengeluarkan { -cpc }. Sijil ini berdasarkan keputusan ujian yang lulus, yang dijalankan oleh makmal pihak ketiga yang diterima { -cpsc }. Sijil dan laporan ujian mesti dalam bahasa Inggeris.

# Small parts and choking hazards › Check your knowledge (heading)
h-27544b5c12 = Uji pengetahuan anda

# Small parts and choking hazards › Check your knowledge (list item)
li-1c9220f48e = Sebuah mainan dimaksudkan untuk kanak-kanak di bawah umur 3 tahun. Satu kepingan tertanggal semasa ujian penggunaan dan penyalahgunaan. Apakah yang mesti anda lakukan?

# Small parts and choking hazards › Check your knowledge (list item)
li-e12308b88c = Tiada apa-apa, kerana hanya mainan keseluruhan yang diuji.

# Small parts and choking hazards › Check your knowledge (list item)
li-192c379d5e = Letakkan kepingan itu di dalam silinder bahagian kecil.

# Small parts and choking hazards › Check your knowledge (list item)
li-465f17d93a = Tambahkan amaran bahaya tercekik pada mainan itu.

# Small parts and choking hazards › Check your knowledge (list item)
li-e10d499a5a = Kepingan yang tertanggal diuji di dalam silinder. Jika kepingan itu muat sepenuhnya, mainan itu gagal.

# Small parts and choking hazards › Check your knowledge (list item)
li-feb12d3e84 = Produk manakah yang memerlukan amaran <span class="label">Small parts. Not for children under 3 yrs.</span> (Bahagian kecil. Bukan untuk kanak-kanak di bawah umur 3 tahun.)?

# Small parts and choking hazards › Check your knowledge (list item)
li-5dfbd3f3f4 = Mainan untuk kanak-kanak di bawah umur 3 tahun

# Small parts and choking hazards › Check your knowledge (list item)
li-d1cb35d9dc = Mainan atau permainan dengan bahagian kecil untuk kanak-kanak berumur 3 tahun hingga di bawah 6 tahun

# Small parts and choking hazards › Check your knowledge (list item)
li-654ab4260a = Setiap mainan untuk kanak-kanak berumur 12 tahun ke bawah

# Small parts and choking hazards › Check your knowledge (list item)
li-1cb48ddbe7 = Mainan untuk kanak-kanak di bawah umur 3 tahun tidak boleh mempunyai bahagian kecil langsung. Amaran itu diperlukan bagi mainan dan permainan untuk kanak-kanak berumur sekurang-kurangnya 3 tahun tetapi di bawah 6 tahun.

# Small parts and choking hazards › Check your knowledge (list item)
li-7dd5af7111 = Sebiji bola dapat melalui sepenuhnya lubang 1.75 in (44.4 mm) pada templat. Apakah bola itu?

# Small parts and choking hazards › Check your knowledge (list item)
li-a3ebb633a0 = Bola kecil

# Small parts and choking hazards › Check your knowledge (list item)
li-7d40ac6018 = Guli

# Small parts and choking hazards › Check your knowledge (list item)
li-38a6a23304 = Belon

# Small parts and choking hazards › Check your knowledge (list item)
li-727d4a84e8 = Bola ini ialah bola kecil. Bola kecil untuk kanak-kanak di bawah umur 3 tahun diharamkan. Bagi kanak-kanak yang lebih tua, bola ini memerlukan amaran.

# Small parts and choking hazards › Check your knowledge (list item)
li-3f2ff91fe8 = Seorang kanak-kanak tercekik akibat bola kecil daripada sebuah mainan dan berhenti bernafas untuk seketika. Pengimport mengetahui tentang insiden itu. Bilakah pengimport mesti melaporkannya kepada { -cpsc }?

# Small parts and choking hazards › Check your knowledge (list item)
li-fda2336f86 = Dalam tempoh 24 jam

# Small parts and choking hazards › Check your knowledge (list item)
li-9d5cbf69f3 = Dalam tempoh 10 hari

# Small parts and choking hazards › Check your knowledge (list item)
li-f4906c8872 = Pengimport tidak perlu melaporkannya, kerana kanak-kanak itu tidak meninggal dunia.

# Small parts and choking hazards › Check your knowledge (list item)
li-c398b3ae61 = 16 CFR 1117 mewajibkan laporan dalam tempoh 24 jam. Kanak-kanak yang berhenti bernafas untuk apa-apa tempoh masa ialah salah satu daripada kes tersebut. Kematian tidak disyaratkan.

# Small parts and choking hazards › Sources (heading)
h-caf85b0888 = Sumber

# Small parts and choking hazards › Sources (list item)
li-b1dff48900 = { "[" }eCFR: Bahagian 1501, bahagian kecil](https://www.ecfr.gov/current/title-16/part-1501)

# Small parts and choking hazards › Sources (list item)
li-ab72dce95d = { "[" }eCFR: Seksyen 1500.18, mainan dan artikel yang diharamkan](https://www.ecfr.gov/current/title-16/section-1500.18)

# Small parts and choking hazards › Sources (list item)
li-bc639be434 = { "[" }eCFR: Seksyen 1500.19, amaran bahaya tercekik](https://www.ecfr.gov/current/title-16/section-1500.19)

# Small parts and choking hazards › Sources (list item)
li-5276172d68 = { "[" }Federal Register: peraturan pelabelan bahaya tercekik, 27 Februari 1995](https://www.govinfo.gov/content/pkg/FR-1995-02-27/html/95-4484.htm)

# Small parts and choking hazards › Sources (list item)
li-2a1b7237b9 = { "[" }eCFR: Bahagian 1117, pelaporan insiden tercekik](https://www.ecfr.gov/current/title-16/part-1117)

# Small parts and choking hazards › Sources (list item)
li-0931c92c47 = { "[" }Federal Register: pelaporan insiden tercekik, peraturan muktamad, 27 Februari 1995](http://federal.elaws.us/fr/2/27/1995/95-4483)

# Small parts and choking hazards › Sources (list item)
li-30cde9875c = { "[" }CPSC: Sijil Produk Kanak-kanak (Children's Product Certificate)](https://www.cpsc.gov/Business--Manufacturing/Testing-Certification/Childrens-Product-Certificate-CPC/)

# Small parts and choking hazards › Sources (list item)
li-f30ee94a2c = { "[" }CPSC: Pejabat Keselamatan Produk Serantau, Beijing](http://www.cpsc.gov/Business--Manufacturing/International/CPSC-Regional-Product-Safety-Office-Beijing/)
