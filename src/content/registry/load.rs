//! Parsing and validating `content/regulations.yaml`: strict keys, and every bad value a
//! located error that drops only the entry (or the value) it is in.

use super::items::{key_in_item, sequence_items};
use super::{Edition, Part, Registry, Rule, iso};
use crate::content::citations;
use crate::content::frontmatter::parse_date;
use crate::content::segment::{Segment, SegmentKind};
use crate::diagnostics::Diagnostic;
use crate::source::SourceFile;
use crate::yaml;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::ops::Range;
use time::Date;

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
    #[serde(default = "confirmed_by_default")]
    confirmed: bool,
    #[serde(default)]
    editions: Vec<RawEdition>,
    #[serde(default)]
    rules: Vec<RawRule>,
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

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    /// Scalars: `1250.4` is a number to YAML, so the text is read from the file.
    sections: Vec<yaml_serde::Value>,
    title: String,
    federal_register: String,
    effective: String,
    #[serde(default = "confirmed_by_default")]
    confirmed: bool,
}

fn confirmed_by_default() -> bool {
    true
}

/// One sequence item of the file: its range and where each of its keys' values is.
struct Item<'f> {
    file: &'f SourceFile,
    range: Range<usize>,
}

impl Item<'_> {
    /// The items of the sequence under key `name` of this item (empty when absent).
    fn children(&self, name: &str) -> (Option<usize>, Vec<Range<usize>>) {
        let key = key_in_item(&self.file.text, self.range.clone(), name);
        let items = key
            .map(|k| sequence_items(&self.file.text, k, self.range.end))
            .unwrap_or_default();
        (key, items)
    }

    /// Where the value of key `name` is (the item's start when it cannot be found).
    fn value_at(&self, name: &str) -> usize {
        key_in_item(&self.file.text, self.range.clone(), name)
            .map_or(self.range.start, |k| yaml::locate_scalar(self.file, k))
    }

    /// The `effective` date and `federal_register` citation of an edition or rule, both
    /// valid, or `None` with their errors in `out`.
    fn dated(
        &self,
        effective: &str,
        citation: String,
        out: &mut Vec<Diagnostic>,
    ) -> Option<(Date, String)> {
        let date = date(self.file, effective, self.value_at("effective"), out);
        let citation =
            federal_register(self.file, citation, self.value_at("federal_register"), out);
        Some((date?, citation?))
    }

    /// The `index`th child item, or an empty range at `fallback`.
    fn child(&self, children: &(Option<usize>, Vec<Range<usize>>), index: usize) -> Item<'_> {
        let fallback = children.0.unwrap_or(self.range.start);
        Item {
            file: self.file,
            range: children.1.get(index).cloned().unwrap_or(fallback..fallback),
        }
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
            let item = Item {
                file: &file,
                range: items.get(i).cloned().unwrap_or(parts_key..parts_key),
            };
            let number_at = item.value_at("part");
            if let Some(first) = lines.insert(raw.part, file.line_col(number_at).0) {
                out.push(Diagnostic::error(
                    "invalid-value",
                    &file,
                    number_at,
                    format!("part {} is listed twice (first on line {first})", raw.part),
                ));
                continue;
            }
            if let Some(part) = part(&item, raw, out) {
                parts.push(part);
            }
        }
        parts.sort_by_key(|p| p.number);
        Some(Registry { file, parts })
    }
}

fn part(item: &Item, raw: RawPart, out: &mut Vec<Diagnostic>) -> Option<Part> {
    let file = item.file;
    let title = title(
        item,
        &raw.title,
        format!("16 CFR part {}", raw.part),
        &format!("part {}", raw.part),
        out,
    );
    let effective = raw
        .effective
        .as_deref()
        .and_then(|d| date(file, d, item.value_at("effective"), out));
    let federal_register = raw
        .federal_register
        .and_then(|c| federal_register(file, c, item.value_at("federal_register"), out));
    let edition_items = item.children("editions");
    let mut editions: Vec<Edition> = Vec::new();
    for (j, e) in raw.editions.into_iter().enumerate() {
        let e_item = item.child(&edition_items, j);
        if let Some(edition) = edition(&e_item, e, &editions, out) {
            editions.push(edition);
        }
    }
    let rule_items = item.children("rules");
    let mut rules: Vec<Rule> = Vec::new();
    for (j, r) in raw.rules.into_iter().enumerate() {
        let r_item = item.child(&rule_items, j);
        if let Some(rule) = rule(&r_item, raw.part, r, &rules, out) {
            rules.push(rule);
        }
    }
    rules.sort_by(|a, b| (a.effective, &a.sections).cmp(&(b.effective, &b.sections)));
    Some(Part {
        number: raw.part,
        title,
        federal_register,
        effective,
        confirmed: raw.confirmed,
        editions,
        rules,
        offset: item.range.start,
    })
}

/// A title segment located at its value; an empty title is an error (and stays empty).
fn title(
    item: &Item,
    text: &str,
    context: String,
    what: &str,
    out: &mut Vec<Diagnostic>,
) -> Segment {
    let at = item.value_at("title");
    let title = Segment::new(SegmentKind::Title, text, at..at, context);
    if title.text.is_empty() {
        out.push(Diagnostic::error(
            "invalid-value",
            item.file,
            at,
            format!("the title of {what} is empty"),
        ));
    }
    title
}

