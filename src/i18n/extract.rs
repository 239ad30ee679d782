//! The source-language reference files (`locales/en/modules/<id>.ftl`): every segment in
//! document order with a context comment, in deterministic bytes.

use super::ftl_write;
use crate::content::document::Document;
use std::collections::BTreeSet;

/// The reference `.ftl` text for `doc`, titled `title`.
pub fn reference_file(doc: &Document, title: &str) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "### Source: {}\n### Written by `primer i18n extract`; do not edit. Translate into locales/<locale>/{}.\n\n",
        doc.file.path,
        doc.file.path.trim_start_matches("content/").replace(".md", ".ftl")
    ));
    let mut seen = BTreeSet::new();
    for segment in doc.segments() {
        if !seen.insert(segment.id.as_str()) {
            continue;
        }
        let place = if segment.context.is_empty() {
            title.to_string()
        } else {
            format!("{title} › {}", segment.context)
        };
        out.push_str(&format!(
            "# {} ({})\n",
            single_line(&place),
            segment.kind.describe()
        ));
        out.push_str(&ftl_write::message(&segment.id, &segment.text));
        out.push('\n');
    }
    out
}

fn single_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::document::Module;
    use crate::source::SourceFile;

    #[test]
    fn every_segment_once_with_context_and_parsable() {
        let md = "---\ntitle: Small parts\nsummary: S {x}\ncategory: toys\nreviewed: 2026-01-01\n---\n## Test\n\nSame.\n\nSame.\n\n- [x] item\n";
        let mut problems = Vec::new();
        let m = Module::load(
            "m",
            SourceFile::new("content/modules/m.md", md),
            &[],
            &mut problems,
        )
        .unwrap();
        let text = reference_file(&m.doc, &m.meta.title);
        assert!(
            text.contains("# Small parts › Test (paragraph)\np-"),
            "{text}"
        );
        assert_eq!(text.matches("= Same.").count(), 1);
        assert!(text.contains("= S { \"{\" }x{ \"}\" }\n"));
        assert!(fluent_bundle::FluentResource::try_new(text.clone()).is_ok());
        assert_eq!(text, reference_file(&m.doc, &m.meta.title));
    }
}
