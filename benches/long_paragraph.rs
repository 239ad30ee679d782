//! One very long paragraph (50,000, 100,000 and 200,000 words) in a module of the test
//! fixture, built into memory with handouts, as `primer check` does:
//! `cargo bench --bench long_paragraph`. Prints the median of three cold builds per size.

#![allow(clippy::print_stdout)] // a benchmark reports on the terminal

use primer::output::Output;
use primer::pipeline::{BuildPlan, build};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const WORDS: &[&str] = &[
    "toys",
    "for",
    "children",
    "under",
    "3",
    "must",
    "not",
    "have",
    "small",
    "parts",
    "16 CFR 1501",
    "lead",
    "100",
    "ppm",
    "cylinder",
    "test",
];

fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.expect("readable fixture");
        let target = to.join(entry.path().strip_prefix(from).expect("inside"));
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).expect("create dir");
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// The `basic` fixture with a paragraph of `words` words before its first heading.
fn project(repo: &Path, words: usize) -> PathBuf {
    let root = repo
        .join("target")
        .join(format!("bench-long-paragraph-{words}"));
    let _ = std::fs::remove_dir_all(&root);
    copy_tree(&repo.join("tests/fixtures/basic"), &root);
    copy_tree(&repo.join("themes"), &root.join("themes"));
    std::fs::copy(
        repo.join("locales/en/ui.ftl"),
        root.join("locales/en/ui.ftl"),
    )
    .expect("copy ui.ftl");
    let paragraph: Vec<&str> = (0..words)
        .map(|i| WORDS[(i * 7 + i / 5) % WORDS.len()])
        .collect();
    let module = root.join("content/modules/first.md");
    let text = std::fs::read_to_string(&module).expect("fixture module");
    let text = text.replacen(
        "## The test {#test}",
        &format!("{}\n\n## The test {{#test}}", paragraph.join(" ")),
        1,
    );
    std::fs::write(&module, text).expect("write module");
    root
}

fn main() {
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    for words in [50_000, 100_000, 200_000] {
        let plan = BuildPlan::new(project(&repo, words));
        let mut times: Vec<Duration> = (0..3)
            .map(|_| {
                // Start cold every time: typst memoizes layouts across builds in a process.
                typst::comemo::evict(0);
                let started = Instant::now();
                let report = build(&plan, Output::Memory(Default::default())).expect("build runs");
                assert!(report.succeeded, "the build succeeds");
                started.elapsed()
            })
            .collect();
        times.sort();
        println!(
            "one paragraph of {words:>7} words: build with handouts {:.2} s (median of 3)",
            times[1].as_secs_f64()
        );
    }
}
