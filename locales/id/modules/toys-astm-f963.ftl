### Bahasa Indonesia translation of content/modules/toys-astm-f963.md. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Toys and ASTM F963 (title)
title-313bfd31ab = Mainan dan ASTM F963

# Toys and ASTM F963 (summary)
summary-a796b90f5e = Mainan yang dijual di Amerika Serikat harus memenuhi standar keselamatan mainan ASTM F963, dan 16 CFR 1250 mewajibkan edisi ASTM F963-23 mulai 20 April 2024.

# Toys and ASTM F963 (learning objective)
objective-9ce6de84d5 = Menjelaskan mengapa ASTM F963 wajib untuk mainan yang dijual di Amerika Serikat.

# Toys and ASTM F963 (learning objective)
objective-df27c767e7 = Menyebutkan edisi yang tercantum dalam 16 CFR 1250 dan tanggal mulai berlakunya.

# Toys and ASTM F963 (learning objective)
objective-2dd4867028 = Menggunakan { -age-grade } mainan untuk menemukan aturan yang berlaku.

# Toys and ASTM F963 (learning objective)
objective-7fb2e0ec2e = Menjelaskan asal batas unsur berat (heavy elements) dalam mainan.

# Toys and ASTM F963 (paragraph)
p-fb279dbdec = ASTM F963 adalah standar keselamatan mainan AS. Hukum AS mewajibkannya. Mainan harus memenuhi standar ini, dan juga harus memenuhi aturan { -cpsc } lainnya. Modul ini menjelaskan standar tersebut, { -age-grade } mainan, dan batas unsur berat.

# Toys and ASTM F963 › A mandatory standard (heading)
h-6f54602953 = Standar wajib

# Toys and ASTM F963 › A mandatory standard (paragraph)
p-ce51028900 = Pasal 106 CPSIA menjadikan edisi terdahulu standar mainan ASTM F963 wajib. Pasal ini juga menetapkan prosedur untuk mengadopsi edisi baru standar tersebut. Edisi yang wajib disebutkan dalam 16 CFR 1250.2.

# Toys and ASTM F963 › A mandatory standard (paragraph)
p-41a63b48ca = Edisi ASTM F963-23 diadopsi melalui aturan final langsung (direct final rule) tanggal 18 Januari 2024[^1]. Aturan tersebut mewajibkan ASTM F963-23 mulai 20 April 2024.

# Toys and ASTM F963 › A mandatory standard (paragraph)
p-5e6a2fac99 = Aturan tersebut adalah 89 FR 3344, docket CPSC-2017-0010. Aturan ini mengubah 16 CFR 1112 dan 1250.

# Toys and ASTM F963 › A mandatory standard (paragraph)
p-2a02ff4840 = Modul ini telah diperiksa untuk ASTM F963-23. Sebelum melakukan pengujian, periksa edisi yang disebutkan dalam 16 CFR 1250.2 di eCFR.

# Toys and ASTM F963 › A mandatory standard (paragraph)
p-0e43d767b7 = Aturan yang sama memperbarui persyaratan yang digunakan { -cpsc } untuk menerima laboratorium pengujian ASTM F963 (16 CFR 1112). Mainan untuk anak berusia 12 tahun ke bawah adalah { -childrens-product }. Mainan tersebut memerlukan { -third-party-testing } oleh { -cpsc-accepted-lab } dan { -cpc }. Lihat [{ -childrens-product } dan sertifikat](childrens-products-and-certificates.md).

# Toys and ASTM F963 › Part 1250 holds more than ASTM F963 (heading)
h-ee7582fc7f = Part 1250 memuat lebih dari sekadar ASTM F963

# Toys and ASTM F963 › Part 1250 holds more than ASTM F963 (paragraph)
p-520b9b3176 = 16 CFR part 1250 berjudul "Safety Standard for Toys" (Standar Keselamatan untuk Mainan). Pasal 1250.2 di dalamnya mewajibkan ASTM F963-23. Kini part tersebut juga memuat aturan untuk mainan tertentu:

# Toys and ASTM F963 › Part 1250 holds more than ASTM F963 (list item)
li-c4fdb5e885 = Pelampung leher wajib memenuhi 16 CFR 1250.5 mulai 15 Juni 2026[^2]. Aturan ini menggunakan metode uji dari ANSI/CAN/UL 12402-9:2022 dan ANSI/APSP/ICC-16 2017.

