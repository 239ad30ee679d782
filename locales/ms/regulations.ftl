### Malay translation of content/regulations.yaml (regulation titles). Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# 16 CFR part 1107
title-16877c6125 = Ujian dan Pelabelan berkaitan Pemerakuan Produk

# 16 CFR part 1109
title-6ad736bada = Syarat dan Keperluan untuk Bergantung pada Ujian atau Pemerakuan Bahagian Komponen, atau Ujian atau Pemerakuan Produk Siap oleh Pihak Lain, bagi Memenuhi Keperluan Ujian dan Pemerakuan

# 16 CFR part 1110
title-9ce8ce288c = Sijil Pematuhan

# 16 CFR part 1112
title-232e2f1d2a = Keperluan berkaitan Badan Penilaian Keakuran Pihak Ketiga

# 16 CFR part 1115
title-e68324df6c = Laporan Bahaya Produk yang Ketara

# 16 CFR part 1117
title-fa77cabe92 = Pelaporan Insiden Tercekik yang Melibatkan Guli, Bola Kecil, Belon Lateks dan Bahagian Kecil Lain

# 16 CFR part 1120
title-2b1646e2ea = Senarai Bahaya Produk yang Ketara

# 16 CFR part 1130
title-7fcf233dac = Keperluan Pendaftaran Pengguna bagi Produk Bayi atau Kanak-kanak Kecil yang Tahan Lama

# 16 CFR part 1199
title-edc0cc53c6 = Mainan Kanak-kanak dan Artikel Penjagaan Kanak-kanak yang Mengandungi Ftalat: Panduan tentang Bahagian Komponen yang Tidak Boleh Dicapai

# 16 CFR part 1200
title-425b712a28 = Definisi Produk Kanak-kanak di bawah Consumer Product Safety Act

# 16 CFR part 1218
title-c04dad5ace = Standard Keselamatan bagi Basinet dan Buaian

# 16 CFR part 1219
title-434963ece7 = Standard Keselamatan bagi Katil Bayi Saiz Penuh

# 16 CFR part 1220
title-37da04b669 = Standard Keselamatan bagi Katil Bayi Bukan Saiz Penuh

# 16 CFR part 1221
title-f5cddfee34 = Standard Keselamatan bagi Kandang Main Bayi

# 16 CFR part 1236
title-0df81f6519 = Standard Keselamatan bagi Produk Tidur Bayi

# 16 CFR part 1241
title-0f653e7ac6 = Standard Keselamatan bagi Tilam Katil Bayi

# 16 CFR part 1250
title-1eb9ad890c = Standard Keselamatan bagi Mainan

# 16 CFR 1250.4
title-c96b52efd7 = Manik air (water beads)

# 16 CFR 1250.5
title-01055217c6 = Pelampung leher

# 16 CFR part 1252
title-5167aa32bc = Produk Kanak-kanak, Mainan Kanak-kanak dan Artikel Penjagaan Kanak-kanak: Penentuan berkenaan Plumbum, Unsur ASTM F963 dan Ftalat bagi Produk Kayu Kejuruteraan

# 16 CFR part 1262
title-db43c74427 = Standard Keselamatan bagi Magnet

# 16 CFR part 1263
title-f5ea496ef1 = Standard Keselamatan bagi Bateri Butang atau Bateri Syiling dan Produk Pengguna yang Mengandungi Bateri Tersebut

# 16 CFR part 1303
title-62a6ea13ef = Pengharaman Cat yang Mengandungi Plumbum dan Produk Pengguna Tertentu yang Bersalut Cat yang Mengandungi Plumbum

# 16 CFR part 1307
title-2c0846c5ea = Larangan terhadap Mainan Kanak-kanak dan Artikel Penjagaan Kanak-kanak yang Mengandungi Ftalat Tertentu

# 16 CFR part 1308
title-31457930b0 = Larangan terhadap Mainan Kanak-kanak dan Artikel Penjagaan Kanak-kanak yang Mengandungi Ftalat Tertentu: Penentuan berkenaan Plastik Tertentu

# 16 CFR part 1500
title-020a1c3adf = Bahan dan Artikel Berbahaya: Peraturan Pentadbiran dan Penguatkuasaan

# 16 CFR part 1501
title-c3932b407b = Kaedah Mengenal Pasti Mainan dan Artikel Lain yang Dimaksudkan untuk Digunakan oleh Kanak-kanak di Bawah Umur 3 Tahun yang Menimbulkan Bahaya Tercekik, Tersedut atau Tertelan disebabkan oleh Bahagian Kecil

# 16 CFR part 1512
title-fa982ef96b = Keperluan bagi Basikal

# 16 CFR part 1609
title-da21c6fca2 = Teks Flammable Fabrics Act 1953, sebagaimana Dipinda pada 1954, sebelum Pindaan dan Semakan Semula 1967

# 16 CFR part 1610
title-06b709689c = Standard Kemudahbakaran Tekstil Pakaian

# 16 CFR part 1611
title-b38d73879b = Standard Kemudahbakaran Filem Plastik Vinil

# 16 CFR part 1615
title-a6d68e474a = Standard Kemudahbakaran Pakaian Tidur Kanak-kanak: Saiz 0 hingga 6X (FF 3-71)

# 16 CFR part 1616
title-b4756cbb42 = Standard Kemudahbakaran Pakaian Tidur Kanak-kanak: Saiz 7 hingga 14 (FF 5-74)

# 16 CFR part 1700
title-cd3517cbf3 = Pembungkusan Pencegahan Keracunan
