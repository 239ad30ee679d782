//! The properties, and the checks they share with the regression tests.

use crate::blocks;
use crate::case::{Case, case, describe};
use crate::handout_text;
use crate::project::{self, Built, Scratch};
use primer::diagnostics::{Diagnostic, Severity};
use proptest::test_runner::TestCaseError;

/// Codes of problems that concern a whole file, so have no line.
const WHOLE_FILE: &[&str] = &[
    "reference-outdated",
    "obsolete-file",
    "missing-file",
    "missing-translation",
    "stale-translation",
];

/// Every problem names its file, and a problem in a document or a Fluent file its line;
/// nothing generated may be blamed on the theme, which the cases never touch.
pub fn located(diagnostics: &[Diagnostic]) -> Result<(), String> {
    for d in diagnostics {
        let shown = d.render();
        if d.path.is_empty() || d.message.is_empty() {
            return Err(format!("a diagnostic without path or message: {shown}"));
        }
        if d.path.starts_with("themes/") {
            return Err(format!(
                "a problem of the content blamed on the theme: {shown}"
            ));
        }
        let content = d.path.starts_with("content/") || d.path.starts_with("locales/");
        if content && d.line == 0 && !WHOLE_FILE.contains(&d.code) {
            return Err(format!("a problem in the content without a line: {shown}"));
        }
    }
    Ok(())
}

/// No paragraph or heading of any page holds a block: front matter, titles and
/// translations are inline text wherever they are shown (raw HTML in the English source
/// is never generated inside a paragraph).
pub fn inline_stays_inline(built: &Built) -> Result<(), String> {
    for (path, bytes) in &built.files {
        if path.ends_with(".html")
            && let Some((element, block)) =
                blocks::block_in_inline_element(&blocks::structure(&String::from_utf8_lossy(bytes)))
        {
            return Err(format!("{path}: a <{element}> holds a <{block}>"));
        }
    }
    Ok(())
}

/// Every page of a translated site has the block structure of the same page in the source
/// locale, and a `<title>` of one line.
pub fn same_structure(built: &Built) -> Result<(), String> {
    for (audience, locale) in [("alpha", "vi"), ("beta", "zh-CN")] {
        let prefix = format!("{audience}/{locale}/");
        for (path, bytes) in built.files.range(prefix.clone()..) {
            if !path.starts_with(&prefix) {
                break;
            }
            // The search page offers Vietnamese readers exact accent matching: its form
            // differs by design and holds no translated content.
            // A deck splits its slides by the length of their text, which a translation
            // changes by design (what is on them is checked in tests/cli/slides.rs).
            if !path.ends_with(".html")
                || path.ends_with("/search/index.html")
                || path.contains("/slides/")
            {
                continue;
            }
            let source_path = format!("{audience}/en/{}", &path[prefix.len()..]);
            let Some(source) = built.page(&source_path) else {
                return Err(format!("{path} has no source-locale page {source_path}"));
            };
            let page = String::from_utf8_lossy(bytes);
            let (mut a, mut b) = (blocks::structure(&source), blocks::structure(&page));
            if path.ends_with("/glossary/index.html") {
                let (flat_a, flat_b);
                ((a, flat_a), (b, flat_b)) = (blocks::without_cells(&a), blocks::without_cells(&b));
                if !(flat_a && flat_b) {
                    return Err(format!("{path}: a glossary cell holds a block"));
                }
            }
            if let Some(diff) = blocks::first_difference(&a, &b) {
                return Err(format!(
                    "{path}: the block structure differs from {source_path} {diff}"
                ));
            }
            if let Some(title) = blocks::title(&page).filter(|t| t.contains(['\n', '<'])) {
                return Err(format!(
                    "{path}: <title> is not one line of text: {title:?}"
                ));
            }
        }
    }
    Ok(())
}

