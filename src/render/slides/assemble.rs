//! The slide assembly: a module's localized document → its [`Deck`], printed from the
//! prepared document block by block with the handout's printer (no Markdown walker of its
//! own).
//!
//! What goes on the slides: a title slide (title, summary, audience, reviewed date); the
//! objectives; for each `#`/`##` section its heading and its lists, tables, alerts, images,
//! subheadings and first paragraph, the other paragraphs becoming the slide's speaker
//! notes; each knowledge-check question on a slide of its own, followed by its answer; and
//! a closing slide with the regulations the module cites. Paragraphs before the first
//! section are the title slide's notes. The author's slide markers
//! ([`crate::content::slides`]) break slides, make blocks notes only, leave blocks off or
//! keep them on one page.

use super::data::{Deck, Run as Kept, Slide, SlideKind};
use crate::content::document::Module;
use crate::content::slides::{Marker, Region, parse_marker};
use crate::i18n::translate::LocalizedDoc;
use crate::render::handout::content::{Block, Inline, Printer};
use crate::render::handout::{Assembly, fallbacks};
use crate::render::prepare::{self, Block as P};
use pulldown_cmark::{HeadingLevel, Tag};

/// A heading and its English source (bilingual decks).
type Heading = (Vec<Inline>, Option<Vec<Inline>>);

impl Assembly<'_> {
    /// The deck of `module` for this assembly's audience and locale; `audience` is the
    /// audience's name in the locale. `prepared` is the body's tree, the one the module's
    /// page prints (`Renderer::prepare_module`).
    pub fn deck(
        &self,
        module: &Module,
        localized: &LocalizedDoc,
        audience: &str,
        prepared: &crate::render::prepare::Prepared,
    ) -> Deck {
        let title = self.inline(&localized.front.title, Some(&module.doc.front.title.text));
        let summary = localized
            .front
            .summary
            .as_ref()
            .map(|s| self.inline(s, None))
            .unwrap_or_default();
        let objectives: Vec<Vec<Inline>> = localized
            .front
            .objectives
            .iter()
            .map(|r| self.inline(r, None).0)
            .collect();
        let (walk, _notes) = self.print_body(
            &module.doc,
            localized,
            Some(prepared),
            &mut 0,
            |blocks, printer| {
                let mut walk = Walk::new(title.clone());
                walk.blocks(blocks, printer);
                walk.finish()
            },
        );
        let mut slides = vec![Slide {
            blocks: vec![Block::Para {
                c: summary.0,
                en: summary.1,
            }],
            notes: walk.intro,
            ..slide(SlideKind::Title, title.clone())
        }];
        if !objectives.is_empty() {
            let list = Block::List {
                ordered: false,
                start: 1,
                items: objectives
                    .into_iter()
                    .map(|c| vec![Block::Para { c, en: None }])
                    .collect(),
            };
            slides.push(Slide {
                blocks: items_apart(list),
                ..slide(SlideKind::Objectives, label(self.text("slides-objectives")))
            });
        }
        slides.extend(walk.slides);
        if !module.meta.regulations.is_empty() {
            let list = Block::List {
                ordered: false,
                start: 1,
                items: module
                    .meta
                    .regulations
                    .iter()
                    .map(|r| {
                        vec![Block::Para {
                            c: vec![Inline::Text { v: r.clone() }],
                            en: None,
                        }]
                    })
                    .collect(),
            };
            slides.push(Slide {
                blocks: items_apart(list),
                ..slide(
                    SlideKind::Closing,
                    label(self.text("slides-regulations-cited")),
                )
            });
        }
        let (lang, region) = self.lang_region();
        let fonts = crate::render::handout::font_stack(&lang);
        let notice = self.text("notice-authoritative");
        Deck {
            title: crate::render::pages::plain(&localized.front.title.text),
            site_title: self.site_title(),
            lang,
            region,
            fonts,
            audience: audience.to_string(),
            reviewed: self.reviewed(&module.meta.reviewed),
            footer: format!("{audience} · {notice}"),
            draft: self.status(fallbacks(localized)),
            slides,
        }
    }
}

/// An empty slide of `kind` under `heading`.
fn slide(kind: SlideKind, (heading, heading_en): Heading) -> Slide {
    Slide {
        kind,
        heading,
        heading_en,
        blocks: Vec::new(),
        notes: Vec::new(),
        keep: false,
        kept: Vec::new(),
        anchor: None,
    }
}

fn label(text: String) -> Heading {
    (vec![Inline::Text { v: text }], None)
}

/// The body's slides, made as its top-level blocks go by.
struct Walk {
    /// The module title, the heading of content before the first section.
    title: Heading,
    slides: Vec<Slide>,
    /// The slide being filled.
    current: Option<Slide>,
    /// The heading of the section being read.
    section: Option<Heading>,
    /// Its anchor.
    anchor: Option<String>,
    /// The marker region the blocks are in.
    region: Option<Region>,
    /// Where the open `keep` region started on the current slide.
    keep_from: Option<usize>,
    /// Paragraphs put on the current slide.
    paragraphs: usize,
    /// Paragraphs before the first section (the title slide's notes).
    intro: Vec<Block>,
}

/// What the walk hands back: the body's slides and the title slide's notes.
struct Walked {
    slides: Vec<Slide>,
    intro: Vec<Block>,
}

impl Walk {
    fn new(title: Heading) -> Walk {
        Walk {
            title,
            slides: Vec::new(),
            current: None,
            section: None,
            anchor: None,
            region: None,
            keep_from: None,
            paragraphs: 0,
            intro: Vec::new(),
        }
    }

    fn finish(mut self) -> Walked {
        self.close();
        Walked {
            slides: self.slides,
            intro: self.intro,
        }
    }

