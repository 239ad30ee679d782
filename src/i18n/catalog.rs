//! Fluent files per locale: loading with located diagnostics, message positions, and the
//! bundles built from them (one per locale for `ui.ftl`, one per (locale, document) for
//! segments, both sharing the parsed glossary; docs/formats.md §4).

use crate::diagnostics::{Diagnostic, Severity};
use crate::source::SourceFile;
use fluent_bundle::{FluentArgs, FluentResource};
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;
use unic_langid::LanguageIdentifier;

/// A thread-safe Fluent bundle over shared resources.
pub type Bundle = fluent_bundle::concurrent::FluentBundle<Arc<FluentResource>>;

/// One parsed `.ftl` file.
#[derive(Debug, Clone)]
pub struct FtlFile {
    /// The file's text and path.
    pub file: SourceFile,
    /// The parsed resource (entries with syntax errors are left out); `None` once
    /// [`FtlFile::without_tree`] dropped it.
    tree: Option<Arc<FluentResource>>,
    /// Byte offset of the first definition of each message or term, sorted by id (each id
    /// is read back from the text there, so the build does not hold a copy of every id).
    offsets: Box<[usize]>,
}

impl FtlFile {
    /// Parses `file`; syntax errors and duplicate ids become diagnostics of `severity`,
    /// and the rest of the file is still used.
    pub fn parse(file: SourceFile, severity: Severity, locale: &str) -> (FtlFile, Vec<Diagnostic>) {
        let mut out = Vec::new();
        let resource = match FluentResource::try_new(file.text.clone()) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    // The parser reports a missing `}` at the start of the next line; point
                    // at the end of the line where the entry went wrong instead.
                    let mut at = e.pos.start.min(file.text.len());
                    while at > 0 && file.text[..at].ends_with(['\n', '\r']) {
                        at -= 1;
                    }
                    let d = Diagnostic::new(
                        severity,
                        "ftl-syntax",
                        &file.path,
                        format!("Fluent syntax error: {}", e.kind),
                    )
                    .at(&file, at)
                    .in_locale(locale)
                    .hint("the rest of the file is still used; this entry is ignored");
                    out.push(d);
                }
                r
            }
        };
        let mut offsets: BTreeMap<String, usize> = BTreeMap::new();
        for (id, offset) in definitions(&file.text) {
            if let Some(&first) = offsets.get(&id) {
                let first = file.line_col(first).0;
                out.push(
                    Diagnostic::new(severity, "ftl-duplicate", &file.path, format!("`{id}` is defined twice (first on line {first}); the first definition is used"))
                        .at(&file, offset)
                        .in_locale(locale),
                );
            } else {
                offsets.insert(id, offset);
            }
        }
        (
            FtlFile {
                file,
                tree: Some(Arc::new(resource)),
                offsets: offsets.into_values().collect(),
            },
            out,
        )
    }

    /// The id defined at byte `offset` (a message `id` or a term `-id`).
    fn id_at(&self, offset: usize) -> &str {
        let rest = self.file.text.get(offset..).unwrap_or_default();
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
            .unwrap_or(rest.len());
        &rest[..end]
    }

    /// The byte offset of the first definition of message or term `id` (`-id` for a term).
    pub fn offset(&self, id: &str) -> Option<usize> {
        let k = self
            .offsets
            .binary_search_by(|&o| self.id_at(o).cmp(id))
            .ok()?;
        Some(self.offsets[k])
    }

    /// Every message and term id with the byte offset of its first definition, by id.
    pub fn definitions(&self) -> impl Iterator<Item = (&str, usize)> {
        self.offsets.iter().map(|&o| (self.id_at(o), o))
    }

    /// The file without its syntax tree: a document's file is read only by its
    /// localization, which parses it again ([`FtlFile::resource`]), so that a build does
    /// not hold the trees of every document in every locale (most of its memory).
    pub fn without_tree(mut self) -> FtlFile {
        self.tree = None;
        self
    }

    /// The parsed resource (entries with syntax errors are left out; they were reported
    /// when the file was loaded), parsed again if [`FtlFile::without_tree`] dropped it.
    pub fn resource(&self) -> Arc<FluentResource> {
        match &self.tree {
            Some(tree) => tree.clone(),
            None => {
                Arc::new(FluentResource::try_new(self.file.text.clone()).unwrap_or_else(|(r, _)| r))
            }
        }
    }

    /// Reads and parses `root/relative`.
    pub fn load(
        root: &Path,
        relative: &Path,
        severity: Severity,
        locale: &str,
    ) -> anyhow::Result<(FtlFile, Vec<Diagnostic>)> {
        Ok(FtlFile::parse(
            SourceFile::read(root, relative)?,
            severity,
            locale,
        ))
    }
}

