//! The build: load → check → localize each (document, locale) once → render every page of
//! every (audience, locale) site in parallel → write atomically.

mod bundle;
mod handouts;
mod jobs;
mod localize;

use crate::check;
use crate::content::document::Document;
use crate::diagnostics::{Diagnostic, Diagnostics, Policy, Severity};
use crate::i18n::status::LocaleStatus;
use crate::i18n::translate::LocalizedDoc;
use crate::output::Output;
use crate::project::{self, Project};
use crate::render::pages::{Renderer, SiteRef};
use crate::render::templates::{Theme, UiStrings};
use anyhow::{Result, bail};
use jobs::{Job, JobOutput, Stage, run_job};
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

/// What every module page depends on besides its own localized document: the theme,
/// the interface strings, `site.yaml`, and which modules, anchors and media exist for whom.
fn structure_fingerprint(project: &Project, plan: &BuildPlan) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    (plan.pdf, &project.config_file.text).hash(&mut h);
    for t in &project.templates {
        t.text.hash(&mut h);
    }
    // Every page shows interface strings and audience titles (translated in the audience
    // pages' files); terms of the source locale's glossary stand in where a locale lacks one.
    for c in project.catalogs.values() {
        c.ui.as_ref().map(|f| &f.file.text).hash(&mut h);
        c.glossary.as_ref().map(|f| &f.file.text).hash(&mut h);
        for (id, f) in &c.audiences {
            (id, &f.file.text).hash(&mut h);
        }
    }
    for page in project.audience_pages.values() {
        page.doc.file.text.hash(&mut h);
    }
    for m in &project.modules {
        (
            &m.doc.id,
            &m.doc.anchors,
            project
                .audience_ids()
                .iter()
                .map(|a| m.is_for(a))
                .collect::<Vec<_>>(),
        )
            .hash(&mut h);
    }
    project.media.keys().collect::<Vec<_>>().hash(&mut h);
    // Module pages show the registry's titles and editions.
    project.registry.as_ref().map(|r| &r.file.text).hash(&mut h);
    for c in project.catalogs.values() {
        c.regulations.as_ref().map(|f| &f.file.text).hash(&mut h);
    }
    h.finish()
}

/// Phase durations of a build, printed to stderr when `PRIMER_TIMINGS` is set.
struct Timing {
    last: std::time::Instant,
    on: bool,
}

impl Timing {
    fn start() -> Timing {
        Timing {
            last: std::time::Instant::now(),
            on: std::env::var_os("PRIMER_TIMINGS").is_some(),
        }
    }

    // Timings are asked for on the terminal (`PRIMER_TIMINGS=1`), beside the diagnostics.
    #[allow(clippy::print_stderr)]
    fn lap(&mut self, phase: &str) {
        if self.on {
            eprintln!("timing: {phase}: {:.1?}", self.last.elapsed());
        }
        self.last = std::time::Instant::now();
    }
}

/// A document: a module (by index) or an audience page (by id).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum DocKey {
    Module(usize),
    Audience(String),
}

/// Loads and checks the project: the source errors and the project if it could be loaded.
pub fn load_and_check(plan: &BuildPlan) -> Result<(Option<Project>, Diagnostics)> {
    load_and_check_cached(plan, &mut project::SourceCache::default())
}

/// What `serve` keeps between builds so that an edit re-does only the work it affects:
/// parsed sources, localized documents and the fingerprints of rendered module pages.
#[derive(Default)]
pub struct Cache {
    sources: project::SourceCache,
    localized: localize::LocalizeCache,
    /// Module page path → fingerprint of its inputs and its sections for the search index.
    pages: HashMap<String, (u64, Vec<crate::render::search::Section>)>,
    /// Search tokens of module sections.
    tokens: crate::render::search::TokenCache,
    /// Keep search tokens and page fingerprints between builds (`serve`); a single build
    /// does not need them after it.
    keep_tokens: bool,
}

impl Cache {
    /// A cache for a series of builds (`serve`).
    pub fn for_serve() -> Cache {
        Cache {
            keep_tokens: true,
            ..Cache::default()
        }
    }
}

fn load_and_check_cached(
    plan: &BuildPlan,
    sources: &mut project::SourceCache,
) -> Result<(Option<Project>, Diagnostics)> {
    let (project, loaded) = project::load_cached(&plan.root, sources)?;
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
    diagnostics.extend(check::all(&project));
    diagnostics.extend(crate::i18n::glossary::check(&project));
    for (key, doc) in all_docs(&project) {
        diagnostics.extend(reference_lineage(&project, &key, doc).1);
    }
    Ok((Some(project), diagnostics))
}

/// Runs a whole build into `output`.
pub fn build(plan: &BuildPlan, output: Output) -> Result<BuildReport> {
    build_cached(plan, output, &mut Cache::default())
}

