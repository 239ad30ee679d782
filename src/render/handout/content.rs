//! The handout's content as data for `handout.typ`: blocks and inlines built from the
//! localized Markdown, serialized to JSON. Text only ever reaches typst as string values,
//! so no content or translation can inject typst markup.

use super::keep_all::glue_words;
use crate::content::links::LinkTo;
use crate::i18n::translate::SegmentMark;
use crate::project::Project;
use crate::render::prepare::{self, Block as P, FallbackMarkers, Footnotes, Run};
use pulldown_cmark::Tag;
use serde::Serialize;
use std::collections::BTreeMap;

/// Inline content.
// Field names are the JSON format `handout.typ` reads; each variant says what it is.
#[allow(missing_docs)]
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(tag = "t", rename_all = "lowercase")]
pub enum Inline {
    /// Plain text.
    Text { v: String },
    /// Bold.
    Strong { c: Vec<Inline> },
    /// Italic.
    Emph { c: Vec<Inline> },
    /// Struck through.
    Strike { c: Vec<Inline> },
    /// Inline code.
    Code { v: String },
    /// A hyperlink.
    Link { url: String, c: Vec<Inline> },
    /// A footnote mark.
    Sup { v: String },
    /// A hard line break.
    Break,
    /// An image from the media folder.
    Image { path: String, alt: String },
    /// Text shown in a fallback language, with its marker.
    Fallback {
        lang: String,
        marker: String,
        c: Vec<Inline>,
    },
    /// A mandated label text (`<span class="label">…</span>`), always in the source
    /// language.
    Label { lang: String, c: Vec<Inline> },
    /// Pieces of one Korean word (a link and its particle), kept on one line.
    Word { c: Vec<Inline> },
}

/// Block content.
// Field names are the JSON format `handout.typ` reads; each variant says what it is.
#[allow(missing_docs)]
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Block {
    /// A heading; `en` is the English source in bilingual handouts.
    Heading {
        level: u8,
        c: Vec<Inline>,
        en: Option<Vec<Inline>>,
    },
    /// A paragraph.
    Para {
        c: Vec<Inline>,
        en: Option<Vec<Inline>>,
    },
    /// A list of items, each a list of blocks.
    List {
        ordered: bool,
        start: u64,
        items: Vec<Vec<Block>>,
    },
    /// A table.
    Table {
        header: Vec<Cell>,
        rows: Vec<Vec<Cell>>,
    },
    /// A GFM alert with its localized title.
    Alert {
        style: &'static str,
        title: String,
        body: Vec<Block>,
    },
    /// A block quote.
    Quote { body: Vec<Block> },
    /// A code block.
    Code { v: String },
    /// A thematic break.
    Rule,
    /// A knowledge check.
    Quiz { questions: Vec<Question> },
}

/// A table cell.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Cell {
    /// Content.
    pub c: Vec<Inline>,
    /// English source in bilingual handouts.
    pub en: Option<Vec<Inline>>,
}

/// A knowledge-check question.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Question {
    /// 1-based number within the handout.
    pub number: usize,
    /// The question.
    pub prompt: Vec<Block>,
    /// The options, lettered A, B, C…
    pub options: Vec<Choice>,
    /// "Choose all that apply", for a question with more than one right answer.
    pub instruction: Option<String>,
    /// Shown in the answer key.
    pub explanation: Vec<Block>,
}

/// One option of a question.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Choice {
    /// `A`, `B`, …
    pub letter: String,
    /// Whether it is a right answer.
    pub correct: bool,
    /// Content.
    pub c: Vec<Inline>,
    /// English source in bilingual handouts.
    pub en: Option<Vec<Inline>>,
}

/// A footnote, printed at the end.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Note {
    /// Its number.
    pub n: usize,
    /// Its content.
    pub body: Vec<Block>,
}

/// Labels and context for converting one body.
pub struct Context<'a> {
    /// The project (module links, media).
    pub project: &'a Project,
    /// The audience (passages, module availability).
    pub audience: &'a str,
    /// Where each segment's text stands, in order of the document's body segments.
    pub marks: &'a [SegmentMark],
    /// The English source of each body segment (same order as `marks`), for bilingual
    /// handouts.
    pub english: Option<&'a English<'a>>,
    /// The source locale.
    pub source_locale: &'a str,
    /// Localized alert titles: note, tip, important, warning, caution.
    pub alerts: &'a [String; 5],
    /// The instruction for questions with more than one right answer.
    pub choose_all: &'a str,
    /// Markers for fallback text.
    pub markers: FallbackMarkers<'a>,
    /// The online site of this (audience, locale), for links to other modules.
    pub site_url: Option<String>,
}

