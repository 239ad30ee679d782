//! Whole-build benchmark on generated corpora (HTML only, written to memory so the disk
//! does not dominate): `cargo bench --bench build`. Set `PRIMER_BENCH_MODULES=1000` for
//! the large corpus and `PRIMER_BENCH_SITES=6` for 6 sites of one language each.

#[path = "../examples/corpus/mod.rs"]
mod corpus;

use criterion::{Criterion, criterion_group, criterion_main};
use primer::output::Output;
use primer::pipeline::{BuildPlan, build};
use std::path::PathBuf;
use std::time::Duration;

fn bench_build(c: &mut Criterion) {
    let modules: usize = std::env::var("PRIMER_BENCH_MODULES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100);
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let sites = std::env::var("PRIMER_BENCH_SITES")
        .ok()
        .and_then(|v| corpus::Sites::parse(&v))
        .unwrap_or(corpus::Sites::Fourteen);
    let root = repo
        .join("target")
        .join(format!("bench-corpus-{modules}-{}", sites.count()));
    corpus::generate(&repo, &root, modules, sites).expect("corpus written");
    let plan = BuildPlan {
        pdf: false,
        ..BuildPlan::new(root)
    };
    let mut group = c.benchmark_group("build");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(if modules > 200 { 40 } else { 10 }));
    group.bench_function(
        format!("{modules} modules, {} sites, html", sites.count()),
        |b| {
            b.iter(|| {
                let report = build(&plan, Output::Memory(Default::default())).expect("build runs");
                assert!(report.succeeded);
                report.pages
            })
        },
    );
    group.finish();
}

criterion_group!(benches, bench_build);
criterion_main!(benches);
