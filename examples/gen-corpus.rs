//! Generates a synthetic, fully translated project for benchmarks:
//! `cargo run --release --example gen-corpus -- --modules 1000 --out target/corpus-1000`;
//! `--sites 6` gives 6 sites of one language each instead of the default 14.
#![allow(clippy::print_stderr, clippy::print_stdout)]

mod corpus;

use std::path::PathBuf;

fn main() {
    let mut modules = 100;
    let mut out = None;
    let mut sites = corpus::Sites::Fourteen;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--modules" => modules = args.next().and_then(|v| v.parse().ok()).unwrap_or(modules),
            "--out" => out = args.next().map(PathBuf::from),
            "--sites" => match args.next().as_deref().and_then(corpus::Sites::parse) {
                Some(s) => sites = s,
                None => {
                    eprintln!("--sites takes 14 or 6");
                    std::process::exit(2);
                }
            },
            other => {
                eprintln!(
                    "unknown argument {other}; usage: gen-corpus [--modules N] [--sites 14|6] [--out DIR]"
                );
                std::process::exit(2);
            }
        }
    }
    let out = out.unwrap_or_else(|| PathBuf::from(format!("target/corpus-{modules}")));
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    if let Err(e) = corpus::generate(&repo, &out, modules, sites) {
        eprintln!("could not write the corpus: {e}");
        std::process::exit(1);
    }
    eprintln!(
        "wrote {modules} modules in 6 locales, {} sites, to {}",
        sites.count(),
        out.display()
    );
}
