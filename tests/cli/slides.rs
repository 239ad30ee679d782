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

/// The `[0 0 w h]` MediaBox of the first page of a PDF.
fn media_box(pdf: &[u8]) -> String {
    let text = String::from_utf8_lossy(pdf);
    let start = text.find("/MediaBox").expect("a page has a MediaBox");
    let end = text[start..].find(']').expect("closed") + start;
    text[start + 9..end + 1].trim().to_string()
}

/// A build writes, for every module of every site, an HTML deck (title slide first,
/// questions with an answer to reveal, the regulations last, fallback text marked in
/// English) and a 16:9 PDF deck; both are linked from the module page; `--no-pdf` keeps
/// the HTML deck and drops the PDF.
#[test]
fn every_site_gets_an_html_and_a_pdf_deck_per_module() {
    let p = TestProject::fixture("basic");
    p.write(
        "site.yaml",
        &p.read("site.yaml").replace(
            "handout: { bilingual: true }",
            "handout: { bilingual: true }, slides: { bilingual: true }",
        ),
    );
    let run = p.run(&["build", "--strict"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for site in ["alpha/vi", "alpha/en", "beta/zh-CN", "beta/en"] {
        let lang = site.split('/').nth(1).unwrap_or_default();
        let html = p.read(&format!("public/{site}/slides/first/index.html"));
        assert!(html.contains(&format!("<html lang=\"{lang}\">")), "{site}");
        let kinds: Vec<&str> = html
            .split("data-kind=\"")
            .skip(1)
            .filter_map(|s| s.split('"').next())
            .collect();
        assert_eq!(kinds.first(), Some(&"title"), "{site}: {kinds:?}");
        assert_eq!(kinds.last(), Some(&"closing"), "{site}: {kinds:?}");
        assert!(kinds.contains(&"question"), "{site}: {kinds:?}");
        assert!(html.contains("<div class=\"reveal\""), "{site}");
        assert!(html.contains("href=\"../../first/index.html\""), "{site}");
        assert!(html.contains("href=\"../first.pdf\""), "{site}");
        let pdf = std::fs::read(p.root().join(format!("public/{site}/slides/first.pdf")))
            .unwrap_or_else(|e| panic!("{site}: {e}"));
        assert!(pdf.starts_with(b"%PDF-"), "{site}");
        assert_eq!(media_box(&pdf), "[0 0 720 405]", "{site}");
        let page = p.read(&format!("public/{site}/first/index.html"));
        assert!(
            page.contains("href=\"../slides/first/index.html\""),
            "{site}"
        );
    }
    // A segment without a translation is the English text, marked, in the Vietnamese deck.
    let vi = p.read("public/alpha/vi/slides/first/index.html");
    assert!(vi.contains("<span class=\"fallback\" lang=\"en\">"), "{vi}");
    // The bilingual zh-CN deck carries the English source under translated lines.
    let zh = p.read("public/beta/zh-CN/slides/first/index.html");
    assert!(zh.contains("<p class=\"en\" lang=\"en\">"), "{zh}");
    assert!(
        !p.read("public/beta/en/slides/first/index.html")
            .contains("class=\"en\"")
    );

    let run = p.run(&["build", "--no-pdf"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        p.root()
            .join("public/alpha/vi/slides/first/index.html")
            .exists()
    );
    assert!(!p.root().join("public/alpha/vi/slides/first.pdf").exists());
    assert!(
        !p.read("public/alpha/vi/slides/first/index.html")
            .contains("first.pdf")
    );
}
