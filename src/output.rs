//! Where a build's files go: a directory that replaces the output directory atomically
//! once the whole build succeeded, memory, or the files `serve` serves (replaced all at
//! once when a build succeeded).

use anyhow::{Context as _, Result};
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};

/// Files by path relative to the site root, as `serve` holds them.
pub type Files = Arc<RwLock<BTreeMap<String, Arc<Vec<u8>>>>>;

/// The destination of a build.
pub enum Output {
    /// Files written to a temporary sibling of the output directory, swapped in by
    /// [`Output::commit`].
    Disk(DiskOutput),
    /// Files kept in memory, by path relative to the site root.
    Memory(Mutex<BTreeMap<String, Vec<u8>>>),
    /// The files `serve` serves: a build's changes are staged and applied by
    /// [`Output::commit`], so a failed build leaves the served files as they were.
    Live(LiveOutput),
}

/// The served files and the changes of the build in progress.
pub struct LiveOutput {
    files: Files,
    staged: Mutex<BTreeMap<String, Arc<Vec<u8>>>>,
}

impl LiveOutput {
    /// A build whose result will replace `files`.
    pub fn new(files: Files) -> LiveOutput {
        LiveOutput {
            files,
            staged: Mutex::new(BTreeMap::new()),
        }
    }
}

fn poisoned<T>(_: T) -> anyhow::Error {
    anyhow::anyhow!("the output was poisoned by a panicking thread")
}

impl Output {
    /// Writes one file (path relative to the output root, `/`-separated).
    pub fn write(&self, relative: &str, bytes: &[u8]) -> Result<()> {
        match self {
            Output::Disk(disk) => disk.write(relative, bytes),
            Output::Memory(map) => {
                map.lock()
                    .map_err(poisoned)?
                    .insert(relative.to_string(), bytes.to_vec());
                Ok(())
            }
            Output::Live(live) => {
                live.staged
                    .lock()
                    .map_err(poisoned)?
                    .insert(relative.to_string(), Arc::new(bytes.to_vec()));
                Ok(())
            }
        }
    }

    /// Copies a file into the output.
    pub fn copy(&self, relative: &str, from: &Path) -> Result<()> {
        let bytes =
            std::fs::read(from).with_context(|| format!("could not read {}", from.display()))?;
        self.write(relative, &bytes)
    }

    /// Whether the output still holds `relative` from an earlier build (only the files of
    /// `serve` outlive a build), so an unchanged file need not be written again.
    pub fn has(&self, relative: &str) -> bool {
        match self {
            Output::Live(live) => live.files.read().is_ok_and(|f| f.contains_key(relative)),
            _ => false,
        }
    }

    /// Reads back a file written by this build (or kept from the previous one).
    pub fn read(&self, relative: &str) -> Result<Vec<u8>> {
        match self {
            Output::Disk(disk) => {
                let path = disk.staging.join(relative);
                std::fs::read(&path)
                    .with_context(|| format!("could not read back {}", path.display()))
            }
            Output::Memory(map) => map
                .lock()
                .map_err(poisoned)?
                .get(relative)
                .cloned()
                .with_context(|| format!("{relative} was not written")),
            Output::Live(live) => {
                if let Some(b) = live.staged.lock().map_err(poisoned)?.get(relative) {
                    return Ok(b.to_vec());
                }
                live.files
                    .read()
                    .map_err(poisoned)?
                    .get(relative)
                    .map(|b| b.to_vec())
                    .with_context(|| format!("{relative} was not written"))
            }
        }
    }

    /// Makes the output visible: swaps the directory in; for `serve`, applies the staged
    /// files and drops the files this build did not produce (`written`).
    pub fn commit(self, written: &[String]) -> Result<()> {
        match self {
            Output::Disk(disk) => disk.commit(),
            Output::Memory(_) => Ok(()),
            Output::Live(live) => {
                let staged = std::mem::take(&mut *live.staged.lock().map_err(poisoned)?);
                let keep: BTreeSet<&str> = written
                    .iter()
                    .map(String::as_str)
                    .chain(staged.keys().map(String::as_str))
                    .collect();
                let mut files = live.files.write().map_err(poisoned)?;
                files.retain(|path, _| keep.contains(path.as_str()));
                files.extend(staged);
                Ok(())
            }
        }
    }
}

/// A build directory beside the final output directory.
pub struct DiskOutput {
    target: PathBuf,
    staging: PathBuf,
    committed: bool,
    /// Directories made so far (each page would otherwise ask the system again).
    made: Mutex<HashSet<PathBuf>>,
}

