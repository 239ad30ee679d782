//! Typesetting decks with the theme's `slides.typ` and fonts.

use super::data::{Deck, Run, Slide, SlideKind};
use super::*;
use crate::render::handout::content::{Block, Cell, Choice, Inline, Question};

fn engine() -> Slides {
    Slides::from_theme(Path::new(env!("CARGO_MANIFEST_DIR")), BTreeMap::new())
        .unwrap_or_else(|e| panic!("{e:?}"))
}

fn t(v: &str) -> Vec<Inline> {
    vec![Inline::Text { v: v.into() }]
}

fn para(v: &str) -> Block {
    Block::Para { c: t(v), en: None }
}

fn slide(kind: SlideKind, heading: &str, blocks: Vec<Block>) -> Slide {
    Slide {
        kind,
        heading: t(heading),
        heading_en: None,
        blocks,
        notes: vec![],
        keep: false,
        kept: vec![],
        anchor: None,
    }
}

fn question() -> Question {
    let choice = |letter: &str, correct: bool, v: &str| Choice {
        letter: letter.into(),
        correct,
        c: t(v),
        en: None,
    };
    Question {
        number: 1,
        prompt: vec![para("儿童产品的总铅含量限值是多少？")],
        options: vec![choice("A", false, "600 ppm"), choice("B", true, "100 ppm")],
        instruction: None,
        explanation: vec![para("该限值自2011年8月14日起为100 ppm。")],
    }
}

