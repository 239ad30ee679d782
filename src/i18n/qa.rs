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
    let chars: Vec<char> = text
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            _ => c,
        })
        .collect();
    let mut out = BTreeSet::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let mut groups = vec![String::new()];
        while i < chars.len() {
            let c = chars[i];
            if c.is_ascii_digit() {
                if let Some(g) = groups.last_mut() {
                    g.push(c);
                }
                i += 1;
                continue;
            }
            let run = chars[i + 1..]
                .iter()
                .take_while(|c| c.is_ascii_digit())
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
            groups.push(String::new());
            i += 1;
        }
        out.insert(canonical(&groups));
    }
    out
}

fn canonical(groups: &[String]) -> String {
    match groups.split_last() {
        Some((last, rest)) if !rest.is_empty() && last.len() != 3 => {
            format!("{}.{last}", rest.concat())
        }
        _ => groups.concat(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(source: &str, translation: &str) -> Vec<&'static str> {
        check(source, translation)
            .into_iter()
            .map(|p| p.code)
            .collect()
    }

    #[test]
    fn facts_found_once_check_like_the_source_text() {
        let memo = SourceMemo::default();
        let cases = [
            (
                "Lead: 100 ppm, see [16 CFR 1303](https://www.ecfr.gov/) and `code`.",
                "铅：1000 ppm，见 [16 CFR 1303](https://www.ecfr.gov/)。",
            ),
            (
                "Lead: 100 ppm, see [16 CFR 1303](https://www.ecfr.gov/) and `code`.",
                "<b>Chì</b>: 100 ppm, `code`",
            ),
            (
                "For ages 3 to 6, under 16 CFR 1501.",
                "Cho trẻ 3–8 tuổi, theo 16 CFR 1500.",
            ),
            ("No numbers here.", "   "),
        ];
        for (source, translation) in cases {
            let facts = memo.facts(source);
            assert!(
                std::sync::Arc::ptr_eq(&facts, &memo.facts(source)),
                "found once"
            );
            let messages = |problems: Vec<Problem>| -> Vec<String> {
                problems
                    .into_iter()
                    .map(|p| format!("{}: {}", p.code, p.message))
                    .collect()
            };
            let expected = messages(check(source, translation));
            assert!(
                !expected.is_empty(),
                "each case has a problem: {source} / {translation}"
            );
            assert_eq!(
                messages(check_against(&facts, source, translation)),
                expected
            );
        }
    }

    #[test]
    fn numbers_are_normalized() {
        let n = |t: &str| numbers(t).into_iter().collect::<Vec<_>>();
        assert_eq!(n("1,000 and 1.000 and 1 000"), ["1000"]);
        assert_eq!(n("0.1% or 0,1%"), ["0.1"]);
        assert_eq!(
            n("16 CFR 1500.19(b), 2026-11-20"),
            ["11", "1500.19", "16", "20", "2026"]
        );
        assert_eq!(n("１００ ppm"), ["100"]);
        assert_eq!(n("ages 3 to 6"), ["3", "6"]);
    }

    #[test]
    fn an_empty_or_blank_translation_fails() {
        for blank in ["", " ", "\n\n", "\u{3000}"] {
            assert_eq!(codes("Hidden.", blank), ["qa-empty"], "{blank:?}");
        }
    }

    #[test]
    fn a_changed_number_fails_and_extra_numbers_pass() {
        assert_eq!(
            codes("The limit is 100 ppm.", "限量为1000 ppm。"),
            ["qa-number"]
        );
        assert!(codes("Mandatory from July 8, 2026.", "自2026年7月8日起强制执行。").is_empty());
        assert!(codes("The limit is 0.1%.", "Giới hạn là 0,1%.").is_empty());
    }

    #[test]
    fn citations_links_and_code_must_match() {
        assert_eq!(
            codes("See 16 CFR 1501.", "见 16 CFR 1501 和 16 CFR 1500。"),
            ["qa-citation"]
        );
        assert_eq!(
            codes(
                "Read [the rule](https://a.org/x).",
                "Đọc [quy định](https://a.org/y)."
            ),
            ["qa-link"]
        );
        assert_eq!(
            codes("Read [the rule](https://a.org/x).", "Đọc quy định."),
            ["qa-link"]
        );
        assert_eq!(codes("Use `ASTM`.", "Dùng ASTM."), ["qa-code"]);
        assert!(
            codes(
                "Read [the rule](https://a.org/x) in 16 CFR 1501.",
                "阅读 16 CFR 1501 中的[规定](https://a.org/x)。"
            )
            .is_empty()
        );
    }

    #[test]
    fn untrusted_markup_fails() {
        assert_eq!(
            codes("Click here.", "Bấm <script>alert(1)</script> đây."),
            ["qa-html"]
        );
        assert_eq!(
            codes(
                "Read [this](https://a.org).",
                "Đọc [đây](javascript:alert(1))."
            ),
            ["qa-javascript", "qa-link"]
        );
    }
}
