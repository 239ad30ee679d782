//! Save-to-rebuilt latency of `primer serve`: one paragraph of one module changes, and the
//! in-memory site is rebuilt with the cache of the previous build (the watcher's 100 ms
//! debounce comes on top). `cargo bench --bench rebuild` runs it on the sample project
//! (this repository); `PRIMER_BENCH_MODULES=1000` on a generated corpus.

#[path = "../examples/corpus/mod.rs"]
mod corpus;

use criterion::{Criterion, criterion_group, criterion_main};
use primer::output::{Files, LiveOutput, Output};
use primer::pipeline::{BuildPlan, Cache, build_cached};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn copy(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.expect("readable");
        let dest = to.join(entry.path().strip_prefix(from).expect("inside"));
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&dest).expect("dir");
        } else {
            std::fs::copy(entry.path(), &dest).expect("copy");
        }
    }
}

fn project() -> (String, PathBuf, PathBuf) {
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    match std::env::var("PRIMER_BENCH_MODULES")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
    {
        Some(n) => {
            let root = repo.join("target").join(format!("bench-corpus-{n}"));
            corpus::generate(&repo, &root, n, corpus::Sites::Fourteen).expect("corpus written");
            (
                format!("{n} modules"),
                root.clone(),
                root.join("content/modules/corpus-0000.md"),
            )
        }
        None => {
            let root = repo.join("target/bench-sample");
            let _ = std::fs::remove_dir_all(&root);
            for part in ["content", "locales", "themes"] {
                copy(&repo.join(part), &root.join(part));
            }
            std::fs::copy(repo.join("site.yaml"), root.join("site.yaml")).expect("site.yaml");
            (
                String::from("sample"),
                root.clone(),
                root.join("content/modules/toys-small-parts.md"),
            )
        }
    }
}

fn bench_rebuild(c: &mut Criterion) {
    let (name, root, module) = project();
    let plan = BuildPlan {
        pdf: false,
        ..BuildPlan::new(root)
    };
    let files: Files = Default::default();
    let mut cache = Cache::for_serve();
    let first = build_cached(
        &plan,
        Output::Live(LiveOutput::new(files.clone())),
        &mut cache,
    )
    .expect("builds");
    assert!(first.succeeded, "{:?}", first.diagnostics.first());
    let original = std::fs::read_to_string(&module).expect("module");
    let body_start = original.find("\n---\n").expect("front matter") + 5;
    let mut flip = false;
    c.bench_function(
        &format!("rebuild after a one-paragraph edit, {name}"),
        |b| {
            b.iter_custom(|iterations| {
                let mut total = Duration::ZERO;
                for _ in 0..iterations {
                    flip = !flip;
                    let edited = format!(
                        "{}{}{}",
                        &original[..body_start],
                        if flip {
                            "An edited first paragraph.\n\n"
                        } else {
                            ""
                        },
                        &original[body_start..]
                    );
                    std::fs::write(&module, edited).expect("edit");
                    let start = Instant::now();
                    let report = build_cached(
                        &plan,
                        Output::Live(LiveOutput::new(files.clone())),
                        &mut cache,
                    )
                    .expect("builds");
                    total += start.elapsed();
                    assert!(report.succeeded);
                }
                total
            })
        },
    );
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10).measurement_time(Duration::from_secs(20));
    targets = bench_rebuild
}
criterion_main!(benches);
