//! The English source checked against the regulations registry (`content/regulations.yaml`),
//! when the project has one:
//!
//! - `unknown-regulation` (error): a `16 CFR` citation, in a module's front-matter
//!   `regulations` or in the text of a module or audience page, or a link to an eCFR or
//!   Cornell LII page of title 16 there, to a part the registry does not list;
//! - `edition-mismatch` (error): a standard edition named in that text (`ASTM F1169-19`)
//!   whose family the registry lists, but which is neither the edition in force at `as_of`
//!   nor an announced successor;
//! - `review-due` (a note that no policy makes an error): a module whose `reviewed` date is
//!   older than the effective date of an edition it cites, through a part or by name.

use crate::content::document::{Document, Module};
use crate::content::frontmatter::parse_date;
use crate::content::registry::{self, Registry, iso};
use crate::content::regulations::Cited;
use crate::content::{cfr_links, citations};
use crate::diagnostics::{Diagnostic, Severity};
use crate::project::Project;
use crate::source::SourceFile;
use crate::yaml;
use time::Date;

/// The code of the review reminder, a note that neither `--strict` nor `--complete` turns
/// into an error: it asks for an expert's review, which no translation can supply.
pub const REVIEW_DUE: &str = "review-due";

/// Every registry problem of the project's source.
pub fn check(project: &Project) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let Some(registry) = &project.registry else {
        for (tag, catalog) in &project.catalogs {
            if let Some(file) = &catalog.regulations {
                out.push(
                    Diagnostic::new(
                        Severity::Warning,
                        "obsolete-file",
                        &file.file.path,
                        format!("there is no {}", registry::PATH),
                    )
                    .in_locale(tag),
                );
            }
        }
        return out;
    };
    // Without `as_of` the project fails to load with its own error.
    let Some(as_of) = project.config.as_of_date() else {
        return out;
    };
    let check = Checker { registry, as_of };
    for module in &project.modules {
        check.front_matter(module, &mut out);
        check.document(&module.doc, &mut out);
        let due = review_due(registry, as_of, module, &Cited::of(module));
        if !due.is_empty() {
            out.push(review_note(module, &due));
        }
    }
    for page in project.audience_pages.values() {
        check.document(&page.doc, &mut out);
    }
    out
}

/// An edition or rule a module cites that took effect after the module was last reviewed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueChange {
    /// The part that incorporates the edition or holds the rule.
    pub part: u32,
    /// What changed: an edition (`ASTM F1169-25`) or a rule's sections (`16 CFR 1250.5`).
    pub name: String,
    /// When it took effect.
    pub effective: Date,
}

/// The editions and rules that `module` cites (the editions in force and the rules of the
/// parts it cites, and the standards it names) which took effect after its `reviewed` date
/// and on or before `as_of`, earliest first.
pub fn review_due(
    registry: &Registry,
    as_of: Date,
    module: &Module,
    cited: &Cited,
) -> Vec<DueChange> {
    let Ok(reviewed) = parse_date(&module.meta.reviewed) else {
        return Vec::new();
    };
    let mut due: Vec<DueChange> = Vec::new();
    let mut add = |part: u32, name: &str, effective: Date| {
        if effective > reviewed && effective <= as_of && !due.iter().any(|d| d.name == name) {
            due.push(DueChange {
                part,
                name: name.to_string(),
                effective,
            });
        }
    };
    for number in cited.parts.keys() {
        let Some(part) = registry.part(*number) else {
            continue;
        };
        for family in part.families_at(as_of) {
            if let Some(e) = family.in_force {
                add(*number, &e.standard, e.effective);
            }
        }
        for rule in &part.rules {
            add(*number, &rule.citation(), rule.effective);
        }
    }
    for standard in &cited.standards {
        let (family, edition) = citations::split_edition(standard);
        for (part, at) in registry.family_at(family, as_of) {
            match edition {
                // The edition named, if the registry lists it.
                Some(_) => part
                    .editions
                    .iter()
                    .filter(|e| e.standard == *standard)
                    .for_each(|e| add(part.number, &e.standard, e.effective)),
                // The family in general: whatever edition is in force.
                None => at
                    .in_force
                    .into_iter()
                    .for_each(|e| add(part.number, &e.standard, e.effective)),
            }
        }
    }
    due.sort_by(|a, b| (a.effective, &a.name).cmp(&(b.effective, &b.name)));
    due
}

