### Bahasa Indonesia translation of content/modules/childrens-products-and-certificates.md. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Children's products and certificates (title)
title-9b5bee27e9 = Produk anak dan sertifikat

# Children's products and certificates (summary)
summary-18358a5a8a = Setiap { -childrens-product } harus diuji oleh { -cpsc-accepted-lab }, disertifikasi dalam { -cpc }, dan diberi { -tracking-label }.

# Children's products and certificates (learning objective)
objective-90a40368b4 = Menentukan apakah suatu produk termasuk { -childrens-product }.

# Children's products and certificates (learning objective)
objective-99d966dd40 = Menyebutkan tujuh elemen { -cpc }.

# Children's products and certificates (learning objective)
objective-ee420f502b = Menjelaskan kapan suatu produk memerlukan { -third-party-testing } yang baru dan sertifikat yang baru.

# Children's products and certificates (learning objective)
objective-3b2251a5f8 = Menguraikan persyaratan { -tracking-label } dan { -efiling }.

# Children's products and certificates (paragraph)
p-53c1f09a65 = Setiap { -childrens-product } harus memenuhi peraturan keselamatan AS yang berlaku untuknya. Produk tersebut juga harus diuji, disertifikasi, dan diberi tanda.

# Children's products and certificates › What is a children's product (heading)
h-afce076afe = Apa itu { -childrens-product }

# Children's products and certificates › What is a children's product (paragraph)
p-eb894becc0 = Yang dimaksud dengan { -childrens-product } adalah produk konsumen yang dirancang atau ditujukan terutama untuk anak berusia 12 tahun ke bawah. Definisinya terdapat dalam pasal 3(a)(2) Consumer Product Safety Act dan dalam 16 CFR 1200.2.

# Children's products and certificates › What is a children's product (paragraph)
p-8c06b65dee = Empat faktor menentukan apakah suatu produk ditujukan terutama untuk anak (16 CFR 1200.2(a)(1)):

# Children's products and certificates › What is a children's product (list item)
li-58b0206d03 = Pernyataan produsen tentang penggunaan yang dimaksudkan, termasuk labelnya, jika pernyataan tersebut wajar.

# Children's products and certificates › What is a children's product (list item)
li-fcefa784f6 = Apakah kemasan, pajangan, promosi, atau iklan menampilkan produk sebagai produk yang cocok untuk anak berusia 12 tahun ke bawah.

# Children's products and certificates › What is a children's product (list item)
li-5b69564c25 = Apakah konsumen pada umumnya mengenali produk tersebut sebagai produk yang ditujukan untuk anak berusia 12 tahun ke bawah.

# Children's products and certificates › What is a children's product (list item)
li-c326d5b072 = Pedoman Penentuan Usia (Age Determination Guidelines) staf { -cpsc } bulan September 2002, beserta penggantinya.

# Children's products and certificates › What is a children's product (paragraph)
p-444366eab3 = Keputusan diambil kasus per kasus. Mainan yang tunduk pada aturan [{ -small-parts }](toys-small-parts.md) adalah { -childrens-product }.

# Children's products and certificates › Testing by a CPSC-accepted laboratory (heading)
h-83745dbbc9 = Pengujian oleh { -cpsc-accepted-lab }

# Children's products and certificates › Testing by a CPSC-accepted laboratory (paragraph)
p-ba4bbde9f6 = Setiap { -childrens-product } yang tercakup oleh suatu aturan keselamatan { -childrens-product } harus diuji oleh laboratorium pihak ketiga yang diterima { -cpsc }, dan disertifikasi. Persyaratan untuk laboratorium ini terdapat dalam 16 CFR 1112.

# Children's products and certificates › Testing by a CPSC-accepted laboratory (paragraph)
p-8f3564d5e7 = 16 CFR 1107 menetapkan protokol untuk pengujian lanjutan { -childrens-product }:

# Children's products and certificates › Testing by a CPSC-accepted laboratory (list item)
li-b683642aec = { -periodic-testing };

