//! Assembling one handout's data from the localized documents: front matter, body, quiz,
//! local-information box, status banner, labels and fonts.

use super::content::{self, Block, Context, English, Inline, Note};
use crate::config::Paper;
use crate::content::document::{AudiencePage, Document, Module};
use crate::diagnostics::{Diagnostic, Severity};
use crate::i18n::splice::inline_text;
use crate::i18n::translate::{LocalizedDoc, Resolved, SegmentMark, State};
use crate::project::Project;
use crate::render::prepare::FallbackMarkers;
use crate::render::templates::UiStrings;
use fluent_bundle::FluentArgs;
use serde::Serialize;
use std::collections::BTreeSet;

/// Everything `handout.typ` receives.
#[derive(Debug, Serialize)]
pub struct HandoutData {
    /// `module` or `booklet`.
    pub kind: &'static str,
    /// typst language code (`zh`, `ko`, `vi`, …).
    pub lang: String,
    /// typst region (`CN`), if the locale has one.
    pub region: Option<String>,
    /// The font stack.
    pub fonts: serde_json::Value,
    /// `a4` or `us-letter`.
    pub paper: &'static str,
    /// The translated site title.
    pub site_title: String,
    /// The document title.
    pub title: String,
    /// The status banner (translated pages only).
    pub status: Option<String>,
    /// Interface strings.
    pub labels: Labels,
    /// The modules, in order.
    pub modules: Vec<ModuleData>,
    /// The audience's local information.
    pub local: Option<LocalData>,
}

/// Interface strings of the handout.
#[derive(Debug, Serialize)]
pub struct Labels {
    objectives: String,
    regulations: String,
    answer_key: String,
    local: String,
    contents: String,
    notice: String,
    qr: String,
    /// "Page x of y" in pieces: text, and the markers `\u{E000}` (page) and `\u{E001}`
    /// (total), in the order of the language.
    page: Vec<String>,
}

/// One module.
#[derive(Debug, Serialize)]
pub struct ModuleData {
    title: Vec<Inline>,
    title_en: Option<Vec<Inline>>,
    summary: Vec<Inline>,
    objectives: Vec<Vec<Inline>>,
    body: Vec<Block>,
    notes: Vec<Note>,
    regulations: Vec<String>,
    reviewed: String,
    qr: Option<String>,
}

/// The local-information box.
#[derive(Debug, Serialize)]
pub struct LocalData {
    title: String,
    body: Vec<Block>,
}

/// Interface strings used inside converted bodies.
pub(crate) struct BodyLabels {
    alerts: [String; 5],
    /// Fallback markers: untranslated, stale, invalid.
    markers: [String; 3],
    choose_all: String,
}

/// One (audience, locale) for which handouts are assembled.
pub struct Assembly<'a> {
    /// The project.
    pub project: &'a Project,
    /// Interface strings.
    pub ui: &'a UiStrings,
    /// Audience id.
    pub audience: &'a str,
    /// Locale tag.
    pub locale: &'a str,
    /// Print the English source under each translated segment.
    pub bilingual: bool,
}

