//! Translation coverage per locale and document (`primer i18n status`, and the build's
//! `translation-status/` page): counts of translated, missing, stale and invalid segments,
//! and the segments that need work.

use super::translate::{SegmentStatus, State};
use serde::Serialize;
use std::fmt::Write as _;

/// Segment counts by state.
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq, Eq)]
pub struct Counts {
    /// All distinct segments.
    pub total: usize,
    /// Translated and passing QA.
    pub translated: usize,
    /// Without translation.
    pub missing: usize,
    /// Translated from an earlier version of the English text.
    pub stale: usize,
    /// Translation failed QA or could not be formatted.
    pub invalid: usize,
}

impl Counts {
    /// Counts the states of `segments`.
    pub fn of(segments: &[SegmentStatus]) -> Counts {
        let mut c = Counts {
            total: segments.len(),
            ..Counts::default()
        };
        for s in segments {
            match s.state {
                State::Translated => c.translated += 1,
                State::Missing => c.missing += 1,
                State::Stale => c.stale += 1,
                State::Invalid => c.invalid += 1,
            }
        }
        c
    }

    fn add(&mut self, other: Counts) {
        self.total += other.total;
        self.translated += other.translated;
        self.missing += other.missing;
        self.stale += other.stale;
        self.invalid += other.invalid;
    }

    /// Percentage translated, rounded down (100 only when complete).
    pub fn percent(&self) -> usize {
        (self.translated * 100)
            .checked_div(self.total)
            .unwrap_or(100)
    }
}

/// One document in one locale.
#[derive(Debug, Clone, Serialize)]
pub struct DocStatus {
    /// The English source file.
    pub source: String,
    /// The translation file translators edit.
    pub file: String,
    /// Counts.
    pub counts: Counts,
    /// The segments that need work (missing, stale or invalid), in document order.
    pub segments: Vec<SegmentStatus>,
}

/// One locale.
#[derive(Debug, Clone, Serialize)]
pub struct LocaleStatus {
    /// Locale tag.
    pub locale: String,
    /// Review status from `site.yaml`.
    pub review: Option<crate::config::Review>,
    /// Totals over the documents.
    pub totals: Counts,
    /// Percentage of all segments translated.
    pub percent: usize,
    /// Per document, sorted by source path.
    pub documents: Vec<DocStatus>,
}

impl DocStatus {
    /// A document's counts and the segments that need work, from its segments' states.
    pub fn new(source: String, file: String, statuses: &[SegmentStatus]) -> DocStatus {
        DocStatus {
            source,
            file,
            counts: Counts::of(statuses),
            segments: statuses
                .iter()
                .filter(|s| s.state != State::Translated)
                .cloned()
                .collect(),
        }
    }
}

impl LocaleStatus {
    /// Builds the locale's totals from its documents.
    pub fn of_documents(
        locale: &str,
        review: Option<crate::config::Review>,
        mut documents: Vec<DocStatus>,
    ) -> Self {
        documents.sort_by(|a, b| a.source.cmp(&b.source));
        let mut totals = Counts::default();
        for d in &documents {
            totals.add(d.counts);
        }
        LocaleStatus {
            locale: locale.to_string(),
            review,
            percent: totals.percent(),
            totals,
            documents,
        }
    }

    /// Adds one more document (such as the regulations registry) and updates the totals.
    pub fn add_document(&mut self, source: String, file: String, statuses: Vec<SegmentStatus>) {
        let document = DocStatus::new(source, file, &statuses);
        self.totals.add(document.counts);
        self.percent = self.totals.percent();
        let at = self
            .documents
            .partition_point(|d| d.source < document.source);
        self.documents.insert(at, document);
    }
}

