//! How tall a slide's blocks would be, estimated without typesetting, for `primer check`
//! without `--pdf`: a block that cannot be split (a paragraph, a table, a run kept
//! together) and would not fit on a slide even at the smallest type size is reported
//! before anything is typeset. The figures follow `slides.typ`: its page, margins, heading,
//! base size and floor.
//!
//! The estimate counts characters, not glyph widths: a wide (CJK) character as two
//! Latin ones, a Latin one as half an em. It errs towards fitting, so it only reports
//! blocks that are clearly too tall; `primer check --pdf` measures them.

use super::data::{Deck, Slide};
use crate::render::handout::content::{Block, Inline, plain};

/// Points per millimetre.
const MM: f64 = 72.0 / 25.4;
/// The text width: `page-w - 2 * margin.x` in `slides.typ`.
const BODY_WIDTH: f64 = (254.0 - 28.0) * MM;
/// The text height below a one-line heading: `body-h` less the heading (26 pt), the space
/// below it and the rounding margin, as `slides.typ` computes `avail`.
const AVAILABLE: f64 = (142.875 - 25.0) * MM - 26.0 * 1.2 - 0.8 * 26.0 - 3.0 * MM;
/// The smallest type size: `base * steps.last()`.
const FLOOR_SIZE: f64 = 18.0 * 0.72;
/// A line's height as a multiple of the type size, with paragraph spacing spread over it.
const LINE: f64 = 1.3;
/// The space between blocks, in lines.
const GAP: f64 = 0.6;
/// How much taller than the page a unit must be estimated before it is reported: the
/// estimate cannot know the glyphs' widths, so only clear cases are reported.
const MARGIN: f64 = 1.25;

/// The slides (indices into [`Deck::slides`]) with a unit that cannot be split and would
/// not fit on one page even at the smallest type.
pub fn overflowing(deck: &Deck) -> Vec<usize> {
    deck.slides
        .iter()
        .enumerate()
        .filter(|(_, s)| units(s).into_iter().any(|h| h > AVAILABLE * MARGIN))
        .map(|(i, _)| i)
        .collect()
}

/// The estimated height at the floor size of each unit of `slide` that typst never splits:
/// the whole slide when it is kept together, else each kept run and each other block.
fn units(slide: &Slide) -> Vec<f64> {
    let heights: Vec<f64> = slide.blocks.iter().map(|b| block(b, BODY_WIDTH)).collect();
    if slide.keep {
        return vec![heights.iter().sum()];
    }
    let mut out = Vec::new();
    let mut at = 0;
    while at < heights.len() {
        let count = slide
            .kept
            .iter()
            .find(|r| r.first == at)
            .map_or(1, |r| r.count.max(1));
        let end = (at + count).min(heights.len());
        out.push(heights[at..end].iter().sum());
        at = end;
    }
    out
}

/// The height of lines of `text` set in `width` at the floor size.
fn lines(text: &str, width: f64) -> f64 {
    let units: usize = text.chars().map(|c| if is_wide(c) { 2 } else { 1 }).sum();
    let per_line = (width / (FLOOR_SIZE * 0.5)).max(1.0);
    (units as f64 / per_line).ceil().max(1.0) * FLOOR_SIZE * LINE
}

fn inline_height(c: &[Inline], en: Option<&Vec<Inline>>, width: f64) -> f64 {
    lines(&plain(c), width) + en.map_or(0.0, |en| lines(&plain(en), width) * 0.72)
}

