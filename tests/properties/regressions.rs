//! Shrunk failures of the properties, kept as fixtures in `tests/fixtures/regressions/`
//! (each laid over `tests/fixtures/basic`) and named for what broke. Each must now pass
//! every property; some also check the diagnostic that replaced the failure.

use crate::pipeline::{check_build, plain_handouts};
use crate::project::{Built, Scratch};

/// Builds the fixture `regressions/<case>` (with handouts when `pdf`) and checks the
/// properties on it.
fn holds(case: &str, pdf: bool) -> Built {
    let project = Scratch::with_overlay(&format!("regressions/{case}"));
    let built = check_build(&project, pdf).unwrap_or_else(|e| panic!("{case}: {e}"));
    if built.report.succeeded {
        plain_handouts(&project).unwrap_or_else(|e| panic!("{case}: {e}"));
    }
    built
}

/// The codes of the diagnostics at `path:line`.
fn codes_at(built: &Built, path: &str, line: usize) -> Vec<&'static str> {
    built
        .report
        .diagnostics
        .iter()
        .filter(|d| d.path == path && d.line == line)
        .map(|d| d.code)
        .collect()
}

/// An empty translation (`{ "" }`) of the paragraph inside an HTML block in a nested list
/// removed the paragraph from the page; now it falls back to English with a warning.
#[test]
fn an_empty_translation_keeps_its_paragraph() {
    let built = holds("empty-translation", false);
    assert!(built.report.succeeded);
    let ftl = "locales/vi/modules/gen.ftl";
    assert_eq!(codes_at(&built, ftl, 3), ["qa-empty"]);
    let page = built.page("alpha/vi/gen/index.html").unwrap_or_default();
    assert!(
        page.contains("id=\"untranslated-3\">Hidden.</span></p>"),
        "{page}"
    );
}
