//! The glossary (`locales/<locale>/glossary.ftl`): its terms and notes in file order, and
//! the terms that cannot be formatted (a reference to an unknown term, for instance).

use crate::diagnostics::{Diagnostic, Severity};
use crate::i18n::catalog::LocaleCatalog;
use crate::project::Project;
use indexmap::IndexMap;

/// A term's value and note.
pub type Term = (String, Option<String>);

/// A locale's glossary as formatted.
#[derive(Default)]
pub struct Glossary {
    /// Term id (with its leading `-`) → (value, note), in file order.
    pub terms: IndexMap<String, Term>,
    /// (term text, its aliases) for each term with an `.aliases` attribute, in file order:
    /// other words readers use for the term, for search only (comma-separated in the file).
    pub synonyms: Vec<(String, Vec<String>)>,
    /// A problem (`ftl-reference`) per term or note that Fluent could not format (it then shows the
    /// reference it could not resolve, such as `{-unknown}`).
    pub problems: Vec<Diagnostic>,
}

/// The glossary of `locale` (empty when the locale has none).
pub fn read(project: &Project, locale: &str) -> Glossary {
    // The source locale's glossary is part of the source: its problems are errors.
    let severity = if locale == project.config.source_locale {
        Severity::Error
    } else {
        Severity::Warning
    };
    project
        .catalogs
        .get(locale)
        .map(|c| of_catalog(c, severity))
        .unwrap_or_default()
}

/// The glossary of one locale's catalog; its problems have `severity`.
fn of_catalog(catalog: &LocaleCatalog, severity: Severity) -> Glossary {
    use fluent_syntax::ast::Entry;
    let locale = catalog.locale.as_str();
    let mut out = Glossary::default();
    let Some(glossary) = &catalog.glossary else {
        return out;
    };
    let bundle = catalog.bundle(None);
    let resource = glossary.resource();
    for entry in resource.entries() {
        if let Entry::Term(term) = entry {
            let id = format!("-{}", term.id.name);
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
            let aliases: Vec<String> = term
                .attributes
                .iter()
                .find(|a| a.id.name == "aliases")
                .map(|a| {
                    let list = bundle.format_pattern(&a.value, None, &mut errors);
                    split_aliases(&list)
                })
                .unwrap_or_default();
            if !aliases.is_empty() {
                out.synonyms.push((value.clone(), aliases));
            }
            let offset = glossary.offset(&id).unwrap_or(0);
            for e in &errors {
                out.problems.push(
                    Diagnostic::new(
                        severity,
                        "ftl-reference",
                        &glossary.file.path,
                        format!("term `{id}` cannot be formatted: {e}"),
                    )
                    .at(&glossary.file, offset)
                    .in_locale(locale),
                );
            }
            out.terms.insert(id, (value, note));
        }
    }
    out
}

/// The aliases of an `.aliases` attribute: separated by commas (`,`, `，` or `、`, as CJK
/// text writes them), trimmed, without empty ones.
fn split_aliases(list: &str) -> Vec<String> {
    list.split([',', '，', '、'])
        .map(|a| a.trim().to_string())
        .filter(|a| !a.is_empty())
        .collect()
}

/// The formatting problems of every locale's glossary (the check stage reports them once;
/// the glossary pages, which format the same terms per site, do not report them again).
pub fn check(project: &Project) -> Vec<Diagnostic> {
    project
        .catalogs
        .keys()
        .flat_map(|locale| read(project, locale).problems)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::catalog::FtlFile;
    use crate::source::SourceFile;
    use std::collections::BTreeMap;

    /// A catalog of `locale` whose only file is `locales/<locale>/glossary.ftl` = `text`.
    fn catalog_with_glossary(locale: &str, text: &str) -> LocaleCatalog {
        let (file, _) = FtlFile::parse(
            SourceFile::new(format!("locales/{locale}/glossary.ftl"), text),
            Severity::Warning,
            locale,
        );
        LocaleCatalog {
            locale: locale.into(),
            langid: locale.parse().expect("tag"),
            ui: None,
            glossary: Some(file),
            modules: BTreeMap::new(),
            audiences: BTreeMap::new(),
            regulations: None,
        }
    }

    #[test]
    fn terms_in_file_order_and_unformattable_ones_are_located() {
        let text = "-crib = nôi\n    .note = giường cũi\n-toy = { -unknown } đồ chơi\n";
        let catalog = catalog_with_glossary("vi", text);
        let glossary = of_catalog(&catalog, Severity::Warning);
        assert!(glossary.synonyms.is_empty());
        let ids: Vec<&str> = glossary.terms.keys().map(String::as_str).collect();
        assert_eq!(ids, ["-crib", "-toy"]);
        assert_eq!(
            glossary.terms["-crib"],
            ("nôi".to_string(), Some("giường cũi".to_string()))
        );
        assert_eq!(glossary.problems.len(), 1);
        let p = &glossary.problems[0];
        assert_eq!(
            (p.path.as_str(), p.line, p.code),
            ("locales/vi/glossary.ftl", 3, "ftl-reference")
        );
        assert!(
            p.message.starts_with("term `-toy` cannot be formatted"),
            "{}",
            p.message
        );
    }

    #[test]
    fn aliases_are_a_comma_separated_attribute_kept_out_of_the_term() {
        let text = "-drawstring = 拉绳\n    .aliases = 抽绳， 绳带\n-crib = crib\n    .note = N\n    .aliases = cot, , baby cot\n";
        let catalog = catalog_with_glossary("zh-CN", text);
        let glossary = of_catalog(&catalog, Severity::Warning);
        assert_eq!(
            glossary.synonyms,
            [
                (
                    "拉绳".to_string(),
                    vec!["抽绳".to_string(), "绳带".to_string()]
                ),
                (
                    "crib".to_string(),
                    vec!["cot".to_string(), "baby cot".to_string()]
                ),
            ]
        );
        assert_eq!(glossary.terms["-drawstring"], ("拉绳".to_string(), None));
        assert!(glossary.problems.is_empty());
    }
}
