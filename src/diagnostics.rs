//! Content problems as located diagnostics, collected across a run and printed once.
//!
//! Operational failures (a file that cannot be read, a full disk) are `anyhow` errors;
//! everything an author or translator can fix is a [`Diagnostic`].

use crate::source::SourceFile;
use serde::Serialize;
use std::fmt::Write as _;

/// How bad a diagnostic is (docs/formats.md §4, "what stops a build").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Translation coverage (missing or stale segments), and reminders (`review-due`).
    Note,
    /// Translation defects: the segment falls back, the build succeeds.
    Warning,
    /// Source problems: the build fails and `public/` is left as it was.
    Error,
}

impl Severity {
    fn label(self) -> &'static str {
        match self {
            Severity::Note => "note",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// One located problem in the project's files.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// Severity as reported (after `--strict`/`--complete` promotion).
    pub severity: Severity,
    /// Path relative to the project root.
    pub path: String,
    /// 1-based line; 0 when the problem concerns the whole file.
    pub line: usize,
    /// 1-based column in characters; 0 when the problem concerns the whole file.
    pub column: usize,
    /// One-line description.
    pub message: String,
    /// Stable kebab-case name of the problem, documented in the README.
    pub code: &'static str,
    /// The locale concerned, for translation problems.
    pub locale: Option<String>,
    /// The source line, shown under the message.
    #[serde(skip)]
    pub snippet: Option<String>,
    /// Suggestions printed after the snippet.
    #[serde(skip)]
    pub hints: Vec<String>,
}

impl Diagnostic {
    /// A diagnostic about the whole of `path`.
    pub fn new(
        severity: Severity,
        code: &'static str,
        path: &str,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            severity,
            path: path.to_string(),
            line: 0,
            column: 0,
            message: message.into(),
            code,
            locale: None,
            snippet: None,
            hints: Vec::new(),
        }
    }

    /// An error located at byte `offset` of `file`.
    pub fn error(
        code: &'static str,
        file: &SourceFile,
        offset: usize,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic::new(Severity::Error, code, &file.path, message).at(file, offset)
    }

    /// A warning located at byte `offset` of `file`.
    pub fn warning(
        code: &'static str,
        file: &SourceFile,
        offset: usize,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic::new(Severity::Warning, code, &file.path, message).at(file, offset)
    }

    /// Locates the diagnostic at byte `offset` of `file`, with that line as snippet.
    pub fn at(mut self, file: &SourceFile, offset: usize) -> Self {
        let (line, column) = file.line_col(offset);
        self.path = file.path.clone();
        self.line = line;
        self.column = column;
        self.snippet = Some(file.line_text(line).to_string());
        self
    }

    /// Locates the diagnostic at a 1-based line and column of `file`.
    pub fn at_line_col(self, file: &SourceFile, line: usize, column: usize) -> Self {
        let offset = file.offset_of(line, column);
        self.at(file, offset)
    }

    /// Names the locale the problem belongs to.
    pub fn in_locale(mut self, locale: &str) -> Self {
        self.locale = Some(locale.to_string());
        self
    }

    /// Adds a hint line.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }

    /// Renders the human form: `path:line:col: severity: message`, snippet, hints.
    pub fn render(&self) -> String {
        let mut out = String::new();
        if self.path.is_empty() {
            // A note about the run itself, not about a file.
        } else if self.line == 0 {
            let _ = write!(out, "{}: ", self.path);
        } else {
            let _ = write!(out, "{}:{}:{}: ", self.path, self.line, self.column);
        }
        let _ = write!(out, "{}: {}", self.severity.label(), self.message);
        if let Some(locale) = &self.locale {
            let _ = write!(out, " [{locale}]");
        }
        out.push('\n');
        if let Some(snippet) = &self.snippet {
            let gutter = self.line.to_string();
            let _ = writeln!(out, "{gutter} | {snippet}");
            let pad: String = snippet
                .chars()
                .take(self.column.saturating_sub(1))
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            let _ = writeln!(out, "{} | {pad}^", " ".repeat(gutter.len()));
        }
        for hint in &self.hints {
            let _ = writeln!(out, "  = help: {hint}");
        }
        out
    }
}

