//! `primer build`.

use super::{exit_code, report};
use crate::cli::BuildArgs;
use crate::diagnostics::Policy;
use crate::output::{DiskOutput, Output};
use crate::pipeline::{BuildPlan, Cache, build_cached};
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

/// Builds into `args.out` (relative to the project root).
pub fn run(root: &Path, args: BuildArgs) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let plan = BuildPlan {
        root: root.to_path_buf(),
        audiences: args.audiences,
        locales: args.locales,
        policy: Policy {
            strict: args.report.strict,
            complete: args.report.complete,
        },
        pdf: !args.no_pdf,
        zip: args.zip,
    };
    let out_dir = root.join(&args.out);
    let output = Output::Disk(DiskOutput::create(&out_dir)?);
    let result = build_cached(&plan, output, &mut Cache::for_exit())?;
    report(&result.diagnostics, args.report.format);
    if result.succeeded {
        eprintln!(
            "built {} pages into {} in {:.2?}",
            result.pages,
            args.out.display(),
            started.elapsed()
        );
    } else {
        eprintln!("build failed; {} was left as it was", args.out.display());
    }
    Ok(exit_code(&result.diagnostics))
}
