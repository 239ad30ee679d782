//! `primer check`: everything the build checks, without writing output.

use super::{exit_code, report};
use crate::cli::CheckArgs;
use crate::diagnostics::Policy;
use crate::output::Output;
use crate::pipeline::{BuildPlan, build};
use std::path::Path;
use std::process::ExitCode;

/// Runs a whole build into memory and reports its diagnostics; without `--pdf` nothing is
/// typeset (handouts and decks are assembled only).
pub fn run(root: &Path, args: CheckArgs) -> anyhow::Result<ExitCode> {
    crate::render::handout::world::typeset_apart();
    let plan = BuildPlan {
        policy: Policy {
            strict: args.report.strict,
            complete: args.report.complete,
        },
        pdf: args.pdf,
        assemble_only: !args.pdf,
        ..BuildPlan::new(root)
    };
    let result = build(&plan, Output::Memory(Default::default()))?;
    report(&result.diagnostics, args.report.format);
    if result.succeeded && args.report.format == crate::cli::Format::Human {
        eprintln!("checked {} pages: no errors", result.pages);
    }
    Ok(exit_code(&result.diagnostics))
}
