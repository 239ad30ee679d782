//! Reading and parsing a project's source files in parallel, with the cache that lets
//! `serve` re-parse only what was edited.

use crate::content::document::{AudiencePage, Module};
use crate::diagnostics::{Diagnostic, Severity};
use crate::i18n::catalog::FtlFile;
use crate::source::SourceFile;
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

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
pub(super) enum Document {
    Module(Module),
    Audience(AudiencePage),
}

/// The content files and the translations of every locale, to be read together.
pub(super) struct Sources<'a> {
    /// `content/modules/*.md`.
    pub modules: &'a [PathBuf],
    /// `content/audiences/*.md` of known audiences.
    pub audiences: &'a [PathBuf],
    /// The audience ids of `site.yaml`.
    pub audience_ids: &'a [&'a str],
    /// `locales/<tag>/{modules,audiences}/*.ftl` of every locale.
    pub translations: &'a [PathBuf],
    /// The locale of each of `translations`.
    pub translation_locales: &'a [&'a str],
}

/// What [`SourceCache::read`] parsed, in the order of the paths of [`Sources`].
pub(super) struct Read {
    pub modules: Vec<Option<Document>>,
    pub audiences: Vec<Option<Document>>,
    /// Without their syntax trees ([`FtlFile::without_tree`]).
    pub translations: Vec<FtlFile>,
}

impl SourceCache {
    /// A cache that keeps what it parses for the next load.
    pub fn kept() -> SourceCache {
        SourceCache {
            keep: true,
            ..SourceCache::default()
        }
    }

    /// Reads and parses `sources`: the content files and the translations at once, so
    /// that neither waits for the other. Each translation's syntax tree is dropped as soon
    /// as the file is checked, so the trees of a locale's files are never all held (only
    /// their localization reads documents' messages, and it parses them again).
    pub(super) fn read(
        &mut self,
        root: &Path,
        sources: &Sources,
        out: &mut Vec<Diagnostic>,
    ) -> anyhow::Result<Read> {
        let keep = self.keep;
        let (documents, ftl) = (&mut self.documents, &mut self.ftl);
        // What else a document's parse read: its kind and the audiences that exist.
        let context = format!("module:{}", sources.audience_ids.join(","));
        let page_context = format!("page:{}", sources.audience_ids.join(","));
        let audience_ids = sources.audience_ids;
        let (content, translations) = rayon::join(
            || -> anyhow::Result<_> {
                let mut ds = Vec::new();
                let parse = |_, relative: &Path, file: SourceFile, ds: &mut Vec<Diagnostic>| {
                    Module::load(&stem(relative), file, audience_ids, ds).map(Document::Module)
                };
                let modules = parse_all(
                    documents,
                    keep,
                    root,
                    sources.modules,
                    &context,
                    parse,
                    &mut ds,
                )?;
                let parse = |_, relative: &Path, file: SourceFile, ds: &mut Vec<Diagnostic>| {
                    AudiencePage::load(&stem(relative), file, audience_ids, ds)
                        .map(Document::Audience)
                };
                let audiences = parse_all(
                    documents,
                    keep,
                    root,
                    sources.audiences,
                    &page_context,
                    parse,
                    &mut ds,
                )?;
                Ok((modules, audiences, ds))
            },
            || -> anyhow::Result<_> {
                let mut ds = Vec::new();
                let locales = sources.translation_locales;
                let parse = |i: usize, _: &Path, file: SourceFile, ds: &mut Vec<Diagnostic>| {
                    let (parsed, problems) = FtlFile::parse(file, Severity::Warning, locales[i]);
                    ds.extend(problems);
                    parsed.without_tree()
                };
                let paths = sources.translations;
                let files = parse_all(ftl, keep, root, paths, &Severity::Warning, parse, &mut ds)?;
                Ok((files, ds))
            },
        );
        let (modules, audiences, content_problems) = content?;
        let (translations, translation_problems) = translations?;
        out.extend(content_problems);
        out.extend(translation_problems);
        Ok(Read {
            modules,
            audiences,
            translations,
        })
    }

    /// Reads and parses the Fluent file `relative` of `locale`, keeping its syntax tree.
    pub(super) fn ftl(
        &mut self,
        root: &Path,
        relative: &Path,
        severity: Severity,
        locale: &str,
        out: &mut Vec<Diagnostic>,
    ) -> anyhow::Result<FtlFile> {
        let paths = [relative.to_path_buf()];
        let parse = |_, _: &Path, file: SourceFile, ds: &mut Vec<Diagnostic>| {
            let (parsed, problems) = FtlFile::parse(file, severity, locale);
            ds.extend(problems);
            parsed
        };
        let mut files = parse_all(
            &mut self.ftl,
            self.keep,
            root,
            &paths,
            &severity,
            parse,
            out,
        )?;
        files
            .pop()
            .ok_or_else(|| anyhow::anyhow!("{} was not parsed", relative.display()))
    }
}

/// Parsed files of earlier loads by path: the text, what else the parse read (`C`), the
/// result and its diagnostics.
type Parsed<C, T> = HashMap<String, (String, C, T, Vec<Diagnostic>)>;

/// Reads and parses `paths` in parallel with `parse` (given each path's index and the path),
/// reusing `cache` where a file's text
/// and `context` are unchanged (and, with `keep`, adding what it parsed); the results and
/// their diagnostics come back in the order of `paths`.
fn parse_all<C, T>(
    cache: &mut Parsed<C, T>,
    keep: bool,
    root: &Path,
    paths: &[PathBuf],
    context: &C,
    parse: impl Fn(usize, &Path, SourceFile, &mut Vec<Diagnostic>) -> T + Sync,
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
        .enumerate()
        .map(|(i, relative)| {
            let file = SourceFile::read(root, relative)?;
            if let Some((text, ctx, parsed, ds)) = earlier.get(&file.path)
                && *text == file.text
                && ctx == context
            {
                return Ok((parsed.clone(), ds.clone(), None));
            }
            let kept = keep.then(|| (file.path.clone(), file.text.clone()));
            let mut ds = Vec::new();
            let parsed = parse(i, relative, file, &mut ds);
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

/// The file name of `path` without its extension: a document's id.
pub(super) fn stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}
