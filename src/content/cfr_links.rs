//! 16 CFR parts and sections named by links to the official text: a link to
//! `https://www.ecfr.gov/current/title-16/part-1609` or
//! `https://www.law.cornell.edu/cfr/text/16/1609.1` cites part 1609 as surely as the words
//! `16 CFR 1609.1` do.

use super::citations::{self, CitedNumber};

/// Where each kind of link names the title and the number, and how.
const ECFR: &str = "ecfr.gov/";
const LII: &str = "law.cornell.edu/cfr/text/16/";

/// Every part and section `text` cites: in words (`16 CFR 1500.19`, [`citations::find`]),
/// then by links ([`find`]), each located at its number.
pub fn cited_numbers(text: &str) -> impl Iterator<Item = CitedNumber> {
    citations::find(text)
        .into_iter()
        .flat_map(|c| c.numbers)
        .chain(find(text))
}

/// The parts and sections named by eCFR (title 16) and Cornell LII links in `text`, in
/// order, each located at its number.
pub fn find(text: &str) -> Vec<CitedNumber> {
    let mut out = Vec::new();
    let mut links: Vec<(usize, &str)> = text
        .match_indices(ECFR)
        .chain(text.match_indices(LII))
        .collect();
    links.sort_unstable();
    for (start, host) in links {
        let rest = &text[start..];
        let end = start
            + rest
                .find(|c: char| {
                    c.is_whitespace() || matches!(c, ')' | '"' | '\'' | '>' | '<' | ']')
                })
                .unwrap_or(rest.len());
        let url = &text[start..end];
        let found = if host == LII {
            lii(url)
        } else if url.contains("/title-16/") {
            ecfr(url)
        } else {
            None
        };
        if let Some((at, number)) = found {
            out.push(CitedNumber {
                range: start + at..start + at + number.len(),
                number,
            });
        }
    }
    out
}

/// `…/title-16/…/section-1500.48` or `…/title-16/…/part-1609`: the deepest one named.
fn ecfr(url: &str) -> Option<(usize, String)> {
    for key in ["/section-", "/part-"] {
        if let Some(i) = url.rfind(key) {
            let at = i + key.len();
            if let Some(number) = number(&url[at..], key == "/section-") {
                return Some((at, number));
            }
        }
    }
    None
}

/// `…/16/part-1609`, `…/16/1609.1` or `…/16/1609`.
fn lii(url: &str) -> Option<(usize, String)> {
    let at = LII.len();
    let rest = &url[at..];
    match rest.strip_prefix("part-") {
        Some(part) => number(part, false).map(|n| (at + 5, n)),
        None => number(rest, true).map(|n| (at, n)),
    }
}

/// The part number (`1609`) or, when `section` allows it, section number (`1609.1`) at the
/// start of `text`, ending at the end of the path segment.
fn number(text: &str, section: bool) -> Option<String> {
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let part = digits(text);
    if part == 0 {
        return None;
    }
    let mut end = part;
    if section && text[end..].starts_with('.') {
        let more = digits(&text[end + 1..]);
        if more > 0 {
            end += 1 + more;
        }
    }
    let boundary = text[end..]
        .chars()
        .next()
        .is_none_or(|c| matches!(c, '/' | '#' | '?' | '('));
    boundary.then(|| text[..end].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbers(text: &str) -> Vec<String> {
        find(text).into_iter().map(|n| n.number).collect()
    }

    #[test]
    fn ecfr_and_lii_links_name_parts_and_sections() {
        let text = "[LII](https://www.law.cornell.edu/cfr/text/16/1609.1) and \
            [eCFR](https://www.ecfr.gov/current/title-16/section-1500.48), \
            [part](https://www.ecfr.gov/current/title-16/chapter-II/subchapter-D/part-1610), \
            <https://www.law.cornell.edu/cfr/text/16/part-1615>";
        assert_eq!(numbers(text), ["1609.1", "1500.48", "1610", "1615"]);
        let first = &find(text)[0];
        assert_eq!(&text[first.range.clone()], "1609.1");
        assert!(first.url().ends_with("section-1609.1"));
    }

    #[test]
    fn other_titles_and_pages_are_not_citations() {
        assert!(numbers("https://www.ecfr.gov/current/title-19/part-141").is_empty());
        assert!(numbers("https://www.ecfr.gov/current/title-16").is_empty());
        assert!(numbers("https://www.law.cornell.edu/cfr/text/16").is_empty());
        assert!(numbers("https://www.ecfr.gov/current/title-16/part-12a").is_empty());
    }
}
