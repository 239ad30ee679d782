### Bahasa Indonesia translation of content/modules/toys-sharp-edges-magnets-batteries.md. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Sharp points, sharp edges, magnets and button batteries (title)
title-7498fed225 = Ujung tajam, { -sharp-edge }, { -magnet }, dan baterai kancing

# Sharp points, sharp edges, magnets and button batteries (summary)
summary-1f6f2326b8 = Mainan untuk anak di bawah 8 tahun diuji terhadap { -sharp-point } dan { -sharp-edge }, dan mainan serta sebagian produk lain yang mengandung { -magnet } kecil atau baterai kancing dan koin harus memenuhi aturan khusus AS.

# Sharp points, sharp edges, magnets and button batteries (learning objective)
objective-d44105b13a = Menjelaskan mainan mana yang diuji terhadap { -sharp-point } dan { -sharp-edge }.

# Sharp points, sharp edges, magnets and button batteries (learning objective)
objective-390c1c1af7 = Menjelaskan kapan mainan yang memerlukan { -sharp-point } atau { -sharp-edge } dikecualikan.

# Sharp points, sharp edges, magnets and button batteries (learning objective)
objective-d049a82fd6 = Menyebutkan aturan untuk { -magnet } dalam mainan dan dalam produk { -magnet } yang diatur (subject magnet products).

# Sharp points, sharp edges, magnets and button batteries (learning objective)
objective-c150439cf5 = Menjelaskan aturan AS untuk produk yang mengandung baterai kancing dan koin.

# Sharp points, sharp edges, magnets and button batteries (paragraph)
p-e1076567c4 = Anak dapat terluka oleh { -sharp-point } dan { -sharp-edge } pada mainan. Peraturan AS menetapkan pengujian untuk keduanya. Selain itu, { -magnet } serta { -button-battery } juga memiliki aturan AS tersendiri. Modul ini menjelaskan aturan-aturan tersebut.

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (heading)
h-187a5e3271 = Aturan yang berlaku

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-5c5f3b2772 = Bahaya

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-4edc8bfafc = Produk

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-62845f31a2 = Aturan

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-78e4f26094 = Ujung tajam

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-8863e7e212 = Mainan dan barang untuk anak di bawah 8 tahun

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-cc1c8c8b34 = 16 CFR 1500.48

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-47b05425f3 = Tepi tajam dari logam atau kaca

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-bba0c65bf3 = 16 CFR 1500.49

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-f176079c18 = Magnet dalam mainan

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-fd16c1f32f = Mainan

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-41ccdd70fa = ASTM F963 (16 CFR 1250.2)

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-dfdca3bd47 = Magnet dalam produk { -magnet } yang diatur (subject magnet products)

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-8b8718f951 = Sebagian produk yang bukan mainan (lihat di bawah)

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-f9c0aa89ca = 16 CFR 1262

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-c9369ba338 = Baterai kancing dan koin dalam mainan

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-e5c00fcbdc = Mainan untuk anak di bawah 14 tahun

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-0478ef8603 = Baterai kancing dan koin dalam produk lain

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-870a37fb8f = Produk konsumen lain yang mengandung baterai tersebut

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-6c8d8c0fce = 16 CFR 1263

# Sharp points, sharp edges, magnets and button batteries › Sharp points and sharp edges (heading)
h-fa8517b163 = Ujung tajam dan { -sharp-edge }

# Sharp points, sharp edges, magnets and button batteries › Sharp points and sharp edges (paragraph)
p-16be566b6e = Dua aturan menetapkan pengujian teknis untuk mainan dan barang lain yang ditujukan bagi anak di bawah 8 tahun:

# Sharp points, sharp edges, magnets and button batteries › Sharp points and sharp edges (list item)
li-5918cddb4c = 16 CFR 1500.48 untuk { -sharp-point };

# Sharp points, sharp edges, magnets and button batteries › Sharp points and sharp edges (list item)
li-8cdccffa41 = 16 CFR 1500.49 untuk { -sharp-edge } dari logam atau kaca.

# Sharp points, sharp edges, magnets and button batteries › Sharp points and sharp edges (paragraph)
p-aee7c352cb = Pengujian ini berlaku untuk ujung dan tepi yang dapat dijangkau. Pengujian dilakukan sebelum uji penggunaan dan penyalahgunaan. Pengujian dilakukan lagi setelah uji penggunaan dan penyalahgunaan. Jadi, ujung atau tepi yang muncul selama pengujian tersebut juga diperhitungkan.

