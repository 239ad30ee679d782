//! The regulations registry end to end: titles and editions on the regulations index and
//! module pages in every language, `as_of`, translation states of the titles, and the
//! `unknown-regulation`, `edition-mismatch` and `review-due` diagnostics.

use crate::harness::TestProject;

const TOYS_TITLE: &str = "Safety Standard for Toys";
const SMALL_PARTS_VI: &str = "Phương pháp xác định đồ chơi";

/// The basic fixture with `first` also citing part 1250 in its front matter (not a segment,
/// so the reference files stay current).
fn citing_toys() -> TestProject {
    let p = TestProject::fixture("basic");
    let md = p.read("content/modules/first.md").replace(
        "regulations: [16 CFR 1501, 16 CFR 1500.19]",
        "regulations: [16 CFR 1501, 16 CFR 1500.19, 16 CFR 1250]",
    );
    p.write("content/modules/first.md", &md);
    p
}

fn build(p: &TestProject, args: &[&str], code: i32) -> String {
    let run = p.run(args);
    assert_eq!(run.code, code, "{}", run.stderr);
    run.stderr
}

#[test]
fn titles_and_editions_in_force_show_on_the_index_and_module_pages() {
    let p = citing_toys();
    build(&p, &["build", "--no-pdf", "--strict"], 0);
    let index = p.read("public/alpha/en/regulations/index.html");
    assert!(
        index.contains(&format!("<p class=\"regulation-title\">{TOYS_TITLE}</p>")),
        "{index}"
    );
    assert!(
        index.contains(
            "<li>Incorporates ASTM F963-23 (89 FR 3344), in force since 2024-04-20.</li>"
        ),
        "{index}"
    );
    assert!(
        index.contains("<li>From 2027-01-01: ASTM F963-27 (99 FR 1000). <a class=\"unconfirmed\" href=\"https://www.ecfr.gov/current/title-16/part-1250\">Not yet confirmed in a primary source: check the eCFR.</a></li>"),
        "an announced, unconfirmed successor:\n{index}"
    );
    let module = p.read("public/alpha/en/first/index.html");
    let cited = &module[module.find("id=\"regulations-heading\"").expect("list")..];
    assert!(
        cited.contains("<span class=\"regulation-title\">Method for Identifying Toys"),
        "{cited}"
    );
    assert!(
        cited.contains("<span class=\"regulation-title\">Hazardous Substances"),
        "{cited}"
    );
    assert!(cited.contains("in force since 2024-04-20"), "{cited}");
}

#[test]
fn titles_are_translated_or_shown_in_english_marked_in_every_language() {
    let p = citing_toys();
    build(&p, &["build", "--no-pdf", "--strict"], 0);
    let index = p.read("public/alpha/vi/regulations/index.html");
    assert!(
        index.contains(&format!("<p class=\"regulation-title\">{SMALL_PARTS_VI}")),
        "the translated title:\n{index}"
    );
    assert!(
        index.contains(&format!(
            "<span class=\"fallback\" lang=\"en\" id=\"untranslated-1\">{TOYS_TITLE}</span>"
        )),
        "a missing title is English, in its own lang, marked:\n{index}"
    );
    assert!(
        index.contains("href=\"#untranslated-1\""),
        "the status banner links to it"
    );
    let module = p.read("public/alpha/vi/first/index.html");
    assert!(
        module.contains(SMALL_PARTS_VI),
        "the module's list uses the translation"
    );
    // Chinese has no regulations.ftl: every title is English there.
    let zh = p.read("public/beta/zh-CN/regulations/index.html");
    assert!(
        zh.contains("lang=\"en\" id=\"untranslated-3\">Method for Identifying Toys"),
        "{zh}"
    );

    let status = p.run(&["i18n", "status", "--locale", "vi"]);
    let row = status
        .stdout
        .lines()
        .find(|l| l.contains("content/regulations.yaml"))
        .unwrap_or_else(|| panic!("registry listed:\n{}", status.stdout));
    let cells: Vec<&str> = row.split_whitespace().collect();
    assert_eq!(cells[1..], ["3", "1", "33%", "2", "0", "0"], "{row}");
    let page = p.read("public/translation-status/index.html");
    assert!(
        page.contains("<code>locales/vi/regulations.ftl</code>"),
        "{page}"
    );
}

