### Indonesian interface strings. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

site-title = Persyaratan Keamanan Produk Amerika Serikat — Pelatihan
site-tagline = Pelatihan tentang peraturan AS untuk mainan, boks bayi, dan pakaian anak

## Navigation
nav-home = Semua negara
nav-modules = Modul
nav-local = Informasi lokal
nav-glossary = Glosarium
nav-language = Bahasa
skip-to-content = Langsung ke konten

## Home page and country page
home-heading = Pilih negara Anda
home-intro = Modul pelatihan tentang persyaratan keamanan AS untuk produk anak, bagi produsen, eksportir, dan regulator.
home-languages = Bahasa: { $languages }
audience-heading = Pilih bahasa Anda

## Site index
index-heading = Modul pelatihan
index-intro = Setiap modul menjelaskan satu kelompok persyaratan AS dan diakhiri dengan uji pemahaman singkat.
index-local-heading = Informasi lokal
index-local-text = Instansi, kontak, dan tempat menemukan peraturan AS untuk negara Anda.
category-general = Persyaratan untuk semua produk anak
category-toys = Mainan
category-cribs = Boks bayi dan produk tidur bayi
category-clothing = Pakaian anak

## Module page
module-objectives = Dalam modul ini Anda akan belajar untuk:
module-regulations = Peraturan yang dirujuk
module-reviewed = Terakhir ditinjau: { $day }/{ $month }/{ $year }
module-handout = Materi cetak (PDF)
module-back = Kembali ke semua modul

## Regulations index
nav-regulations = Peraturan
regulations-heading = Peraturan yang dirujuk
regulations-intro = Semua peraturan AS yang dirujuk dalam modul-modul ini, beserta tautan ke teks resminya di eCFR dan ke modul yang menjelaskannya.
regulations-cited-by = Dijelaskan dalam:
regulations-standards = Standar
regulation-edition = Mengadopsi { $standard } ({ $citation }), berlaku sejak { $day }/{ $month }/{ $year }.
regulation-successor = Mulai { $day }/{ $month }/{ $year }: { $standard } ({ $citation }).
regulation-unconfirmed = Belum dikonfirmasi dalam sumber primer: periksa eCFR.
regulation-rule = { $citation }, berlaku sejak { $day }/{ $month }/{ $year }.
regulation-rule-successor = { $citation }, berlaku mulai { $day }/{ $month }/{ $year }.

## Search
nav-search = Cari
search-heading = Pencarian
search-label = Cari di modul pelatihan
search-button = Cari
search-exact-diacritics = Cocokkan tanda aksen secara persis
search-needs-script = Ketik kata yang ingin dicari. Pencarian memerlukan JavaScript.
search-no-results = Tidak ada hasil.
search-more = Hasil lainnya
search-results =
    { $count ->
       *[other] { $count } hasil.
    }

## Knowledge check (interactive)
quiz-right = Benar.
quiz-wrong = Tidak benar.
quiz-score = Skor Anda: { $correct } dari { $total } benar.

## Glossary page
glossary-heading = Glosarium
glossary-intro = Istilah yang digunakan dalam modul-modul ini, beserta istilah bahasa Inggris yang muncul dalam peraturan AS.
glossary-term = Istilah
glossary-english = Bahasa Inggris
glossary-note = Catatan

## Translation status and notices
status-label = Status terjemahan
status-heading = Status terjemahan
status-intro = Seberapa banyak setiap modul sudah diterjemahkan ke setiap bahasa. Bagian yang belum diterjemahkan, terjemahannya usang, atau tidak lolos pemeriksaan ditampilkan dalam bahasa Inggris.
status-percent = { $percent }% diterjemahkan
status-review-draft = terjemahan draf, belum ditinjau
status-review-reviewed = terjemahan sudah ditinjau
status-document = Berkas terjemahan
status-translated = Diterjemahkan
status-missing = Belum ada
status-stale = Usang
status-invalid = Tidak ditampilkan
status-total = Jumlah
status-review-due-heading = Perlu ditinjau ulang
status-review-due-intro = Modul-modul ini terakhir ditinjau sebelum suatu edisi standar yang dirujuknya mulai berlaku. Seorang ahli perlu memeriksanya berdasarkan edisi baru tersebut.
status-review-due-reviewed = terakhir ditinjau { $day }/{ $month }/{ $year }
status-review-due-edition = { $standard }, berlaku sejak { $day }/{ $month }/{ $year } (16 CFR part { $part })
nav-translation-status = Status terjemahan
index-booklet = Semua modul dalam satu buku cetak (PDF)
handout-booklet-title = Semua modul pelatihan
handout-page = Halaman { $page } dari { $total }
handout-answer-key = Kunci jawaban
handout-local = Informasi lokal
handout-contents = Daftar isi
handout-qr = Baca modul ini secara daring
handout-fallbacks = { $count } bagian dicetak dalam bahasa Inggris karena terjemahannya belum ada atau usang.
status-draft = Terjemahan ini masih berupa draf. Terjemahan ini belum ditinjau oleh penerjemah yang berkualifikasi.
status-reviewed = Terjemahan ini telah ditinjau oleh penerjemah yang berkualifikasi.
status-fallbacks =
    { $count ->
       *[other] { $count } bagian di halaman ini ditampilkan dalam bahasa Inggris karena terjemahannya belum ada atau sudah usang:
    }
status-fallback-link = bagian { $number }
notice-authoritative = Pelatihan ini hanya bersifat informasi. Teks bahasa Inggris dan peraturan resmi AS (eCFR, cpsc.gov) adalah acuan yang berlaku.
marker-untranslated = [belum diterjemahkan]
marker-invalid = [terjemahan tidak ditampilkan]
marker-stale = [terjemahan usang]

## Alerts
alert-note = Catatan
alert-tip = Kiat
alert-important = Penting
alert-warning = Peringatan
alert-caution = Perhatian

## Knowledge checks
quiz-show-answer = Tampilkan jawaban
quiz-correct = Jawaban yang benar:
quiz-choose-all = Pilih semua jawaban yang benar.
quiz-check = Periksa jawaban

## Briefing slides
slides-link = Salindia
slides-pdf = Salindia (PDF)
slides-previous = Salindia sebelumnya
slides-next = Salindia berikutnya
slides-notes = Catatan pembicara
slides-fullscreen = Layar penuh
slides-print = Cetak salindia
slides-counter = Salindia { $current } dari { $total }
slides-help = Tombol panah atau Page Up dan Page Down: salindia sebelumnya dan berikutnya. N: catatan pembicara. F: layar penuh. P: cetak.
slides-objectives = Tujuan
slides-regulations-cited = Peraturan yang dirujuk
slides-sources = Sumber
slides-question = Pertanyaan { $number }
slides-answer = Jawaban
slides-back = Kembali ke modul
