//! Resolving every segment of a document for one locale (translation or fallback chain)
//! and splicing the result into a localized body.

use super::catalog::{Bundle, Formatted, FtlFile, format, uses_variables};
use super::splice::{self, Replacement};
use crate::content::document::Document;
use crate::content::segment::Segment;
use crate::diagnostics::{Diagnostic, Severity};
use fluent_bundle::FluentArgs;
use std::collections::BTreeSet;
use std::ops::Range;
use std::sync::Arc;

/// The translation state of one segment in one locale (design §4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    /// Shown in the page's language.
    Translated,
    /// No message: the fallback text is shown, marked "not yet translated".
    Missing,
    /// The message could not be used: the fallback text is shown.
    Invalid,
}

/// The text shown for one segment.
#[derive(Debug, Clone)]
pub struct Resolved {
    /// Inline Markdown.
    pub text: String,
    /// The locale the text is in.
    pub lang: String,
    /// Why this text was chosen.
    pub state: State,
}

/// Where a segment's text stands in a localized body.
#[derive(Debug, Clone)]
pub struct SegmentMark {
    /// Byte range in the localized body.
    pub range: Range<usize>,
    /// The locale of the text shown.
    pub lang: String,
    /// Translated, or why fallback text is shown.
    pub state: State,
}

/// One document in one locale (and, when its messages use `$audience`, one audience).
#[derive(Debug, Clone)]
pub struct LocalizedDoc {
    /// The page locale.
    pub locale: String,
    /// The body with translations spliced in.
    pub body: String,
    /// Every body segment in `body`, in document order.
    pub marks: Vec<SegmentMark>,
    /// The front-matter segments, in the document's order.
    pub front: Vec<Resolved>,
    /// Whether any message uses a variable, so the text can differ per audience.
    pub audience_dependent: bool,
    /// Problems found (notes for missing segments, warnings for defects).
    pub diagnostics: Vec<Diagnostic>,
}

/// One locale of a fallback chain with this document's messages.
pub struct ChainLink<'a> {
    /// Locale tag.
    pub locale: &'a str,
    /// Its bundle for this document (glossary plus the document's file).
    pub bundle: Arc<Bundle>,
    /// The document's `.ftl` file in that locale, if it exists.
    pub file: Option<&'a FtlFile>,
}

/// Resolves `doc` for the first locale of `chain` (the rest are its fallbacks, the source
/// locale implied last) for `audience`.
pub fn localize(
    doc: &Document,
    chain: &[ChainLink],
    source_locale: &str,
    audience: &str,
) -> LocalizedDoc {
    let mut args = FluentArgs::new();
    args.set("audience", audience.to_string());
    let locale = chain.first().map_or(source_locale, |c| c.locale);
    let mut diagnostics = Vec::new();
    let mut reported = BTreeSet::new();
    let mut audience_dependent = false;

    let mut resolve = |segment: &Segment, diagnostics: &mut Vec<Diagnostic>| -> Resolved {
        let first_time = reported.insert(segment.id.clone());
        for (depth, link) in chain.iter().enumerate() {
            match format(&link.bundle, &segment.id, Some(&args)) {
                Formatted::Text(text) => {
                    if link
                        .file
                        .is_some_and(|f| uses_variables(&f.resource, &segment.id))
                    {
                        audience_dependent = true;
                    }
                    let state = if depth == 0 {
                        State::Translated
                    } else {
                        State::Missing
                    };
                    return Resolved {
                        text,
                        lang: link.locale.to_string(),
                        state,
                    };
                }
                Formatted::Failed(reason) => {
                    if depth == 0 && first_time {
                        diagnostics.push(defect(doc, segment, link, &reason));
                    }
                    if depth == 0 {
                        return fallback(
                            segment,
                            &chain[1..],
                            &args,
                            source_locale,
                            State::Invalid,
                        );
                    }
                }
                Formatted::Absent => {}
            }
        }
        if first_time && locale != source_locale {
            diagnostics.push(
                Diagnostic::new(
                    Severity::Note,
                    "missing-translation",
                    &doc.file.path,
                    format!("segment `{}` is not translated", segment.id),
                )
                .at(&doc.file, segment.range.start)
                .in_locale(locale),
            );
        }
        Resolved {
            text: segment.text.clone(),
            lang: source_locale.to_string(),
            state: if locale == source_locale {
                State::Translated
            } else {
                State::Missing
            },
        }
    };

    let front: Vec<Resolved> = doc
        .front
        .iter()
        .map(|s| resolve(s, &mut diagnostics))
        .collect();
    let mut replacements = Vec::new();
    let mut states = Vec::new();
    for segment in &doc.scan.segments {
        let r = resolve(segment, &mut diagnostics);
        let text = if r.lang == source_locale {
            doc.file.text[segment.range.clone()].to_string()
        } else {
            splice::prepare(segment.kind, &r.text)
        };
        let start = segment.range.start - doc.body_start;
        replacements.push(Replacement {
            range: start..segment.range.end - doc.body_start,
            text,
        });
        states.push((r.lang, r.state));
    }
    let (body, ranges) = splice::splice(doc.body(), &replacements);
    let marks = ranges
        .into_iter()
        .zip(states)
        .map(|(range, (lang, state))| SegmentMark { range, lang, state })
        .collect();
    if let Some(file) = chain.first().and_then(|c| c.file) {
        diagnostics.extend(obsolete(doc, file, locale));
    }
    LocalizedDoc {
        locale: locale.to_string(),
        body,
        marks,
        front,
        audience_dependent,
        diagnostics,
    }
}

