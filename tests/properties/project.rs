//! A scratch project (the `basic` fixture in a temporary directory, with generated files)
//! and in-process builds of it that cannot freeze the test: each runs on its own thread,
//! and a panic or a run longer than [`LIMIT`] is reported as a failure.

use primer::diagnostics::{Diagnostic, Policy};
use primer::output::{Files, LiveOutput, Output};
use primer::pipeline::{BuildPlan, BuildReport, HandoutAt};
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

/// How long one build of a scratch project may take before it counts as a hang (the inputs
/// are small: a debug build of one takes well under a few seconds, PDFs included).
pub const LIMIT: Duration = Duration::from_secs(60);

pub use crate::tree::repo;
use crate::tree::{copy_tree, link_or_copy};

/// A project in a temporary directory.
pub struct Scratch {
    dir: tempfile::TempDir,
}

impl Scratch {
    /// `tests/fixtures/basic` with the repository's theme (linked, not copied: its fonts
    /// are large and never written) and English interface strings, as `tests/cli` does.
    pub fn basic() -> Scratch {
        let dir = tempfile::tempdir().expect("temp dir");
        copy_tree(&repo().join("tests/fixtures/basic"), dir.path());
        link_or_copy(&repo().join("themes"), &dir.path().join("themes"));
        std::fs::copy(
            repo().join("locales/en/ui.ftl"),
            dir.path().join("locales/en/ui.ftl"),
        )
        .expect("copy ui.ftl");
        Scratch { dir }
    }

    /// `basic` with `tests/fixtures/<overlay>` laid over it.
    pub fn with_overlay(overlay: &str) -> Scratch {
        let project = Scratch::basic();
        copy_tree(&repo().join("tests/fixtures").join(overlay), project.root());
        project
    }

    /// The project root.
    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    /// Writes `text` to `rel`, creating directories.
    pub fn write(&self, rel: &str, text: &str) {
        let path = self.root().join(rel);
        std::fs::create_dir_all(path.parent().expect("has parent")).expect("create dir");
        std::fs::write(path, text).expect("write");
    }

    /// Reads `rel`, if it exists.
    pub fn read(&self, rel: &str) -> Option<String> {
        std::fs::read_to_string(self.root().join(rel)).ok()
    }

    /// A plan for the whole project; with `pdf`, what `primer check` runs.
    pub fn plan(&self, pdf: bool) -> BuildPlan {
        BuildPlan {
            root: self.root().to_path_buf(),
            audiences: Vec::new(),
            locales: Vec::new(),
            policy: Policy::default(),
            pdf,
            assemble_only: false,
            zip: false,
        }
    }
}

/// Runs `f` on a thread of its own: its value, or why it has none (a panic, or no answer
/// within [`LIMIT`]). A hung thread is left behind; the test fails either way.
pub fn bounded<T: Send + 'static>(
    what: &str,
    f: impl FnOnce() -> T + Send + 'static,
) -> Result<T, String> {
    let (tx, rx) = mpsc::channel();
    let thread = std::thread::Builder::new()
        .name(what.to_string())
        .spawn(move || {
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
            let _ = tx.send(result);
        })
        .expect("spawn a build thread");
    match rx.recv_timeout(LIMIT) {
        Ok(Ok(value)) => {
            let _ = thread.join();
            Ok(value)
        }
        Ok(Err(panic)) => {
            let message = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            Err(format!("{what} panicked: {message}"))
        }
        Err(_) => Err(format!("{what} did not end within {LIMIT:?}")),
    }
}

/// A finished build: its report and, when it succeeded, its files.
pub struct Built {
    /// Diagnostics and success.
    pub report: BuildReport,
    /// Output path → bytes (empty when the build failed).
    pub files: BTreeMap<String, Vec<u8>>,
}

impl Built {
    /// The file at `path` as text, if the build wrote it.
    pub fn page(&self, path: &str) -> Option<String> {
        self.files
            .get(path)
            .map(|b| String::from_utf8_lossy(b).into_owned())
    }
}

/// Gives rayon's workers the stacks `primer`'s `main` gives them: typst's layout recurses
/// deeply, more so in debug builds (the default 2 MiB overflow on nesting within the limit).
/// It must run before anything uses rayon (loading a project does), as `main` does.
pub fn rayon_like_main() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let _ = rayon::ThreadPoolBuilder::new()
            .stack_size(64 << 20)
            .build_global();
    });
}

/// Builds `plan` into memory; an operational error, a panic or a hang is an `Err`.
pub fn build(plan: BuildPlan) -> Result<Built, String> {
    rayon_like_main();
    let what = if plan.pdf { "check" } else { "build" };
    bounded(what, move || {
        let files = Files::default();
        let report =
            primer::pipeline::build(&plan, Output::Live(LiveOutput::new(files.clone())))
                .map_err(|e| format!("build returned an error instead of diagnostics: {e:#}"))?;
        let files = files
            .read()
            .map_err(|_| "poisoned output".to_string())?
            .iter()
            .map(|(k, v)| (k.clone(), v.to_vec()))
            .collect();
        Ok(Built { report, files })
    })?
}

/// The data of every handout of `plan`, untypeset, with the diagnostics of loading.
pub fn handout_data(plan: BuildPlan) -> Result<(Vec<HandoutAt>, Vec<Diagnostic>), String> {
    rayon_like_main();
    bounded("handout data", move || {
        primer::pipeline::handout_data(&plan).map_err(|e| format!("{e:#}"))
    })?
}
