//! Translation QA (docs/formats.md §4): a translation must keep its source segment's numbers, CFR
//! citations, link URLs, link count and inline code, and must not add raw HTML or a
//! `javascript:` URL, and must keep every label text verbatim. A segment that fails is
//! *invalid* and falls back.

use crate::content::citations;
use crate::content::markdown::options;
use crate::i18n::splice::escape_block_start;
use pulldown_cmark::{Event, Parser, Tag};
use std::collections::BTreeSet;

/// One QA failure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Stable diagnostic code (`qa-empty`, `qa-number`, `qa-citation`, `qa-link`,
    /// `qa-code`, `qa-html`, `qa-javascript`, `qa-verbatim`).
    pub code: &'static str,
    /// What is wrong, for the translator.
    pub message: String,
}

/// What QA compares in one piece of inline Markdown.
#[derive(Debug, Default)]
struct Inventory {
    text: String,
    links: Vec<String>,
    code: Vec<String>,
    html: Vec<String>,
}

fn inventory(markdown: &str) -> Inventory {
    let mut inv = Inventory::default();
    for event in Parser::new_ext(&escape_block_start(markdown), options()) {
        match event {
            Event::Text(t) => inv.text.push_str(&t),
            Event::SoftBreak | Event::HardBreak => inv.text.push(' '),
            Event::Code(c) => inv.code.push(c.to_string()),
            Event::InlineHtml(h) | Event::Html(h) => inv.html.push(h.to_string()),
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
                inv.text.push(' ');
                inv.links.push(dest_url.to_string());
            }
            _ => {}
        }
    }
    inv
}

/// What QA compares of a segment's English text, found once however many locales check
/// a translation of it ([`SourceMemo`]).
#[derive(Debug)]
pub struct SourceFacts {
    inv: Inventory,
    numbers: BTreeSet<String>,
    cites: BTreeSet<String>,
    /// The links and the inline code, sorted.
    sorted_links: Vec<String>,
    sorted_code: Vec<String>,
}

impl SourceFacts {
    /// The facts of the English text `source`.
    pub fn of(source: &str) -> SourceFacts {
        let inv = inventory(source);
        let mut sorted_links = inv.links.clone();
        sorted_links.sort();
        let mut sorted_code = inv.code.clone();
        sorted_code.sort();
        SourceFacts {
            numbers: numbers(&inv.text),
            cites: cited(&inv.text),
            inv,
            sorted_links,
            sorted_code,
        }
    }
}

/// The [`SourceFacts`] of the segments checked so far, by English text: the localizations
/// of one document in its locales share one, so each segment's English text is read once.
#[derive(Debug, Default)]
pub struct SourceMemo {
    facts: std::sync::Mutex<rustc_hash::FxHashMap<String, std::sync::Arc<SourceFacts>>>,
}

impl SourceMemo {
    /// The facts of `source`, found now or by an earlier check.
    pub fn facts(&self, source: &str) -> std::sync::Arc<SourceFacts> {
        if let Some(known) = self.facts.lock().ok().and_then(|f| f.get(source).cloned()) {
            return known;
        }
        let facts = std::sync::Arc::new(SourceFacts::of(source));
        if let Ok(mut f) = self.facts.lock() {
            f.insert(source.to_string(), facts.clone());
        }
        facts
    }
}

/// The `16 CFR` part and section numbers `text` cites.
fn cited(text: &str) -> BTreeSet<String> {
    citations::find(text)
        .into_iter()
        .flat_map(|c| c.numbers)
        .map(|n| n.number)
        .collect()
}

/// Checks `translation` against `source`; an empty list means it passes.
pub fn check(source: &str, translation: &str) -> Vec<Problem> {
    check_against(&SourceFacts::of(source), source, translation)
}

