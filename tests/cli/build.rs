//! Successful builds of the `basic` fixture: what the pages contain.

use crate::harness::TestProject;

fn built() -> TestProject {
    let project = TestProject::fixture("basic");
    let run = project.run(&["build", "--no-pdf", "--strict"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    project
}

#[test]
fn every_audience_and_locale_gets_a_site() {
    let p = built();
    for site in ["alpha/vi", "alpha/en", "beta/zh-CN", "beta/en"] {
        for page in [
            "index.html",
            "first/index.html",
            "local/index.html",
            "glossary/index.html",
        ] {
            assert!(
                p.root().join("public").join(site).join(page).is_file(),
                "{site}/{page}"
            );
        }
    }
    assert!(p.root().join("public/index.html").is_file());
    assert!(p.root().join("public/alpha/index.html").is_file());
    assert!(p.root().join("public/media/cylinder.svg").is_file());
    assert!(p.root().join("public/static/style.css").is_file());
}

#[test]
fn missing_segments_show_english_in_their_own_lang_with_a_marker() {
    let page = built().read("public/alpha/vi/first/index.html");
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"vi\">"));
    assert!(page.contains("<span class=\"fallback-mark\">[chưa dịch]</span> <span class=\"fallback\" lang=\"en\" id=\"untranslated-1\">Toys for children under 3 must not have small parts.</span>"));
    assert!(
        page.contains("<a href=\"#untranslated-1\">"),
        "the status banner links to each fallback"
    );
    assert!(page.contains("This translation is a draft."));
}

#[test]
fn translations_never_change_block_structure() {
    let page = built().read("public/alpha/vi/first/index.html");
    assert!(
        page.contains(
            "<p>1. Đồ chơi cho trẻ dưới 3 tuổi không được có <strong>bộ phận nhỏ</strong>.</p>"
        ),
        "a leading `1. ` stays text and the glossary term expands"
    );
    assert!(
        page.contains("<h2 id=\"test\"># Phép thử {.quiz}</h2>"),
        "no heading attributes from translations"
    );
    assert!(
        page.contains("<th>Giới hạn | mức</th>"),
        "a `|` stays inside its cell"
    );
}

#[test]
fn audience_passages_and_selectors_apply_per_audience() {
    let p = built();
    assert!(
        p.read("public/alpha/vi/first/index.html")
            .contains("Chỉ dành cho khán giả alpha.")
    );
    assert!(
        p.read("public/alpha/en/first/index.html")
            .contains("Only for alpha.")
    );
    assert!(
        !p.read("public/beta/en/first/index.html")
            .contains("Only for alpha.")
    );
}

#[test]
fn cjk_soft_breaks_join_and_bold_next_to_punctuation_renders() {
    let page = built().read("public/beta/zh-CN/first/index.html");
    assert!(page.contains("<p>3岁以下儿童的玩具不得含有<strong>小零件</strong>。</p>"));
    assert!(page.contains("<p><strong>注意：</strong>请先取下电池。</p>"));
    assert!(page.contains("This translation has been reviewed by a qualified translator."));
}

#[test]
fn links_citations_alerts_quizzes_and_footnotes() {
    let p = built();
    let page = p.read("public/alpha/en/first/index.html");
    assert!(page.contains("<a href=\"../second/index.html#limits\">the second module</a>"));
    assert!(page.contains("src=\"../../../media/cylinder.svg\""));
    assert!(page.contains("<a class=\"cfr\" href=\"https://www.ecfr.gov/current/title-16/part-1501\">16 CFR 1501</a> and <a class=\"cfr\" href=\"https://www.ecfr.gov/current/title-16/section-1500.19\">1500.19</a>(b)"));
    assert!(page.contains(
        "<div class=\"alert alert-warning\" role=\"note\">\n<p class=\"alert-title\">Warning</p>"
    ));
    assert!(page.contains("<details class=\"quiz-answer\"><summary>Show the answer</summary>\n<p class=\"quiz-correct\">Correct answer: 100 ppm</p>"));
    assert!(page.contains("<div class=\"footnotes\" id=\"footnotes\">"));
    assert!(
        page.contains(
            "<link rel=\"alternate\" hreflang=\"vi\" href=\"../../vi/first/index.html\">"
        )
    );
    let vi = p.read("public/alpha/vi/first/index.html");
    assert!(
        vi.contains("<p class=\"alert-title\">Cảnh báo</p>"),
        "alert titles are localized"
    );
}

#[test]
fn modules_not_for_an_audience_are_not_built_for_it() {
    let p = TestProject::fixture("basic");
    p.write(
        "content/modules/third.md",
        "---\ntitle: Beta only\nsummary: For beta.\ncategory: toys\naudiences: [beta]\nreviewed: 2026-10-01\n---\nText.\n",
    );
    let run = p.run(&["build", "--no-pdf"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(p.root().join("public/beta/en/third/index.html").is_file());
    assert!(p.root().join("public/alpha/en/second/index.html").is_file());
    assert!(!p.root().join("public/alpha/en/third").exists());
    let alpha = p.read("public/alpha/en/index.html");
    assert!(alpha.contains("href=\"second/index.html\""));
    assert!(!alpha.contains("third/index.html"), "not listed for alpha");
    assert!(
        p.read("public/beta/en/index.html")
            .contains("href=\"third/index.html\"")
    );
}

#[test]
fn extract_writes_parsable_reference_files() {
    let p = TestProject::fixture("basic");
    assert_eq!(p.run(&["i18n", "extract"]).code, 0);
    let reference = p.read("locales/en/modules/first.ftl");
    assert!(reference.contains(
        "# Small parts › The test (list item)\nli-33df4afa13 = Place the part in the cylinder.\n"
    ));
    assert!(
        reference
            .contains("p-6bcc1eed8d = Toys for children under 3 must not have **small parts**.\n")
    );
}

#[test]
fn audience_and_locale_flags_limit_the_build() {
    let p = TestProject::fixture("basic");
    let run = p.run(&["build", "--no-pdf", "--audience", "alpha", "--locale", "vi"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(p.root().join("public/alpha/vi/first/index.html").is_file());
    assert!(!p.root().join("public/alpha/en").exists());
    assert!(!p.root().join("public/beta").exists());
    let run = p.run(&["build", "--no-pdf", "--audience", "gamma"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("--audience gamma: no such audience"),
        "{}",
        run.stderr
    );
}