/// A converted body: its blocks and footnotes.
#[derive(Debug, Default, Serialize)]
pub struct Body {
    /// Blocks in order.
    pub blocks: Vec<Block>,
    /// Footnotes in order of their numbers.
    pub notes: Vec<Note>,
}

/// Converts localized Markdown to handout blocks. Quiz questions are numbered from
/// `*quiz_number + 1`.
pub fn convert(text: &str, ctx: &Context, quiz_number: &mut usize) -> Body {
    let prepared = prepare_body(text, ctx, &[]);
    let mut printer = Printer::new(ctx, prepared.footnotes, quiz_number);
    let blocks = printer.blocks(&prepared.blocks);
    Body {
        blocks,
        notes: printer.finish(),
    }
}

/// The prepared tree of a localized body, for `ctx`'s audience; headings carry `anchors`
/// (the source document's, or none).
pub(crate) fn prepare_body<'a>(
    text: &'a str,
    ctx: &Context,
    anchors: &[String],
) -> prepare::Prepared<'a> {
    prepare::prepare(&prepare::Source {
        text,
        marks: ctx.marks,
        anchors,
        source_locale: ctx.source_locale,
        audience: ctx.audience,
        project: ctx.project,
    })
}

/// The English source of a document's segments for the lines of bilingual handouts,
/// prepared as the English page is: footnote references, reference-style links and label
/// spans resolve in the context of the whole source document.
pub struct English<'a> {
    /// The inline content of each segment, in segment order; `None` for a segment that is
    /// not shown to the audience.
    runs: Vec<Option<Vec<prepare::Inline<'a>>>>,
}

impl<'a> English<'a> {
    /// The segments of the source `body` that start at `starts` (byte offsets in `body`,
    /// in segment order).
    pub fn of_body(
        project: &Project,
        body: &'a str,
        audience: &str,
        starts: impl IntoIterator<Item = usize>,
    ) -> English<'a> {
        let mut found: BTreeMap<usize, Vec<prepare::Inline<'a>>> =
            source_runs(project, body, audience)
                .into_iter()
                .map(|run| (run.start, run.inlines))
                .collect();
        English {
            runs: starts.into_iter().map(|s| found.remove(&s)).collect(),
        }
    }

    /// A text outside a body (a title), already prepared as one line of inline Markdown.
    pub fn of_text(project: &Project, text: &'a str, audience: &str) -> English<'a> {
        let first = source_runs(project, text, audience).into_iter().next();
        English {
            runs: vec![first.map(|run| run.inlines)],
        }
    }

    fn get(&self, k: usize) -> Option<&[prepare::Inline<'a>]> {
        self.runs.get(k)?.as_deref()
    }
}

/// The runs of the source text `text`.
fn source_runs<'a>(project: &Project, text: &'a str, audience: &str) -> Vec<Run<'a>> {
    let source_locale = project.config.source_locale.as_str();
    let prepared = prepare::prepare(&prepare::Source {
        text,
        marks: &[],
        anchors: &[],
        source_locale,
        audience,
        project,
    });
    prepared.runs().into_iter().cloned().collect()
}

/// Prints prepared blocks as handout data; the slide assembly prints a deck's blocks one
/// by one with it.
pub(crate) struct Printer<'c, 'q> {
    ctx: &'c Context<'c>,
    /// Footnote numbers of the document (English lines number their references alike).
    notes: Footnotes,
    footnotes: Vec<Note>,
    quiz_number: &'q mut usize,
}

impl<'c, 'q> Printer<'c, 'q> {
    /// A printer for a body whose footnotes are numbered `notes`.
    pub(crate) fn new(
        ctx: &'c Context<'c>,
        notes: Footnotes,
        quiz_number: &'q mut usize,
    ) -> Printer<'c, 'q> {
        Printer {
            ctx,
            notes,
            footnotes: Vec::new(),
            quiz_number,
        }
    }

    /// The footnotes printed so far, in order of their numbers.
    pub(crate) fn finish(self) -> Vec<Note> {
        let mut notes = self.footnotes;
        notes.sort_by_key(|n| n.n);
        notes
    }

    /// Prints blocks.
    pub(crate) fn blocks(&mut self, blocks: &[P]) -> Vec<Block> {
        let mut out = Vec::new();
        for block in blocks {
            self.block(block, &mut out);
        }
        out
    }