impl Assembly<'_> {
    pub(crate) fn text(&self, key: &str) -> String {
        self.ui.text(self.locale, key)
    }

    pub(crate) fn context<'c>(
        &'c self,
        marks: &'c [SegmentMark],
        english: Option<&'c English<'c>>,
        labels: &'c BodyLabels,
    ) -> Context<'c> {
        Context {
            project: self.project,
            audience: self.audience,
            marks,
            english,
            source_locale: &self.project.config.source_locale,
            alerts: &labels.alerts,
            choose_all: &labels.choose_all,
            markers: FallbackMarkers {
                untranslated: &labels.markers[0],
                stale: &labels.markers[1],
                invalid: &labels.markers[2],
            },
            site_url: self.project.config.base_url.as_ref().map(|b| {
                format!(
                    "{}/{}/{}/",
                    b.trim_end_matches('/'),
                    self.audience,
                    self.locale
                )
            }),
        }
    }

    pub(crate) fn labels_for_body(&self) -> BodyLabels {
        let alerts = [
            "alert-note",
            "alert-tip",
            "alert-important",
            "alert-warning",
            "alert-caution",
        ]
        .map(|k| self.text(k));
        let markers =
            ["marker-untranslated", "marker-stale", "marker-invalid"].map(|k| self.text(k));
        BodyLabels {
            alerts,
            markers,
            choose_all: self.text("quiz-choose-all"),
        }
    }

    /// Inline content of a front-matter segment.
    pub(crate) fn inline(
        &self,
        resolved: &Resolved,
        english: Option<&str>,
    ) -> (Vec<Inline>, Option<Vec<Inline>>) {
        let labels = self.labels_for_body();
        let text = inline_text(&resolved.text);
        let marks = [SegmentMark {
            range: 0..text.len(),
            lang: resolved.lang.clone(),
            state: resolved.state,
        }];
        let english = english.filter(|_| self.bilingual).map(inline_text);
        let english = english
            .as_deref()
            .map(|e| English::of_text(self.project, e, self.audience));
        let ctx = self.context(&marks, english.as_ref(), &labels);
        let body = content::convert(&text, &ctx, &mut 0);
        match body.blocks.into_iter().next() {
            Some(Block::Para { c, en }) => (c, en),
            _ => (Vec::new(), None),
        }
    }

    fn body(
        &self,
        doc: &Document,
        localized: &LocalizedDoc,
        quiz_number: &mut usize,
    ) -> content::Body {
        let (blocks, notes) =
            self.print_body(doc, localized, None, quiz_number, |blocks, printer| {
                printer.blocks(blocks)
            });
        content::Body { blocks, notes }
    }

    /// Prepares the localized body of `doc` and hands its top-level blocks and a printer to
    /// `f`: what `f` made, and the footnotes printed. Quiz questions are numbered from
    /// `*quiz_number + 1`.
    pub(crate) fn print_body<T>(
        &self,
        doc: &Document,
        localized: &LocalizedDoc,
        prepared: Option<&crate::render::prepare::Prepared>,
        quiz_number: &mut usize,
        f: impl FnOnce(&[crate::render::prepare::Block], &mut content::Printer) -> T,
    ) -> (T, Vec<Note>) {
        let labels = self.labels_for_body();
        let english = self.bilingual.then(|| {
            English::of_body(
                self.project,
                doc.body(),
                self.audience,
                doc.scan
                    .segments
                    .iter()
                    .map(|s| s.range.start - doc.body_start),
            )
        });
        let ctx = self.context(&localized.marks, english.as_ref(), &labels);
        // The page's tree serves as it is: the handout printer does not number fallbacks.
        let own;
        let prepared = match prepared {
            Some(p) => p,
            None => {
                own = content::prepare_body(&localized.body, &ctx, &doc.anchors);
                &own
            }
        };
        let mut printer = content::Printer::new(&ctx, prepared.footnotes.clone(), quiz_number);
        let made = f(&prepared.blocks, &mut printer);
        (made, printer.finish())
    }

    /// One module's part of a handout.
    pub fn module(
        &self,
        module: &Module,
        localized: &LocalizedDoc,
        quiz_number: &mut usize,
        qr: bool,
    ) -> ModuleData {
        let (title, title_en) =
            self.inline(&localized.front.title, Some(&module.doc.front.title.text));
        let (summary, _) = localized
            .front
            .summary
            .as_ref()
            .map(|s| self.inline(s, None))
            .unwrap_or_default();
        let objectives = localized
            .front
            .objectives
            .iter()
            .map(|r| self.inline(r, None).0)
            .collect();
        let body = self.body(&module.doc, localized, quiz_number);
        let reviewed = self.reviewed(&module.meta.reviewed);
        ModuleData {
            title,
            title_en,
            summary,
            objectives,
            body: body.blocks,
            notes: body.notes,
            regulations: module.meta.regulations.clone(),
            reviewed,
            qr: qr.then(|| "/qr.svg".to_string()),
        }
    }

    /// The local-information box.
    pub fn local(&self, page: &AudiencePage, localized: &LocalizedDoc) -> LocalData {
        let title = crate::render::pages::plain(&localized.front.title.text);
        let body = self.body(&page.doc, localized, &mut 0);
        LocalData {
            title,
            body: body.blocks,
        }
    }

    /// The review state of a translation and how many segments are shown in English
    /// (`Draft translation. 3 passages in English.`); `None` in the source locale.
    pub(crate) fn status(&self, fallbacks: usize) -> Option<String> {
        (self.locale != self.project.config.source_locale).then(|| {
            let review = match self.project.config.review(self.locale) {
                Some(crate::config::Review::Reviewed) => self.text("status-reviewed"),
                _ => self.text("status-draft"),
            };
            if fallbacks == 0 {
                return review;
            }
            let mut args = FluentArgs::new();
            args.set("count", fallbacks);
            let count = self
                .ui
                .get(self.locale, "handout-fallbacks", Some(&args))
                .unwrap_or_default();
            format!("{review} {count}")
        })
    }

    /// The `module-reviewed` sentence for a module reviewed on `date`.
    pub(crate) fn reviewed(&self, date: &str) -> String {
        let mut args = FluentArgs::new();
        crate::i18n::catalog::set_date(&mut args, date);
        self.ui
            .get(self.locale, "module-reviewed", Some(&args))
            .unwrap_or_else(|| date.to_string())
    }

    /// The site title in this locale.
    pub(crate) fn site_title(&self) -> String {
        self.ui
            .get(self.locale, "site-title", None)
            .unwrap_or_else(|| self.project.config.title.clone())
    }

    /// typst's language and region codes of this locale (`zh`, `CN`).
    pub(crate) fn lang_region(&self) -> (String, Option<String>) {
        match self.locale.split_once('-') {
            Some((l, r)) => (l.to_string(), Some(r.to_string())),
            None => (self.locale.to_string(), None),
        }
    }

    /// The whole handout.
    pub fn data(
        &self,
        kind: &'static str,
        title: String,
        modules: Vec<ModuleData>,
        local: Option<LocalData>,
        fallbacks: usize,
    ) -> HandoutData {
        let (lang, region) = self.lang_region();
        let fonts = font_stack(&lang);
        let paper = match self.project.config.audiences[self.audience].paper {
            Paper::A4 => "a4",
            Paper::Letter => "us-letter",
        };
        let status = self.status(fallbacks);
        let mut args = FluentArgs::new();
        args.set("page", "\u{E000}");
        args.set("total", "\u{E001}");
        let format = self
            .ui
            .get(self.locale, "handout-page", Some(&args))
            .unwrap_or_else(|| "\u{E000} / \u{E001}".to_string());
        let mut page = Vec::new();
        let mut piece = String::new();
        for c in format.chars() {
            if c == '\u{E000}' || c == '\u{E001}' {
                page.push(std::mem::take(&mut piece));
                page.push(c.to_string());
            } else {
                piece.push(c);
            }
        }
        page.push(piece);
        let labels = Labels {
            objectives: self.text("module-objectives"),
            regulations: self.text("module-regulations"),
            answer_key: self.text("handout-answer-key"),
            local: self.text("handout-local"),
            contents: self.text("handout-contents"),
            notice: self.text("notice-authoritative"),
            qr: self.text("handout-qr"),
            page,
        };
        let site_title = self.site_title();
        HandoutData {
            kind,
            lang,
            region,
            fonts,
            paper,
            site_title,
            title,
            status,
            labels,
            modules,
            local,
        }
    }
}

