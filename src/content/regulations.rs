//! What a module cites: `16 CFR` parts and sections (in words or by an eCFR or Cornell LII
//! link) and standards, from its front-matter `regulations` and from its body
//! (docs/formats.md §3), for the regulations index.

use super::citations;
use super::document::Module;
use std::collections::{BTreeMap, BTreeSet};

/// The citations of one module.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cited {
    /// Part number → the sections of that part cited (empty when only the part is).
    pub parts: BTreeMap<u32, BTreeSet<String>>,
    /// Standards such as `ASTM F963-23`.
    pub standards: BTreeSet<String>,
}

impl Cited {
    /// Collects the citations of `module`.
    pub fn of(module: &Module) -> Cited {
        let mut cited = Cited::default();
        let texts = module
            .meta
            .regulations
            .iter()
            .map(String::as_str)
            .chain(module.doc.segments().map(|s| s.text.as_str()));
        for text in texts {
            for n in super::cfr_links::cited_numbers(text) {
                let Some(part) = n.part() else { continue };
                let sections = cited.parts.entry(part).or_default();
                if !n.is_part() {
                    sections.insert(n.number.clone());
                }
            }
            for (_, standard) in citations::find_standards(text) {
                cited.standards.insert(standard);
            }
        }
        cited
    }
}

/// The eCFR address of a part.
pub fn part_url(part: u32) -> String {
    format!("https://www.ecfr.gov/current/title-16/part-{part}")
}

/// The eCFR address of a section.
pub fn section_url(section: &str) -> String {
    format!("https://www.ecfr.gov/current/title-16/section-{section}")
}

/// Orders section numbers numerically (`1500.9` before `1500.18`).
pub fn section_key(section: &str) -> (u32, u32) {
    let mut parts = section
        .split('.')
        .map(|p| p.parse::<u32>().unwrap_or(u32::MAX));
    (parts.next().unwrap_or(0), parts.next().unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceFile;

    #[test]
    fn front_matter_and_body_citations_are_collected() {
        let md = "---\ntitle: T\nsummary: S\ncategory: toys\nreviewed: 2026-01-01\nregulations: [16 CFR 1501, ASTM F963-23]\n---\nSee 16 CFR 1500.19(b) and 1500.18, and ASTM F1816-97.\n";
        let m = Module::load("m", SourceFile::new("m.md", md), &[], &mut Vec::new()).unwrap();
        let cited = Cited::of(&m);
        assert_eq!(
            cited.parts.keys().copied().collect::<Vec<_>>(),
            [1500, 1501]
        );
        assert_eq!(
            cited.parts[&1500].iter().cloned().collect::<Vec<_>>(),
            ["1500.18", "1500.19"]
        );
        assert!(cited.parts[&1501].is_empty());
        assert_eq!(
            cited.standards.iter().cloned().collect::<Vec<_>>(),
            ["ASTM F1816-97", "ASTM F963-23"]
        );
        assert!(section_key("1500.9") < section_key("1500.18"));
    }
}
