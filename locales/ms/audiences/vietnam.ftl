### Malay translation of content/audiences/vietnam.md. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Vietnam (title)
title-2e5e81066a = Vietnam

# Vietnam (summary)
summary-53bff70c23 = Agensi tempatan, bahasa latihan dan tempat untuk mendapatkan peraturan AS bagi peserta latihan di Vietnam.

# Vietnam › Local agencies (heading)
h-0be3ac567e = Agensi tempatan

# Vietnam › Local agencies (list item)
li-bf2e629d18 = **Suruhanjaya Standard, Metrologi dan Kualiti Vietnam (STAMEQ).** Suruhanjaya ini dibentuk daripada bekas Jabatan Besar Standard, Metrologi dan Kualiti. Suruhanjaya ini ialah agensi di bawah **Kementerian Sains dan Teknologi (Bộ Khoa học và Công nghệ)**.

# Vietnam › Local agencies (list item)
li-4f6d4a299b = STAMEQ menguruskan standard dan peraturan teknikal, metrologi, kualiti produk dan barangan, pelabelan, kod bar dan kebolehkesanan, penilaian keakuran serta akreditasi.

# Vietnam › Local agencies (list item)
li-435c424963 = STAMEQ juga merupakan pusat pertanyaan WTO/TBT kebangsaan.

# Vietnam › CPSC in the region (heading)
h-722cb187e8 = CPSC di rantau ini

# Vietnam › CPSC in the region (paragraph)
p-c04a413e34 = Pejabat Keselamatan Produk Serantau CPSC di Beijing telah memberikan taklimat dan latihan kepada pegawai sektor awam dan swasta di China, Korea, Indonesia, Malaysia, Jepun, Singapura dan Vietnam.

# Vietnam › CPSC in the region (paragraph)
p-c3b7ec0900 = CPSC juga telah menerbitkan latihan dalam bahasa Vietnam tentang peraturan AS bagi produk tekstil dan pakaian.

# Vietnam › Languages of this training (heading)
h-d9355ce816 = Bahasa latihan ini

# Vietnam › Languages of this training (list item)
li-690829f87a = Tiếng Việt

# Vietnam › Languages of this training (list item)
li-ba118bf7fc = English

# Vietnam › Where to find the U.S. rules (heading)
h-ad0aea49d8 = Tempat untuk mendapatkan peraturan AS

# Vietnam › Where to find the U.S. rules (list item)
li-1eb462f0f4 = Peraturan AS bagi produk pengguna terdapat dalam Tajuk 16 eCFR: [eCFR Tajuk 16](https://www.ecfr.gov/current/title-16).

# Vietnam › Where to find the U.S. rules (list item)
li-b533c767c5 = CPSC memberikan panduan untuk perniagaan di laman webnya: [Panduan perniagaan CPSC](https://www.cpsc.gov/Business--Manufacturing).

# Vietnam › Where to find the U.S. rules (list item)
li-92432af063 = Sijil Produk Kanak-kanak dan laporan ujiannya mesti dalam bahasa Inggeris.
