### Malay translation of content/modules/toys-astm-f963.md (Toys and ASTM F963). Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Toys and ASTM F963 (title)
title-313bfd31ab = Mainan dan ASTM F963

# Toys and ASTM F963 (summary)
summary-a796b90f5e = Mainan yang dijual di Amerika Syarikat mesti mematuhi standard keselamatan mainan ASTM F963, dan 16 CFR 1250 menjadikan edisi ASTM F963-23 wajib mulai 20 April 2024.

# Toys and ASTM F963 (learning objective)
objective-9ce6de84d5 = Menerangkan sebab ASTM F963 wajib bagi mainan yang dijual di Amerika Syarikat.

# Toys and ASTM F963 (learning objective)
objective-df27c767e7 = Menamakan edisi dalam 16 CFR 1250 dan tarikh ia berkuat kuasa.

# Toys and ASTM F963 (learning objective)
objective-2dd4867028 = Menggunakan { -age-grade } sesuatu mainan untuk mengenal pasti peraturan yang terpakai.

# Toys and ASTM F963 (learning objective)
objective-7fb2e0ec2e = Menerangkan asal usul had bagi unsur berat dalam mainan.

# Toys and ASTM F963 (paragraph)
p-fb279dbdec = ASTM F963 ialah standard keselamatan mainan AS. Undang-undang AS menjadikannya wajib. Mainan mesti mematuhinya, dan juga mesti mematuhi peraturan { -cpsc } yang lain. Modul ini menerangkan standard tersebut, { -age-grade } sesuatu mainan dan had bagi unsur berat.

# Toys and ASTM F963 › A mandatory standard (heading)
h-6f54602953 = Standard wajib

# Toys and ASTM F963 › A mandatory standard (paragraph)
p-ce51028900 = Seksyen 106 CPSIA menjadikan edisi terdahulu standard mainan ASTM F963 wajib. Ia juga menetapkan prosedur untuk menerima pakai edisi baharu standard itu. Edisi yang wajib dinamakan dalam 16 CFR 1250.2.

# Toys and ASTM F963 › A mandatory standard (paragraph)
p-41a63b48ca = Edisi ASTM F963-23 diterima pakai melalui peraturan muktamad langsung (direct final rule) bertarikh 18 Januari 2024[^1]. Peraturan itu menjadikan ASTM F963-23 wajib mulai 20 April 2024.

# Toys and ASTM F963 › A mandatory standard (paragraph)
p-5e6a2fac99 = Peraturan itu ialah 89 FR 3344, doket CPSC-2017-0010. Ia mengubah 16 CFR 1112 dan 1250.

# Toys and ASTM F963 › A mandatory standard (paragraph)
p-2a02ff4840 = Modul ini telah disemak untuk ASTM F963-23. Sebelum menguji, semak edisi yang dinamakan dalam 16 CFR 1250.2 di eCFR.

# Toys and ASTM F963 › A mandatory standard (paragraph)
p-0e43d767b7 = Peraturan yang sama mengemas kini keperluan yang digunakan oleh { -cpsc } untuk menerima makmal bagi ujian ASTM F963 (16 CFR 1112). Mainan untuk kanak-kanak berumur 12 tahun ke bawah ialah { -childrens-product }. Ia memerlukan ujian pihak ketiga oleh { -cpsc-accepted-lab } dan { -cpc }. Lihat [produk kanak-kanak dan sijil](childrens-products-and-certificates.md).

# Toys and ASTM F963 › Part 1250 holds more than ASTM F963 (heading)
h-ee7582fc7f = Bahagian 1250 mengandungi lebih daripada ASTM F963

# Toys and ASTM F963 › Part 1250 holds more than ASTM F963 (paragraph)
p-520b9b3176 = 16 CFR 1250 bertajuk "Safety Standard for Toys" (Standard Keselamatan bagi Mainan). Seksyen 1250.2 dalam bahagian ini mewajibkan ASTM F963-23. Bahagian ini kini turut mengandungi peraturan bagi mainan tertentu:

# Toys and ASTM F963 › Part 1250 holds more than ASTM F963 (list item)
li-c4fdb5e885 = Pelampung leher mesti mematuhi 16 CFR 1250.5 mulai 15 Jun 2026[^2]. Peraturan ini menggunakan kaedah ujian ANSI/CAN/UL 12402-9:2022 dan ANSI/APSP/ICC-16 2017.

