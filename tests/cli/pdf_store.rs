//! `primer build` reuses PDFs across runs from `.public.cache/`: a cached build gives the
//! same bytes as a fresh one after any change of what PDFs are made from, and a damaged
//! cache is ignored with a note.

use crate::harness::TestProject;

/// Builds into `public/` (reusing the cache) and into `fresh/` with no cache, and asserts
/// that both give the same files; returns the cached build's stderr.
fn cached_equals_fresh(p: &TestProject, change: &str) -> String {
    let cached = p.run(&["build"]);
    assert_eq!(cached.code, 0, "{change}: {}", cached.stderr);
    let _ = std::fs::remove_dir_all(p.root().join(".fresh.cache"));
    let fresh = p.run(&["build", "--out", "fresh"]);
    assert_eq!(fresh.code, 0, "{change}: {}", fresh.stderr);
    let (a, b) = (p.tree("public"), p.tree("fresh"));
    assert_eq!(
        a.keys().collect::<Vec<_>>(),
        b.keys().collect::<Vec<_>>(),
        "after {change}: the same files"
    );
    for (path, bytes) in &a {
        assert!(
            b[path] == *bytes,
            "after {change}: {path} differs from a fresh build"
        );
    }
    cached.stderr
}

fn reused(p: &TestProject) -> usize {
    let run = p.run_with_env(
        &["build"],
        2,
        &[("PRIMER_TIMINGS", std::path::Path::new("1"))],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let line = run
        .stderr
        .lines()
        .find(|l| l.starts_with("timing: PDFs reused from the cache: "))
        .unwrap_or_else(|| panic!("{}", run.stderr));
    line.rsplit(' ')
        .next()
        .and_then(|n| n.parse().ok())
        .expect("a count")
}

#[test]
fn a_cached_build_is_byte_identical_to_a_fresh_one_after_every_kind_of_change() {
    let p = TestProject::fixture("basic");
    cached_equals_fresh(&p, "the first build");
    assert!(p.root().join(".public.cache/pdf").is_dir());
    let all = reused(&p);
    assert!(all >= 8, "an unchanged build reuses every PDF ({all})");

    let edit = |path: &str, from: &str, to: &str| {
        let text = p.read(path);
        assert!(text.contains(from), "{path} has no `{from}`");
        p.write(path, &text.replacen(from, to, 1));
    };
    edit(
        "themes/default/handout.typ",
        "#let ",
        "// a changed theme\n#let ",
    );
    cached_equals_fresh(&p, "a theme change");
    // The fixture's fonts are a link to the repository's: change a copy of them.
    let fonts = p.root().join("themes/default/fonts");
    let shared = std::fs::canonicalize(&fonts).expect("fonts");
    std::fs::remove_file(&fonts).expect("unlink the shared fonts");
    std::fs::create_dir(&fonts).expect("fonts dir");
    for entry in std::fs::read_dir(&shared).expect("fonts").flatten() {
        std::fs::copy(entry.path(), fonts.join(entry.file_name())).expect("copy a font");
    }
    let font = fonts.join("NotoSans-Regular.ttf");
    let mut bytes = std::fs::read(&font).expect("font");
    bytes.extend_from_slice(&[0; 4]);
    std::fs::write(&font, bytes).expect("write font");
    cached_equals_fresh(&p, "a font change");
    edit(
        "site.yaml",
        "title: Fixture Training",
        "title: Fixture Training Course",
    );
    cached_equals_fresh(&p, "a site.yaml change");
    edit(
        "locales/vi/modules/first.ftl",
        "Tháo pin ra trước.",
        "Hãy tháo pin ra trước.",
    );
    cached_equals_fresh(&p, "a translation change");
    edit(
        "content/regulations.yaml",
        "title: Safety Standard for Toys",
        "title: Safety Standard for Toys (Part 1250)",
    );
    cached_equals_fresh(&p, "a registry change");
    // Only what the translation changed was typeset again: the other PDFs were reused.
    edit(
        "locales/vi/modules/first.ftl",
        "Hãy tháo pin ra trước.",
        "Tháo pin ra trước.",
    );
    let after_one = reused(&p);
    assert!(
        after_one > 0 && after_one < all,
        "{after_one} of {all} reused"
    );
}

#[test]
fn a_damaged_cache_is_ignored_with_a_note_that_is_never_an_error() {
    let p = TestProject::fixture("basic");
    assert_eq!(p.run(&["build"]).code, 0);
    let dir = p.root().join(".public.cache/pdf");
    let entries: Vec<_> = std::fs::read_dir(&dir)
        .expect("cache")
        .flatten()
        .map(|e| e.path())
        .collect();
    assert!(!entries.is_empty());
    // One entry cut in half, one from another version, one garbage.
    let bytes = std::fs::read(&entries[0]).expect("entry");
    std::fs::write(&entries[0], &bytes[..bytes.len() / 2]).expect("cut");
    let other = std::fs::read(&entries[1]).expect("entry");
    let mut other = other
        .splitn(2, |&b| b == b'\n')
        .nth(1)
        .unwrap_or_default()
        .to_vec();
    other.splice(0..0, b"primer pdf cache 0\n".iter().copied());
    std::fs::write(&entries[1], other).expect("version");
    std::fs::write(&entries[2], b"not an entry").expect("garbage");
    let stderr = cached_equals_fresh(&p, "damaging the cache");
    assert!(
        stderr.contains("note: 3 PDF cache entries could not be read"),
        "{stderr}"
    );
    let run = p.run(&["build", "--strict", "--complete"]);
    assert!(!run.stderr.contains("error: 3 PDF cache"), "{}", run.stderr);
    // The damaged entries were written again.
    assert!(!p.run(&["build"]).stderr.contains("could not be read"));
}
