### Bahasa Indonesia translation of content/modules/toys-small-parts.md. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Small parts and choking hazards (title)
title-95f5a38672 = Bagian kecil dan { -choking-hazard }

# Small parts and choking hazards (summary)
summary-c76b1b9bd0 = Mainan untuk anak di bawah 3 tahun tidak boleh memiliki { -small-parts }, dan sebagian mainan untuk anak yang lebih tua harus mencantumkan peringatan { -choking-hazard }.

# Small parts and choking hazards (learning objective)
objective-e951df28dd = Menjelaskan mainan mana yang tidak boleh memiliki { -small-parts }.

# Small parts and choking hazards (learning objective)
objective-be7bf10b04 = Menggunakan { -small-parts-cylinder } dengan cara yang benar.

# Small parts and choking hazards (learning objective)
objective-fb249fb753 = Memilih peringatan { -choking-hazard } yang tepat untuk mainan, bola, kelereng, atau balon.

# Small parts and choking hazards (learning objective)
objective-98a628977e = Menjelaskan kapan insiden tersedak wajib dilaporkan kepada { -cpsc } dalam waktu 24 jam.

# Small parts and choking hazards (paragraph)
p-36d4898f4f = Anak kecil dapat tersedak { -small-parts }. Karena itu, peraturan AS melarang { -small-parts } pada mainan untuk anak di bawah 3 tahun. Sebagian mainan untuk anak yang lebih tua juga wajib mencantumkan { -warning-label }.

# Small parts and choking hazards › Which products are covered (heading)
h-6923fc03be = Produk yang tercakup

# Small parts and choking hazards › Which products are covered (paragraph)
p-7abecd7362 = Mainan atau barang lain yang ditujukan untuk anak di bawah 3 tahun tidak boleh menimbulkan { -choking-hazard }, bahaya terhirup, atau bahaya tertelan karena { -small-parts }. Jika menimbulkan bahaya tersebut, barang itu termasuk zat berbahaya yang dilarang. Aturannya terdapat dalam 16 CFR 1501 dan 16 CFR 1500.18(a)(9).