# Sharp points, sharp edges, magnets and button batteries › Sharp points and sharp edges (paragraph)
p-1e6a5a9a10 = Aturan untuk { -sharp-point } mulai berlaku pada 22 Desember 1978. Aturan untuk { -sharp-edge } mulai berlaku pada 26 Maret 1979.

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (heading)
h-cf0b7a2752 = Mainan yang memerlukan { -sharp-point } atau { -sharp-edge }

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (paragraph)
p-2181d76992 = Beberapa mainan memerlukan { -sharp-point } atau { -sharp-edge } agar dapat berfungsi. Contohnya adalah gunting mainan, perangkat perkakas mainan, dan jarum mesin jahit mainan. Mainan seperti itu dikecualikan dari pengujian hanya jika kedua hal berikut terpenuhi:

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (list item)
li-46ba02d907 = Mainan tersebut tidak memiliki { -sharp-point } atau { -sharp-edge } yang tidak diperlukan untuk fungsinya.

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (list item)
li-5b3d16822b = Mainan tersebut diberi label yang mencolok. Artinya, label tersebut mudah terlihat.

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (paragraph)
p-354fbc7092 = Modul ini tidak memberikan teks label. Sepakati label dengan { -importer }.

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (paragraph)
p-3b935da6ae = Pengecualian ini memerlukan kedua syarat. Jika gunting mainan memiliki satu { -sharp-point } atau { -sharp-edge } yang tidak diperlukan agar berfungsi, gunting tersebut tidak dikecualikan. Periksa setiap ujung dan tepi yang dapat dijangkau, juga setelah uji penggunaan dan penyalahgunaan.

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (paragraph)
p-05cd8fc0cf = Kedua aturan ini mengecualikan { -crib } dan sepeda, karena keduanya memiliki aturan tersendiri. Untuk { -crib }, lihat [{ -full-size-crib } dan ukuran tidak penuh](cribs-full-size-and-non-full-size.md).

# Sharp points, sharp edges, magnets and button batteries › Magnets (heading)
h-5333907e38 = Magnet

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-69a57184d4 = Aturan untuk { -magnet } dalam mainan berbeda dengan aturan untuk { -magnet } dalam produk lain. Banyak produk bermagnet tidak tercakup oleh satu pun dari kedua aturan tersebut.

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-e9f9b08af3 = { "*" }*Mainan.** ASTM F963 adalah standar mainan AS yang wajib. 16 CFR 1250 mewajibkannya. Persyaratan { -magnet } untuk mainan terdapat dalam ASTM F963. Aturan tanggal 18 Januari 2024 memasukkan edisi ASTM F963-23. Aturan ini mulai berlaku pada 20 April 2024.

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-1d3ac6239a = { "*" }*Produk { -magnet } yang diatur (subject magnet products).** 16 CFR 1262 adalah Standar Keselamatan untuk Magnet (Safety Standard for Magnets). Standar ini diterbitkan pada 21 September 2022. Standar ini tidak mencakup setiap produk yang bukan mainan. Standar ini hanya mencakup "subject magnet products" (produk { -magnet } yang diatur). Produk { -magnet } yang diatur adalah produk konsumen yang memenuhi semua syarat berikut:

# Sharp points, sharp edges, magnets and button batteries › Magnets (list item)
li-7f8fec7c1e = Produk tersebut dirancang, dipasarkan, atau ditujukan untuk hiburan, perhiasan (termasuk perhiasan anak), stimulasi mental, atau pereda stres, atau kombinasi dari hal-hal tersebut.

# Sharp points, sharp edges, magnets and button batteries › Magnets (list item)
li-06616fdaba = Produk tersebut mengandung satu atau lebih { -magnet } lepas atau yang dapat dilepas.

