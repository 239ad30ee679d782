//! The build, as a sequence of stages with typed hand-offs, one file each:
//!
//! 1. **load and check** (`load.rs`): the project, the plan checked against it, every
//!    cross-file check → [`Checked`]; and the planned sites;
//! 2. **prepare** (`renderers.rs`): interface strings, the compiled theme, the handout
//!    typesetter → `Tools`;
//! 3. **localize** (`translate.rs`, the mechanics in `localize.rs`): the audience pages in
//!    each of their locales, the registry's and the audiences' titles → `Translated`;
//! 4. **render** (`jobs.rs`, `module_job.rs`, `run.rs`, `handouts.rs`), in two rounds of
//!    parallel jobs, each file written as made. First one job per module: the module
//!    localized once per locale its sites show, then its pages, slides and handouts on every
//!    site, and the localizations dropped, so a build never holds every module's (and the
//!    booklets, which localize their modules again). Then the pages that list modules or
//!    report on them (site index, regulations, translation status), from the titles and
//!    statuses the module jobs handed on. Module pages whose inputs did not change are
//!    reused, and so are PDFs (`pdf_cache.rs`, `serve --pdf`); each module page makes its
//!    search-index piece as soon as it is rendered, so its sections are not held → `Rendered`;
//! 5. **search index** (`search_index.rs`): each site's index merged from its module
//!    pages' pieces → `Indexes`;
//! 6. **finish** (`finish.rs`, `bundle.rs`): static and media files, sitemap, offline
//!    bundles, commit.
//!
//! Every cache key comes from one `Fingerprint` builder (`fingerprint.rs`, which lists
//! the inputs each key covers) fed every input the cached work reads; [`Cache`] keeps them
//! between `serve` builds.

mod bundle;
mod cache;
mod decks;
mod fingerprint;
mod finish;
mod handouts;
mod jobs;
mod load;
mod localize;
mod module_job;
mod pdf_cache;
pub mod pdf_store;
pub mod progress;
mod renderers;
mod run;
mod search_index;
mod timing;
mod translate;

pub use cache::Cache;
pub use load::Checked;

use crate::diagnostics::{Diagnostic, Diagnostics, Policy, Severity};
use crate::i18n::status::LocaleStatus;
use crate::output::Output;
use crate::project::SourceCache;
use crate::render::pages::Renderer;
use anyhow::Result;
use fingerprint::PageInputs;
use jobs::JobContext;
use rayon::prelude::*;
use std::path::PathBuf;
use timing::Timing;

/// What to build.
#[derive(Debug, Clone)]
pub struct BuildPlan {
    /// Project root.
    pub root: PathBuf,
    /// Only these audiences (all when empty).
    pub audiences: Vec<String>,
    /// Only these locales (all when empty).
    pub locales: Vec<String>,
    /// How warnings and notes count.
    pub policy: Policy,
    /// Typeset the PDF handouts too.
    pub pdf: bool,
    /// Without `pdf`: still assemble every handout and deck, without typesetting them, for
    /// what assembly finds (characters no font has, slides estimated not to fit), and say
    /// that the typeset checks were skipped (`primer check` without `--pdf`).
    pub assemble_only: bool,
    /// Write `<audience>.zip` offline bundles.
    pub zip: bool,
}

impl BuildPlan {
    /// Everything in the project at `root`, handouts included, with the default policy.
    pub fn new(root: impl Into<PathBuf>) -> BuildPlan {
        BuildPlan {
            root: root.into(),
            audiences: Vec::new(),
            locales: Vec::new(),
            policy: Policy::default(),
            pdf: true,
            assemble_only: false,
            zip: false,
        }
    }
}

/// What a build did.
#[derive(Debug)]
pub struct BuildReport {
    /// All diagnostics, policy applied, sorted.
    pub diagnostics: Vec<Diagnostic>,
    /// Number of HTML pages rendered.
    pub pages: usize,
    /// Whether the output was written (no errors).
    pub succeeded: bool,
}

impl BuildReport {
    fn failed(plan: &BuildPlan, diagnostics: Diagnostics, pages: usize) -> BuildReport {
        BuildReport {
            diagnostics: diagnostics.finish(plan.policy),
            pages,
            succeeded: false,
        }
    }
}

/// Loads and checks the project: the source errors and the project if it could be loaded.
pub fn load_and_check(plan: &BuildPlan) -> Result<Checked> {
    load::load_and_check(plan, &mut SourceCache::default())
}

/// Runs a whole build into `output`.
pub fn build(plan: &BuildPlan, output: Output) -> Result<BuildReport> {
    build_cached(plan, output, &mut Cache::default())
}

