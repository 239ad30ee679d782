//! Resolving every segment of a document for one locale — translated, missing, stale or
//! invalid (docs/formats.md §4) — and splicing the result into a localized body.

use super::catalog::{Bundle, Formatted, FtlFile, format, uses_variables};
use super::lineage::LineageMap;
use super::qa;
use super::splice::{self, Replacement};
use crate::content::document::{Document, Front};
use crate::content::segment::{Segment, SegmentKind};
use crate::diagnostics::{Diagnostic, Severity};
use crate::source::SourceFile;
use fluent_bundle::FluentArgs;
use std::collections::BTreeSet;
use std::ops::Range;
use std::sync::Arc;

/// The translation state of one segment in one locale (docs/formats.md §4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    /// Shown in the page's language.
    Translated,
    /// No message: the fallback text is shown, marked "not yet translated".
    Missing,
    /// Only a translation of an earlier version of the English text exists: the fallback
    /// text is shown, marked "translation outdated" — never the outdated translation.
    Stale,
    /// The message failed QA or could not be formatted: the fallback text is shown.
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

/// What a translator needs to know about one segment (for `i18n status --details`).
#[derive(Debug, Clone, serde::Serialize)]
pub struct SegmentStatus {
    /// The segment ID.
    pub id: String,
    /// Its kind.
    pub kind: SegmentKind,
    /// Its state in this locale.
    pub state: State,
    /// The English source text; empty for a translated segment, which no report shows
    /// (a build keeps every document's statuses, so the copies would add up).
    pub source: String,
    /// For stale segments the outdated translation; for invalid ones the rejected text.
    pub translation: Option<String>,
    /// For stale segments, the earlier ID the outdated translation belongs to.
    pub earlier_id: Option<String>,
    /// For invalid segments, why.
    pub problem: Option<String>,
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
    /// The front-matter strings.
    pub front: Front<Resolved>,
    /// Each distinct segment once, in document order.
    pub statuses: Vec<SegmentStatus>,
    /// Whether any message uses a variable, so the text can differ per audience.
    pub audience_dependent: bool,
    /// Problems found (notes for missing and stale segments, warnings for defects).
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

struct Resolver<'a> {
    /// The source file, where missing segments are reported.
    file: &'a SourceFile,
    lineage: &'a LineageMap,
    chain: &'a [ChainLink<'a>],
    source_locale: &'a str,
    args: FluentArgs<'static>,
    audience_dependent: bool,
    statuses: Vec<SegmentStatus>,
    seen: BTreeSet<String>,
    diagnostics: Vec<Diagnostic>,
    /// The English texts' QA facts, shared with the document's other localizations.
    qa: Option<&'a qa::SourceMemo>,
}