    fn blocks(&mut self, blocks: &[P], printer: &mut Printer) {
        for block in blocks {
            if let Some(marker) = marker_of(block) {
                self.marker(marker);
                continue;
            }
            if self.region == Some(Region::NoSlides) {
                continue;
            }
            let one = std::slice::from_ref(block);
            match block {
                P::Tag(Tag::Heading { level, id, .. }, _) if *level <= HeadingLevel::H2 => {
                    if let Some(Block::Heading { c, en, .. }) = printer.blocks(one).pop() {
                        self.close();
                        self.section = Some((c, en));
                        self.anchor = id.as_ref().map(|a| a.to_string());
                    }
                }
                P::Tag(Tag::List(_), items)
                    if items.iter().any(|i| matches!(i, P::Question(_))) =>
                {
                    for printed in printer.blocks(one) {
                        if let Block::Quiz { questions } = printed {
                            self.questions(questions);
                        }
                    }
                }
                // Footnotes are printed at the end of handouts; slides leave them off.
                P::Note(_) => {}
                other => {
                    let printed = printer.blocks(one);
                    if !printed.is_empty() {
                        self.content(other, printed);
                    }
                }
            }
        }
    }

    fn marker(&mut self, marker: Marker) {
        match marker {
            Marker::Break => {
                self.close();
                self.open();
            }
            Marker::Open(region) => {
                self.region = Some(region);
                if region == Region::Keep {
                    self.keep_from = Some(self.open().blocks.len());
                }
            }
            Marker::Close(_) => {
                if let Some(first) = self.keep_from.take() {
                    let slide = self.open();
                    let count = slide.blocks.len().saturating_sub(first);
                    if count > 0 {
                        slide.kept.push(Kept { first, count });
                    }
                }
                self.region = None;
            }
            Marker::Unknown(_) => {}
        }
    }

    /// A printed block of the body other than a section heading or a question.
    fn content(&mut self, block: &P, printed: Vec<Block>) {
        let paragraph = is_text_paragraph(block);
        if self.current.is_none() && self.section.is_none() && paragraph {
            self.intro.extend(printed);
            return;
        }
        let notes = match self.region {
            Some(Region::Notes) => true,
            Some(Region::Keep) => false,
            _ => paragraph && self.paragraphs > 0,
        };
        if paragraph && !notes {
            self.paragraphs += 1;
        }
        let slide = self.open();
        if notes {
            slide.notes.extend(printed);
        } else {
            slide
                .blocks
                .extend(printed.into_iter().flat_map(items_apart));
        }
    }

    /// Each question on a slide of its own, then its answer.
    fn questions(&mut self, questions: Vec<crate::render::handout::content::Question>) {
        self.close();
        let heading = self.heading();
        for q in questions {
            for kind in [SlideKind::Question, SlideKind::Answer] {
                self.slides.push(Slide {
                    blocks: vec![Block::Quiz {
                        questions: vec![q.clone()],
                    }],
                    anchor: self.anchor.clone(),
                    ..slide(kind, heading.clone())
                });
            }
        }
    }

    fn heading(&self) -> Heading {
        self.section.clone().unwrap_or_else(|| self.title.clone())
    }

    /// The slide being filled, opened under the section's heading if there is none.
    fn open(&mut self) -> &mut Slide {
        let heading = self.heading();
        let anchor = self.anchor.clone();
        self.current.get_or_insert_with(|| Slide {
            anchor,
            ..slide(SlideKind::Section, heading)
        })
    }

    /// Ends the slide being filled; a slide with nothing on it and no notes is dropped.
    fn close(&mut self) {
        self.paragraphs = 0;
        if let Some(mut done) = self.current.take() {
            if let Some(first) = self.keep_from {
                let count = done.blocks.len().saturating_sub(first);
                if count > 0 {
                    done.kept.push(Kept { first, count });
                }
                self.keep_from = Some(0);
            }
            if !done.blocks.is_empty() || !done.notes.is_empty() {
                self.slides.push(done);
            }
        }
    }
}

/// Rows of a table that stay together on a slide; a longer table is cut into tables of
/// this many rows, each with the header.
const TABLE_ROWS: usize = 4;

/// A list as one list per item, numbered on, and a long table as tables of
/// [`TABLE_ROWS`] rows, so that they continue on the next slide between items or rows (the
/// HTML deck joins them again); any other block as it is.
fn items_apart(block: Block) -> Vec<Block> {
    match block {
        Block::Table { header, rows } if rows.len() > TABLE_ROWS => rows
            .chunks(TABLE_ROWS)
            .map(|chunk| Block::Table {
                header: header.clone(),
                rows: chunk.to_vec(),
            })
            .collect(),
        Block::List {
            ordered,
            start,
            items,
        } if items.len() > 1 => items
            .into_iter()
            .enumerate()
            .map(|(k, item)| Block::List {
                ordered,
                start: start + k as u64,
                items: vec![item],
            })
            .collect(),
        other => vec![other],
    }
}

/// The slide marker an HTML block is.
fn marker_of(block: &P) -> Option<Marker> {
    let P::Tag(Tag::HtmlBlock, lines) = block else {
        return None;
    };
    let html: String = lines
        .iter()
        .filter_map(|l| match l {
            P::Html(h) => Some(h.as_ref()),
            _ => None,
        })
        .collect();
    parse_marker(&html).map(|(marker, _)| marker)
}

/// Whether a block is a paragraph of text (not one that shows an image).
fn is_text_paragraph(block: &P) -> bool {
    let P::Tag(Tag::Paragraph, children) = block else {
        return false;
    };
    !children.iter().any(|c| match c {
        P::Run(run) => run
            .inlines
            .iter()
            .any(|i| matches!(i, prepare::Inline::Image(..))),
        _ => false,
    })
}

#[cfg(test)]
mod tests;
