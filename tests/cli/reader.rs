//! Reader features: regulations index, search index, sitemap and metadata, offline bundles.

use crate::harness::TestProject;

fn built(args: &[&str]) -> TestProject {
    let p = TestProject::fixture("basic");
    let run = p.run(args);
    assert_eq!(run.code, 0, "{}", run.stderr);
    p
}

#[test]
fn the_regulations_index_lists_parts_sections_and_the_modules_citing_them() {
    let p = built(&["build", "--no-pdf", "--strict"]);
    let page = p.read("public/alpha/en/regulations/index.html");
    assert!(page.contains("<h2 id=\"part-1501\"><a class=\"cfr\" href=\"https://www.ecfr.gov/current/title-16/part-1501\">16 CFR part 1501</a></h2>"), "{page}");
    assert!(page.contains("<a class=\"cfr\" href=\"https://www.ecfr.gov/current/title-16/section-1500.19\">§ 1500.19</a> — <a href=\"../first/index.html\">Small parts</a>"), "{page}");
    assert!(
        p.read("public/alpha/vi/regulations/index.html")
            .contains("<a href=\"../first/index.html\">Bộ phận nhỏ</a>"),
        "module titles are translated"
    );
}

#[test]
fn each_site_has_a_classic_script_search_index_and_a_search_page() {
    let p = built(&["build", "--no-pdf"]);
    let manifest = p.read("public/beta/zh-CN/search-index/manifest.js");
    assert!(manifest.starts_with("PRIMER_SEARCH_LOADED(\"manifest\",{\"lang\":\"zh\""));
    let shard = p.read("public/beta/zh-CN/search-index/t-0.js");
    assert!(shard.starts_with("PRIMER_SEARCH_LOADED(\"t-0\",{"));
    assert!(shard.contains("\"零件\":["), "Chinese bigrams are indexed");
    assert!(
        p.read("public/beta/zh-CN/search-index/d-0.js")
            .contains("\"../first/index.html#test\""),
        "sections link to their heading"
    );
    let page = p.read("public/beta/zh-CN/search/index.html");
    assert!(page.contains("data-index=\"../search-index/\""));
    assert!(!page.contains("type=\"module\""));
    assert!(
        p.read("public/alpha/vi/first/index.html")
            .contains("action=\"../search/index.html\"")
    );
}

#[test]
fn quizzes_carry_the_labels_of_the_interactive_version() {
    let p = built(&["build", "--no-pdf"]);
    let page = p.read("public/alpha/en/first/index.html");
    assert!(page.contains("data-right=\"Correct.\" data-wrong=\"Not correct.\" data-score=\"Your score: {correct} of {total} correct.\""));
    assert!(page.contains("<script src=\"../../../static/quiz.js\"></script>"));
}

#[test]
fn with_a_base_url_pages_get_canonical_links_open_graph_and_a_sitemap() {
    let p = TestProject::fixture("basic");
    assert!(p.root().join("public").metadata().is_err());
    assert_eq!(p.run(&["build", "--no-pdf"]).code, 0);
    assert!(
        !p.root().join("public/sitemap.xml").exists(),
        "no sitemap without base_url"
    );
    let site = p.read("site.yaml").replace(
        "source_locale: en",
        "source_locale: en\nbase_url: https://training.example.org/",
    );
    p.write("site.yaml", &site);
    assert_eq!(p.run(&["build", "--no-pdf"]).code, 0);
    let page = p.read("public/alpha/vi/first/index.html");
    assert!(page.contains(
        "<link rel=\"canonical\" href=\"https://training.example.org/alpha/vi/first/index.html\">"
    ));
    assert!(page.contains("<meta property=\"og:locale\" content=\"vi\">"));
    assert!(page.contains("<meta property=\"og:description\" content=\"Toys for children under 3 must not have small parts.\">"));
    let sitemap = p.read("public/sitemap.xml");
    assert!(sitemap.contains("<loc>https://training.example.org/alpha/vi/first/index.html</loc>\n    <xhtml:link rel=\"alternate\" hreflang=\"vi\" href=\"https://training.example.org/alpha/vi/first/index.html\"/>\n    <xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://training.example.org/alpha/en/first/index.html\"/>"), "{sitemap}");
}

#[test]
fn zip_bundles_hold_one_audience_and_are_reproducible() {
    let p = built(&["build", "--no-pdf", "--zip"]);
    let first = std::fs::read(p.root().join("public/alpha.zip")).expect("alpha.zip");
    assert!(first.starts_with(b"PK"));
    let names = String::from_utf8_lossy(&first).into_owned();
    assert!(
        names.contains("alpha/vi/first/index.html")
            && names.contains("static/style.css")
            && names.contains("media/cylinder.svg")
    );
    assert!(!names.contains("beta/"), "only this audience");
    assert_eq!(p.run(&["build", "--no-pdf", "--zip"]).code, 0);
    assert!(
        std::fs::read(p.root().join("public/alpha.zip")).expect("alpha.zip") == first,
        "same input, same bytes"
    );
}