/// Validates one `editions` entry against the part's earlier ones.
fn edition(
    item: &Item,
    e: RawEdition,
    earlier: &[Edition],
    out: &mut Vec<Diagnostic>,
) -> Option<Edition> {
    let file = item.file;
    let found = citations::find_standards(&e.standard);
    let designation = matches!(found.as_slice(), [(_, s)] if *s == e.standard)
        && citations::split_edition(&e.standard).1.is_some();
    if !designation {
        out.push(
            Diagnostic::error(
                "invalid-value",
                file,
                item.value_at("standard"),
                format!(
                    "`{}` is not a standard designation with an edition",
                    e.standard
                ),
            )
            .hint(
                "write it as in the standard's title, e.g. `ASTM F1169-25`, `ANSI/UL 4200A-2023`, `ANSI/CAN/UL 12402-9:2022` or `ANSI/APSP/ICC-16 2017`",
            ),
        );
        return None;
    }
    let (effective, federal_register) = item.dated(&e.effective, e.federal_register, out)?;
    let edition = Edition {
        standard: e.standard,
        federal_register,
        effective,
        confirmed: e.confirmed,
        offset: item.range.start,
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
            item.value_at("standard"),
            message,
        ));
        return None;
    }
    Some(edition)
}

/// Validates one `rules` entry of part `part` against the part's earlier ones.
fn rule(
    item: &Item,
    part: u32,
    r: RawRule,
    earlier: &[Rule],
    out: &mut Vec<Diagnostic>,
) -> Option<Rule> {
    let file = item.file;
    let sections = sections(item, part, &r.sections, out)?;
    let title = title(
        item,
        &r.title,
        format!("16 CFR {}", sections.join(", ")),
        &format!("the rule for § {}", sections.join(", ")),
        out,
    );
    let (effective, federal_register) = item.dated(&r.effective, r.federal_register, out)?;
    if let Some(other) = earlier
        .iter()
        .find(|o| o.federal_register == federal_register)
    {
        out.push(Diagnostic::error(
            "invalid-value",
            file,
            item.value_at("federal_register"),
            format!(
                "the rule {federal_register} is listed twice in this part (also for § {})",
                other.sections.join(", ")
            ),
        ));
        return None;
    }
    Some(Rule {
        sections,
        title,
        federal_register,
        effective,
        confirmed: r.confirmed,
        offset: item.range.start,
    })
}

/// The section numbers of a rule, each `<part>.<section>` of `part`, read as written.
fn sections(
    item: &Item,
    part: u32,
    values: &[yaml_serde::Value],
    out: &mut Vec<Diagnostic>,
) -> Option<Vec<String>> {
    let file = item.file;
    let key = key_in_item(&file.text, item.range.clone(), "sections").unwrap_or(item.range.start);
    if values.is_empty() {
        out.push(Diagnostic::error(
            "invalid-value",
            file,
            yaml::locate_scalar(file, key),
            "a rule names at least one section, e.g. `sections: [1250.5]`",
        ));
        return None;
    }
    let mut sections = Vec::with_capacity(values.len());
    let mut ok = true;
    for (i, value) in values.iter().enumerate() {
        let at = yaml::locate_item(file, key, i);
        let written = match value {
            yaml_serde::Value::String(s) => s.trim().to_string(),
            _ => scalar_text(&file.text, at).to_string(),
        };
        let valid = written
            .split_once('.')
            .filter(|(p, s)| {
                p.parse::<u32>().ok() == Some(part)
                    && !s.is_empty()
                    && s.bytes().all(|b| b.is_ascii_digit())
            })
            .is_some();
        if valid {
            sections.push(written);
        } else {
            ok = false;
            out.push(
                Diagnostic::error(
                    "invalid-value",
                    file,
                    at,
                    format!("`{written}` is not a section of part {part}"),
                )
                .hint(format!("write the section number, e.g. `{part}.5`")),
            );
        }
    }
    ok.then_some(sections)
}

/// The plain scalar written at `at`: up to a comma, bracket, comment or line end.
fn scalar_text(text: &str, at: usize) -> &str {
    let rest = &text[at.min(text.len())..];
    let end = rest.find([',', ']', '}', '#', '\n']).unwrap_or(rest.len());
    rest[..end].trim()
}

/// A Federal Register citation written `<volume> FR <page>`, such as `90 FR 58096`.
fn federal_register(
    file: &SourceFile,
    text: String,
    at: usize,
    out: &mut Vec<Diagnostic>,
) -> Option<String> {
    let number = |s: &str| !s.is_empty() && s.len() <= 6 && s.bytes().all(|b| b.is_ascii_digit());
    let valid = text
        .split_once(" FR ")
        .is_some_and(|(volume, page)| number(volume) && number(page));
    if valid {
        return Some(text);
    }
    out.push(
        Diagnostic::error(
            "invalid-value",
            file,
            at,
            format!("`{text}` is not a Federal Register citation"),
        )
        .hint("write the volume and first page, e.g. `90 FR 58096`"),
    );
    None
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
