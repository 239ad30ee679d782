//! `16 CFR …` citations (docs/formats.md §3 citation grammar) and `ASTM F963-23`-style standards.

use std::ops::Range;

/// Words that join two numbers of one citation, in every locale (longer words first where
/// one begins another: Japanese 及び before Chinese 及).
const CONNECTORS: &[&str] = &[
    "and",
    "or",
    "及び",
    "および",
    "又は",
    "または",
    "並びに",
    "と",
    "和",
    "及",
    "或",
    "및",
    "또는",
    "và",
    "hoặc",
    "dan",
    "atau",
];
const SEPARATORS: &[char] = &[',', '、', ';', '–', '—', '-', '，', '；'];

/// One cited part or section number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CitedNumber {
    /// `1501` or `1303.1` (without a paragraph suffix).
    pub number: String,
    /// Byte range of the number in the text.
    pub range: Range<usize>,
}

impl CitedNumber {
    /// The part: `1500` for `1500.19`.
    pub fn part(&self) -> Option<u32> {
        self.number.split('.').next()?.parse().ok()
    }

    /// Whether this is a whole part rather than a section.
    pub fn is_part(&self) -> bool {
        !self.number.contains('.')
    }

    /// The eCFR address of the part or section.
    pub fn url(&self) -> String {
        if self.is_part() {
            format!("https://www.ecfr.gov/current/title-16/part-{}", self.number)
        } else {
            format!(
                "https://www.ecfr.gov/current/title-16/section-{}",
                self.number
            )
        }
    }
}

/// A `16 CFR …` citation with one or more numbers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Citation {
    /// From `16` to the end of the last number.
    pub range: Range<usize>,
    /// The numbers in order.
    pub numbers: Vec<CitedNumber>,
}

/// Where the next `16` starts in `text` from byte `from` (a byte scan: a general substring
/// search costs more than the rest of finding citations in text that has none).
fn find_16(text: &str, from: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut at = from;
    loop {
        at += bytes.get(at..)?.iter().position(|&b| b == b'1')?;
        if bytes.get(at + 1) == Some(&b'6') {
            return Some(at);
        }
        at += 1;
    }
}

/// Finds every `16 CFR` citation in `text`.
pub fn find(text: &str) -> Vec<Citation> {
    let mut out = Vec::new();
    let mut search = 0;
    while let Some(start) = find_16(text, search) {
        search = start + 2;
        if text[..start]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_alphanumeric())
        {
            continue;
        }
        let mut pos = skip_space(text, start + 2);
        if pos == start + 2 || !text[pos..].starts_with("CFR") {
            continue;
        }
        pos = skip_space(text, pos + 3);
        for word in ["parts", "part", "§§", "§"] {
            if let Some(rest) = text[pos..].strip_prefix(word) {
                let after = pos + word.len();
                if word.starts_with('§') || rest.starts_with(char::is_whitespace) {
                    pos = skip_space(text, after);
                    break;
                }
            }
        }
        let mut numbers = Vec::new();
        while let Some(number) = take_number(text, pos) {
            let end = skip_suffixes(text, number.range.end);
            numbers.push(number);
            pos = end;
            match take_separator(text, end) {
                Some(after)
                    if take_number(text, after)
                        .is_some_and(|n| !followed_by_cfr(text, n.range.end)) =>
                {
                    pos = after
                }
                _ => break,
            }
        }
        if let Some(last) = numbers.last() {
            out.push(Citation {
                range: start..last.range.end,
                numbers,
            });
            search = pos.max(search);
        }
    }
    out
}

fn skip_space(text: &str, mut pos: usize) -> usize {
    while let Some(c) = text[pos..].chars().next() {
        if c.is_whitespace() {
            pos += c.len_utf8();
        } else {
            break;
        }
    }
    pos
}

fn take_number(text: &str, pos: usize) -> Option<CitedNumber> {
    let bytes = text.as_bytes();
    let mut end = pos;
    while end < bytes.len() && bytes[end].is_ascii_digit() {
        end += 1;
    }
    if end == pos {
        return None;
    }
    if end + 1 < bytes.len() && bytes[end] == b'.' && bytes[end + 1].is_ascii_digit() {
        end += 1;
        while end < bytes.len() && bytes[end].is_ascii_digit() {
            end += 1;
        }
    }
    // CJK text may follow a number directly (`1615和1616`), Latin letters may not.
    if text[end..]
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphanumeric())
    {
        return None;
    }
    Some(CitedNumber {
        number: text[pos..end].to_string(),
        range: pos..end,
    })
}

