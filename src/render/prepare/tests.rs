//! The preparation pass on small bodies, against the repository's own project.

use super::*;
use crate::i18n::translate::{SegmentMark, State};
use std::sync::OnceLock;

fn project() -> &'static Project {
    static PROJECT: OnceLock<Project> = OnceLock::new();
    PROJECT.get_or_init(|| {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let (project, diagnostics) = crate::project::load(root).expect("the repository loads");
        project.unwrap_or_else(|| panic!("{diagnostics:?}"))
    })
}

fn prepared<'a>(text: &'a str, marks: &[SegmentMark], anchors: &[String]) -> Prepared<'a> {
    prepare(&Source {
        text,
        marks,
        anchors,
        source_locale: "en",
        audience: "china",
        project: project(),
    })
}

fn mark(text: &str, piece: &str, lang: &str, state: State) -> SegmentMark {
    let start = text.find(piece).expect("piece in text");
    SegmentMark {
        range: start..start + piece.len(),
        lang: lang.to_string(),
        state,
    }
}

/// The inlines of every run, as a compact string.
fn runs(p: &Prepared) -> Vec<String> {
    fn show(inlines: &[Inline]) -> String {
        inlines
            .iter()
            .map(|i| match i {
                Inline::Text(t) => t.clone(),
                Inline::Code(c) => format!("`{c}`"),
                Inline::Space => "␣".to_string(),
                Inline::Break => "⏎".to_string(),
                Inline::Html(h) => format!("html({h})"),
                Inline::HtmlAsText(h) => format!("text({h})"),
                Inline::Label(c) => format!("label({})", show(c)),
                Inline::FootnoteRef(n, name) => format!("ref({n},{name})"),
                Inline::Link(_, to, c) => format!("link({to:?},{})", show(c)),
                Inline::Image(_, to, c) => format!("image({to:?},{})", show(c)),
                Inline::Tag(_, c) => format!("tag({})", show(c)),
            })
            .collect()
    }
    p.runs().iter().map(|r| show(&r.inlines)).collect()
}

#[test]
fn passages_for_other_audiences_are_dropped_and_anchors_keep_their_index() {
    let md = "# A\n\n<!-- audience: korea -->\n\n# B\n\n<!-- /audience -->\n\n# C\n";
    let anchors: Vec<String> = ["a", "b", "c"].map(String::from).to_vec();
    let p = prepared(md, &[], &anchors);
    let ids: Vec<String> = p
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Tag(Tag::Heading { id, .. }, _) => id.as_ref().map(|i| i.to_string()),
            _ => None,
        })
        .collect();
    assert_eq!(ids, ["a", "c"]);
}

#[test]
fn fallback_runs_are_numbered_from_one_and_translated_runs_are_not() {
    let md = "Translated line.\n\nFallback line.\n\nStale line.\n";
    let marks = [
        mark(md, "Translated line.", "zh-CN", State::Translated),
        mark(md, "Fallback line.", "en", State::Missing),
        mark(md, "Stale line.", "en", State::Stale),
    ];
    let p = prepared(md, &marks, &[]);
    type Found = (Option<usize>, Option<(State, usize)>);
    let found: Vec<Found> = p
        .runs()
        .iter()
        .map(|r| (r.segment, r.fallback.as_ref().map(|f| (f.state, f.number))))
        .collect();
    assert_eq!(
        found,
        [
            (Some(0), None),
            (Some(1), Some((State::Missing, 1))),
            (Some(2), Some((State::Stale, 2)))
        ]
    );
    assert_eq!(p.fallbacks, 2);
}

#[test]
fn a_label_ends_at_its_close_or_with_its_run() {
    let md = "<span class=\"label\">WARNING: *Small* parts.</span> Keep away.\n\n\
              <span class=\"label\">Not for children</span\n";
    let p = prepared(md, &[], &[]);
    let runs = runs(&p);
    assert_eq!(runs[0], "label(WARNING: tag(Small) parts.) Keep away.");
    assert!(runs[1].starts_with("label(Not for children"), "{runs:?}");
}

#[test]
fn html_in_a_translation_is_text_and_html_in_the_source_is_html() {
    let md = "A <b>bold</b> claim.\n\nB <b>bold</b> claim.\n";
    let marks = [
        mark(md, "A <b>bold</b> claim.", "vi", State::Translated),
        mark(md, "B <b>bold</b> claim.", "en", State::Translated),
    ];
    let runs = runs(&prepared(md, &marks, &[]));
    assert_eq!(runs[0], "A text(<b>)boldtext(</b>) claim.");
    assert_eq!(runs[1], "B html(<b>)boldhtml(</b>) claim.");
}

#[test]
fn soft_breaks_vanish_between_chinese_characters_even_after_a_footnote() {
    let md = "中文[^1]\n\n[^1]: Note text\n\n中\n文 and\nmore\n";
    let runs = runs(&prepared(md, &[], &[]));
    // After the note (printed elsewhere), the last character before the break is 中.
    assert_eq!(runs, ["中文ref(1,1)", "Note text", "中文 and␣more"]);
}

#[test]
fn links_are_resolved_once() {
    let md = "See [small parts](toys-small-parts.md), [away](javascript:alert(1)) \
              and [web](https://www.cpsc.gov/).\n";
    let runs = runs(&prepared(md, &[], &[]));
    assert!(
        runs[0].contains("link(Module(\"toys-small-parts\", None),small parts)"),
        "{runs:?}"
    );
    assert!(runs[0].contains("link(Script,away)"), "{runs:?}");
    assert!(
        runs[0].contains("link(External { web: true },web)"),
        "{runs:?}"
    );
}

#[test]
fn a_question_has_its_prompt_options_and_explanation() {
    let md = "## Check {.quiz}\n\n1. Which limit?\n\n   - [ ] 1000 ppm\n   - [x] 100 ppm\n\n   The substrate limit.\n";
    let p = prepared(md, &[], &[]);
    let question = p
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::Tag(Tag::List(Some(1)), items) => items.iter().find_map(|i| match i {
                Block::Question(q) => Some(q),
                _ => None,
            }),
            _ => None,
        })
        .expect("a question");
    let options: Vec<(bool, bool)> = question
        .options
        .iter()
        .map(|c| (c.correct, c.marked))
        .collect();
    assert_eq!(options, [(false, true), (true, true)]);
    assert_eq!(
        runs(&p),
        [
            "Check",
            "Which limit?",
            "1000 ppm",
            "100 ppm",
            "The substrate limit."
        ]
    );
}
