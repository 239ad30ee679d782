### Interface strings of the default theme (English, the source locale).
### Translators: keep the message ids; translate the values. `{ $count }` and the like are
### filled in by Primer.

site-title = U.S. Product Safety Requirements — Training
site-tagline = Training on U.S. rules for toys, cribs and children's clothing

## Navigation
nav-home = All countries
nav-modules = Modules
nav-local = Local information
nav-glossary = Glossary
nav-language = Language
skip-to-content = Skip to content

## Home page and country page
home-heading = Choose your country
home-intro = Training modules on U.S. safety requirements for children's products, for manufacturers, exporters and regulators.
home-languages = Languages: { $languages }
audience-heading = Choose your language

## Site index
index-heading = Training modules
index-intro = Each module explains one set of U.S. requirements and ends with a short knowledge check.
index-local-heading = Local information
index-local-text = Agencies, contacts and where to find the U.S. rules for your country.
category-general = Requirements for all children's products
category-toys = Toys
category-cribs = Cribs and infant sleep products
category-clothing = Children's clothing

## Module page
module-objectives = In this module you will learn to:
module-regulations = Regulations cited
module-reviewed = Last reviewed: { $date }
module-handout = Printable handout (PDF)
module-back = Back to all modules

## Printable handouts
index-booklet = All modules as one printable booklet (PDF)
handout-booklet-title = All training modules
handout-page = Page { $page } of { $total }
handout-answer-key = Answer key
handout-local = Local information
handout-contents = Contents
handout-qr = Read this module online
handout-fallbacks =
    { $count ->
        [one] One passage is printed in English because its translation is missing or outdated.
       *[other] { $count } passages are printed in English because their translations are missing or outdated.
    }

## Regulations index
nav-regulations = Regulations
regulations-heading = Regulations cited
regulations-intro = Every U.S. regulation these modules cite, with links to its official text in the eCFR and to the modules that explain it.
regulations-cited-by = Explained in:
regulations-standards = Standards
regulation-edition = Incorporates { $standard } ({ $citation }), in force since { $date }.
regulation-successor = From { $date }: { $standard } ({ $citation }).
regulation-unconfirmed = Not yet confirmed in a primary source: check the eCFR.
regulation-rule = { $citation }, in force since { $date }.
regulation-rule-successor = { $citation }, in force from { $date }.

## Search
nav-search = Search
search-heading = Search
search-label = Search the training modules
search-button = Search
search-exact-diacritics = Match accents exactly
search-needs-script = Type a word to search. Search needs JavaScript.
search-no-results = No results.
search-more = More results
search-results =
    { $count ->
        [one] One result.
       *[other] { $count } results.
    }

## Knowledge check (interactive)
quiz-right = Correct.
quiz-wrong = Not correct.
quiz-score = Your score: { $correct } of { $total } correct.

## Glossary page
glossary-heading = Glossary
glossary-intro = The terms used in these modules, with the English term that appears in U.S. rules.
glossary-term = Term
glossary-english = English
glossary-note = Note

## Translation status and notices
status-label = Translation status
status-heading = Translation status
status-intro = How much of each module is translated into each language. Passages that are not translated, or whose translation is outdated or was withheld by the checks, are shown in English.
status-percent = { $percent }% translated
status-review-draft = draft translation, not yet reviewed
status-review-reviewed = reviewed translation
status-document = Translation file
status-translated = Translated
status-missing = Missing
status-stale = Outdated
status-invalid = Withheld
status-total = Total
status-review-due-heading = Due for review
status-review-due-intro = These modules were last reviewed before an edition of a standard they cite took effect. An expert should check them against the new edition.
status-review-due-reviewed = last reviewed { $date }
status-review-due-edition = { $standard }, in force since { $date } (16 CFR part { $part })
nav-translation-status = Translation status
status-draft = This translation is a draft. It has not yet been reviewed by a qualified translator.
status-reviewed = This translation has been reviewed by a qualified translator.
status-fallbacks =
    { $count ->
        [one] One passage on this page is shown in English because its translation is missing or outdated:
       *[other] { $count } passages on this page are shown in English because their translations are missing or outdated:
    }
status-fallback-link = passage { $number }
notice-authoritative = This training is for information. The English text and the official U.S. regulations (eCFR, cpsc.gov) are authoritative.
marker-untranslated = [not yet translated]
marker-invalid = [translation withheld]
marker-stale = [translation outdated]

## Alerts
alert-note = Note
alert-tip = Tip
alert-important = Important
alert-warning = Warning
alert-caution = Caution

## Knowledge checks
quiz-show-answer = Show the answer
quiz-correct = Correct answer:
quiz-choose-all = Choose all that apply.
quiz-check = Check answer

## Briefing slides
slides-link = Slides
slides-pdf = Slides (PDF)
slides-previous = Previous slide
slides-next = Next slide
slides-notes = Speaker notes
slides-fullscreen = Full screen
slides-print = Print the slides
slides-counter = Slide { $current } of { $total }
slides-help = Arrow keys or Page Up and Page Down: previous and next slide. N: speaker notes. F: full screen. P: print.
slides-objectives = Objectives
slides-regulations-cited = Regulations cited
slides-sources = Sources
slides-question = Question { $number }
slides-answer = Answer
slides-back = Back to the module