/// Checks `translation` against `source`, whose facts are `src`; an empty list means it
/// passes.
pub fn check_against(src: &SourceFacts, source: &str, translation: &str) -> Vec<Problem> {
    // An empty value is no translation: spliced in, it would remove its paragraph or item
    // from the page, changing the block structure.
    if translation.trim().is_empty() {
        return vec![Problem {
            code: "qa-empty",
            message: "the translation is empty".to_string(),
        }];
    }
    let tr = inventory(translation);
    let mut out = Vec::new();
    let found = numbers(&tr.text);
    for n in &src.numbers {
        if !found.contains(n) {
            out.push(Problem {
                code: "qa-number",
                message: format!(
                    "the number {n} of the English text is missing from the translation"
                ),
            });
        }
    }
    let (src_cites, tr_cites) = (&src.cites, cited(&tr.text));
    if *src_cites != tr_cites {
        out.push(Problem {
            code: "qa-citation",
            message: format!(
                "the translation cites 16 CFR {} but the English text cites 16 CFR {}",
                list(&tr_cites),
                list(src_cites)
            ),
        });
    }
    if tr.links.iter().any(|u| {
        u.trim_start()
            .to_ascii_lowercase()
            .starts_with("javascript:")
    }) {
        out.push(Problem {
            code: "qa-javascript",
            message: "the translation contains a `javascript:` link".to_string(),
        });
    }
    let mut b = tr.links.clone();
    b.sort();
    if src.sorted_links != b {
        let message = if src.inv.links.len() != tr.links.len() {
            format!(
                "the English text has {} links, the translation {}",
                src.inv.links.len(),
                tr.links.len()
            )
        } else {
            format!(
                "the link addresses differ from the English text ({})",
                src.inv.links.join(", ")
            )
        };
        out.push(Problem {
            code: "qa-link",
            message,
        });
    }
    let mut b = tr.code.clone();
    b.sort();
    if src.sorted_code != b {
        out.push(Problem {
            code: "qa-code",
            message: "the inline code (`…`) differs from the English text".to_string(),
        });
    }
    for label in crate::content::labels::missing(source, translation) {
        out.push(Problem {
            code: "qa-verbatim",
            message: format!(
                "the label text {label} must be kept word for word in English (a translation may follow it)"
            ),
        });
    }
    if let Some(extra) = tr.html.iter().find(|h| !src.inv.html.contains(h)) {
        out.push(Problem {
            code: "qa-html",
            message: format!("the translation adds raw HTML `{extra}`"),
        });
    }
    out
}

fn list(set: &BTreeSet<String>) -> String {
    if set.is_empty() {
        "nothing".to_string()
    } else {
        set.iter().cloned().collect::<Vec<_>>().join(", ")
    }
}

/// The numbers in `text`, with digit grouping and decimal separators normalized:
/// `1,000` = `1.000` = `1 000` → `1000`; `0,1` = `0.1` → `0.1`; full-width digits count.
pub fn numbers(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = text.chars();
    // The digits of the number being read, its groups and the digits of its last group.
    let mut digits = String::new();
    while let Some(c) = rest.next() {
        let Some(d) = ascii_digit(c) else {
            continue;
        };
        digits.clear();
        digits.push(d);
        let (mut groups, mut last) = (1, 1);
        loop {
            let mut ahead = rest.clone();
            let Some(c) = ahead.next() else {
                break;
            };
            if let Some(d) = ascii_digit(c) {
                digits.push(d);
                last += 1;
                rest = ahead;
                continue;
            }
            // At most four digits decide: `run == 3` for a space, `run > 0` otherwise.
            let run = ahead
                .clone()
                .take(4)
                .take_while(|&c| ascii_digit(c).is_some())
                .count();
            let separator = match c {
                '.' | ',' | '٫' => run > 0,
                // A space groups digits only before exactly three of them: `1 000`.
                ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\'' => run == 3,
                _ => false,
            };
            if !separator {
                break;
            }
            groups += 1;
            last = 0;
            rest = ahead;
        }
        // A last group of other than three digits follows a decimal separator.
        if groups > 1 && last != 3 {
            let split = digits.len() - last;
            out.insert(format!("{}.{}", &digits[..split], &digits[split..]));
        } else {
            out.insert(digits.clone());
        }
    }
    out
}

/// `c` as an ASCII digit, full-width digits included.
fn ascii_digit(c: char) -> Option<char> {
    match c {
        '0'..='9' => Some(c),
        '０'..='９' => char::from_u32(u32::from(c) - u32::from('０') + u32::from('0')),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