/// Start offsets of every message (`id =`) and term (`-id =`) definition, in file order.
fn definitions(text: &str) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let id: String = line
            .char_indices()
            .take_while(|&(_, c)| c.is_ascii_alphanumeric() || c == '_' || c == '-')
            .map(|(_, c)| c)
            .collect();
        let rest = line[id.len()..].trim_start_matches(' ');
        let name = id.strip_prefix('-').unwrap_or(&id);
        if name.starts_with(|c: char| c.is_ascii_alphabetic()) && rest.starts_with('=') {
            out.push((id, offset));
        }
        offset += line.len();
    }
    out
}

/// The Fluent files of one locale.
#[derive(Debug)]
pub struct LocaleCatalog {
    /// The locale tag as in `site.yaml`.
    pub locale: String,
    /// Parsed tag.
    pub langid: LanguageIdentifier,
    /// `ui.ftl`.
    pub ui: Option<FtlFile>,
    /// `glossary.ftl`.
    pub glossary: Option<FtlFile>,
    /// `modules/<id>.ftl`, by module id.
    pub modules: BTreeMap<String, FtlFile>,
    /// `audiences/<id>.ftl`, by audience id.
    pub audiences: BTreeMap<String, FtlFile>,
    /// `regulations.ftl`: the titles of the regulations registry's parts.
    pub regulations: Option<FtlFile>,
}

impl LocaleCatalog {
    /// A bundle with the glossary and, if given, one document's messages.
    pub fn bundle(&self, document: Option<&FtlFile>) -> Bundle {
        let mut bundle = Bundle::new_concurrent(vec![self.langid.clone()]);
        bundle.set_use_isolating(false);
        // Overriding errors are reported as `ftl-duplicate` when the files are parsed.
        if let Some(g) = &self.glossary {
            let _ = bundle.add_resource(g.resource());
        }
        if let Some(d) = document {
            let _ = bundle.add_resource(d.resource());
        }
        bundle
    }

    /// The bundle for interface strings: `ui.ftl` plus the glossary.
    pub fn ui_bundle(&self) -> Bundle {
        let mut bundle = self.bundle(None);
        if let Some(ui) = &self.ui {
            let _ = bundle.add_resource(ui.resource());
        }
        bundle
    }
}

/// The result of formatting one message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Formatted {
    /// No message with that id.
    Absent,
    /// The formatted value.
    Text(String),
    /// The message exists but could not be formatted (unknown term or variable, no value).
    Failed(String),
}

/// Formats message `id` of `bundle`, with `args`.
pub fn format(bundle: &Bundle, id: &str, args: Option<&FluentArgs>) -> Formatted {
    let Some(message) = bundle.get_message(id) else {
        return Formatted::Absent;
    };
    let Some(pattern) = message.value() else {
        return Formatted::Failed("the message has no value".to_string());
    };
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    match errors.first() {
        Some(e) => Formatted::Failed(e.to_string()),
        None => Formatted::Text(text.into_owned()),
    }
}

/// Sets `$date` (as written, `YYYY-MM-DD`) and, when it is a calendar date, `$year`,
/// `$month` and `$day` (without leading zeros), so each locale's `ui.ftl` can write dates
/// its own way: fluent-bundle has no `DATETIME` function.
pub fn set_date(args: &mut FluentArgs, date: &str) {
    args.set("date", date.to_string());
    if let Ok(d) = crate::content::frontmatter::parse_date(date) {
        args.set("year", d.year().to_string());
        args.set("month", (d.month() as u8).to_string());
        args.set("day", d.day().to_string());
    }
}

