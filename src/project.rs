//! Loading a Primer project from disk in sorted order: `site.yaml`, content, locales and
//! the theme (I/O and per-file checks only; cross-file checks are in [`crate::check`]).

use crate::config::Config;
use crate::content::document::{AudiencePage, Module};
use crate::content::registry::{self, Registry};
use crate::diagnostics::{Diagnostic, Severity};
use crate::i18n::catalog::{FtlFile, LocaleCatalog};
use crate::source::{SourceFile, display_path};
use anyhow::{Context as _, bail};
use indexmap::IndexMap;
pub use sources::SourceCache;
use sources::{Document, Sources, stem};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

mod sources;

/// The name of the theme directory used.
pub const THEME: &str = "default";

/// Everything a build reads.
#[derive(Debug)]
pub struct Project {
    /// The project root (where `site.yaml` is).
    pub root: PathBuf,
    /// Parsed `site.yaml`.
    pub config: Config,
    /// `site.yaml` itself, for locating problems.
    pub config_file: SourceFile,
    /// Modules sorted by id.
    pub modules: Vec<Module>,
    /// Ids of modules whose file has errors that kept them from loading (links to them
    /// are not reported again).
    pub unloaded_modules: Vec<String>,
    /// Audience pages by audience id.
    pub audience_pages: BTreeMap<String, AudiencePage>,
    /// The regulations registry, when `content/regulations.yaml` exists.
    pub registry: Option<Registry>,
    /// Fluent files per locale, in `site.yaml` order.
    pub catalogs: IndexMap<String, LocaleCatalog>,
    /// Theme templates (`templates/*.html`), sorted by name.
    pub templates: Vec<SourceFile>,
    /// Theme static files: path relative to `static/` → absolute path.
    pub static_files: BTreeMap<String, PathBuf>,
    /// Media files referenced by content: name under `public/media/` → absolute path.
    pub media: BTreeMap<String, PathBuf>,
}

impl Project {
    /// The directory of the theme.
    pub fn theme_dir(&self) -> PathBuf {
        self.root.join("themes").join(THEME)
    }

    /// The module with id `id`.
    pub fn module(&self, id: &str) -> Option<&Module> {
        self.modules
            .binary_search_by(|m| m.doc.id.as_str().cmp(id))
            .ok()
            .map(|i| &self.modules[i])
    }

    /// The modules `audience` gets, by index, in the order of its site index: category
    /// (general, toys, cribs, clothing), then `order`, then id.
    pub fn modules_for(&self, audience: &str) -> Vec<usize> {
        let mut modules: Vec<usize> = (0..self.modules.len())
            .filter(|&i| self.modules[i].is_for(audience))
            .collect();
        modules.sort_by(|&a, &b| {
            let (a, b) = (&self.modules[a], &self.modules[b]);
            (a.meta.category, a.meta.order, &a.doc.id).cmp(&(
                b.meta.category,
                b.meta.order,
                &b.doc.id,
            ))
        });
        modules
    }

    /// Audience ids in `site.yaml` order.
    pub fn audience_ids(&self) -> Vec<&str> {
        self.config.audiences.keys().map(String::as_str).collect()
    }
}

/// Loads the project at `root`. Operational failures (no `site.yaml`, unreadable files)
/// are errors; content problems are returned as diagnostics, with `None` if the project
/// cannot be used at all.
pub fn load(root: &Path) -> anyhow::Result<(Option<Project>, Vec<Diagnostic>)> {
    load_cached(root, &mut SourceCache::default())
}