/// Skips paragraph suffixes such as `(b)` or `(a)(9)`.
fn skip_suffixes(text: &str, mut pos: usize) -> usize {
    while let Some(rest) = text[pos..].strip_prefix('(') {
        match rest.find(')') {
            Some(close)
                if close > 0
                    && close <= 4
                    && rest[..close].chars().all(|c| c.is_ascii_alphanumeric()) =>
            {
                pos += close + 2;
            }
            _ => break,
        }
    }
    pos
}

fn take_separator(text: &str, pos: usize) -> Option<usize> {
    let p = skip_space(text, pos);
    let rest = &text[p..];
    if let Some(c) = rest.chars().next().filter(|c| SEPARATORS.contains(c)) {
        return Some(skip_space(text, p + c.len_utf8()));
    }
    for word in CONNECTORS {
        if let Some(after) = rest.strip_prefix(word) {
            let ascii = word.is_ascii();
            let spaced = after.starts_with(char::is_whitespace);
            // Latin connectors need spaces around them; CJK ones may touch the numbers.
            if !ascii || (spaced && p > pos) {
                return Some(skip_space(text, p + word.len()));
            }
        }
    }
    None
}

fn followed_by_cfr(text: &str, end: usize) -> bool {
    text[skip_space(text, end)..].starts_with("CFR")
}

/// The standards bodies whose designations are recognized: a designation starts with one
/// of `BODIES_FIRST` and may name more bodies joined by `/` (`ANSI/CAN/UL`).
const BODIES_FIRST: &[&str] = &["ASTM", "ANSI", "UL"];
const BODIES: &[&str] = &["ASTM", "ANSI", "UL", "CAN", "APSP", "ICC", "CSA"];

/// The body at `at` (`ANSI/CAN/UL`), as its end offset.
fn body_end(text: &str, at: usize) -> Option<usize> {
    let token = |from: usize, list: &[&str]| {
        let rest = &text[from..];
        list.iter()
            .filter(|b| rest.starts_with(**b))
            .map(|b| from + b.len())
            .find(|&end| !text[end..].starts_with(|c: char| c.is_ascii_alphanumeric()))
    };
    let mut end = token(at, BODIES_FIRST)?;
    while text[end..].starts_with('/') {
        match token(end + 1, BODIES) {
            Some(next) => end = next,
            None => break,
        }
    }
    Some(end)
}

