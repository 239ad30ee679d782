### Bahasa Indonesia translation of content/regulations.yaml (regulation titles). Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# 16 CFR part 1107
title-16877c6125 = Pengujian dan Pelabelan terkait Penerbitan Sertifikat Produk

# 16 CFR part 1109
title-6ad736bada = Ketentuan dan Persyaratan untuk Mengandalkan Pengujian atau Sertifikat Komponen, atau Pengujian atau Sertifikat Produk Jadi oleh Pihak Lain, guna Memenuhi Persyaratan Pengujian dan Penerbitan Sertifikat

# 16 CFR part 1110
title-9ce8ce288c = Sertifikat Kepatuhan

# 16 CFR part 1112
title-232e2f1d2a = Persyaratan terkait Lembaga Penilaian Kesesuaian Pihak Ketiga

# 16 CFR part 1115
title-e68324df6c = Laporan Bahaya Produk yang Substansial

# 16 CFR part 1117
title-fa77cabe92 = Pelaporan Insiden Tersedak yang Melibatkan Kelereng, Bola Kecil, Balon Lateks, dan Bagian Kecil Lainnya

# 16 CFR part 1120
title-2b1646e2ea = Daftar Bahaya Produk yang Substansial

# 16 CFR part 1130
title-7fcf233dac = Persyaratan Registrasi Konsumen untuk Produk Bayi atau Balita yang Tahan Lama

# 16 CFR part 1199
title-edc0cc53c6 = Mainan Anak dan Barang Perawatan Anak yang Mengandung Ftalat: Panduan tentang Komponen yang Tidak Dapat Dijangkau

# 16 CFR part 1200
title-425b712a28 = Definisi Produk Anak menurut Consumer Product Safety Act

# 16 CFR part 1218
title-c04dad5ace = Standar Keselamatan untuk Keranjang Bayi dan Buaian

# 16 CFR part 1219
title-434963ece7 = Standar Keselamatan untuk Boks Bayi Ukuran Penuh

# 16 CFR part 1220
title-37da04b669 = Standar Keselamatan untuk Boks Bayi Ukuran Tidak Penuh

# 16 CFR part 1221
title-f5cddfee34 = Standar Keselamatan untuk Boks Bermain

# 16 CFR part 1236
title-0df81f6519 = Standar Keselamatan untuk Produk Tidur Bayi

# 16 CFR part 1241
title-0f653e7ac6 = Standar Keselamatan untuk Kasur Boks Bayi

# 16 CFR part 1250
title-1eb9ad890c = Standar Keselamatan untuk Mainan

# 16 CFR 1250.4
title-c96b52efd7 = Manik-manik air (water beads)

# 16 CFR 1250.5
title-01055217c6 = Pelampung leher

# 16 CFR part 1252
title-5167aa32bc = Produk Anak, Mainan Anak, dan Barang Perawatan Anak: Penetapan mengenai Timbal, Unsur ASTM F963, dan Ftalat untuk Produk Kayu Rekayasa

# 16 CFR part 1262
title-db43c74427 = Standar Keselamatan untuk Magnet

# 16 CFR part 1263
title-f5ea496ef1 = Standar Keselamatan untuk Baterai Kancing atau Baterai Koin dan Produk Konsumen yang Mengandung Baterai Tersebut

# 16 CFR part 1303
title-62a6ea13ef = Larangan Cat yang Mengandung Timbal dan Produk Konsumen Tertentu yang Dilapisi Cat yang Mengandung Timbal

# 16 CFR part 1307
title-2c0846c5ea = Larangan Mainan Anak dan Barang Perawatan Anak yang Mengandung Ftalat Tertentu

# 16 CFR part 1308
title-31457930b0 = Larangan Mainan Anak dan Barang Perawatan Anak yang Mengandung Ftalat Tertentu: Penetapan mengenai Plastik Tertentu

# 16 CFR part 1500
title-020a1c3adf = Zat dan Barang Berbahaya: Peraturan Administrasi dan Penegakan Hukum

# 16 CFR part 1501
title-c3932b407b = Metode Identifikasi Mainan dan Barang Lain yang Ditujukan untuk Digunakan oleh Anak di Bawah Usia 3 Tahun yang Menimbulkan Bahaya Tersedak, Terhirup, atau Tertelan karena Bagian Kecil

# 16 CFR part 1512
title-fa982ef96b = Persyaratan untuk Sepeda

# 16 CFR part 1609
title-da21c6fca2 = Teks Flammable Fabrics Act Tahun 1953, sebagaimana Diubah pada Tahun 1954, sebelum Amendemen dan Revisi Tahun 1967

# 16 CFR part 1610
title-06b709689c = Standar Sifat Mudah Terbakar Tekstil Pakaian

# 16 CFR part 1611
title-b38d73879b = Standar Sifat Mudah Terbakar Film Plastik Vinil

# 16 CFR part 1615
title-a6d68e474a = Standar Sifat Mudah Terbakar Pakaian Tidur Anak: Ukuran 0 hingga 6X (FF 3-71)

# 16 CFR part 1616
title-b4756cbb42 = Standar Sifat Mudah Terbakar Pakaian Tidur Anak: Ukuran 7 hingga 14 (FF 5-74)

# 16 CFR part 1700
title-cd3517cbf3 = Kemasan Pencegahan Keracunan