fn review_note(module: &Module, due: &[DueChange]) -> Diagnostic {
    let file = &module.doc.file;
    let at = yaml::locate_scalar(file, yaml::locate_key(file, 0, &["reviewed"]));
    let message = match due {
        [d] => format!(
            "due for review: last reviewed {}, before {} took effect on {} (16 CFR part {})",
            module.meta.reviewed,
            d.name,
            iso(d.effective),
            d.part
        ),
        _ => {
            let editions: Vec<String> = due
                .iter()
                .map(|d| {
                    format!(
                        "{} on {} (16 CFR part {})",
                        d.name,
                        iso(d.effective),
                        d.part
                    )
                })
                .collect();
            format!(
                "due for review: last reviewed {}, before these editions and rules it cites took effect: {}",
                module.meta.reviewed,
                editions.join(", ")
            )
        }
    };
    Diagnostic::new(Severity::Note, REVIEW_DUE, &file.path, message)
        .at(file, at)
        .hint("check the module against the new edition, then update `reviewed`")
}

struct Checker<'r> {
    registry: &'r Registry,
    as_of: Date,
}

impl Checker<'_> {
    /// The items of the front-matter `regulations` list.
    fn front_matter(&self, module: &Module, out: &mut Vec<Diagnostic>) {
        let file = &module.doc.file;
        let key = yaml::locate_key(file, 0, &["regulations"]);
        for (i, item) in module.meta.regulations.iter().enumerate() {
            let at = yaml::locate_item(file, key, i);
            self.text(file, item, rest_of_line(file, at), at, out);
        }
    }

    /// The English text of every segment of a document.
    fn document(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        for segment in doc.segments() {
            let range = segment.range.clone();
            // Front-matter segments are located at their value, which runs to the line's end.
            let raw = if range.is_empty() {
                rest_of_line(&doc.file, range.start)
            } else {
                &doc.file.text[range.clone()]
            };
            self.text(&doc.file, &segment.text, raw, range.start, out);
        }
    }

    /// Checks `text`, whose source form `raw` starts at byte `base` of `file`.
    fn text(
        &self,
        file: &SourceFile,
        text: &str,
        raw: &str,
        base: usize,
        out: &mut Vec<Diagnostic>,
    ) {
        let numbers = |t: &str| -> Vec<(String, usize)> {
            cfr_links::cited_numbers(t)
                .map(|n| (n.number, n.range.start))
                .collect()
        };
        let wanted = numbers(text);
        let places = place(&wanted, &numbers(raw), base);
        for ((number, _), at) in wanted.iter().zip(places) {
            let Some(part) = number.split('.').next().and_then(|p| p.parse::<u32>().ok()) else {
                continue;
            };
            if self.registry.part(part).is_some() {
                continue;
            }
            let message = if number.contains('.') {
                format!(
                    "16 CFR {number} is in part {part}, which is not in the regulations registry"
                )
            } else {
                format!("16 CFR part {part} is not in the regulations registry")
            };
            out.push(
                Diagnostic::error("unknown-regulation", file, at, message).hint(format!(
                    "add part {part} to {} with its official title, or correct the citation",
                    registry::PATH
                )),
            );
        }
        let standards = |t: &str| -> Vec<(String, usize)> {
            citations::find_standards(t)
                .into_iter()
                .map(|(range, name)| (name, range.start))
                .collect()
        };
        let wanted = standards(text);
        let places = place(&wanted, &standards(raw), base);
        for ((standard, _), at) in wanted.iter().zip(places) {
            if let Some(d) = self.mismatch(file, standard, at) {
                out.push(d);
            }
        }
    }

    fn mismatch(&self, file: &SourceFile, standard: &str, at: usize) -> Option<Diagnostic> {
        let (family, Some(_)) = citations::split_edition(standard) else {
            return None;
        };
        let listed = self.registry.family_at(family, self.as_of);
        let accepted = listed.iter().any(|(_, f)| {
            f.in_force.is_some_and(|e| e.standard == standard)
                || f.successors.iter().any(|e| e.standard == standard)
        });
        if accepted {
            return None;
        }
        // Without an edition in force the registry cannot say the module is wrong.
        let (part, current) = listed
            .iter()
            .find_map(|(p, f)| f.in_force.map(|e| (p, (e, &f.successors))))?;
        let (edition, successors) = current;
        let mut d = Diagnostic::error(
            "edition-mismatch",
            file,
            at,
            format!(
                "{standard} is not the edition in force: the registry lists {} from {} (16 CFR part {})",
                edition.standard,
                iso(edition.effective),
                part.number
            ),
        );
        for s in successors {
            d = d.hint(format!(
                "the registry also announces {} from {}",
                s.standard,
                iso(s.effective)
            ));
        }
        Some(d.hint(format!(
            "name the edition in force, or update {} if it is out of date",
            registry::PATH
        )))
    }
}