# Toys and ASTM F963 › Part 1250 holds more than ASTM F963 (list item)
li-c1520f037f = Sebuah aturan tanggal 12 Desember 2025 (90 FR 57855) juga mengubah part 1250. Sebelum menguji mainan yang mungkin tercakup oleh pasal lain dari part tersebut, baca seluruh part tersebut di eCFR.

# Toys and ASTM F963 › Part 1250 holds more than ASTM F963 (paragraph)
p-d970be6384 = Aturan tersebut adalah 90 FR 58096 tanggal 15 Desember 2025.

# Toys and ASTM F963 › What the standard covers (heading)
h-f79a6d9b07 = Cakupan standar

# Toys and ASTM F963 › What the standard covers (paragraph)
p-b0815de91a = ASTM F963 mencakup banyak bahaya pada mainan. Standar ini mencakup mainan untuk anak di bawah 14 tahun. Bekerja samalah dengan laboratorium Anda, dan gunakan salinan edisi yang berlaku. Modul ini hanya membahas beberapa persyaratannya:

# Toys and ASTM F963 › What the standard covers (list item)
li-6e4f1189a6 = Batas unsur berat terlarut dalam cat, pelapis permukaan, dan substrat. Lihat bagian di bawah.

# Toys and ASTM F963 › What the standard covers (list item)
li-eff1709758 = Persyaratan untuk { -magnet } dalam mainan. Aturan { -magnet } AS untuk produk tertentu yang bukan mainan, 16 CFR 1262, menggunakan metode uji F963 untuk indeks fluks.

# Toys and ASTM F963 › What the standard covers (paragraph)
p-9bf9c7e198 = Mainan juga harus memenuhi aturan { -cpsc } lainnya. Yang paling umum tercantum dalam tabel ini.

# Toys and ASTM F963 › What the standard covers (table cell)
td-7e61847d61 = Topik

# Toys and ASTM F963 › What the standard covers (table cell)
td-bcdecc549d = Untuk siapa

# Toys and ASTM F963 › What the standard covers (table cell)
td-62845f31a2 = Aturan

# Toys and ASTM F963 › What the standard covers (table cell)
td-3651cc5bce = Keselamatan mainan

# Toys and ASTM F963 › What the standard covers (table cell)
td-e5c00fcbdc = Mainan untuk anak di bawah 14 tahun

# Toys and ASTM F963 › What the standard covers (table cell)
td-684afb4292 = ASTM F963-23, 16 CFR 1250.2

# Toys and ASTM F963 › What the standard covers (table cell)
td-aca7f69010 = Bagian kecil

# Toys and ASTM F963 › What the standard covers (table cell)
td-4ab4a564cf = Anak di bawah 3 tahun

# Toys and ASTM F963 › What the standard covers (table cell)
td-5bcedaee3b = 16 CFR 1501

# Toys and ASTM F963 › What the standard covers (table cell)
td-48dc026dd0 = Peringatan { -choking-hazard }

# Toys and ASTM F963 › What the standard covers (table cell)
td-249b58c205 = Sebagian mainan, usia 3 tahun ke atas

# Toys and ASTM F963 › What the standard covers (table cell)
td-6e179cae6c = 16 CFR 1500.19

# Toys and ASTM F963 › What the standard covers (table cell)
td-4036f6e475 = Ujung dan tepi tajam

# Toys and ASTM F963 › What the standard covers (table cell)
td-81bb7de2aa = Anak di bawah 8 tahun

# Toys and ASTM F963 › What the standard covers (table cell)
td-91976c717f = 16 CFR 1500.48 dan 1500.49

# Toys and ASTM F963 › What the standard covers (table cell)
td-68ea99aff3 = Timbal total

# Toys and ASTM F963 › What the standard covers (table cell)
td-65b062c478 = Anak berusia 12 tahun ke bawah

# Toys and ASTM F963 › What the standard covers (table cell)
td-12745b62bd = CPSIA pasal 101

# Toys and ASTM F963 › What the standard covers (table cell)
td-fba9c7dcda = Timbal dalam cat

# Toys and ASTM F963 › What the standard covers (table cell)
td-7f7654ff4c = 16 CFR 1303

# Toys and ASTM F963 › What the standard covers (table cell)
td-4f2d1ee02d = Ftalat

# Toys and ASTM F963 › What the standard covers (table cell)
td-ed3c41feb3 = 16 CFR 1307

