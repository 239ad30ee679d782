//! Slide markers in modules: harmless on the page, every mistake a located error.

use crate::harness::TestProject;

const MARKED: &str = "Toys for children under 3 must not have
**small parts**.

<!-- slide -->

<!-- notes -->

Ask who has used a small-parts cylinder.

<!-- /notes -->

<!-- no-slides -->

Details for the page only.

<!-- /no-slides -->

<!-- keep -->

## The test {#test}";

#[test]
fn slide_markers_render_as_nothing_on_the_page() {
    let p = TestProject::fixture("basic");
    let module = p.read("content/modules/first.md");
    // The body's first paragraph (the summary says the same in the front matter).
    let start = module
        .find("\nToys for children under 3 must not have\n")
        .unwrap_or_else(|| panic!("{module}"))
        + 1;
    let end = module
        .find("## The test {#test}")
        .unwrap_or_else(|| panic!("{module}"));
    let marked = format!(
        "{}{MARKED}{}",
        &module[..start],
        module[end + "## The test {#test}".len()..].replacen(
            "<!-- audience: alpha -->",
            "<!-- /keep -->\n\n<!-- audience: alpha -->",
            1
        )
    );
    p.write("content/modules/first.md", &marked);
    let run = p.run(&["build", "--no-pdf"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stderr.contains("slide-marker"), "{}", run.stderr);
    let html = p.read("public/alpha/en/first/index.html");
    for shown in [
        "Ask who has used a small-parts cylinder.",
        "Details for the page only.",
    ] {
        assert!(html.contains(shown), "{shown} missing from the page");
    }
    // Nothing of a marker is visible text: at most an HTML comment.
    let visible = html.replace("<!-- slide -->", "");
    for word in ["no-slides", "/notes", "/keep"] {
        for (i, _) in visible.match_indices(word) {
            assert!(
                visible[..i].rfind("<!--") > visible[..i].rfind("-->"),
                "`{word}` shown outside a comment"
            );
        }
    }
}

#[test]
fn slide_marker_mistakes_are_located_errors() {
    let p = TestProject::fixture("basic");
    let module = p.read("content/modules/first.md");
    let broken = module.replacen(
        "## The test {#test}",
        "<!-- slides -->\n\n<!-- keep -->\n\n## The test {#test}",
        1,
    );
    p.write("content/modules/first.md", &broken);
    let run = p.run(&["check"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let line = broken[..broken.find("<!-- slides -->").unwrap_or(0)]
        .matches('\n')
        .count()
        + 1;
    assert!(
        run.stderr.contains(&format!(
            "content/modules/first.md:{line}:1: error: `<!-- slides -->` is not a slide marker"
        )),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(&format!(
            "content/modules/first.md:{}:1: error: `<!-- keep -->` is never closed",
            line + 2
        )),
        "{}",
        run.stderr
    );
}
