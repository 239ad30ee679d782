//! Generated module bodies: paragraphs, headings, tables, footnotes, alerts, quotes and
//! lists nested up to and beyond the 32-level limit, knowledge checks, audience passages,
//! label spans, links to other modules, raw HTML, and text in the scripts Primer serves.

use crate::front::WORDS;
use proptest::prelude::*;

/// An inline piece of a paragraph, heading, cell or option.
#[derive(Debug, Clone)]
pub enum Piece {
    /// A word.
    Word(String),
    /// A number (translations must keep it).
    Number(u16),
    /// `**…**`, `*…*` or `~~…~~` around words.
    Styled(&'static str, Vec<String>),
    /// `` `…` ``.
    Code(String),
    /// `[text](target)`, or `![text](target)` for an image.
    Link(bool, String, &'static str),
    /// `[^name]`.
    FootnoteRef(&'static str),
    /// `<span class="label">…</span>`, mandated English wording.
    Label(&'static str),
    /// Inline HTML or characters that mean something somewhere.
    Raw(&'static str),
    /// A `16 CFR` citation.
    Citation(&'static str),
}

/// A knowledge-check question: prompt, options (right or not) and an explanation.
pub type Question = (Vec<Piece>, Vec<(bool, Vec<Piece>)>, Option<Vec<Piece>>);

/// A block.
#[derive(Debug, Clone)]
pub enum Block {
    /// A paragraph of pieces (a soft break between some).
    Para(Vec<Piece>),
    /// `#`… heading with optional `{#id}` or `{.quiz}`.
    Heading(u8, Vec<Piece>, Option<&'static str>),
    /// `---`.
    Rule,
    /// A fenced code block.
    Code(String),
    /// A table: header and rows of cells.
    Table(Vec<Vec<Vec<Piece>>>),
    /// An HTML block.
    Html(&'static str),
    /// `> …`, or an alert `> [!KIND]` when a kind is given.
    Quote(Option<&'static str>, Vec<Block>),
    /// A list, ordered or not, of items of blocks.
    List(bool, Vec<Vec<Block>>),
    /// `<!-- audience: … -->` … `<!-- /audience -->` (the close now and then missing).
    Passage(&'static str, Vec<Block>, bool),
    /// `## Check {.quiz}` and its questions: prompt and (correct, option) pairs.
    Quiz(Vec<Question>),
    /// `[^name]: …`.
    Footnote(&'static str, Vec<Piece>),
    /// `levels` quote markers (`>`), list markers (`-`) or both, around one word.
    Deep(usize, &'static str),
    /// One paragraph of this many words.
    Long(usize),
}

impl Block {
    /// This block with every paragraph of more than `words` words cut to `words`.
    pub fn with_long_at_most(self, words: usize) -> Block {
        let all = |blocks: Vec<Block>| -> Vec<Block> {
            blocks
                .into_iter()
                .map(|b| b.with_long_at_most(words))
                .collect()
        };
        match self {
            Block::Long(n) => Block::Long(n.min(words)),
            Block::Quote(kind, body) => Block::Quote(kind, all(body)),
            Block::List(ordered, items) => {
                Block::List(ordered, items.into_iter().map(all).collect())
            }
            Block::Passage(audiences, body, closed) => Block::Passage(audiences, all(body), closed),
            other => other,
        }
    }
}

const NOTES: &[&str] = &["src", "1", "n"];

const TARGETS: &[&str] = &[
    "first.md#test",
    "second.md#limits",
    "second.md",
    "gen.md",
    "https://example.org/a?b=1",
    "mailto:a@example.org",
    "#test",
    "cylinder.svg",
    "../media/cylinder.svg",
    "javascript:alert(1)",
];

/// Link targets that do not resolve (each a located error).
const BROKEN_TARGETS: &[&str] = &["missing.md", "first.md#nope", "nope.png"];

const RAW: &[&str] = &[
    "<b>bold</b>",
    "<br>",
    "<span>x</span>",
    "<script>alert(1)</script>",
    "<!-- c -->",
    "{.quiz}",
    "{#x}",
    "#set page(width: 2cm)",
    "$x^2$",
    "@ref",
    "<lbl>",
    "=",
    "|",
    "{",
    "}",
    "{ -small-parts }",
    "\u{200F}",
    "\u{200D}",
    "a_b_c",
    "100%",
];

const LABELS: &[&str] = &[
    "WARNING:",
    "CAUTION: Small parts.",
    "Not for children under 3 yrs.",
];

const CITATIONS: &[&str] = &[
    "16 CFR 1501",
    "16 CFR part 1303",
    "16 CFR 1500.48 and 1500.49",
];

fn word() -> impl Strategy<Value = String> {
    proptest::sample::select(WORDS).prop_map(str::to_string)
}

fn piece() -> impl Strategy<Value = Piece> {
    let target = prop_oneof![
        40 => proptest::sample::select(TARGETS),
        1 => proptest::sample::select(BROKEN_TARGETS),
    ];
    prop_oneof![
        20 => word().prop_map(Piece::Word),
        1 => (0u16..2000).prop_map(Piece::Number),
        3 => (proptest::sample::select(&["**", "*", "~~"][..]), proptest::collection::vec(word(), 1..3))
            .prop_map(|(m, w)| Piece::Styled(m, w)),
        1 => word().prop_map(Piece::Code),
        2 => (any::<bool>(), word(), target).prop_map(|(img, w, t)| Piece::Link(img, w, t)),
        1 => proptest::sample::select(NOTES).prop_map(Piece::FootnoteRef),
        1 => proptest::sample::select(LABELS).prop_map(Piece::Label),
        2 => proptest::sample::select(RAW).prop_map(Piece::Raw),
        1 => proptest::sample::select(CITATIONS).prop_map(Piece::Citation),
    ]
}

/// A run of inline pieces.
pub fn pieces(max: usize) -> impl Strategy<Value = Vec<Piece>> {
    proptest::collection::vec(piece(), 1..max)
}

/// A leaf block.
fn leaf() -> impl Strategy<Value = Block> {
    let heading_attr = prop_oneof![
        6 => Just(None),
        1 => Just(Some("{#test}")),
        1 => Just(Some("{#limits}")),
        1 => Just(Some("{.quiz}")),
    ];
    prop_oneof![
        12 => pieces(8).prop_map(Block::Para),
        3 => (1u8..7, pieces(4), heading_attr).prop_map(|(l, p, a)| Block::Heading(l, p, a)),
        1 => Just(Block::Rule),
        1 => word().prop_map(Block::Code),
        2 => (1usize..4, 1usize..4)
            .prop_flat_map(|(cols, rows)| proptest::collection::vec(
                proptest::collection::vec(pieces(3), cols..=cols), rows + 1..=rows + 1))
            .prop_map(Block::Table),
        1 => proptest::sample::select(
            &["<div class=\"box\">\n\nInside *HTML*.\n\n</div>", "<table><tr><td>x</td></tr></table>", "<details>\n<summary>More</summary>\n\nHidden.\n\n</details>"][..]
        ).prop_map(Block::Html),
        1 => (proptest::sample::select(NOTES), pieces(4)).prop_map(|(n, p)| Block::Footnote(n, p)),
        2 => quiz(),
        // Now and then (1 in 250 blocks or so) a paragraph of thousands of words.
        1 => prop_oneof![9 => pieces(8).prop_map(Block::Para), 1 => (2_000usize..40_000).prop_map(Block::Long)],
        1 => (prop_oneof![30 => 1usize..=32, 3 => 33usize..=40, 1 => 41usize..=120],
              proptest::sample::select(&[">", "-", "> -", "1."][..]))
            .prop_map(|(n, k)| Block::Deep(n, k)),
    ]
}

fn quiz() -> impl Strategy<Value = Block> {
    // Mostly well-formed (two to four options, one or more right), sometimes anything.
    let options = prop_oneof![
        6 => (proptest::collection::vec((proptest::bool::weighted(0.3), pieces(3)), 2..5), any::<prop::sample::Index>())
            .prop_map(|(mut options, right)| {
                let i = right.index(options.len());
                options[i].0 = true;
                options
            }),
        1 => proptest::collection::vec((proptest::bool::weighted(0.4), pieces(3)), 0..4),
    ];
    let question = (pieces(5), options, proptest::option::of(pieces(4)));
    proptest::collection::vec(question, 1..3).prop_map(Block::Quiz)
}

/// A sequence of blocks, with containers nested a few levels; audience passages mostly at
/// the top level, where they belong.
pub fn blocks() -> impl Strategy<Value = Vec<Block>> {
    let block = leaf().prop_recursive(4, 24, 4, |inner| {
        let kinds = &[None, None, None, Some("NOTE"), Some("WARNING"), Some("CAUTION")][..];
        prop_oneof![
            18 => (proptest::sample::select(kinds), proptest::collection::vec(inner.clone(), 1..3))
                .prop_map(|(k, b)| Block::Quote(k, b)),
            24 => (any::<bool>(), proptest::collection::vec(proptest::collection::vec(inner.clone(), 1..3), 1..4))
                .prop_map(|(o, items)| Block::List(o, items)),
            1 => passage(proptest::collection::vec(inner, 1..3)),
        ]
    });
    let top = prop_oneof![
        8 => block.clone(),
        1 => passage(proptest::collection::vec(block, 1..3)),
    ];
    proptest::collection::vec(top, 0..8)
}

fn passage(inner: impl Strategy<Value = Vec<Block>>) -> impl Strategy<Value = Block> {
    let audiences = prop_oneof![
        20 => proptest::sample::select(&["alpha", "beta", "alpha, beta"][..]),
        1 => Just("gamma"),
    ];
    (audiences, inner, proptest::bool::weighted(0.95))
        .prop_map(|(a, b, closed)| Block::Passage(a, b, closed))
}

/// Pieces as Markdown, separated by spaces (a soft break now and then).
pub fn inline(pieces: &[Piece]) -> String {
    let mut out = String::new();
    for (i, p) in pieces.iter().enumerate() {
        if i > 0 {
            out.push(if i % 5 == 0 { '\n' } else { ' ' });
        }
        match p {
            Piece::Word(w) => out.push_str(w),
            Piece::Number(n) => out.push_str(&n.to_string()),
            Piece::Styled(m, words) => out.push_str(&format!("{m}{}{m}", words.join(" "))),
            Piece::Code(c) => out.push_str(&format!("`{c}`")),
            Piece::Link(image, text, target) => out.push_str(&format!(
                "{}[{text}]({target})",
                if *image { "!" } else { "" }
            )),
            Piece::FootnoteRef(n) => out.push_str(&format!("[^{n}]")),
            Piece::Label(l) => out.push_str(&format!("<span class=\"label\">{l}</span>")),
            Piece::Raw(r) => out.push_str(r),
            Piece::Citation(c) => out.push_str(c),
        }
    }
    out
}

/// Indents every line after the first by `width` (continuation of a list item).
fn indent_rest(text: &str, width: usize) -> String {
    let pad = " ".repeat(width);
    text.split('\n')
        .enumerate()
        .map(|(i, l)| match (i, l.is_empty()) {
            (0, _) | (_, true) => l.to_string(),
            _ => format!("{pad}{l}"),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn render_one(block: &Block) -> String {
    match block {
        Block::Para(p) => inline(p),
        Block::Heading(level, p, attr) => {
            let text = inline(p).replace('\n', " ");
            let attr = attr.map(|a| format!(" {a}")).unwrap_or_default();
            format!("{} {text}{attr}", "#".repeat(*level as usize))
        }
        Block::Rule => "---".to_string(),
        Block::Code(c) => format!("```\n{c}\n```"),
        Block::Table(rows) => {
            let row = |cells: &Vec<Vec<Piece>>| {
                let cells: Vec<String> =
                    cells.iter().map(|c| inline(c).replace('\n', " ")).collect();
                format!("| {} |", cells.join(" | "))
            };
            let mut lines = vec![row(&rows[0]), format!("|{}", "---|".repeat(rows[0].len()))];
            lines.extend(rows[1..].iter().map(row));
            lines.join("\n")
        }
        Block::Html(h) => h.to_string(),
        Block::Quote(kind, inner) => {
            let mut text = render(inner);
            if let Some(k) = kind {
                text = format!("[!{k}]\n{text}");
            }
            text.split('\n')
                .map(|l| {
                    if l.is_empty() {
                        ">".to_string()
                    } else {
                        format!("> {l}")
                    }
                })
                .collect::<Vec<_>>()
                .join("\n")
        }
        Block::List(ordered, items) => items
            .iter()
            .enumerate()
            .map(|(i, item)| {
                let marker = if *ordered {
                    format!("{}. ", i + 1)
                } else {
                    "- ".to_string()
                };
                let width = marker.len();
                format!("{marker}{}", indent_rest(&render(item), width))
            })
            .collect::<Vec<_>>()
            .join("\n"),
        Block::Passage(audiences, inner, closed) => {
            let close = if *closed {
                "\n\n<!-- /audience -->"
            } else {
                ""
            };
            format!("<!-- audience: {audiences} -->\n\n{}{close}", render(inner))
        }
        Block::Quiz(questions) => {
            let mut out = String::from("## Check {.quiz}\n");
            for (i, (prompt, options, explanation)) in questions.iter().enumerate() {
                out.push_str(&format!(
                    "\n{}. {}\n",
                    i + 1,
                    inline(prompt).replace('\n', " ")
                ));
                if !options.is_empty() {
                    out.push('\n');
                }
                for (correct, option) in options {
                    let mark = if *correct { "x" } else { " " };
                    out.push_str(&format!(
                        "   - [{mark}] {}\n",
                        inline(option).replace('\n', " ")
                    ));
                }
                if let Some(e) = explanation {
                    out.push_str(&format!("\n   {}\n", inline(e).replace('\n', " ")));
                }
            }
            // A heading of the same level ends the section: what follows is no question.
            format!("{}\n\n## After the check", out.trim_end())
        }
        Block::Footnote(name, p) => format!("[^{name}]: {}", inline(p).replace('\n', " ")),
        Block::Deep(levels, kind) => deep(*levels, kind),
        Block::Long(words) => (0..*words)
            .map(|i| WORDS[i % WORDS.len()])
            .collect::<Vec<_>>()
            .join(" "),
    }
}

/// `levels` nested containers of `kind` around one word.
fn deep(levels: usize, kind: &str) -> String {
    match kind {
        ">" => format!("{}deep", "> ".repeat(levels)),
        "> -" => {
            let prefix: String = (0..levels)
                .map(|i| if i % 2 == 0 { "> " } else { "- " })
                .collect();
            format!("{prefix}deep")
        }
        marker => (0..levels)
            .map(|i| {
                let width = if marker == "-" { 2 } else { 3 };
                format!("{}{marker} level {i}", " ".repeat(i * width))
            })
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

/// Blocks as Markdown, separated by blank lines.
pub fn render(blocks: &[Block]) -> String {
    blocks
        .iter()
        .map(render_one)
        .collect::<Vec<_>>()
        .join("\n\n")
}
