//! The regulations registry, `content/regulations.yaml`: every cited 16 CFR part with its
//! official title and the ASTM/ANSI standard editions it incorporates, and which edition of
//! each standard is in force at a date (`as_of` in `site.yaml`, never the clock). The
//! checks of the content against it are in [`crate::check::registry`].
//!
//! ```yaml
//! parts:
//!   - part: 1219
//!     title: Safety Standard for Full-Size Baby Cribs
//!     federal_register: 75 FR 81766      # optional: the rule that created the part
//!     effective: 2011-06-28              # optional
//!     editions:                          # optional: the standards the part incorporates
//!       - standard: ASTM F1169-25
//!         federal_register: 91 FR 23908
//!         effective: 2026-08-01
//!         confirmed: false               # optional (default true): shown as "check the eCFR"
//! ```

use super::citations;
use super::frontmatter::parse_date;
use super::segment::{Segment, SegmentKind};
use crate::diagnostics::Diagnostic;
use crate::source::SourceFile;
use crate::yaml;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::ops::Range;
use time::Date;

/// Where the registry lives in a project.
pub const PATH: &str = "content/regulations.yaml";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRegistry {
    parts: Vec<RawPart>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPart {
    part: u32,
    title: String,
    #[serde(default)]
    federal_register: Option<String>,
    #[serde(default)]
    effective: Option<String>,
    #[serde(default)]
    editions: Vec<RawEdition>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEdition {
    standard: String,
    federal_register: String,
    effective: String,
    #[serde(default = "confirmed_by_default")]
    confirmed: bool,
}

fn confirmed_by_default() -> bool {
    true
}

/// The loaded registry.
#[derive(Debug, Clone)]
pub struct Registry {
    /// `content/regulations.yaml` itself, for locating problems and untranslated titles.
    pub file: SourceFile,
    /// The parts, sorted by number.
    pub parts: Vec<Part>,
}

/// One 16 CFR part.
#[derive(Debug, Clone)]
pub struct Part {
    /// The part number, such as 1219.
    pub number: u32,
    /// The official English heading, a segment of kind `title` (translated in
    /// `locales/<locale>/regulations.ftl`), located at its YAML value.
    pub title: Segment,
    /// The Federal Register citation of the rule that created the part.
    pub federal_register: Option<String>,
    /// The effective date of that rule.
    pub effective: Option<Date>,
    /// The standard editions the part incorporates, in the order listed.
    pub editions: Vec<Edition>,
    /// Byte offset of the entry in the registry file.
    pub offset: usize,
}

/// One edition of a standard incorporated by a part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edition {
    /// The designation with its edition, such as `ASTM F1169-25`.
    pub standard: String,
    /// The Federal Register citation of the rule that incorporated it.
    pub federal_register: String,
    /// The date it takes (or took) effect.
    pub effective: Date,
    /// Whether it was confirmed in a primary source; readers are told to check the eCFR
    /// when it was not.
    pub confirmed: bool,
    /// Byte offset of the entry in the registry file.
    pub offset: usize,
}

impl Edition {
    /// The standard family, such as `ASTM F1169`.
    pub fn family(&self) -> &str {
        citations::split_edition(&self.standard).0
    }
}

/// The editions of one standard family in one part, at a date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FamilyAt<'r> {
    /// The family, such as `ASTM F1169`.
    pub family: &'r str,
    /// The latest listed edition in effect on the date, if any.
    pub in_force: Option<&'r Edition>,
    /// Listed editions that take effect after the date, earliest first.
    pub successors: Vec<&'r Edition>,
}

impl Part {
    /// The eCFR address of the part.
    pub fn url(&self) -> String {
        super::regulations::part_url(self.number)
    }