/// Runs a build into `output`, reusing and updating `cache` (module pages whose inputs are
/// unchanged and that `output` already holds are not rendered again).
pub fn build_cached(plan: &BuildPlan, output: Output, cache: &mut Cache) -> Result<BuildReport> {
    let mut timing = Timing::start();
    let (project, mut diagnostics) = load_and_check_cached(plan, &mut cache.sources)?;
    timing.lap("load and check");
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
    let sites = sites(&project, plan);
    let registry_titles = registry_titles(&project, &sites, &mut diagnostics);
    let localized = localize_all(&project, &sites, &mut diagnostics, &mut cache.localized);
    let mut status = status_report(&project, &localized);
    registry_titles.add_to_status(&mut status, crate::content::registry::PATH);
    let renderer =
        Renderer::new(&project, ui, theme, plan.pdf).with_registry_titles(registry_titles);
    timing.lap("localize");

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
        jobs.extend([
            Job::Index(site),
            Job::Local(site),
            Job::Glossary(site),
            Job::Regulations(site),
            Job::Search(site),
        ]);
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
    let cited: Vec<crate::content::regulations::Cited> = project
        .modules
        .iter()
        .map(crate::content::regulations::Cited::of)
        .collect();
    let structure = structure_fingerprint(&project, plan);
    let doc_fingerprints: HashMap<(&str, &str), u64> = cache
        .localized
        .iter()
        .map(|((path, locale), (fp, _))| ((path.as_str(), locale.as_str()), *fp))
        .collect();
    let page_fingerprint = |site: SiteRef, i: usize| {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        (
            structure,
            site.audience,
            site.locale,
            &project.modules[i].doc.id,
        )
            .hash(&mut h);
        doc_fingerprints
            .get(&(project.modules[i].doc.file.path.as_str(), site.locale))
            .hash(&mut h);
        h.finish()
    };
    let has = |path: &str| output.has(path);
    let stage = Stage {
        renderer: &renderer,
        project: &project,
        localized: &localized,
        handouts: handouts.as_ref(),
        cited: &cited,
        page_fingerprint: &page_fingerprint,
        previous: &cache.pages,
        has: &has,
    };
    // Handouts take longest: start them first so the threads stay busy to the end.
    jobs.sort_by_key(|j| !matches!(j, Job::Booklet(_) | Job::Handout(..)));
    let write = |out: &JobOutput| {
        output.write(&out.path, &out.bytes).map_err(|e| {
            vec![Diagnostic::new(
                Severity::Error,
                "io",
                &out.path,
                format!("{e:#}"),
            )]
        })
    };
    let results: Vec<std::result::Result<JobOutput, Vec<Diagnostic>>> = jobs
        .par_iter()
        .map(|job| {
            let mut out = run_job(&stage, job)?;
            if !out.unchanged {
                write(&out)?;
            }
            out.bytes = Vec::new();
            Ok(out)
        })
        .collect();
    // Each site's search index needs the sections of all its module pages.
    let mut sections: HashMap<(&str, &str, usize), Vec<crate::render::search::Section>> =
        HashMap::new();
    let mut pages = 0;
    let mut written: Vec<String> = Vec::new();
    let mut new_pages = HashMap::new();
    for (job, r) in jobs.iter().zip(results) {
        match r {
            Ok(out) => {
                pages += 1;
                written.push(out.path.clone());
                diagnostics.extend(out.warnings);
                if let (Job::Module(site, i), Some(s)) = (job, out.sections) {
                    // Only a series of builds (serve) can reuse a page.
                    if let Some(fp) = out.fingerprint.filter(|_| cache.keep_tokens) {
                        new_pages.insert(out.path.clone(), (fp, s.clone()));
                    }
                    sections.insert((site.audience, site.locale, *i), s);
                }
            }
            Err(errors) => diagnostics.extend(errors),
        }
    }
    timing.lap("pages");
    // Sites of one locale share search tokens.
    let group: Vec<&SiteRef> = sites.iter().collect();
    let indexes: Vec<std::result::Result<Vec<String>, Vec<Diagnostic>>> = group
        .par_iter()
        .map(|&site| {
            let modules = project.modules_for(site.audience);
            let titles: Vec<String> = modules
                .iter()
                .map(|&i| {
                    crate::render::pages::plain(
                        &localized_for(&localized, DocKey::Module(i), *site)
                            .front
                            .title
                            .text,
                    )
                })
                .collect();
            let entries: Vec<crate::render::search::ModuleSections> = modules
                .iter()
                .zip(&titles)
                .filter_map(|(&i, title)| {
                    let s = sections.get(&(site.audience, site.locale, i))?;
                    Some(crate::render::search::ModuleSections {
                        title,
                        href: format!("{}/index.html", project.modules[i].doc.id),
                        sections: s,
                        regulations: &project.modules[i].meta.regulations,
                    })
                })
                .collect();
            let glossary = crate::i18n::glossary::read(&project, site.locale);
            let synonyms =
                crate::render::search_index::Synonyms::new(site.locale, &glossary.synonyms);
            let files = crate::render::search_index::site_files(
                site.locale,
                &entries,
                &cache.tokens,
                &synonyms,
            );
            let dir = format!("{}/{}/search-index", site.audience, site.locale);
            let mut paths = Vec::with_capacity(files.len());
            for (name, bytes) in files {
                let out = JobOutput {
                    path: format!("{dir}/{name}"),
                    bytes: bytes.into_bytes(),
                    warnings: Vec::new(),
                    sections: None,
                    fingerprint: None,
                    unchanged: false,
                };
                write(&out)?;
                paths.push(out.path);
            }
            Ok(paths)
        })
        .collect();
    if !cache.keep_tokens {
        cache.tokens.clear();
    }
    for r in indexes {
        match r {
            Ok(paths) => written.extend(paths),
            Err(errors) => diagnostics.extend(errors),
        }
    }
    let diagnostics = diagnostics.finish(plan.policy);
    timing.lap("write");
    if diagnostics.iter().any(|d| d.severity == Severity::Error) {
        return Ok(BuildReport {
            diagnostics,
            pages,
            succeeded: false,
        });
    }
    for (name, path) in &project.static_files {
        output.copy(&format!("static/{name}"), path)?;
        written.push(format!("static/{name}"));
    }
    for (name, path) in &project.media {
        output.copy(&format!("media/{name}"), path)?;
        written.push(format!("media/{name}"));
    }
    if let Some(base) = &project.config.base_url {
        output.write(
            "sitemap.xml",
            bundle::sitemap(&project, base, &written).as_bytes(),
        )?;
        written.push("sitemap.xml".to_string());
    }
    if plan.zip {
        for audience in project
            .config
            .audiences
            .keys()
            .filter(|a| audiences.contains(a.as_str()))
        {
            let (_, home) = renderer
                .home_of(Some(audience))
                .map_err(|d| anyhow::anyhow!(d.render()))?;
            let zip = bundle::audience_zip(&output, audience, &written, home.as_bytes())?;
            output.write(&format!("{audience}.zip"), &zip)?;
            written.push(format!("{audience}.zip"));
        }
    }
    output.commit(&written)?;
    cache.tokens.prune();
    cache.pages = new_pages;
    Ok(BuildReport {
        diagnostics,
        pages,
        succeeded: true,
    })
}

