//! The HTML deck: a [`Deck`] printed as the slides `slides.js` shows (docs/formats.md §5),
//! split where typst split the PDF deck, or, without PDFs, by an estimate of the same
//! rules (blocks, and runs kept together, are never split; a kept slide never is).

use super::data::{Deck, Fit, Slide, SlideKind};
use crate::render::handout::content::{Block, Cell, Inline, Question};
use crate::render::html_escape;
use serde::Serialize;

/// One slide of the HTML deck.
#[derive(Debug, Clone, Serialize)]
pub struct SlideHtml {
    /// `title`, `objectives`, `section`, `question` or `closing`.
    pub kind: &'static str,
    /// The heading's HTML.
    pub heading: String,
    /// The English heading under it (bilingual decks).
    pub heading_en: Option<String>,
    /// The content's HTML (an answer to reveal included).
    pub body: String,
    /// The speaker notes' HTML (empty for none).
    pub notes: String,
}

/// Labels the HTML deck prints inside slides.
pub struct DeckLabels {
    /// Lead-in to the right options of a question (`Answer:`).
    pub answer: String,
}

/// How many lines of body text a slide holds at full size, for the estimate.
const LINES: f64 = 9.0;
/// Characters of body text per line, for the estimate.
const LINE_CHARS: f64 = 58.0;

/// The slides of `deck`, split as `fits` says (from the PDF deck) or by the estimate;
/// `root` is the relative path from the deck page to `public/` (for images).
pub fn slides(
    deck: &Deck,
    fits: Option<&[Fit]>,
    labels: &DeckLabels,
    root: &str,
) -> Vec<SlideHtml> {
    let p = Printer { root };
    let mut out = Vec::new();
    let mut k = 0;
    while k < deck.slides.len() {
        let slide = &deck.slides[k];
        let heading = p.inlines(&slide.heading);
        let heading_en = slide.heading_en.as_ref().map(|en| p.inlines(en));
        let notes = p.blocks(&slide.notes);
        let next = |kind: &'static str, body: String, notes: String| SlideHtml {
            kind,
            heading: heading.clone(),
            heading_en: heading_en.clone(),
            body,
            notes,
        };
        match slide.kind {
            // A question and its answer are one slide: the answer is revealed on a click.
            SlideKind::Question => {
                let answer = deck
                    .slides
                    .get(k + 1)
                    .filter(|s| s.kind == SlideKind::Answer);
                let mut body = p.blocks(&slide.blocks);
                if let Some(Block::Quiz { questions }) = answer.and_then(|a| a.blocks.first()) {
                    for q in questions {
                        body.push_str(&p.answer(q, labels));
                    }
                    k += 1;
                }
                out.push(next("question", body, notes));
            }
            SlideKind::Answer => out.push(next("question", p.blocks(&slide.blocks), notes)),
            kind => {
                let parts = parts(slide, k, fits);
                let count = parts.len();
                for (n, (first, len)) in parts.into_iter().enumerate() {
                    let mut body = p.blocks(&slide.blocks[first..first + len]);
                    if kind == SlideKind::Title {
                        body.push_str(&format!(
                            "<p class=\"deck-meta\">{} · {}</p>\n",
                            html_escape(&deck.audience),
                            html_escape(&deck.reviewed)
                        ));
                    }
                    // The notes go with the slide's last part.
                    let notes = if n + 1 == count {
                        notes.clone()
                    } else {
                        String::new()
                    };
                    out.push(next(kind_name(kind), body, notes));
                }
            }
        }
        k += 1;
    }
    out
}

fn kind_name(kind: SlideKind) -> &'static str {
    match kind {
        SlideKind::Title => "title",
        SlideKind::Objectives => "objectives",
        SlideKind::Section => "section",
        SlideKind::Question | SlideKind::Answer => "question",
        SlideKind::Closing => "closing",
    }
}

/// The parts of slide `k` as (first block, block count).
fn parts(slide: &Slide, k: usize, fits: Option<&[Fit]>) -> Vec<(usize, usize)> {
    let all = vec![(0, slide.blocks.len())];
    if slide.kind == SlideKind::Title || slide.blocks.is_empty() {
        return all;
    }
    let from_fits: Vec<(usize, usize)> = fits
        .unwrap_or_default()
        .iter()
        .filter(|f| f.slide == k)
        .map(|f| (f.first, f.count))
        .filter(|&(first, count)| first + count <= slide.blocks.len())
        .collect();
    if fits.is_some() && !from_fits.is_empty() {
        return from_fits;
    }
    if slide.keep {
        return all;
    }
    // Units never split: single blocks, and the runs kept together.
    let mut units: Vec<(usize, usize)> = Vec::new();
    let mut at = 0;
    while at < slide.blocks.len() {
        let n = slide
            .kept
            .iter()
            .find(|r| r.first == at)
            .map_or(1, |r| r.count.max(1));
        let n = n.min(slide.blocks.len() - at);
        units.push((at, n));
        at += n;
    }
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut lines = 0.0;
    for (first, n) in units {
        let cost: f64 = slide.blocks[first..first + n].iter().map(estimate).sum();
        match out.last_mut() {
            Some(last) if lines + cost <= LINES => {
                last.1 += n;
                lines += cost;
            }
            _ => {
                out.push((first, n));
                lines = cost;
            }
        }
    }
    out
}