# Children's products and certificates › Testing by a CPSC-accepted laboratory (list item)
li-af36acde5d = pengujian setelah { -material-change } dalam desain atau proses manufaktur.

# Children's products and certificates › Testing by a CPSC-accepted laboratory (paragraph)
p-62634363cf = Part 1107 juga menetapkan perlindungan terhadap pengaruh yang tidak semestinya atas laboratorium (16 CFR 1107.1).

# Children's products and certificates › Testing by a CPSC-accepted laboratory (paragraph)
p-ad85a1baed = Yang dimaksud dengan { -material-change } adalah perubahan dalam desain, proses manufaktur, atau sumber komponen yang dapat memengaruhi kepatuhan. Setelah terjadi { -material-change }, produk memerlukan { -third-party-testing } yang baru dan sertifikat yang baru (16 CFR 1107.23(a)). Sertifikat baru tidak dapat diterbitkan sebelum produk memenuhi aturan. Jika hanya satu komponen yang berubah, perusahaan boleh menggabungkan hasil uji sebelumnya dengan pengujian baru pada komponen tersebut.

# Children's products and certificates › Testing by a CPSC-accepted laboratory (paragraph)
p-85f9eb3e74 = Pemasok baru untuk suatu komponen merupakan perubahan sumber komponen. Jika dapat memengaruhi kepatuhan, hal itu merupakan { -material-change }. Beri tahu { -importer } sebelum Anda mengubah desain, proses, atau pemasok.

# Children's products and certificates › Testing by a CPSC-accepted laboratory (paragraph)
p-5263e158d1 = Perusahaan boleh menguji komponen alih-alih produk jadi, jika pengujian komponen diwajibkan atau cukup untuk menilai kepatuhan (16 CFR 1109.5(a)). Komponen yang diuji harus identik dalam semua aspek penting dengan komponen dalam produk jadi. Jika ragu, ujilah produk jadi.

# Children's products and certificates › The certificate (heading)
h-36c79acaa5 = Sertifikat

