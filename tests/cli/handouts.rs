//! PDF handouts: one per (site, module) and a booklet per site, linked from the pages.

use crate::harness::TestProject;

fn media_box(pdf: &[u8]) -> String {
    let text = String::from_utf8_lossy(pdf);
    let start = text.find("/MediaBox").expect("a page has a MediaBox");
    let end = text[start..].find(']').expect("closed") + start;
    text[start + 9..end + 1].trim().to_string()
}

#[test]
fn handouts_and_booklets_are_written_linked_and_sized_per_audience() {
    let p = TestProject::fixture("basic");
    let run = p.run(&["build", "--strict"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for site in ["alpha/vi", "alpha/en", "beta/zh-CN", "beta/en"] {
        for pdf in ["first", "second", "all-modules"] {
            let bytes = std::fs::read(p.root().join(format!("public/{site}/handouts/{pdf}.pdf")))
                .unwrap_or_else(|e| panic!("{site}/{pdf}: {e}"));
            assert!(bytes.starts_with(b"%PDF-"), "{site}/{pdf}");
        }
    }
    let a4 = std::fs::read(p.root().join("public/alpha/vi/handouts/first.pdf")).expect("pdf");
    assert!(
        media_box(&a4).starts_with("[0 0 595.27"),
        "{}",
        media_box(&a4)
    );
    let letter = std::fs::read(p.root().join("public/beta/zh-CN/handouts/first.pdf")).expect("pdf");
    assert_eq!(media_box(&letter), "[0 0 612 792]");
    assert!(
        p.read("public/alpha/vi/first/index.html")
            .contains("href=\"../handouts/first.pdf\"")
    );
    assert!(
        p.read("public/alpha/vi/index.html")
            .contains("href=\"handouts/all-modules.pdf\"")
    );
    let no_pdf = TestProject::fixture("basic");
    assert_eq!(no_pdf.run(&["build", "--no-pdf"]).code, 0);
    assert!(
        !no_pdf
            .read("public/alpha/vi/first/index.html")
            .contains("handouts/"),
        "no link to a handout that was not built"
    );
}

#[test]
fn a_character_missing_from_every_font_is_a_warning_naming_it() {
    let p = TestProject::fixture("basic");
    let ftl = p
        .read("locales/vi/modules/first.ftl")
        .replace("Tháo pin ra trước.", "Tháo pin ra trước 𓀀.");
    p.write("locales/vi/modules/first.ftl", &ftl);
    let run = p.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("warning: `𓀀` (U+13000) in segment `p-b98aac20bb` is in none of the theme's handout fonts"), "{}", run.stderr);
    assert_eq!(p.run(&["build", "--strict"]).code, 1);
}

#[test]
fn two_builds_with_handouts_are_byte_identical_whatever_the_thread_count() {
    let p = TestProject::fixture("basic");
    assert_eq!(p.run_with_threads(&["build"], 1).code, 0);
    let first = p.tree("public");
    assert_eq!(p.run_with_threads(&["build"], 3).code, 0);
    let second = p.tree("public");
    assert_eq!(
        first.keys().collect::<Vec<_>>(),
        second.keys().collect::<Vec<_>>()
    );
    assert!(first.keys().any(|k| k.ends_with(".pdf")));
    for (path, bytes) in &first {
        assert!(bytes == &second[path], "{path} differs between builds");
    }
}