/// Notes that no policy turns into errors, and that are listed rather than counted: they
/// ask for an expert's review of the English source, which a translation cannot supply
/// (`review-due`), say what a quick check left out (`typeset-skipped`) or a damaged PDF cache
/// cost (`pdf-cache`), or give an estimate
/// that only typesetting can confirm (`slide-overflow` of `primer check` without `--pdf`;
/// typesetting reports it as a warning).
pub const ALWAYS_NOTES: &[&str] = &["review-due", TYPESET_SKIPPED, "slide-overflow", "pdf-cache"];

/// The note of `primer check` without `--pdf`: the checks that need typesetting were not run.
pub const TYPESET_SKIPPED: &str = "typeset-skipped";

/// How warnings and notes count towards failure (`--strict`, `--complete`).
#[derive(Debug, Clone, Copy, Default)]
pub struct Policy {
    /// Warnings become errors.
    pub strict: bool,
    /// Notes (missing and stale translations) become errors.
    pub complete: bool,
}

/// The diagnostics of one run, in a deterministic order.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    /// Adds one diagnostic.
    pub fn push(&mut self, d: Diagnostic) {
        self.items.push(d);
    }

    /// Adds many.
    pub fn extend(&mut self, ds: impl IntoIterator<Item = Diagnostic>) {
        self.items.extend(ds);
    }

    /// Whether any diagnostic is an error (before promotion).
    pub fn has_errors(&self) -> bool {
        self.items.iter().any(|d| d.severity == Severity::Error)
    }

    /// All diagnostics so far.
    pub fn items(&self) -> &[Diagnostic] {
        &self.items
    }

    /// Applies the policy, sorts (errors first, then by file and position), and drops exact
    /// duplicates.
    pub fn finish(mut self, policy: Policy) -> Vec<Diagnostic> {
        for d in &mut self.items {
            d.severity = match d.severity {
                Severity::Warning if policy.strict => Severity::Error,
                Severity::Note if policy.complete && !ALWAYS_NOTES.contains(&d.code) => {
                    Severity::Error
                }
                s => s,
            };
        }
        // Errors first (they are what stops the build), then by file and position.
        self.items.sort_by(|a, b| {
            (
                std::cmp::Reverse(a.severity),
                &a.path,
                a.line,
                a.column,
                &a.locale,
                &a.message,
            )
                .cmp(&(
                    std::cmp::Reverse(b.severity),
                    &b.path,
                    b.line,
                    b.column,
                    &b.locale,
                    &b.message,
                ))
        });
        self.items.dedup();
        self.items
    }
}

/// Counts of each severity, for the summary line.
pub fn summary(items: &[Diagnostic]) -> String {
    let count = |s| items.iter().filter(|d| d.severity == s).count();
    let (e, w, n) = (
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Note),
    );
    let plural = |k: usize, word: &str| format!("{k} {word}{}", if k == 1 { "" } else { "s" });
    format!(
        "{}, {}, {}",
        plural(e, "error"),
        plural(w, "warning"),
        plural(n, "note")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_line_is_path_line_col_severity_message() {
        let f = SourceFile::new("content/modules/a.md", "---\ntitel: x\n---\n");
        let d = Diagnostic::error("unknown-key", &f, 4, "unknown key `titel`");
        let text = d.render();
        assert_eq!(
            text.lines().next(),
            Some("content/modules/a.md:2:1: error: unknown key `titel`")
        );
        assert!(text.contains("2 | titel: x"));
    }

    #[test]
    fn strict_promotes_warnings_and_complete_promotes_notes() {
        let mut ds = Diagnostics::default();
        ds.push(Diagnostic::new(Severity::Warning, "ftl-syntax", "a", "w"));
        ds.push(Diagnostic::new(
            Severity::Note,
            "missing-translation",
            "a",
            "n",
        ));
        let strict = ds.clone().finish(Policy {
            strict: true,
            complete: false,
        });
        assert_eq!(
            strict
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .count(),
            1
        );
        ds.push(Diagnostic::new(Severity::Note, "review-due", "a", "r"));
        let complete = ds.finish(Policy {
            strict: true,
            complete: true,
        });
        assert_eq!(
            complete
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .count(),
            2
        );
        assert_eq!(
            complete
                .iter()
                .find(|d| d.code == "review-due")
                .map(|d| d.severity),
            Some(Severity::Note),
            "neither --strict nor --complete makes review-due an error"
        );
    }
}
