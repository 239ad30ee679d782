//! The typst `World` for handouts: the theme's fonts (loaded once per build, faces parsed
//! lazily, shared across threads), the theme's `handout.typ`, and per-document virtual
//! files (`/data.json`, `/qr.svg`, media). No system fonts, no network, a fixed date.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::{Arc, OnceLock};
use std::thread;
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook, FontInfo};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

/// One face of a font file, parsed on first use.
struct FontSlot {
    data: Bytes,
    index: u32,
    font: OnceLock<Option<Font>>,
}

/// The theme's fonts: every face of every file in `themes/<theme>/fonts/`.
pub struct Fonts {
    book: LazyHash<FontBook>,
    infos: Vec<FontInfo>,
    slots: Vec<FontSlot>,
}

impl Fonts {
    /// Reads every `.ttf`, `.otf`, `.ttc` and `.otc` file of `dir`, in name order.
    pub fn load(dir: &Path) -> anyhow::Result<Fonts> {
        use anyhow::Context as _;
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .with_context(|| format!("could not list the fonts in {}", dir.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                p.extension().and_then(|e| e.to_str()).is_some_and(|e| {
                    matches!(
                        e.to_ascii_lowercase().as_str(),
                        "ttf" | "otf" | "ttc" | "otc"
                    )
                })
            })
            .collect();
        paths.sort();
        let mut infos = Vec::new();
        let mut slots = Vec::new();
        for path in paths {
            let bytes = std::fs::read(&path)
                .with_context(|| format!("could not read {}", path.display()))?;
            let data = Bytes::new(bytes);
            for (index, info) in FontInfo::iter(data.as_slice()).enumerate() {
                infos.push(info);
                slots.push(FontSlot {
                    data: data.clone(),
                    index: index as u32,
                    font: OnceLock::new(),
                });
            }
        }
        Ok(Fonts {
            book: LazyHash::new(FontBook::from_infos(infos.clone())),
            infos,
            slots,
        })
    }

    /// Whether some face of `families` has a glyph for `c`.
    pub fn covers(&self, families: &[&str], c: char) -> bool {
        self.infos.iter().any(|i| {
            families.iter().any(|f| i.family.eq_ignore_ascii_case(f))
                && i.coverage.contains(c as u32)
        })
    }

    /// Whether any face belongs to `family`.
    pub fn has_family(&self, family: &str) -> bool {
        self.infos
            .iter()
            .any(|i| i.family.eq_ignore_ascii_case(family))
    }

    fn font(&self, index: usize) -> Option<Font> {
        let slot = self.slots.get(index)?;
        slot.font
            .get_or_init(|| Font::new(slot.data.clone(), slot.index))
            .clone()
    }
}

/// File ids used by every handout. The interner is global and bounded, so documents reuse
/// these few paths and swap their contents.
pub struct Paths {
    /// The generated entry point.
    pub main: FileId,
    /// The theme's layout.
    pub template: FileId,
    /// The document's content as JSON.
    pub data: FileId,
    /// The QR code.
    pub qr: FileId,
}

fn file_id(path: &str) -> FileId {
    let vpath = VirtualPath::new(path)
        .unwrap_or_else(|_| VirtualPath::new("/invalid").expect("a plain absolute path is valid"));
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

impl Paths {
    /// The fixed ids.
    pub fn get() -> &'static Paths {
        static PATHS: OnceLock<Paths> = OnceLock::new();
        PATHS.get_or_init(|| Paths {
            main: file_id("/main.typ"),
            template: file_id("/handout.typ"),
            data: file_id("/data.json"),
            qr: file_id("/qr.svg"),
        })
    }
}

/// Things shared by every handout of a build.
pub struct Shared {
    /// The standard library (one instance, so typst's caches are reused).
    pub library: LazyHash<Library>,
    /// The fonts.
    pub fonts: Fonts,
    /// The theme's `handout.typ`.
    pub template: Source,
    /// The date shown by `datetime.today()` (the build is deterministic).
    pub today: Datetime,
}

