//! Watching the project's sources (never the output) with a debouncer, and which changed
//! paths matter.

use notify_debouncer_full::notify::{self, RecursiveMode};
use notify_debouncer_full::{DebounceEventResult, new_debouncer, new_debouncer_opt};
use std::path::{Path, PathBuf};
use std::sync::mpsc::Sender;
use std::time::Duration;

/// Editors' temporary and backup files: saving them is not an edit.
pub fn is_temp_file(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return true;
    };
    name.starts_with(".#")
        || name.starts_with(".goutputstream-")
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".swo")
        || name.ends_with(".tmp")
        || name.ends_with(".kate-swp")
        || name.ends_with("___jb_tmp___")
        || name.ends_with("___jb_old___")
        || name == "4913"
        || name == ".DS_Store"
}

/// Whether a changed path can change the site: `site.yaml`, or a file under `content/`,
/// `locales/` or `themes/` that is not an editor's temporary file.
pub fn is_relevant(root: &Path, path: &Path) -> bool {
    let Ok(rel) = path.strip_prefix(root) else {
        return false;
    };
    if is_temp_file(rel) {
        return false;
    }
    rel == Path::new("site.yaml")
        || ["content", "locales", "themes"]
            .iter()
            .any(|d| rel.starts_with(d))
}

/// Keeps the watcher alive.
pub enum Watcher {
    /// Native file-system events.
    Native(
        notify_debouncer_full::Debouncer<
            notify::RecommendedWatcher,
            notify_debouncer_full::RecommendedCache,
        >,
    ),
    /// Polling, where native events are unavailable (network drives, some containers).
    Poll(notify_debouncer_full::Debouncer<notify::PollWatcher, notify_debouncer_full::NoCache>),
}

/// Watches the source directories of the project at `root` (atomic saves replace files, so
/// directories are watched, not files) and sends each debounced batch of relevant paths.
pub fn watch(root: &Path, poll: bool, tx: Sender<Vec<PathBuf>>) -> anyhow::Result<Watcher> {
    // Events carry absolute (canonical) paths.
    let root = &root.canonicalize()?;
    let root_owned = root.to_path_buf();
    let handler = move |result: DebounceEventResult| {
        let paths: Vec<PathBuf> = match result {
            // Reading a file is not changing it (the build itself reads every source).
            Ok(events) => events
                .into_iter()
                .filter(|e| !matches!(e.event.kind, notify::EventKind::Access(_)))
                .flat_map(|e| e.event.paths)
                .filter(|p| is_relevant(&root_owned, p))
                .collect(),
            // On errors (for example a lost event queue) rebuild everything.
            Err(_) => vec![root_owned.join("site.yaml")],
        };
        if !paths.is_empty() {
            let _ = tx.send(paths);
        }
    };
    let timeout = Duration::from_millis(100);
    let mut watcher = if poll {
        let config = notify::Config::default().with_poll_interval(Duration::from_millis(400));
        Watcher::Poll(new_debouncer_opt(
            timeout,
            None,
            handler,
            notify_debouncer_full::NoCache::new(),
            config,
        )?)
    } else {
        Watcher::Native(new_debouncer(timeout, None, handler)?)
    };
    let mut add = |path: &Path, mode: RecursiveMode| -> notify::Result<()> {
        match &mut watcher {
            Watcher::Native(d) => d.watch(path, mode),
            Watcher::Poll(d) => d.watch(path, mode),
        }
    };
    for dir in ["content", "locales", "themes"] {
        if root.join(dir).is_dir() {
            add(&root.join(dir), RecursiveMode::Recursive)?;
        }
    }
    add(root, RecursiveMode::NonRecursive)?;
    Ok(watcher)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_sources_matter_and_editor_files_are_ignored() {
        let root = Path::new("/p");
        assert!(is_relevant(root, Path::new("/p/content/modules/a.md")));
        assert!(is_relevant(root, Path::new("/p/site.yaml")));
        assert!(is_relevant(root, Path::new("/p/locales/vi/ui.ftl")));
        assert!(!is_relevant(root, Path::new("/p/public/index.html")));
        assert!(!is_relevant(
            root,
            Path::new("/p/content/modules/.a.md.swp")
        ));
        assert!(!is_relevant(root, Path::new("/p/content/modules/a.md~")));
        assert!(!is_relevant(root, Path::new("/p/content/modules/4913")));
        assert!(!is_relevant(root, Path::new("/p/README.md")));
    }
}