/// Runs a build into `output`, reusing and updating `cache` (module pages whose inputs are
/// unchanged and that `output` already holds are not rendered again).
pub fn build_cached(plan: &BuildPlan, output: Output, cache: &mut Cache) -> Result<BuildReport> {
    let mut timing = Timing::start();
    let Checked {
        project,
        diagnostics,
    } = load::load_and_check(plan, &mut cache.sources)?;
    timing.lap("load and check");
    let report = match project.as_ref().filter(|_| !diagnostics.has_errors()) {
        Some(loaded) => build_loaded(plan, output, cache, loaded, diagnostics, timing),
        None => Ok(BuildReport::failed(plan, diagnostics, 0)),
    };
    if cache.leave_project {
        std::mem::forget(project);
    }
    report
}

/// Renders the checked `project` into `output` (see [`build_cached`]).
fn build_loaded(
    plan: &BuildPlan,
    output: Output,
    cache: &mut Cache,
    project: &crate::project::Project,
    mut diagnostics: Diagnostics,
    mut timing: Timing,
) -> Result<BuildReport> {
    let assemble = plan.pdf || plan.assemble_only;
    let tools = match renderers::prepare(project, assemble) {
        Ok(tools) => tools,
        Err(errors) => {
            diagnostics.extend(errors);
            return Ok(BuildReport::failed(plan, diagnostics, 0));
        }
    };
    let sites = load::sites(project, plan);
    let needed = localize::needed_by(project, &sites);
    let translated = translate::translate(
        project,
        &sites,
        &needed,
        &mut diagnostics,
        &mut cache.localized,
    );
    let renderer = Renderer::new(project, tools.ui, tools.theme, plan.pdf)
        .with_registry_titles(translated.registry_titles.clone())
        .with_audience_titles(translated.audience_titles);
    timing.lap("localize audience pages");
    let cited: Vec<_> = project
        .modules
        .par_iter()
        .map(crate::content::regulations::Cited::of)
        .collect();
    // A single build keeps its search-index pieces' documents (beyond the first 64 MB) in a
    // temporary file until the indexes are written; `serve` keeps its pieces, documents
    // too, for the next build.
    let spilling = (!cache.keep).then(crate::render::search_index::TokenCache::spilling);
    let tokens = spilling.as_ref().unwrap_or(&cache.tokens);
    let no_titles = jobs::Titles::default();
    let mut cx = JobContext {
        renderer: &renderer,
        project,
        needed: &needed,
        cache: &cache.localized,
        localized: &translated.localized,
        titles: &no_titles,
        handouts: tools.handouts.as_ref(),
        slides: tools.slides.as_ref(),
        typeset: plan.pdf,
        progress: cache.progress.as_deref(),
        cited: &cited,
        inputs: &PageInputs::new(project, &sites, plan.pdf),
        previous: &cache.pages,
        keep: cache.keep,
        pieces: &search_index::PieceMaker::new(project, &sites, tokens),
        output: &output,
        reuse: (plan.pdf && (cache.keep || cache.pdf_store.is_some())).then(|| {
            // Without the executable's key only this process's own PDFs are reused.
            let executable = pdf_cache::executable_key();
            let this_process = || crate::fingerprint::Fingerprint::new("this process").finish();
            pdf_cache::Reuse {
                previous: &cache.pdfs,
                store: cache.pdf_store.as_ref().filter(|_| executable.is_some()),
                output: &output,
                tools: pdf_cache::tools_key(project, executable.unwrap_or_else(this_process)),
            }
        }),
    };
    let mut rendered = run::Rendered::default();
    let module_jobs = jobs::module_jobs(project, &sites, plan.pdf);
    if let Some(progress) = cx.progress {
        let (unit, total) = jobs::work_of(&module_jobs, plan.pdf);
        progress.start(
            if plan.pdf { "Typesetting" } else { "Rendering" },
            unit,
            total,
        );
    }
    run::render(&cx, &module_jobs, &mut rendered);
    timing.lap("modules");
    let mut documents = translate::doc_statuses(project, &translated.localized);
    documents.extend(std::mem::take(&mut rendered.statuses));
    let status = translate::status_report(project, documents, &translated.registry_titles);
    let titles = std::mem::take(&mut rendered.titles);
    cx.titles = &titles;
    run::render(
        &cx,
        &jobs::page_jobs(project, &sites, &status),
        &mut rendered,
    );
    timing.lap("pages");
    timing.pdf_pages(&rendered.pdf_costs);
    if let Some(store) = &cache.pdf_store {
        timing.reused(store.reused());
        diagnostics.extend(store.note());
    }
    let indexes = search_index::write_indexes(project, &rendered.pieces, &sites, &output);
    if !cache.keep {
        cache.tokens.clear();
    }
    diagnostics.extend(rendered.problems);
    diagnostics.extend(indexes.problems);
    timing.lap("search indexes");
    if plan.assemble_only && !plan.pdf {
        diagnostics.push(
            Diagnostic::new(
                Severity::Note,
                crate::diagnostics::TYPESET_SKIPPED,
                "",
                "nothing was typeset: typst's own warnings and slides that overflow by a small margin are found with `--pdf`",
            )
            .hint("run `primer check --pdf` to check what `primer build` typesets"),
        );
    }
    // The policy decides what counts as an error (warnings may), so it is applied first.
    let diagnostics = diagnostics.finish(plan.policy);
    let succeeded = !diagnostics.iter().any(|d| d.severity == Severity::Error);
    if succeeded {
        let mut written = rendered.written;
        written.extend(indexes.written);
        finish::finish(plan, &renderer, &sites, output, written)?;
        timing.lap("finish");
        cache.tokens.prune();
        // Only a build of every site used every PDF it should keep.
        if plan.audiences.is_empty() && plan.locales.is_empty() {
            cache.pdf_store.iter().for_each(|s| s.prune());
        }
        cache.pages = rendered.pages;
        cache.pdfs = rendered.pdfs;
        cache.localized.extend(rendered.localized);
    }
    Ok(BuildReport {
        diagnostics,
        pages: rendered.count,
        succeeded,
    })
}