impl<'a> Resolver<'a> {
    /// A resolver for the segments of `file`; `audience` is the `$audience` argument.
    fn new(
        file: &'a SourceFile,
        lineage: &'a LineageMap,
        chain: &'a [ChainLink<'a>],
        source_locale: &'a str,
        audience: &str,
    ) -> Self {
        let mut args = FluentArgs::new();
        args.set("audience", audience.to_string());
        Resolver {
            file,
            lineage,
            chain,
            source_locale,
            args,
            audience_dependent: false,
            statuses: Vec::new(),
            seen: BTreeSet::new(),
            diagnostics: Vec::new(),
            qa: None,
        }
    }

    /// QA of `text`, a translation of `segment`.
    fn check(&self, segment: &Segment, text: &str) -> Vec<qa::Problem> {
        match self.qa {
            Some(memo) => qa::check_against(&memo.facts(&segment.text), &segment.text, text),
            None => qa::check(&segment.text, text),
        }
    }

    fn resolve(&mut self, segment: &Segment) -> Resolved {
        let first_time = self.seen.insert(segment.id.clone());
        let Some(link) = self.chain.first() else {
            return Resolved {
                text: segment.text.clone(),
                lang: self.source_locale.to_string(),
                state: State::Translated,
            };
        };
        let mut status = SegmentStatus {
            id: segment.id.clone(),
            kind: segment.kind,
            state: State::Translated,
            source: String::new(),
            translation: None,
            earlier_id: None,
            problem: None,
        };
        let resolved = match self.format(link, &segment.id) {
            Formatted::Text(text) => {
                let problems = self.check(segment, &text);
                if problems.is_empty() {
                    Resolved {
                        text,
                        lang: link.locale.to_string(),
                        state: State::Translated,
                    }
                } else {
                    for p in &problems {
                        self.report_defect(
                            first_time,
                            segment,
                            link,
                            p.code,
                            &format!("{}; the English text is shown", p.message),
                        );
                    }
                    status.problem = Some(
                        problems
                            .iter()
                            .map(|p| p.message.clone())
                            .collect::<Vec<_>>()
                            .join("; "),
                    );
                    status.translation = Some(text);
                    self.fallback(segment, State::Invalid)
                }
            }
            Formatted::Failed(reason) => {
                self.report_defect(
                    first_time,
                    segment,
                    link,
                    "ftl-reference",
                    &format!(
                        "the translation cannot be used ({reason}); the English text is shown"
                    ),
                );
                status.problem = Some(reason);
                self.fallback(segment, State::Invalid)
            }
            Formatted::Absent => {
                let earlier = self
                    .lineage
                    .get(&segment.id)
                    .into_iter()
                    .flatten()
                    .find(|id| link.bundle.has_message(id));
                match earlier {
                    Some(old) => {
                        if let Formatted::Text(t) = format(&link.bundle, old, Some(&self.args)) {
                            status.translation = Some(t);
                        }
                        status.earlier_id = Some(old.clone());
                        if first_time {
                            let message = format!(
                                "segment `{}` changed in English; its translation (`{old}`) is outdated",
                                segment.id
                            );
                            self.diagnostics.push(self.locate(
                                segment,
                                link,
                                old,
                                Severity::Note,
                                "stale-translation",
                                message,
                            ));
                        }
                        self.fallback(segment, State::Stale)
                    }
                    None => {
                        if first_time {
                            let message = format!("segment `{}` is not translated", segment.id);
                            let d = Diagnostic::new(
                                Severity::Note,
                                "missing-translation",
                                &self.file.path,
                                message,
                            )
                            .at(self.file, segment.range.start)
                            .in_locale(link.locale);
                            self.diagnostics.push(d);
                        }
                        self.fallback(segment, State::Missing)
                    }
                }
            }
        };
        if first_time {
            status.state = resolved.state;
            if status.state != State::Translated {
                status.source = segment.text.clone();
            }
            self.statuses.push(status);
        }
        resolved
    }

    fn format(&mut self, link: &ChainLink, id: &str) -> Formatted {
        let formatted = format(&link.bundle, id, Some(&self.args));
        if matches!(formatted, Formatted::Text(_))
            && link.file.is_some()
            && uses_variables(&link.bundle, id)
        {
            self.audience_dependent = true;
        }
        formatted
    }

    /// The first usable text further down the chain, or the English source.
    fn fallback(&mut self, segment: &Segment, state: State) -> Resolved {
        for link in &self.chain[1..] {
            if let Formatted::Text(text) = self.format(link, &segment.id)
                && self.check(segment, &text).is_empty()
            {
                return Resolved {
                    text,
                    lang: link.locale.to_string(),
                    state,
                };
            }
        }
        Resolved {
            text: segment.text.clone(),
            lang: self.source_locale.to_string(),
            state,
        }
    }

    fn report_defect(
        &mut self,
        first_time: bool,
        segment: &Segment,
        link: &ChainLink,
        code: &'static str,
        message: &str,
    ) {
        if first_time {
            let d = self.locate(
                segment,
                link,
                &segment.id,
                Severity::Warning,
                code,
                format!("`{}`: {message}", segment.id),
            );
            self.diagnostics.push(d);
        }
    }

    /// A diagnostic at message `id` in the locale's file, else at the English segment.
    fn locate(
        &self,
        segment: &Segment,
        link: &ChainLink,
        id: &str,
        severity: Severity,
        code: &'static str,
        message: String,
    ) -> Diagnostic {
        match link.file.and_then(|f| f.offset(id).map(|o| (f, o))) {
            Some((f, offset)) => {
                Diagnostic::new(severity, code, &f.file.path, message).at(&f.file, offset)
            }
            None => Diagnostic::new(severity, code, &self.file.path, message)
                .at(self.file, segment.range.start),
        }
        .in_locale(link.locale)
    }
}

/// Resolves `doc` for the first locale of `chain` (the rest are its fallbacks, the source
/// locale implied last; an empty chain means the source locale) for `audience`.
/// `lineage` maps current segment IDs to their earlier IDs.
pub fn localize(
    doc: &Document,
    lineage: &LineageMap,
    chain: &[ChainLink],
    source_locale: &str,
    audience: &str,
) -> LocalizedDoc {
    localize_with(doc, lineage, chain, source_locale, audience, None)
}