/// Localized documents by (document, locale, audience); the audience is empty for
/// documents that read the same for every audience.
type LocalizedKey = (DocKey, String, String);
type Localized = HashMap<LocalizedKey, Arc<LocalizedDoc>>;

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

/// Loads, checks and localizes the project for `plan` and reports translation coverage,
/// with the diagnostics found on the way (`primer i18n status`).
pub fn translation_status(plan: &BuildPlan) -> Result<(Vec<LocaleStatus>, Vec<Diagnostic>)> {
    let (project, mut diagnostics) = load_and_check(plan)?;
    let Some(project) = project.filter(|_| !diagnostics.has_errors()) else {
        return Ok((Vec::new(), diagnostics.finish(plan.policy)));
    };
    let sites = sites(&project, plan);
    let titles = registry_titles(&project, &sites, &mut diagnostics);
    let localized = localize_all(&project, &sites, &mut diagnostics, &mut Default::default());
    let mut status = status_report(&project, &localized);
    titles.add_to_status(&mut status, crate::content::registry::PATH);
    Ok((status, diagnostics.finish(plan.policy)))
}

/// The titles of the regulations registry in the locales of `sites`.
fn registry_titles(
    project: &Project,
    sites: &[SiteRef],
    diagnostics: &mut Diagnostics,
) -> crate::i18n::registry::RegistryTitles {
    let locales: Vec<&str> = sites.iter().map(|s| s.locale).collect();
    let (titles, problems) = crate::i18n::registry::localize(project, &locales);
    diagnostics.extend(problems);
    diagnostics.extend(titles.diagnostics().cloned());
    titles
}

/// A handout's PDF path and the data it is typeset from.
pub type HandoutAt = (String, crate::render::handout::HandoutData);

/// The data every handout of the plan (each module, then the booklet, of each site) is
/// typeset from, by PDF path, without typesetting: what reaches `handout.typ`, for tests
/// that check no Markdown source is left in it. Empty when the source has errors.
pub fn handout_data(plan: &BuildPlan) -> Result<(Vec<HandoutAt>, Vec<Diagnostic>)> {
    let (project, mut diagnostics) = load_and_check(plan)?;
    let Some(project) = project.filter(|_| !diagnostics.has_errors()) else {
        return Ok((Vec::new(), diagnostics.finish(plan.policy)));
    };
    let ui = UiStrings::new(&project);
    let sites = sites(&project, plan);
    let localized = localize_all(&project, &sites, &mut diagnostics, &mut Default::default());
    let mut out = Vec::new();
    for &site in &sites {
        let modules = project.modules_for(site.audience);
        let each = modules.iter().map(|&i| (vec![i], false));
        for (modules, booklet) in each.chain([(modules.clone(), true)]) {
            let a = handouts::assemble(
                &|_| true,
                &project,
                &ui,
                &localized,
                site,
                &modules,
                booklet,
            );
            out.push((a.path, a.data));
        }
    }
    Ok((out, diagnostics.finish(plan.policy)))
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
