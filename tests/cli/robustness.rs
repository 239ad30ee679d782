//! Whatever an author or translator types, Primer ends, reports a located problem or
//! renders it as text: it never hangs, panics or lets a value reshape the page.

use crate::harness::TestProject;

const FIRST: &str = "content/modules/first.md";

/// The `basic` fixture with `from` replaced by `to` in `rel`.
fn edited(rel: &str, from: &str, to: &str) -> TestProject {
    let project = TestProject::fixture("basic");
    let text = project.read(rel);
    assert!(text.contains(from), "{rel} has no {from:?}");
    project.write(rel, &text.replacen(from, to, 1));
    project
}

/// `check` and `build` both fail with `first_line` first, and the build leaves `public/`.
fn fails_in_check_and_build(project: &TestProject, first_line: &str) {
    project.write("public/previous.html", "previous build");
    for args in [&["check"][..], &["build", "--no-pdf"]] {
        let run = project.run(args);
        assert_eq!(run.code, 1, "{args:?}: {}", run.stderr);
        assert!(
            run.stderr.starts_with(first_line),
            "{args:?}: expected {first_line:?} first in:\n{}",
            run.stderr
        );
        assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    }
    assert_eq!(project.read("public/previous.html"), "previous build");
}

#[test]
fn an_empty_summary_is_a_located_error_not_a_hang() {
    let project = edited(
        FIRST,
        "summary: Toys for children under 3 must not have small parts.",
        "summary: \"\"",
    );
    fails_in_check_and_build(
        &project,
        "content/modules/first.md:3:10: error: the summary is empty",
    );
}

#[test]
fn an_empty_title_is_a_located_error() {
    let project = edited(FIRST, "title: Small parts", "title: ''");
    fails_in_check_and_build(
        &project,
        "content/modules/first.md:2:8: error: the title is empty",
    );
}

#[test]
fn a_blank_summary_is_an_error_and_never_shifts_the_objectives() {
    let project = edited(
        FIRST,
        "summary: Toys for children under 3 must not have small parts.",
        "summary: \"   \"",
    );
    fails_in_check_and_build(
        &project,
        "content/modules/first.md:3:10: error: the summary is empty",
    );
}

#[test]
fn an_empty_objective_is_located_at_its_item() {
    let project = edited(
        FIRST,
        "  - Test a toy with the small-parts cylinder.",
        "  - Test a toy with the small-parts cylinder.\n  - \"\"",
    );
    fails_in_check_and_build(
        &project,
        "content/modules/first.md:10:5: error: the objective is empty",
    );
}