/// [`localize`], sharing `qa`, the QA facts of the English texts, with the document's
/// other localizations (each segment's English text is then read once for all locales).
pub fn localize_with(
    doc: &Document,
    lineage: &LineageMap,
    chain: &[ChainLink],
    source_locale: &str,
    audience: &str,
    qa: Option<&qa::SourceMemo>,
) -> LocalizedDoc {
    let mut resolver = Resolver::new(&doc.file, lineage, chain, source_locale, audience);
    resolver.qa = qa;
    let front = doc.front.map(|s| resolver.resolve(s));
    let mut replacements = Vec::new();
    let mut states = Vec::new();
    for segment in &doc.scan.segments {
        let r = resolver.resolve(segment);
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
    let locale = chain.first().map_or(source_locale, |c| c.locale);
    let mut diagnostics = resolver.diagnostics;
    if let Some(file) = chain.first().and_then(|c| c.file) {
        let current = doc.segments().map(|s| s.id.as_str());
        diagnostics.extend(obsolete(current, &doc.file.path, lineage, file, locale));
    }
    LocalizedDoc {
        locale: locale.to_string(),
        body,
        marks,
        front,
        statuses: resolver.statuses,
        audience_dependent: resolver.audience_dependent,
        diagnostics,
    }
}

/// Standalone segments in one locale, such as the titles of the regulations registry:
/// resolved like a document's front matter, with nothing to splice.
#[derive(Debug, Clone)]
pub struct LocalizedSegments {
    /// The page locale.
    pub locale: String,
    /// The text shown for each segment, in the order given.
    pub items: Vec<Resolved>,
    /// Each distinct segment once, in the order given.
    pub statuses: Vec<SegmentStatus>,
    /// Problems found (notes for missing and stale segments, warnings for defects and
    /// obsolete messages).
    pub diagnostics: Vec<Diagnostic>,
}

/// Resolves `segments` of the source file `file` for the first locale of `chain`, like
/// [`localize`]. They read the same for every audience: a `$audience` selector takes its
/// default variant.
pub fn localize_segments(
    file: &SourceFile,
    segments: &[&Segment],
    lineage: &LineageMap,
    chain: &[ChainLink],
    source_locale: &str,
) -> LocalizedSegments {
    let mut resolver = Resolver::new(file, lineage, chain, source_locale, "");
    let items = segments.iter().map(|s| resolver.resolve(s)).collect();
    let locale = chain.first().map_or(source_locale, |c| c.locale);
    let mut diagnostics = resolver.diagnostics;
    if let Some(ftl) = chain.first().and_then(|c| c.file) {
        let current = segments.iter().map(|s| s.id.as_str());
        diagnostics.extend(obsolete(current, &file.path, lineage, ftl, locale));
    }
    LocalizedSegments {
        locale: locale.to_string(),
        items,
        statuses: resolver.statuses,
        diagnostics,
    }
}

/// Messages that are neither `current` segment IDs (of the source file `source`) nor earlier
/// versions of one.
fn obsolete<'s>(
    current: impl Iterator<Item = &'s str>,
    source: &str,
    lineage: &'s LineageMap,
    file: &FtlFile,
    locale: &str,
) -> Vec<Diagnostic> {
    let mut known: BTreeSet<&str> = current.collect();
    known.extend(lineage.values().flatten().map(String::as_str));
    file.definitions()
        .filter(|(id, _)| !id.starts_with('-') && !known.contains(id))
        .map(|(id, offset)| {
            Diagnostic::new(
                Severity::Warning,
                "obsolete-message",
                &file.file.path,
                format!("`{id}` is not a segment of {source} any more"),
            )
            .at(&file.file, offset)
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

    /// A Vietnamese catalog without files.
    fn vietnamese() -> LocaleCatalog {
        LocaleCatalog {
            locale: "vi".into(),
            langid: "vi".parse().unwrap(),
            ui: None,
            glossary: None,
            modules: BTreeMap::new(),
            audiences: BTreeMap::new(),
            regulations: None,
        }
    }

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
        let chain = [ChainLink {
            locale: "vi",
            bundle: Arc::new(vietnamese().bundle(Some(&file))),
            file: Some(&file),
        }];
        let doc = localize(&module.doc, &LineageMap::new(), &chain, "en", "china");
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
        let doc = localize(&module.doc, &LineageMap::new(), &[], "en", "china");
        assert_eq!(doc.body, module.doc.body());
        let chain_doc = {
            let chain = [ChainLink {
                locale: "vi",
                bundle: Arc::new(vietnamese().bundle(None)),
                file: None,
            }];
            localize(&module.doc, &LineageMap::new(), &chain, "en", "china")
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