    /// Every standard family of the part, in the order first listed, with the edition in
    /// force on `as_of` and the announced successors.
    pub fn families_at(&self, as_of: Date) -> Vec<FamilyAt<'_>> {
        let mut out: Vec<FamilyAt> = Vec::new();
        for edition in &self.editions {
            let family = edition.family();
            let index = match out.iter().position(|f| f.family == family) {
                Some(i) => i,
                None => {
                    out.push(FamilyAt {
                        family,
                        in_force: None,
                        successors: Vec::new(),
                    });
                    out.len() - 1
                }
            };
            let entry = &mut out[index];
            if edition.effective > as_of {
                entry.successors.push(edition);
            } else if entry
                .in_force
                .is_none_or(|e| edition.effective > e.effective)
            {
                entry.in_force = Some(edition);
            }
        }
        for f in &mut out {
            f.successors.sort_by_key(|e| e.effective);
        }
        out
    }
}

impl Registry {
    /// Parses and validates the registry; problems are appended to `out`. Entries with
    /// problems are left out (or lose the bad value), so one mistake is reported once.
    pub fn load(file: SourceFile, out: &mut Vec<Diagnostic>) -> Option<Registry> {
        let raw: RawRegistry = yaml::parse(&file, 0..file.text.len())
            .map_err(|d| out.push(d))
            .ok()?;
        let text = file.text.as_str();
        let parts_key = yaml::locate_key(&file, 0, &["parts"]);
        let items = sequence_items(text, parts_key, text.len());
        let mut parts: Vec<Part> = Vec::new();
        let mut lines: BTreeMap<u32, usize> = BTreeMap::new();
        for (i, raw) in raw.parts.into_iter().enumerate() {
            let item = items.get(i).cloned().unwrap_or(parts_key..parts_key);
            let value_at = |key: &str| {
                key_in_item(text, item.clone(), key)
                    .map_or(item.start, |k| yaml::locate_scalar(&file, k))
            };
            let number_at = value_at("part");
            if let Some(first) = lines.insert(raw.part, file.line_col(number_at).0) {
                out.push(Diagnostic::error(
                    "invalid-value",
                    &file,
                    number_at,
                    format!("part {} is listed twice (first on line {first})", raw.part),
                ));
                continue;
            }
            let title_at = value_at("title");
            let title = Segment::new(
                SegmentKind::Title,
                &raw.title,
                title_at..title_at,
                format!("16 CFR part {}", raw.part),
            );
            if title.text.is_empty() {
                out.push(Diagnostic::error(
                    "invalid-value",
                    &file,
                    title_at,
                    format!("the title of part {} is empty", raw.part),
                ));
            }
            let effective = raw
                .effective
                .as_deref()
                .and_then(|d| date(&file, d, value_at("effective"), out));
            let editions_key = key_in_item(text, item.clone(), "editions");
            let edition_items = editions_key
                .map(|k| sequence_items(text, k, item.end))
                .unwrap_or_default();
            let mut editions: Vec<Edition> = Vec::new();
            for (j, e) in raw.editions.into_iter().enumerate() {
                let fallback = editions_key.unwrap_or(item.start);
                let e_item = edition_items.get(j).cloned().unwrap_or(fallback..fallback);
                let at = |key: &str| {
                    key_in_item(text, e_item.clone(), key)
                        .map_or(e_item.start, |k| yaml::locate_scalar(&file, k))
                };
                if let Some(edition) = edition(&file, e, e_item.start, &at, &editions, out) {
                    editions.push(edition);
                }
            }
            parts.push(Part {
                number: raw.part,
                title,
                federal_register: raw.federal_register,
                effective,
                editions,
                offset: item.start,
            });
        }
        parts.sort_by_key(|p| p.number);
        Some(Registry { file, parts })
    }

    /// The entry of part `number`.
    pub fn part(&self, number: u32) -> Option<&Part> {
        self.parts
            .binary_search_by_key(&number, |p| p.number)
            .ok()
            .map(|i| &self.parts[i])
    }

    /// Every part that lists an edition of `family`, with that family's editions on
    /// `as_of`, by part number.
    pub fn family_at(&self, family: &str, as_of: Date) -> Vec<(&Part, FamilyAt<'_>)> {
        self.parts
            .iter()
            .flat_map(|p| {
                p.families_at(as_of)
                    .into_iter()
                    .filter(|f| f.family == family)
                    .map(move |f| (p, f))
            })
            .collect()
    }
}