/// The human-readable table (and, with `details`, each segment needing work).
pub fn human(report: &[LocaleStatus], details: bool) -> String {
    let mut out = String::new();
    let width = report
        .iter()
        .flat_map(|l| l.documents.iter().map(|d| d.source.len()))
        .max()
        .unwrap_or(10)
        .max(10);
    for locale in report {
        let review = match locale.review {
            Some(crate::config::Review::Reviewed) => "reviewed",
            Some(crate::config::Review::Draft) => "draft",
            None => "",
        };
        let _ = writeln!(
            out,
            "{} ({review}): {}% translated",
            locale.locale,
            locale.totals.percent()
        );
        let _ = writeln!(
            out,
            "  {:<width$}  {:>5}  {:>10}  {:>7}  {:>5}  {:>7}",
            "document", "total", "translated", "missing", "stale", "invalid"
        );
        let row = |out: &mut String, name: &str, c: &Counts| {
            let _ = writeln!(
                out,
                "  {name:<width$}  {:>5}  {:>6} {:>3}  {:>7}  {:>5}  {:>7}",
                c.total,
                c.translated,
                format!("{}%", c.percent()),
                c.missing,
                c.stale,
                c.invalid
            );
        };
        for doc in &locale.documents {
            row(&mut out, &doc.source, &doc.counts);
        }
        row(&mut out, "total", &locale.totals);
        if details {
            for doc in locale.documents.iter().filter(|d| !d.segments.is_empty()) {
                let _ = writeln!(out, "\n  {} → {}", doc.source, doc.file);
                for s in &doc.segments {
                    let state = match s.state {
                        State::Missing => "missing",
                        State::Stale => "stale",
                        State::Invalid => "invalid",
                        State::Translated => "translated",
                    };
                    let _ = writeln!(out, "    {} [{state}]", s.id);
                    let _ = writeln!(out, "      English:  {}", s.source);
                    if let Some(t) = &s.translation {
                        let label = if s.state == State::Stale {
                            "outdated"
                        } else {
                            "rejected"
                        };
                        let from = s
                            .earlier_id
                            .as_deref()
                            .map(|id| format!(" ({id})"))
                            .unwrap_or_default();
                        let _ = writeln!(out, "      {label}{from}: {t}");
                    }
                    if let Some(p) = &s.problem {
                        let _ = writeln!(out, "      problem:  {p}");
                    }
                }
            }
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::segment::SegmentKind;

    fn status(id: &str, state: State) -> SegmentStatus {
        SegmentStatus {
            id: id.into(),
            kind: SegmentKind::P,
            state,
            source: format!("source of {id}"),
            translation: None,
            earlier_id: None,
            problem: None,
        }
    }

    #[test]
    fn counts_and_table() {
        let report = [LocaleStatus::of_documents(
            "vi",
            Some(crate::config::Review::Draft),
            vec![DocStatus::new(
                "content/modules/a.md".into(),
                "locales/vi/modules/a.ftl".into(),
                &[
                    status("p-1", State::Translated),
                    status("p-2", State::Stale),
                    status("p-3", State::Missing),
                ],
            )],
        )];
        assert_eq!(
            report[0].totals,
            Counts {
                total: 3,
                translated: 1,
                missing: 1,
                stale: 1,
                invalid: 0
            }
        );
        let table = human(&report, true);
        assert!(table.starts_with("vi (draft): 33% translated\n"), "{table}");
        assert!(
            table.contains("    p-2 [stale]\n      English:  source of p-2\n"),
            "{table}"
        );
        assert!(
            !table.contains("p-1 ["),
            "translated segments are not listed"
        );
    }

    #[test]
    fn an_added_document_counts_in_the_totals_and_sorts_by_source() {
        let mut report = LocaleStatus::of_documents(
            "vi",
            None,
            vec![DocStatus::new(
                "content/modules/a.md".into(),
                "locales/vi/modules/a.ftl".into(),
                &[status("p-1", State::Translated)],
            )],
        );
        report.add_document(
            "content/regulations.yaml".into(),
            "locales/vi/regulations.ftl".into(),
            vec![status("title-1", State::Missing)],
        );
        assert_eq!((report.totals.total, report.totals.missing), (2, 1));
        assert_eq!(report.percent, 50);
        assert_eq!(
            report
                .documents
                .iter()
                .map(|d| d.source.as_str())
                .collect::<Vec<_>>(),
            ["content/modules/a.md", "content/regulations.yaml"]
        );
        assert_eq!(report.documents[1].segments.len(), 1);
    }
}
