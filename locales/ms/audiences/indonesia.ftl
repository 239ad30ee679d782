### Malay translation of content/audiences/indonesia.md. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Indonesia (title)
title-dbc74a36d8 = Indonesia

# Indonesia (summary)
summary-3719980aab = Agensi tempatan, bahasa latihan dan tempat untuk mendapatkan peraturan AS bagi peserta latihan di Indonesia.

# Indonesia › Local agencies (heading)
h-0be3ac567e = Agensi tempatan

# Indonesia › Local agencies (list item)
li-4b064e11bf = **Agensi Pemiawaian Kebangsaan (Badan Standardisasi Nasional, BSN).** BSN menetapkan Standard Kebangsaan Indonesia (Standar Nasional Indonesia, SNI).

# Indonesia › Local agencies (list item)
li-25e88ee238 = **Kementerian Perindustrian (Ministry of Industry).** Kementerian ini menjadikan SNI mainan mandatori melalui peraturan No. 24/M-IND/PER/4/2013, sebagaimana yang dipinda. Dalam peraturan ini, mainan ialah produk untuk kanak-kanak berumur 14 tahun ke bawah.

# Indonesia › Local agencies (list item)
li-82e7f19670 = Enam daripada tujuh SNI mainan menerima pakai standard antarabangsa, kebanyakannya ISO 8124.

# Indonesia › Local agencies (list item)
li-945c21d629 = **Kementerian Perdagangan (Ministry of Trade).** Kementerian ini telah menjalankan program jangkauan dan penguatkuasaan pasaran bagi mainan. Mainan perlu mempamerkan tanda SNI mulai 30 April 2014.

# Indonesia › CPSC in the region (heading)
h-722cb187e8 = CPSC di rantau ini

# Indonesia › CPSC in the region (paragraph)
p-c04a413e34 = Pejabat Keselamatan Produk Serantau CPSC di Beijing telah memberikan taklimat dan latihan kepada pegawai sektor awam dan swasta di China, Korea, Indonesia, Malaysia, Jepun, Singapura dan Vietnam.

# Indonesia › Languages of this training (heading)
h-d9355ce816 = Bahasa latihan ini

# Indonesia › Languages of this training (list item)
li-11b8712670 = Bahasa Indonesia

# Indonesia › Languages of this training (list item)
li-ba118bf7fc = English

# Indonesia › Where to find the U.S. rules (heading)
h-ad0aea49d8 = Tempat untuk mendapatkan peraturan AS

# Indonesia › Where to find the U.S. rules (list item)
li-1eb462f0f4 = Peraturan AS bagi produk pengguna terdapat dalam Tajuk 16 eCFR: [eCFR Tajuk 16](https://www.ecfr.gov/current/title-16).

# Indonesia › Where to find the U.S. rules (list item)
li-b533c767c5 = CPSC memberikan panduan untuk perniagaan di laman webnya: [Panduan perniagaan CPSC](https://www.cpsc.gov/Business--Manufacturing).

# Indonesia › Where to find the U.S. rules (list item)
li-92432af063 = Sijil Produk Kanak-kanak dan laporan ujiannya mesti dalam bahasa Inggeris.