/// Validates one `editions` entry against the part's earlier ones.
fn edition(
    file: &SourceFile,
    e: RawEdition,
    offset: usize,
    at: &dyn Fn(&str) -> usize,
    earlier: &[Edition],
    out: &mut Vec<Diagnostic>,
) -> Option<Edition> {
    let found = citations::find_standards(&e.standard);
    let designation = matches!(found.as_slice(), [(_, s)] if *s == e.standard)
        && citations::split_edition(&e.standard).1.is_some();
    if !designation {
        out.push(
            Diagnostic::error(
                "invalid-value",
                file,
                at("standard"),
                format!(
                    "`{}` is not a standard designation with an edition",
                    e.standard
                ),
            )
            .hint(
                "write it as in the standard's title, e.g. `ASTM F1169-25` or `ANSI/UL 4200A-2023`",
            ),
        );
        return None;
    }
    let effective = date(file, &e.effective, at("effective"), out)?;
    let edition = Edition {
        standard: e.standard,
        federal_register: e.federal_register,
        effective,
        confirmed: e.confirmed,
        offset,
    };
    if let Some(other) = earlier.iter().find(|o| {
        o.standard == edition.standard
            || (o.family() == edition.family() && o.effective == edition.effective)
    }) {
        let message = if other.standard == edition.standard {
            format!("{} is listed twice in this part", edition.standard)
        } else {
            format!(
                "{} and {} both take effect on {}: which one is in force?",
                other.standard,
                edition.standard,
                iso(effective)
            )
        };
        out.push(Diagnostic::error(
            "invalid-value",
            file,
            at("standard"),
            message,
        ));
        return None;
    }
    Some(edition)
}

fn date(file: &SourceFile, text: &str, at: usize, out: &mut Vec<Diagnostic>) -> Option<Date> {
    parse_date(text)
        .map_err(|problem| {
            out.push(Diagnostic::error(
                "invalid-value",
                file,
                at,
                format!("`effective` must be a date written YYYY-MM-DD: {problem}"),
            ));
        })
        .ok()
}

