//! A fixture project copied into a temporary directory, and runs of the real binary on it.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// How long one run of `primer` may take before the test calls it a hang (debug build,
/// PDFs included, on a slow CI machine).
pub const RUN_LIMIT: Duration = Duration::from_secs(300);

pub use crate::tree::repo;
use crate::tree::{copy_tree, copy_tree_except, link_or_copy};

/// A project in a temporary directory.
pub struct TestProject {
    dir: tempfile::TempDir,
}

/// The result of one run.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    /// With the project path and timings redacted, for snapshots.
    pub stderr: String,
}

/// The repository's themes, with the (large, read-only) handout fonts linked rather than
/// copied, so that each test project costs kilobytes instead of megabytes.
fn copy_theme(to: &Path) {
    let fonts = Path::new("default").join("fonts");
    copy_tree_except(&repo().join("themes"), to, |p| p.ends_with(&fonts));
    link_or_copy(&repo().join("themes").join(&fonts), &to.join(&fonts));
}

impl TestProject {
    /// Copies `tests/fixtures/<name>`, adding the repository's theme and English interface
    /// strings when the fixture has none.
    pub fn fixture(name: &str) -> TestProject {
        let dir = tempfile::tempdir().expect("temp dir");
        copy_tree(&repo().join("tests/fixtures").join(name), dir.path());
        if !dir.path().join("themes").exists() {
            copy_theme(&dir.path().join("themes"));
        }
        let ui = dir.path().join("locales/en/ui.ftl");
        if !ui.exists() {
            std::fs::copy(repo().join("locales/en/ui.ftl"), ui).expect("copy ui.ftl");
        }
        TestProject { dir }
    }

    /// The `basic` fixture with `tests/fixtures/invalid/<case>` laid over it.
    pub fn invalid(case: &str) -> TestProject {
        let project = TestProject::fixture("basic");
        copy_tree(
            &repo().join("tests/fixtures/invalid").join(case),
            project.root(),
        );
        project
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn write(&self, rel: &str, text: &str) {
        let path = self.root().join(rel);
        std::fs::create_dir_all(path.parent().expect("has parent")).expect("create dir");
        std::fs::write(path, text).expect("write");
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.root().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    }

    /// Runs `primer` with `args` in the project, with `threads` rayon threads. A run that
    /// has not ended after [`RUN_LIMIT`] is killed and fails the test: a hang is a bug.
    pub fn run_with_threads(&self, args: &[&str], threads: usize) -> Run {
        self.run_with_env(args, threads, &[])
    }

    /// Runs `primer` as [`TestProject::run_with_threads`] does, with environment variables.
    pub fn run_with_env(&self, args: &[&str], threads: usize, env: &[(&str, &Path)]) -> Run {
        let mut child = Command::new(env!("CARGO_BIN_EXE_primer"))
            .args(args)
            .current_dir(self.root())
            .env("RAYON_NUM_THREADS", threads.to_string())
            .envs(env.iter().copied())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("run primer");
        let read = |mut pipe: Box<dyn Read + Send>| {
            std::thread::spawn(move || {
                let mut bytes = Vec::new();
                let _ = pipe.read_to_end(&mut bytes);
                bytes
            })
        };
        let stdout = read(Box::new(child.stdout.take().expect("stdout")));
        let stderr = read(Box::new(child.stderr.take().expect("stderr")));
        let started = Instant::now();
        let status = loop {
            if let Some(status) = child.try_wait().expect("wait for primer") {
                break status;
            }
            if started.elapsed() > RUN_LIMIT {
                let _ = child.kill();
                let _ = child.wait();
                panic!("primer {args:?} did not finish within {RUN_LIMIT:?}");
            }
            std::thread::sleep(Duration::from_millis(10));
        };
        let stdout = stdout.join().expect("stdout reader");
        let stderr = stderr.join().expect("stderr reader");
        let stderr =
            String::from_utf8_lossy(&stderr).replace(&self.root().display().to_string(), "[ROOT]");
        Run {
            code: status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&stdout).into_owned(),
            stderr: redact_timing(&stderr),
        }
    }

    pub fn run(&self, args: &[&str]) -> Run {
        self.run_with_threads(args, 2)
    }

    /// Every file under `rel`, path → bytes.
    pub fn tree(&self, rel: &str) -> BTreeMap<String, Vec<u8>> {
        let base = self.root().join(rel);
        let mut out = BTreeMap::new();
        for entry in walkdir::WalkDir::new(&base).sort_by_file_name() {
            let entry = entry.expect("readable");
            if entry.file_type().is_file() {
                let rel = entry
                    .path()
                    .strip_prefix(&base)
                    .expect("inside")
                    .display()
                    .to_string();
                out.insert(rel, std::fs::read(entry.path()).expect("read"));
            }
        }
        out
    }
}

/// Replaces `in 12.34ms` with `in [TIME]`.
fn redact_timing(text: &str) -> String {
    text.lines()
        .map(|line| match line.rfind(" in ") {
            Some(i) if line.starts_with("built ") => format!("{} in [TIME]", &line[..i]),
            _ => line.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}