#[test]
fn as_of_decides_which_edition_is_in_force() {
    let p = citing_toys();
    let site = p
        .read("site.yaml")
        .replace("as_of: 2026-11-20", "as_of: 2027-01-01");
    p.write("site.yaml", &site);
    build(&p, &["build", "--no-pdf"], 0);
    let index = p.read("public/alpha/en/regulations/index.html");
    assert!(
        index.contains("Incorporates ASTM F963-27 (99 FR 1000), in force since 2027-01-01."),
        "{index}"
    );
    assert!(!index.contains("F963-23"), "{index}");
    assert!(!index.contains("From 2027"), "{index}");

    let site = p.read("site.yaml").replace("as_of: 2027-01-01\n", "");
    p.write("site.yaml", &site);
    let stderr = build(&p, &["build", "--no-pdf"], 1);
    assert!(
        stderr.starts_with(
            "site.yaml:1:1: error: `as_of` is required when content/regulations.yaml exists"
        ),
        "{stderr}"
    );
    p.write(
        "site.yaml",
        &site.replace(
            "source_locale: en\n",
            "source_locale: en\nas_of: 2026-02-29\n",
        ),
    );
    let stderr = build(&p, &["build", "--no-pdf"], 1);
    assert!(
        stderr.starts_with("site.yaml:3:8: error: `as_of` must be a date written YYYY-MM-DD: `2026-02-29` is not a day of the calendar"),
        "{stderr}"
    );
}

#[test]
fn an_edited_title_is_stale_and_obsolete_or_broken_messages_are_warnings() {
    let p = TestProject::fixture("basic");
    let registry = p
        .read("content/regulations.yaml")
        .replace("Which Present Choking", "That Present Choking");
    p.write("content/regulations.yaml", &registry);
    let stderr = build(&p, &["build", "--no-pdf", "--strict"], 1);
    assert!(
        stderr.contains("locales/en/regulations.ftl: error: the reference file does not match content/regulations.yaml"),
        "{stderr}"
    );
    build(&p, &["i18n", "extract"], 0);
    assert!(
        p.read("locales/en/regulations.ftl")
            .contains("# 16 CFR part 1501\n# previous: title-c3932b407b\n")
    );
    build(&p, &["build", "--no-pdf", "--strict"], 0);
    let index = p.read("public/alpha/vi/regulations/index.html");
    assert!(
        index.contains("That Present Choking"),
        "the new English is shown"
    );
    assert!(
        !index.contains(SMALL_PARTS_VI),
        "never the outdated translation"
    );
    assert!(index.contains("[translation outdated]"), "{index}");
    let details = p.run(&["i18n", "status", "--locale", "vi", "--details"]);
    assert!(details.stdout.contains("[stale]"), "{}", details.stdout);
    assert!(
        details
            .stdout
            .contains(&format!("outdated (title-c3932b407b): {SMALL_PARTS_VI}")),
        "{}",
        details.stdout
    );

    let ftl = p.read("locales/vi/regulations.ftl");
    p.write(
        "locales/vi/regulations.ftl",
        &format!("{ftl}title-0123456789 = Cũ\ntitle-1eb9ad890c = {{ broken\n"),
    );
    let stderr = build(&p, &["build", "--no-pdf"], 0);
    assert!(stderr.contains("locales/vi/regulations.ftl:2:1: warning: `title-0123456789` is not a segment of content/regulations.yaml any more [vi]"), "{stderr}");
    assert!(
        stderr.contains("locales/vi/regulations.ftl:3:28: warning: Fluent syntax error"),
        "{stderr}"
    );
}

