//! Snapshots of representative module pages and of the handout data, pinned before the
//! Markdown back ends were made to print one prepared document: they must not change
//! unless a commit explains the fix that changed them.

use crate::harness::TestProject;
use std::collections::BTreeMap;

/// Builds `fixture` with handouts, saving their data, and returns the project and every
/// handout's data by its path (`gamma/zh-CN/handouts/cribs.json`), pretty-printed.
fn build(fixture: &str) -> (TestProject, BTreeMap<String, String>) {
    let p = TestProject::fixture(fixture);
    let dir = tempfile::tempdir().expect("temp dir");
    let run = p.run_with_env(&["build"], 2, &[("PRIMER_HANDOUT_DATA", dir.path())]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut data = BTreeMap::new();
    for entry in walkdir::WalkDir::new(dir.path()).sort_by_file_name() {
        let entry = entry.expect("readable");
        let rel = entry.path().strip_prefix(dir.path()).expect("inside");
        let rel = rel.display().to_string();
        if rel.ends_with(".json") {
            let bytes = std::fs::read(entry.path()).expect("read");
            let value: serde_json::Value =
                serde_json::from_slice(&bytes).unwrap_or_else(|e| panic!("{rel}: {e}"));
            let pretty = serde_json::to_string_pretty(&value).expect("serializable");
            data.insert(rel, pretty);
        }
    }
    assert!(!data.is_empty(), "no handout data saved");
    (p, data)
}

fn snapshot_name(path: &str) -> String {
    path.trim_end_matches("/index.html")
        .trim_end_matches(".json")
        .replace('/', "__")
}

fn pin(fixture: &str, pages: &[&str]) {
    let (p, data) = build(fixture);
    for page in pages {
        let html = p.read(&format!("public/{page}"));
        insta::assert_snapshot!(format!("{fixture}__page__{}", snapshot_name(page)), html);
    }
    for (path, json) in &data {
        insta::assert_snapshot!(format!("{fixture}__data__{}", snapshot_name(path)), json);
    }
}

#[test]
fn basic_module_pages_and_handout_data_are_pinned() {
    pin(
        "basic",
        &[
            "alpha/vi/first/index.html",
            "alpha/en/first/index.html",
            "beta/zh-CN/first/index.html",
            "beta/en/second/index.html",
            "beta/zh-CN/local/index.html",
        ],
    );
}

#[test]
fn handouts_fixture_pages_and_data_are_pinned() {
    pin(
        "handouts",
        &[
            "gamma/zh-CN/cribs/index.html",
            "korea/ko/cribs/index.html",
            "gamma/en/cribs/index.html",
        ],
    );
}