/// Whether the message `id` of `bundle` refers to a variable (such as `$audience`), so its
/// text can differ per audience.
pub fn uses_variables(bundle: &Bundle, id: &str) -> bool {
    use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};
    fn pattern(p: &Pattern<&str>) -> bool {
        p.elements.iter().any(|e| match e {
            PatternElement::Placeable { expression } => expr(expression),
            PatternElement::TextElement { .. } => false,
        })
    }
    fn expr(e: &Expression<&str>) -> bool {
        match e {
            Expression::Select { .. } => true,
            Expression::Inline(i) => inline(i),
        }
    }
    fn inline(i: &InlineExpression<&str>) -> bool {
        match i {
            InlineExpression::VariableReference { .. } => true,
            InlineExpression::Placeable { expression } => expr(expression),
            InlineExpression::FunctionReference { .. } => true,
            _ => false,
        }
    }
    bundle
        .get_message(id)
        .and_then(|m| m.value())
        .is_some_and(pattern)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog(glossary: &str) -> LocaleCatalog {
        let (g, _) = FtlFile::parse(SourceFile::new("g.ftl", glossary), Severity::Warning, "vi");
        LocaleCatalog {
            locale: "vi".into(),
            langid: "vi".parse().unwrap(),
            ui: None,
            glossary: Some(g),
            modules: BTreeMap::new(),
            audiences: BTreeMap::new(),
            regulations: None,
        }
    }

    #[test]
    fn syntax_errors_are_located_and_the_rest_is_used() {
        let text = "a = A\nb = { broken\nc = C\n";
        let (f, ds) = FtlFile::parse(
            SourceFile::new("locales/vi/ui.ftl", text),
            Severity::Warning,
            "vi",
        );
        assert_eq!(ds.len(), 1);
        assert_eq!(
            (ds[0].line, ds[0].code, ds[0].severity),
            (2, "ftl-syntax", Severity::Warning)
        );
        let cat = catalog("");
        let bundle = cat.bundle(Some(&f));
        assert_eq!(format(&bundle, "a", None), Formatted::Text("A".into()));
        assert_eq!(format(&bundle, "c", None), Formatted::Text("C".into()));
        assert_eq!(format(&bundle, "b", None), Formatted::Absent);
    }

    #[test]
    fn duplicates_are_reported_at_the_second_definition() {
        let (_, ds) = FtlFile::parse(
            SourceFile::new("x.ftl", "a = 1\n-t = T\na = 2\n"),
            Severity::Warning,
            "vi",
        );
        assert_eq!((ds[0].line, ds[0].code), (3, "ftl-duplicate"));
    }

    #[test]
    fn terms_resolve_without_isolation_marks_and_unknown_terms_fail() {
        let cat = catalog("-cpc = Giấy chứng nhận\n");
        let (f, _) = FtlFile::parse(
            SourceFile::new(
                "m.ftl",
                "p-1 = Cần { -cpc } cho { $audience ->\n [china] TQ\n *[other] mọi nơi\n}.\np-2 = { -nope }\n",
            ),
            Severity::Warning,
            "vi",
        );
        let bundle = cat.bundle(Some(&f));
        let mut args = FluentArgs::new();
        args.set("audience", "china");
        assert_eq!(
            format(&bundle, "p-1", Some(&args)),
            Formatted::Text("Cần Giấy chứng nhận cho TQ.".into())
        );
        assert!(matches!(format(&bundle, "p-2", None), Formatted::Failed(_)));
        assert!(uses_variables(&bundle, "p-1"));
        assert!(!uses_variables(&bundle, "p-2"));
        // A document's file without its tree gives the same bundle.
        let lean = cat.bundle(Some(&f.clone().without_tree()));
        assert_eq!(
            format(&lean, "p-1", Some(&args)),
            Formatted::Text("Cần Giấy chứng nhận cho TQ.".into())
        );
        assert!(uses_variables(&lean, "p-1") && !uses_variables(&lean, "p-2"));
    }

    #[test]
    fn dates_reach_messages_as_year_month_and_day() {
        let resource = FluentResource::try_new(
            "r = { $year }年{ $month }月{ $day }日\niso = { $date }\n".to_string(),
        )
        .expect("valid");
        let mut bundle = fluent_bundle::FluentBundle::new(vec!["ja".parse().expect("tag")]);
        bundle.set_use_isolating(false);
        bundle.add_resource(resource).expect("added");
        let mut args = FluentArgs::new();
        set_date(&mut args, "2026-08-01");
        let text = |id: &str| {
            let pattern = bundle
                .get_message(id)
                .and_then(|m| m.value())
                .expect("message");
            bundle
                .format_pattern(pattern, Some(&args), &mut Vec::new())
                .into_owned()
        };
        assert_eq!(text("r"), "2026年8月1日");
        assert_eq!(text("iso"), "2026-08-01");
    }
}
