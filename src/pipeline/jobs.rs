//! The jobs of a build: every page and handout of every site, run in parallel.

use super::{DocKey, Localized, handouts, localized_for};
use crate::diagnostics::{Diagnostic, Severity};
use crate::i18n::status::LocaleStatus;
use crate::project::Project;
use crate::render::pages::{Page, Renderer, SiteRef};
use crate::render::search::Section;

/// One file to produce.
pub(super) enum Job<'s> {
    Home,
    TranslationStatus(&'s [LocaleStatus]),
    Audience(&'s str),
    Index(SiteRef<'s>),
    Local(SiteRef<'s>),
    Glossary(SiteRef<'s>),
    Module(SiteRef<'s>, usize),
    Handout(SiteRef<'s>, usize),
    Booklet(SiteRef<'s>),
    Regulations(SiteRef<'s>),
    Search(SiteRef<'s>),
}

/// What a job produced.
pub(super) struct JobOutput {
    /// Path under the output directory.
    pub path: String,
    /// The file.
    pub bytes: Vec<u8>,
    /// Warnings found while making it.
    pub warnings: Vec<Diagnostic>,
    /// For module pages: the module's sections, for the search index.
    pub sections: Option<Vec<Section>>,
    /// For module pages: the fingerprint of their inputs.
    pub fingerprint: Option<u64>,
    /// The output already holds this file, unchanged: nothing to write.
    pub unchanged: bool,
}

/// Everything a job may need.
pub(super) struct Stage<'a> {
    pub renderer: &'a Renderer<'a>,
    pub project: &'a Project,
    pub localized: &'a Localized,
    pub handouts: Option<&'a crate::render::handout::Handouts>,
    pub cited: &'a [crate::content::regulations::Cited],
    /// The fingerprint of a module page's inputs (site, module index).
    pub page_fingerprint: &'a (dyn Fn(SiteRef, usize) -> u64 + Sync),
    /// Module pages of the previous build: path → fingerprint and sections.
    pub previous: &'a std::collections::HashMap<String, (u64, Vec<Section>)>,
    /// Whether the output already holds a path (a page need not be written again).
    pub has: &'a (dyn Fn(&str) -> bool + Sync),
}

/// Runs one job: the file's path and bytes with warnings, or its errors.
pub(super) fn run_job(stage: &Stage, job: &Job) -> Result<JobOutput, Vec<Diagnostic>> {
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
    let pdf = |r: Result<handouts::Rendered, Vec<Diagnostic>>| {
        r.map(|(path, bytes, warnings)| JobOutput {
            path,
            bytes,
            warnings,
            sections: None,
            fingerprint: None,
            unchanged: false,
        })
    };
    match job {
        Job::Handout(site, i) => return pdf(handout(*site, &[*i], false)),
        Job::Booklet(site) => {
            return pdf(handout(*site, &project.modules_for(site.audience), true));
        }
        _ => {}
    }
    let fingerprint = match job {
        Job::Module(site, i) => Some((stage.page_fingerprint)(*site, *i)),
        _ => None,
    };
    if let (Job::Module(site, i), Some(fp)) = (job, fingerprint) {
        let path = format!(
            "{}/{}/{}/index.html",
            site.audience, site.locale, project.modules[*i].doc.id
        );
        if let Some((previous, sections)) = stage.previous.get(&path)
            && *previous == fp
            && (stage.has)(&path)
        {
            let sections = Some(sections.clone());
            return Ok(JobOutput {
                path,
                bytes: Vec::new(),
                warnings: Vec::new(),
                sections,
                fingerprint,
                unchanged: true,
            });
        }
    }
    let (page, sections) = render_page(stage, job).map_err(|d| vec![d])?;
    Ok(JobOutput {
        path: page.0,
        bytes: page.1.into_bytes(),
        warnings: Vec::new(),
        sections,
        fingerprint,
        unchanged: false,
    })
}

fn render_page(stage: &Stage, job: &Job) -> Result<(Page, Option<Vec<Section>>), Diagnostic> {
    let (renderer, project, localized) = (stage.renderer, stage.project, stage.localized);
    let get = |key: DocKey, site: SiteRef| localized_for(localized, key, site);
    let page = match job {
        Job::Home => renderer.home(),
        Job::TranslationStatus(report) => renderer.translation_status(report),
        Job::Audience(a) => renderer.audience(a),
        Job::Index(site) => {
            let titles = |i: usize| {
                let doc = get(DocKey::Module(i), *site);
                (
                    crate::render::pages::plain(&doc.front.title.text),
                    doc.front
                        .summary
                        .as_ref()
                        .map(|s| crate::render::pages::plain(&s.text))
                        .unwrap_or_default(),
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
            let (page, sections) =
                renderer.module(*site, &project.modules[*i], get(DocKey::Module(*i), *site))?;
            return Ok((page, Some(sections)));
        }
        Job::Regulations(site) => {
            let title = |i: usize| {
                crate::render::pages::plain(&get(DocKey::Module(i), *site).front.title.text)
            };
            renderer.regulations(*site, stage.cited, &title)
        }
        Job::Search(site) => renderer.search(*site),
        Job::Handout(..) | Job::Booklet(_) => Err(Diagnostic::new(
            Severity::Error,
            "internal",
            "",
            "a handout job reached the page renderer",
        )),
    };
    Ok((page?, None))
}