/// Lines a block takes on a slide at full size, roughly.
fn estimate(block: &Block) -> f64 {
    let text = |c: &[Inline]| {
        let chars = crate::render::handout::content::plain(c).chars().count() as f64;
        (chars / LINE_CHARS).ceil().max(1.0)
    };
    match block {
        Block::Heading { c, .. } => text(c) + 0.5,
        Block::Para { c, .. } => text(c) + 0.3,
        Block::List { items, .. } => items
            .iter()
            .map(|item| item.iter().map(estimate).sum::<f64>() + 0.1)
            .sum(),
        Block::Table { header, rows } => {
            let row = |cells: &[Cell]| {
                let width = LINE_CHARS / cells.len().max(1) as f64;
                cells
                    .iter()
                    .map(|c| {
                        let chars = crate::render::handout::content::plain(&c.c).chars().count();
                        (chars as f64 / width).ceil().max(1.0)
                    })
                    .fold(1.0, f64::max)
                    + 0.3
            };
            row(header) + rows.iter().map(|r| row(r)).sum::<f64>()
        }
        Block::Alert { body, .. } => 1.5 + body.iter().map(estimate).sum::<f64>(),
        Block::Quote { body } => 0.3 + body.iter().map(estimate).sum::<f64>(),
        Block::Code { v } => v.lines().count() as f64 * 0.8 + 0.5,
        Block::Rule => 0.5,
        Block::Quiz { .. } => LINES,
    }
}

/// Prints the handout vocabulary as HTML.
struct Printer<'r> {
    root: &'r str,
}