impl Shared {
    /// Prepares fonts, library and template.
    pub fn new(fonts: Fonts, template: String, today: Datetime) -> Shared {
        let paths = Paths::get();
        Shared {
            library: LazyHash::new(Library::default()),
            fonts,
            template: Source::new(paths.template, template),
            today,
        }
    }
}

/// The world of one document.
pub struct HandoutWorld<'a> {
    /// Shared parts.
    pub shared: &'a Shared,
    /// `main.typ`: imports the template and calls it.
    pub main: Source,
    /// Virtual files by id.
    pub files: HashMap<FileId, Bytes>,
    /// Media files the document may use (name → path on disk), read on demand.
    pub media: Arc<BTreeMap<String, std::path::PathBuf>>,
}

impl World for HandoutWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.shared.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.shared.fonts.book
    }

    fn main(&self) -> FileId {
        Paths::get().main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        let paths = Paths::get();
        if id == paths.main {
            Ok(self.main.clone())
        } else if id == paths.template {
            Ok(self.shared.template.clone())
        } else {
            Err(FileError::NotSource)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if let Some(bytes) = self.files.get(&id) {
            return Ok(bytes.clone());
        }
        let path = id.vpath().get_without_slash().to_string();
        if let Some(name) = path.strip_prefix("media/")
            && let Some(real) = self.media.get(name)
        {
            return std::fs::read(real)
                .map(Bytes::new)
                .map_err(|e| FileError::from_io(e, real));
        }
        Err(FileError::NotFound(path.into()))
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.shared.fonts.font(index)
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        Some(self.shared.today)
    }
}

/// How many evictions typst's memoized results survive without being used: each PDF
/// ends with one. Keeping the results of the last 30 documents cost gigabytes for large
/// booklets and saved no measurable time over keeping 2.
pub(crate) const EVICT_AGE: usize = 2;

static APART: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Typesets every later PDF of this process on a pool of its own ([`typeset`]).
pub fn typeset_apart() {
    APART.store(true, std::sync::atomic::Ordering::Relaxed);
}

/// Runs `f`, a typst compile and PDF export, on a thread pool of its own, blocking the
/// calling thread until it is done.
///
/// typst and krilla use rayon inside a compile: while a thread waits for a page run to be
/// laid out (`Engine::parallelize`) or for a page's stream (`Deferred::wait`, which calls
/// `rayon::yield_now`), it runs any other pending job of its pool. Were PDFs typeset on the
/// pool that runs the build's jobs, a compile waiting there would start a whole other module
/// or booklet job, whose compile would start another, each holding its half-made document
/// on the stack: the live documents grew with the number of jobs (132 at once, 74 deep on
/// one thread, for the 9-module sample), and so did the peak memory. Here the caller blocks
/// in a plain thread join, which runs nothing else, so the typst pool holds at most one
/// compile per thread of the build's pool, and its own threads only ever see typst's work.
///
/// Only after [`typeset_apart`]: the command line's one-shot build asks for it. Library
/// callers that run several builds at once in one process (the tests) keep typesetting on
/// the calling thread, where their builds share the global pool's threads.
pub(crate) fn typeset<T: Send>(f: impl FnOnce() -> T + Send) -> T {
    if !APART.load(std::sync::atomic::Ordering::Relaxed) {
        return f();
    }
    static POOL: OnceLock<Option<rayon::ThreadPool>> = OnceLock::new();
    let pool = POOL.get_or_init(|| {
        rayon::ThreadPoolBuilder::new()
            .thread_name(|i| format!("typst-{i}"))
            .build()
            .ok()
    });
    let Some(pool) = pool else {
        return f();
    };
    // `install` from a worker of another pool keeps that worker stealing its own pool's
    // jobs while it waits; from a plain thread it just blocks.
    thread::scope(|scope| {
        thread::Builder::new()
            .name("typst-wait".to_string())
            .spawn_scoped(scope, || pool.install(f))
            .map(|waiter| waiter.join())
    })
    .unwrap_or_else(|e| panic!("cannot start a thread to typeset a PDF: {e}"))
    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
}
