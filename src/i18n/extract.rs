//! The source-language reference files (`locales/en/modules/<id>.ftl`): every segment in
//! document order with a context comment, in deterministic bytes.

use super::ftl_write;
use super::lineage::{self, NewSegment, PREVIOUS, ReferenceEntry};
use crate::content::document::Document;
use crate::content::segment::Segment;
use std::collections::BTreeSet;

/// The reference `.ftl` text for `doc`, titled `title`; `previous` is the text of the
/// reference file it replaces (if any), whose lineage is carried forward.
pub fn reference_file(doc: &Document, title: &str, previous: Option<&str>) -> String {
    let old: Vec<ReferenceEntry> = previous.map(lineage::read_reference).unwrap_or_default();
    let mut seen = BTreeSet::new();
    let unique: Vec<&Segment> = doc
        .segments()
        .filter(|s| seen.insert(s.id.as_str()))
        .collect();
    let new: Vec<NewSegment> = unique
        .iter()
        .map(|s| NewSegment {
            id: &s.id,
            kind: s.kind,
            text: &s.text,
        })
        .collect();
    let earlier = lineage::align(&old, &new);
    let mut out = String::new();
    out.push_str(&format!(
        "### Source: {}\n### Written by `primer i18n extract`; do not edit. Translate into locales/<locale>/{}.\n\n",
        doc.file.path,
        doc.file.path.trim_start_matches("content/").replace(".md", ".ftl")
    ));
    for (segment, earlier) in unique.iter().zip(earlier) {
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
        if !earlier.is_empty() {
            out.push_str(&format!("# {PREVIOUS} {}\n", earlier.join(" ")));
        }
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
        let text = reference_file(&m.doc, &m.meta.title, None);
        assert!(
            text.contains("# Small parts › Test (paragraph)\np-"),
            "{text}"
        );
        assert_eq!(text.matches("= Same.").count(), 1);
        assert!(text.contains("= S { \"{\" }x{ \"}\" }\n"));
        assert!(fluent_bundle::FluentResource::try_new(text.clone()).is_ok());
        assert_eq!(text, reference_file(&m.doc, &m.meta.title, None));
        assert_eq!(
            text,
            reference_file(&m.doc, &m.meta.title, Some(&text)),
            "extracting twice changes nothing"
        );
    }

    #[test]
    fn edits_between_extracts_accumulate_previous_ids() {
        let load = |body: &str| {
            let md = format!(
                "---\ntitle: T\nsummary: S\ncategory: toys\nreviewed: 2026-01-01\n---\n## Intro\n\n{body}\n"
            );
            Module::load("m", SourceFile::new("m.md", md), &[], &mut Vec::new()).unwrap()
        };
        let v1 = reference_file(&load("The limit is 100 ppm.").doc, "T", None);
        let v2 = reference_file(&load("The limit is 90 ppm.").doc, "T", Some(&v1));
        let v3 = reference_file(&load("The limit is 90 ppm for paint.").doc, "T", Some(&v2));
        let id = |text: &str| {
            crate::content::segment::segment_id(crate::content::segment::SegmentKind::P, text)
        };
        let (a, b, c) = (
            id("The limit is 100 ppm."),
            id("The limit is 90 ppm."),
            id("The limit is 90 ppm for paint."),
        );
        assert!(v2.contains(&format!("# previous: {a}\n{b} = ")), "{v2}");
        assert!(v3.contains(&format!("# previous: {b} {a}\n{c} = ")), "{v3}");
        assert!(fluent_bundle::FluentResource::try_new(v3).is_ok());
    }
}
