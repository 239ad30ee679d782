//! The handout's content as data for `handout.typ`: blocks and inlines built from the
//! localized Markdown, serialized to JSON. Text only ever reaches typst as string values,
//! so no content or translation can inject typst markup.

use super::keep_all::glue_words;
use super::tree::{Node, is_inline, parse};
use crate::content::links::{LinkTo, link_to};
use crate::i18n::translate::SegmentMark;
use crate::project::Project;
use crate::render::prepare::{self, FallbackMarkers, Footnotes};
use pulldown_cmark::{Event, Tag};
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
    let nodes = parse(text, ctx.audience);
    let mut state = Converter {
        ctx,
        notes: Footnotes::default(),
        footnotes: Vec::new(),
        quiz_number,
    };
    let blocks = state.blocks(&nodes);
    let mut notes: Vec<Note> = state.footnotes;
    notes.sort_by_key(|n| n.n);
    Body { blocks, notes }
}

/// The English source of a document's segments for the lines of bilingual handouts,
/// parsed as the English page parses it: footnote references, reference-style links and
/// label spans resolve in the context of the whole source document.
pub struct English<'a> {
    /// The inline content of each segment, in segment order; `None` for a segment that is
    /// not shown to the audience.
    runs: Vec<Option<Vec<Node<'a>>>>,
}

impl<'a> English<'a> {
    /// The segments of the source `body` that start at `starts` (byte offsets in `body`,
    /// in segment order).
    pub fn of_body(
        body: &'a str,
        audience: &str,
        starts: impl IntoIterator<Item = usize>,
    ) -> English<'a> {
        let mut found = BTreeMap::new();
        collect_runs(parse(body, audience), &mut found);
        English {
            runs: starts.into_iter().map(|s| found.remove(&s)).collect(),
        }
    }

    /// A text outside a body (a title), already prepared as one line of inline Markdown.
    pub fn of_text(text: &'a str, audience: &str) -> English<'a> {
        let mut found = BTreeMap::new();
        collect_runs(parse(text, audience), &mut found);
        English {
            runs: vec![found.into_values().next()],
        }
    }

    fn get(&self, k: usize) -> Option<&[Node<'a>]> {
        self.runs.get(k)?.as_deref()
    }
}

/// Every run of inline nodes under `nodes`, by the offset where it starts (which is where
/// its segment starts).
fn collect_runs<'a>(nodes: Vec<Node<'a>>, found: &mut BTreeMap<usize, Vec<Node<'a>>>) {
    fn flush<'a>(run: &mut Vec<Node<'a>>, found: &mut BTreeMap<usize, Vec<Node<'a>>>) {
        if let Some(first) = run.first() {
            found.insert(first.range().start, std::mem::take(run));
        }
    }
    let mut run: Vec<Node<'a>> = Vec::new();
    for node in nodes {
        if is_inline(&node) {
            run.push(node);
            continue;
        }
        flush(&mut run, found);
        if let Node::Tag(_, children, _) = node {
            collect_runs(children, found);
        }
    }
    flush(&mut run, found);
}

enum HtmlTag {
    /// `<span class="label">`: a mandated label text starts.
    LabelOpen,
    /// `<br>`.
    Break,
    /// Any other tag or comment.
    Other,
}

fn html_tag(html: &str) -> HtmlTag {
    let lower = html.trim().to_ascii_lowercase();
    let name_end = lower
        .find(|c: char| c.is_ascii_whitespace() || c == '>' || c == '/')
        .unwrap_or(lower.len());
    match &lower[..name_end.max(1).min(lower.len())] {
        "<br" => HtmlTag::Break,
        _ if prepare::opens_label(html) => HtmlTag::LabelOpen,
        _ => HtmlTag::Other,
    }
}

