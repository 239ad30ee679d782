//! `primer check` is the author's quick loop: without `--pdf` it typesets nothing, yet it
//! reports what assembling the handouts and decks finds; with `--pdf` it checks what
//! `build` typesets.

use crate::harness::TestProject;
use primer::diagnostics::TYPESET_SKIPPED;
use primer::output::{Files, LiveOutput, Output};
use primer::pipeline::{BuildPlan, build};

/// The basic fixture with a character no handout font has in a Vietnamese paragraph.
fn with_missing_glyph() -> TestProject {
    let p = TestProject::fixture("basic");
    let ftl = p
        .read("locales/vi/modules/first.ftl")
        .replace("Tháo pin ra trước.", "Tháo pin ra trước 𓀀.");
    p.write("locales/vi/modules/first.ftl", &ftl);
    p
}

/// What `primer check` (or `check --pdf`) runs, into memory: the PDFs it made and the
/// diagnostics (message, code) it reported.
fn check(p: &TestProject, pdf: bool) -> (Vec<String>, Vec<(String, &'static str)>) {
    let plan = BuildPlan {
        pdf,
        assemble_only: !pdf,
        ..BuildPlan::new(p.root())
    };
    let files = Files::default();
    let report =
        build(&plan, Output::Live(LiveOutput::new(files.clone()))).expect("the check runs");
    let reported = report
        .diagnostics
        .iter()
        .map(|d| (d.message.clone(), d.code))
        .collect();
    let pdfs = files
        .read()
        .expect("files")
        .keys()
        .filter(|path| path.ends_with(".pdf"))
        .cloned()
        .collect();
    (pdfs, reported)
}

#[test]
fn check_without_pdf_typesets_nothing_and_still_reports_a_missing_glyph() {
    let p = with_missing_glyph();
    let (pdfs, reported) = check(&p, false);
    assert!(pdfs.is_empty(), "nothing typeset: {pdfs:?}");
    assert!(
        reported.iter().any(|(m, code)| *code == "missing-glyph"
            && m.starts_with("`𓀀` (U+13000) in segment `p-b98aac20bb`")),
        "{reported:?}"
    );
    let skipped: Vec<_> = reported
        .iter()
        .filter(|(_, code)| *code == TYPESET_SKIPPED)
        .collect();
    assert_eq!(skipped.len(), 1, "one note says so: {reported:?}");

    let (pdfs, reported) = check(&p, true);
    assert!(
        pdfs.contains(&"alpha/vi/handouts/first.pdf".to_string())
            && pdfs.contains(&"alpha/vi/slides/first.pdf".to_string()),
        "--pdf typesets what build does: {pdfs:?}"
    );
    assert!(reported.iter().any(|(_, code)| *code == "missing-glyph"));
    assert!(!reported.iter().any(|(_, code)| *code == TYPESET_SKIPPED));
}

#[test]
fn the_typeset_skipped_note_is_never_an_error() {
    let p = TestProject::fixture("basic");
    let run = p.run(&["check", "--strict", "--complete"]);
    assert!(
        run.stderr
            .contains("note: nothing was typeset: typst's own warnings and slides that overflow by a small margin are found with `--pdf`"),
        "{}",
        run.stderr
    );
    assert!(
        !run.stderr.contains("error: nothing was typeset"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_block_too_tall_for_any_slide_is_a_note_without_typesetting() {
    let p = TestProject::fixture("basic");
    let md = p.read("content/modules/first.md");
    let long = vec!["word"; 6000].join(" ");
    let at = md.find("## ").expect("a section");
    p.write(
        "content/modules/first.md",
        &format!("{}## Long {{#long}}\n\n{long}\n\n{}", &md[..at], &md[at..]),
    );
    let run = p.run(&["check"]);
    let notes: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.contains("note: slide “Long”"))
        .collect();
    assert!(!notes.is_empty(), "{}", run.stderr);
    assert!(
        notes[0].starts_with("content/modules/first.md:")
            && notes[0]
                .contains("has a block estimated not to fit on one page even in the smallest type"),
        "{notes:?}"
    );
}
