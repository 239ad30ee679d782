//! The build: load → check → localize each (document, locale) once → render every page of
//! every (audience, locale) site in parallel → write atomically.

mod checks;
mod handouts;
mod localize;

use crate::check;
use crate::content::document::Document;
use crate::diagnostics::{Diagnostic, Diagnostics, Policy, Severity};
use crate::i18n::status::LocaleStatus;
use crate::i18n::translate::LocalizedDoc;
use crate::output::Output;
use crate::project::{self, Project};
use crate::render::pages::{Page, Renderer, SiteRef};
use crate::render::templates::{Theme, UiStrings};
use anyhow::{Result, bail};
use checks::{audience_link_warnings, check_quizzes, orphan_files};
use localize::{localize_all, reference_lineage, status_report};
use rayon::prelude::*;
use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;
use std::sync::Arc;

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

/// A document: a module (by index) or an audience page (by id).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum DocKey {
    Module(usize),
    Audience(String),
}

/// Loads and checks the project: the source errors and the project if it could be loaded.
pub fn load_and_check(plan: &BuildPlan) -> Result<(Option<Project>, Diagnostics)> {
    let (project, loaded) = project::load(&plan.root)?;
    let mut diagnostics = Diagnostics::default();
    diagnostics.extend(loaded);
    let Some(project) = project else {
        return Ok((None, diagnostics));
    };
    for a in &plan.audiences {
        if !project.config.audiences.contains_key(a) {
            bail!(
                "--audience {a}: no such audience in site.yaml ({})",
                project.audience_ids().join(", ")
            );
        }
    }
    for l in &plan.locales {
        if !project.config.locales.contains_key(l) {
            bail!("--locale {l}: no such locale in site.yaml");
        }
    }
    diagnostics.extend(check::check_links(&project));
    diagnostics.extend(audience_link_warnings(&project));
    diagnostics.extend(orphan_files(&project));
    for (key, doc) in all_docs(&project) {
        diagnostics.extend(reference_lineage(&project, &key, doc).1);
    }
    let docs: Vec<&Document> = all_docs(&project).into_iter().map(|(_, d)| d).collect();
    let quiz_problems: Vec<Diagnostic> = docs
        .par_iter()
        .flat_map_iter(|d| check_quizzes(d))
        .collect();
    diagnostics.extend(quiz_problems);
    Ok((Some(project), diagnostics))
}

/// Runs a whole build into `output`.
pub fn build(plan: &BuildPlan, output: Output) -> Result<BuildReport> {
    let (project, mut diagnostics) = load_and_check(plan)?;
    let fail = |diagnostics: Diagnostics| BuildReport {
        diagnostics: diagnostics.finish(plan.policy),
        pages: 0,
        succeeded: false,
    };
    let Some(project) = project else {
        return Ok(fail(diagnostics));
    };
    if diagnostics.has_errors() {
        return Ok(fail(diagnostics));
    }
    let ui = Arc::new(UiStrings::new(&project));
    let theme = match Theme::load(&project, ui.clone()) {
        Ok(t) => t,
        Err(errors) => {
            diagnostics.extend(errors);
            return Ok(fail(diagnostics));
        }
    };
    let handouts = match plan
        .pdf
        .then(|| crate::render::handout::Handouts::load(&project))
    {
        Some(Err(errors)) => {
            diagnostics.extend(errors);
            return Ok(fail(diagnostics));
        }
        Some(Ok(h)) => Some(h),
        None => None,
    };
    let renderer = Renderer::new(&project, ui, theme, plan.pdf);
    let sites = sites(&project, plan);
    let localized = localize_all(&project, &sites, &mut diagnostics);
    let status = status_report(&project, &localized);

    let mut jobs: Vec<Job> = vec![Job::Home, Job::TranslationStatus(&status)];
    let audiences: BTreeSet<&str> = sites.iter().map(|s| s.audience).collect();
    for a in project
        .config
        .audiences
        .keys()
        .filter(|a| audiences.contains(a.as_str()))
    {
        jobs.push(Job::Audience(a));
    }
    for &site in &sites {
        jobs.extend([Job::Index(site), Job::Local(site), Job::Glossary(site)]);
        for (i, m) in project.modules.iter().enumerate() {
            if m.is_for(site.audience) {
                jobs.push(Job::Module(site, i));
                if plan.pdf {
                    jobs.push(Job::Handout(site, i));
                }
            }
        }
        if plan.pdf {
            jobs.push(Job::Booklet(site));
        }
    }
    let stage = Stage {
        renderer: &renderer,
        project: &project,
        localized: &localized,
        handouts: handouts.as_ref(),
    };
    // Handouts take longest: start them first so the threads stay busy to the end.
    jobs.sort_by_key(|j| !matches!(j, Job::Booklet(_) | Job::Handout(..)));
    let results: Vec<std::result::Result<Vec<Diagnostic>, Vec<Diagnostic>>> = jobs
        .par_iter()
        .map(|job| {
            let (path, bytes, warnings) = run_job(&stage, job)?;
            output.write(&path, &bytes).map_err(|e| {
                vec![Diagnostic::new(
                    Severity::Error,
                    "io",
                    &path,
                    format!("{e:#}"),
                )]
            })?;
            Ok(warnings)
        })
        .collect();
    let mut pages = 0;
    for r in results {
        match r {
            Ok(warnings) => {
                pages += 1;
                diagnostics.extend(warnings);
            }
            Err(errors) => diagnostics.extend(errors),
        }
    }
    let diagnostics = diagnostics.finish(plan.policy);
    if diagnostics.iter().any(|d| d.severity == Severity::Error) {
        return Ok(BuildReport {
            diagnostics,
            pages,
            succeeded: false,
        });
    }
    for (name, path) in &project.static_files {
        output.copy(&format!("static/{name}"), path)?;
    }
    for (name, path) in &project.media {
        output.copy(&format!("media/{name}"), path)?;
    }
    output.commit()?;
    Ok(BuildReport {
        diagnostics,
        pages,
        succeeded: true,
    })
}