fn fallback(
    segment: &Segment,
    chain: &[ChainLink],
    args: &FluentArgs,
    source_locale: &str,
    state: State,
) -> Resolved {
    for link in chain {
        if let Formatted::Text(text) = format(&link.bundle, &segment.id, Some(args)) {
            return Resolved {
                text,
                lang: link.locale.to_string(),
                state,
            };
        }
    }
    Resolved {
        text: segment.text.clone(),
        lang: source_locale.to_string(),
        state,
    }
}

fn defect(doc: &Document, segment: &Segment, link: &ChainLink, reason: &str) -> Diagnostic {
    let message = format!(
        "translation of `{}` cannot be used ({reason}); the fallback text is shown",
        segment.id
    );
    match link
        .file
        .and_then(|f| f.offsets.get(&segment.id).map(|o| (f, *o)))
    {
        Some((f, offset)) => {
            Diagnostic::new(Severity::Warning, "ftl-reference", &f.file.path, message)
                .at(&f.file, offset)
        }
        None => Diagnostic::new(Severity::Warning, "ftl-reference", &doc.file.path, message)
            .at(&doc.file, segment.range.start),
    }
    .in_locale(link.locale)
}

/// Messages that are not segments of the document any more.
fn obsolete(doc: &Document, file: &FtlFile, locale: &str) -> Vec<Diagnostic> {
    let current: BTreeSet<&str> = doc.segments().map(|s| s.id.as_str()).collect();
    file.offsets
        .iter()
        .filter(|(id, _)| !id.starts_with('-') && !current.contains(id.as_str()))
        .map(|(id, offset)| {
            Diagnostic::new(
                Severity::Warning,
                "obsolete-message",
                &file.file.path,
                format!("`{id}` is not a segment of {} any more", doc.file.path),
            )
            .at(&file.file, *offset)
            .in_locale(locale)
            .hint("delete the message, or run `primer i18n extract` to see the current segments")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::document::Module;
    use crate::content::markdown::scan;
    use crate::diagnostics::Severity;
    use crate::i18n::catalog::{FtlFile, LocaleCatalog};
    use crate::i18n::ftl_write;
    use crate::source::SourceFile;
    use std::collections::BTreeMap;

    const SOURCE: &str = "---\ntitle: T\nsummary: S\ncategory: toys\nreviewed: 2026-01-01\n---\n# Heading {#h}\n\nA paragraph\nover two lines.\n\n- item one\n  - nested item\n    over two lines\n- item two\n\n1. first\n2. second\n\n| a | b |\n|---|---|\n| c | d |\n\n> [!WARNING]\n> Alert text\n> continued.\n\n> quote\n> > nested quote\n\nNote.[^n]\n\n[^n]: Footnote text.\n";

    fn localized(translate: impl Fn(&str) -> String) -> (Module, LocalizedDoc) {
        let mut problems = Vec::new();
        let module =
            Module::load("m", SourceFile::new("m.md", SOURCE), &[], &mut problems).unwrap();
        let ftl: String = module
            .doc
            .segments()
            .map(|s| ftl_write::message(&s.id, &translate(&s.text)))
            .collect();
        let (file, errors) =
            FtlFile::parse(SourceFile::new("vi.ftl", ftl), Severity::Warning, "vi");
        assert!(errors.is_empty(), "{errors:?}");
        let catalog = LocaleCatalog {
            locale: "vi".into(),
            langid: "vi".parse().unwrap(),
            ui: None,
            glossary: None,
            modules: BTreeMap::new(),
            audiences: BTreeMap::new(),
        };
        let chain = [ChainLink {
            locale: "vi",
            bundle: Arc::new(catalog.bundle(Some(&file))),
            file: Some(&file),
        }];
        let doc = localize(&module.doc, &chain, "en", "china");
        (module, doc)
    }

    fn kinds(body: &str) -> Vec<&'static str> {
        scan(body, 0)
            .segments
            .iter()
            .map(|s| s.kind.as_str())
            .collect()
    }

    /// Whatever a translator writes, the localized body has the same blocks as the source.
    #[test]
    fn hostile_translations_never_change_block_structure() {
        for hostile in [
            "# heading",
            "1. list",
            "- bullet",
            "> quote",
            "```",
            "<div>",
            "[x]: https://a.org",
            "***",
            "a | b",
            "x {.quiz}",
            "line\n\nbreak",
            "2) two",
        ] {
            let (module, doc) = localized(|_| hostile.to_string());
            assert_eq!(
                kinds(&doc.body),
                kinds(module.doc.body()),
                "translation {hostile:?}:\n{}",
                doc.body
            );
            assert!(doc.marks.iter().all(|m| m.state == State::Translated));
        }
    }

    #[test]
    fn translations_are_spliced_in_place_and_cjk_lines_join() {
        let (_, doc) = localized(|t| format!("中文第一行\n第二行{}", t.len()));
        assert!(
            doc.body
                .contains("- 中文第一行第二行8\n  - 中文第一行第二行26\n- "),
            "{}",
            doc.body
        );
        assert!(
            doc.body.contains("> [!WARNING]\n> 中文第一行第二行"),
            "{}",
            doc.body
        );
        assert!(
            doc.body
                .contains("| 中文第一行第二行1 | 中文第一行第二行1 |"),
            "{}",
            doc.body
        );
    }

    #[test]
    fn missing_segments_keep_the_source_and_are_marked() {
        let mut problems = Vec::new();
        let module =
            Module::load("m", SourceFile::new("m.md", SOURCE), &[], &mut problems).unwrap();
        let doc = localize(&module.doc, &[], "en", "china");
        assert_eq!(doc.body, module.doc.body());
        let chain_doc = {
            let catalog = LocaleCatalog {
                locale: "vi".into(),
                langid: "vi".parse().unwrap(),
                ui: None,
                glossary: None,
                modules: BTreeMap::new(),
                audiences: BTreeMap::new(),
            };
            let chain = [ChainLink {
                locale: "vi",
                bundle: Arc::new(catalog.bundle(None)),
                file: None,
            }];
            localize(&module.doc, &chain, "en", "china")
        };
        assert_eq!(chain_doc.body, module.doc.body());
        assert!(
            chain_doc
                .marks
                .iter()
                .all(|m| m.state == State::Missing && m.lang == "en")
        );
        assert_eq!(chain_doc.diagnostics.len(), module.doc.segments().count());
        assert!(
            chain_doc
                .diagnostics
                .iter()
                .all(|d| d.code == "missing-translation" && d.severity == Severity::Note)
        );
    }
}
