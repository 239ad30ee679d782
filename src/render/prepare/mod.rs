//! The prepared document: one pass ([`prepare`]) turns a localized Markdown body into a
//! tree that every back end prints — the HTML page ([`super::body`]), the handout data
//! ([`super::handout`]) and, through it, slides. Every rule about what the reader gets is
//! applied here, once: audience passages are selected, heading anchors attached, each run
//! of inline text given its segment and, when it is shown in a fallback language, its
//! fallback mark and number; label texts, footnote numbers, resolved link targets, soft
//! breaks between scripts written without spaces, HTML from a translation (shown as text)
//! and knowledge-check questions are all decided before a back end sees the tree.
//!
//! A back end only chooses how to print: the page links `16 CFR` citations and keeps
//! links that a printed handout drops. See `docs/architecture.md`.

mod build;
mod rules;

pub use rules::*;

use crate::content::links::LinkTo;
use crate::i18n::translate::{SegmentMark, State};
use crate::project::Project;
use pulldown_cmark::{CowStr, Tag};

/// What a body is prepared from: the text (`'a`, which the tree borrows) and its context.
pub struct Source<'s, 'a> {
    /// Markdown, already localized.
    pub text: &'a str,
    /// Where each segment's text stands and in which state (empty for the source text).
    pub marks: &'s [SegmentMark],
    /// Heading anchors of the source document, in order (empty when anchors are not
    /// needed).
    pub anchors: &'s [String],
    /// The source locale: text in any other locale is a translation, untrusted input.
    pub source_locale: &'s str,
    /// The audience whose passages are kept.
    pub audience: &'s str,
    /// The project, to resolve links to modules and media.
    pub project: &'s Project,
}

/// A prepared body.
#[derive(Debug, Default)]
pub struct Prepared<'a> {
    /// The blocks, in document order (footnote definitions where they were written).
    pub blocks: Vec<Block<'a>>,
    /// The number of runs shown in a fallback language.
    pub fallbacks: usize,
    /// Footnote numbers by name.
    pub footnotes: Footnotes,
}

/// A block.
#[derive(Debug, Clone)]
pub enum Block<'a> {
    /// A Markdown container (paragraph, heading with its anchor as `id`, list, item, plain
    /// block quote, table and its parts, code block) and what it holds.
    Tag(Tag<'a>, Vec<Block<'a>>),
    /// A run of inline content: the text of one segment.
    Run(Run<'a>),
    /// A GFM alert: its style name, the index of its title (see [`alert`]) and body.
    Alert(&'static str, usize, Vec<Block<'a>>),
    /// A footnote definition, where it was written.
    Note(Note<'a>),
    /// A knowledge-check question (an item of an ordered list in a `{.quiz}` section).
    Question(Question<'a>),
    /// A task-list marker: checked or not.
    Task(bool),
    /// A thematic break.
    Rule,
    /// A line of an HTML block (from the source: a translation cannot add blocks).
    Html(CowStr<'a>),
}

/// A footnote definition.
#[derive(Debug, Clone)]
pub struct Note<'a> {
    /// Its number.
    pub n: usize,
    /// Its name as written (`[^name]`).
    pub name: CowStr<'a>,
    /// Its content.
    pub body: Vec<Block<'a>>,
}

/// A question of a knowledge check, found by [`crate::content::quiz::find`].
#[derive(Debug, Clone)]
pub struct Question<'a> {
    /// The question.
    pub prompt: Vec<Block<'a>>,
    /// The list tag of the options.
    pub list: Tag<'a>,
    /// The options.
    pub options: Vec<Choice<'a>>,
    /// What follows the options (shown with the answer).
    pub explanation: Vec<Block<'a>>,
}

/// An option of a question.
#[derive(Debug, Clone)]
pub struct Choice<'a> {
    /// Whether it is a right answer (`- [x]`).
    pub correct: bool,
    /// Whether it was written with a task marker (`- [ ]` or `- [x]`).
    pub marked: bool,
    /// Its content.
    pub body: Vec<Block<'a>>,
}