# Toys and ASTM F963 › Part 1250 holds more than ASTM F963 (list item)
li-c1520f037f = Satu peraturan bertarikh 12 Disember 2025 (90 FR 57855) juga meminda Bahagian 1250. Sebelum menguji mainan yang mungkin diliputi oleh seksyen lain dalam bahagian itu, baca keseluruhan bahagian itu di eCFR.

# Toys and ASTM F963 › Part 1250 holds more than ASTM F963 (paragraph)
p-d970be6384 = Peraturan itu ialah 90 FR 58096 bertarikh 15 Disember 2025.

# Toys and ASTM F963 › What the standard covers (heading)
h-f79a6d9b07 = Perkara yang diliputi oleh standard ini

# Toys and ASTM F963 › What the standard covers (paragraph)
p-b0815de91a = ASTM F963 meliputi banyak bahaya mainan. Standard ini meliputi mainan untuk kanak-kanak di bawah umur 14 tahun. Bekerjasamalah dengan makmal anda, dan gunakan salinan edisi yang sedang berkuat kuasa. Modul ini hanya meliputi beberapa keperluannya:

# Toys and ASTM F963 › What the standard covers (list item)
li-6e4f1189a6 = Had bagi unsur berat larut dalam cat, salutan permukaan dan substrat. Lihat bahagian di bawah.

# Toys and ASTM F963 › What the standard covers (list item)
li-eff1709758 = Keperluan bagi magnet dalam mainan. Peraturan magnet AS bagi produk tertentu yang bukan mainan, 16 CFR 1262, menggunakan kaedah ujian F963 bagi indeks fluks.

# Toys and ASTM F963 › What the standard covers (paragraph)
p-9bf9c7e198 = Mainan juga mesti mematuhi peraturan { -cpsc } yang lain. Peraturan yang paling lazim terdapat dalam jadual ini.

# Toys and ASTM F963 › What the standard covers (table cell)
td-7e61847d61 = Topik

# Toys and ASTM F963 › What the standard covers (table cell)
td-bcdecc549d = Untuk siapa

# Toys and ASTM F963 › What the standard covers (table cell)
td-62845f31a2 = Peraturan

# Toys and ASTM F963 › What the standard covers (table cell)
td-3651cc5bce = Keselamatan mainan

# Toys and ASTM F963 › What the standard covers (table cell)
td-e5c00fcbdc = Mainan untuk kanak-kanak di bawah umur 14 tahun

# Toys and ASTM F963 › What the standard covers (table cell)
td-684afb4292 = ASTM F963-23, 16 CFR 1250.2

# Toys and ASTM F963 › What the standard covers (table cell)
td-aca7f69010 = Bahagian kecil

# Toys and ASTM F963 › What the standard covers (table cell)
td-4ab4a564cf = Kanak-kanak di bawah umur 3 tahun

# Toys and ASTM F963 › What the standard covers (table cell)
td-5bcedaee3b = 16 CFR 1501

# Toys and ASTM F963 › What the standard covers (table cell)
td-48dc026dd0 = Amaran bahaya tercekik

# Toys and ASTM F963 › What the standard covers (table cell)
td-249b58c205 = Sesetengah mainan, umur 3 tahun ke atas

# Toys and ASTM F963 › What the standard covers (table cell)
td-6e179cae6c = 16 CFR 1500.19

# Toys and ASTM F963 › What the standard covers (table cell)
td-4036f6e475 = Hujung tajam dan tepi tajam

# Toys and ASTM F963 › What the standard covers (table cell)
td-81bb7de2aa = Kanak-kanak di bawah umur 8 tahun

# Toys and ASTM F963 › What the standard covers (table cell)
td-91976c717f = 16 CFR 1500.48 dan 1500.49

# Toys and ASTM F963 › What the standard covers (table cell)
td-68ea99aff3 = Jumlah kandungan plumbum

# Toys and ASTM F963 › What the standard covers (table cell)
td-65b062c478 = Kanak-kanak berumur 12 tahun ke bawah

# Toys and ASTM F963 › What the standard covers (table cell)
td-12745b62bd = CPSIA seksyen 101

# Toys and ASTM F963 › What the standard covers (table cell)
td-fba9c7dcda = Plumbum dalam cat

# Toys and ASTM F963 › What the standard covers (table cell)
td-7f7654ff4c = 16 CFR 1303

# Toys and ASTM F963 › What the standard covers (table cell)
td-4f2d1ee02d = Ftalat

# Toys and ASTM F963 › What the standard covers (table cell)
td-ed3c41feb3 = 16 CFR 1307

