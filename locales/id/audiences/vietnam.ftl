### Bahasa Indonesia translation of vietnam.ftl. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Vietnam (title)
title-2e5e81066a = Vietnam

# Vietnam (summary)
summary-53bff70c23 = Lembaga setempat, bahasa pelatihan, dan tempat menemukan peraturan AS bagi peserta pelatihan di Vietnam.

# Vietnam › Local agencies (heading)
h-0be3ac567e = Lembaga setempat

# Vietnam › Local agencies (list item)
li-bf2e629d18 = { "*" }*Komisi Standar, Metrologi, dan Mutu Vietnam (Commission for the Standards, Metrology and Quality of Vietnam, STAMEQ).** Komisi ini dibentuk dari bekas Direktorat Jenderal Standar, Metrologi, dan Mutu (General Department for Standards, Metrology and Quality). Komisi ini merupakan lembaga di bawah **Kementerian Sains dan Teknologi (Bộ Khoa học và Công nghệ)**.

# Vietnam › Local agencies (list item)
li-4f6d4a299b = STAMEQ menangani standar dan regulasi teknis, metrologi, mutu produk dan barang, pelabelan, kode batang (barcode) dan ketertelusuran, penilaian kesesuaian, serta akreditasi.

# Vietnam › Local agencies (list item)
li-435c424963 = STAMEQ juga merupakan titik kontak (enquiry point) nasional WTO/TBT.

# Vietnam › CPSC in the region (heading)
h-722cb187e8 = CPSC di kawasan ini

# Vietnam › CPSC in the region (paragraph)
p-c04a413e34 = Kantor Regional Keselamatan Produk CPSC di Beijing telah memberikan pengarahan dan pelatihan kepada pejabat sektor publik dan swasta di Tiongkok, Korea, Indonesia, Malaysia, Jepang, Singapura, dan Vietnam.

# Vietnam › CPSC in the region (paragraph)
p-c3b7ec0900 = CPSC juga telah menerbitkan pelatihan dalam bahasa Vietnam tentang peraturan AS untuk produk tekstil dan pakaian.

# Vietnam › Languages of this training (heading)
h-d9355ce816 = Bahasa pelatihan ini

# Vietnam › Languages of this training (list item)
li-690829f87a = Bahasa Vietnam (Tiếng Việt)

# Vietnam › Languages of this training (list item)
li-ba118bf7fc = Bahasa Inggris (English)

# Vietnam › Where to find the U.S. rules (heading)
h-ad0aea49d8 = Tempat menemukan peraturan AS

# Vietnam › Where to find the U.S. rules (list item)
li-1eb462f0f4 = Peraturan AS untuk produk konsumen terdapat dalam Title 16 eCFR: [eCFR Title 16](https://www.ecfr.gov/current/title-16).

# Vietnam › Where to find the U.S. rules (list item)
li-b533c767c5 = CPSC memberikan panduan bagi pelaku usaha di situs webnya: [Panduan usaha CPSC](https://www.cpsc.gov/Business--Manufacturing).

# Vietnam › Where to find the U.S. rules (list item)
li-92432af063 = { -cpc } dan laporan ujinya wajib dalam bahasa Inggris.