/// The index of the `</span>` closing a span opened before `from`, or the end of `nodes`.
fn closing_span(nodes: &[Node], from: usize) -> usize {
    let mut depth = 0usize;
    for (k, node) in nodes.iter().enumerate().skip(from) {
        if let Node::Leaf(Event::InlineHtml(h), _) = node {
            let lower = h.trim_start().to_ascii_lowercase();
            if lower.starts_with("</span") {
                if depth == 0 {
                    return k;
                }
                depth -= 1;
            } else if lower.starts_with("<span") && !lower.ends_with("/>") {
                depth += 1;
            }
        }
    }
    nodes.len()
}

struct Converter<'c, 'q> {
    ctx: &'c Context<'c>,
    notes: Footnotes,
    footnotes: Vec<Note>,
    quiz_number: &'q mut usize,
}

impl Converter<'_, '_> {
    fn blocks(&mut self, nodes: &[Node]) -> Vec<Block> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < nodes.len() {
            let node = &nodes[i];
            i += 1;
            match node {
                Node::Tag(Tag::Heading { level, classes, .. }, children, _) => {
                    let level = *level as u8;
                    let (c, en) = self.leaf(children);
                    out.push(Block::Heading { level, c, en });
                    if classes.iter().any(|c| c.as_ref() == "quiz") {
                        let mut questions = Vec::new();
                        while i < nodes.len() {
                            match &nodes[i] {
                                Node::Tag(Tag::Heading { level: l, .. }, _, _)
                                    if (*l as u8) <= level =>
                                {
                                    break;
                                }
                                Node::Tag(Tag::List(Some(_)), items, _) => questions
                                    .extend(items.iter().filter_map(|it| self.question(it))),
                                other => out.extend(self.blocks(std::slice::from_ref(other))),
                            }
                            i += 1;
                        }
                        out.push(Block::Quiz { questions });
                    }
                }
                Node::Tag(Tag::Paragraph, children, _) => {
                    let (c, en) = self.leaf(children);
                    out.push(Block::Para { c, en });
                }
                Node::Tag(Tag::List(start), items, _) => {
                    let items = items.iter().map(|item| self.item(item)).collect();
                    out.push(Block::List {
                        ordered: start.is_some(),
                        start: start.unwrap_or(1),
                        items,
                    });
                }
                Node::Tag(Tag::Table(_), rows, _) => out.push(self.table(rows)),
                Node::Tag(Tag::BlockQuote(kind), children, _) => {
                    let body = self.blocks(children);
                    out.push(match kind {
                        Some(k) => {
                            let (style, index) = prepare::alert(*k);
                            Block::Alert {
                                style,
                                title: self.ctx.alerts[index].clone(),
                                body,
                            }
                        }
                        None => Block::Quote { body },
                    });
                }
                Node::Tag(Tag::CodeBlock(_), children, _) => {
                    let v = children
                        .iter()
                        .filter_map(|c| {
                            if let Node::Leaf(Event::Text(t), _) = c {
                                Some(t.to_string())
                            } else {
                                None
                            }
                        })
                        .collect();
                    out.push(Block::Code { v });
                }
                Node::Tag(Tag::FootnoteDefinition(name), children, _) => {
                    let n = self.note_number(name);
                    let body = self.blocks(children);
                    self.footnotes.push(Note { n, body });
                }
                Node::Leaf(Event::Rule, _) => out.push(Block::Rule),
                Node::Tag(_, children, _) if !is_inline(node) => out.extend(self.blocks(children)),
                _ => {}
            }
        }
        out
    }

    /// A list item: tight text becomes a paragraph of its own.
    fn item(&mut self, item: &Node) -> Vec<Block> {
        let Node::Tag(_, children, _) = item else {
            return Vec::new();
        };
        let children: Vec<Node> = children
            .iter()
            .filter(|c| !matches!(c, Node::Leaf(Event::TaskListMarker(_), _)))
            .cloned()
            .collect();
        let mut out = Vec::new();
        let mut run: Vec<Node> = Vec::new();
        for child in children {
            if is_inline(&child) {
                run.push(child);
            } else {
                if !run.is_empty() {
                    let (c, en) = self.leaf(&std::mem::take(&mut run));
                    out.push(Block::Para { c, en });
                }
                out.extend(self.blocks(std::slice::from_ref(&child)));
            }
        }
        if !run.is_empty() {
            let (c, en) = self.leaf(&run);
            out.push(Block::Para { c, en });
        }
        out
    }

    fn question(&mut self, item: &Node) -> Option<Question> {
        let Node::Tag(Tag::Item, children, _) = item else {
            return None;
        };
        let list_at = children
            .iter()
            .position(|c| matches!(c, Node::Tag(Tag::List(_), _, _)))?;
        let Node::Tag(_, options, _) = &children[list_at] else {
            return None;
        };
        let prompt = self.item(&Node::Tag(
            Tag::Item,
            children[..list_at].to_vec(),
            item.range().clone(),
        ));
        let mut choices = Vec::new();
        for (k, option) in options.iter().enumerate() {
            let Node::Tag(_, parts, _) = option else {
                continue;
            };
            let correct = parts
                .iter()
                .any(|p| matches!(p, Node::Leaf(Event::TaskListMarker(true), _)));
            // A loose option holds its text in a paragraph.
            let inline: Vec<Node> = parts
                .iter()
                .flat_map(|p| match p {
                    Node::Tag(Tag::Paragraph, c, _) => c.clone(),
                    p if is_inline(p) => vec![p.clone()],
                    _ => Vec::new(),
                })
                .collect();
            let (c, en) = self.leaf(&inline);
            let letter = char::from(b'A' + (k % 26) as u8).to_string();
            choices.push(Choice {
                letter,
                correct,
                c,
                en,
            });
        }
        let explanation = self.blocks(&children[list_at + 1..]);
        *self.quiz_number += 1;
        let instruction = (choices.iter().filter(|c| c.correct).count() > 1)
            .then(|| self.ctx.choose_all.to_string());
        Some(Question {
            number: *self.quiz_number,
            prompt,
            options: choices,
            instruction,
            explanation,
        })
    }

    fn table(&mut self, rows: &[Node]) -> Block {
        let mut header = Vec::new();
        let mut body = Vec::new();
        for row in rows {
            match row {
                Node::Tag(Tag::TableHead, cells, _) => header = self.cells(cells),
                Node::Tag(Tag::TableRow, cells, _) => body.push(self.cells(cells)),
                _ => {}
            }
        }
        Block::Table { header, rows: body }
    }

    fn cells(&mut self, cells: &[Node]) -> Vec<Cell> {
        cells
            .iter()
            .filter_map(|cell| match cell {
                Node::Tag(Tag::TableCell, children, _) => {
                    let (c, en) = self.leaf(children);
                    Some(Cell { c, en })
                }
                _ => None,
            })
            .collect()
    }

    /// The inlines of a leaf block, wrapped in a fallback mark if its segment is shown in
    /// a fallback language, and the English source for bilingual handouts.
    fn leaf(&mut self, children: &[Node]) -> (Vec<Inline>, Option<Vec<Inline>>) {
        let inlines = self.inlines(children);
        let start = children
            .iter()
            .find(|c| is_inline(c))
            .map(|c| c.range().start);
        let ctx = self.ctx;
        let mark = start.and_then(|pos| prepare::mark_at(ctx.marks, pos));
        let Some(k) = mark else {
            return (inlines, None);
        };
        let m = &ctx.marks[k];
        let Some(marker) = ctx.markers.for_state(m.state) else {
            // The English line goes through the same conversion as the line above it, so
            // footnote references get the same numbers and links the same treatment.
            let en = ctx
                .english
                .filter(|_| m.lang != ctx.source_locale)
                .and_then(|e| e.get(k))
                .map(|nodes| self.inlines(nodes));
            return (inlines, en);
        };
        (
            vec![Inline::Fallback {
                lang: m.lang.clone(),
                marker: marker.to_string(),
                c: inlines,
            }],
            None,
        )
    }

    fn inlines(&mut self, nodes: &[Node]) -> Vec<Inline> {
        let mut out: Vec<Inline> = Vec::new();
        let mut k = 0;
        while k < nodes.len() {
            let node = &nodes[k];
            k += 1;
            match node {
                Node::Leaf(Event::Text(t), _) => push_text(&mut out, &prepare::strip_spacer(t)),
                Node::Leaf(Event::Code(t), _) => out.push(Inline::Code { v: t.to_string() }),
                Node::Leaf(Event::InlineHtml(h), _) => match html_tag(h) {
                    HtmlTag::LabelOpen => {
                        let end = closing_span(nodes, k);
                        let c = self.inlines(&nodes[k..end]);
                        out.push(Inline::Label {
                            lang: self.ctx.source_locale.to_string(),
                            c,
                        });
                        k = (end + 1).min(nodes.len());
                    }
                    HtmlTag::Break => out.push(Inline::Break),
                    // The page shows no tag, only the text between tags.
                    HtmlTag::Other => {}
                },
                Node::Leaf(Event::SoftBreak, _) => {
                    let before = last_char(&out);
                    let after = nodes.get(k).and_then(|n| {
                        if let Node::Leaf(Event::Text(t), _) = n {
                            t.chars().next()
                        } else {
                            None
                        }
                    });
                    if prepare::soft_break_is_space(before, after) {
                        push_text(&mut out, " ");
                    }
                }
                Node::Leaf(Event::HardBreak, _) => out.push(Inline::Break),
                Node::Leaf(Event::FootnoteReference(name), _) => {
                    let n = self.note_number(name);
                    out.push(Inline::Sup { v: n.to_string() });
                }
                Node::Tag(Tag::Strong, c, _) => out.push(Inline::Strong { c: self.inlines(c) }),
                Node::Tag(Tag::Emphasis, c, _) => out.push(Inline::Emph { c: self.inlines(c) }),
                Node::Tag(Tag::Strikethrough, c, _) => {
                    out.push(Inline::Strike { c: self.inlines(c) })
                }
                Node::Tag(Tag::Link { dest_url, .. }, c, _) => {
                    let c = self.inlines(c);
                    match self.link_url(dest_url) {
                        Some(url) => out.push(Inline::Link { url, c }),
                        None => out.extend(c),
                    }
                }
                Node::Tag(Tag::Image { dest_url, .. }, c, _) => {
                    let alt = plain(&self.inlines(c));
                    match link_to(self.ctx.project, self.ctx.audience, dest_url) {
                        LinkTo::Media(name) => out.push(Inline::Image {
                            path: format!("/media/{name}"),
                            alt,
                        }),
                        _ => push_text(&mut out, &alt),
                    }
                }
                Node::Tag(_, c, _) => out.extend(self.inlines(c)),
                Node::Leaf(..) => {}
            }
        }
        glue_words(out)
    }

    /// Web links stay; links to other modules point to the online site when there is
    /// one; anything else (and `javascript:`) becomes plain text.
    fn link_url(&self, url: &str) -> Option<String> {
        match link_to(self.ctx.project, self.ctx.audience, url) {
            LinkTo::External { web: true } => Some(url.to_string()),
            LinkTo::Module(id, anchor) => {
                let site = self.ctx.site_url.as_ref()?;
                let anchor = anchor.map(|a| format!("#{a}")).unwrap_or_default();
                Some(format!("{site}{id}/index.html{anchor}"))
            }
            _ => None,
        }
    }

    fn note_number(&mut self, name: &str) -> usize {
        self.notes.number(name)
    }
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

fn last_char(out: &[Inline]) -> Option<char> {
    match out.last()? {
        Inline::Text { v } => v.chars().next_back(),
        _ => None,
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
