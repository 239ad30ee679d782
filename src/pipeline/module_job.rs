//! A module's job: the module localized in the locales of the sites that show it, then each
//! site's module page, briefing slides and (when PDFs are built) handout, printed from those
//! localizations, which are dropped when the job ends — so a build holds the localizations
//! of the modules being rendered, not of every module. And a booklet's job, which localizes
//! its modules again for itself.

use super::cache::CachedPage;
use super::jobs::{JobContext, JobOutput, JobResult, ModulePage, handout, handout_warnings};
use super::localize::{DocKey, Localized, Needed, localize_needed, needed_of_module};
use super::translate::doc_status;
use crate::diagnostics::Diagnostic;
use crate::render::pages::{SiteRef, plain};
use crate::render::search::Section;
use rayon::prelude::*;
use std::borrow::Cow;

/// Makes every file of module `i` on `sites` (those that show it) into `result`.
pub(super) fn module<'s>(
    cx: &JobContext,
    i: usize,
    sites: &[SiteRef<'s>],
    result: &mut JobResult<'s>,
) {
    let project = cx.project;
    let made = localize_needed(project, &needed_of_module(cx.needed, i), cx.cache, cx.keep);
    result.problems.extend(made.diagnostics);
    let mut localized = made.localized;
    for (doc, locale, l) in localized.each() {
        result.statuses.extend(doc_status(project, doc, locale, l));
    }
    for site in sites {
        localized.copy_from(cx.localized, DocKey::Audience(site.audience), site.locale);
    }
    let cx = &JobContext {
        localized: &localized,
        ..*cx
    };
    // The sites run in parallel too: a project of a few modules still uses every thread.
    let per_site: Vec<JobResult<'s>> = sites
        .par_iter()
        .map(|&site| module_on_site(cx, site, i))
        .collect();
    for r in per_site {
        result.extend(r);
    }
    if cx.keep {
        result.localized = made.fresh;
    }
}

/// Module `i`'s page, deck and (with PDFs) handout on `site`, from `cx.localized`.
fn module_on_site<'s>(cx: &JobContext, site: SiteRef<'s>, i: usize) -> JobResult<'s> {
    let mut result = JobResult::default();
    let page = ModulePage {
        audience: site.audience,
        locale: site.locale,
        module: i,
    };
    let front = &cx.localized.for_site(DocKey::Module(i), site).front;
    let summary = front.summary.as_ref().map(|s| plain(&s.text));
    let title = plain(&front.title.text);
    match module_page(cx, site, i, &title) {
        Ok(made) => {
            result.pieces.push((page, made.piece));
            result.pages.extend(made.cached);
            result.files.push(made.out);
        }
        Err(errors) => result.problems.extend(errors),
    }
    result
        .titles
        .push((page, (title, summary.unwrap_or_default())));
    if cx.handouts.is_some() {
        if cx.typeset {
            result.add(handout(cx, site, &[i], false));
        } else {
            result.problems.extend(handout_warnings(cx, site, i));
        }
    }
    // A page, or with PDFs its handout and its deck.
    cx.progress
        .inspect(|p| p.advance(if cx.typeset { 2 } else { 1 }));
    result
}

/// The booklet of `site`: its modules localized again (their diagnostics are their own
/// jobs'), then typeset.
pub(super) fn booklet(cx: &JobContext, site: SiteRef) -> Result<JobOutput, Vec<Diagnostic>> {
    let modules = cx.project.modules_for(site.audience);
    let needed: Needed = modules
        .iter()
        .filter_map(|&i| {
            let key = (DocKey::Module(i), site.locale);
            cx.needed
                .get(&key)
                .map(|audiences| (key, audiences.clone()))
        })
        .collect();
    let mut localized: Localized =
        localize_needed(cx.project, &needed, cx.cache, cx.keep).localized;
    localized.copy_from(cx.localized, DocKey::Audience(site.audience), site.locale);
    let cx = &JobContext {
        localized: &localized,
        ..*cx
    };
    handout(cx, site, &modules, true)
}

/// A module page and what the build keeps of it.
struct MadePage {
    /// The page, with the module's deck.
    out: JobOutput,
    /// The page's search-index piece.
    piece: crate::render::search_index::IndexPiece,
    /// The page to reuse in the next build (`serve` only), by path.
    cached: Option<(String, CachedPage)>,
}

/// A module page (or the previous build's when its key is unchanged and the output still
/// holds it) titled `title`, and the module's deck.
fn module_page(
    cx: &JobContext,
    site: SiteRef,
    i: usize,
    title: &str,
) -> Result<MadePage, Vec<Diagnostic>> {
    let module = &cx.project.modules[i];
    // Only a build that keeps its pages for the next one (`serve`) needs their keys.
    let key = cx.keep.then(|| cx.module_key(site, i));
    let path = format!(
        "{}/{}/{}/index.html",
        site.audience, site.locale, module.doc.id
    );
    let doc = cx.localized.for_site(DocKey::Module(i), site);
    let unchanged = cx
        .previous
        .get(&path)
        .filter(|previous| Some(previous.key) == key && cx.output.has(&path));
    let mut prepared = None;
    let (mut out, sections): (JobOutput, Cow<[Section]>) = match unchanged {
        Some(previous) => {
            let mut out = JobOutput::file(path, Vec::new(), Vec::new());
            out.unchanged = true;
            (out, Cow::Borrowed(previous.sections.as_slice()))
        }
        None => {
            let tree = prepared.insert(cx.renderer.prepare_module(site, module, doc));
            let ((path, html), sections) = cx
                .renderer
                .module(site, module, doc, tree)
                .map_err(|d| vec![d])?;
            let out = JobOutput::file(path, html, Vec::new());
            (out, Cow::Owned(sections))
        }
    };
    let piece = cx.pieces.piece(cx.project, site, i, title, &sections);
    let cached = key.map(|key| {
        let sections = sections.into_owned();
        (out.path.clone(), CachedPage { key, sections })
    });
    let made = |out| MadePage { out, piece, cached };
    // Without PDFs the deck reads what the page reads (its key covers the deck too); with
    // PDFs its splits come from the PDF deck, which `pdf_cache` checks on its own.
    let deck_path = crate::render::pages::deck_path(site, &module.doc.id);
    if unchanged.is_some() && cx.slides.is_none() && cx.output.has(&deck_path) {
        out.kept.push(deck_path);
        return Ok(made(out));
    }
    // The module's deck, printed from the page's tree.
    let tree = match prepared {
        Some(tree) => tree,
        None => cx.renderer.prepare_module(site, module, doc),
    };
    let deck = super::decks::deck(cx, site, i, &tree)?;
    out.also.push((deck.path, deck.bytes));
    out.also.extend(deck.also);
    out.kept.extend(deck.kept);
    out.pdfs.extend(deck.pdfs);
    out.warnings.extend(deck.warnings);
    out.pdf = deck.pdf;
    Ok(made(out))
}
