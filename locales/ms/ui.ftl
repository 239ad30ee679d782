### Malay interface strings. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

site-title = Keperluan Keselamatan Produk Amerika Syarikat — Latihan
site-tagline = Latihan tentang peraturan AS bagi mainan, katil bayi dan pakaian kanak-kanak

## Navigation
nav-home = Semua negara
nav-modules = Modul
nav-local = Maklumat tempatan
nav-glossary = Glosari
nav-language = Bahasa
skip-to-content = Langkau ke kandungan

## Home page and country page
home-heading = Pilih negara anda
home-intro = Modul latihan tentang keperluan keselamatan AS bagi produk kanak-kanak, untuk pengilang, pengeksport dan pengawal selia.
home-languages = Bahasa: { $languages }
audience-heading = Pilih bahasa anda

## Site index
index-heading = Modul latihan
index-intro = Setiap modul menerangkan satu set keperluan AS dan diakhiri dengan kuiz pengetahuan yang ringkas.
index-local-heading = Maklumat tempatan
index-local-text = Agensi, maklumat hubungan dan tempat untuk mendapatkan peraturan AS bagi negara anda.
category-general = Keperluan bagi semua produk kanak-kanak
category-toys = Mainan
category-cribs = Katil bayi dan produk tidur bayi
category-clothing = Pakaian kanak-kanak

## Module page
module-objectives = Dalam modul ini, anda akan belajar untuk:
module-regulations = Peraturan yang dirujuk
module-reviewed = Kali terakhir disemak: { $day }/{ $month }/{ $year }
module-handout = Risalah boleh cetak (PDF)
module-back = Kembali ke semua modul

## Regulations index
nav-regulations = Peraturan
regulations-heading = Peraturan yang dirujuk
regulations-intro = Semua peraturan AS yang dirujuk dalam modul ini, bersama pautan ke teks rasminya dalam eCFR dan ke modul yang menerangkannya.
regulations-cited-by = Diterangkan dalam:
regulations-standards = Standard
regulation-edition = Menerima pakai { $standard } ({ $citation }), berkuat kuasa sejak { $day }/{ $month }/{ $year }.
regulation-successor = Mulai { $day }/{ $month }/{ $year }: { $standard } ({ $citation }).
regulation-unconfirmed = Belum disahkan dalam sumber primer: sila semak eCFR.
regulation-rule = { $citation }, berkuat kuasa sejak { $day }/{ $month }/{ $year }.
regulation-rule-successor = { $citation }, berkuat kuasa mulai { $day }/{ $month }/{ $year }.

## Search
nav-search = Cari
search-heading = Carian
search-label = Cari dalam modul latihan
search-button = Cari
search-exact-diacritics = Padankan tanda aksen dengan tepat
search-needs-script = Taip perkataan untuk dicari. Carian memerlukan JavaScript.
search-no-results = Tiada hasil.
search-more = Hasil lain
search-results =
    { $count ->
       *[other] { $count } hasil.
    }

## Knowledge check (interactive)
quiz-right = Betul.
quiz-wrong = Tidak betul.
quiz-score = Skor anda: { $correct } daripada { $total } betul.

## Glossary page
glossary-heading = Glosari
glossary-intro = Istilah yang digunakan dalam modul ini, bersama istilah bahasa Inggeris yang terdapat dalam peraturan AS.
glossary-term = Istilah
glossary-english = Bahasa Inggeris
glossary-note = Nota

## Translation status and notices
status-label = Status terjemahan
status-heading = Status terjemahan
status-intro = Sejauh mana setiap modul telah diterjemahkan ke dalam setiap bahasa. Bahagian yang belum diterjemahkan, terjemahannya lapuk atau tidak lulus semakan dipaparkan dalam bahasa Inggeris.
status-percent = { $percent }% diterjemahkan
status-review-draft = terjemahan draf, belum disemak
status-review-reviewed = terjemahan telah disemak
status-document = Fail terjemahan
status-translated = Diterjemahkan
status-missing = Tiada
status-stale = Lapuk
status-invalid = Tidak dipaparkan
status-total = Jumlah
status-review-due-heading = Perlu disemak semula
status-review-due-intro = Modul-modul ini kali terakhir disemak sebelum suatu edisi standard yang dirujuknya berkuat kuasa. Seorang pakar perlu menyemaknya berdasarkan edisi baharu itu.
status-review-due-reviewed = kali terakhir disemak { $day }/{ $month }/{ $year }
status-review-due-edition = { $standard }, berkuat kuasa sejak { $day }/{ $month }/{ $year } (16 CFR { $part })
nav-translation-status = Status terjemahan
index-booklet = Semua modul dalam satu buku cetak (PDF)
handout-booklet-title = Semua modul latihan
handout-page = Halaman { $page } daripada { $total }
handout-answer-key = Skema jawapan
handout-local = Maklumat tempatan
handout-contents = Kandungan
handout-qr = Baca modul ini dalam talian
handout-fallbacks = { $count } petikan dicetak dalam bahasa Inggeris kerana terjemahannya tiada atau sudah lapuk.
status-draft = Terjemahan ini ialah draf. Terjemahan ini belum disemak oleh penterjemah yang bertauliah.
status-reviewed = Terjemahan ini telah disemak oleh penterjemah yang bertauliah.
status-fallbacks =
    { $count ->
       *[other] { $count } petikan di halaman ini dipaparkan dalam bahasa Inggeris kerana terjemahannya tiada atau sudah lapuk:
    }
status-fallback-link = petikan { $number }
notice-authoritative = Latihan ini disediakan untuk makluman sahaja. Teks bahasa Inggeris dan peraturan rasmi AS (eCFR, cpsc.gov) merupakan sumber yang berautoriti.
marker-untranslated = [belum diterjemahkan]
marker-invalid = [terjemahan tidak dipaparkan]
marker-stale = [terjemahan lapuk]

## Alerts
alert-note = Nota
alert-tip = Petua
alert-important = Penting
alert-warning = Amaran
alert-caution = Awas

## Knowledge checks
quiz-show-answer = Tunjukkan jawapan
quiz-correct = Jawapan yang betul:
quiz-choose-all = Pilih semua jawapan yang betul.
quiz-check = Semak jawapan

## Briefing slides
slides-link = Slaid
slides-pdf = Slaid (PDF)
slides-previous = Slaid sebelumnya
slides-next = Slaid seterusnya
slides-notes = Nota penyampai
slides-fullscreen = Skrin penuh
slides-print = Cetak slaid
slides-counter = Slaid { $current } daripada { $total }
slides-help = Kekunci anak panah atau Page Up dan Page Down: slaid sebelumnya dan seterusnya. N: nota penyampai. F: skrin penuh. P: cetak.
slides-objectives = Objektif
slides-regulations-cited = Peraturan yang dirujuk
slides-sources = Sumber
slides-question = Soalan { $number }
slides-answer = Jawapan
slides-back = Kembali ke modul