# Sharp points, sharp edges, magnets and button batteries › Magnets (list item)
li-770d83c549 = Produk tersebut dibuat setelah 21 Oktober 2022.

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-fe353cca4c = Contohnya adalah satu set { -magnet } lepas berukuran kecil yang dijual kepada orang dewasa sebagai pereda stres.

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-68c1d03b30 = Part 1262 tidak berlaku untuk mainan yang tercakup oleh 16 CFR 1250. Part ini juga tidak berlaku untuk produk yang dijual hanya kepada pendidik, peneliti, profesional, atau pengguna komersial atau industri. Sebagian besar produk bermagnet lainnya tidak tercakup oleh part 1262.

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-0a62f0a6c5 = Berdasarkan 16 CFR 1262.3, setiap { -magnet } lepas atau yang dapat dilepas dalam produk { -magnet } yang diatur yang muat seluruhnya di dalam { -small-parts-cylinder } harus memiliki indeks fluks di bawah 50 kG² mm². Metode uji indeks fluks berasal dari ASTM F963 (16 CFR 1262.4).

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-bfa19c5551 = ASTM F963 direvisi dari waktu ke waktu. Sebelum menguji mainan, periksa edisi mana yang dirujuk 16 CFR 1250 saat ini.

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-32cc681510 = Pada mainan untuk anak di bawah 3 tahun, setiap potongan yang terlepas dalam uji penggunaan dan penyalahgunaan dimasukkan ke dalam { -small-parts-cylinder }. Ini termasuk { -magnet } dan baterai. Lihat [{ -small-parts }](toys-small-parts.md).

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (heading)
h-6e7eb240ad = Baterai kancing dan koin

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-ab924c1ebf = Reese's Law adalah undang-undang AS tentang baterai sel kancing dan baterai koin. Aturan pelaksananya adalah 16 CFR 1263. Part 1263 mengadopsi standar ANSI/UL 4200A-2023. Aturan ini mewajibkan:

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (list item)
li-a95ac48f17 = kompartemen baterai yang memerlukan alat, atau dua gerakan tangan independen secara bersamaan, untuk membukanya;

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (list item)
li-fa48e3d0da = uji penggunaan dan penyalahgunaan;

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (list item)
li-7e7d013ba7 = peringatan pada kemasan, pada produk jika dapat dilaksanakan, dan dalam petunjuk penggunaan.

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-48837934d7 = Kemasan baterai kancing dan koin juga harus tahan terhadap anak (child-resistant). Aturan kemasannya adalah 16 CFR 1700.15.

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-ceb4c0563b = Tanggal-tanggal ini berasal dari aturan (16 CFR 1263.1(b) dan aturan 88 FR 65274) serta dari FAQ { -cpsc }. Tanggal yang dimaksud adalah tanggal pembuatan atau impor.

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-f5f5690b0e = Persyaratan

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-a82f1ec268 = Berlaku untuk produk yang dibuat atau diimpor

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-efbd03ccfc = Kemasan tahan anak (child-resistant) untuk { -button-battery }

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-0587a4ad5d = setelah 12 Februari 2023

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-6b01c86ef8 = 16 CFR part 1263 untuk produk dengan baterai tersebut, termasuk { -childrens-product }

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-c12e0e227f = pada atau setelah 23 Oktober 2023

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-147a3ec4c0 = Untuk { -childrens-product } dengan baterai tersebut: { -third-party-testing } dan { -cpc }

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-c4582620f6 = pada atau setelah 20 Desember 2023

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-e7728ddb31 = { -cpsc } menerapkan diskresi penegakan untuk dua tanggal terakhir hingga 19 Maret 2024. Semua tanggal ini kini telah lewat. Produk yang dibuat atau diimpor saat ini wajib mematuhi aturan.

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-808850e668 = Kemasan baterai kancing dan koin yang dibuat atau diimpor setelah 21 September 2024 juga harus mencantumkan { -warning-label } sesuai 16 CFR 1263.4.

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-fef0c73008 = Sel seng-udara (zinc-air) tidak tunduk pada 16 CFR 1263. Namun, kemasannya tunduk pada aturan kemasan.

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-5658bdf7c9 = { "*" }*Mainan.** Mainan dikecualikan dari 16 CFR 1263 (16 CFR 1263.1(c)). Dalam ketentuan ini, mainan adalah setiap benda yang dirancang, diproduksi, atau dipasarkan sebagai alat bermain untuk anak di bawah 14 tahun. Pengecualian ini hanya berlaku jika mainan memenuhi persyaratan aksesibilitas baterai dan pelabelan dalam 16 CFR 1250. Jadi, untuk mainan, periksa persyaratan baterai dalam ASTM F963.

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-a194ef3cc1 = Karena pengecualian ini, part 1263 terutama penting bagi { -childrens-product } yang bukan mainan, misalnya lampu tidur anak. Produk seperti itu wajib memenuhi part 1263 mulai tanggal yang sama dengan produk lainnya. Produk tersebut juga wajib diuji oleh laboratorium pihak ketiga dan disertifikasi dalam { -cpc }. Sebelum merencanakan pengujian baterai, sepakati dengan { -importer } aturan mana yang berlaku untuk setiap produk.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (heading)
h-2a572bd7e4 = Yang harus dilakukan di pabrik

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-d4f97e7d2c = Periksa dahulu { -age-grade } setiap mainan. Uji { -sharp-point } dan { -sharp-edge } berlaku untuk mainan bagi anak di bawah 8 tahun.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-c1d30eaaca = Periksa setiap ujung dan tepi yang dapat dijangkau sebelum dan sesudah uji penggunaan dan penyalahgunaan.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-4753fe346f = Jika mainan memerlukan { -sharp-point } atau { -sharp-edge }, hilangkan semua { -sharp-point } dan { -sharp-edge } lainnya. Pasang label yang mencolok pada mainan tersebut.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-a415eeeffc = Periksa aturan { -magnet } mana yang berlaku: ASTM F963 untuk mainan, 16 CFR 1262 untuk produk { -magnet } yang diatur. Produk { -magnet } yang diatur adalah produk untuk hiburan, perhiasan, stimulasi mental, atau pereda stres yang memiliki { -magnet } lepas atau yang dapat dilepas.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-563ff69573 = Untuk mainan dengan { -button-battery }, penuhi persyaratan baterai dalam ASTM F963.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-04c9e00fba = Untuk produk yang tunduk pada 16 CFR 1263, buat kompartemen baterai yang memerlukan alat, atau dua gerakan tangan independen secara bersamaan, untuk membukanya.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-1c5ad9e47f = Untuk produk-produk tersebut, periksa peringatan baterai pada kemasan, pada produk, dan dalam petunjuk penggunaan.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-b7c5c634ae = Gunakan kemasan tahan anak untuk baterai kancing dan koin.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-23c16ec3db = Simpan semua catatan pengujian. Importir memerlukannya untuk menyertifikasi produk.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (paragraph)
p-dc3c97ff84 = Menurut SNI mainan wajib Indonesia, mainan adalah produk untuk anak berusia 14 tahun ke bawah. Di Malaysia, mainan adalah barang untuk anak di bawah 14 tahun. Standar mainan AS, ASTM F963 (16 CFR 1250), juga mencakup mainan untuk anak di bawah 14 tahun. Namun, sebagian aturan AS memiliki batas usianya sendiri. Uji { -sharp-point } dan { -sharp-edge } hanya berlaku untuk mainan dan barang bagi anak di bawah 8 tahun. Larangan { -small-parts } berlaku untuk mainan bagi anak di bawah 3 tahun. Untuk mainan yang Anda kirim ke Amerika Serikat, periksa batas usia setiap aturan AS.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (heading)
h-27544b5c12 = Uji pemahaman Anda

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-28cba2a0f3 = Sebuah mainan ditujukan untuk anak berusia 5 tahun. Apakah mainan itu harus lulus uji { -sharp-point } dan { -sharp-edge }?

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-0ef7ab06b9 = Ya, karena mainan itu untuk anak di bawah 8 tahun.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-de59dd0a2b = Tidak, karena mainan itu untuk anak di atas 3 tahun.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-4b3c58138d = Hanya jika mainan itu memiliki { -small-parts }.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-6228dd4955 = Pengujian dalam 16 CFR 1500.48 dan 1500.49 berlaku untuk mainan dan barang yang ditujukan bagi anak di bawah 8 tahun.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-fb8c464897 = Gunting mainan memerlukan { -sharp-edge } untuk memotong. Kapan gunting tersebut dikecualikan dari uji { -sharp-edge }?

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-c50d21e7dd = Selalu, karena gunting itu memerlukan tepi tersebut.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-feee767b81 = Jika gunting itu tidak memiliki { -sharp-point } atau { -sharp-edge } lain dan diberi label yang mencolok.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-0a333e36de = Jika importir menyetujuinya.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-bc337e3ca2 = Kedua syarat diperlukan. Mainan dengan { -sharp-point } atau { -sharp-edge } yang tidak diperlukan untuk fungsinya tidak dikecualikan.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-8267e0dbe0 = Satu set { -magnet } lepas berukuran kecil dijual kepada orang dewasa sebagai produk meja kerja pereda stres. Set tersebut dibuat pada tahun 2026. Satu { -magnet } muat seluruhnya di dalam { -small-parts-cylinder }. Berapa batas indeks fluksnya?

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-5e6d357ac9 = Tidak ada batas, karena set tersebut dijual kepada orang dewasa.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-93546d8884 = Di bawah 50 kG² mm²

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-fe50ed2c0a = Di bawah 500 kG² mm²

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-2961ec873c = Set tersebut dipasarkan sebagai pereda stres dan memiliki { -magnet } lepas, sehingga termasuk produk { -magnet } yang diatur menurut 16 CFR 1262, juga jika dijual kepada orang dewasa. 16 CFR 1262.3 menetapkan batas ini untuk setiap { -magnet } lepas atau yang dapat dilepas yang muat seluruhnya di dalam { -small-parts-cylinder }.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-e6845e899f = Sebuah lampu tidur untuk kamar anak dirancang dan dipasarkan untuk anak kecil. Lampu ini berisi baterai koin. Lampu ini adalah { -childrens-product }, tetapi bukan mainan. Mulai tanggal berapa produk seperti ini wajib menjalani { -third-party-testing } dan disertifikasi sesuai 16 CFR part 1263?

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-23141a3f4e = 12 Februari 2023

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-3e37f41fea = 23 Oktober 2023

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-66842b6df4 = 20 Desember 2023

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-e7776c306a = Produk seperti ini sudah wajib memenuhi 16 CFR part 1263 sejak 23 Oktober 2023, sama seperti produk lainnya (16 CFR 1263.1(b)). Kewajiban { -third-party-testing } dan sertifikasi berlaku untuk { -childrens-product } yang dibuat atau diimpor pada atau setelah 20 Desember 2023. Mainan yang memenuhi persyaratan baterai dalam 16 CFR part 1250 dikecualikan dari part 1263.

