//! `primer build`.

use super::{exit_code, report};
use crate::cli::{BuildArgs, Format};
use crate::diagnostics::Policy;
use crate::output::{DiskOutput, Output};
use crate::pipeline::{BuildPlan, Cache, build_cached};
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

/// Builds into `args.out` (relative to the project root).
pub fn run(root: &Path, args: BuildArgs) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    crate::render::handout::world::typeset_apart();
    let plan = BuildPlan {
        root: root.to_path_buf(),
        audiences: args.audiences,
        locales: args.locales,
        policy: Policy {
            strict: args.report.strict,
            complete: args.report.complete,
        },
        pdf: !args.no_pdf,
        assemble_only: false,
        zip: args.zip,
    };
    let out_dir = root.join(&args.out);
    let output = Output::Disk(DiskOutput::create(&out_dir)?);
    let mut cache = Cache::for_exit();
    if plan.pdf {
        cache = cache.with_pdf_store(crate::pipeline::pdf_store::dir_beside(&out_dir));
    }
    let progress =
        super::progress::TerminalProgress::for_terminal(args.report.format == Format::Human);
    if let Some(p) = &progress {
        cache = cache.with_progress(p.clone());
    }
    let result = build_cached(&plan, output, &mut cache);
    if let Some(p) = &progress {
        crate::pipeline::progress::Progress::finish(p.as_ref());
    }
    let result = result?;
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