impl DiskOutput {
    /// Prepares `.<name>.build-<pid>` beside `target`.
    pub fn create(target: &Path) -> Result<DiskOutput> {
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "public".to_string());
        let parent = match target.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        std::fs::create_dir_all(&parent)
            .with_context(|| format!("could not create {}", parent.display()))?;
        let staging = parent.join(format!(".{name}.build-{}", std::process::id()));
        if staging.exists() {
            std::fs::remove_dir_all(&staging)
                .with_context(|| format!("could not clear {}", staging.display()))?;
        }
        std::fs::create_dir_all(&staging)
            .with_context(|| format!("could not create {}", staging.display()))?;
        Ok(DiskOutput {
            target: target.to_path_buf(),
            staging,
            committed: false,
            made: Mutex::default(),
        })
    }

    fn write(&self, relative: &str, bytes: &[u8]) -> Result<()> {
        let path = self.staging.join(relative);
        if let Some(dir) = path.parent()
            && !self.made.lock().map_err(poisoned)?.contains(dir)
        {
            std::fs::create_dir_all(dir)
                .with_context(|| format!("could not create {}", dir.display()))?;
            self.made
                .lock()
                .map_err(poisoned)?
                .insert(dir.to_path_buf());
        }
        std::fs::write(&path, bytes).with_context(|| format!("could not write {}", path.display()))
    }

    fn commit(mut self) -> Result<()> {
        let old = self.staging.with_extension("old");
        if self.target.exists() {
            std::fs::rename(&self.target, &old).with_context(|| {
                format!(
                    "could not move the previous {} aside",
                    self.target.display()
                )
            })?;
        }
        if let Err(e) = std::fs::rename(&self.staging, &self.target) {
            // Put the previous output back so a failed swap changes nothing.
            let _ = std::fs::rename(&old, &self.target);
            return Err(e).with_context(|| {
                format!(
                    "could not move the new build into {}",
                    self.target.display()
                )
            });
        }
        self.committed = true;
        if old.exists() {
            remove_tree(&old).with_context(|| format!("could not remove {}", old.display()))?;
        }
        Ok(())
    }
}

/// Removes `dir` and everything in it, its entries in parallel (a previous output of
/// 1,000 modules is 77,000 files and directories: removing them one by one took a third
/// of a rebuild's time).
fn remove_tree(dir: &Path) -> std::io::Result<()> {
    // The sites' directories, then their locales' (which hold the modules), in parallel.
    remove_in_parallel(dir, 2)
}

/// Removes `dir`: the entries of its first `levels` levels in parallel, deeper ones each
/// with [`std::fs::remove_dir_all`] (which never follows a link).
fn remove_in_parallel(dir: &Path, levels: usize) -> std::io::Result<()> {
    use rayon::prelude::*;
    let entries: Vec<_> = std::fs::read_dir(dir)?.collect::<std::io::Result<_>>()?;
    entries.par_iter().try_for_each(|entry| {
        let path = entry.path();
        match entry.file_type() {
            Ok(t) if t.is_dir() && levels > 1 => remove_in_parallel(&path, levels - 1),
            Ok(t) if t.is_dir() => std::fs::remove_dir_all(&path),
            _ => std::fs::remove_file(&path),
        }
    })?;
    std::fs::remove_dir(dir)
}

impl Drop for DiskOutput {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_dir_all(&self.staging);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_previous_output_is_removed_whole_without_following_links() {
        let tmp = tempfile::tempdir().unwrap();
        let outside = tmp.path().join("outside");
        std::fs::create_dir_all(&outside).unwrap();
        std::fs::write(outside.join("keep.txt"), "kept").unwrap();
        let old = tmp.path().join("old");
        for dir in ["china/en/toys", "china/zh-CN/toys/slides", "static"] {
            std::fs::create_dir_all(old.join(dir)).unwrap();
            std::fs::write(old.join(dir).join("index.html"), "x").unwrap();
        }
        std::fs::write(old.join("index.html"), "x").unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink(&outside, old.join("china/link")).unwrap();
        remove_tree(&old).unwrap();
        assert!(!old.exists());
        assert_eq!(
            std::fs::read_to_string(outside.join("keep.txt")).unwrap(),
            "kept"
        );
    }

    #[test]
    fn nothing_changes_until_commit_and_an_abandoned_build_leaves_no_trace() {
        let tmp = tempfile::tempdir().unwrap();
        let target = tmp.path().join("public");
        std::fs::create_dir_all(&target).unwrap();
        std::fs::write(target.join("old.html"), "old").unwrap();
        {
            let out = Output::Disk(DiskOutput::create(&target).unwrap());
            out.write("a/index.html", b"new").unwrap();
            assert!(target.join("old.html").exists());
        }
        assert!(target.join("old.html").exists());
        assert_eq!(std::fs::read_dir(tmp.path()).unwrap().count(), 1);
        let out = Output::Disk(DiskOutput::create(&target).unwrap());
        out.write("a/index.html", b"new").unwrap();
        out.commit(&[]).unwrap();
        assert!(!target.join("old.html").exists());
        assert_eq!(
            std::fs::read_to_string(target.join("a/index.html")).unwrap(),
            "new"
        );
        assert_eq!(std::fs::read_dir(tmp.path()).unwrap().count(), 1);
    }
}
