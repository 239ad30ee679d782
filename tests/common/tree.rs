//! Fixture trees, shared by the CLI tests and the property tests.

use std::path::{Path, PathBuf};

/// The repository root.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Copies the tree `from` into `to`, leaving out every path (and what is under it) for
/// which `skip` holds.
pub fn copy_tree_except(from: &Path, to: &Path, skip: impl Fn(&Path) -> bool) {
    for entry in walkdir::WalkDir::new(from)
        .into_iter()
        .filter_entry(|e| !skip(e.path()))
    {
        let entry = entry.expect("fixture readable");
        let rel = entry.path().strip_prefix(from).expect("inside the tree");
        let dest = to.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&dest).expect("create dir");
        } else {
            std::fs::copy(entry.path(), &dest).expect("copy file");
        }
    }
}

/// Copies the tree `from` into `to`.
pub fn copy_tree(from: &Path, to: &Path) {
    copy_tree_except(from, to, |_| false);
}

/// Links `to` to the directory `from` (copies it where links are not available).
#[cfg(unix)]
pub fn link_or_copy(from: &Path, to: &Path) {
    std::os::unix::fs::symlink(from, to).expect("link the directory");
}

/// Links `to` to the directory `from` (copies it where links are not available).
#[cfg(not(unix))]
pub fn link_or_copy(from: &Path, to: &Path) {
    copy_tree(from, to);
}
