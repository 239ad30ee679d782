### Bahasa Indonesia translation of malaysia.ftl. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Malaysia (title)
title-084504165b = Malaysia

# Malaysia (summary)
summary-2d48a3985d = Lembaga setempat, bahasa pelatihan, dan tempat menemukan peraturan AS bagi peserta pelatihan di Malaysia.

# Malaysia › Local agencies (heading)
h-0be3ac567e = Lembaga setempat

# Malaysia › Local agencies (list item)
li-6b08cf2832 = { "*" }*Kementerian Perdagangan Dalam Negeri dan Biaya Hidup (Ministry of Domestic Trade and Cost of Living, KPDN).** KPDN adalah regulator keselamatan produk konsumen. Nama sebelumnya adalah Kementerian Perdagangan Dalam Negeri dan Urusan Konsumen (Ministry of Domestic Trade and Consumer Affairs, KPDNHEP).

# Malaysia › Local agencies (list item)
li-0cddb57853 = Peraturan keselamatan mainan terdapat dalam Consumer Protection (Safety Standards for Toys) Regulations 2009.

# Malaysia › Local agencies (list item)
li-9a1c0957b6 = Dalam peraturan ini, mainan adalah produk untuk anak berusia di bawah 14 tahun.

# Malaysia › Local agencies (list item)
li-3d5cecedcb = Mainan memerlukan Sertifikat Kesesuaian (Certificate of Conformance) melalui sistem **MYSAFE** dan **tanda MC**.

# Malaysia › CPSC in the region (heading)
h-722cb187e8 = CPSC di kawasan ini

# Malaysia › CPSC in the region (paragraph)
p-c04a413e34 = Kantor Regional Keselamatan Produk CPSC di Beijing telah memberikan pengarahan dan pelatihan kepada pejabat sektor publik dan swasta di Tiongkok, Korea, Indonesia, Malaysia, Jepang, Singapura, dan Vietnam.

# Malaysia › Languages of this training (heading)
h-d9355ce816 = Bahasa pelatihan ini

# Malaysia › Languages of this training (list item)
li-7b6e9ac25c = Bahasa Melayu

# Malaysia › Languages of this training (list item)
li-ba118bf7fc = Bahasa Inggris (English)

# Malaysia › Languages of this training (list item)
li-9937e365aa = Bahasa Tionghoa Sederhana (简体中文)

# Malaysia › Where to find the U.S. rules (heading)
h-ad0aea49d8 = Tempat menemukan peraturan AS

# Malaysia › Where to find the U.S. rules (list item)
li-1eb462f0f4 = Peraturan AS untuk produk konsumen terdapat dalam Title 16 eCFR: [eCFR Title 16](https://www.ecfr.gov/current/title-16).

# Malaysia › Where to find the U.S. rules (list item)
li-b533c767c5 = CPSC memberikan panduan bagi pelaku usaha di situs webnya: [Panduan usaha CPSC](https://www.cpsc.gov/Business--Manufacturing).

# Malaysia › Where to find the U.S. rules (list item)
li-92432af063 = { -cpc } dan laporan ujinya wajib dalam bahasa Inggris.