# Small parts and choking hazards › Which products are covered (paragraph)
p-238950986a = Mainan yang tunduk pada aturan { -small-parts } adalah { -childrens-product }. Yang dimaksud dengan { -childrens-product } adalah produk yang dirancang atau ditujukan terutama untuk anak berusia 12 tahun ke bawah. Setiap { -childrens-product } juga harus memenuhi aturan lain, misalnya [batas { -lead }](lead-and-phthalates.md#limits).

# Small parts and choking hazards › The small parts test (heading)
h-d2f5ab47e2 = Uji { -small-parts }

# Small parts and choking hazards › The small parts test (paragraph)
p-69b5affb40 = Pengujian ini menggunakan { -small-parts-cylinder }. Aturan untuk pengujian ini adalah 16 CFR 1501.4.

# Small parts and choking hazards › The small parts test (list item)
li-d8e9b99168 = Letakkan barang di dalam silinder. Jangan menekannya.

# Small parts and choking hazards › The small parts test (list item)
li-5dc8d52e23 = Jika barang muat seluruhnya di dalam silinder, dalam posisi apa pun, barang tersebut gagal.

# Small parts and choking hazards › The small parts test (list item)
li-d2ed776cfa = Jika tidak muat, lakukan uji penggunaan dan penyalahgunaan menurut 16 CFR 1500.51 dan 1500.52. Jangan gunakan uji gigitan.

# Small parts and choking hazards › The small parts test (list item)
li-c9c6855e0c = Letakkan setiap potongan yang terlepas di dalam silinder. Kertas, kain, benang, bulu halus, karet elastis, dan tali tidak diuji dengan silinder.

# Small parts and choking hazards › The small parts test (paragraph)
p-8b05d36104 = Untuk kepatuhan, yang berlaku adalah ukuran dalam inci yang tercantum dalam aturan.

# Small parts and choking hazards › The small parts test (paragraph)
p-c10fac15df = Mainan bisa lolos pemeriksaan pertama tetapi tetap gagal. Potongan-potongan dapat terlepas selama uji penggunaan dan penyalahgunaan. Jika potongan seperti itu muat seluruhnya di dalam silinder, mainan untuk anak di bawah 3 tahun dinyatakan gagal.

# Small parts and choking hazards › Warning labels (heading)
h-1643e9d576 = Label peringatan

# Small parts and choking hazards › Warning labels (paragraph)
p-3e50867686 = Child Safety Protection Act tahun 1994 menambahkan peringatan { -choking-hazard } ke dalam hukum AS[^1]. Aturannya adalah 16 CFR 1500.19. Setiap peringatan disusun dengan urutan berikut: simbol peringatan keselamatan, kata <span class="label">WARNING:</span> (PERINGATAN:), kata-kata <span class="label">CHOKING HAZARD --</span> (BAHAYA TERSEDAK --), lalu teks di bawah ini.

# Small parts and choking hazards › Warning labels (paragraph)
p-eeaa70f537 = Undang-undang tersebut menambahkan pasal 24 ke dalam Federal Hazardous Substances Act. Peraturan { -cpsc } tentang peringatan ini mulai berlaku pada 28 Agustus 1995.

# Small parts and choking hazards › Warning labels (paragraph)
p-af5db7906c = Bola kecil adalah bola yang dapat lolos seluruhnya melalui lubang berdiameter 1,75 inci (44,4 mm) pada templat kaku setebal 1/4 inci (6 mm) (16 CFR 1500.19(a)(2)). "Bola" mencakup bola yang ditambatkan pada mainan. Tidak termasuk dadu, atau bola yang tertutup secara permanen di dalam mesin pinball, labirin, dan wadah serupa.

# Small parts and choking hazards › Warning labels (table cell)
td-fb9ef89417 = Produk

# Small parts and choking hazards › Warning labels (table cell)
td-4b804f01a4 = Teks peringatan

# Small parts and choking hazards › Warning labels (table cell)
td-65e76a682f = Mainan atau permainan dengan { -small-parts }, untuk usia 3 hingga di bawah 6 tahun

# Small parts and choking hazards › Warning labels (table cell)
td-dba9190e71 = <span class="label">Small parts. Not for children under 3 yrs.</span> (Bagian kecil. Tidak untuk anak di bawah 3 tahun.)

# Small parts and choking hazards › Warning labels (table cell)
td-6d142d08d4 = Bola kecil, untuk usia 3 tahun ke atas

# Small parts and choking hazards › Warning labels (table cell)
td-c10f292ba4 = <span class="label">This toy is a small ball. Not for children under 3 yrs.</span> (Mainan ini adalah bola kecil. Tidak untuk anak di bawah 3 tahun.)

# Small parts and choking hazards › Warning labels (table cell)
td-e5985e4079 = Mainan dengan bola kecil, untuk usia 3 hingga di bawah 8 tahun

# Small parts and choking hazards › Warning labels (table cell)
td-ce3d2e2e8f = <span class="label">Toy contains a small ball. Not for children under 3 yrs.</span> (Mainan ini berisi bola kecil. Tidak untuk anak di bawah 3 tahun.)

# Small parts and choking hazards › Warning labels (table cell)
td-6c6bb0a51a = Kelereng

# Small parts and choking hazards › Warning labels (table cell)
td-16fae5a35b = <span class="label">This toy is a marble. Not for children under 3 yrs.</span> (Mainan ini adalah kelereng. Tidak untuk anak di bawah 3 tahun.)

# Small parts and choking hazards › Warning labels (table cell)
td-e940fed986 = Mainan dengan kelereng, untuk usia 3 hingga di bawah 8 tahun

# Small parts and choking hazards › Warning labels (table cell)
td-f5f3e329f9 = <span class="label">Toy contains a marble. Not for children under 3 yrs.</span> (Mainan ini berisi kelereng. Tidak untuk anak di bawah 3 tahun.)

# Small parts and choking hazards › Warning labels (paragraph)
p-c0cab95248 = Balon lateks, atau mainan atau permainan yang berisi balon lateks, memerlukan peringatan ini: <span class="label">CHOKING HAZARD -- Children under 8 yrs. can choke or suffocate on uninflated or broken balloons. Adult supervision required. Keep uninflated balloons from children. Discard broken balloons at once.</span> (BAHAYA TERSEDAK -- Anak di bawah 8 tahun dapat tersedak atau kehabisan napas karena balon yang belum ditiup atau yang pecah. Memerlukan pengawasan orang dewasa. Jauhkan balon yang belum ditiup dari anak-anak. Segera buang balon yang pecah.)

# Small parts and choking hazards › Warning labels (paragraph)
p-48517ecfbf = Bola kecil yang ditujukan untuk anak di bawah 3 tahun dilarang.

# Small parts and choking hazards › Warning labels (paragraph)
p-ca1f7a31a9 = Teks peringatan ini berasal dari lembar fakta { -cpsc } tentang Child Safety Protection Act. Sebelum mencetak label, periksa teks terkini 16 CFR 1500.19(b). Sepakati label akhir dengan { -importer }.

# Small parts and choking hazards › Reporting choking incidents (heading)
h-87235c7b10 = Melaporkan insiden tersedak

# Small parts and choking hazards › Reporting choking incidents (paragraph)
p-01fd0c1168 = Sebagian insiden tersedak wajib dilaporkan kepada { -cpsc } dalam waktu 24 jam. Aturannya adalah 16 CFR 1117[^2]. Aturan ini berlaku bagi produsen, distributor, pengecer, dan importir produk-produk berikut:

# Small parts and choking hazards › Reporting choking incidents (list item)
li-c784479d6b = kelereng, bola kecil, dan balon lateks;

# Small parts and choking hazards › Reporting choking incidents (list item)
li-f3c7d76b6e = mainan atau permainan yang berisi kelereng, bola kecil, balon lateks, atau { -small-parts } lainnya.

# Small parts and choking hazards › Reporting choking incidents (paragraph)
p-4beb1e41a5 = Aturan ini diterbitkan pada 27 Februari 1995 (60 FR 10490). Aturan ini mulai berlaku pada 29 Maret 1995.

# Small parts and choking hazards › Reporting choking incidents (paragraph)
p-17a4815e9d = Perusahaan-perusahaan ini wajib melapor dalam waktu 24 jam jika mereka memiliki informasi yang secara wajar mendukung kesimpulan bahwa kedua hal berikut benar:

# Small parts and choking hazards › Reporting choking incidents (list item)
li-428ac85733 = Seorang anak tersedak kelereng, bola kecil, balon lateks, atau { -small-parts } lainnya dari mainan atau permainan.

# Small parts and choking hazards › Reporting choking incidents (list item)
li-bf4fab1bff = Akibatnya, anak tersebut meninggal, mengalami cedera serius, berhenti bernapas selama berapa pun lamanya, atau dirawat oleh tenaga medis profesional.

# Small parts and choking hazards › Reporting choking incidents (paragraph)
p-9635009d3c = Jika Anda mengetahui adanya insiden tersedak, segera beri tahu { -importer }. Jangan menunggu. Perusahaan-perusahaan tersebut hanya memiliki waktu 24 jam untuk melapor.

# Small parts and choking hazards › What to do in the factory (heading)
h-2a572bd7e4 = Yang harus dilakukan di pabrik

# Small parts and choking hazards › What to do in the factory (list item)
li-eaa5f3ba0b = Periksa { -age-grade } setiap mainan sebelum Anda mengujinya.

# Small parts and choking hazards › What to do in the factory (list item)
li-d49681b4ff = Uji setiap komponen mainan untuk anak di bawah 3 tahun dengan { -small-parts-cylinder }.

# Small parts and choking hazards › What to do in the factory (list item)
li-dbb7121419 = Lakukan uji penggunaan dan penyalahgunaan. Kemudian uji setiap potongan yang terlepas.

# Small parts and choking hazards › What to do in the factory (list item)
li-53e9c439aa = Periksa bola dengan templat 1,75 inci (44,4 mm).

# Small parts and choking hazards › What to do in the factory (list item)
li-e84df7a849 = Periksa peringatan pada mainan, bola, kelereng, dan balon untuk anak berusia 3 tahun ke atas.

# Small parts and choking hazards › What to do in the factory (list item)
li-23c16ec3db = Simpan semua catatan pengujian. Importir memerlukannya untuk menyertifikasi produk.

# Small parts and choking hazards › What to do in the factory (paragraph)
p-127424228a = Halaman { -cpsc } tentang kantornya di Beijing menyebutkan bahwa perusahaan manufaktur di Tiongkok memproduksi hampir 90% mainan yang dibeli di Amerika Serikat. Halaman tersebut tidak bertanggal. Untuk mainan yang dibuat di luar negeri, { -importer } menerbitkan { -cpc }. Sertifikat ini didasarkan pada hasil uji yang lulus dari laboratorium pihak ketiga yang diterima { -cpsc }. Sertifikat dan laporan uji harus dalam bahasa Inggris.

# Small parts and choking hazards › Check your knowledge (heading)
h-27544b5c12 = Uji pemahaman Anda

# Small parts and choking hazards › Check your knowledge (list item)
li-1c9220f48e = Sebuah mainan ditujukan untuk anak di bawah 3 tahun. Sebuah potongan terlepas selama uji penggunaan dan penyalahgunaan. Apa yang harus Anda lakukan?

# Small parts and choking hazards › Check your knowledge (list item)
li-e12308b88c = Tidak ada, karena hanya mainan utuh yang diuji.

# Small parts and choking hazards › Check your knowledge (list item)
li-192c379d5e = Letakkan potongan tersebut di dalam { -small-parts-cylinder }.

# Small parts and choking hazards › Check your knowledge (list item)
li-465f17d93a = Tambahkan peringatan { -choking-hazard } pada mainan.

# Small parts and choking hazards › Check your knowledge (list item)
li-e10d499a5a = Potongan yang terlepas diuji dengan silinder. Jika potongan itu muat seluruhnya, mainan dinyatakan gagal.

# Small parts and choking hazards › Check your knowledge (list item)
li-feb12d3e84 = Produk mana yang memerlukan peringatan <span class="label">Small parts. Not for children under 3 yrs.</span> (Bagian kecil. Tidak untuk anak di bawah 3 tahun.)?

# Small parts and choking hazards › Check your knowledge (list item)
li-5dfbd3f3f4 = Mainan untuk anak di bawah 3 tahun

# Small parts and choking hazards › Check your knowledge (list item)
li-d1cb35d9dc = Mainan atau permainan dengan { -small-parts } untuk anak usia 3 hingga di bawah 6 tahun

# Small parts and choking hazards › Check your knowledge (list item)
li-654ab4260a = Setiap mainan untuk anak berusia 12 tahun ke bawah

# Small parts and choking hazards › Check your knowledge (list item)
li-1cb48ddbe7 = Mainan untuk anak di bawah 3 tahun sama sekali tidak boleh memiliki { -small-parts }. Peringatan tersebut berlaku untuk mainan dan permainan bagi anak berusia sekurang-kurangnya 3 tahun tetapi di bawah 6 tahun.

# Small parts and choking hazards › Check your knowledge (list item)
li-7dd5af7111 = Sebuah bola lolos seluruhnya melalui lubang 1,75 inci (44,4 mm) pada templat. Benda apakah itu?

# Small parts and choking hazards › Check your knowledge (list item)
li-a3ebb633a0 = Bola kecil

# Small parts and choking hazards › Check your knowledge (list item)
li-7d40ac6018 = Kelereng

# Small parts and choking hazards › Check your knowledge (list item)
li-38a6a23304 = Balon

# Small parts and choking hazards › Check your knowledge (list item)
li-727d4a84e8 = Bola ini adalah bola kecil. Bola kecil untuk anak di bawah 3 tahun dilarang. Untuk anak yang lebih tua, bola ini memerlukan peringatan.

# Small parts and choking hazards › Check your knowledge (list item)
li-3f2ff91fe8 = Seorang anak tersedak bola kecil dari sebuah mainan dan berhenti bernapas sebentar. Importir mengetahui kejadian itu. Kapan importir wajib melaporkannya kepada { -cpsc }?

# Small parts and choking hazards › Check your knowledge (list item)
li-fda2336f86 = Dalam waktu 24 jam

# Small parts and choking hazards › Check your knowledge (list item)
li-9d5cbf69f3 = Dalam waktu 10 hari

# Small parts and choking hazards › Check your knowledge (list item)
li-f4906c8872 = Importir tidak perlu melapor, karena anak tersebut tidak meninggal.

# Small parts and choking hazards › Check your knowledge (list item)
li-c398b3ae61 = 16 CFR 1117 mewajibkan laporan dalam waktu 24 jam. Anak yang berhenti bernapas selama berapa pun lamanya termasuk salah satu kasus tersebut. Kematian bukan syarat.

# Small parts and choking hazards › Sources (heading)
h-caf85b0888 = Sumber

# Small parts and choking hazards › Sources (list item)
li-b1dff48900 = { "[" }eCFR: Part 1501, { -small-parts }](https://www.ecfr.gov/current/title-16/part-1501)

# Small parts and choking hazards › Sources (list item)
li-ab72dce95d = { "[" }eCFR: Section 1500.18, mainan dan barang yang dilarang](https://www.ecfr.gov/current/title-16/section-1500.18)

# Small parts and choking hazards › Sources (list item)
li-bc639be434 = { "[" }eCFR: Section 1500.19, peringatan { -choking-hazard }](https://www.ecfr.gov/current/title-16/section-1500.19)

# Small parts and choking hazards › Sources (list item)
li-5276172d68 = { "[" }Federal Register: aturan pelabelan { -choking-hazard }, 27 Februari 1995](https://www.govinfo.gov/content/pkg/FR-1995-02-27/html/95-4484.htm)

# Small parts and choking hazards › Sources (list item)
li-2a1b7237b9 = { "[" }eCFR: Part 1117, pelaporan insiden tersedak](https://www.ecfr.gov/current/title-16/part-1117)

# Small parts and choking hazards › Sources (list item)
li-0931c92c47 = { "[" }Federal Register: pelaporan insiden tersedak, aturan final, 27 Februari 1995](http://federal.elaws.us/fr/2/27/1995/95-4483)

# Small parts and choking hazards › Sources (list item)
li-30cde9875c = { "[" }CPSC: Sertifikat Produk Anak (Children's Product Certificate)](https://www.cpsc.gov/Business--Manufacturing/Testing-Certification/Childrens-Product-Certificate-CPC/)

# Small parts and choking hazards › Sources (list item)
li-f30ee94a2c = { "[" }CPSC: Kantor Regional Keselamatan Produk, Beijing](http://www.cpsc.gov/Business--Manufacturing/International/CPSC-Regional-Product-Safety-Office-Beijing/)
