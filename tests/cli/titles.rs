//! An audience's title is the title of its localized page everywhere it is shown: the
//! home page, the audience page, every page of its sites and its local page agree, with
//! the same fallback chain and translation QA.

use crate::harness::TestProject;

/// The text of the first `<title>` of `page`.
fn title_of(page: &str) -> &str {
    let start = page.find("<title>").expect("a title") + "<title>".len();
    let end = page[start..].find("</title>").expect("a closed title");
    &page[start..start + end]
}

fn build(project: &TestProject) {
    let run = project.run(&["build", "--no-pdf"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[test]
fn a_translated_audience_title_shows_the_same_everywhere() {
    let p = TestProject::fixture("basic");
    build(&p);
    let local = p.read("public/alpha/vi/local/index.html");
    assert!(
        title_of(&local).starts_with("An-pha · "),
        "{}",
        title_of(&local)
    );
    let index = p.read("public/alpha/vi/index.html");
    assert!(index.contains("<a href=\"local/index.html\">An-pha</a>"));
    assert!(title_of(&index).starts_with("An-pha · "));
    let home = p.read("public/index.html");
    assert!(home.contains("<p class=\"local-name\" lang=\"vi\">An-pha</p>"));
}

#[test]
fn an_audience_title_that_fails_qa_falls_back_the_same_everywhere() {
    let p = TestProject::fixture("basic");
    // Raw HTML the English title does not have: `qa-html`, so the title is invalid.
    let ftl = p.read("locales/vi/audiences/alpha.ftl");
    p.write(
        "locales/vi/audiences/alpha.ftl",
        &ftl.replace("= An-pha", "= <b>An-pha</b>"),
    );
    build(&p);
    let local = p.read("public/alpha/vi/local/index.html");
    assert!(
        title_of(&local).starts_with("Alpha · "),
        "{}",
        title_of(&local)
    );
    let index = p.read("public/alpha/vi/index.html");
    assert!(
        index.contains("<a href=\"local/index.html\">Alpha</a>"),
        "the site index shows the title the local page falls back to"
    );
    assert!(
        title_of(&index).starts_with("Alpha · "),
        "{}",
        title_of(&index)
    );
    let home = p.read("public/index.html");
    assert!(
        !home.contains("An-pha 2"),
        "the home page shows no invalid title"
    );
    assert!(
        !home.contains("class=\"local-name\" lang=\"vi\""),
        "the local name equals the English title, so it is not repeated"
    );
}
