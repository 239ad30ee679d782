//! PDFs of earlier builds, for `serve --pdf` and `build`: typesetting is the costliest work of a build,
//! so a handout, booklet or PDF deck is typeset again only when what it is typeset from
//! changed. An edit to one module then retypesets that module's handouts and decks and the
//! booklets that include it, nothing else.
//!
//! A PDF's key covers everything the typesetter reads: the data the template receives
//! (serialized, so every text, mark and number in it counts), the QR code, the date, the
//! path (the PDF's identifier) and the typesetting tools ([`tools_key`]: the theme, fonts
//! and media by their bytes, and the executable). `primer build` also reuses PDFs across
//! runs from the cache on disk ([`super::pdf_store`]).

use super::fingerprint::{Fingerprint, Key};
use super::pdf_store::PdfStore;
use crate::diagnostics::Diagnostic;
use crate::project::{Project, THEME};
use crate::render::slides::data::Fit;
use std::collections::HashMap;
use std::path::Path;

/// A PDF of an earlier build: the key of its inputs and what typesetting it reported.
#[derive(Clone)]
pub(super) struct CachedPdf {
    /// What the PDF was typeset from.
    pub key: Key,
    /// Its page count.
    pub pages: usize,
    /// typst's warnings when it was typeset.
    pub warnings: Vec<Diagnostic>,
    /// For decks: how each slide fitted (the HTML deck follows the same splits).
    pub fits: Vec<Fit>,
}

/// PDFs of the last successful build, by path.
pub(super) type PdfCache = HashMap<String, CachedPdf>;

/// The key of the typesetting tools: the theme's files and the project's media files
/// (which handouts and decks embed), each by its name and bytes, and `executable`, the key
/// of the program itself, so that a new binary never reuses an old binary's PDF.
pub(super) fn tools_key(project: &Project, executable: Key) -> Key {
    let mut f = Fingerprint::new("typesetting tools");
    f.key("executable", executable);
    let theme = project.root.join("themes").join(THEME);
    let mut files: Vec<_> = walkdir::WalkDir::new(&theme)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| e.into_path())
        .collect();
    files.sort();
    for path in &files {
        let name = path.strip_prefix(&theme).unwrap_or(path);
        f.text("theme file", &name.to_string_lossy());
        contents(&mut f, path);
    }
    for (name, path) in &project.media {
        f.text("media", name);
        contents(&mut f, path);
    }
    f.finish()
}

/// Feeds the key of a file's bytes (or that it cannot be read). A process reads and hashes
/// each file once and again only when its size or modification time changed, so that
/// `serve --pdf` does not hash every font at every rebuild; a new process always reads it.
fn contents(f: &mut Fingerprint, path: &Path) {
    type Seen = std::sync::Mutex<HashMap<std::path::PathBuf, (String, Key)>>;
    static SEEN: std::sync::OnceLock<Seen> = std::sync::OnceLock::new();
    let seen = SEEN.get_or_init(Seen::default);
    let stamp = match std::fs::metadata(path) {
        Ok(m) => format!("{} {:?}", m.len(), m.modified().ok()),
        Err(_) => {
            f.text("bytes", "unreadable");
            return;
        }
    };
    let known = seen
        .lock()
        .ok()
        .and_then(|s| s.get(path).filter(|(s, _)| *s == stamp).map(|(_, k)| *k));
    let key = match known {
        Some(key) => key,
        None => {
            let Ok(bytes) = std::fs::read(path) else {
                f.text("bytes", "unreadable");
                return;
            };
            let key = Fingerprint::new("file").data("bytes", &bytes).finish();
            if let Ok(mut s) = seen.lock() {
                s.insert(path.to_path_buf(), (stamp, key));
            }
            key
        }
    };
    f.key("bytes", key);
}

/// The key of the running program, from its executable's bytes (read once per process);
/// `None` when they cannot be read, and then no PDF of another run can be trusted.
pub(super) fn executable_key() -> Option<Key> {
    static KEY: std::sync::OnceLock<Option<Key>> = std::sync::OnceLock::new();
    *KEY.get_or_init(|| {
        let bytes = std::env::current_exe().and_then(std::fs::read).ok()?;
        let mut f = Fingerprint::new("executable");
        f.text("version", env!("CARGO_PKG_VERSION"))
            .data("bytes", &bytes);
        Some(f.finish())
    })
}

