//! The `primer` command: parse the command line, run, print the error chain once.
#![allow(clippy::print_stderr)]

use clap::Parser as _;
use std::process::ExitCode;

/// mimalloc instead of the system allocator: a build makes and frees millions of small
/// strings on two threads, where glibc's allocator spent a fifth of the time (see the
/// README's Performance section). Built without transparent huge pages (`no_thp`): with
/// them the kernel zeroed 2 MiB pages for every fresh region, a sixth of the build's time.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = primer::cli::Cli::parse();
    // typst's layout recurses deeply (more so in debug builds); give the workers room.
    let _ = rayon::ThreadPoolBuilder::new()
        .stack_size(64 << 20)
        .build_global();
    match primer::cmd::run(cli) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {err}");
            for cause in err.chain().skip(1) {
                eprintln!("  caused by: {cause}");
            }
            ExitCode::from(2)
        }
    }
}