enum Job<'s> {
    Home,
    TranslationStatus(&'s [LocaleStatus]),
    Audience(&'s str),
    Index(SiteRef<'s>),
    Local(SiteRef<'s>),
    Glossary(SiteRef<'s>),
    Module(SiteRef<'s>, usize),
    Handout(SiteRef<'s>, usize),
    Booklet(SiteRef<'s>),
}

/// Localized documents by (document, locale, audience); the audience is empty for
/// documents that read the same for every audience.
type LocalizedKey = (DocKey, String, String);
type Localized = HashMap<LocalizedKey, LocalizedDoc>;

/// The localized document for `site`: its audience's variant if the document depends on the
/// audience, else the shared one.
fn localized_for<'l>(localized: &'l Localized, key: DocKey, site: SiteRef) -> &'l LocalizedDoc {
    localized
        .get(&(
            key.clone(),
            site.locale.to_string(),
            site.audience.to_string(),
        ))
        .or_else(|| localized.get(&(key, site.locale.to_string(), String::new())))
        .expect("every (document, locale) of a site is localized before rendering")
}

/// Everything a job may need.
struct Stage<'a> {
    renderer: &'a Renderer<'a>,
    project: &'a Project,
    localized: &'a Localized,
    handouts: Option<&'a crate::render::handout::Handouts>,
}

/// Runs one job: the file's path and bytes with warnings, or its errors.
fn run_job(stage: &Stage, job: &Job) -> std::result::Result<handouts::Rendered, Vec<Diagnostic>> {
    let (project, localized) = (stage.project, stage.localized);
    let handout = |site: SiteRef, modules: &[usize], booklet: bool| match stage.handouts {
        Some(h) => handouts::render(
            h,
            project,
            &stage.renderer.ui,
            localized,
            site,
            modules,
            booklet,
        ),
        None => Err(Vec::new()),
    };
    match job {
        Job::Handout(site, i) => return handout(*site, &[*i], false),
        Job::Booklet(site) => {
            return handout(*site, &handouts::site_modules(project, site.audience), true);
        }
        _ => {}
    }
    let page = render_page(stage.renderer, project, localized, job).map_err(|d| vec![d])?;
    Ok((page.0, page.1.into_bytes(), Vec::new()))
}

fn render_page(
    renderer: &Renderer,
    project: &Project,
    localized: &Localized,
    job: &Job,
) -> std::result::Result<Page, Diagnostic> {
    let get = |key: DocKey, site: SiteRef| localized_for(localized, key, site);
    match job {
        Job::Home => renderer.home(),
        Job::TranslationStatus(report) => renderer.translation_status(report),
        Job::Audience(a) => renderer.audience(a),
        Job::Index(site) => {
            let titles = |m: &crate::content::document::Module| {
                let index = project
                    .modules
                    .iter()
                    .position(|x| x.doc.id == m.doc.id)
                    .unwrap_or_default();
                let doc = get(DocKey::Module(index), *site);
                (
                    crate::render::pages::plain(&doc.front[0].text),
                    crate::render::pages::plain(&doc.front[1].text),
                )
            };
            renderer.site_index(*site, &titles)
        }
        Job::Local(site) => renderer.local(
            *site,
            &project.audience_pages[site.audience],
            get(DocKey::Audience(site.audience.to_string()), *site),
        ),
        Job::Glossary(site) => renderer.glossary(*site),
        Job::Module(site, i) => {
            renderer.module(*site, &project.modules[*i], get(DocKey::Module(*i), *site))
        }
        Job::Handout(..) | Job::Booklet(_) => Err(Diagnostic::new(
            Severity::Error,
            "internal",
            "",
            "a handout job reached the page renderer",
        )),
    }
}

/// Loads, checks and localizes the project for `plan` and reports translation coverage,
/// with the diagnostics found on the way (`primer i18n status`).
pub fn translation_status(plan: &BuildPlan) -> Result<(Vec<LocaleStatus>, Vec<Diagnostic>)> {
    let (project, mut diagnostics) = load_and_check(plan)?;
    let Some(project) = project.filter(|_| !diagnostics.has_errors()) else {
        return Ok((Vec::new(), diagnostics.finish(plan.policy)));
    };
    let sites = sites(&project, plan);
    let localized = localize_all(&project, &sites, &mut diagnostics);
    Ok((
        status_report(&project, &localized),
        diagnostics.finish(plan.policy),
    ))
}

/// The (audience, locale) sites the plan asks for, in `site.yaml` order.
fn sites<'p>(project: &'p Project, plan: &BuildPlan) -> Vec<SiteRef<'p>> {
    let mut out = Vec::new();
    for (id, audience) in &project.config.audiences {
        if !plan.audiences.is_empty() && !plan.audiences.contains(id) {
            continue;
        }
        for locale in &audience.locales {
            if plan.locales.is_empty() || plan.locales.contains(locale) {
                out.push(SiteRef {
                    audience: id,
                    locale,
                });
            }
        }
    }
    out
}

fn all_docs(project: &Project) -> Vec<(DocKey, &Document)> {
    let modules = project
        .modules
        .iter()
        .enumerate()
        .map(|(i, m)| (DocKey::Module(i), &m.doc));
    let pages = project
        .audience_pages
        .iter()
        .map(|(id, p)| (DocKey::Audience(id.clone()), &p.doc));
    modules.chain(pages).collect()
}
