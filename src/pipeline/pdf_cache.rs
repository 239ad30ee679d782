//! PDFs of earlier builds, for `serve --pdf`: typesetting is the costliest work of a build,
//! so a handout, booklet or PDF deck is typeset again only when what it is typeset from
//! changed. An edit to one module then retypesets that module's handouts and decks and the
//! booklets that include it, nothing else.
//!
//! A PDF's key covers everything the typesetter reads: the data the template receives
//! (serialized, so every text, mark and number in it counts), the QR code, the date, the
//! path (the PDF's identifier) and the typesetting tools ([`tools_key`]).

use super::fingerprint::{Fingerprint, Key};
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

/// The key of the typesetting tools: the theme's files (`handout.typ` and `slides.typ` by
/// their text, fonts and every other file by size and modification time) and the project's
/// media files (which handouts and decks embed) by name, size and modification time.
pub(super) fn tools_key(project: &Project) -> Key {
    let mut f = Fingerprint::new("typesetting tools");
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
        if path.extension().is_some_and(|x| x == "typ") {
            f.optional("text", std::fs::read_to_string(path).ok().as_deref());
        } else {
            f.text("stamp", &stamp(path));
        }
    }
    for (name, path) in &project.media {
        f.text("media", name).text("stamp", &stamp(path));
    }
    f.finish()
}

/// A file's size and modification time, or `absent`.
fn stamp(path: &Path) -> String {
    match std::fs::metadata(path) {
        Ok(m) => format!("{} {:?}", m.len(), m.modified().ok()),
        Err(_) => "absent".to_string(),
    }
}

/// What a build that keeps its PDFs (`serve`) needs to reuse them.
#[derive(Clone, Copy)]
pub(super) struct Reuse<'a> {
    /// The PDFs of the last successful build.
    pub previous: &'a PdfCache,
    /// The output, which must still hold a PDF to reuse it.
    pub output: &'a crate::output::Output,
    /// [`tools_key`] of this build.
    pub tools: Key,
}

impl Reuse<'_> {
    /// The key of the PDF at `path`: the tools, the data the template receives and the
    /// rest of what the typesetter is given (`extra`: QR code, date); and, if the key is
    /// unchanged and the output still holds the PDF, the previous build's record.
    pub fn check(
        &self,
        path: &str,
        data: &impl serde::Serialize,
        extra: &[(&str, Option<&str>)],
    ) -> (Key, Option<CachedPdf>) {
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
            .cloned();
        (key, hit)
    }
}