impl Printer<'_> {
    fn blocks(&self, blocks: &[Block]) -> String {
        let mut out = String::new();
        let mut k = 0;
        while k < blocks.len() {
            // A list the deck split into one list per item is one list again.
            if let Block::List { ordered, start, .. } = &blocks[k] {
                let mut items: Vec<&[Block]> = Vec::new();
                let mut next = *start;
                while let Some(Block::List {
                    ordered: o,
                    start: s,
                    items: i,
                }) = blocks.get(k)
                {
                    if o != ordered || (*ordered && *s != next) {
                        break;
                    }
                    items.extend(i.iter().map(Vec::as_slice));
                    next = s + i.len() as u64;
                    k += 1;
                }
                self.list(*ordered, *start, &items, &mut out);
                continue;
            }
            // So is a table the deck cut into parts of a few rows.
            if let Block::Table { header, rows } = &blocks[k] {
                let mut all = rows.clone();
                k += 1;
                while let Some(Block::Table { header: h, rows: r }) = blocks.get(k) {
                    if h != header {
                        break;
                    }
                    all.extend(r.iter().cloned());
                    k += 1;
                }
                self.table(header, &all, &mut out);
                continue;
            }
            self.block(&blocks[k], &mut out);
            k += 1;
        }
        out
    }

    fn table(&self, header: &[Cell], rows: &[Vec<Cell>], out: &mut String) {
        out.push_str("<table>\n<thead><tr>");
        for cell in header {
            out.push_str(&format!("<th>{}</th>", self.cell(cell)));
        }
        out.push_str("</tr></thead>\n<tbody>\n");
        for row in rows {
            out.push_str("<tr>");
            for cell in row {
                out.push_str(&format!("<td>{}</td>", self.cell(cell)));
            }
            out.push_str("</tr>\n");
        }
        out.push_str("</tbody>\n</table>\n");
    }

    fn list(&self, ordered: bool, start: u64, items: &[&[Block]], out: &mut String) {
        let open = match (ordered, start) {
            (true, 1) => "<ol>".to_string(),
            (true, n) => format!("<ol start=\"{n}\">"),
            (false, _) => "<ul>".to_string(),
        };
        out.push_str(&open);
        for item in items {
            out.push_str("<li>");
            out.push_str(&self.item(item));
            out.push_str("</li>");
        }
        out.push_str(if ordered { "</ol>\n" } else { "</ul>\n" });
    }

    fn english(&self, en: &Option<Vec<Inline>>, out: &mut String) {
        if let Some(en) = en {
            out.push_str("<p class=\"en\" lang=\"en\">");
            out.push_str(&self.inlines(en));
            out.push_str("</p>\n");
        }
    }

    fn block(&self, block: &Block, out: &mut String) {
        match block {
            Block::Heading { c, en, .. } => {
                out.push_str(&format!("<h3>{}</h3>\n", self.inlines(c)));
                self.english(en, out);
            }
            Block::Para { c, en } => {
                out.push_str(&format!("<p>{}</p>\n", self.inlines(c)));
                self.english(en, out);
            }
            Block::List {
                ordered,
                start,
                items,
            } => {
                let items: Vec<&[Block]> = items.iter().map(Vec::as_slice).collect();
                self.list(*ordered, *start, &items, out);
            }
            Block::Table { header, rows } => self.table(header, rows, out),
            Block::Alert { style, title, body } => {
                out.push_str(&format!(
                    "<div class=\"alert alert-{style}\" role=\"note\">\n<p class=\"alert-title\">{}</p>\n{}</div>\n",
                    html_escape(title),
                    self.blocks(body)
                ));
            }
            Block::Quote { body } => {
                out.push_str(&format!(
                    "<blockquote>\n{}</blockquote>\n",
                    self.blocks(body)
                ));
            }
            Block::Code { v } => {
                out.push_str(&format!("<pre><code>{}</code></pre>\n", html_escape(v)));
            }
            Block::Rule => out.push_str("<hr>\n"),
            Block::Quiz { questions } => {
                for q in questions {
                    out.push_str(&self.blocks(&q.prompt));
                    if let Some(instruction) = &q.instruction {
                        out.push_str(&format!(
                            "<p class=\"quiz-instruction\">{}</p>\n",
                            html_escape(instruction)
                        ));
                    }
                    out.push_str("<ol type=\"A\">");
                    for o in &q.options {
                        out.push_str("<li>");
                        out.push_str(&self.inlines(&o.c));
                        if let Some(en) = &o.en {
                            out.push_str(&format!(
                                "<span class=\"en\" lang=\"en\">{}</span>",
                                self.inlines(en)
                            ));
                        }
                        out.push_str("</li>");
                    }
                    out.push_str("</ol>\n");
                }
            }
        }
    }

    /// A list item: a single paragraph prints without `<p>`.
    fn item(&self, item: &[Block]) -> String {
        match item {
            [Block::Para { c, en: None }] => self.inlines(c),
            _ => self.blocks(item),
        }
    }

    fn cell(&self, cell: &Cell) -> String {
        let mut s = self.inlines(&cell.c);
        if let Some(en) = &cell.en {
            s.push_str(&format!(
                "<span class=\"en\" lang=\"en\">{}</span>",
                self.inlines(en)
            ));
        }
        s
    }

    /// The answer of a question, revealed on the question's slide.
    fn answer(&self, q: &Question, labels: &DeckLabels) -> String {
        let right: Vec<String> = q
            .options
            .iter()
            .filter(|o| o.correct)
            .map(|o| format!("{} — {}", html_escape(&o.letter), self.inlines(&o.c)))
            .collect();
        format!(
            "<div class=\"reveal\" id=\"answer-{}\"><p><strong>{}</strong> {}</p>\n{}</div>\n",
            q.number,
            html_escape(&labels.answer),
            right.join("; "),
            self.blocks(&q.explanation)
        )
    }

    fn inlines(&self, inlines: &[Inline]) -> String {
        let mut out = String::new();
        for inline in inlines {
            match inline {
                Inline::Text { v } => out.push_str(&html_escape(v)),
                Inline::Strong { c } => out.push_str(&format!("<strong>{}</strong>", self.inlines(c))),
                Inline::Emph { c } => out.push_str(&format!("<em>{}</em>", self.inlines(c))),
                Inline::Strike { c } => out.push_str(&format!("<del>{}</del>", self.inlines(c))),
                Inline::Code { v } => out.push_str(&format!("<code>{}</code>", html_escape(v))),
                Inline::Link { url, c } => out.push_str(&format!(
                    "<a href=\"{}\">{}</a>",
                    html_escape(url),
                    self.inlines(c)
                )),
                Inline::Sup { v } => out.push_str(&format!("<sup>{}</sup>", html_escape(v))),
                Inline::Break => out.push_str("<br>"),
                Inline::Image { path, alt } => out.push_str(&format!(
                    "<img src=\"{}{}\" alt=\"{}\">",
                    self.root,
                    html_escape(path.trim_start_matches('/')),
                    html_escape(alt)
                )),
                Inline::Fallback { lang, marker, c } => out.push_str(&format!(
                    "<span class=\"fallback-mark\">{}</span> <span class=\"fallback\" lang=\"{}\">{}</span>",
                    html_escape(marker),
                    html_escape(lang),
                    self.inlines(c)
                )),
                Inline::Label { lang, c } => out.push_str(&format!(
                    "<span class=\"label\" lang=\"{}\">{}</span>",
                    html_escape(lang),
                    self.inlines(c)
                )),
                Inline::Word { c } => out.push_str(&self.inlines(c)),
            }
        }
        out
    }
}

#[cfg(test)]
mod tests;
