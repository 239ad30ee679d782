//! The glossary (`locales/<locale>/glossary.ftl`): its terms and notes in file order.

use crate::project::Project;
use indexmap::IndexMap;

/// Term id → (value, note) from a locale's glossary, in file order.
pub fn terms(project: &Project, locale: &str) -> IndexMap<String, (String, Option<String>)> {
    use fluent_syntax::ast::Entry;
    let mut out = IndexMap::new();
    let Some(catalog) = project.catalogs.get(locale) else {
        return out;
    };
    let Some(glossary) = &catalog.glossary else {
        return out;
    };
    let bundle = catalog.bundle(None);
    for entry in glossary.resource.entries() {
        if let Entry::Term(term) = entry {
            let mut errors = Vec::new();
            let value = bundle
                .format_pattern(&term.value, None, &mut errors)
                .into_owned();
            let note = term
                .attributes
                .iter()
                .find(|a| a.id.name == "note")
                .map(|a| {
                    bundle
                        .format_pattern(&a.value, None, &mut errors)
                        .into_owned()
                });
            out.insert(format!("-{}", term.id.name), (value, note));
        }
    }
    out
}