/// The handout fonts for a language, in order of preference: Han characters take the glyph
/// forms of the page's language (Japanese 直 differs from Chinese 直).
pub(crate) fn font_stack(lang: &str) -> serde_json::Value {
    let latin = serde_json::json!({ "name": "Noto Sans", "covers": "latin-in-cjk" });
    match lang {
        "zh" => serde_json::json!([
            latin,
            "Noto Sans CJK SC",
            "Noto Sans CJK KR",
            "Noto Sans CJK JP"
        ]),
        "ja" => serde_json::json!([
            latin,
            "Noto Sans CJK JP",
            "Noto Sans CJK SC",
            "Noto Sans CJK KR"
        ]),
        "ko" => serde_json::json!([
            latin,
            "Noto Sans CJK KR",
            "Noto Sans CJK SC",
            "Noto Sans CJK JP"
        ]),
        _ => serde_json::json!([
            "Noto Sans",
            "Noto Sans CJK SC",
            "Noto Sans CJK KR",
            "Noto Sans CJK JP"
        ]),
    }
}

/// Fallback passages shown in a handout of `localized` (front matter and body).
pub fn fallbacks(localized: &LocalizedDoc) -> usize {
    localized
        .front
        .iter()
        .filter(|r| r.state != State::Translated)
        .count()
        + localized
            .marks
            .iter()
            .filter(|m| m.state != State::Translated)
            .count()
}