# Sharp points, sharp edges, magnets and button batteries › Sources (heading)
h-caf85b0888 = Sumber

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-1b36b5728b = { "[" }eCFR: Section 1500.48, { -sharp-point }](https://www.ecfr.gov/current/title-16/section-1500.48)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-f0bb75d1dd = { "[" }eCFR: Section 1500.49, { -sharp-edge }](https://www.ecfr.gov/current/title-16/section-1500.49)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-5279e3f581 = { "[" }CPSC: Peraturan { -sharp-point } untuk mainan, 1978](https://www.cpsc.gov/Newsroom/News-Releases/1978/CPSC-Announces-Sharp-Points-Regulation-For-Toys)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-852da373ea = { "[" }eCFR: Part 1250, standar keselamatan untuk mainan](https://www.ecfr.gov/current/title-16/part-1250)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-0c71aa0b34 = { "[" }Federal Register: ASTM F963-23 untuk mainan, 18 Januari 2024](https://www.govinfo.gov/content/pkg/FR-2024-01-18/html/2024-00741.htm)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-504cbf83ef = { "[" }eCFR: Part 1262, standar keselamatan untuk { -magnet }](https://www.ecfr.gov/current/title-16/part-1262)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-9d5378bfad = { "[" }eCFR: Part 1263, baterai kancing dan koin](https://www.ecfr.gov/current/title-16/part-1263)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-9efee363b6 = { "[" }eCFR: Section 1700.15, kemasan tahan anak](https://www.ecfr.gov/current/title-16/section-1700.15)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-775274ae31 = { "[" }CPSC: FAQ baterai sel kancing dan baterai koin](https://www.cpsc.gov/FAQ/Button-Cell-and-Coin-Battery-FAQs)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-c9e7efb8c3 = { "[" }BSN: SNI mainan (Indonesia)](https://bsn.go.id/main/berita/detail/8982/sni-mainan-anak-melindungi-konsumen-dan-produsen-lokal)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-839d3bd06b = { "[" }KPDN MYSAFE: Peraturan mainan (Malaysia)](https://mysafe.kpdn.gov.my/portal/post/8)