/// A block's estimated height in `width`.
fn block(b: &Block, width: f64) -> f64 {
    let gap = FLOOR_SIZE * GAP;
    match b {
        Block::Heading { c, en, .. } | Block::Para { c, en } => {
            inline_height(c, en.as_ref(), width) + gap
        }
        Block::List { items, .. } => items
            .iter()
            .map(|item| {
                item.iter()
                    .map(|b| block(b, width - 1.5 * FLOOR_SIZE))
                    .sum::<f64>()
            })
            .sum(),
        // typst gives columns widths by their content, so a row is about as tall as its
        // cells' text set across the whole width (less each cell's padding).
        Block::Table { header, rows } => {
            let columns = header
                .len()
                .max(rows.iter().map(Vec::len).max().unwrap_or(1));
            let inner = (width - columns as f64 * FLOOR_SIZE).max(FLOOR_SIZE);
            std::iter::once(header)
                .chain(rows)
                .map(|row| {
                    let c: Vec<String> = row.iter().map(|cell| plain(&cell.c)).collect();
                    let en: Vec<String> = row
                        .iter()
                        .filter_map(|cell| cell.en.as_deref().map(plain))
                        .collect();
                    let en = match en.is_empty() {
                        true => 0.0,
                        false => lines(&en.join(" "), inner) * 0.72,
                    };
                    lines(&c.join(" "), inner) + en + 0.4 * FLOOR_SIZE
                })
                .sum::<f64>()
                + gap
        }
        Block::Alert { body, .. } | Block::Quote { body } => {
            FLOOR_SIZE * LINE
                + body
                    .iter()
                    .map(|b| block(b, width - FLOOR_SIZE))
                    .sum::<f64>()
        }
        Block::Code { v } => v.lines().map(|l| lines(l, width)).sum::<f64>() + gap,
        Block::Rule => gap,
        Block::Quiz { questions } => questions
            .iter()
            .map(|q| {
                let prompt: f64 = q.prompt.iter().map(|b| block(b, width)).sum();
                let options: f64 = q
                    .options
                    .iter()
                    .map(|o| inline_height(&o.c, None, width - 2.0 * FLOOR_SIZE))
                    .sum();
                prompt + options
            })
            .sum(),
    }
}

/// East Asian wide characters (Han, kana, Hangul, full-width forms).
fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF | 0xA960..=0xA97F | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::slides::data::{Run, SlideKind};

    fn para(text: &str) -> Block {
        Block::Para {
            c: vec![Inline::Text { v: text.into() }],
            en: None,
        }
    }

    fn slide(blocks: Vec<Block>, keep: bool, kept: Vec<Run>) -> Slide {
        Slide {
            kind: SlideKind::Section,
            heading: vec![Inline::Text { v: "H".into() }],
            heading_en: None,
            blocks,
            notes: Vec::new(),
            keep,
            kept,
            anchor: None,
        }
    }

    #[test]
    fn only_a_unit_taller_than_a_slide_at_the_floor_overflows() {
        let words = |n: usize| vec!["word"; n].join(" ");
        // About 1,000 characters fit comfortably; 20,000 never do.
        assert!(units(&slide(vec![para(&words(200))], false, vec![]))[0] < AVAILABLE);
        assert!(units(&slide(vec![para(&words(4000))], false, vec![]))[0] > AVAILABLE * MARGIN);
        // Many small blocks split across pages: no unit is too tall.
        let many: Vec<Block> = (0..200).map(|_| para(&words(10))).collect();
        assert!(
            units(&slide(many.clone(), false, vec![]))
                .iter()
                .all(|&h| h < AVAILABLE)
        );
        // … unless they are kept together.
        assert!(units(&slide(many.clone(), true, vec![]))[0] > AVAILABLE * MARGIN);
        let run = Run {
            first: 0,
            count: 150,
        };
        let kept = units(&slide(many, false, vec![run]));
        assert_eq!(kept.len(), 51);
        assert!(kept[0] > AVAILABLE);
    }

    #[test]
    fn wide_characters_take_twice_the_room_and_tables_grow_with_their_rows() {
        assert!(lines(&"字".repeat(400), BODY_WIDTH) > lines(&"a".repeat(400), BODY_WIDTH));
        let cell = |t: &str| crate::render::handout::content::Cell {
            c: vec![Inline::Text { v: t.into() }],
            en: None,
        };
        let table = |columns: usize, rows: usize| Block::Table {
            header: (0..columns).map(|_| cell("h")).collect(),
            rows: (0..rows)
                .map(|_| (0..columns).map(|_| cell("1")).collect())
                .collect(),
        };
        assert!(block(&table(4, 3), BODY_WIDTH) < AVAILABLE);
        assert!(block(&table(40, 300), BODY_WIDTH) > AVAILABLE * MARGIN);
    }
}
