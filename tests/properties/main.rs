//! Property tests over the whole pipeline (issue 10, item 6): generated front matter,
//! Markdown bodies and Fluent translations on copies of `tests/fixtures/basic`, built
//! in-process through the library.
//!
//! Properties: a build and a check end without panicking (a hang fails after
//! [`project::LIMIT`]); every problem is a located diagnostic; a translation never changes
//! the block structure of a page; no text run of a handout's data is Markdown source.
//!
//! `cargo test` runs a bounded number of cases; `PROPTEST_CASES=256 cargo test --test
//! properties` runs longer (`.ci/run` does). A shrunk failure is kept as a fixture in
//! `tests/fixtures/regressions/<case>/` with a test named for it in [`regressions`].
//!
//! When hunting: `PRIMER_PROPTEST_SHOW=1` prints each case's first error (to see how many
//! cases reach rendering), and `PRIMER_PROPTEST_LAST=<dir>` writes the case about to run to
//! `<dir>/last-case.txt`, for failures that abort the process.

mod blocks;
mod case;
mod fluent;
mod front;
mod handout_text;
mod markdown;
mod pipeline;
mod project;
mod regressions;
#[path = "../common/tree.rs"]
mod tree;

use proptest::strategy::Strategy;
use proptest::test_runner::{Config, FileFailurePersistence, TestCaseError, TestRunner};

/// The configuration of a property: `default` cases, or `PROPTEST_CASES` divided by
/// `divisor` when the variable is set (a longer run; the expensive properties get fewer).
/// The other `PROPTEST_*` variables (`PROPTEST_RNG_SEED`, …) apply as usual.
pub fn config(default: u32, divisor: u32) -> Config {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse::<u32>().ok())
        .map_or(default, |n| (n / divisor).max(1));
    Config {
        cases,
        // Shrinking re-runs whole builds: bound it so that a failure is reported in minutes.
        max_shrink_time: 180_000,
        ..Config::default()
    }
}

/// Runs `test` on `config.cases` values of `strategy`, shrinking a failure, on a thread with
/// a large stack: generating deeply nested documents recurses more deeply than a test
/// thread's stack allows in a debug build. (Builds run on threads of their own, with the
/// default stack, as rayon's are.)
pub fn check<S: Strategy>(
    name: &'static str,
    config: Config,
    strategy: impl FnOnce() -> S + Send,
    test: impl Fn(S::Value) -> Result<(), TestCaseError> + Send,
) {
    // Before any case runs: loading a project already uses rayon (parsing in parallel),
    // and the pool's stacks are fixed when it first starts.
    project::rayon_like_main();
    let outcome = std::thread::scope(|scope| {
        std::thread::Builder::new()
            .name(name.to_string())
            .stack_size(256 << 20)
            .spawn_scoped(scope, move || {
                let mut config = config;
                config.test_name = Some(name);
                // One file of failed seeds per property, replayed before new cases: a
                // property replaying another's seeds would only spend time.
                let seeds: &'static str =
                    Box::leak(format!("tests/proptest-regressions/{name}.txt").into_boxed_str());
                config.failure_persistence = Some(Box::new(FileFailurePersistence::Direct(seeds)));
                let mut runner = TestRunner::new(config);
                runner.run(&strategy(), test).map_err(|e| e.to_string())
            })
            .expect("spawn the property thread")
            .join()
    });
    match outcome {
        Ok(Ok(())) => {}
        Ok(Err(failure)) => panic!("{name}: {failure}"),
        Err(panic) => std::panic::resume_unwind(panic),
    }
}
