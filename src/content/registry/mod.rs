//! The regulations registry, `content/regulations.yaml`: every cited 16 CFR part with its
//! official title, the standard editions it incorporates (of any standards body: ASTM,
//! ANSI/UL, ANSI/CAN/UL, ANSI/APSP/ICC, …), the dated rules that changed it section by
//! section, and which edition of each standard is in force at a date (`as_of` in
//! `site.yaml`, never the clock). The checks of the content against it are in
//! [`crate::check::registry`].
//!
//! ```yaml
//! parts:
//!   - part: 1250
//!     title: Safety Standard for Toys
//!     federal_register: 82 FR 8989       # optional: the rule that created the part
//!     effective: 2017-04-30              # optional
//!     confirmed: true                    # optional (default true): the part's own facts
//!     editions:                          # optional: the standards the part incorporates
//!       - standard: ASTM F963-23
//!         federal_register: 89 FR 3344
//!         effective: 2024-04-20
//!         confirmed: false               # optional (default true): shown as "check the eCFR"
//!     rules:                             # optional: rules that added or changed sections
//!       - sections: [1250.5]
//!         title: Neck floats             # translated in locales/<locale>/regulations.ftl
//!         federal_register: 90 FR 58096
//!         effective: 2026-06-15
//! ```

mod items;
mod load;
#[cfg(test)]
mod tests;

use super::citations;
use super::segment::Segment;
use crate::source::SourceFile;
use time::Date;

/// Where the registry lives in a project.
pub const PATH: &str = "content/regulations.yaml";

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
    /// Whether the part's title and creating rule were confirmed in a primary source.
    pub confirmed: bool,
    /// The standard editions the part incorporates, in the order listed.
    pub editions: Vec<Edition>,
    /// The dated rules that added or changed sections of the part, by effective date.
    pub rules: Vec<Rule>,
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

/// A dated rule that added or changed sections of a part (such as § 1250.5, neck floats).
#[derive(Debug, Clone)]
pub struct Rule {
    /// The sections it added or changed, such as `1250.5`, in the order listed.
    pub sections: Vec<String>,
    /// What it covers, a segment of kind `title` translated like a part's title.
    pub title: Segment,
    /// Its Federal Register citation.
    pub federal_register: String,
    /// The date it takes (or took) effect.
    pub effective: Date,
    /// Whether it was confirmed in a primary source.
    pub confirmed: bool,
    /// Byte offset of the entry in the registry file.
    pub offset: usize,
}

impl Rule {
    /// The sections as cited: `16 CFR 1250.4` or `16 CFR 1250.4, 1250.5`.
    pub fn citation(&self) -> String {
        format!("16 CFR {}", self.sections.join(", "))
    }

    /// The eCFR address of its first section.
    pub fn url(&self) -> String {
        super::regulations::section_url(&self.sections[0])
    }
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
    /// The entry of part `number`.
    pub fn part(&self, number: u32) -> Option<&Part> {
        self.parts
            .binary_search_by_key(&number, |p| p.number)
            .ok()
            .map(|i| &self.parts[i])
    }

    /// Every translated title, in order: each part's title, then the titles of its rules.
    /// Index `i` of this list is the title's index in [`crate::i18n::registry`].
    pub fn titles(&self) -> impl Iterator<Item = &Segment> + Clone {
        self.parts
            .iter()
            .flat_map(|p| std::iter::once(&p.title).chain(p.rules.iter().map(|r| &r.title)))
    }

    /// The index in [`Registry::titles`] of the title of part `index` (in the registry's
    /// order), followed by its rules' titles.
    pub fn title_index(&self, index: usize) -> usize {
        self.parts[..index].iter().map(|p| 1 + p.rules.len()).sum()
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

/// A date written `YYYY-MM-DD`, as in the source files.
pub fn iso(date: Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}