/// The standard number at `at` (`F963-23`, `4200A-2023`, `12402-9`), as its end offset.
fn number_end(text: &str, at: usize) -> usize {
    let len: usize = text[at..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
        .map(char::len_utf8)
        .sum();
    at + text[at..at + len].trim_end_matches('-').len()
}

/// A four-digit year at `at` that ends a word, as its end offset.
fn year_end(text: &str, at: usize) -> Option<usize> {
    let year = text.get(at..at + 4)?;
    (year.bytes().all(|b| b.is_ascii_digit())
        && !text[at + 4..].starts_with(|c: char| c.is_ascii_alphanumeric()))
    .then_some(at + 4)
}

/// Finds standard designations: `ASTM F963-23`, `ANSI/UL 4200A-2023`,
/// `ANSI/CAN/UL 12402-9:2022` (edition after a colon) and `ANSI/APSP/ICC-16 2017` (a
/// numbered body, the edition after a space). Space after the body is written as one space.
pub fn find_standards(text: &str) -> Vec<(Range<usize>, String)> {
    let mut out = Vec::new();
    // Every place a body starts, in order (one pass per body: the text is never scanned
    // again from each match).
    let mut starts: Vec<usize> = BODIES_FIRST
        .iter()
        .flat_map(|b| text.match_indices(b).map(|(i, _)| i))
        .collect();
    starts.sort_unstable();
    starts.dedup();
    let mut search = 0;
    for found in starts {
        if found < search {
            continue;
        }
        search = found + 1;
        // `UL` inside a longer word or body is not a designation.
        if text[..found]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == '/' || c == '-')
        {
            continue;
        }
        let Some(body) = body_end(text, found) else {
            continue;
        };
        // A numbered body: `ANSI/APSP/ICC-16`, then the edition year after a space.
        if text[body..].starts_with('-') {
            let end = number_end(text, body + 1);
            if end == body + 1 || !text[body + 1..end].bytes().all(|b| b.is_ascii_digit()) {
                continue;
            }
            let mut name = text[found..end].to_string();
            let mut stop = end;
            if text[end..].starts_with(' ')
                && let Some(year) = year_end(text, end + 1)
            {
                name = format!("{name} {}", &text[end + 1..year]);
                stop = year;
            }
            out.push((found..stop, name));
            search = stop;
            continue;
        }
        let pos = skip_space(text, body);
        if pos == body {
            continue;
        }
        let end = number_end(text, pos);
        let number = &text[pos..end];
        // ASTM numbers start with a letter (`F963`): `ASTM 2025` is not a designation.
        let astm = &text[found..body] == "ASTM";
        let ok = number
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_uppercase() || (c.is_ascii_digit() && !astm))
            && number.chars().any(|c| c.is_ascii_digit());
        if !ok {
            continue;
        }
        let mut name = format!("{} {number}", &text[found..body]);
        let mut stop = end;
        if text[end..].starts_with(':')
            && let Some(year) = year_end(text, end + 1)
        {
            name.push_str(&text[end..year]);
            stop = year;
        }
        out.push((found..stop, name));
        search = stop;
    }
    out
}