/// The text from `at` to the end of its line.
fn rest_of_line(file: &SourceFile, at: usize) -> &str {
    let text = &file.text[at.min(file.text.len())..];
    &text[..text.find(['\n', '\r']).unwrap_or(text.len())]
}

/// The file offset of each `wanted` item (found in normalized text): the offset of the same
/// item in `raw` (found in the source form, in order), or `base` when it cannot be matched.
fn place(wanted: &[(String, usize)], raw: &[(String, usize)], base: usize) -> Vec<usize> {
    let mut next = 0;
    wanted
        .iter()
        .map(
            |(w, _)| match raw[next..].iter().position(|(r, _)| r == w) {
                Some(i) => {
                    next += i + 1;
                    base + raw[next - 1].1
                }
                None => base,
            },
        )
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::document::AudiencePage;

    const REGISTRY: &str = "parts:
  - part: 1219
    title: Safety Standard for Full-Size Baby Cribs
    editions:
      - standard: ASTM F1169-19
        federal_register: 84 FR 1
        effective: 2019-11-01
      - standard: ASTM F1169-25
        federal_register: 91 FR 23908
        effective: 2026-08-01
      - standard: ASTM F1169-27
        federal_register: 93 FR 2
        effective: 2027-09-01
  - part: 1250
    title: Safety Standard for Toys
    editions:
      - standard: ASTM F963-23
        federal_register: 89 FR 3344
        effective: 2024-04-20
  - part: 1501
    title: Small parts
";

    fn registry() -> Registry {
        let mut out = Vec::new();
        let r = Registry::load(SourceFile::new(registry::PATH, REGISTRY), &mut out);
        assert!(out.is_empty(), "{out:?}");
        r.unwrap()
    }

    fn as_of() -> Date {
        Date::from_calendar_date(2026, time::Month::November, 20).unwrap()
    }

    fn module(front: &str, body: &str) -> Module {
        let md = format!("---\ntitle: T\nsummary: S\ncategory: cribs\n{front}---\n{body}");
        let mut out = Vec::new();
        let m = Module::load(
            "m",
            SourceFile::new("content/modules/m.md", md),
            &[],
            &mut out,
        );
        assert!(out.is_empty(), "{out:?}");
        m.unwrap()
    }

    fn problems(m: &Module) -> Vec<Diagnostic> {
        let registry = registry();
        let check = Checker {
            registry: &registry,
            as_of: as_of(),
        };
        let mut out = Vec::new();
        check.front_matter(m, &mut out);
        check.document(&m.doc, &mut out);
        out
    }

    fn brief(ds: &[Diagnostic]) -> Vec<(&str, usize, usize)> {
        ds.iter().map(|d| (d.code, d.line, d.column)).collect()
    }

    #[test]
    fn citations_of_parts_not_in_the_registry_are_located_errors() {
        let m = module(
            "regulations: [16 CFR 1219, 16 CFR 1234.5]\nreviewed: 2026-10-01\n",
            "Read 16 CFR 1501 and\n16 CFR 1999 first.\n\n> Also 16 CFR 1219 and\n> 1777.\n",
        );
        let out = problems(&m);
        assert_eq!(
            brief(&out),
            [
                ("unknown-regulation", 5, 35),
                ("unknown-regulation", 9, 8),
                ("unknown-regulation", 11, 3),
            ],
            "{out:?}"
        );
        assert_eq!(
            out[0].message,
            "16 CFR 1234.5 is in part 1234, which is not in the regulations registry"
        );
        assert_eq!(
            out[1].message,
            "16 CFR part 1999 is not in the regulations registry"
        );
        assert_eq!(out[0].severity, Severity::Error);
    }

    #[test]
    fn links_to_the_ecfr_and_lii_are_citations_of_their_parts() {
        let m = module(
            "reviewed: 2026-10-01\n",
            "- [Apparel](https://www.law.cornell.edu/cfr/text/16/1609.1)\n- [Toys](https://www.ecfr.gov/current/title-16/part-1250) and [sleepwear](https://www.ecfr.gov/current/title-16/chapter-II/subchapter-D/part-1615)\n- [Customs](https://www.ecfr.gov/current/title-19/part-141)\n",
        );
        let out = problems(&m);
        assert_eq!(
            brief(&out),
            [
                ("unknown-regulation", 7, 53),
                ("unknown-regulation", 8, 142)
            ],
            "{out:?}"
        );
        assert_eq!(
            out[0].message,
            "16 CFR 1609.1 is in part 1609, which is not in the regulations registry"
        );
        assert_eq!(
            out[1].message,
            "16 CFR part 1615 is not in the regulations registry"
        );
        // A cited link also counts for the regulations index.
        let cited = Cited::of(&m);
        assert_eq!(
            cited.parts.keys().copied().collect::<Vec<_>>(),
            [1250, 1609, 1615]
        );
    }

    #[test]
    fn a_rule_that_took_effect_after_the_review_makes_a_citing_module_due() {
        let text = REGISTRY.replace(
            "        effective: 2024-04-20\n  - part: 1501",
            "        effective: 2024-04-20\n    rules:\n      - { sections: [1250.5], title: Neck floats, federal_register: 90 FR 58096, effective: 2026-06-15 }\n  - part: 1501",
        );
        let mut out = Vec::new();
        let registry = Registry::load(SourceFile::new(registry::PATH, text), &mut out).unwrap();
        assert!(out.is_empty(), "{out:?}");
        let m = module("reviewed: 2026-01-01\n", "See 16 CFR 1250.2.\n");
        let due = review_due(&registry, as_of(), &m, &Cited::of(&m));
        assert_eq!(
            due.iter()
                .map(|d| (d.part, d.name.as_str()))
                .collect::<Vec<_>>(),
            [(1250, "16 CFR 1250.5")]
        );
        let m = module("reviewed: 2026-07-01\n", "See 16 CFR 1250.2.\n");
        assert!(review_due(&registry, as_of(), &m, &Cited::of(&m)).is_empty());
    }

    #[test]
    fn a_block_list_item_and_a_title_are_located() {
        let m = module(
            "regulations:\n  - 16 CFR 1501\n  - \"16 CFR 1888\"\nreviewed: 2026-10-01\n",
            "",
        );
        assert_eq!(brief(&problems(&m)), [("unknown-regulation", 7, 13)]);
        let md = "---\ntitle: Rules of 16 CFR 1404\nsummary: S\n---\nBody.\n";
        let mut out = Vec::new();
        let page = AudiencePage::load(
            "a",
            SourceFile::new("content/audiences/a.md", md),
            &[],
            &mut out,
        )
        .unwrap();
        let registry = registry();
        let check = Checker {
            registry: &registry,
            as_of: as_of(),
        };
        check.document(&page.doc, &mut out);
        assert_eq!(brief(&out), [("unknown-regulation", 2, 24)]);
    }

    #[test]
    fn editions_other_than_in_force_or_announced_are_mismatches() {
        let m = module(
            "regulations: [16 CFR 1219, ASTM F963-17]\nreviewed: 2026-10-01\n",
            "Cribs meet ASTM F1169-19; from 2027 ASTM F1169-27. Now ASTM F1169-25 and ASTM F1169.\nDrawstrings: ASTM F1816-97.\n",
        );
        let out = problems(&m);
        assert_eq!(
            brief(&out),
            [("edition-mismatch", 5, 28), ("edition-mismatch", 8, 12)],
            "{out:?}"
        );
        assert_eq!(
            out[1].message,
            "ASTM F1169-19 is not the edition in force: the registry lists ASTM F1169-25 from 2026-08-01 (16 CFR part 1219)"
        );
        assert!(out[1].hints[0].contains("announces ASTM F1169-27 from 2027-09-01"));
        assert!(out[0].message.starts_with("ASTM F963-17 is not the edition in force: the registry lists ASTM F963-23 from 2024-04-20 (16 CFR part 1250)"));
    }

    #[test]
    fn modules_reviewed_before_an_edition_took_effect_are_due_for_review() {
        let registry = registry();
        let due = |front: &str, body: &str| {
            let m = module(front, body);
            review_due(&registry, as_of(), &m, &Cited::of(&m))
                .iter()
                .map(|d| (d.part, d.name.clone()))
                .collect::<Vec<_>>()
        };
        // Through a cited part: the edition in force (not the announced successor).
        assert_eq!(
            due("regulations: [16 CFR 1219]\nreviewed: 2026-07-31\n", ""),
            [(1219, "ASTM F1169-25".to_string())]
        );
        assert!(due("regulations: [16 CFR 1219]\nreviewed: 2026-08-01\n", "").is_empty());
        // By a standard named in the body, with or without its edition.
        assert_eq!(
            due("reviewed: 2024-01-01\n", "Toys meet ASTM F963.\n"),
            [(1250, "ASTM F963-23".to_string())]
        );
        assert_eq!(
            due("reviewed: 2019-01-01\n", "Old cribs met ASTM F1169-19.\n"),
            [(1219, "ASTM F1169-19".to_string())]
        );
        // A part without editions never makes a module due.
        assert!(due("regulations: [16 CFR 1501]\nreviewed: 2000-01-01\n", "").is_empty());

        let m = module(
            "regulations: [16 CFR 1219, 16 CFR 1250]\nreviewed: 2020-01-01\n",
            "",
        );
        let d = review_note(&m, &review_due(&registry, as_of(), &m, &Cited::of(&m)));
        assert_eq!(
            (d.code, d.severity, d.line, d.column),
            (REVIEW_DUE, Severity::Note, 6, 11)
        );
        assert_eq!(
            d.message,
            "due for review: last reviewed 2020-01-01, before these editions and rules it cites took effect: ASTM F963-23 on 2024-04-20 (16 CFR part 1250), ASTM F1169-25 on 2026-08-01 (16 CFR part 1219)"
        );
    }

    #[test]
    fn source_positions_are_matched_in_order() {
        let raw = [("1501".to_string(), 3), ("1219".to_string(), 9)];
        let wanted = [("1219".to_string(), 0), ("1999".to_string(), 0)];
        assert_eq!(place(&wanted, &raw, 100), [109, 100]);
    }
}
