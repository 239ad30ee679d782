//! The default build, with PDFs, of the repository's sample (9 modules, 14 sites, 285
//! PDFs), into memory: cold (every PDF typeset, as a first build or `check --pdf`) and
//! with the PDF cache of an earlier run (`.public.cache/`, nothing changed):
//! `cargo bench --bench build_pdf`.

use criterion::{Criterion, criterion_group, criterion_main};
use primer::output::Output;
use primer::pipeline::{BuildPlan, Cache, build, build_cached, pdf_store};
use std::path::PathBuf;
use std::time::Duration;

fn bench_build_pdf(c: &mut Criterion) {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let plan = BuildPlan::new(root.clone());
    let store = tempfile::tempdir().expect("a cache directory");
    let cached =
        || Cache::default().with_pdf_store(pdf_store::dir_beside(&store.path().join("public")));
    // The first run fills the cache.
    let first =
        build_cached(&plan, Output::Memory(Default::default()), &mut cached()).expect("build runs");
    assert!(first.succeeded);

    let mut group = c.benchmark_group("build with PDFs");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(30));
    group.bench_function("the sample, cached, nothing changed", |b| {
        b.iter(|| {
            let report = build_cached(&plan, Output::Memory(Default::default()), &mut cached())
                .expect("build runs");
            assert!(report.succeeded);
            report.pages
        })
    });
    group.measurement_time(Duration::from_secs(200));
    group.bench_function("the sample, cold", |b| {
        b.iter(|| {
            let report = build(&plan, Output::Memory(Default::default())).expect("build runs");
            assert!(report.succeeded);
            report.pages
        })
    });
    group.finish();
}

criterion_group!(benches, bench_build_pdf);
criterion_main!(benches);