/// Splits a standard designation into its family and edition: `ASTM F1169-25` →
/// (`ASTM F1169`, `Some("25")`), `ANSI/UL 4200A-2023` → (`ANSI/UL 4200A`, `Some("2023")`),
/// `ANSI/CAN/UL 12402-9:2022` → (`ANSI/CAN/UL 12402-9`, `Some("2022")`),
/// `ANSI/APSP/ICC-16 2017` → (`ANSI/APSP/ICC-16`, `Some("2017")`); a designation without an
/// edition (`ASTM F963`) is its own family.
pub fn split_edition(designation: &str) -> (&str, Option<&str>) {
    let year_after = |separator: char| {
        designation.rsplit_once(separator).filter(|(_, edition)| {
            edition.len() == 4 && edition.bytes().all(|b| b.is_ascii_digit())
        })
    };
    if let Some((family, edition)) =
        year_after(':').or_else(|| year_after(' ').filter(|(f, _)| !f.contains(' ')))
    {
        return (family, Some(edition));
    }
    // An edition after a hyphen is a two- or four-digit year with an optional letter
    // (`-19a`); `12402-9` is a part number, not an edition.
    let year = |e: &str| {
        let digits = e.bytes().take_while(u8::is_ascii_digit).count();
        matches!(digits, 2 | 4) && e[digits..].bytes().all(|b| b.is_ascii_lowercase())
    };
    match designation.rsplit_once('-') {
        Some((family, edition))
            if year(edition) && family.contains(|c: char| c.is_ascii_digit()) =>
        {
            (family, Some(edition))
        }
        _ => (designation, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbers(text: &str) -> Vec<Vec<String>> {
        find(text)
            .into_iter()
            .map(|c| c.numbers.into_iter().map(|n| n.number).collect())
            .collect()
    }

    #[test]
    fn japanese_connectors_join_numbers() {
        for text in [
            "16 CFR 1615及び1616",
            "16 CFR 1615および1616",
            "16 CFR part 1219又は1220",
            "16 CFR 1615と1616",
        ] {
            let numbers: Vec<String> = find(text)
                .into_iter()
                .flat_map(|c| c.numbers)
                .map(|n| n.number)
                .collect();
            assert_eq!(numbers.len(), 2, "{text}: {numbers:?}");
        }
    }

    #[test]
    fn single_parts_and_sections() {
        assert_eq!(numbers("See 16 CFR 1501 now."), [["1501"]]);
        assert_eq!(
            numbers("16 CFR part 1303 and 16 CFR § 1500.19(b)"),
            [vec!["1303"], vec!["1500.19"]]
        );
        let c = &find("16 CFR 1120.3(b) applies")[0];
        assert_eq!(
            c.numbers[0].url(),
            "https://www.ecfr.gov/current/title-16/section-1120.3"
        );
        assert_eq!(c.range, 0..13);
    }

    #[test]
    fn lists_ranges_and_connectors_in_every_language() {
        assert_eq!(
            numbers("16 CFR 1500.48 and 1500.49"),
            [["1500.48", "1500.49"]]
        );
        assert_eq!(
            numbers("16 CFR parts 1219, 1220 or 1221"),
            [["1219", "1220", "1221"]]
        );
        assert_eq!(numbers("16 CFR 1500.51–1500.53"), [["1500.51", "1500.53"]]);
        assert_eq!(numbers("16 CFR 1615和1616"), [["1615", "1616"]]);
        assert_eq!(numbers("见16 CFR 1501。"), [["1501"]]);
        assert_eq!(numbers("16 CFR 1615 및 1616"), [["1615", "1616"]]);
        assert_eq!(numbers("16 CFR 1615 và 1616"), [["1615", "1616"]]);
        assert_eq!(numbers("16 CFR 1615 dan 1616"), [["1615", "1616"]]);
        assert_eq!(numbers("16 CFR §§ 1615、1616"), [["1615", "1616"]]);
    }

    #[test]
    fn a_following_citation_is_not_swallowed() {
        assert_eq!(
            numbers("16 CFR 1501 and 16 CFR 1500.19"),
            [vec!["1501"], vec!["1500.19"]]
        );
        assert_eq!(numbers("16 CFR 1501, for toys"), [["1501"]]);
        assert!(numbers("116 CFR 1501 and CFR 16").is_empty());
    }

    #[test]
    fn standards() {
        let s = find_standards("per ASTM F963-23, and ASTM F1816-97.");
        assert_eq!(
            s.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(),
            ["ASTM F963-23", "ASTM F1816-97"]
        );
        let s = find_standards("UL: ANSI/UL 4200A-2023 and ASTM F406-24; XANSI/UL 1");
        assert_eq!(
            s.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(),
            ["ANSI/UL 4200A-2023", "ASTM F406-24"]
        );
        assert_eq!(s[0].0, 4..22);
    }

    #[test]
    fn standards_of_other_bodies_and_edition_forms() {
        let text = "uses ANSI/CAN/UL 12402-9:2022 and ANSI/APSP/ICC-16 2017, not ASTM 2025 or ANSI/APSP/ICC-16.";
        let s = find_standards(text);
        assert_eq!(
            s.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(),
            [
                "ANSI/CAN/UL 12402-9:2022",
                "ANSI/APSP/ICC-16 2017",
                "ANSI/APSP/ICC-16"
            ]
        );
        assert_eq!(&text[s[0].0.clone()], "ANSI/CAN/UL 12402-9:2022");
        assert_eq!(&text[s[1].0.clone()], "ANSI/APSP/ICC-16 2017");
        // A body inside a word, or a second body alone, is not a designation.
        assert!(find_standards("FULL 12, CAN 5, ANSI/XYZ 5").is_empty());
        assert_eq!(find_standards("UL 4200A-2023")[0].1, "UL 4200A-2023");
    }

    #[test]
    fn editions_split_from_families() {
        assert_eq!(split_edition("ASTM F1169-25"), ("ASTM F1169", Some("25")));
        assert_eq!(split_edition("ASTM F1169-19a"), ("ASTM F1169", Some("19a")));
        assert_eq!(
            split_edition("ANSI/UL 4200A-2023"),
            ("ANSI/UL 4200A", Some("2023"))
        );
        assert_eq!(split_edition("ASTM F963"), ("ASTM F963", None));
        assert_eq!(
            split_edition("ANSI/CAN/UL 12402-9:2022"),
            ("ANSI/CAN/UL 12402-9", Some("2022"))
        );
        assert_eq!(
            split_edition("ANSI/APSP/ICC-16 2017"),
            ("ANSI/APSP/ICC-16", Some("2017"))
        );
        assert_eq!(
            split_edition("ANSI/CAN/UL 12402-9"),
            ("ANSI/CAN/UL 12402-9", None)
        );
    }
}