/// Runs `f` on the checked project and the sites of `plan`, with the diagnostics found so
/// far; `T::default()` when the source has errors. Returns what `f` made and every
/// diagnostic, the plan's policy applied.
fn with_checked<T: Default>(
    plan: &BuildPlan,
    f: impl FnOnce(&crate::project::Project, &[crate::render::pages::SiteRef], &mut Diagnostics) -> T,
) -> Result<(T, Vec<Diagnostic>)> {
    let Checked {
        project,
        mut diagnostics,
    } = load_and_check(plan)?;
    let Some(project) = project.as_ref().filter(|_| !diagnostics.has_errors()) else {
        return Ok((T::default(), diagnostics.finish(plan.policy)));
    };
    let sites = load::sites(project, plan);
    let made = f(project, &sites, &mut diagnostics);
    Ok((made, diagnostics.finish(plan.policy)))
}

/// Loads, checks and localizes the project for `plan` and reports translation coverage,
/// with the diagnostics found on the way (`primer i18n status`).
pub fn translation_status(plan: &BuildPlan) -> Result<(Vec<LocaleStatus>, Vec<Diagnostic>)> {
    with_checked(plan, |project, sites, diagnostics| {
        translate::full_status(project, sites, diagnostics)
    })
}

/// A handout's PDF path and the data it is typeset from.
pub type HandoutAt = (String, crate::render::handout::HandoutData);

/// The data every handout of the plan (each module, then the booklet, of each site) is
/// typeset from, by PDF path, without typesetting: what reaches `handout.typ`, for tests
/// that check no Markdown source is left in it. Empty when the source has errors.
pub fn handout_data(plan: &BuildPlan) -> Result<(Vec<HandoutAt>, Vec<Diagnostic>)> {
    with_checked(plan, |project, sites, diagnostics| {
        let needed = localize::needed_by(project, sites);
        let inputs = handouts::HandoutInputs {
            project,
            ui: &crate::render::templates::UiStrings::new(project),
            localized: &localize::localize_all(
                project,
                &needed,
                diagnostics,
                &mut Default::default(),
            ),
        };
        let mut out = Vec::new();
        for &site in sites {
            let modules = project.modules_for(site.audience);
            let each = modules.iter().map(|&i| (vec![i], false));
            for (modules, booklet) in each.chain([(modules.clone(), true)]) {
                let of = handouts::HandoutOf {
                    site,
                    modules: &modules,
                    booklet,
                };
                let a = handouts::assemble(&|_| true, &inputs, of);
                out.push((a.path, a.data));
            }
        }
        out
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    /// Builds the sample with `cache`; the (document, locale) pairs it then holds
    /// localizations of.
    fn cached_after_build(cache: &mut Cache) -> BTreeSet<(String, String)> {
        let report = build_cached(&plan(), Output::Memory(Default::default()), cache)
            .expect("the sample builds");
        assert!(report.succeeded, "{:?}", report.diagnostics);
        cache.localized.keys().cloned().collect()
    }

    fn plan() -> BuildPlan {
        BuildPlan {
            pdf: false,
            ..BuildPlan::new(env!("CARGO_MANIFEST_DIR"))
        }
    }

    #[test]
    fn a_build_drops_each_modules_localizations_with_its_job() {
        let held = cached_after_build(&mut Cache::default());
        assert!(!held.is_empty(), "the audience pages stay localized");
        assert!(
            held.iter()
                .all(|(path, _)| path.starts_with("content/audiences/")),
            "a build kept module localizations: {held:?}"
        );
    }

    #[test]
    fn serve_keeps_every_modules_localizations_for_the_next_build() {
        let held = cached_after_build(&mut Cache::for_serve());
        let (project, _) =
            crate::project::load(env!("CARGO_MANIFEST_DIR").as_ref()).expect("the sample loads");
        let project = project.expect("the sample has no source errors");
        for module in &project.modules {
            for (id, audience) in &project.config.audiences {
                if !module.is_for(id) {
                    continue;
                }
                for locale in &audience.locales {
                    let key = (module.doc.file.path.clone(), locale.clone());
                    assert!(held.contains(&key), "not kept: {key:?}");
                }
            }
        }
    }
}
