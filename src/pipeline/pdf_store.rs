//! PDFs kept across builds on disk, in `.<output>.cache/pdf/` beside the output directory
//! (`.public.cache/` for `public/`): a `primer build` reuses a handout, booklet or PDF deck
//! whose key ([`super::pdf_cache::Reuse::check`]: the data the template receives, the
//! theme's `.typ` files, the fonts' and media files' bytes and the executable's) is
//! unchanged, and typesets only the rest.
//!
//! Each entry is one file named by its key: a version line, a JSON line of what the build
//! needs besides the bytes (page count, typst's warnings, a deck's fits), then the PDF.
//! Entries are written to a temporary file and renamed, so a reader never sees half an
//! entry; an entry that cannot be read (damaged, from another version) is typeset again,
//! and the build says so in one note that no policy makes an error. A complete build
//! removes the entries it did not use. The directory is safe to delete at any time.

use super::pdf_cache::CachedPdf;
use crate::diagnostics::{Diagnostic, Severity};
use crate::fingerprint::Key;
use crate::render::slides::data::Fit;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The first line of every entry; another line means another version's entry.
const VERSION: &str = "primer pdf cache 1";

/// The code of the note about unreadable entries.
pub const PDF_CACHE: &str = "pdf-cache";

/// The cache directory beside the output directory `out`: `.public.cache/pdf` for `public`.
pub fn dir_beside(out: &Path) -> PathBuf {
    let name = out
        .file_name()
        .map_or_else(|| "public".into(), |n| n.to_string_lossy().into_owned());
    let parent = out.parent().unwrap_or(Path::new("."));
    parent.join(format!(".{name}.cache")).join("pdf")
}

/// The PDF entries of one cache directory, and what this build did with them.
pub struct PdfStore {
    dir: PathBuf,
    /// The keys this build read or wrote (the others are pruned after a complete build).
    used: Mutex<HashSet<Key>>,
    /// Entries that could not be read.
    unreadable: Mutex<Vec<String>>,
    /// PDFs reused from the cache.
    reused: std::sync::atomic::AtomicUsize,
}

/// What an entry keeps besides the PDF.
#[derive(Serialize, Deserialize)]
struct Meta {
    pages: usize,
    warnings: Vec<StoredDiagnostic>,
    /// `[slide, part, first, count, scale, page, pages]` of each fit.
    fits: Vec<(usize, usize, usize, usize, f64, usize, usize)>,
}

#[derive(Serialize, Deserialize)]
struct StoredDiagnostic {
    error: bool,
    code: String,
    path: String,
    line: usize,
    column: usize,
    message: String,
    locale: Option<String>,
}

/// The codes of what typesetting reports (the only diagnostics an entry keeps).
const CODES: &[&str] = &["handout", "slides"];

impl PdfStore {
    /// The store in `dir` (created when the first entry is written).
    pub fn new(dir: PathBuf) -> PdfStore {
        PdfStore {
            dir,
            used: Mutex::default(),
            unreadable: Mutex::default(),
            reused: Default::default(),
        }
    }

    fn path(&self, key: Key) -> PathBuf {
        self.dir.join(format!("{}.entry", key.hex()))
    }

    fn mark_used(&self, key: Key) {
        if let Ok(mut used) = self.used.lock() {
            used.insert(key);
        }
    }

    /// The entry of `key`: what the build needs to know of the PDF, and its bytes.
    pub(super) fn get(&self, key: Key) -> Option<(CachedPdf, Vec<u8>)> {
        let path = self.path(key);
        let bytes = std::fs::read(&path).ok()?;
        self.mark_used(key);
        match decode(key, bytes) {
            Some(hit) => {
                self.reused
                    .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                Some(hit)
            }
            None => {
                if let Ok(mut list) = self.unreadable.lock() {
                    list.push(path.display().to_string());
                }
                None
            }
        }
    }

    /// Keeps `pdf` as the entry of `record.key`; a failure to write only loses the reuse.
    pub(super) fn put(&self, record: &CachedPdf, pdf: &[u8]) {
        self.mark_used(record.key);
        let Some(head) = encode(record) else { return };
        let write = || -> std::io::Result<()> {
            std::fs::create_dir_all(&self.dir)?;
            let mut file = tempfile::NamedTempFile::new_in(&self.dir)?;
            std::io::Write::write_all(&mut file, head.as_bytes())?;
            std::io::Write::write_all(&mut file, pdf)?;
            file.persist(self.path(record.key))?;
            Ok(())
        };
        let _ = write();
    }