/// A run of inline content.
#[derive(Debug, Clone)]
pub struct Run<'a> {
    /// The byte offset in the body where it starts (where its segment starts).
    pub start: usize,
    /// The index of the segment mark covering it, if any.
    pub segment: Option<usize>,
    /// Set when the run is shown in a fallback language.
    pub fallback: Option<Fallback>,
    /// Its content.
    pub inlines: Vec<Inline<'a>>,
}

/// A run shown in a fallback language.
#[derive(Debug, Clone)]
pub struct Fallback {
    /// The language it is shown in.
    pub lang: String,
    /// Why: missing, outdated or unusable translation.
    pub state: State,
    /// Its number on the page (`#untranslated-N`), from 1.
    pub number: usize,
}

/// Inline content.
#[derive(Debug, Clone)]
pub enum Inline<'a> {
    /// Text (adjacent pieces joined, the emphasis spacer removed).
    Text(String),
    /// Inline code.
    Code(CowStr<'a>),
    /// A soft break that prints as a space (none is kept between two characters of
    /// scripts written without spaces).
    Space,
    /// A hard line break.
    Break,
    /// Inline HTML from the source.
    Html(CowStr<'a>),
    /// Inline HTML from a translation: untrusted, shown as text.
    HtmlAsText(CowStr<'a>),
    /// A mandated label text, always in the source language.
    Label(Vec<Inline<'a>>),
    /// A footnote reference: its number and name.
    FootnoteRef(usize, CowStr<'a>),
    /// A link with its resolved target.
    Link(Tag<'a>, LinkTo, Vec<Inline<'a>>),
    /// An image with its resolved source; the content is its alt text.
    Image(Tag<'a>, LinkTo, Vec<Inline<'a>>),
    /// Any other inline container (emphasis, strong, strikethrough, …).
    Tag(Tag<'a>, Vec<Inline<'a>>),
}

/// Prepares `source` for printing.
pub fn prepare<'a>(source: &Source<'_, 'a>) -> Prepared<'a> {
    build::Builder::prepare(source)
}

impl<'a> Prepared<'a> {
    /// Every run of the document, in order, with the runs inside questions and notes.
    pub fn runs(&self) -> Vec<&Run<'a>> {
        fn walk<'r, 'a>(blocks: &'r [Block<'a>], out: &mut Vec<&'r Run<'a>>) {
            for block in blocks {
                match block {
                    Block::Run(run) => out.push(run),
                    Block::Tag(_, children) | Block::Alert(_, _, children) => walk(children, out),
                    Block::Note(note) => walk(&note.body, out),
                    Block::Question(q) => {
                        walk(&q.prompt, out);
                        for choice in &q.options {
                            walk(&choice.body, out);
                        }
                        walk(&q.explanation, out);
                    }
                    Block::Task(_) | Block::Rule | Block::Html(_) => {}
                }
            }
        }
        let mut out = Vec::new();
        walk(&self.blocks, &mut out);
        out
    }
}

/// The text of inlines without markup: alt texts, code and labels included.
pub fn plain_text(inlines: &[Inline]) -> String {
    let mut s = String::new();
    for inline in inlines {
        match inline {
            Inline::Text(t) => s.push_str(t),
            Inline::Code(t) | Inline::HtmlAsText(t) => s.push_str(t),
            Inline::Space | Inline::Break => s.push(' '),
            Inline::Html(_) => {}
            Inline::FootnoteRef(n, _) => s.push_str(&n.to_string()),
            Inline::Label(c)
            | Inline::Link(_, _, c)
            | Inline::Image(_, _, c)
            | Inline::Tag(_, c) => s.push_str(&plain_text(c)),
        }
    }
    s
}

#[cfg(test)]
mod tests;
