//! Broken projects: each problem is reported at `path:line:col`, the exit code is right,
//! and a failed build leaves the previous `public/` exactly as it was.

use crate::harness::TestProject;

/// Builds `case`, expecting `code`, and checks that a failure left `public/` untouched.
fn build_case(case: &str, args: &[&str], code: i32) -> String {
    let project = TestProject::invalid(case);
    project.write("public/previous.html", "previous build");
    let before = project.tree("public");
    let run = project.run(args);
    assert_eq!(run.code, code, "{case}: {}", run.stderr);
    if code != 0 {
        assert_eq!(
            project.tree("public"),
            before,
            "{case}: a failed build must not touch public/"
        );
    }
    run.stderr
}

macro_rules! invalid_case {
    ($name:ident, $case:literal, $first_line:literal) => {
        #[test]
        fn $name() {
            let stderr = build_case($case, &["build", "--no-pdf"], 1);
            assert!(stderr.starts_with($first_line), "first line of:\n{stderr}");
            insta::assert_snapshot!($case, stderr);
        }
    };
}

invalid_case!(
    malformed_front_matter,
    "bad-yaml",
    "content/modules/second.md:3:10: error: "
);
invalid_case!(
    unknown_front_matter_key,
    "unknown-key",
    "content/modules/second.md:6:1: error: unknown field `colour`"
);
invalid_case!(
    audience_naming_an_unknown_locale,
    "unknown-locale",
    "site.yaml:9:29: error: audience `beta` names unknown locale `xx`"
);
invalid_case!(
    unclosed_audience_passage,
    "unclosed-passage",
    "content/modules/second.md:13:1: error: audience passage is never closed"
);
invalid_case!(
    template_error,
    "template-error",
    "themes/default/templates/module.html:3:"
);
invalid_case!(
    links_to_unknown_modules_and_anchors,
    "broken-link",
    "content/modules/second.md:13:5: error: module `first` has no heading `#no-such-heading`"
);
invalid_case!(
    missing_media_file,
    "missing-media",
    "content/modules/second.md:13:1: error: `no-such-chart.png` not found"
);
invalid_case!(
    quiz_without_a_correct_option,
    "bad-quiz",
    "content/modules/second.md:15:1: error: quiz question has no correct option"
);
invalid_case!(
    reserved_module_id,
    "reserved-id",
    "content/modules/glossary.md:1:1: error: `glossary` is reserved"
);

#[test]
fn fluent_syntax_error_is_a_located_warning_and_fails_only_under_strict() {
    let stderr = build_case("ftl-syntax", &["build", "--no-pdf"], 0);
    assert!(
        stderr.starts_with("locales/vi/modules/second.ftl:2:30: warning: Fluent syntax error"),
        "{stderr}"
    );
    insta::assert_snapshot!("ftl-syntax", stderr);
    let project = TestProject::invalid("ftl-syntax");
    assert_eq!(project.run(&["build", "--no-pdf"]).code, 0);
    let page = project.read("public/alpha/vi/second/index.html");
    assert!(
        page.contains("<h2 id=\"limits\">Giới hạn</h2>"),
        "the file's other messages are still used"
    );
    build_case("ftl-syntax", &["build", "--no-pdf", "--strict"], 1);
}

#[test]
fn json_diagnostics_have_stable_fields() {
    let project = TestProject::invalid("unknown-key");
    let run = project.run(&["build", "--no-pdf", "--format", "json"]);
    assert_eq!(run.code, 1);
    let value: serde_json::Value = serde_json::from_str(&run.stdout).expect("valid JSON");
    let first = &value[0];
    assert_eq!(first["severity"], "error");
    assert_eq!(first["path"], "content/modules/second.md");
    assert_eq!(first["line"], 6);
    assert_eq!(first["code"], "unknown-key");
}

#[test]
fn not_a_project_is_a_usage_failure() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_primer"))
        .arg("build")
        .current_dir(dir.path())
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no site.yaml"));
}

#[test]
fn a_link_to_a_module_the_audience_does_not_get_is_plain_text_with_a_warning() {
    let stderr = build_case("link-not-for-audience", &["build", "--no-pdf"], 0);
    assert!(
        stderr.starts_with(
            "content/modules/third.md:7:6: warning: module `fourth` is not shown to alpha"
        ),
        "{stderr}"
    );
    let project = TestProject::invalid("link-not-for-audience");
    assert_eq!(project.run(&["build", "--no-pdf"]).code, 0);
    assert!(
        project
            .read("public/alpha/en/third/index.html")
            .contains("<p>Read the beta rules first.</p>")
    );
    assert!(
        project
            .read("public/beta/en/third/index.html")
            .contains("<a href=\"../fourth/index.html\">the beta rules</a>")
    );
    assert!(!project.root().join("public/alpha/en/fourth").exists());
}

#[test]
fn every_view_template_is_required() {
    // The required templates come from the page views, so the reader pages added later
    // (regulations, search) are required too.
    for name in ["regulations.html", "search.html", "module.html"] {
        let project = TestProject::fixture("basic");
        std::fs::remove_file(project.root().join("themes/default/templates").join(name))
            .expect("theme has the template");
        let run = project.run(&["build", "--no-pdf"]);
        assert_eq!(run.code, 1, "{name}: {}", run.stderr);
        let expected =
            format!("themes/default/templates/{name}: error: the theme has no such template");
        assert!(run.stderr.contains(&expected), "{name}:\n{}", run.stderr);
    }
}