#[test]
fn an_empty_audience_page_title_is_an_error() {
    let project = edited("content/audiences/alpha.md", "title: Alpha", "title: \"\"");
    let run = project.run(&["check"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("content/audiences/alpha.md:2:8: error: the title is empty"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_date_that_is_not_in_the_calendar_is_an_error() {
    let project = edited(FIRST, "reviewed: 2026-10-01", "reviewed: 2026-02-31");
    fails_in_check_and_build(
        &project,
        "content/modules/first.md:7:11: error: `reviewed` must be a date written YYYY-MM-DD: `2026-02-31` is not a day of the calendar",
    );
}

#[test]
fn a_front_matter_translation_cannot_add_blocks() {
    let project = TestProject::fixture("basic");
    let ftl = "locales/vi/modules/first.ftl";
    let text = project.read(ftl).replace(
        "title-aca7f69010 = Bộ phận nhỏ",
        "title-aca7f69010 =\n    Dòng một\n\n    # Tiêu đề\n\n    - mục\n    > trích\n",
    );
    project.write(ftl, &text);
    let run = project.run(&["build", "--no-pdf", "--strict"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = project.read("public/alpha/vi/first/index.html");
    assert!(
        page.contains("<h1>Dòng một # Tiêu đề - mục &gt; trích</h1>"),
        "{}",
        &page[page.find("<h1").unwrap_or(0)..][..200.min(page.len())]
    );
    assert!(page.contains("<title>Dòng một # Tiêu đề - mục &gt; trích"));
    let index = project.read("public/alpha/vi/index.html");
    assert!(
        !index.contains("<h1>Tiêu đề"),
        "no heading on the site index"
    );
}

/// `levels` block quotes, one inside the other, around one word.
fn quotes(levels: usize) -> String {
    format!("{}deep", "> ".repeat(levels))
}

/// A list nested `levels` deep, each item one level further in.
fn list(levels: usize) -> String {
    (0..levels)
        .map(|i| format!("{}- level {i}\n", "  ".repeat(i)))
        .collect()
}

#[test]
fn nesting_deeper_than_32_levels_is_a_located_error() {
    let project = edited(
        FIRST,
        "## The test {#test}",
        &format!("{}\n\n## The test {{#test}}", quotes(200)),
    );
    fails_in_check_and_build(
        &project,
        "content/modules/first.md:14:65: error: block quotes and lists are nested more than 32 levels deep here",
    );
    let project = edited(
        FIRST,
        "## The test {#test}",
        &format!("{}\n## The test {{#test}}", list(120)),
    );
    fails_in_check_and_build(
        &project,
        "content/modules/first.md:46:65: error: block quotes and lists are nested more than 32 levels deep here",
    );
}

#[test]
fn nesting_of_32_levels_renders_in_pages_and_handouts() {
    let mixed = format!("{}\n\n{}", quotes(32), list(32));
    let project = edited(
        FIRST,
        "## The test {#test}",
        &format!("{mixed}\n## The test {{#test}}"),
    );
    let run = project.run(&["build", "--audience", "alpha"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = project.read("public/alpha/en/first/index.html");
    assert_eq!(page.matches("<blockquote>").count(), 32);
    assert!(page.contains("level 31"));
    let pdf = std::fs::read(project.root().join("public/alpha/en/handouts/first.pdf"))
        .expect("the handout was written");
    assert!(pdf.starts_with(b"%PDF"));
}

/// A translation that tries every way of starting blocks.
const HOSTILE: &str =
    "\n    Dòng một\n\n    # Tiêu đề\n\n    - mục\n    > trích\n    1. số\n    | a | b |\n";

/// The block-level tags inside `html` between `start` and the end of its element.
fn block_tags_in(html: &str, start: &str, end: &str) -> Vec<String> {
    let from = html
        .find(start)
        .unwrap_or_else(|| panic!("no {start} in page"));
    let inner = &html[from + start.len()..];
    let inner = &inner[..inner
        .find(end)
        .unwrap_or_else(|| panic!("{start} not closed"))];
    [
        "<h1",
        "<h2",
        "<p>",
        "<p ",
        "<ul",
        "<ol",
        "<li",
        "<blockquote",
        "<table",
        "<div",
    ]
    .iter()
    .filter(|t| inner.contains(*t))
    .map(|t| t.to_string())
    .collect()
}

#[test]
fn no_translated_string_outside_a_body_can_add_blocks() {
    let project = TestProject::fixture("basic");
    let module = "locales/vi/modules/first.ftl";
    let text = project
        .read(module)
        .replace(
            "title-aca7f69010 = Bộ phận nhỏ",
            &format!("title-aca7f69010 ={HOSTILE}"),
        )
        .replace(
            "objective-7cb6e6c6be = Thử đồ chơi bằng ống trụ { -small-parts }.",
            &format!("objective-7cb6e6c6be ={HOSTILE}"),
        );
    project.write(module, &format!("{text}\nsummary-6feb4cf9a6 ={HOSTILE}"));
    project.write(
        "locales/vi/glossary.ftl",
        &format!("-small-parts ={HOSTILE}    .note ={HOSTILE}"),
    );
    project.write(
        "locales/vi/audiences/alpha.ftl",
        &project.read("locales/vi/audiences/alpha.ftl").replace(
            "title-b1a96dd646 = An-pha",
            &format!("title-b1a96dd646 ={HOSTILE}"),
        ),
    );
    let run = project.run(&["build", "--no-pdf"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = project.read("public/alpha/vi/first/index.html");
    assert_eq!(
        block_tags_in(&page, "<h1>", "</h1>"),
        Vec::<String>::new(),
        "title"
    );
    assert_eq!(
        block_tags_in(&page, "<p class=\"lead\">", "</p>"),
        Vec::<String>::new(),
        "summary"
    );
    let objectives = page
        .find("class=\"objectives\"")
        .map_or(&page[..0], |i| &page[i..]);
    assert!(!objectives.is_empty(), "objectives shown");
    for tag in ["<h1", "<blockquote", "<table"] {
        assert!(
            !objectives[..objectives.find("</ul>").unwrap_or(0)].contains(tag),
            "objective: {tag}"
        );
    }
    assert_eq!(page.matches("<h1").count(), 1, "one heading of level 1");
    let title = &page[page.find("<title>").expect("title") + "<title>".len()..];
    let title = &title[..title.find("</title>").expect("closed")];
    assert!(
        title.starts_with("Dòng một # Tiêu đề - mục &gt; trích"),
        "plain <title>: {title}"
    );
    let local = project.read("public/alpha/vi/local/index.html");
    assert_eq!(
        block_tags_in(&local, "<h1>", "</h1>"),
        Vec::<String>::new(),
        "audience title"
    );
    let glossary = project.read("public/alpha/vi/glossary/index.html");
    assert_eq!(
        glossary.matches("<h1").count(),
        1,
        "glossary values add no headings"
    );
    assert!(
        !glossary.contains("<blockquote"),
        "glossary values add no quotes"
    );
    let home = project.read("public/index.html");
    assert!(
        !home.contains("<h1>Tiêu đề") && !home.contains("<li>mục"),
        "home page"
    );
}