/// No text run of any module handout reads as Markdown, unless its page shows the same
/// text.
pub fn plain_handouts(project: &Scratch, built: &Built) -> Result<(), String> {
    let (data, diagnostics) = project::handout_data(project.plan(false))?;
    located(&diagnostics)?;
    for (path, data) in data {
        let Some(id) = path
            .rsplit('/')
            .next()
            .and_then(|f| f.strip_suffix(".pdf"))
            .filter(|id| *id != "all-modules")
        else {
            continue;
        };
        let source = project
            .read(&format!("content/modules/{id}.md"))
            .unwrap_or_default();
        let notes = handout_text::footnotes(&source);
        let json = serde_json::to_value(&data).map_err(|e| e.to_string())?;
        let mut found = Vec::new();
        // Footnotes resolve in bodies only: outside them (titles, summaries, objectives)
        // `[^src]` is text on the page too.
        for (i, module) in json["modules"].as_array().into_iter().flatten().enumerate() {
            for (key, value) in module.as_object().into_iter().flatten() {
                let notes: &[&str] = if matches!(key.as_str(), "body" | "notes") {
                    &notes
                } else {
                    &[]
                };
                handout_text::leftovers(value, notes, &format!("modules[{i}].{key}"), &mut found);
            }
        }
        handout_text::leftovers(&json["title"], &[], "title", &mut found);
        handout_text::leftovers(&json["local"], &[], "local", &mut found);
        // Markdown resolves delimiters in context: `**a*****b***` leaves asterisks that
        // would pair up on their own. A run the page shows as text too is what the page
        // shows; the handout must print that, not render it.
        let mut parts = path.split('/');
        let (audience, locale) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
        found.retain(|(at, text)| {
            let locale = if at.contains(".en") || at.contains("_en") {
                "en"
            } else {
                locale
            };
            let page = if at.starts_with("local") { "local" } else { id };
            let shown = built
                .page(&format!("{audience}/{locale}/{page}/index.html"))
                .map(|html| handout_text::page_text(&html))
                .unwrap_or_default();
            !shown.contains(&handout_text::collapse(text))
        });
        if !found.is_empty() {
            return Err(format!(
                "{path}: Markdown source in the handout data: {found:?}"
            ));
        }
    }
    Ok(())
}

/// Builds `project` (with `pdf`, as `check` does) and checks what every build must hold.
pub fn check_build(project: &Scratch, pdf: bool) -> Result<Built, String> {
    let built = project::build(project.plan(pdf))?;
    located(&built.report.diagnostics)?;
    let errors = built
        .report
        .diagnostics
        .iter()
        .any(|d| d.severity == Severity::Error);
    if errors == built.report.succeeded {
        return Err(format!(
            "succeeded = {} with errors = {errors}",
            built.report.succeeded
        ));
    }
    if built.report.succeeded {
        inline_stays_inline(&built)?;
        same_structure(&built)?;
    }
    Ok(built)
}

fn run(case: &Case, pdf: bool) -> Result<(), TestCaseError> {
    let project = Scratch::basic();
    let files = case.write(&project).map_err(TestCaseError::fail)?;
    if let Some(dir) = std::env::var_os("PRIMER_PROPTEST_LAST") {
        // The case about to run, for failures that abort the process (a stack overflow).
        let _ = std::fs::write(
            std::path::Path::new(&dir).join("last-case.txt"),
            describe(&files),
        );
    }
    let result = check_build(&project, pdf).and_then(|built| {
        if std::env::var_os("PRIMER_PROPTEST_SHOW").is_some() {
            let first_error = built
                .report
                .diagnostics
                .iter()
                .find(|d| d.severity == Severity::Error)
                .map(|d| (d.code, d.message.clone()));
            use std::io::Write as _;
            let _ = writeln!(std::io::stderr(), "=== outcome: {first_error:?}");
        }
        if built.report.succeeded && !pdf {
            plain_handouts(&project, &built)?;
        }
        Ok(())
    });
    result.map_err(|e| TestCaseError::fail(format!("{e}\n\nfiles:\n{}", describe(&files))))
}

/// A build of any generated project ends without panicking, reports located problems,
/// keeps the block structure of every translated page, and gives handouts plain text.
#[test]
fn any_project_builds_with_located_problems_and_stable_structure() {
    crate::check(
        "any_project_builds_with_located_problems_and_stable_structure",
        crate::config(96, 1),
        case,
        |case| run(&case, false),
    );
}

/// The longest paragraph the handout property typesets. Tens of thousands of words take
/// minutes in a debug build, and each is typeset three times on every site (handout, PDF
/// deck, booklet): 12,000 words passed the one-minute limit. This many still hold over 500
/// Korean words (2 of the 19 words repeated), more than typst applies a `show regex` rule
/// to in one run of text (`long-korean-paragraph`).
const TYPESET_WORDS: usize = 5_000;

/// `check` (handouts typeset) of any generated project ends without panicking, and no
/// problem of the content is blamed on the handout template.
#[test]
fn any_project_checks_with_handouts() {
    crate::check(
        "any_project_checks_with_handouts",
        crate::config(16, 4),
        case,
        |case| run(&case.with_long_at_most(TYPESET_WORDS), true),
    );
}