    /// How many PDFs this build took from the cache.
    pub fn reused(&self) -> usize {
        self.reused.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Removes every entry (and temporary file) this build did not use.
    pub fn prune(&self) {
        let Ok(used) = self.used.lock() else { return };
        let keep: HashSet<String> = used.iter().map(|k| format!("{}.entry", k.hex())).collect();
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return;
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if !keep.contains(&name) {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }

    /// One note when entries could not be read (they were typeset again).
    pub fn note(&self) -> Option<Diagnostic> {
        let list = self.unreadable.lock().ok()?;
        let first = list.first()?;
        let message = match list.len() {
            1 => format!("the PDF cache entry {first} could not be read; it was typeset again"),
            n => format!(
                "{n} PDF cache entries could not be read (such as {first}); they were typeset again"
            ),
        };
        Some(
            Diagnostic::new(Severity::Note, PDF_CACHE, "", message)
                .hint("the cache is safe to delete; the next build writes it again"),
        )
    }
}

fn encode(record: &CachedPdf) -> Option<String> {
    let meta = Meta {
        pages: record.pages,
        warnings: record
            .warnings
            .iter()
            .map(|d| StoredDiagnostic {
                error: d.severity == Severity::Error,
                code: d.code.to_string(),
                path: d.path.clone(),
                line: d.line,
                column: d.column,
                message: d.message.clone(),
                locale: d.locale.clone(),
            })
            .collect(),
        fits: record
            .fits
            .iter()
            .map(|f| (f.slide, f.part, f.first, f.count, f.scale, f.page, f.pages))
            .collect(),
    };
    let json = serde_json::to_string(&meta).ok()?;
    Some(format!("{VERSION}\n{json}\n"))
}

fn decode(key: Key, bytes: Vec<u8>) -> Option<(CachedPdf, Vec<u8>)> {
    let rest = bytes.strip_prefix(format!("{VERSION}\n").as_bytes())?;
    let end = rest.iter().position(|&b| b == b'\n')?;
    let meta: Meta = serde_json::from_slice(&rest[..end]).ok()?;
    let pdf = &rest[end + 1..];
    let complete = pdf.starts_with(b"%PDF-") && pdf.trim_ascii_end().ends_with(b"%%EOF");
    if !complete {
        return None;
    }
    let mut warnings = Vec::with_capacity(meta.warnings.len());
    for w in meta.warnings {
        let code = CODES.iter().find(|c| **c == w.code)?;
        let severity = if w.error {
            Severity::Error
        } else {
            Severity::Warning
        };
        let mut d = Diagnostic::new(severity, code, &w.path, w.message);
        d.line = w.line;
        d.column = w.column;
        d.locale = w.locale;
        warnings.push(d);
    }
    let fits = meta
        .fits
        .into_iter()
        .map(|(slide, part, first, count, scale, page, pages)| Fit {
            slide,
            part,
            first,
            count,
            scale,
            page,
            pages,
        })
        .collect();
    let record = CachedPdf {
        key,
        pages: meta.pages,
        warnings,
        fits,
    };
    Some((record, pdf.to_vec()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fingerprint::Fingerprint;

    fn record(name: &str) -> CachedPdf {
        let mut warning = Diagnostic::new(
            Severity::Warning,
            "slides",
            "themes/default/slides.typ",
            "a warning",
        );
        warning.line = 3;
        warning.column = 5;
        CachedPdf {
            key: Fingerprint::new(name).finish(),
            pages: 7,
            warnings: vec![warning],
            fits: vec![Fit {
                slide: 1,
                part: 0,
                first: 2,
                count: 3,
                scale: 0.9,
                page: 4,
                pages: 1,
            }],
        }
    }

    const PDF: &[u8] = b"%PDF-1.7\n...\n%%EOF\n";

    #[test]
    fn an_entry_reads_back_as_written_and_unused_ones_are_pruned() {
        let dir = tempfile::tempdir().expect("dir");
        let store = PdfStore::new(dir.path().join("pdf"));
        let (a, b) = (record("a"), record("b"));
        store.put(&a, PDF);
        store.put(&b, PDF);
        let store = PdfStore::new(dir.path().join("pdf"));
        let (hit, bytes) = store.get(a.key).expect("a hit");
        assert_eq!(bytes, PDF);
        assert_eq!((hit.pages, hit.fits.clone()), (7, a.fits.clone()));
        assert_eq!(hit.warnings, a.warnings);
        assert_eq!(store.reused(), 1);
        store.prune();
        assert!(store.get(b.key).is_none(), "b was not used: pruned");
        assert!(store.get(a.key).is_some());
        assert!(store.note().is_none());
    }

    #[test]
    fn damaged_and_foreign_entries_are_misses_with_one_note() {
        let dir = tempfile::tempdir().expect("dir");
        let store = PdfStore::new(dir.path().to_path_buf());
        let (a, b, c) = (record("a"), record("b"), record("c"));
        store.put(&a, PDF);
        store.put(&b, &PDF[..10]);
        std::fs::write(store.path(c.key), b"primer pdf cache 0\n{}\n%PDF-1.7 %%EOF").expect("w");
        std::fs::write(store.path(a.key), b"garbage").expect("damage a");
        for key in [a.key, b.key, c.key] {
            assert!(store.get(key).is_none());
        }
        let note = store.note().expect("a note");
        assert_eq!((note.severity, note.code), (Severity::Note, PDF_CACHE));
        assert!(
            note.message
                .starts_with("3 PDF cache entries could not be read")
        );
        assert!(store.get(record("never written").key).is_none());
    }

    #[test]
    fn the_cache_sits_beside_the_output() {
        assert_eq!(
            dir_beside(Path::new("/p/public")),
            Path::new("/p/.public.cache/pdf")
        );
        assert_eq!(
            dir_beside(Path::new("out/site")),
            Path::new("out/.site.cache/pdf")
        );
    }
}