#[test]
fn a_module_reviewed_before_an_edition_took_effect_is_due_for_review_and_stays_a_note() {
    let p = citing_toys();
    let md = p
        .read("content/modules/first.md")
        .replace("reviewed: 2026-10-01", "reviewed: 2024-01-15");
    p.write("content/modules/first.md", &md);
    let stderr = build(&p, &["build", "--no-pdf", "--strict"], 0);
    assert!(
        stderr.starts_with("content/modules/first.md:7:11: note: due for review: last reviewed 2024-01-15, before ASTM F963-23 took effect on 2024-04-20 (16 CFR part 1250)\n"),
        "review-due is listed, not summarized:\n{stderr}"
    );
    let run = p.run(&[
        "build",
        "--no-pdf",
        "--strict",
        "--complete",
        "--format",
        "json",
    ]);
    assert_eq!(run.code, 1, "missing translations fail --complete");
    let value: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    let due: Vec<&serde_json::Value> = value
        .as_array()
        .expect("array")
        .iter()
        .filter(|d| d["code"] == "review-due")
        .collect();
    assert_eq!(due.len(), 1);
    assert_eq!(
        due[0]["severity"], "note",
        "neither --strict nor --complete makes it an error"
    );
    build(&p, &["build", "--no-pdf"], 0);
    let page = p.read("public/translation-status/index.html");
    let list = &page[page
        .find("id=\"review-due\"")
        .expect("a due-for-review list")..];
    assert!(
        list.contains(
            "<code>content/modules/first.md</code> — Small parts: last reviewed 2024-01-15"
        ),
        "{list}"
    );
    assert!(
        list.contains("ASTM F963-23, in force since 2024-04-20 (16 CFR part 1250)"),
        "{list}"
    );
}

/// Builds the invalid overlay `case`, which must fail and leave `public/` alone.
fn invalid(case: &str) -> String {
    let p = TestProject::invalid(case);
    p.write("public/previous.html", "previous build");
    let before = p.tree("public");
    let stderr = build(&p, &["build", "--no-pdf"], 1);
    assert_eq!(
        p.tree("public"),
        before,
        "a failed build must not touch public/"
    );
    stderr
}

#[test]
fn citations_of_parts_missing_from_the_registry_are_errors_at_the_citation() {
    let stderr = invalid("unknown-regulation");
    assert!(
        stderr.starts_with("content/modules/second.md:7:38: error: 16 CFR part 1303 is not in the regulations registry\n"),
        "{stderr}"
    );
    insta::assert_snapshot!("unknown-regulation", stderr);
}

#[test]
fn an_edition_that_is_not_in_force_is_an_error() {
    let stderr = invalid("edition-mismatch");
    assert!(
        stderr.starts_with("content/modules/second.md:13:67: error: ASTM F963-17 is not the edition in force: the registry lists ASTM F963-23 from 2024-04-20 (16 CFR part 1250)\n"),
        "{stderr}"
    );
    insta::assert_snapshot!("edition-mismatch", stderr);
}

#[test]
fn a_project_without_a_registry_has_no_registry_checks() {
    let p = TestProject::fixture("basic");
    std::fs::remove_file(p.root().join("content/regulations.yaml")).expect("remove");
    let md = p
        .read("content/modules/first.md")
        .replace("16 CFR 1500.19]", "16 CFR 1500.19, 16 CFR 1999]");
    p.write("content/modules/first.md", &md);
    let stderr = build(&p, &["build", "--no-pdf"], 0);
    assert!(
        stderr.contains(
            "locales/vi/regulations.ftl: warning: there is no content/regulations.yaml [vi]"
        ),
        "{stderr}"
    );
    assert!(
        !stderr.contains("unknown-regulation") && !stderr.contains("registry"),
        "{stderr}"
    );
    build(&p, &["i18n", "extract"], 0);
    assert!(
        !p.root().join("locales/en/regulations.ftl").exists(),
        "extract removes the reference file"
    );
}

