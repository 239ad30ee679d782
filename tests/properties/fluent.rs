//! Generated translations: Fluent values with blank lines, Markdown block syntax at line
//! starts, HTML, typst markup, glossary terms (known and unknown), selectors on
//! `$audience`, Fluent syntax errors, and values built around the English source so that
//! they pass QA and reach the page.

use crate::front::WORDS;
use primer::i18n::ftl_write;
use proptest::prelude::*;

/// Text that is hostile at the start of a line or anywhere in a translation.
const HOSTILE: &[&str] = &[
    "\n\n",
    "\n",
    "# ",
    "## Heading\n",
    "- ",
    "* ",
    "+ ",
    "1. ",
    "2) ",
    "> ",
    "| a | b |\n|---|---|\n| c | d |",
    "---",
    "***",
    "```",
    "    indented code",
    "[x]: https://example.org",
    "<div>",
    "</div>",
    "<script>alert(1)</script>",
    "<b>x</b>",
    "<span class=\"label\">WARNING:</span>",
    "<!-- audience: beta -->",
    "<!-- /audience -->",
    "#set page(width: 2cm)",
    "#pagebreak()",
    "$x^2$",
    "*b*",
    "_c_",
    "= heading",
    "@ref",
    "<lbl>",
    "**b**",
    "[l](https://example.org)",
    "[^src]",
    "{.quiz}",
    "{#id}",
    " #",
    "[ ] ",
    "[x] ",
    "=====",
    "\u{200F}",
    "\t",
    "  ",
];

/// A translation of one segment.
#[derive(Debug, Clone)]
pub enum Value {
    /// No message: the segment falls back.
    Missing,
    /// Exactly this text (written escaped, so Fluent gives it back unchanged).
    Exact(String),
    /// `before`, the English source, `after` (passes QA when the source's numbers, links
    /// and code are all in it).
    Around(String, String),
    /// Fluent syntax as is: terms, selectors, variables, and mistakes.
    Raw(String),
}

fn hostile_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => proptest::sample::select(WORDS).prop_map(str::to_string),
        4 => proptest::sample::select(HOSTILE).prop_map(str::to_string),
    ];
    proptest::collection::vec(piece, 0..6).prop_map(|p| p.concat())
}

/// Fluent source of a value: lines with terms, variables and selectors.
fn raw() -> impl Strategy<Value = String> {
    let line = prop_oneof![
        4 => hostile_text(),
        2 => Just("{ -small-parts }".to_string()),
        1 => Just("{ -unknown-term }".to_string()),
        1 => Just("{ $audience }".to_string()),
        1 => Just("{ $other }".to_string()),
        1 => Just("{ \"{\" }.quiz{ \"}\" }".to_string()),
        1 => Just("{ -small-parts.note }".to_string()),
        1 => Just("{".to_string()),
        1 => Just("[alpha] not a variant".to_string()),
        2 => (hostile_text(), hostile_text()).prop_map(|(a, b)| format!(
            "{{ $audience ->\n    [alpha] {}\n   *[other] {}\n}}",
            a.replace('\n', "\n        "),
            b.replace('\n', "\n        ")
        )),
    ];
    proptest::collection::vec(line, 1..4).prop_map(|lines| lines.join("\n"))
}

/// A translation.
pub fn value() -> impl Strategy<Value = Value> {
    prop_oneof![
        2 => Just(Value::Missing),
        3 => hostile_text().prop_map(Value::Exact),
        5 => (hostile_text(), hostile_text()).prop_map(|(a, b)| Value::Around(a, b)),
        2 => raw().prop_map(Value::Raw),
    ]
}

/// Translations for a document's segments, used in turn (and again from the start when
/// there are more segments than values).
pub fn values() -> impl Strategy<Value = Vec<Value>> {
    proptest::collection::vec(value(), 1..10)
}

/// The message `id = …` for `value` of a segment whose English is `english`, or nothing.
pub fn message(id: &str, value: &Value, english: &str) -> String {
    match value {
        Value::Missing => String::new(),
        Value::Exact(text) => ftl_write::message(id, text),
        Value::Around(before, after) => {
            ftl_write::message(id, &format!("{before}{english}{after}"))
        }
        Value::Raw(source) => {
            let mut out = format!("{id} =");
            for line in source.split('\n') {
                out.push_str("\n    ");
                out.push_str(line);
            }
            out.push('\n');
            out
        }
    }
}

/// A Fluent file translating `segments` (id, English) with `values` in turn.
pub fn file<'a>(
    segments: impl IntoIterator<Item = (&'a str, &'a str)>,
    values: &[Value],
) -> String {
    let mut out = String::new();
    let mut seen = std::collections::BTreeSet::new();
    for (i, (id, english)) in segments.into_iter().enumerate() {
        // A segment that repeats has one message.
        if seen.insert(id) {
            out.push_str(&message(id, &values[i % values.len()], english));
        }
    }
    out
}