/// A deck in Chinese with Korean, Vietnamese and English slides, a table, a quiz, a
/// section too long for one slide and a kept section too long even at the floor size.
fn deck() -> Deck {
    let cell = |v: &str| Cell {
        c: t(v),
        en: Some(t("English cell")),
    };
    let long: Vec<Block> = (1..=14)
        .map(|i| para(&format!("Paragraph {i}: a child care article must be tested by a CPSC-accepted laboratory before it is sold.")))
        .collect();
    let mut title = slide(
        SlideKind::Title,
        "小零件与窒息危险",
        vec![para("供三岁以下儿童使用的玩具不得含有小零件。")],
    );
    title.heading_en = Some(t("Small parts and choking hazards"));
    let mut kept = slide(SlideKind::Section, "Kept whole", long.clone());
    kept.keep = true;
    kept.blocks.extend(long.clone());
    Deck {
        title: "小零件与窒息危险".into(),
        site_title: "美国产品安全要求培训".into(),
        lang: "zh".into(),
        region: Some("CN".into()),
        fonts: serde_json::json!([
            { "name": "Noto Sans", "covers": "latin-in-cjk" },
            "Noto Sans CJK SC",
            "Noto Sans CJK KR",
            "Noto Sans CJK JP"
        ]),
        audience: "中国".into(),
        reviewed: "最近审核日期：2026年10月1日".into(),
        footer: "中国 · 英文文本和美国官方法规具有权威性".into(),
        draft: Some("草稿译文".into()),
        slides: vec![
            title,
            slide(
                SlideKind::Objectives,
                "학습 목표",
                vec![Block::List {
                    ordered: false,
                    start: 1,
                    items: vec![
                        vec![para("소형 부품 실린더로 완구를 시험합니다.")],
                        vec![para("경고 표시가 필요한 제품을 식별합니다.")],
                    ],
                }],
            ),
            slide(
                SlideKind::Section,
                "Phương pháp thử nghiệm",
                vec![
                    para("Người tiêu dùng cần kiểm tra."),
                    Block::Para {
                        c: vec![Inline::Fallback {
                            lang: "en".into(),
                            marker: "Chưa được dịch".into(),
                            c: t("Not yet translated text"),
                        }],
                        en: None,
                    },
                    Block::Table {
                        header: vec![cell("Độ tuổi"), cell("Yêu cầu")],
                        rows: vec![vec![cell("Dưới 3 tuổi"), cell("Không có chi tiết nhỏ")]],
                    },
                ],
            ),
            slide(SlideKind::Section, "A long section", long.clone()),
            kept,
            slide(
                SlideKind::Question,
                "第 1 题",
                vec![Block::Quiz {
                    questions: vec![question()],
                }],
            ),
            slide(
                SlideKind::Answer,
                "答案",
                vec![Block::Quiz {
                    questions: vec![question()],
                }],
            ),
            Slide {
                kept: vec![Run { first: 4, count: 6 }],
                ..slide(
                    SlideKind::Section,
                    "A long section with a run kept together",
                    long,
                )
            },
            slide(
                SlideKind::Closing,
                "引用的法规",
                vec![Block::List {
                    ordered: false,
                    start: 1,
                    items: vec![vec![Block::Para {
                        c: vec![Inline::Link {
                            url: "https://www.ecfr.gov/current/title-16/part-1501".into(),
                            c: t("16 CFR 1501"),
                        }],
                        en: None,
                    }]],
                }],
            ),
        ],
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

#[test]
fn a_multilingual_deck_is_laid_out_on_16_9_pages_and_reports_its_fits() {
    let deck = deck();
    let Typeset {
        output: document,
        fits,
        pages,
        warnings,
        ..
    } = engine()
        .compile(&deck, "test")
        .unwrap_or_else(|e| panic!("{e:?}"));
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(pages, document.pages().len());
    for page in document.pages() {
        let size = page.frame.size();
        let ratio = size.x.to_pt() / size.y.to_pt();
        assert!((ratio - 16.0 / 9.0).abs() < 1e-3, "page ratio {ratio}");
        assert!((size.x.to_mm() - 254.0).abs() < 0.01, "{size:?}");
    }
    let text = text_of(&document);
    for expected in [
        "小零件与窒息危险",
        "Small parts and choking hazards",
        "학습",
        "목표",
        "Người tiêu dùng cần kiểm tra.",
        "Không có chi tiết nhỏ",
        "Chưa được dịch",
        "Not yet translated text",
        "English cell",
        "儿童产品的总铅含量限值是多少？",
        "100 ppm",
        "16 CFR 1501",
        "草稿译文",
        "中国 · 英文文本和美国官方法规具有权威性",
    ] {
        assert!(text.contains(expected), "{expected} missing from {text}");
    }
    // The explanation is on the answer slide only.
    assert_eq!(
        text.matches("该限值自2011年8月14日起为100 ppm。").count(),
        1
    );

    // One fit per printed part, in slide order, covering every block once.
    let parts = |slide: usize| fits.iter().filter(|f| f.slide == slide).collect::<Vec<_>>();
    for (i, s) in deck.slides.iter().enumerate() {
        let p = parts(i);
        assert!(!p.is_empty(), "slide {i} has no part");
        assert_eq!(
            p.iter().map(|f| f.count).sum::<usize>(),
            s.blocks.len(),
            "slide {i}"
        );
    }
    // Short slides fit on one page at full size.
    for i in [0, 1, 2, 5, 6, 8] {
        let p = parts(i);
        assert_eq!(p.len(), 1, "slide {i}: {p:?}");
        assert!(!p[0].overflows() && p[0].scale == 1.0, "slide {i}: {p:?}");
    }
    // The long section continues on further slides where typst says it is full.
    let long = parts(3);
    assert!(long.len() >= 2, "{long:?}");
    assert!(long.iter().all(|f| !f.overflows()), "{long:?}");
    assert_eq!(long[1].first, long[0].count);
    // The kept section is never split: at the floor size it still overflows, flows on
    // (never clipped) and is reported.
    let kept = parts(4);
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert!(kept[0].overflows(), "{kept:?}");
    assert_eq!(kept[0].scale, *[1.0, 0.9, 0.8, 0.72].last().unwrap_or(&0.0));
    assert!(text.contains("Paragraph 14"));
    // A run kept together is never split: the slide breaks before it instead.
    let with_run = parts(7);
    assert!(with_run.len() >= 2, "{with_run:?}");
    assert!(
        with_run.iter().all(|f| !(5..10).contains(&f.first)),
        "{with_run:?}"
    );
    assert!(with_run.iter().any(|f| f.first == 4), "{with_run:?}");
    // Every page belongs to exactly one part.
    let pages: usize = fits.iter().map(|f| f.pages).sum();
    assert_eq!(pages, document.pages().len(), "{fits:?}");
}

/// The text of each line of `document`, top to bottom (items at one height).
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

#[test]
fn korean_decks_keep_words_whole_and_render_to_pdf() {
    let word = "유아용침대안전기준";
    let mut deck = deck();
    deck.lang = "ko".into();
    deck.region = None;
    deck.slides = vec![slide(
        SlideKind::Section,
        "한국어",
        vec![para(&vec![word; 40].join(" "))],
    )];
    let engine = engine();
    let Typeset {
        output: document,
        fits,
        warnings,
        ..
    } = engine
        .compile(&deck, "ko")
        .unwrap_or_else(|e| panic!("{e:?}"));
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(fits.len(), 1);
    let text = text_of(&document);
    assert_eq!(text.matches(word).count(), 40, "{text}");
    let korean: Vec<String> = lines_of(&document)
        .into_iter()
        .filter(|l| l.contains('유') || l.contains('준'))
        .collect();
    assert!(korean.len() > 3, "{korean:?}");
    for line in &korean {
        for w in line.split_whitespace() {
            assert_eq!(w, word, "a word broken in {line:?}");
        }
    }
    let date = Datetime::from_ymd(2026, 11, 28).unwrap_or_else(|| panic!("a date"));
    let pdf = engine
        .render(&deck, "ko", date)
        .unwrap_or_else(|e| panic!("{e:?}"))
        .output;
    let again = engine
        .render(&deck, "ko", date)
        .unwrap_or_else(|e| panic!("{e:?}"))
        .output;
    assert!(pdf.starts_with(b"%PDF"));
    assert!(pdf == again, "deck PDFs are deterministic");
}

#[test]
fn template_errors_are_located_in_slides_typ() {
    let mut deck = deck();
    deck.slides[2].blocks = vec![Block::Para {
        c: vec![Inline::Image {
            path: "media/missing.png".into(),
            alt: "missing".into(),
        }],
        en: None,
    }];
    let errors = engine()
        .compile(&deck, "broken")
        .err()
        .unwrap_or_else(|| panic!("a missing image is an error"));
    let located = errors
        .iter()
        .find(|d| d.path == "themes/default/slides.typ" && d.line > 1)
        .unwrap_or_else(|| panic!("{errors:?}"));
    assert_eq!(located.code, "slides");
    assert!(located.message.starts_with("deck broken: "), "{located:?}");
}