#[test]
fn dated_rules_and_unconfirmed_parts_show_translated_on_the_index_and_module_pages() {
    let p = citing_toys();
    let registry = p
        .read("content/regulations.yaml")
        .replace(
            "        confirmed: false\n\n  - part: 1500\n    title: \"Hazardous Substances and Articles: Administration and Enforcement Regulations\"\n",
            "        confirmed: false\n    rules:\n      - sections: [1250.5]\n        title: Neck floats\n        federal_register: 90 FR 58096\n        effective: 2026-06-15\n      - { sections: [1250.9], title: Future toys, federal_register: 99 FR 2, effective: 2027-03-01, confirmed: false }\n\n  - part: 1500\n    title: \"Hazardous Substances and Articles: Administration and Enforcement Regulations\"\n    confirmed: false\n",
        );
    assert!(registry.contains("Neck floats"), "the fixture changed");
    p.write("content/regulations.yaml", &registry);
    build(&p, &["i18n", "extract"], 0);
    let reference = p.read("locales/en/regulations.ftl");
    let id = reference
        .split("# 16 CFR 1250.5\n")
        .nth(1)
        .and_then(|rest| rest.split(" = ").next())
        .unwrap_or_else(|| panic!("the rule's title is a segment:\n{reference}"))
        .to_string();
    let vi = p.read("locales/vi/regulations.ftl");
    p.write(
        "locales/vi/regulations.ftl",
        &format!("{vi}{id} = Phao đeo cổ\n"),
    );
    build(&p, &["build", "--no-pdf", "--strict"], 0);

    let index = p.read("public/alpha/en/regulations/index.html");
    assert!(
        index.contains("<li><a class=\"cfr\" href=\"https://www.ecfr.gov/current/title-16/section-1250.5\">§ 1250.5</a> Neck floats: 90 FR 58096, in force since 2026-06-15.</li>"),
        "{index}"
    );
    assert!(
        index.contains("§ 1250.9</a> Future toys: 99 FR 2, in force from 2027-03-01. <a class=\"unconfirmed\" href=\"https://www.ecfr.gov/current/title-16/section-1250.9\">"),
        "an announced, unconfirmed rule:\n{index}"
    );
    let part_1500 = &index[index.find("id=\"part-1500\"").expect("part 1500")..];
    let part_1500 = &part_1500[..part_1500.find("</section>").expect("end")];
    assert!(
        part_1500.contains(
            "<a class=\"unconfirmed\" href=\"https://www.ecfr.gov/current/title-16/part-1500\">"
        ),
        "an unconfirmed part:\n{part_1500}"
    );
    let vi_index = p.read("public/alpha/vi/regulations/index.html");
    assert!(
        vi_index.contains("§ 1250.5</a> Phao đeo cổ: 90 FR 58096"),
        "the translated rule title:\n{vi_index}"
    );
    assert!(
        vi_index.contains("lang=\"en\" id=\"untranslated-")
            && vi_index.contains(">Future toys</span>"),
        "an untranslated rule title is English, marked:\n{vi_index}"
    );
    let module = p.read("public/alpha/vi/first/index.html");
    assert!(
        module.contains("Phao đeo cổ"),
        "the module's list shows rules"
    );

    // A bad rule is a located error, and the build keeps the previous output.
    p.write(
        "content/regulations.yaml",
        &registry.replace("sections: [1250.5]", "sections: [1500.5]"),
    );
    let stderr = build(&p, &["build", "--no-pdf"], 1);
    assert!(
        stderr.contains(
            "content/regulations.yaml:15:20: error: `1500.5` is not a section of part 1250"
        ),
        "{stderr}"
    );
}