    fn block(&mut self, block: &P, out: &mut Vec<Block>) {
        match block {
            P::Tag(Tag::Heading { level, .. }, children) => {
                let (c, en) = self.leaf(children);
                out.push(Block::Heading {
                    level: *level as u8,
                    c,
                    en,
                });
            }
            P::Tag(Tag::Paragraph, children) => {
                let (c, en) = self.leaf(children);
                out.push(Block::Para { c, en });
            }
            P::Tag(Tag::List(start), items) => {
                if items.iter().any(|item| matches!(item, P::Question(_))) {
                    let questions = items
                        .iter()
                        .filter_map(|item| match item {
                            P::Question(q) => Some(self.question(q)),
                            _ => None,
                        })
                        .collect();
                    out.push(Block::Quiz { questions });
                    return;
                }
                let items = items
                    .iter()
                    .map(|item| match item {
                        P::Tag(_, children) => self.item(children),
                        other => self.blocks(std::slice::from_ref(other)),
                    })
                    .collect();
                out.push(Block::List {
                    ordered: start.is_some(),
                    start: start.unwrap_or(1),
                    items,
                });
            }
            P::Tag(Tag::Table(_), rows) => out.push(self.table(rows)),
            P::Tag(Tag::BlockQuote(_), children) => {
                let body = self.blocks(children);
                out.push(Block::Quote { body });
            }
            P::Alert(style, title, children) => {
                let body = self.blocks(children);
                out.push(Block::Alert {
                    style,
                    title: self.ctx.alerts[*title].clone(),
                    body,
                });
            }
            P::Tag(Tag::CodeBlock(_), children) => {
                let v = children
                    .iter()
                    .filter_map(|c| match c {
                        P::Run(run) => Some(prepare::plain_text(&run.inlines)),
                        _ => None,
                    })
                    .collect();
                out.push(Block::Code { v });
            }
            P::Note(note) => {
                let body = self.blocks(&note.body);
                self.footnotes.push(Note { n: note.n, body });
            }
            P::Rule => out.push(Block::Rule),
            P::Question(q) => {
                let question = self.question(q);
                out.push(Block::Quiz {
                    questions: vec![question],
                });
            }
            P::Tag(_, children) => out.extend(self.blocks(children)),
            P::Run(_) | P::Task(_) | P::Html(_) => {}
        }
    }

    /// A list item: tight text becomes a paragraph of its own.
    fn item(&mut self, children: &[P]) -> Vec<Block> {
        let mut out = Vec::new();
        for child in children {
            match child {
                P::Run(_) => {
                    let (c, en) = self.leaf(std::slice::from_ref(child));
                    out.push(Block::Para { c, en });
                }
                other => self.block(other, &mut out),
            }
        }
        out
    }

    fn question(&mut self, q: &prepare::Question) -> Question {
        let prompt = self.item(&q.prompt);
        let mut options = Vec::new();
        for (k, choice) in q.options.iter().enumerate() {
            // A loose option holds its text in a paragraph.
            let runs: Vec<P> = choice
                .body
                .iter()
                .flat_map(|b| match b {
                    P::Tag(Tag::Paragraph, c) => c.clone(),
                    run @ P::Run(_) => vec![run.clone()],
                    _ => Vec::new(),
                })
                .collect();
            let (c, en) = self.leaf(&runs);
            options.push(Choice {
                letter: char::from(b'A' + (k % 26) as u8).to_string(),
                correct: choice.correct,
                c,
                en,
            });
        }
        let explanation = self.blocks(&q.explanation);
        *self.quiz_number += 1;
        let instruction = (options.iter().filter(|c| c.correct).count() > 1)
            .then(|| self.ctx.choose_all.to_string());
        Question {
            number: *self.quiz_number,
            prompt,
            options,
            instruction,
            explanation,
        }
    }

    fn table(&mut self, rows: &[P]) -> Block {
        let mut header = Vec::new();
        let mut body = Vec::new();
        for row in rows {
            match row {
                P::Tag(Tag::TableHead, cells) => header = self.cells(cells),
                P::Tag(Tag::TableRow, cells) => body.push(self.cells(cells)),
                _ => {}
            }
        }
        Block::Table { header, rows: body }
    }

    fn cells(&mut self, cells: &[P]) -> Vec<Cell> {
        cells
            .iter()
            .filter_map(|cell| match cell {
                P::Tag(Tag::TableCell, children) => {
                    let (c, en) = self.leaf(children);
                    Some(Cell { c, en })
                }
                _ => None,
            })
            .collect()
    }

    /// The inlines of a leaf block's runs, each shown in a fallback language wrapped in
    /// its mark, and the English source of a translated run for bilingual handouts.
    pub(crate) fn leaf(&mut self, children: &[P]) -> (Vec<Inline>, Option<Vec<Inline>>) {
        let ctx = self.ctx;
        let mut inlines = Vec::new();
        let mut english = None;
        for child in children {
            let P::Run(run) = child else {
                continue;
            };
            let c = self.inlines(&run.inlines);
            match &run.fallback {
                Some(fallback) => inlines.push(Inline::Fallback {
                    lang: fallback.lang.clone(),
                    marker: ctx
                        .markers
                        .for_state(fallback.state)
                        .unwrap_or("")
                        .to_string(),
                    c,
                }),
                None => {
                    inlines.extend(c);
                    // The English line goes through the same conversion as the line
                    // above it, so footnote references get the same numbers.
                    let source = run
                        .segment
                        .filter(|&k| ctx.marks[k].lang != ctx.source_locale)
                        .and_then(|k| ctx.english?.get(k));
                    if english.is_none()
                        && let Some(source) = source
                    {
                        english = Some(self.inlines(source));
                    }
                }
            }
        }
        (inlines, english)
    }