/// Like [`load`], reusing and updating `cache`.
pub fn load_cached(
    root: &Path,
    cache: &mut SourceCache,
) -> anyhow::Result<(Option<Project>, Vec<Diagnostic>)> {
    if !root.join("site.yaml").is_file() {
        bail!(
            "no site.yaml in {}: not a Primer project (run primer from the project root)",
            root.display()
        );
    }
    let config_file = SourceFile::read(root, Path::new("site.yaml"))?;
    let config = match Config::parse(&config_file) {
        Ok(c) => c,
        Err(diagnostics) => return Ok((None, diagnostics)),
    };
    let mut out = Vec::new();
    let audiences: Vec<&str> = config.audiences.keys().map(String::as_str).collect();

    let module_paths = files_with_extension(root, "content/modules", "md")?;
    let mut audience_paths = files_with_extension(root, "content/audiences", "md")?;
    audience_paths.retain(|path| {
        let id = stem(path);
        let known = config.audiences.contains_key(&id);
        if !known {
            out.push(Diagnostic::new(
                Severity::Error,
                "unknown-audience",
                &display_path(path),
                format!("`{id}` is not an audience in site.yaml"),
            ));
        }
        known
    });
    // Each locale's translations of documents, module files then audience files; for the
    // source locale these are the reference files `i18n extract` writes, which carry the
    // lineage of each segment.
    let mut translations = Vec::new();
    let mut translation_locales = Vec::new();
    let mut counts = Vec::new();
    for tag in config.locales.keys() {
        let mut count = [0; 2];
        for (n, kind) in count.iter_mut().zip(["modules", "audiences"]) {
            let dir = display_path(&Path::new("locales").join(tag).join(kind));
            let paths = files_with_extension(root, &dir, "ftl")?;
            *n = paths.len();
            translation_locales.extend(std::iter::repeat_n(tag.as_str(), paths.len()));
            translations.extend(paths);
        }
        counts.push(count);
    }
    let read = cache.read(
        root,
        &Sources {
            modules: &module_paths,
            audiences: &audience_paths,
            audience_ids: &audiences,
            translations: &translations,
            translation_locales: &translation_locales,
        },
        &mut out,
    )?;

    let mut modules = Vec::new();
    let mut unloaded_modules = Vec::new();
    for (path, doc) in module_paths.iter().zip(read.modules) {
        match doc {
            Some(Document::Module(m)) => modules.push(m),
            _ => unloaded_modules.push(stem(path)),
        }
    }
    modules.sort_by(|a, b| a.doc.id.cmp(&b.doc.id));

    let mut audience_pages = BTreeMap::new();
    for (path, doc) in audience_paths.iter().zip(read.audiences) {
        if let Some(Document::Audience(page)) = doc {
            audience_pages.insert(stem(path), page);
        }
    }
    for id in &audiences {
        if !audience_pages.contains_key(*id) {
            let at = crate::yaml::locate_key(&config_file, 0, &["audiences", id]);
            out.push(Diagnostic::error(
                "missing-file",
                &config_file,
                at,
                format!("audience `{id}` has no page content/audiences/{id}.md"),
            ));
        }
    }

    let registry = load_registry(root, &config, &config_file, &mut out)?;

    let mut parsed = translations.iter().zip(read.translations);
    let mut catalogs = IndexMap::new();
    for (tag, count) in config.locales.keys().zip(counts) {
        let [modules, audiences] = count.map(|n| {
            parsed
                .by_ref()
                .take(n)
                .map(|(path, file)| (stem(path), file))
                .collect()
        });
        let documents = LocaleDocuments { modules, audiences };
        let catalog = load_locale(root, &config, &config_file, tag, documents, cache, &mut out)?;
        catalogs.insert(tag.clone(), catalog);
    }

    let theme = root.join("themes").join(THEME);
    let mut templates = Vec::new();
    if !theme.join("templates").is_dir() {
        out.push(Diagnostic::new(
            Severity::Error,
            "missing-theme",
            &format!("themes/{THEME}"),
            "the theme has no templates/ directory",
        ));
    } else {
        for path in files_with_extension(root, &format!("themes/{THEME}/templates"), "html")? {
            templates.push(SourceFile::read(root, &path)?);
        }
    }
    let static_files = walk_files(&theme.join("static"))?;
    let mut media = walk_files(&root.join("content/media"))?;
    for (name, path) in walk_files(&root.join("content/modules"))? {
        if !name.ends_with(".md") {
            media.insert(name, path);
        }
    }

    let project = Project {
        root: root.to_path_buf(),
        config,
        config_file,
        modules,
        unloaded_modules,
        audience_pages,
        registry,
        catalogs,
        templates,
        static_files,
        media,
    };
    Ok((Some(project), out))
}

