//! Loading a Primer project from disk in sorted order: `site.yaml`, content, locales and
//! the theme (I/O and per-file checks only; cross-file checks are in [`crate::check`]).

use crate::config::Config;
use crate::content::document::{AudiencePage, Module};
use crate::diagnostics::{Diagnostic, Severity};
use crate::i18n::catalog::{FtlFile, LocaleCatalog};
use crate::source::{SourceFile, display_path};
use anyhow::{Context as _, bail};
use indexmap::IndexMap;
use std::collections::BTreeMap;
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

    /// Audience ids in `site.yaml` order.
    pub fn audience_ids(&self) -> Vec<&str> {
        self.config.audiences.keys().map(String::as_str).collect()
    }
}

/// Loads the project at `root`. Operational failures (no `site.yaml`, unreadable files)
/// are errors; content problems are returned as diagnostics, with `None` if the project
/// cannot be used at all.
pub fn load(root: &Path) -> anyhow::Result<(Option<Project>, Vec<Diagnostic>)> {
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
    for path in files_with_extension(root, "content/modules", "md")? {
        let file = SourceFile::read(root, &path)?;
        let id = stem(&path);
        match Module::load(&id, file, &audiences, &mut out) {
            Some(m) => modules.push(m),
            None => unloaded_modules.push(id),
        }
    }
    modules.sort_by(|a, b| a.doc.id.cmp(&b.doc.id));

    let mut audience_pages = BTreeMap::new();
    for path in files_with_extension(root, "content/audiences", "md")? {
        let file = SourceFile::read(root, &path)?;
        let id = stem(&path);
        if !config.audiences.contains_key(&id) {
            out.push(Diagnostic::new(
                Severity::Error,
                "unknown-audience",
                &file.path,
                format!("`{id}` is not an audience in site.yaml"),
            ));
            continue;
        }
        if let Some(page) = AudiencePage::load(&id, file, &audiences, &mut out) {
            audience_pages.insert(id, page);
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

    let mut catalogs = IndexMap::new();
    for tag in config.locales.keys() {
        catalogs.insert(
            tag.clone(),
            load_locale(root, &config, &config_file, tag, &mut out)?,
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
        catalogs,
        templates,
        static_files,
        media,
    };
    Ok((Some(project), out))
}

fn load_locale(
    root: &Path,
    config: &Config,
    config_file: &SourceFile,
    tag: &str,
    out: &mut Vec<Diagnostic>,
) -> anyhow::Result<LocaleCatalog> {
    // The source locale's own strings are part of the source: their problems are errors.
    let severity = if tag == config.source_locale {
        Severity::Error
    } else {
        Severity::Warning
    };
    let dir = PathBuf::from("locales").join(tag);
    let mut load = |name: &str| -> anyhow::Result<Option<FtlFile>> {
        let rel = dir.join(name);
        if !root.join(&rel).is_file() {
            return Ok(None);
        }
        let (file, ds) = FtlFile::load(root, &rel, severity, tag)?;
        out.extend(ds);
        Ok(Some(file))
    };
    let ui = load("ui.ftl")?;
    let glossary = load("glossary.ftl")?;
    if ui.is_none() {
        let at = crate::yaml::locate_key(config_file, 0, &["locales", tag]);
        out.push(Diagnostic::error(
            "missing-file",
            config_file,
            at,
            format!("locale `{tag}` has no locales/{tag}/ui.ftl"),
        ));
    }
    let mut sub = |kind: &str| -> anyhow::Result<BTreeMap<String, FtlFile>> {
        // For the source locale these are the reference files `i18n extract` writes; they
        // carry the lineage of each segment.
        let mut map = BTreeMap::new();
        for path in files_with_extension(root, &display_path(&dir.join(kind)), "ftl")? {
            let (file, ds) = FtlFile::load(root, &path, Severity::Warning, tag)?;
            out.extend(ds);
            map.insert(stem(&path), file);
        }
        Ok(map)
    };
    let modules = sub("modules")?;
    let audiences = sub("audiences")?;
    let langid = tag.parse().unwrap_or_default();
    Ok(LocaleCatalog {
        locale: tag.to_string(),
        langid,
        ui,
        glossary,
        modules,
        audiences,
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
