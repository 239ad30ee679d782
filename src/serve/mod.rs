//! `primer serve`: build into memory, serve over HTTP, rebuild what an edit affects, reload
//! the open pages, and show errors over the last good pages instead of stopping.
//! Like the commands, the server reports on the terminal.
#![allow(clippy::print_stdout, clippy::print_stderr)]

mod http;
pub mod watch;

pub use http::file_key;

use crate::diagnostics::{Severity, summary};
use crate::output::{Files, LiveOutput, Output};
use crate::pipeline::{BuildPlan, Cache, build_cached};
use anyhow::Context as _;
use http::Shared;
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock, mpsc};
use std::time::Instant;
use tokio::sync::broadcast;

/// How to serve.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// Address to listen on.
    pub bind: String,
    /// Port (0: any free port).
    pub port: u16,
    /// Open the site in a browser.
    pub open: bool,
    /// Typeset the PDF handouts too (slower rebuilds).
    pub pdf: bool,
    /// Poll for changes instead of using file-system events.
    pub poll: bool,
}

/// Builds, serves and rebuilds until interrupted.
pub fn run(root: &Path, options: &ServeOptions) -> anyhow::Result<()> {
    let files: Files = Default::default();
    let (reload, _) = broadcast::channel(16);
    let shared = Arc::new(Shared {
        files: files.clone(),
        diagnostics: RwLock::new(Vec::new()),
        reload,
    });
    let plan = BuildPlan {
        pdf: options.pdf,
        ..BuildPlan::new(root)
    };
    // The first build, the long one, shows its progress; rebuilds are quick.
    let progress = crate::cmd::progress::TerminalProgress::for_terminal(true);
    let mut cache = match &progress {
        Some(p) => Cache::for_serve().with_progress(p.clone()),
        None => Cache::for_serve(),
    };
    rebuild(&plan, &mut cache, &shared, &files);
    if let Some(p) = &progress {
        crate::pipeline::progress::Progress::finish(p.as_ref());
        cache.stop_progress();
    }

    let (tx, rx) = mpsc::channel::<Vec<PathBuf>>();
    let _watcher =
        watch::watch(root, options.poll, tx).context("could not watch the project for changes")?;
    let loop_shared = shared.clone();
    std::thread::spawn(move || {
        while let Ok(mut paths) = rx.recv() {
            // Edits that arrive during a build are handled by one more build.
            while let Ok(more) = rx.try_recv() {
                paths.extend(more);
            }
            let base = plan
                .root
                .canonicalize()
                .unwrap_or_else(|_| plan.root.clone());
            let mut names: Vec<String> = paths
                .iter()
                .map(|p| p.strip_prefix(&base).unwrap_or(p).display().to_string())
                .collect();
            names.sort();
            names.dedup();
            eprintln!("changed: {}", names.join(", "));
            rebuild(&plan, &mut cache, &loop_shared, &loop_shared.files);
            let _ = loop_shared.reload.send(());
        }
    });

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .context("could not start the server runtime")?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind((options.bind.as_str(), options.port))
            .await
            .with_context(|| format!("could not listen on {}:{}", options.bind, options.port))?;
        let address = listener.local_addr().context("no local address")?;
        println!("serving at http://{address}/ (Ctrl+C to stop)");
        if options.open {
            open_browser(&format!("http://{address}/"));
        }
        axum::serve(listener, http::router(shared))
            .await
            .context("the server stopped")
    })
}

/// Rebuilds into the served files; a failed build leaves them as they were and its errors
/// show over every page. Even a bug that panics inside the build only fails that build:
/// the cache is dropped and the next save rebuilds from scratch, so the server never stops
/// following edits.
fn rebuild(plan: &BuildPlan, cache: &mut Cache, shared: &Shared, files: &Files) {
    let started = Instant::now();
    let attempt = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        build_cached(plan, Output::Live(LiveOutput::new(files.clone())), cache)
    }));
    let result = attempt.unwrap_or_else(|panic| {
        *cache = Cache::for_serve();
        let what = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        Err(anyhow::anyhow!(
            "internal error while rebuilding ({what}); please report it. The next save rebuilds from scratch"
        ))
    });
    match result {
        Ok(report) => {
            for d in report
                .diagnostics
                .iter()
                .filter(|d| d.severity != Severity::Note)
            {
                eprint!("{}", d.render());
            }
            let state = if report.succeeded {
                "rebuilt"
            } else {
                "build failed; serving the last good pages"
            };
            eprintln!(
                "{state} in {:.0?} ({})",
                started.elapsed(),
                summary(&report.diagnostics)
            );
            if let Ok(mut d) = shared.diagnostics.write() {
                *d = report.diagnostics;
            }
        }
        Err(e) => {
            eprintln!("error: {e:#}");
            let d =
                crate::diagnostics::Diagnostic::new(Severity::Error, "io", "", format!("{e:#}"));
            if let Ok(mut ds) = shared.diagnostics.write() {
                *ds = vec![d];
            }
        }
    }
}

fn open_browser(url: &str) {
    let command = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    if std::process::Command::new(command)
        .arg(url)
        .spawn()
        .is_err()
    {
        eprintln!("could not open a browser; visit {url}");
    }
}