# Toys and ASTM F963 › What the standard covers (paragraph)
p-a7fbb107d2 = Bagi had plumbum dan ftalat, lihat [had plumbum](lead-and-phthalates.md#limits). Bagi amaran bahaya tercekik, lihat [bahagian kecil](toys-small-parts.md#warnings).

# Toys and ASTM F963 › The age grade of a toy (heading)
h-c69cefe783 = Gred umur sesuatu mainan

# Toys and ASTM F963 › The age grade of a toy (paragraph)
p-1d0a4ad0dd = Banyak peraturan bergantung pada umur kanak-kanak yang akan menggunakan mainan itu. Produk kanak-kanak direka bentuk atau dimaksudkan terutamanya untuk kanak-kanak berumur 12 tahun ke bawah (16 CFR 1200.2). Mainan yang tertakluk pada peraturan { -small-parts } ialah { -childrens-product }.

# Toys and ASTM F963 › The age grade of a toy (paragraph)
p-158b19ea54 = Empat faktor menentukan sama ada sesuatu produk dimaksudkan terutamanya untuk kanak-kanak. Salah satu daripadanya ialah garis panduan kakitangan { -cpsc }, Age Determination Guidelines, bertarikh September 2002, dan mana-mana garis panduan penggantinya. Keempat-empat faktor disenaraikan dalam [produk kanak-kanak dan sijil](childrens-products-and-certificates.md).

# Toys and ASTM F963 › The age grade of a toy (paragraph)
p-189d079999 = Bagi peraturan bahagian kecil, 16 CFR 1501.2(b) memberikan kriteria yang serupa bagi mainan yang dimaksudkan untuk kanak-kanak di bawah umur 3 tahun:

# Toys and ASTM F963 › The age grade of a toy (list item)
li-6b04adf5b0 = niat yang dinyatakan oleh pengilang, jika ia munasabah;

# Toys and ASTM F963 › The age grade of a toy (list item)
li-b18bbbb4da = pengiklanan, promosi dan pemasaran mainan itu;

# Toys and ASTM F963 › The age grade of a toy (list item)
li-0729d838f2 = sama ada mainan itu lazimnya dikenali sebagai mainan yang dimaksudkan untuk kanak-kanak di bawah umur 3 tahun.

# Toys and ASTM F963 › The age grade of a toy (paragraph)
p-2edd428a3b = Label umur sahaja tidak menentukan { -age-grade }. Kenyataan pengilang hanya diambil kira jika ia munasabah. Mainan untuk kanak-kanak di bawah umur 3 tahun tidak boleh mempunyai { -small-parts }. Ujian hujung tajam dan tepi tajam terpakai pada mainan untuk kanak-kanak di bawah umur 8 tahun.

# Toys and ASTM F963 › The age grade of a toy (paragraph)
p-f58b2d951e = Mainan yang fungsinya memerlukan { -sharp-point } atau { -sharp-edge }, seperti gunting mainan, boleh dikecualikan daripada 16 CFR 1500.48 dan 1500.49. Mainan itu tidak boleh mempunyai hujung atau tepi tajam yang tidak berfungsi. Mainan itu juga mesti dilabel dengan ketara (mudah dilihat).

# Toys and ASTM F963 › Heavy elements (heading)
h-6d834925dc = Unsur berat

# Toys and ASTM F963 › Heavy elements (paragraph)
p-45a8c7adc5 = ASTM F963 juga mengehadkan unsur berat larut dalam cat, salutan permukaan dan substrat yang boleh dicapai, iaitu bahan asas sesuatu mainan. Had itu terdapat dalam teks standard. Latihan ini tidak mengulanginya. Dapatkan angka itu daripada salinan ASTM F963-23 atau daripada { -cpsc-accepted-lab } anda.

# Toys and ASTM F963 › Heavy elements (paragraph)
p-1da8e829ef = Dua had AS bagi plumbum terpakai pada setiap produk kanak-kanak, termasuk mainan:

# Toys and ASTM F963 › Heavy elements (table cell)
td-674b0ed54b = Had

# Toys and ASTM F963 › Heavy elements (table cell)
td-1584863a0a = 90 ppm plumbum dalam { -surface-coating }

# Toys and ASTM F963 › Heavy elements (table cell)
td-c10c1bec47 = 100 ppm { -total-lead-content } dalam bahagian yang boleh dicapai

# Toys and ASTM F963 › Heavy elements (table cell)
td-22659e2793 = CPSIA

# Toys and ASTM F963 › Heavy elements (paragraph)
p-8f219681a6 = Lihat [had plumbum](lead-and-phthalates.md#limits) untuk butiran.

# Toys and ASTM F963 › Heavy elements (paragraph)
p-5d055f2778 = Mainan mesti mematuhi kedua-dua had ASTM F963 dan had plumbum AS. Tanya makmal anda mainan dan bahan mana yang mesti diuji.

# Toys and ASTM F963 › What to do in the factory (heading)
h-2a572bd7e4 = Perkara yang perlu dilakukan di kilang

# Toys and ASTM F963 › What to do in the factory (list item)
li-7212b83862 = Capai persetujuan dengan pengimport tentang { -age-grade } setiap mainan.

# Toys and ASTM F963 › What to do in the factory (list item)
li-ae89c91287 = Semak edisi ASTM F963 dalam 16 CFR 1250 sebelum anda menguji.

# Toys and ASTM F963 › What to do in the factory (list item)
li-80ec853440 = Gunakan makmal yang telah diterima oleh { -cpsc } bagi ujian ASTM F963.

# Toys and ASTM F963 › What to do in the factory (list item)
li-1a0a9c86a1 = Senaraikan setiap cat, salutan dan bahan yang boleh dicapai bagi setiap mainan.

# Toys and ASTM F963 › What to do in the factory (list item)
li-360cb1d0c4 = Uji cat, salutan dan substrat untuk unsur berat larut, seperti yang dikehendaki oleh ASTM F963.

# Toys and ASTM F963 › What to do in the factory (list item)
li-17d428a3d6 = Uji mainan untuk kanak-kanak di bawah umur 3 tahun bagi bahagian kecil, dan mainan untuk kanak-kanak di bawah umur 8 tahun bagi hujung tajam dan tepi tajam.

# Toys and ASTM F963 › What to do in the factory (list item)
li-98dec16d00 = Simpan semua laporan ujian. Pengimport memerlukannya untuk sijil.

# Toys and ASTM F963 › What to do in the factory (paragraph)
p-0a5efc6fb9 = Halaman { -cpsc } tentang pejabatnya di Beijing menyatakan: "Chinese goods continue to account for over half of total CPSC-announced product recalls – and an even greater proportion of recalls of children's products." (Barangan China terus mewakili lebih separuh daripada jumlah penarikan balik produk yang diumumkan oleh CPSC – dan bahagian yang lebih besar lagi daripada penarikan balik produk kanak-kanak.) Halaman itu tidak bertarikh, jadi angka itu mungkin tidak terkini. Ujian yang teliti mengikut ASTM F963 membantu menjauhkan mainan daripada penarikan balik.

# Toys and ASTM F963 › Check your knowledge (heading)
h-27544b5c12 = Uji pengetahuan anda

# Toys and ASTM F963 › Check your knowledge (list item)
li-10f22487a0 = Apakah yang dilakukan oleh peraturan muktamad langsung bertarikh 18 Januari 2024?

# Toys and ASTM F963 › Check your knowledge (list item)
li-86dc98874e = ASTM F963 menjadi sukarela.

# Toys and ASTM F963 › Check your knowledge (list item)
li-8864319147 = ASTM F963 ditarik balik.

# Toys and ASTM F963 › Check your knowledge (list item)
li-81fce7f911 = ASTM F963-23 menjadi wajib.

# Toys and ASTM F963 › Check your knowledge (list item)
li-c0b43ec668 = Peraturan itu menerima pakai ASTM F963-23 dalam 16 CFR 1250. Ia juga mengemas kini keperluan bagi makmal yang menguji mengikut ASTM F963.

# Toys and ASTM F963 › Check your knowledge (list item)
li-96d2f5adcb = Mulai tarikh apakah ASTM F963-23 menjadi wajib?

# Toys and ASTM F963 › Check your knowledge (list item)
li-04381f0239 = 18 Januari 2024

# Toys and ASTM F963 › Check your knowledge (list item)
li-cb73086513 = 20 April 2024

# Toys and ASTM F963 › Check your knowledge (list item)
li-e90f05e72b = 14 Ogos 2011

# Toys and ASTM F963 › Check your knowledge (list item)
li-1aa841b387 = Peraturan itu diterbitkan pada 18 Januari 2024. Ia menjadikan ASTM F963-23 wajib mulai 20 April 2024.

# Toys and ASTM F963 › Check your knowledge (list item)
li-9206bfe10c = Apakah had AS bagi plumbum dalam cat sesuatu mainan?

# Toys and ASTM F963 › Check your knowledge (list item)
li-a9547a5a14 = 90 ppm

# Toys and ASTM F963 › Check your knowledge (list item)
li-a1b3e5275b = 500 ppm

# Toys and ASTM F963 › Check your knowledge (list item)
li-7186d9b809 = 1,000 ppm

# Toys and ASTM F963 › Check your knowledge (list item)
li-83bea7f688 = Cat dan salutan permukaan yang serupa pada mainan dan produk kanak-kanak lain tidak boleh mengandungi lebih daripada 90 ppm plumbum (16 CFR 1303).

# Toys and ASTM F963 › Check your knowledge (list item)
li-89690eda69 = Peraturan tentang hujung tajam dan tepi tajam terpakai pada mainan untuk kanak-kanak yang mana?

# Toys and ASTM F963 › Check your knowledge (list item)
li-be03629ad8 = Kanak-kanak di bawah umur 3 tahun sahaja

# Toys and ASTM F963 › Check your knowledge (list item)
li-81bb7de2aa = Kanak-kanak di bawah umur 8 tahun

# Toys and ASTM F963 › Check your knowledge (list item)
li-65b062c478 = Kanak-kanak berumur 12 tahun ke bawah

# Toys and ASTM F963 › Check your knowledge (list item)
li-c5a061c749 = 16 CFR 1500.48 dan 1500.49 terpakai pada mainan dan artikel yang dimaksudkan untuk kanak-kanak di bawah umur 8 tahun.

# Toys and ASTM F963 › Sources (heading)
h-caf85b0888 = Sumber

# Toys and ASTM F963 › Sources (list item)
li-d3e375abbc = { "[" }eCFR: Bahagian 1250, keselamatan mainan](https://www.ecfr.gov/current/title-16/part-1250)

# Toys and ASTM F963 › Sources (list item)
li-47fed90bbc = { "[" }Federal Register: peraturan muktamad langsung ASTM F963-23, 18 Januari 2024](https://www.govinfo.gov/content/pkg/FR-2024-01-18/html/2024-00741.htm)

# Toys and ASTM F963 › Sources (list item)
li-a445900dd1 = { "[" }Federal Register: peraturan muktamad pelampung leher, 15 Disember 2025](https://www.govinfo.gov/content/pkg/FR-2025-12-15/html/2025-22827.htm)

# Toys and ASTM F963 › Sources (list item)
li-f8c7729576 = { "[" }eCFR: Bahagian 1112, makmal pihak ketiga](https://www.ecfr.gov/current/title-16/part-1112)

# Toys and ASTM F963 › Sources (list item)
li-5e900d795e = { "[" }eCFR: Seksyen 1200.2, definisi produk kanak-kanak](https://www.ecfr.gov/current/title-16/section-1200.2)

# Toys and ASTM F963 › Sources (list item)
li-bf68d9e043 = { "[" }eCFR: Seksyen 1501.2, umur kanak-kanak bagi bahagian kecil](https://www.ecfr.gov/current/title-16/section-1501.2)

# Toys and ASTM F963 › Sources (list item)
li-1b36b5728b = { "[" }eCFR: Seksyen 1500.48, hujung tajam](https://www.ecfr.gov/current/title-16/section-1500.48)

# Toys and ASTM F963 › Sources (list item)
li-f0bb75d1dd = { "[" }eCFR: Seksyen 1500.49, tepi tajam](https://www.ecfr.gov/current/title-16/section-1500.49)

# Toys and ASTM F963 › Sources (list item)
li-e19cee1dc5 = { "[" }eCFR: Seksyen 1262.4, kaedah ujian magnet](https://www.ecfr.gov/current/title-16/section-1262.4)

# Toys and ASTM F963 › Sources (list item)
li-59a400fb00 = { "[" }CPSC: Panduan perniagaan tentang jumlah kandungan plumbum](https://cpsc.gov/Business--Manufacturing/Business-Education/Lead/Total-Lead-Content-Business-Guidance-and-Small-Entity-Compliance-Guide)

# Toys and ASTM F963 › Sources (list item)
li-b38d63eac7 = { "[" }CPSC: Soalan lazim tentang plumbum dalam cat](https://cpsc.gov/FAQ/Lead-in-Paint)

# Toys and ASTM F963 › Sources (list item)
li-f30ee94a2c = { "[" }CPSC: Pejabat Keselamatan Produk Serantau, Beijing](http://www.cpsc.gov/Business--Manufacturing/International/CPSC-Regional-Product-Safety-Office-Beijing/)