/// A date written `YYYY-MM-DD`, as in the source files.
pub fn iso(date: Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

/// Byte ranges of the items of the block sequence under the key at `key_at`, stopping at
/// `limit` (the end of the enclosing item). Empty for a flow sequence.
fn sequence_items(text: &str, key_at: usize, limit: usize) -> Vec<Range<usize>> {
    let line_start = |at: usize| text[..at].rfind('\n').map_or(0, |i| i + 1);
    let key_indent = key_at - line_start(key_at);
    let mut starts = Vec::new();
    let mut item_indent: Option<usize> = None;
    let mut end = limit;
    let mut offset = text[key_at..limit]
        .find('\n')
        .map_or(limit, |i| key_at + i + 1);
    while offset < limit {
        let line_end = text[offset..limit]
            .find('\n')
            .map_or(limit, |i| offset + i + 1);
        let line = &text[offset..line_end];
        let body = line.trim_start_matches(' ');
        let indent = line.len() - body.len();
        offset = line_end;
        if body.trim().is_empty() || body.starts_with('#') {
            continue;
        }
        let dash = body
            .strip_prefix('-')
            .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\n', '\r']));
        match item_indent {
            None if dash && indent >= key_indent => {
                item_indent = Some(indent);
                starts.push(line_end - line.len() + indent);
            }
            Some(i) if dash && indent == i => starts.push(line_end - line.len() + indent),
            Some(i) if indent > i => {}
            _ => {
                end = line_end - line.len();
                break;
            }
        }
    }
    let mut ranges = Vec::with_capacity(starts.len());
    for (k, &start) in starts.iter().enumerate() {
        ranges.push(start..starts.get(k + 1).copied().unwrap_or(end));
    }
    ranges
}

/// Offset of key `name` of the mapping that is the sequence item `item` (which starts at
/// its `-`), in block style or in flow style on the item's first line.
fn key_in_item(text: &str, item: Range<usize>, name: &str) -> Option<usize> {
    let first = item.start + 1;
    let first =
        first + text[first..item.end].len() - text[first..item.end].trim_start_matches(' ').len();
    let line_start = text[..item.start].rfind('\n').map_or(0, |i| i + 1);
    let key_indent = first - line_start;
    let pattern = format!("{name}:");
    let first_line_end = text[first..item.end]
        .find('\n')
        .map_or(item.end, |i| first + i);
    if text[first..].starts_with('{') {
        let line = &text[first..first_line_end];
        return line
            .match_indices(&pattern)
            .find(|(i, _)| line[..*i].ends_with([' ', '{', ',']))
            .map(|(i, _)| first + i);
    }
    if text[first..].starts_with(&pattern) {
        return Some(first);
    }
    let mut offset = (first_line_end + 1).min(item.end);
    while offset < item.end {
        let line_end = text[offset..item.end]
            .find('\n')
            .map_or(item.end, |i| offset + i + 1);
        let line = &text[offset..line_end];
        let body = line.trim_start_matches(' ');
        if line.len() - body.len() == key_indent && body.starts_with(&pattern) {
            return Some(offset + key_indent);
        }
        offset = line_end;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "# The registry.
parts:
  - part: 1250
    title: Safety Standard for Toys
    federal_register: 82 FR 8989
    effective: 2017-04-30
    editions:
      - standard: ASTM F963-17
        federal_register: 82 FR 8989
        effective: 2017-04-30
      - standard: ASTM F963-23
        federal_register: 89 FR 3344
        effective: 2024-04-20
      # an announced successor
      - standard: ASTM F963-27
        federal_register: 93 FR 1
        effective: 2027-06-01
        confirmed: false
  - part: 1219
    title: Safety Standard for Full-Size Baby Cribs
    editions:
      - { standard: ASTM F1169-25, federal_register: 91 FR 23908, effective: 2026-08-01 }
  - part: 1501
    title: Method for Identifying Toys
";

    fn load(text: &str) -> (Option<Registry>, Vec<Diagnostic>) {
        let mut out = Vec::new();
        let r = Registry::load(SourceFile::new(PATH, text), &mut out);
        (r, out)
    }

    fn day(y: i32, m: u8, d: u8) -> Date {
        Date::from_calendar_date(y, time::Month::try_from(m).unwrap(), d).unwrap()
    }

    #[test]
    fn parses_sorted_with_titles_as_segments() {
        let (r, out) = load(GOOD);
        assert!(out.is_empty(), "{out:?}");
        let r = r.unwrap();
        assert_eq!(
            r.parts.iter().map(|p| p.number).collect::<Vec<_>>(),
            [1219, 1250, 1501]
        );
        let toys = r.part(1250).unwrap();
        assert_eq!(
            toys.title.id,
            crate::content::segment::segment_id(SegmentKind::Title, "Safety Standard for Toys")
        );
        assert_eq!(toys.title.context, "16 CFR part 1250");
        assert_eq!(r.file.line_col(toys.title.range.start), (4, 12));
        assert_eq!(toys.effective, Some(day(2017, 4, 30)));
        assert_eq!(toys.editions.len(), 3);
        assert!(!toys.editions[2].confirmed && toys.editions[1].confirmed);
        assert_eq!(r.file.line_col(toys.editions[2].offset), (15, 7));
        assert_eq!(r.part(1219).unwrap().editions[0].standard, "ASTM F1169-25");
        assert!(r.part(1501).unwrap().editions.is_empty());
        assert!(r.part(1500).is_none());
    }

    #[test]
    fn the_edition_in_force_is_the_latest_in_effect_and_later_ones_are_successors() {
        let (r, _) = load(GOOD);
        let r = r.unwrap();
        let toys = r.part(1250).unwrap();
        let at = |d| toys.families_at(d);
        let now = at(day(2026, 11, 20));
        assert_eq!(now.len(), 1);
        assert_eq!(now[0].family, "ASTM F963");
        assert_eq!(now[0].in_force.unwrap().standard, "ASTM F963-23");
        assert_eq!(
            now[0]
                .successors
                .iter()
                .map(|e| e.standard.as_str())
                .collect::<Vec<_>>(),
            ["ASTM F963-27"]
        );
        // On the effective date itself the new edition is in force.
        assert_eq!(
            at(day(2024, 4, 20))[0].in_force.unwrap().standard,
            "ASTM F963-23"
        );
        assert_eq!(
            at(day(2024, 4, 19))[0].in_force.unwrap().standard,
            "ASTM F963-17"
        );
        let later = at(day(2027, 6, 1));
        assert_eq!(later[0].in_force.unwrap().standard, "ASTM F963-27");
        assert!(later[0].successors.is_empty());
        let before = at(day(2010, 1, 1));
        assert!(before[0].in_force.is_none());
        assert_eq!(before[0].successors.len(), 3);
        let cribs = r.family_at("ASTM F1169", day(2026, 7, 31));
        assert_eq!(cribs.len(), 1);
        assert_eq!(cribs[0].0.number, 1219);
        assert!(cribs[0].1.in_force.is_none());
        assert_eq!(cribs[0].1.successors[0].standard, "ASTM F1169-25");
    }

    #[test]
    fn unknown_keys_are_located_errors() {
        let (r, out) = load(&GOOD.replace(
            "    federal_register: 82 FR 8989\n    effective",
            "    federal_register: 82 FR 8989\n    efective",
        ));
        assert!(r.is_none());
        assert_eq!(
            (out[0].code, out[0].line, out[0].column),
            ("unknown-key", 6, 5)
        );
        let (_, out) = load(&GOOD.replace(
            "        confirmed: false",
            "        confirmed: false\n        note: x",
        ));
        assert_eq!((out[0].code, out[0].line), ("unknown-key", 19));
    }

    #[test]
    fn bad_dates_and_designations_are_located_at_their_value() {
        let text = GOOD
            .replace("effective: 2024-04-20", "effective: 2024-02-30")
            .replace(
                "effective: 2017-04-30\n    editions",
                "effective: 2017-4-30\n    editions",
            )
            .replace("standard: ASTM F1169-25", "standard: F1169");
        let (r, out) = load(&text);
        let found: Vec<(usize, usize, &str)> = out
            .iter()
            .map(|d| (d.line, d.column, d.message.as_str()))
            .collect();
        assert_eq!(found.len(), 3, "{found:?}");
        assert_eq!((found[0].0, found[0].1), (6, 16));
        assert!(found[0].2.contains("not written YYYY-MM-DD"));
        assert_eq!((found[1].0, found[1].1), (13, 20));
        assert!(found[1].2.contains("not a day of the calendar"));
        assert_eq!((found[2].0, found[2].1), (22, 21));
        assert!(found[2].2.contains("`F1169` is not a standard designation"));
        assert!(out.iter().all(|d| d.code == "invalid-value"));
        // The rest of the registry is still used.
        let r = r.unwrap();
        assert_eq!(r.part(1250).unwrap().editions.len(), 2);
        assert_eq!(r.part(1250).unwrap().effective, None);
    }

    #[test]
    fn duplicates_are_errors() {
        let (r, out) = load(&format!("{GOOD}  - part: 1219\n    title: Again\n"));
        assert_eq!((out[0].line, out[0].column), (25, 11));
        assert!(
            out[0]
                .message
                .contains("part 1219 is listed twice (first on line 19)")
        );
        assert_eq!(
            r.unwrap().part(1219).unwrap().title.text,
            "Safety Standard for Full-Size Baby Cribs"
        );
        let (_, out) = load(&GOOD.replace("ASTM F963-27", "ASTM F963-23"));
        assert_eq!(out[0].line, 15);
        assert!(out[0].message.contains("listed twice"));
        let (_, out) = load(&GOOD.replace("2027-06-01", "2024-04-20"));
        assert!(
            out[0].message.contains("both take effect on 2024-04-20"),
            "{}",
            out[0].message
        );
    }

    #[test]
    fn dates_print_as_written() {
        assert_eq!(iso(day(2026, 8, 1)), "2026-08-01");
    }
}