# Children's products and certificates › The certificate (paragraph)
p-1e37ed4303 = Kepatuhan dinyatakan oleh { -importer } atau produsen dalam negeri dalam Sertifikat Produk Anak (Children's Product Certificate, CPC) tertulis. CPC didasarkan pada hasil uji yang lulus dari laboratorium pihak ketiga yang diterima { -cpsc }. Aturan tentang sertifikat terdapat dalam 16 CFR 1110.

# Children's products and certificates › The certificate (paragraph)
p-787f8f68bd = 16 CFR 1110 direvisi melalui aturan final tanggal 8 Januari 2025. Aturan yang direvisi mulai berlaku pada 8 Juli 2026, dan pada 8 Januari 2027 untuk pemasukan barang dari zona perdagangan bebas (foreign trade zone). Aturan ini berlaku bagi importir, produsen dalam negeri, dan pemilik merek pribadi (private labeler) yang wajib menerbitkan sertifikat. Modul ini menguraikan sertifikat sebagaimana diuraikan dalam halaman-halaman { -cpsc } tentang sertifikat. Sebelum menyiapkan sertifikat, periksa teks 16 CFR 1110 yang berlaku saat ini di eCFR.

# Children's products and certificates › The certificate (paragraph)
p-85a6436776 = Untuk produk yang dibuat di luar negeri, importir yang menerbitkan CPC. Untuk produk yang dibuat di Amerika Serikat, produsen AS yang menerbitkannya. Laboratorium boleh membantu menyusun CPC, tetapi pihak yang menyertifikasi tetap bertanggung jawab secara hukum. CPC harus diberikan kepada distributor dan pengecer.

# Children's products and certificates › The certificate (paragraph)
p-2af1b2350b = CPC dan laporan uji pendukungnya harus dalam bahasa Inggris. Tidak ada templat khusus yang diwajibkan. Ketujuh elemen wajib harus ada dan akurat. { -cpsc } menerbitkan contoh CPC untuk mainan, pakaian, dan { -bassinet }.

# Children's products and certificates › The certificate (table cell)
td-4e5b548d6d = Elemen

# Children's products and certificates › The certificate (table cell)
td-8e7ddf931c = Yang ditunjukkan

# Children's products and certificates › The certificate (table cell)
td-fb9ef89417 = Produk

# Children's products and certificates › The certificate (table cell)
td-31a1a8581f = Rincian yang cukup untuk mencocokkan CPC dengan setiap produk yang dicakupnya, dan tidak dengan produk lain

# Children's products and certificates › The certificate (table cell)
td-4228aeb07c = Aturan

# Children's products and certificates › The certificate (table cell)
td-647ca8b733 = Setiap aturan keselamatan { -childrens-product }, dikutip secara terpisah

# Children's products and certificates › The certificate (table cell)
td-86004f1008 = Pihak yang menyertifikasi

# Children's products and certificates › The certificate (table cell)
td-9726b0e13b = Importir AS atau produsen dalam negeri: nama, alamat surat lengkap, telepon

# Children's products and certificates › The certificate (table cell)
td-75964d2f03 = Kontak penyimpan catatan

# Children's products and certificates › The certificate (table cell)
td-16cd9dc1e6 = Orang yang menyimpan catatan pengujian: nama, alamat surat lengkap, e-mail, telepon

# Children's products and certificates › The certificate (table cell)
td-8f1f17218c = Pembuatan

# Children's products and certificates › The certificate (table cell)
td-268569d872 = Tanggal dan tempat pembuatan

# Children's products and certificates › The certificate (table cell)
td-e806a291cf = Pengujian

# Children's products and certificates › The certificate (table cell)
td-e4f77faceb = Tanggal dan tempat pengujian

# Children's products and certificates › The certificate (table cell)
td-5e37d1bb9d = Laboratorium

# Children's products and certificates › The certificate (table cell)
td-c3fb8823c4 = Setiap laboratorium pihak ketiga yang diterima { -cpsc } yang menjadi dasar sertifikat

# Children's products and certificates › The certificate (paragraph)
p-a23fc9f3e0 = Beberapa produk dikecualikan dari pengujian, berdasarkan pengecualian dalam suatu aturan atau berdasarkan penetapan { -cpsc }. Contohnya adalah selimut anak. Perusahaan tetap harus menerbitkan CPC. CPC tersebut mengutip semua aturan yang berlaku. Sebagai pengganti laboratorium, CPC menyebutkan pengecualian yang diklaim. Beberapa material tidak memerlukan pengujian { -lead }, tetapi tetap harus memenuhi [batas { -lead }](lead-and-phthalates.md#limits).

# Children's products and certificates › The certificate (paragraph)
p-b780cea7e8 = Jika sertifikat bergantung pada laporan uji untuk komponen, sertifikat untuk produk jadi harus mencantumkan setiap laboratorium dan setiap kutipan aturan.

# Children's products and certificates › Tracking labels (heading)
h-588e1d0168 = Label pelacakan

# Children's products and certificates › Tracking labels (paragraph)
p-55f963d8df = Setiap { -childrens-product } dan kemasannya harus diberi tanda pembeda permanen, sejauh dapat dilaksanakan (Consumer Product Safety Act, pasal 14(a)(5)). Tanda ini disebut { -tracking-label }. Label harus menunjukkan:

# Children's products and certificates › Tracking labels (list item)
li-8b8de6764f = nama produsen atau pemilik merek pribadi (private labeler);

# Children's products and certificates › Tracking labels (list item)
li-3470715922 = lokasi dan tanggal produksi;

# Children's products and certificates › Tracking labels (list item)
li-e2d219ac42 = informasi terperinci tentang proses manufaktur, seperti nomor batch atau nomor produksi;

# Children's products and certificates › Tracking labels (list item)
li-302a560ee7 = informasi lain apa pun yang membantu menemukan sumber spesifik produk.

# Children's products and certificates › Tracking labels (paragraph)
p-cf53363818 = Informasi tersebut harus terlihat dan terbaca. Informasi tidak harus berada di satu tempat. Tanda yang sudah ada dapat diperhitungkan. Pada pakaian, Nomor Identifikasi Terdaftar (Registered Identification Number, RN) dari FTC dapat memenuhi sebagian persyaratan, tetapi tidak seluruhnya.

# Children's products and certificates › Tracking labels (paragraph)
p-f0f48ff60e = Untuk produk yang dibuat di luar negeri, importir bertanggung jawab atas { -tracking-label }.

# Children's products and certificates › Tracking labels (paragraph)
p-2e2d7a3df2 = Produk bayi atau balita yang tahan lama, seperti { -crib } dan kereta dorong bayi, memiliki aturan tambahan tentang penandaan dan kartu registrasi (16 CFR 1130).

# Children's products and certificates › Certificate eFiling (heading)
h-fb60fb25fd = { -efiling }

# Children's products and certificates › Certificate eFiling (paragraph)
p-ee96f72957 = Aturan final tanggal 8 Januari 2025 mewajibkan { -efiling } untuk barang impor[^1]. Aturan ini mencakup semua produk impor yang diatur { -cpsc } yang wajib disertifikasi. Hal ini termasuk Sertifikat Produk Anak (Children's Product Certificates) dan Sertifikat Kesesuaian Umum (General Certificates of Conformity). Produk yang dibuat di Amerika Serikat juga wajib disertifikasi, tetapi sertifikatnya tidak diajukan melalui eFiling pada saat pemasukan barang.

# Children's products and certificates › Certificate eFiling (paragraph)
p-e15ba62e66 = Aturan tersebut adalah 90 FR 1800, docket CPSC 2013-0017. Aturan ini mengubah 16 CFR 1110.

# Children's products and certificates › Certificate eFiling (paragraph)
p-d62a33b501 = Importir, atau pialang kepabeanannya, mengajukan data sertifikat secara elektronik pada saat pemasukan barang (entry). Data tersebut dikirim ke U.S. Customs and Border Protection melalui Partner Government Agency (PGA) Message Set di ACE. Data juga dapat disimpan di CPSC Product Registry dan dirujuk.

# Children's products and certificates › Certificate eFiling (table cell)
td-7cb76b4af1 = Pemasukan barang

# Children's products and certificates › Certificate eFiling (table cell)
td-98b2042ece = eFiling wajib mulai

# Children's products and certificates › Certificate eFiling (table cell)
td-5a72f56cfc = Semua pemasukan barang, kecuali dari zona perdagangan bebas (foreign trade zone)

# Children's products and certificates › Certificate eFiling (table cell)
td-d5af4d96ee = 8 Juli 2026

# Children's products and certificates › Certificate eFiling (table cell)
td-93a6572f9a = Pemasukan barang dari zona perdagangan bebas, untuk konsumsi atau pergudangan

# Children's products and certificates › Certificate eFiling (table cell)
td-56358c61e0 = 8 Januari 2027

# Children's products and certificates › Certificate eFiling (paragraph)
p-0213aef8d6 = Datanya adalah tujuh elemen wajib sertifikat. Catatan pabrik harus mendukung masing-masing elemen tersebut.

# Children's products and certificates › Certificate eFiling (paragraph)
p-fd7ef61545 = Jawaban { -cpsc } yang lebih lama menyatakan bahwa pengajuan CPC kepada pemerintah "not required at this time" (belum diwajibkan saat ini). Untuk sebagian besar impor mulai 8 Juli 2026, informasi ini sudah usang.

# Children's products and certificates › What to do in the factory (heading)
h-2a572bd7e4 = Yang harus dilakukan di pabrik

# Children's products and certificates › What to do in the factory (list item)
li-177c4ae1e9 = Mintalah kepada importir { -age-grade } dan daftar aturan untuk setiap produk.

# Children's products and certificates › What to do in the factory (list item)
li-d9df4d7e41 = Gunakan hanya laboratorium pihak ketiga yang diterima { -cpsc }.

# Children's products and certificates › What to do in the factory (list item)
li-d6930a85c2 = Catat tanggal dan tempat pembuatan serta nomor batch atau nomor produksi setiap lot.

# Children's products and certificates › What to do in the factory (list item)
li-5e61dc43de = Pasang tanda pelacakan pada produk dan kemasan, sesuai kesepakatan dengan importir.

# Children's products and certificates › What to do in the factory (list item)
li-e7d4b01dd8 = Beri tahu importir sebelum ada perubahan apa pun pada desain, proses, atau pemasok komponen.

# Children's products and certificates › What to do in the factory (list item)
li-80a56267c4 = Jangan pernah mencoba memengaruhi hasil uji laboratorium.

# Children's products and certificates › What to do in the factory (list item)
li-176bfa22d4 = Simpan semua laporan uji dalam bahasa Inggris, siap diberikan kepada importir.

# Children's products and certificates › What to do in the factory (paragraph)
p-e618613b73 = Jika { -cpsc } mengetahui produsen Tiongkok di balik suatu { -recall } sukarela, { -cpsc } memberikan nama produsen dan pengumuman { -recall } tersebut kepada regulator Tiongkok. { -cpsc } juga memberi tahu produsen, jika { -cpsc } memiliki nama dan alamatnya. Sejak 2018, tugas regulator Tiongkok sebelumnya berada di SAMR, untuk mutu dan keselamatan produk, dan di GACC, untuk inspeksi impor dan ekspor. Catatan batch yang baik membantu menemukan lot yang terdampak dengan cepat.

# Children's products and certificates › Check your knowledge (heading)
h-27544b5c12 = Uji pemahaman Anda

# Children's products and certificates › Check your knowledge (list item)
li-2d6476b1da = Sebuah produk dirancang terutama untuk anak berusia 10 tahun. Apakah produk itu termasuk { -childrens-product }?

# Children's products and certificates › Check your knowledge (list item)
li-4536ae53f1 = Ya, karena produk itu untuk anak berusia 12 tahun ke bawah.

# Children's products and certificates › Check your knowledge (list item)
li-8112389f01 = Tidak, hanya produk untuk anak di bawah 3 tahun yang termasuk { -childrens-product }.

# Children's products and certificates › Check your knowledge (list item)
li-82153ece2e = Hanya jika produk itu mainan.

# Children's products and certificates › Check your knowledge (list item)
li-594c02ef97 = Yang dimaksud dengan { -childrens-product } adalah produk yang dirancang atau ditujukan terutama untuk anak berusia 12 tahun ke bawah.

# Children's products and certificates › Check your knowledge (list item)
li-6308ed4b24 = Siapa yang menerbitkan CPC untuk mainan yang dibuat di Vietnam dan diimpor ke Amerika Serikat?

# Children's products and certificates › Check your knowledge (list item)
li-e6b0e280cc = Pabrik

# Children's products and certificates › Check your knowledge (list item)
li-eff80c037e = Laboratorium pengujian

# Children's products and certificates › Check your knowledge (list item)
li-9cd14423a6 = Importir AS

# Children's products and certificates › Check your knowledge (list item)
li-6b969f7557 = Untuk produk yang dibuat di luar negeri, importir yang menerbitkan CPC dan bertanggung jawab secara hukum atasnya.

# Children's products and certificates › Check your knowledge (list item)
li-fcbed22ce5 = Sebuah pabrik mengganti pemasok cat. Perubahan itu dapat memengaruhi kepatuhan. Apa yang diperlukan?

# Children's products and certificates › Check your knowledge (list item)
li-78cfbffa15 = Tidak ada, karena laporan uji lama sudah lulus

# Children's products and certificates › Check your knowledge (list item)
li-31378a4dbd = Pengujian pihak ketiga yang baru dan sertifikat yang baru

# Children's products and certificates › Check your knowledge (list item)
li-b9c4997783 = Hanya { -tracking-label } yang baru

# Children's products and certificates › Check your knowledge (list item)
li-c833050ed9 = Perubahan sumber komponen yang dapat memengaruhi kepatuhan merupakan { -material-change }. Perubahan ini memerlukan { -third-party-testing } yang baru dan CPC yang baru.

# Children's products and certificates › Check your knowledge (list item)
li-61c9080c7d = Mulai tanggal berapa { -efiling } wajib untuk pemasukan barang dari zona perdagangan bebas?

# Children's products and certificates › Check your knowledge (list item)
li-d5af4d96ee = 8 Juli 2026

# Children's products and certificates › Check your knowledge (list item)
li-56358c61e0 = 8 Januari 2027

# Children's products and certificates › Check your knowledge (list item)
li-677f334331 = 8 Januari 2025

# Children's products and certificates › Check your knowledge (list item)
li-6e9fa34bde = Untuk pemasukan barang lainnya, tanggalnya adalah 8 Juli 2026.

# Children's products and certificates › Sources (heading)
h-caf85b0888 = Sumber

# Children's products and certificates › Sources (list item)
li-cbe74fd4cb = { "[" }eCFR: Part 1200, definisi { -childrens-product }](https://www.ecfr.gov/current/title-16/part-1200)

# Children's products and certificates › Sources (list item)
li-837c43b9bc = { "[" }eCFR: Part 1107, pengujian dan sertifikasi { -childrens-product }](https://www.ecfr.gov/current/title-16/part-1107)

# Children's products and certificates › Sources (list item)
li-1a6b397484 = { "[" }eCFR: Part 1109, pengujian komponen](https://www.ecfr.gov/current/title-16/part-1109)

# Children's products and certificates › Sources (list item)
li-74ff8b238e = { "[" }eCFR: Part 1110, sertifikat](https://www.ecfr.gov/current/title-16/part-1110)

# Children's products and certificates › Sources (list item)
li-f8c7729576 = { "[" }eCFR: Part 1112, laboratorium pihak ketiga](https://www.ecfr.gov/current/title-16/part-1112)

# Children's products and certificates › Sources (list item)
li-30cde9875c = { "[" }CPSC: Sertifikat Produk Anak (Children's Product Certificate)](https://www.cpsc.gov/Business--Manufacturing/Testing-Certification/Childrens-Product-Certificate-CPC/)

# Children's products and certificates › Sources (list item)
li-90dfe3aff0 = { "[" }CPSC: Ikhtisar sertifikat](http://www.cpsc.gov/cpc)

# Children's products and certificates › Sources (list item)
li-056d7e4313 = { "[" }CPSC FAQ: Sertifikat Produk Anak (Children's Product Certificate)](https://cpsc.gov/FAQ/Children%E2%80%99s-Product-Certificate)

# Children's products and certificates › Sources (list item)
li-c9b7cfeaa7 = { "[" }CPSC: Label pelacakan](https://cpsc.gov/trackinglabel)

# Children's products and certificates › Sources (list item)
li-67a24923eb = { "[" }CPSC FAQ: Label pelacakan](https://cpsc.gov/FAQ/Tracking-Label)

# Children's products and certificates › Sources (list item)
li-8842c36139 = { "[" }CPSC: eFiling](https://cpsc.gov/eFiling)

# Children's products and certificates › Sources (list item)
li-be5b6f1662 = { "[" }CPSC FAQ: eFiling](https://cpsc.gov/FAQ/eFiling-Frequently-Asked-Questions-FAQ)

# Children's products and certificates › Sources (list item)
li-afa25cdc0b = { "[" }Federal Register: aturan final eFiling, 8 Januari 2025](https://regulations.justia.com/regulations/fedreg/2025/01/08/2024-30826.html)

# Children's products and certificates › Sources (list item)
li-5e1930f721 = { "[" }CPSC: Pemberitahuan { -recall } kepada pemerintah Tiongkok](http://www.cpsc.gov/Business--Manufacturing/International/Topics/Chinese-Government-Notification-of-Recalls/)
