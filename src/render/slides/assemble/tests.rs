//! Slide selection on small bodies: sections, first paragraphs and notes, questions, and
//! the author's markers.

use super::*;
use crate::project::Project;
use crate::render::handout::content::{Context, plain};
use crate::render::prepare::FallbackMarkers;
use std::sync::OnceLock;

fn project() -> &'static Project {
    static PROJECT: OnceLock<Project> = OnceLock::new();
    PROJECT.get_or_init(|| {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let (project, diagnostics) = crate::project::load(root).expect("the repository loads");
        project.unwrap_or_else(|| panic!("{diagnostics:?}"))
    })
}

/// The slides of the body `md` (no title slide, objectives or closing slide).
fn walk(md: &str) -> Walked {
    let alerts = ["Note", "Tip", "Important", "Warning", "Caution"].map(String::from);
    let ctx = Context {
        project: project(),
        audience: "china",
        marks: &[],
        english: None,
        source_locale: "en",
        alerts: &alerts,
        choose_all: "Choose all that apply.",
        markers: FallbackMarkers {
            untranslated: "Not translated",
            stale: "Outdated",
            invalid: "Unusable",
        },
        site_url: None,
    };
    let prepared = crate::render::handout::content::prepare_body(md, &ctx, &[]);
    let mut quiz = 0;
    let mut printer = Printer::new(&ctx, prepared.footnotes, &mut quiz);
    let mut walk = Walk::new(label("Module".to_string()));
    walk.blocks(&prepared.blocks, &mut printer);
    walk.finish()
}

/// Each slide as (kind, heading, the text of its blocks, the text of its notes).
fn outline(walked: &Walked) -> Vec<(SlideKind, String, Vec<String>, Vec<String>)> {
    fn text(blocks: &[Block]) -> Vec<String> {
        blocks
            .iter()
            .map(|b| match b {
                Block::Heading { c, .. } | Block::Para { c, .. } => plain(c),
                Block::List { items, .. } => format!("list of {}", items.len()),
                Block::Table { rows, .. } => format!("table of {}", rows.len()),
                Block::Alert { style, .. } => format!("alert {style}"),
                Block::Quiz { questions } => format!("question {}", questions[0].number),
                other => format!("{other:?}"),
            })
            .collect()
    }
    walked
        .slides
        .iter()
        .map(|s| (s.kind, plain(&s.heading), text(&s.blocks), text(&s.notes)))
        .collect()
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

#[test]
fn a_section_shows_its_first_paragraph_lists_and_alerts_and_the_rest_is_notes() {
    let md = "Intro paragraph.\n\n## Covered\n\nFirst.\n\nSecond.\n\n- a\n- b\n\n> [!WARNING]\n> Careful.\n\nThird.\n\n### Detail\n\n| a | b |\n|---|---|\n| 1 | 2 |\n";
    let walked = walk(md);
    assert_eq!(walked.intro.len(), 1);
    assert_eq!(
        outline(&walked),
        [(
            SlideKind::Section,
            "Covered".to_string(),
            // A list is one block per item, so that it can continue between items.
            strings(&[
                "First.",
                "list of 1",
                "list of 1",
                "alert warning",
                "Detail",
                "table of 1"
            ]),
            strings(&["Second.", "Third."])
        )]
    );
}

#[test]
fn each_question_has_a_slide_and_an_answer_slide_under_the_quiz_heading() {
    let md = "## Check {.quiz}\n\n1. Which limit?\n\n   - [ ] 1000 ppm\n   - [x] 100 ppm\n\n2. Who tests?\n\n   - [x] A lab\n   - [ ] Nobody\n";
    let kinds: Vec<(SlideKind, String, Vec<String>)> = outline(&walk(md))
        .into_iter()
        .map(|(k, h, b, _)| (k, h, b))
        .collect();
    assert_eq!(
        kinds,
        [
            (
                SlideKind::Question,
                "Check".to_string(),
                strings(&["question 1"])
            ),
            (
                SlideKind::Answer,
                "Check".to_string(),
                strings(&["question 1"])
            ),
            (
                SlideKind::Question,
                "Check".to_string(),
                strings(&["question 2"])
            ),
            (
                SlideKind::Answer,
                "Check".to_string(),
                strings(&["question 2"])
            ),
        ]
    );
}

#[test]
fn markers_break_slides_make_notes_leave_blocks_off_and_keep_blocks_together() {
    let md = "## Part\n\nOne.\n\n<!-- slide -->\n\nTwo.\n\n<!-- notes -->\n\n- only said\n\n<!-- /notes -->\n\n<!-- no-slides -->\n\n- web only\n\n<!-- /no-slides -->\n\n<!-- keep -->\n\n- kept a\n\n- kept b\n\nKept paragraph.\n\n<!-- /keep -->\n";
    let walked = walk(md);
    assert_eq!(
        outline(&walked),
        [
            (
                SlideKind::Section,
                "Part".to_string(),
                strings(&["One."]),
                vec![]
            ),
            (
                SlideKind::Section,
                "Part".to_string(),
                strings(&["Two.", "list of 1", "list of 1", "Kept paragraph."]),
                strings(&["list of 1"])
            ),
        ]
    );
    assert_eq!(walked.slides[1].kept, [Kept { first: 1, count: 3 }]);
}

#[test]
fn content_before_the_first_section_other_than_paragraphs_is_under_the_module_title() {
    let walked = walk("Opening words.\n\n- a point\n\n## Next\n\nText.\n");
    let outline = outline(&walked);
    assert_eq!(outline[0].1, "Module");
    assert_eq!(outline[0].2, strings(&["list of 1"]));
    assert_eq!(outline[1].1, "Next");
    assert_eq!(walked.intro.len(), 1);
}