    fn inlines(&mut self, inlines: &[prepare::Inline]) -> Vec<Inline> {
        use prepare::Inline as I;
        let mut out: Vec<Inline> = Vec::new();
        for inline in inlines {
            match inline {
                I::Text(t) => push_text(&mut out, t),
                I::Space => push_text(&mut out, " "),
                I::Code(t) => out.push(Inline::Code { v: t.to_string() }),
                I::Break => out.push(Inline::Break),
                // A printed page shows no tag, only the text between tags; `<br>` breaks
                // the line.
                I::Html(h) if is_break(h) => out.push(Inline::Break),
                I::Html(_) => {}
                I::HtmlAsText(h) => push_text(&mut out, h),
                I::Label(c) => {
                    let c = self.inlines(c);
                    out.push(Inline::Label {
                        lang: self.ctx.source_locale.to_string(),
                        c,
                    });
                }
                I::FootnoteRef(_, name) => {
                    let n = self.notes.number(name);
                    out.push(Inline::Sup { v: n.to_string() });
                }
                I::Tag(Tag::Strong, c) => out.push(Inline::Strong { c: self.inlines(c) }),
                I::Tag(Tag::Emphasis, c) => out.push(Inline::Emph { c: self.inlines(c) }),
                I::Tag(Tag::Strikethrough, c) => out.push(Inline::Strike { c: self.inlines(c) }),
                I::Tag(_, c) => out.extend(self.inlines(c)),
                I::Link(tag, to, c) => {
                    let c = self.inlines(c);
                    match self.link_url(tag, to) {
                        Some(url) => out.push(Inline::Link { url, c }),
                        None => out.extend(c),
                    }
                }
                I::Image(_, to, c) => {
                    let alt = plain(&self.inlines(c));
                    match to {
                        LinkTo::Media(name) => out.push(Inline::Image {
                            path: format!("/media/{name}"),
                            alt,
                        }),
                        _ => push_text(&mut out, &alt),
                    }
                }
            }
        }
        glue_words(out)
    }

    /// Web links stay; links to other modules point to the online site when there is
    /// one; anything else (and `javascript:`) becomes plain text.
    fn link_url(&self, tag: &Tag, to: &LinkTo) -> Option<String> {
        match to {
            LinkTo::External { web: true } => match tag {
                Tag::Link { dest_url, .. } => Some(dest_url.to_string()),
                _ => None,
            },
            LinkTo::Module(id, anchor) => {
                let site = self.ctx.site_url.as_ref()?;
                let anchor = anchor.as_ref().map(|a| format!("#{a}")).unwrap_or_default();
                Some(format!("{site}{id}/index.html{anchor}"))
            }
            _ => None,
        }
    }
}

/// Whether inline HTML is a line break (`<br>`, `<br/>`, `<BR >`).
fn is_break(html: &str) -> bool {
    let lower = html.trim().to_ascii_lowercase();
    lower
        .strip_prefix("<br")
        .is_some_and(|rest| rest.starts_with(['>', '/', ' ']) || rest.is_empty())
}

fn push_text(out: &mut Vec<Inline>, text: &str) {
    if let Some(Inline::Text { v }) = out.last_mut() {
        v.push_str(text);
    } else {
        out.push(Inline::Text {
            v: text.to_string(),
        });
    }
}

/// The text of inlines, for alt texts, titles and glyph checks.
pub fn plain(inlines: &[Inline]) -> String {
    let mut s = String::new();
    for i in inlines {
        match i {
            Inline::Text { v } | Inline::Code { v } | Inline::Sup { v } => s.push_str(v),
            Inline::Strong { c }
            | Inline::Emph { c }
            | Inline::Strike { c }
            | Inline::Link { c, .. } => s.push_str(&plain(c)),
            Inline::Label { c, .. } | Inline::Word { c } => s.push_str(&plain(c)),
            Inline::Fallback { marker, c, .. } => {
                s.push_str(marker);
                s.push(' ');
                s.push_str(&plain(c));
            }
            Inline::Break => s.push(' '),
            Inline::Image { alt, .. } => s.push_str(alt),
        }
    }
    s
}