/// Characters of `localized` that no shipped font can print, as warnings naming the
/// character and the segment.
pub fn missing_glyphs(
    doc: &Document,
    localized: &LocalizedDoc,
    covers: &dyn Fn(char) -> bool,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut seen = BTreeSet::new();
    let texts = localized
        .front
        .iter()
        .zip(doc.front.iter())
        .map(|(r, s)| (r.text.as_str(), s))
        .chain(
            localized
                .marks
                .iter()
                .zip(doc.scan.segments.iter())
                .map(|(m, s)| (&localized.body[m.range.clone()], s)),
        );
    for (text, segment) in texts {
        for c in text.chars() {
            if c.is_whitespace()
                || c.is_control()
                || crate::render::prepare::is_spacer(c)
                // Each character is looked up in the fonts once, not at every occurrence.
                || !seen.insert(c)
                || covers(c)
            {
                continue;
            }
            out.push(
                Diagnostic::new(Severity::Warning, "missing-glyph", &doc.file.path, format!("`{c}` (U+{:04X}) in segment `{}` is in none of the theme's handout fonts; it would print as an empty box", c as u32, segment.id))
                    .at(&doc.file, segment.range.start)
                    .in_locale(&localized.locale),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::handout::Handouts;
    use crate::render::handout::content::{Choice, Question};
    use std::collections::BTreeMap;
    use typst_layout::PagedDocument;

    fn engine() -> Handouts {
        Handouts::from_theme(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")),
            BTreeMap::new(),
        )
        .unwrap_or_else(|e| panic!("{e:?}"))
    }

    fn labels() -> Labels {
        let l = |s: &str| s.to_string();
        Labels {
            objectives: l("Objectives"),
            regulations: l("Regulations"),
            answer_key: l("Answers"),
            local: l("Local"),
            contents: l("Contents"),
            notice: l("Notice"),
            qr: l("QR"),
            page: vec![l("Page "), l("\u{E000}"), l(" of "), l("\u{E001}"), l("")],
        }
    }

    fn data(lang: &str, body: Vec<Block>) -> HandoutData {
        let module = ModuleData {
            title: vec![Inline::Text { v: "Title".into() }],
            title_en: None,
            summary: vec![],
            objectives: vec![],
            body,
            notes: vec![],
            regulations: vec![],
            reviewed: "2026-11-20".into(),
            qr: None,
        };
        HandoutData {
            kind: "module",
            lang: lang.into(),
            region: None,
            fonts: serde_json::json!(["Noto Sans", "Noto Sans CJK SC", "Noto Sans CJK KR"]),
            paper: "a4",
            site_title: "Site".into(),
            title: "Title".into(),
            status: None,
            labels: labels(),
            modules: vec![module],
            local: None,
        }
    }

    fn text_of(document: &PagedDocument) -> String {
        fn walk(frame: &typst::layout::Frame, out: &mut String) {
            for (_, item) in frame.items() {
                match item {
                    typst::layout::FrameItem::Text(t) => out.push_str(&t.text),
                    typst::layout::FrameItem::Group(g) => walk(&g.frame, out),
                    _ => {}
                }
            }
        }
        let mut out = String::new();
        for page in document.pages() {
            walk(&page.frame, &mut out);
        }
        out
    }

    /// Content reaches typst as data: typst's markup characters print as themselves.
    #[test]
    fn typst_markup_in_content_is_never_interpreted() {
        let hostile = [
            "#set page(width: 2cm) #pagebreak() $x^2$ [a] *b* _c_ `d` <e> @f \\g ]",
            "= not a heading",
            "- not a list",
            "#include \"/etc/passwd\"",
        ];
        let body = hostile
            .iter()
            .map(|h| Block::Para {
                c: vec![Inline::Text { v: h.to_string() }],
                en: None,
            })
            .collect();
        let (document, warnings) = engine()
            .compile(&data("en", body), "test", None)
            .unwrap_or_else(|e| panic!("{e:?}"));
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(document.pages().len(), 1);
        let text: String = text_of(&document)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        for h in hostile {
            let expected: String = h.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(
                text.contains(&expected),
                "{expected:?} missing from {text:?}"
            );
        }
    }

    #[test]
    fn cjk_and_vietnamese_text_is_laid_out_with_the_theme_fonts() {
        let para = |v: &str| Block::Para {
            c: vec![Inline::Strong {
                c: vec![Inline::Text { v: v.into() }],
            }],
            en: Some(vec![Inline::Text {
                v: "English source".into(),
            }]),
        };
        let (document, warnings) = engine()
            .compile(
                &data(
                    "vi",
                    vec![
                        para("Người tiêu dùng cần kiểm tra."),
                        para("儿童产品证书"),
                        para("어린이제품인증서"),
                    ],
                ),
                "test",
                None,
            )
            .unwrap_or_else(|e| panic!("{e:?}"));
        assert!(warnings.is_empty(), "{warnings:?}");
        let text = text_of(&document);
        for expected in [
            "Người tiêu dùng cần kiểm tra.",
            "儿童产品证书",
            "어린이제품인증서",
            "English source",
        ] {
            assert!(text.contains(expected), "{expected} missing from {text}");
        }
    }

    /// The text of each line of `document`, top to bottom.
    fn lines_of(document: &PagedDocument) -> Vec<String> {
        use typst::layout::{Frame, FrameItem, Point};
        fn walk(frame: &Frame, at: Point, out: &mut Vec<(i64, i64, String)>) {
            for (pos, item) in frame.items() {
                let p = at + *pos;
                match item {
                    FrameItem::Text(t) => out.push((
                        (p.y.to_pt() * 10.0).round() as i64,
                        (p.x.to_pt() * 10.0).round() as i64,
                        t.text.to_string(),
                    )),
                    FrameItem::Group(g) => walk(&g.frame, p, out),
                    _ => {}
                }
            }
        }
        let mut lines = Vec::new();
        for page in document.pages() {
            let mut items = Vec::new();
            walk(&page.frame, Point::zero(), &mut items);
            items.sort();
            let mut y = None;
            for (iy, _, text) in items {
                if y != Some(iy) {
                    lines.push(String::new());
                    y = Some(iy);
                }
                if let Some(line) = lines.last_mut() {
                    line.push_str(&text);
                }
            }
        }
        lines
    }

    /// typst breaks between any two Hangul syllables (침/대 in a title); the page keeps
    /// Korean words whole, and so must the handout.
    #[test]
    fn korean_words_are_not_broken_across_lines() {
        let word = "유아용침대안전기준";
        let text = vec![word; 60].join(" ");
        // The same words, each made of a link and the rest of the word after it.
        let mut linked = Vec::new();
        for _ in 0..60 {
            linked.push(Inline::Link {
                url: "https://example.org".into(),
                c: vec![Inline::Text {
                    v: "유아용".into()
                }],
            });
            linked.push(Inline::Text {
                v: "침대안전기준 ".into(),
            });
        }
        let body = vec![
            Block::Para {
                c: vec![Inline::Strong {
                    c: vec![Inline::Text { v: text.clone() }],
                }],
                en: None,
            },
            Block::Para {
                c: super::super::keep_all::glue_words(linked),
                en: None,
            },
        ];
        let mut handout = data("ko", body);
        handout.modules[0].title = vec![Inline::Text { v: text }];
        let (document, warnings) = engine()
            .compile(&handout, "test", None)
            .unwrap_or_else(|e| panic!("{e:?}"));
        assert!(warnings.is_empty(), "{warnings:?}");
        let korean: Vec<String> = lines_of(&document)
            .into_iter()
            .filter(|l| l.chars().any(super::super::keep_all::is_hangul))
            .collect();
        assert!(korean.len() > 12, "{korean:?}");
        for line in &korean {
            for w in line.split_whitespace() {
                assert_eq!(w, word, "a word broken in {line:?}");
            }
        }
    }

    /// The answer key printed only plain-text options: bold, links, label texts and
    /// options shown in English came out empty.
    #[test]
    fn answer_key_prints_formatted_and_fallback_options() {
        let t = |v: &str| Inline::Text { v: v.into() };
        let choice = |letter: &str, correct: bool, c: Vec<Inline>| Choice {
            letter: letter.into(),
            correct,
            c,
            en: None,
        };
        let question = Question {
            number: 1,
            prompt: vec![Block::Para {
                c: vec![t("Which?")],
                en: None,
            }],
            options: vec![
                choice(
                    "A",
                    true,
                    vec![Inline::Strong {
                        c: vec![t("Boldoption")],
                    }],
                ),
                choice(
                    "B",
                    true,
                    vec![Inline::Link {
                        url: "https://example.org".into(),
                        c: vec![t("Linkoption")],
                    }],
                ),
                choice(
                    "C",
                    true,
                    vec![Inline::Label {
                        lang: "en".into(),
                        c: vec![t("Labeloption")],
                    }],
                ),
                choice(
                    "D",
                    true,
                    vec![Inline::Fallback {
                        lang: "en".into(),
                        marker: "Untranslated".into(),
                        c: vec![t("Fallbackoption")],
                    }],
                ),
                choice("E", false, vec![t("Wrongoption")]),
            ],
            instruction: Some("Chooseall".into()),
            explanation: vec![],
        };
        let body = vec![Block::Quiz {
            questions: vec![question],
        }];
        let (document, warnings) = engine()
            .compile(&data("en", body), "test", None)
            .unwrap_or_else(|e| panic!("{e:?}"));
        assert!(warnings.is_empty(), "{warnings:?}");
        let text = text_of(&document);
        // Once in the question, once in the answer key.
        for printed_twice in [
            "Boldoption",
            "Linkoption",
            "Labeloption",
            "Fallbackoption",
            "Untranslated",
        ] {
            assert_eq!(
                text.matches(printed_twice).count(),
                2,
                "{printed_twice} in {text}"
            );
        }
        assert_eq!(text.matches("Wrongoption").count(), 1, "{text}");
        assert_eq!(text.matches("Chooseall").count(), 1, "{text}");
    }

    #[test]
    fn japanese_handouts_print_han_characters_with_the_japanese_face() {
        let para = |v: &str| Block::Para {
            c: vec![Inline::Text { v: v.into() }],
            en: None,
        };
        let mut handout = data("ja", vec![para("窒息の危険があります。直角、骨。")]);
        handout.fonts = font_stack("ja");
        let (document, warnings) = engine()
            .compile(&handout, "test", None)
            .unwrap_or_else(|e| panic!("{e:?}"));
        assert!(warnings.is_empty(), "{warnings:?}");
        fn families(frame: &typst::layout::Frame, out: &mut Vec<(String, String)>) {
            for (_, item) in frame.items() {
                match item {
                    typst::layout::FrameItem::Text(t) => {
                        out.push((t.text.to_string(), t.font.info().family.clone()))
                    }
                    typst::layout::FrameItem::Group(g) => families(&g.frame, out),
                    _ => {}
                }
            }
        }
        let mut runs = Vec::new();
        families(&document.pages()[0].frame, &mut runs);
        let japanese: Vec<&(String, String)> = runs
            .iter()
            .filter(|(t, _)| t.contains('直') || t.contains('窒'))
            .collect();
        assert!(!japanese.is_empty(), "{runs:?}");
        for (text, family) in japanese {
            assert_eq!(family, "Noto Sans CJK JP", "{text}");
        }
    }

    #[test]
    fn a_character_no_font_has_is_reported() {
        let fonts = engine();
        assert!(fonts.covers(crate::render::handout::FAMILIES, '中'));
        assert!(fonts.covers(crate::render::handout::FAMILIES, 'ể'));
        assert!(fonts.covers(crate::render::handout::FAMILIES, '한'));
        assert!(!fonts.covers(crate::render::handout::FAMILIES, '\u{13000}'));
    }
}
