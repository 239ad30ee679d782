//! `primer serve`.

use crate::cli::ServeArgs;
use crate::serve::{ServeOptions, run as serve};
use std::path::Path;
use std::process::ExitCode;

/// Serves until interrupted; only operational failures return.
pub fn run(root: &Path, args: ServeArgs) -> anyhow::Result<ExitCode> {
    crate::render::handout::world::typeset_apart();
    if !root.join("site.yaml").is_file() {
        anyhow::bail!(
            "no site.yaml in {}: not a Primer project (run primer from the project root)",
            root.display()
        );
    }
    let options = ServeOptions {
        bind: args.bind,
        port: args.port,
        open: args.open,
        pdf: args.pdf,
        poll: args.poll,
    };
    serve(root, &options)?;
    Ok(ExitCode::SUCCESS)
}