/// The registry, if the project has one; it needs `as_of` in `site.yaml`.
fn load_registry(
    root: &Path,
    config: &Config,
    config_file: &SourceFile,
    out: &mut Vec<Diagnostic>,
) -> anyhow::Result<Option<Registry>> {
    if !root.join(registry::PATH).is_file() {
        return Ok(None);
    }
    let file = SourceFile::read(root, Path::new(registry::PATH))?;
    if config.as_of.is_none() {
        out.push(
            Diagnostic::error(
                "missing-key",
                config_file,
                0,
                format!(
                    "`as_of` is required when {} exists: the date against which the editions in force are judged",
                    registry::PATH
                ),
            )
            .hint("add a line such as `as_of: 2026-11-20`: the date of the last review of the content"),
        );
    }
    Ok(Registry::load(file, out))
}

/// A locale's translations of documents, by document id.
struct LocaleDocuments {
    modules: BTreeMap<String, FtlFile>,
    audiences: BTreeMap<String, FtlFile>,
}

/// The catalog of locale `tag`: its interface strings, glossary and registry titles, and
/// its `documents`.
fn load_locale(
    root: &Path,
    config: &Config,
    config_file: &SourceFile,
    tag: &str,
    documents: LocaleDocuments,
    cache: &mut SourceCache,
    out: &mut Vec<Diagnostic>,
) -> anyhow::Result<LocaleCatalog> {
    // The source locale's own strings are part of the source: their problems are errors.
    let severity = if tag == config.source_locale {
        Severity::Error
    } else {
        Severity::Warning
    };
    let dir = PathBuf::from("locales").join(tag);
    let optional = |name: &str,
                    cache: &mut SourceCache,
                    out: &mut Vec<Diagnostic>|
     -> anyhow::Result<Option<FtlFile>> {
        let rel = dir.join(name);
        if !root.join(&rel).is_file() {
            return Ok(None);
        }
        cache.ftl(root, &rel, severity, tag, out).map(Some)
    };
    let ui = optional("ui.ftl", cache, out)?;
    let glossary = optional("glossary.ftl", cache, out)?;
    if ui.is_none() {
        let at = crate::yaml::locate_key(config_file, 0, &["locales", tag]);
        out.push(Diagnostic::error(
            "missing-file",
            config_file,
            at,
            format!("locale `{tag}` has no locales/{tag}/ui.ftl"),
        ));
    }
    // Translations of the registry's titles; like the documents' files, problems in them are
    // translation defects (warnings), also in the source locale's reference file.
    let regulations_path = dir.join("regulations.ftl");
    let regulations = if root.join(&regulations_path).is_file() {
        Some(cache.ftl(root, &regulations_path, Severity::Warning, tag, out)?)
    } else {
        None
    };
    let langid = tag.parse().unwrap_or_default();
    Ok(LocaleCatalog {
        locale: tag.to_string(),
        langid,
        ui,
        glossary,
        modules: documents.modules,
        audiences: documents.audiences,
        regulations,
    })
}

/// Files `dir/*.ext` (not recursive), relative to `root`, sorted.
fn files_with_extension(root: &Path, dir: &str, ext: &str) -> anyhow::Result<Vec<PathBuf>> {
    let full = root.join(dir);
    if !full.is_dir() {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&full).with_context(|| format!("could not list {dir}"))? {
        let entry = entry.with_context(|| format!("could not list {dir}"))?;
        let path = entry.path();
        if path.extension().is_none_or(|e| e != ext) {
            continue;
        }
        // The directory entry knows its type without a `stat`, except for a link.
        let is_file = match entry.file_type() {
            Ok(t) if !t.is_symlink() => t.is_file(),
            _ => path.is_file(),
        };
        if is_file {
            out.push(PathBuf::from(dir).join(entry.file_name()));
        }
    }
    out.sort();
    Ok(out)
}

/// Every file under `dir`, recursively: path relative to `dir` (with `/`) → absolute path.
pub fn walk_files(dir: &Path) -> anyhow::Result<BTreeMap<String, PathBuf>> {
    let mut out = BTreeMap::new();
    if !dir.is_dir() {
        return Ok(out);
    }
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.with_context(|| format!("could not walk {}", dir.display()))?;
        if entry.file_type().is_file() {
            let rel = entry.path().strip_prefix(dir).unwrap_or(entry.path());
            out.insert(display_path(rel), entry.path().to_path_buf());
        }
    }
    Ok(out)
}