# Toys and ASTM F963 › What the standard covers (paragraph)
p-a7fbb107d2 = Untuk batas { -lead } dan { -phthalates }, lihat [batas { -lead }](lead-and-phthalates.md#limits). Untuk peringatan { -choking-hazard }, lihat [{ -small-parts }](toys-small-parts.md#warnings).

# Toys and ASTM F963 › The age grade of a toy (heading)
h-c69cefe783 = Kelompok usia mainan

# Toys and ASTM F963 › The age grade of a toy (paragraph)
p-1d0a4ad0dd = Banyak aturan bergantung pada usia anak yang akan menggunakan mainan. Yang dimaksud dengan { -childrens-product } adalah produk yang dirancang atau ditujukan terutama untuk anak berusia 12 tahun ke bawah (16 CFR 1200.2). Mainan yang tunduk pada aturan { -small-parts } adalah { -childrens-product }.

# Toys and ASTM F963 › The age grade of a toy (paragraph)
p-158b19ea54 = Empat faktor menentukan apakah suatu produk ditujukan terutama untuk anak. Salah satunya adalah Pedoman Penentuan Usia (Age Determination Guidelines) staf { -cpsc } bulan September 2002, beserta penggantinya. Keempat faktor tersebut tercantum dalam [{ -childrens-product } dan sertifikat](childrens-products-and-certificates.md).

# Toys and ASTM F963 › The age grade of a toy (paragraph)
p-189d079999 = Untuk aturan { -small-parts }, 16 CFR 1501.2(b) memberikan kriteria serupa untuk mainan yang ditujukan bagi anak di bawah 3 tahun:

# Toys and ASTM F963 › The age grade of a toy (list item)
li-6b04adf5b0 = maksud yang dinyatakan produsen, jika wajar;

# Toys and ASTM F963 › The age grade of a toy (list item)
li-b18bbbb4da = iklan, promosi, dan pemasaran mainan tersebut;

# Toys and ASTM F963 › The age grade of a toy (list item)
li-0729d838f2 = apakah mainan tersebut pada umumnya dikenali sebagai mainan yang ditujukan untuk anak di bawah 3 tahun.

# Toys and ASTM F963 › The age grade of a toy (paragraph)
p-2edd428a3b = Label usia saja tidak menentukan { -age-grade }. Pernyataan produsen hanya diperhitungkan jika wajar. Mainan untuk anak di bawah 3 tahun tidak boleh memiliki { -small-parts }. Uji { -sharp-point } dan { -sharp-edge } berlaku untuk mainan bagi anak di bawah 8 tahun.

# Toys and ASTM F963 › The age grade of a toy (paragraph)
p-f58b2d951e = Mainan yang fungsinya memerlukan { -sharp-point } atau { -sharp-edge }, seperti gunting mainan, dapat dikecualikan dari 16 CFR 1500.48 dan 1500.49. Mainan tersebut tidak boleh memiliki { -sharp-point } atau { -sharp-edge } yang tidak fungsional. Mainan tersebut juga harus diberi label yang mencolok.

# Toys and ASTM F963 › Heavy elements (heading)
h-6d834925dc = Unsur berat

# Toys and ASTM F963 › Heavy elements (paragraph)
p-45a8c7adc5 = ASTM F963 juga membatasi unsur berat terlarut dalam cat, pelapis permukaan, dan substrat yang dapat dijangkau, yaitu bahan dasar mainan. Batas-batasnya terdapat dalam teks standar. Pelatihan ini tidak mengulanginya. Dapatkan angka-angkanya dari salinan ASTM F963-23 atau dari { -cpsc-accepted-lab } yang Anda gunakan.

# Toys and ASTM F963 › Heavy elements (paragraph)
p-1da8e829ef = Dua batas { -lead } AS berlaku untuk setiap { -childrens-product }, termasuk mainan:

# Toys and ASTM F963 › Heavy elements (table cell)
td-674b0ed54b = Batas

# Toys and ASTM F963 › Heavy elements (table cell)
td-1584863a0a = 90 ppm { -lead } dalam { -surface-coating }

# Toys and ASTM F963 › Heavy elements (table cell)
td-c10c1bec47 = 100 ppm { -total-lead-content } pada bagian yang dapat dijangkau

# Toys and ASTM F963 › Heavy elements (table cell)
td-22659e2793 = CPSIA

# Toys and ASTM F963 › Heavy elements (paragraph)
p-8f219681a6 = Lihat [batas { -lead }](lead-and-phthalates.md#limits) untuk rinciannya.

# Toys and ASTM F963 › Heavy elements (paragraph)
p-5d055f2778 = Mainan harus memenuhi batas ASTM F963 dan juga batas { -lead } AS. Tanyakan kepada laboratorium Anda mainan mana dan material mana yang harus diuji.

# Toys and ASTM F963 › What to do in the factory (heading)
h-2a572bd7e4 = Yang harus dilakukan di pabrik

# Toys and ASTM F963 › What to do in the factory (list item)
li-7212b83862 = Sepakati { -age-grade } setiap mainan dengan importir.

# Toys and ASTM F963 › What to do in the factory (list item)
li-ae89c91287 = Periksa edisi ASTM F963 dalam 16 CFR 1250 sebelum Anda melakukan pengujian.

# Toys and ASTM F963 › What to do in the factory (list item)
li-80ec853440 = Gunakan laboratorium yang telah diterima { -cpsc } untuk pengujian ASTM F963.

# Toys and ASTM F963 › What to do in the factory (list item)
li-1a0a9c86a1 = Buat daftar setiap cat, pelapis, dan material yang dapat dijangkau pada setiap mainan.

# Toys and ASTM F963 › What to do in the factory (list item)
li-360cb1d0c4 = Uji cat, pelapis, dan substrat untuk unsur berat terlarut, sebagaimana diwajibkan ASTM F963.

# Toys and ASTM F963 › What to do in the factory (list item)
li-17d428a3d6 = Uji mainan untuk anak di bawah 3 tahun terhadap { -small-parts }, dan mainan untuk anak di bawah 8 tahun terhadap { -sharp-point } dan { -sharp-edge }.

# Toys and ASTM F963 › What to do in the factory (list item)
li-98dec16d00 = Simpan semua laporan uji. Importir memerlukannya untuk sertifikat.

# Toys and ASTM F963 › What to do in the factory (paragraph)
p-0a5efc6fb9 = Halaman { -cpsc } tentang kantornya di Beijing menyatakan: "Barang-barang dari Tiongkok terus menyumbang lebih dari separuh total { -recall } produk yang diumumkan { -cpsc } – dan proporsi yang bahkan lebih besar dari { -recall } { -childrens-product }." Halaman tersebut tidak bertanggal, sehingga angka-angkanya mungkin sudah tidak terkini. Pengujian yang cermat menurut ASTM F963 membantu menjauhkan mainan dari { -recall }.

# Toys and ASTM F963 › Check your knowledge (heading)
h-27544b5c12 = Uji pemahaman Anda

# Toys and ASTM F963 › Check your knowledge (list item)
li-10f22487a0 = Apa yang dilakukan oleh aturan final langsung tanggal 18 Januari 2024?

# Toys and ASTM F963 › Check your knowledge (list item)
li-86dc98874e = ASTM F963 menjadi sukarela.

# Toys and ASTM F963 › Check your knowledge (list item)
li-8864319147 = ASTM F963 ditarik.

# Toys and ASTM F963 › Check your knowledge (list item)
li-81fce7f911 = ASTM F963-23 menjadi wajib.

# Toys and ASTM F963 › Check your knowledge (list item)
li-c0b43ec668 = Aturan tersebut mengadopsi ASTM F963-23 dalam 16 CFR 1250. Aturan itu juga memperbarui persyaratan untuk laboratorium yang menguji menurut ASTM F963.

# Toys and ASTM F963 › Check your knowledge (list item)
li-96d2f5adcb = Mulai tanggal berapa ASTM F963-23 menjadi wajib?

# Toys and ASTM F963 › Check your knowledge (list item)
li-04381f0239 = 18 Januari 2024

# Toys and ASTM F963 › Check your knowledge (list item)
li-cb73086513 = 20 April 2024

# Toys and ASTM F963 › Check your knowledge (list item)
li-e90f05e72b = 14 Agustus 2011

# Toys and ASTM F963 › Check your knowledge (list item)
li-1aa841b387 = Aturan tersebut diterbitkan pada 18 Januari 2024. Aturan itu mewajibkan ASTM F963-23 mulai 20 April 2024.

# Toys and ASTM F963 › Check your knowledge (list item)
li-9206bfe10c = Berapa batas { -lead } AS dalam cat mainan?

# Toys and ASTM F963 › Check your knowledge (list item)
li-a9547a5a14 = 90 ppm

# Toys and ASTM F963 › Check your knowledge (list item)
li-a1b3e5275b = 500 ppm

# Toys and ASTM F963 › Check your knowledge (list item)
li-7186d9b809 = 1.000 ppm

# Toys and ASTM F963 › Check your knowledge (list item)
li-83bea7f688 = Pada mainan dan { -childrens-product } lainnya, { -surface-coating } sejenis tidak boleh mengandung { -lead } lebih dari 90 ppm (16 CFR 1303).

# Toys and ASTM F963 › Check your knowledge (list item)
li-89690eda69 = Aturan tentang { -sharp-point } dan { -sharp-edge } berlaku untuk mainan bagi anak-anak yang mana?

# Toys and ASTM F963 › Check your knowledge (list item)
li-be03629ad8 = Hanya anak di bawah 3 tahun

# Toys and ASTM F963 › Check your knowledge (list item)
li-81bb7de2aa = Anak di bawah 8 tahun

# Toys and ASTM F963 › Check your knowledge (list item)
li-65b062c478 = Anak berusia 12 tahun ke bawah

# Toys and ASTM F963 › Check your knowledge (list item)
li-c5a061c749 = 16 CFR 1500.48 dan 1500.49 berlaku untuk mainan dan barang yang ditujukan bagi anak di bawah 8 tahun.

# Toys and ASTM F963 › Sources (heading)
h-caf85b0888 = Sumber

# Toys and ASTM F963 › Sources (list item)
li-d3e375abbc = { "[" }eCFR: Part 1250, keselamatan mainan](https://www.ecfr.gov/current/title-16/part-1250)

# Toys and ASTM F963 › Sources (list item)
li-47fed90bbc = { "[" }Federal Register: aturan final langsung ASTM F963-23, 18 Januari 2024](https://www.govinfo.gov/content/pkg/FR-2024-01-18/html/2024-00741.htm)

# Toys and ASTM F963 › Sources (list item)
li-a445900dd1 = { "[" }Federal Register: aturan final pelampung leher, 15 Desember 2025](https://www.govinfo.gov/content/pkg/FR-2025-12-15/html/2025-22827.htm)

# Toys and ASTM F963 › Sources (list item)
li-f8c7729576 = { "[" }eCFR: Part 1112, laboratorium pihak ketiga](https://www.ecfr.gov/current/title-16/part-1112)

# Toys and ASTM F963 › Sources (list item)
li-5e900d795e = { "[" }eCFR: Section 1200.2, definisi { -childrens-product }](https://www.ecfr.gov/current/title-16/section-1200.2)

# Toys and ASTM F963 › Sources (list item)
li-bf68d9e043 = { "[" }eCFR: Section 1501.2, usia anak untuk { -small-parts }](https://www.ecfr.gov/current/title-16/section-1501.2)

# Toys and ASTM F963 › Sources (list item)
li-1b36b5728b = { "[" }eCFR: Section 1500.48, { -sharp-point }](https://www.ecfr.gov/current/title-16/section-1500.48)

# Toys and ASTM F963 › Sources (list item)
li-f0bb75d1dd = { "[" }eCFR: Section 1500.49, { -sharp-edge }](https://www.ecfr.gov/current/title-16/section-1500.49)

# Toys and ASTM F963 › Sources (list item)
li-e19cee1dc5 = { "[" }eCFR: Section 1262.4, metode uji { -magnet }](https://www.ecfr.gov/current/title-16/section-1262.4)

# Toys and ASTM F963 › Sources (list item)
li-59a400fb00 = { "[" }CPSC: Panduan bisnis { -total-lead-content }](https://cpsc.gov/Business--Manufacturing/Business-Education/Lead/Total-Lead-Content-Business-Guidance-and-Small-Entity-Compliance-Guide)

# Toys and ASTM F963 › Sources (list item)
li-b38d63eac7 = { "[" }CPSC: Tanya jawab { -lead } dalam cat](https://cpsc.gov/FAQ/Lead-in-Paint)

# Toys and ASTM F963 › Sources (list item)
li-f30ee94a2c = { "[" }CPSC: Kantor Regional Keselamatan Produk, Beijing](http://www.cpsc.gov/Business--Manufacturing/International/CPSC-Regional-Product-Safety-Office-Beijing/)
