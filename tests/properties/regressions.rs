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
        plain_handouts(&project, &built).unwrap_or_else(|e| panic!("{case}: {e}"));
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

/// The English source line under a translated segment of a bilingual handout (`beta`,
/// zh-CN) printed `[^n]` and `90 ppm[^1]` as text: each English segment was parsed without
/// the document's footnote definitions.
#[test]
fn bilingual_english_lines_render_footnote_references() {
    let built = holds("bilingual-footnote", false);
    assert!(built.report.succeeded, "{:?}", built.report.diagnostics);
    let project = Scratch::with_overlay("regressions/bilingual-footnote");
    let (data, _) = crate::project::handout_data(project.plan(false)).expect("data");
    let (_, handout) = data
        .iter()
        .find(|(path, _)| path == "beta/zh-CN/handouts/gen.pdf")
        .expect("the gen handout");
    let json = serde_json::to_string(handout).expect("json");
    assert!(
        json.contains(r#""en":[{"t":"text","v":"Paint: 90 ppm"},{"t":"sup","v":"2"}]"#),
        "{json}"
    );
}

/// A heading translated as `{.quiz}` (`{ "{" }.quiz{ "}" }`) became a knowledge-check
/// heading: pulldown-cmark reads a trailing attribute block even after `\{`.
#[test]
fn a_heading_translation_cannot_add_attributes() {
    let built = holds("heading-attributes", false);
    let page = built.page("alpha/vi/local/index.html").unwrap_or_default();
    assert!(page.contains("<h2 id=\"agencies\">{.quiz}</h2>"), "{page}");
}

/// A thematic break (`---`) in a loose list item was taken for the item's text, a segment:
/// its translation `---` replaced the rule with a paragraph. The kept reference file is the
/// one written before the fix, so the old message is now obsolete.
#[test]
fn a_rule_in_a_list_item_is_not_translated() {
    let built = holds("rule-in-list-item", false);
    assert!(built.report.succeeded);
    let page = built.page("alpha/vi/gen/index.html").unwrap_or_default();
    assert!(page.contains("<hr />"), "{page}");
    let obsolete = built.report.diagnostics.iter().any(|d| {
        d.code == "obsolete-message" && d.path == "locales/vi/modules/gen.ftl" && d.line == 4
    });
    assert!(obsolete, "{:?}", built.report.diagnostics);
}

/// An interface string of several lines (`site-title` followed by two empty lines) put
/// line breaks into `<title>` and the handout's site title; interface strings are now
/// joined into one line like every other translated text outside a body.
#[test]
fn an_interface_string_is_one_line() {
    let built = holds("multiline-ui-string", false);
    let page = built.page("alpha/vi/first/index.html").unwrap_or_default();
    assert!(
        page.contains("<title>Bộ phận nhỏ · site-title</title>"),
        "{page}"
    );
    let project = Scratch::with_overlay("regressions/multiline-ui-string");
    let (data, _) = crate::project::handout_data(project.plan(false)).expect("data");
    for (path, handout) in data.iter().filter(|(p, _)| p.starts_with("alpha/vi/")) {
        let json = serde_json::to_value(handout).expect("json");
        assert_eq!(json["site_title"], "site-title", "{path}");
    }
}

/// A heading whose slug starts with a prefix the theme reserves (`quiz-`, `fn-`,
/// `untranslated-`), such as `## Quiz answers` or `## {.quiz} Small`, made the anchor loop
/// spin forever: `check`, `build` and `serve` hung. Such slugs now get an `h-` prefix.
#[test]
fn a_heading_slug_with_a_reserved_prefix_does_not_hang() {
    let built = holds("reserved-slug-prefix", false);
    assert!(built.report.succeeded, "{:?}", built.report.diagnostics);
    let page = built.page("alpha/en/gen/index.html").unwrap_or_default();
    for anchor in ["h-quiz-small", "h-quiz-answers", "fn"] {
        assert!(
            page.contains(&format!("id=\"{anchor}\"")),
            "{anchor}: {page}"
        );
    }
}

/// A heading translated as "```Agencies```" prints as that text on the page and in the
/// handout (the escaped opening backtick leaves no code span). A false alarm of the handout
/// property, which now reads runs as Primer escapes the start of a translation.
#[test]
fn backticks_at_the_start_of_a_heading_are_text() {
    let built = holds("backticks-at-heading-start", false);
    let page = built.page("alpha/vi/local/index.html").unwrap_or_default();
    assert!(
        page.contains("<h2 id=\"agencies\">```Agencies```</h2>"),
        "{page}"
    );
}

/// A list item translated as `[ ]` became a task-list checkbox and its paragraph vanished;
/// a translation starting with `[ ]`, `[x]` or `[X]` is now escaped like other block syntax.
#[test]
fn a_translation_cannot_make_a_task_list_checkbox() {
    let built = holds("task-marker-translation", false);
    let page = built.page("beta/zh-CN/gen/index.html").unwrap_or_default();
    assert!(!page.contains("class=\"task\""), "{page}");
    assert!(page.contains("<p>[ ]</p>"), "{page}");
}

/// A paragraph of more than some 500 Korean words (and a module title of 600) failed to
/// typeset with `maximum grouping depth exceeded`, blamed on `handout.typ`: the template
/// kept Korean words whole with a `show regex` rule, which typst stops applying after a
/// few hundred matches in one run of text. The template now boxes the words itself.
#[test]
fn a_long_korean_paragraph_typesets() {
    let built = holds("long-korean-paragraph", true);
    assert!(built.report.succeeded, "{:?}", built.report.diagnostics);
}
