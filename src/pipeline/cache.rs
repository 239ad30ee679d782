//! What `serve` keeps between builds so that an edit re-does only the work it affects.

use super::fingerprint::Key;
use super::localize::LocalizeCache;
use crate::project::SourceCache;
use crate::render::search::{Section, TokenCache};
use std::collections::HashMap;

/// What `serve` keeps between builds so that an edit re-does only the work it affects:
/// parsed sources, localized documents, the keys of rendered module pages and PDFs (each key a
/// fingerprint of everything the work read, see `pipeline/fingerprint.rs`).
#[derive(Default)]
pub struct Cache {
    pub(super) sources: SourceCache,
    pub(super) localized: LocalizeCache,
    /// Module pages of the last successful build, by path.
    pub(super) pages: PageCache,
    /// Handouts and PDF decks of the last successful build, by path.
    pub(super) pdfs: super::pdf_cache::PdfCache,
    /// Search tokens of module sections.
    pub(super) tokens: TokenCache,
    /// Keep search tokens and page keys between builds (`serve`); a single build does not
    /// need them after it.
    pub(super) keep: bool,
    /// Leave the loaded project to the system when the build ends ([`Cache::for_exit`]).
    pub(super) leave_project: bool,
    /// PDFs kept across runs on disk (`primer build`), if used.
    pub(super) pdf_store: Option<super::pdf_store::PdfStore>,
    /// Where the build reports how far it got, if anywhere.
    pub(super) progress: Option<std::sync::Arc<dyn super::progress::Progress>>,
}

impl Cache {
    /// A cache for a series of builds (`serve`).
    pub fn for_serve() -> Cache {
        Cache {
            sources: SourceCache::kept(),
            keep: true,
            ..Cache::default()
        }
    }

    /// A cache for the one build of a process that exits when it ends (`primer build`):
    /// the loaded project, every source and catalog, is not freed piece by piece but left
    /// to the system, which reclaims it at exit in a fraction of the time. Any other
    /// caller would leak the project: use [`Cache::default`].
    pub fn for_exit() -> Cache {
        Cache {
            leave_project: true,
            ..Cache::default()
        }
    }

    /// Reuses PDFs across runs from the cache directory `dir` (see [`super::pdf_store`];
    /// [`super::pdf_store::dir_beside`] names the one beside an output directory).
    pub fn with_pdf_store(mut self, dir: std::path::PathBuf) -> Cache {
        self.pdf_store = Some(super::pdf_store::PdfStore::new(dir));
        self
    }

    /// Stops reporting progress.
    pub fn stop_progress(&mut self) {
        self.progress = None;
    }

    /// Reports the progress of every build to `progress`.
    pub fn with_progress(
        mut self,
        progress: std::sync::Arc<dyn super::progress::Progress>,
    ) -> Cache {
        self.progress = Some(progress);
        self
    }
}

/// A module page of an earlier build: the key of its inputs and its sections for the
/// search index.
#[derive(Clone)]
pub(super) struct CachedPage {
    /// What the page was made from.
    pub key: Key,
    /// Its sections, for the site's search index.
    pub sections: Vec<Section>,
}

/// Module pages of an earlier build by path.
pub(super) type PageCache = HashMap<String, CachedPage>;
