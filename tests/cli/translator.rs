//! The translator workflow end to end: extract, lineage and stale segments, status, QA,
//! and untrusted translations.

use crate::harness::TestProject;

const OLD: &str = "Toys for children under 3 must not have\n**small parts**.";
const NEW: &str = "Toys for children under 3 must never have\n**small parts**.";

fn edited() -> TestProject {
    let p = TestProject::fixture("basic");
    let md = p.read("content/modules/first.md").replace(OLD, NEW);
    p.write("content/modules/first.md", &md);
    let run = p.run(&["i18n", "extract"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    p
}

#[test]
fn an_edited_paragraph_becomes_stale_in_every_locale_that_had_it() {
    let p = edited();
    let reference = p.read("locales/en/modules/first.ftl");
    assert!(
        reference.contains("# previous: p-6bcc1eed8d\n"),
        "{reference}"
    );

    let status = p.run(&["i18n", "status"]);
    assert_eq!(status.code, 0, "{}", status.stderr);
    for locale in ["vi", "zh-CN"] {
        let section = status
            .stdout
            .split("\n\n")
            .find(|s| s.starts_with(locale))
            .expect("locale listed");
        let row = section
            .lines()
            .find(|l| l.contains("content/modules/first.md"))
            .expect("module listed");
        let stale: Vec<&str> = row.split_whitespace().collect();
        assert_eq!(stale[stale.len() - 2], "1", "{locale}: {row}");
    }

    let details = p.run(&["i18n", "status", "--locale", "vi", "--details"]);
    assert!(details.stdout.contains("[stale]\n      English:  Toys for children under 3 must never have **small parts**.\n      outdated (p-6bcc1eed8d): 1. Đồ chơi cho trẻ dưới 3 tuổi không được có **bộ phận nhỏ**."), "{}", details.stdout);

    assert_eq!(
        p.run(&["build", "--no-pdf", "--strict"]).code,
        0,
        "stale segments are notes, not warnings"
    );
    let page = p.read("public/alpha/vi/first/index.html");
    assert!(page.contains("<span class=\"fallback-mark\">[translation outdated]</span> <span class=\"fallback\" lang=\"en\" id=\"untranslated-2\">Toys for children under 3 must never have\n<strong>small parts</strong>.</span>"), "{page}");
    assert!(
        !page.contains("Đồ chơi cho trẻ dưới 3 tuổi"),
        "the outdated translation is never shown"
    );
    assert_eq!(
        p.run(&["build", "--no-pdf", "--complete"]).code,
        1,
        "--complete fails on stale segments"
    );
}

#[test]
fn a_second_edit_keeps_the_whole_lineage() {
    let p = edited();
    let md = p.read("content/modules/first.md").replace(
        NEW,
        "Toys for children under 3 must never contain\n**small parts**.",
    );
    p.write("content/modules/first.md", &md);
    assert_eq!(p.run(&["i18n", "extract"]).code, 0);
    let reference = p.read("locales/en/modules/first.ftl");
    let line = reference
        .lines()
        .find(|l| l.starts_with("# previous:"))
        .expect("lineage kept");
    assert_eq!(line.split_whitespace().count(), 4, "{line}");
    assert!(line.ends_with(" p-6bcc1eed8d"));
    p.run(&["build", "--no-pdf"]);
    assert!(
        p.read("public/beta/zh-CN/first/index.html")
            .contains("[translation outdated]")
    );
}

#[test]
fn a_changed_number_fails_check_strict_at_the_translation() {
    let p = TestProject::fixture("basic");
    let ftl = p.read("locales/zh-CN/modules/first.ftl").replace(
        "阅读 16 CFR 1501 和 1500.19(b)。",
        "阅读 16 CFR 1501 和 1500.18(b)。",
    );
    p.write("locales/zh-CN/modules/first.ftl", &ftl);
    let ftl = p
        .read("locales/vi/modules/first.ftl")
        .replace("Giới hạn là 100 ppm.", "Giới hạn là 1000 ppm.");
    p.write("locales/vi/modules/first.ftl", &ftl);
    let run = p.run(&["check", "--strict"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("locales/vi/modules/first.ftl:20:1: error: `li-5a7585719b`: the number 100 of the English text is missing from the translation"), "{}", run.stderr);
    assert!(run.stderr.contains("locales/zh-CN/modules/first.ftl:6:1: error: `li-8a28108a84`: the translation cites 16 CFR 1500.18, 1501 but the English text cites 16 CFR 1500.19, 1501"), "{}", run.stderr);
    assert_eq!(
        p.run(&["check"]).code,
        0,
        "without --strict a defect only falls back"
    );
    p.run(&["build", "--no-pdf"]);
    assert!(
        !p.read("public/alpha/vi/first/index.html")
            .contains("1000 ppm")
    );
}

#[test]
fn script_and_javascript_links_from_translations_never_reach_the_page() {
    let p = TestProject::fixture("basic");
    let ftl = p
        .read("locales/vi/modules/first.ftl")
        .replace(
            "Tháo pin ra trước.",
            "Tháo pin <script>alert(1)</script> ra trước.",
        )
        .replace(
            "Xem [mô-đun thứ hai](second.md#limits)",
            "Xem [mô-đun thứ hai](javascript:alert(1))",
        );
    p.write("locales/vi/modules/first.ftl", &ftl);
    let run = p.run(&["build", "--no-pdf"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for problem in [
        "the translation adds raw HTML `<script>`",
        "the translation contains a `javascript:` link",
    ] {
        assert!(
            run.stderr.contains(problem),
            "{problem} in:\n{}",
            run.stderr
        );
    }
    for site in ["alpha/vi", "alpha/en", "beta/zh-CN"] {
        let page = p.read(&format!("public/{site}/first/index.html"));
        assert!(!page.contains("<script>alert"), "{site}");
        assert_eq!(
            page.matches("<script").count(),
            1,
            "{site}: only the theme's quiz script"
        );
        assert!(!page.contains("javascript:"), "{site}");
    }
}

#[test]
fn a_broken_message_is_reported_and_the_other_messages_are_served() {
    let p = TestProject::fixture("basic");
    let ftl = p
        .read("locales/vi/modules/first.ftl")
        .replace("td-e5ba3f8eb8 = 100 ppm", "td-e5ba3f8eb8 = { 100 ppm");
    p.write("locales/vi/modules/first.ftl", &ftl);
    let run = p.run(&["build", "--no-pdf"]);
    assert_eq!(run.code, 0);
    assert!(
        run.stderr.contains("locales/vi/modules/first.ftl:9:"),
        "{}",
        run.stderr
    );
    let page = p.read("public/alpha/vi/first/index.html");
    assert!(page.contains("Tháo pin ra trước."));
    assert!(
        page.contains("<h2 id=\"check-your-knowledge\" class=\"quiz\">Kiểm tra kiến thức</h2>")
    );
}

#[test]
fn extract_removes_the_reference_file_of_a_deleted_module() {
    let p = TestProject::fixture("basic");
    std::fs::remove_file(p.root().join("content/modules/second.md")).expect("delete");
    let md = p
        .read("content/modules/first.md")
        .replace("See [the second module](second.md#limits) and ", "See ");
    p.write("content/modules/first.md", &md);
    let run = p.run(&["i18n", "extract"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("1 removed"), "{}", run.stderr);
    assert!(!p.root().join("locales/en/modules/second.ftl").exists());
}

/// The basic fixture with a label text in a new paragraph, extracted; returns the
/// project and the paragraph's message ID.
fn with_label() -> (TestProject, String) {
    let p = TestProject::fixture("basic");
    let md = p.read("content/modules/first.md").replace(
        "## The test {#test}",
        "Print <span class=\"label\">Small parts. Not for children under 3 yrs.</span> on the box.\n\n## The test {#test}",
    );
    p.write("content/modules/first.md", &md);
    assert_eq!(p.run(&["i18n", "extract"]).code, 0);
    let reference = p.read("locales/en/modules/first.ftl");
    let line = reference
        .lines()
        .find(|l| l.contains("class=\"label\""))
        .expect("the paragraph is a segment");
    let id = line.split(" = ").next().expect("an id").to_string();
    (p, id)
}

#[test]
fn a_label_text_kept_verbatim_is_shown_in_english_inside_the_translation() {
    let (p, id) = with_label();
    let ftl = p.read("locales/vi/modules/first.ftl");
    p.write(
        "locales/vi/modules/first.ftl",
        &format!("{ftl}\n{id} = In <span class=\"label\">Small parts. Not for children under 3 yrs.</span> (Chi tiết nhỏ) lên hộp.\n"),
    );
    let run = p.run(&["build", "--no-pdf", "--strict"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = p.read("public/alpha/vi/first/index.html");
    assert!(
        page.contains("<p>In <span class=\"label\" lang=\"en\">Small parts. Not for children under 3 yrs.</span> (Chi tiết nhỏ) lên hộp.</p>"),
        "{page}"
    );
    assert!(!page.contains("&lt;span"), "no tag is shown as text");
}

#[test]
fn a_translation_that_drops_a_label_text_falls_back_and_is_reported_at_its_line() {
    let (p, id) = with_label();
    let ftl = p.read("locales/vi/modules/first.ftl");
    let line = ftl.lines().count() + 2;
    p.write(
        "locales/vi/modules/first.ftl",
        &format!("{ftl}\n{id} = In \"Chi tiết nhỏ. Không dành cho trẻ dưới 3 tuổi.\" lên hộp.\n"),
    );
    let run = p.run(&["check", "--strict"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let expected = format!(
        "locales/vi/modules/first.ftl:{line}:1: error: `{id}`: the label text <span class=\"label\">Small parts. Not for children under 3 yrs.</span> must be kept word for word"
    );
    assert!(
        run.stderr.contains(&expected),
        "{expected} in:\n{}",
        run.stderr
    );
    let json = p.run(&["check", "--format", "json"]);
    assert!(
        json.stdout.contains("\"code\": \"qa-verbatim\""),
        "{}",
        json.stdout
    );
    assert_eq!(p.run(&["build", "--no-pdf"]).code, 0);
    let page = p.read("public/alpha/vi/first/index.html");
    assert!(
        page.contains("lang=\"en\" id=\"untranslated-"),
        "the English is shown"
    );
    assert!(page.contains("Print <span class=\"label\" lang=\"en\">Small parts."));
    assert!(
        !page.contains("Chi tiết nhỏ. Không dành"),
        "the translation is withheld"
    );
}

#[test]
fn a_translation_cannot_leave_a_label_span_open_or_close_other_spans() {
    let (p, id) = with_label();
    let ftl = p.read("locales/vi/modules/first.ftl");
    p.write(
        "locales/vi/modules/first.ftl",
        &format!("{ftl}\n{id} = </span></span> <span class=\"label\">Small parts. Not for children under 3 yrs.</span> <span class=\"label\">mở\n"),
    );
    assert_eq!(p.run(&["build", "--no-pdf"]).code, 0);
    let page = p.read("public/alpha/vi/first/index.html");
    let para = page
        .split("<p>")
        .find(|p| p.contains("mở"))
        .expect("the translation is shown");
    let para = &para[..para.find("</p>").expect("closed")];
    assert_eq!(
        para.matches("<span").count(),
        para.matches("</span>").count(),
        "{para}"
    );
    assert!(para.starts_with("&lt;/span&gt;&lt;/span&gt;"), "{para}");
}

#[test]
fn a_translation_file_for_an_audience_that_does_not_exist_is_reported() {
    let p = TestProject::fixture("basic");
    p.write(
        "locales/vi/audiences/gamma.ftl",
        "title-aca7f69010 = Gamma\n",
    );
    let run = p.run(&["check"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("locales/vi/audiences/gamma.ftl: warning: there is no audience `gamma`"),
        "{}",
        run.stderr
    );
}
