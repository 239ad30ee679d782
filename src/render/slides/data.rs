//! The PDF deck as data for the theme's `slides.typ` (read as `/data.json`): a deck is a
//! list of slides, each a heading and blocks in the handout's block vocabulary, so text
//! only ever reaches typst as string values.

use crate::render::handout::content::{Block, Inline};
use serde::Serialize;

/// Everything `slides.typ` receives for one deck (one module, audience and locale).
#[derive(Debug, Clone, Serialize)]
pub struct Deck {
    /// The module title as plain text, for the PDF's metadata.
    pub title: String,
    /// The translated site title, the PDF's author.
    pub site_title: String,
    /// typst language code (`zh`, `ko`, `vi`, …).
    pub lang: String,
    /// typst region (`CN`), if the locale has one.
    pub region: Option<String>,
    /// The font stack, as the handouts choose it for `lang`.
    pub fonts: serde_json::Value,
    /// The audience's name in the deck's language, for the title slide.
    pub audience: String,
    /// The reviewed date as a sentence (`Last reviewed: 1 October 2026`).
    pub reviewed: String,
    /// The footer of every page (the audience and the authoritative-English notice).
    pub footer: String,
    /// The draft or fallback mark printed on every page (`Draft translation`, `3 passages
    /// in English`), if any.
    pub draft: Option<String>,
    /// The slides, in order.
    pub slides: Vec<Slide>,
}

/// What a slide is for; `slides.typ` lays each kind out in its own way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SlideKind {
    /// Module title, summary, audience and reviewed date.
    Title,
    /// The module's objectives.
    Objectives,
    /// A `##` section (or a part of one cut by `<!-- slide -->`).
    Section,
    /// One knowledge-check question, its options unmarked.
    Question,
    /// The same question with its right options marked and its explanation.
    Answer,
    /// Regulations cited and sources.
    Closing,
}

/// One slide before fitting: typst may print it on several pages (parts).
#[derive(Debug, Clone, Serialize)]
pub struct Slide {
    /// What the slide is for.
    pub kind: SlideKind,
    /// The heading (the module title on the title slide).
    pub heading: Vec<Inline>,
    /// The English source of the heading in bilingual decks.
    pub heading_en: Option<Vec<Inline>>,
    /// The content; bilingual decks carry English lines in the blocks' `en` fields. A
    /// question or answer slide holds one `quiz` block with one question.
    pub blocks: Vec<Block>,
    /// Speaker notes (the HTML deck shows them; the PDF does not print them).
    pub notes: Vec<Block>,
    /// Keep all the blocks on one page (a section inside `<!-- keep -->`): shrink rather
    /// than split.
    pub keep: bool,
    /// Runs of blocks kept together on one page (`<!-- keep -->` around some of the
    /// slide's blocks): a split never falls inside one.
    pub kept: Vec<Run>,
    /// The anchor of the section the slide shows (to locate its problems in the source).
    #[serde(skip)]
    pub anchor: Option<String>,
}

/// A run of consecutive blocks of a slide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Run {
    /// Index of the first block.
    pub first: usize,
    /// How many blocks.
    pub count: usize,
}

/// How typst fitted one part of a slide, read back from the laid-out deck.
#[derive(Debug, Clone, PartialEq)]
pub struct Fit {
    /// Index of the slide in [`Deck::slides`].
    pub slide: usize,
    /// 0 for the slide's first page, 1 for its continuation, …
    pub part: usize,
    /// Index of the part's first block in [`Slide::blocks`].
    pub first: usize,
    /// How many blocks the part holds.
    pub count: usize,
    /// The type size used, as a fraction of the normal size (at least the floor).
    pub scale: f64,
    /// The page the part starts on (1-based).
    pub page: usize,
    /// How many pages the part covers: more than 1 when even the floor size did not fit
    /// and the content flowed on.
    pub pages: usize,
}

impl Fit {
    /// Whether the part did not fit on its page (a `slide-overflow` warning).
    pub fn overflows(&self) -> bool {
        self.pages > 1
    }
}
