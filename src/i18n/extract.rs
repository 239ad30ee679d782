//! The source-language reference files (`locales/en/modules/<id>.ftl`, and
//! `locales/en/regulations.ftl` for the registry's titles): every segment in document order
//! with a context comment, in deterministic bytes.

use super::ftl_write;
use super::lineage::{self, NewSegment, PREVIOUS, ReferenceEntry};
use crate::content::document::Document;
use crate::content::registry::Registry;
use crate::content::segment::Segment;
use std::collections::{BTreeMap, BTreeSet};

/// The reference `.ftl` text for `doc`, titled `title`; `previous` is the text of the
/// reference file it replaces (if any), whose lineage is carried forward.
pub fn reference_file(doc: &Document, title: &str, previous: Option<&str>) -> String {
    let header = format!(
        "### Source: {}\n### Written by `primer i18n extract`; do not edit. Translate into locales/<locale>/{}.\n\n",
        doc.file.path,
        doc.file
            .path
            .trim_start_matches("content/")
            .replace(".md", ".ftl")
    );
    let segments = doc.segments().map(|segment| {
        let place = if segment.context.is_empty() {
            title.to_string()
        } else {
            format!("{title} › {}", segment.context)
        };
        let comment = format!("{} ({})", single_line(&place), segment.kind.describe());
        (segment, comment)
    });
    write(header, segments, previous)
}

/// The reference file of the regulations registry's part titles,
/// `locales/<source>/regulations.ftl`: one message per distinct title, with a comment
/// naming the part (or parts) it is the title of.
pub fn registry_reference_file(registry: &Registry, previous: Option<&str>) -> String {
    let header = format!(
        "### Source: {}\n### Written by `primer i18n extract`; do not edit. Translate into locales/<locale>/regulations.ftl.\n### The official headings of the 16 CFR parts the modules cite, and what each dated rule in them covers.\n\n",
        registry.file.path
    );
    // A title shared by two parts is one message; its comment names both.
    let mut parts_of: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for title in registry.titles() {
        parts_of
            .entry(title.id.as_str())
            .or_default()
            .push(title.context.clone());
    }
    let segments = registry
        .titles()
        .map(|t| (t, parts_of[t.id.as_str()].join(", ")));
    write(header, segments, previous)
}

/// `header`, then each distinct segment once, in order, with its comment, its earlier IDs
/// (aligned with the reference file `previous`) and its message.
fn write<'s>(
    header: String,
    segments: impl Iterator<Item = (&'s Segment, String)>,
    previous: Option<&str>,
) -> String {
    let old: Vec<ReferenceEntry> = previous.map(lineage::read_reference).unwrap_or_default();
    let mut seen = BTreeSet::new();
    let unique: Vec<(&Segment, String)> = segments
        .filter(|(s, _)| seen.insert(s.id.as_str()))
        .collect();
    let new: Vec<NewSegment> = unique
        .iter()
        .map(|(s, _)| NewSegment {
            id: &s.id,
            kind: s.kind,
            text: &s.text,
        })
        .collect();
    let earlier = lineage::align(&old, &new);
    let mut out = header;
    for ((segment, comment), earlier) in unique.iter().zip(earlier) {
        out.push_str(&format!("# {comment}\n"));
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
    fn registry_titles_once_each_naming_their_parts_with_lineage() {
        let yaml = "parts:\n  - part: 1221\n    title: Play Yards\n  - part: 1220\n    title: Cribs\n  - part: 1222\n    title: Cribs\n";
        let load = |text: &str| {
            let file = SourceFile::new("content/regulations.yaml", text);
            crate::content::registry::Registry::load(file, &mut Vec::new()).unwrap()
        };
        let v1 = registry_reference_file(&load(yaml), None);
        assert!(
            v1.contains("\n# 16 CFR part 1220, 16 CFR part 1222\ntitle-"),
            "{v1}"
        );
        assert_eq!(v1.matches("= Cribs\n").count(), 1);
        assert!(
            v1.find("1220").unwrap() < v1.find("1221").unwrap(),
            "by part number"
        );
        assert!(fluent_bundle::FluentResource::try_new(v1.clone()).is_ok());
        let v2 = registry_reference_file(
            &load(&yaml.replace("Play Yards", "Play Yards and Cribs")),
            Some(&v1),
        );
        let old = crate::content::segment::segment_id(
            crate::content::segment::SegmentKind::Title,
            "Play Yards",
        );
        assert!(
            v2.contains(&format!("# 16 CFR part 1221\n# previous: {old}\ntitle-")),
            "{v2}"
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
