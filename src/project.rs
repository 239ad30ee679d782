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
use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

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

/// Parsed source files of earlier loads, reused while their text (and, for modules, the
/// list of audiences) is unchanged, so `serve` re-parses only what was edited.
///
/// The default cache keeps nothing (a single build would only hold a second copy of
/// every source until it ends); [`SourceCache::kept`] is the one `serve` uses.
#[derive(Default)]
pub struct SourceCache {
    documents: Parsed<String, Option<Document>>,
    ftl: Parsed<Severity, FtlFile>,
    keep: bool,
}

/// A parsed module or audience page.
#[derive(Clone)]
enum Document {
    Module(Module),
    Audience(AudiencePage),
}

impl SourceCache {
    /// A cache that keeps what it parses for the next load.
    pub fn kept() -> SourceCache {
        SourceCache {
            keep: true,
            ..SourceCache::default()
        }
    }

    /// Reads and parses the documents at `paths` (modules when `module`) in parallel; the
    /// documents (none where one could not be parsed) and their diagnostics come back in
    /// the order of `paths`.
    fn documents(
        &mut self,
        root: &Path,
        paths: &[PathBuf],
        audiences: &[&str],
        module: bool,
        out: &mut Vec<Diagnostic>,
    ) -> anyhow::Result<Vec<Option<Document>>> {
        let context = format!("{module}:{}", audiences.join(","));
        let parse = |relative: &Path, file: SourceFile, ds: &mut Vec<Diagnostic>| {
            let id = stem(relative);
            if module {
                Module::load(&id, file, audiences, ds).map(Document::Module)
            } else {
                AudiencePage::load(&id, file, audiences, ds).map(Document::Audience)
            }
        };
        parse_all(
            &mut self.documents,
            self.keep,
            root,
            paths,
            &context,
            parse,
            out,
        )
    }

    fn ftl(
        &mut self,
        root: &Path,
        relative: &Path,
        severity: Severity,
        locale: &str,
        out: &mut Vec<Diagnostic>,
    ) -> anyhow::Result<FtlFile> {
        let paths = [relative.to_path_buf()];
        let mut files = self.ftl_many(root, &paths, severity, locale, true, out)?;
        files
            .pop()
            .ok_or_else(|| anyhow::anyhow!("{} was not parsed", relative.display()))
    }

    /// Reads and parses `paths` in parallel (Fluent parsing is most of the loading of a
    /// large project); the files and their diagnostics come back in the order of `paths`.
    /// Without `trees`, each file's syntax tree is dropped as soon as it is checked
    /// ([`FtlFile::without_tree`]), so the trees of a locale's files are never all held.
    fn ftl_many(
        &mut self,
        root: &Path,
        paths: &[PathBuf],
        severity: Severity,
        locale: &str,
        trees: bool,
        out: &mut Vec<Diagnostic>,
    ) -> anyhow::Result<Vec<FtlFile>> {
        let parse = |_: &Path, file: SourceFile, ds: &mut Vec<Diagnostic>| {
            let (parsed, problems) = FtlFile::parse(file, severity, locale);
            ds.extend(problems);
            if trees { parsed } else { parsed.without_tree() }
        };
        parse_all(&mut self.ftl, self.keep, root, paths, &severity, parse, out)
    }
}

/// Parsed files of earlier loads by path: the text, what else the parse read (`C`), the
/// result and its diagnostics.
type Parsed<C, T> = HashMap<String, (String, C, T, Vec<Diagnostic>)>;

/// Reads and parses `paths` in parallel with `parse`, reusing `cache` where a file's text
/// and `context` are unchanged (and, with `keep`, adding what it parsed); the results and
/// their diagnostics come back in the order of `paths`.
fn parse_all<C, T>(
    cache: &mut Parsed<C, T>,
    keep: bool,
    root: &Path,
    paths: &[PathBuf],
    context: &C,
    parse: impl Fn(&Path, SourceFile, &mut Vec<Diagnostic>) -> T + Sync,
    out: &mut Vec<Diagnostic>,
) -> anyhow::Result<Vec<T>>
where
    C: PartialEq + Clone + Sync,
    T: Clone + Send + Sync,
{
    let earlier = &*cache;
    // Each file's result, diagnostics, and (path, text) to keep.
    type One<T> = anyhow::Result<(T, Vec<Diagnostic>, Option<(String, String)>)>;
    let results: Vec<One<T>> = paths
        .par_iter()
        .map(|relative| {
            let file = SourceFile::read(root, relative)?;
            if let Some((text, ctx, parsed, ds)) = earlier.get(&file.path)
                && *text == file.text
                && ctx == context
            {
                return Ok((parsed.clone(), ds.clone(), None));
            }
            let kept = keep.then(|| (file.path.clone(), file.text.clone()));
            let mut ds = Vec::new();
            let parsed = parse(relative, file, &mut ds);
            Ok((parsed, ds, kept))
        })
        .collect();
    let mut parsed_files = Vec::with_capacity(paths.len());
    for result in results {
        let (parsed, ds, kept) = result?;
        match kept {
            Some((path, text)) => {
                out.extend(ds.iter().cloned());
                cache.insert(path, (text, context.clone(), parsed.clone(), ds));
            }
            None => out.extend(ds),
        }
        parsed_files.push(parsed);
    }
    Ok(parsed_files)
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

    let mut modules = Vec::new();
    let mut unloaded_modules = Vec::new();
    let paths = files_with_extension(root, "content/modules", "md")?;
    let docs = cache.documents(root, &paths, &audiences, true, &mut out)?;
    for (path, doc) in paths.iter().zip(docs) {
        match doc {
            Some(Document::Module(m)) => modules.push(m),
            _ => unloaded_modules.push(stem(path)),
        }
    }
    modules.sort_by(|a, b| a.doc.id.cmp(&b.doc.id));

    let mut audience_pages = BTreeMap::new();
    let mut paths = files_with_extension(root, "content/audiences", "md")?;
    paths.retain(|path| {
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
    let docs = cache.documents(root, &paths, &audiences, false, &mut out)?;
    for (path, doc) in paths.iter().zip(docs) {
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

    let mut catalogs = IndexMap::new();
    for tag in config.locales.keys() {
        catalogs.insert(
            tag.clone(),
            load_locale(root, &config, &config_file, tag, cache, &mut out)?,
        );
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

fn load_locale(
    root: &Path,
    config: &Config,
    config_file: &SourceFile,
    tag: &str,
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
    // For the source locale these are the reference files `i18n extract` writes; they
    // carry the lineage of each segment.
    let documents = |kind: &str,
                     cache: &mut SourceCache,
                     out: &mut Vec<Diagnostic>|
     -> anyhow::Result<BTreeMap<String, FtlFile>> {
        let paths = files_with_extension(root, &display_path(&dir.join(kind)), "ftl")?;
        // Only their localization reads documents' messages; it parses them again.
        let files = cache.ftl_many(root, &paths, Severity::Warning, tag, false, out)?;
        Ok(paths.iter().map(|p| stem(p)).zip(files).collect())
    };
    let modules = documents("modules", cache, out)?;
    let audiences = documents("audiences", cache, out)?;
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
        modules,
        audiences,
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
        let path = entry
            .with_context(|| format!("could not list {dir}"))?
            .path();
        if path.is_file() && path.extension().is_some_and(|e| e == ext) {
            out.push(PathBuf::from(dir).join(path.file_name().unwrap_or_default()));
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

fn stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}