/// A PDF that need not be typeset again.
pub(super) enum Hit {
    /// The output still holds it, from the last build of this process (`serve`).
    InOutput(CachedPdf),
    /// The cache on disk holds it ([`PdfStore`]): its record and bytes.
    Stored(CachedPdf, Vec<u8>),
}

impl Hit {
    /// What is known of the PDF.
    pub fn record(&self) -> &CachedPdf {
        match self {
            Hit::InOutput(r) | Hit::Stored(r, _) => r,
        }
    }
}

/// What a build needs to reuse PDFs: those of its last build (`serve --pdf`) and those of
/// the cache on disk (`build`).
#[derive(Clone, Copy)]
pub(super) struct Reuse<'a> {
    /// The PDFs of the last successful build of this process.
    pub previous: &'a PdfCache,
    /// The cache on disk, if the build uses one.
    pub store: Option<&'a PdfStore>,
    /// The output, which must still hold a PDF to reuse it.
    pub output: &'a crate::output::Output,
    /// [`tools_key`] of this build.
    pub tools: Key,
}

impl Reuse<'_> {
    /// The key of the PDF at `path`: the tools, the data the template receives and the
    /// rest of what the typesetter is given (`extra`: QR code, date); and, if the key is
    /// unchanged and the output still holds the PDF, the previous build's record, or else
    /// the cache's entry of that key.
    pub fn check(
        &self,
        path: &str,
        data: &impl serde::Serialize,
        extra: &[(&str, Option<&str>)],
    ) -> (Key, Option<Hit>) {
        let mut f = Fingerprint::new("typeset pdf");
        f.key("tools", self.tools).text("path", path);
        let json = serde_json::to_string(data).ok();
        f.optional("data", json.as_deref());
        for (name, value) in extra {
            f.optional(name, *value);
        }
        let key = f.finish();
        let hit = self
            .previous
            .get(path)
            .filter(|p| p.key == key && self.output.has(path))
            .cloned()
            .map(Hit::InOutput)
            .or_else(|| {
                let (record, bytes) = self.store?.get(key)?;
                Some(Hit::Stored(record, bytes))
            });
        (key, hit)
    }

    /// Keeps a freshly typeset PDF in the cache on disk, if the build uses one.
    pub fn keep(&self, record: &CachedPdf, pdf: &[u8]) {
        if let Some(store) = self.store {
            store.put(record, pdf);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_executable_or_changed_font_bytes_change_the_tools_key() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/basic");
        let dir = tempfile::tempdir().expect("dir");
        let copy = |from: &Path, to: &Path| {
            for entry in walkdir::WalkDir::new(from).into_iter().flatten() {
                let target = to.join(entry.path().strip_prefix(from).expect("inside"));
                if entry.file_type().is_dir() {
                    std::fs::create_dir_all(&target).expect("dir");
                } else {
                    std::fs::copy(entry.path(), &target).expect("copy");
                }
            }
        };
        copy(&root, dir.path());
        let theme = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("themes");
        copy(&theme, &dir.path().join("themes"));
        let load = || {
            crate::project::load(dir.path())
                .expect("load")
                .0
                .expect("a project")
        };
        let exe = |name: &str| Fingerprint::new(name).finish();
        let project = load();
        let first = tools_key(&project, exe("one binary"));
        assert_eq!(first, tools_key(&project, exe("one binary")));
        assert_ne!(first, tools_key(&project, exe("another binary")));
        // The same size and a new time change nothing; new bytes do.
        let font = dir.path().join("themes/default/fonts/NotoSans-Regular.ttf");
        let mut bytes = std::fs::read(&font).expect("font");
        std::fs::write(&font, &bytes).expect("rewrite");
        assert_eq!(first, tools_key(&load(), exe("one binary")));
        bytes[0] ^= 1;
        std::fs::write(&font, &bytes).expect("change");
        assert_ne!(first, tools_key(&load(), exe("one binary")));
    }
}
