//! The repository's own training content, checked where a mistake would mislead a reader:
//! every 16 CFR part it cites, in words, in front matter or by a link to the eCFR or Cornell
//! LII, is in the regulations registry, and every quiz marks a right answer.

use primer::content::regulations::Cited;
use std::collections::BTreeSet;
use std::path::Path;

fn sample() -> primer::project::Project {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (project, problems) = primer::project::load(root).expect("the sample loads");
    let errors: Vec<_> = problems
        .iter()
        .filter(|d| d.severity == primer::diagnostics::Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    project.expect("a project")
}

#[test]
fn every_part_the_sample_cites_is_in_the_registry() {
    let project = sample();
    let registry = project
        .registry
        .as_ref()
        .expect("the sample has a registry");
    let mut cited: BTreeSet<u32> = BTreeSet::new();
    for module in &project.modules {
        cited.extend(Cited::of(module).parts.keys());
    }
    let pages = project.audience_pages.values().map(|p| &p.doc);
    for doc in pages {
        for segment in doc.segments() {
            for n in primer::content::cfr_links::cited_numbers(&segment.text) {
                cited.extend(n.part());
            }
        }
    }
    // Part 1609 is cited only by a link (clothing-flammability's sources).
    assert!(cited.contains(&1609), "{cited:?}");
    let missing: Vec<u32> = cited
        .iter()
        .copied()
        .filter(|n| registry.part(*n).is_none())
        .collect();
    assert!(missing.is_empty(), "cited but not registered: {missing:?}");
    let problems: Vec<_> = primer::check::registry::check(&project)
        .into_iter()
        .filter(|d| d.severity != primer::diagnostics::Severity::Note)
        .collect();
    assert!(problems.is_empty(), "{problems:?}");
}
