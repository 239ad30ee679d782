//! The HTML deck: splits from the PDF's fits or the estimate, lists and tables joined
//! again, questions with their answers to reveal.

use super::*;
use crate::render::handout::content::Choice;
use crate::render::slides::data::Run as Kept;

fn para(text: &str) -> Block {
    Block::Para {
        c: vec![Inline::Text { v: text.into() }],
        en: None,
    }
}

fn item(text: &str, start: u64) -> Block {
    Block::List {
        ordered: true,
        start,
        items: vec![vec![para(text)]],
    }
}

fn slide(kind: SlideKind, blocks: Vec<Block>) -> Slide {
    Slide {
        kind,
        heading: vec![Inline::Text {
            v: "Heading".into(),
        }],
        heading_en: None,
        blocks,
        notes: vec![para("Say this.")],
        keep: false,
        kept: Vec::new(),
        anchor: None,
    }
}

fn deck(slides: Vec<Slide>) -> Deck {
    Deck {
        title: "T".into(),
        site_title: "S".into(),
        lang: "en".into(),
        region: None,
        fonts: serde_json::Value::Null,
        audience: "China".into(),
        reviewed: "Last reviewed: 2026".into(),
        footer: String::new(),
        draft: None,
        slides,
    }
}

fn labels() -> DeckLabels {
    DeckLabels {
        answer: "Answer:".into(),
    }
}

fn fit(slide: usize, part: usize, first: usize, count: usize) -> Fit {
    Fit {
        slide,
        part,
        first,
        count,
        scale: 1.0,
        page: 1,
        pages: 1,
    }
}

#[test]
fn the_html_deck_splits_where_the_pdf_deck_did_and_the_notes_go_last() {
    let blocks = (1..=5).map(|n| item(&format!("step {n}"), n)).collect();
    let d = deck(vec![slide(SlideKind::Section, blocks)]);
    let fits = [fit(0, 0, 0, 2), fit(0, 1, 2, 3)];
    let out = slides(&d, Some(&fits), &labels(), "../../../../");
    assert_eq!(out.len(), 2);
    // The items of one part are one list again, numbered on from the part before.
    assert_eq!(out[0].body, "<ol><li>step 1</li><li>step 2</li></ol>\n");
    assert_eq!(
        out[1].body,
        "<ol start=\"3\"><li>step 3</li><li>step 4</li><li>step 5</li></ol>\n"
    );
    assert!(out[0].notes.is_empty() && out[1].notes.contains("Say this."));
}

#[test]
fn without_fits_a_long_slide_is_split_on_an_estimate_but_never_inside_kept_blocks() {
    let long = "word ".repeat(120);
    let blocks = vec![para(&long), para(&long), para(&long), para(&long)];
    let mut s = slide(SlideKind::Section, blocks);
    let parts = |s: &Slide| slides(&deck(vec![s.clone()]), None, &labels(), "").len();
    assert!(parts(&s) > 1, "four long paragraphs do not fit one slide");
    s.kept = vec![Kept { first: 0, count: 4 }];
    assert_eq!(parts(&s), 1, "a kept run is never split");
    s.kept.clear();
    s.keep = true;
    assert_eq!(parts(&s), 1, "a kept slide is never split");
}

#[test]
fn a_question_and_its_answer_are_one_slide_with_the_answer_to_reveal() {
    let question = crate::render::handout::content::Question {
        number: 1,
        prompt: vec![para("Which limit?")],
        options: vec![
            Choice {
                letter: "A".into(),
                correct: false,
                c: vec![Inline::Text {
                    v: "600 ppm".into(),
                }],
                en: None,
            },
            Choice {
                letter: "B".into(),
                correct: true,
                c: vec![Inline::Text {
                    v: "100 ppm".into(),
                }],
                en: None,
            },
        ],
        instruction: None,
        explanation: vec![para("Since 2011.")],
    };
    let quiz = || Block::Quiz {
        questions: vec![question.clone()],
    };
    let d = deck(vec![
        slide(SlideKind::Question, vec![quiz()]),
        slide(SlideKind::Answer, vec![quiz()]),
    ]);
    let out = slides(&d, None, &labels(), "");
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].kind, "question");
    assert!(
        out[0]
            .body
            .contains("<ol type=\"A\"><li>600 ppm</li><li>100 ppm</li></ol>")
    );
    assert!(out[0].body.contains(
        "<div class=\"reveal\" id=\"answer-1\"><p><strong>Answer:</strong> B — 100 ppm</p>\n<p>Since 2011.</p>\n</div>"
    ));
}

#[test]
fn text_is_escaped_and_images_point_into_the_site() {
    let blocks = vec![Block::Para {
        c: vec![
            Inline::Text {
                v: "<script> & \"x\"".into(),
            },
            Inline::Image {
                path: "/media/cylinder.svg".into(),
                alt: "a \"cylinder\"".into(),
            },
        ],
        en: None,
    }];
    let out = slides(
        &deck(vec![slide(SlideKind::Section, blocks)]),
        None,
        &labels(),
        "../../../../",
    );
    assert_eq!(
        out[0].body,
        "<p>&lt;script&gt; &amp; &quot;x&quot;<img src=\"../../../../media/cylinder.svg\" alt=\"a &quot;cylinder&quot;\"></p>\n"
    );
}
