//! The build: load → check → localize each (document, locale) once → render every page of
//! every (audience, locale) site in parallel → write atomically.

use crate::check::{self, LinkTarget};
use crate::content::document::Document;
use crate::content::markdown::options;
use crate::diagnostics::{Diagnostic, Diagnostics, Policy, Severity};
use crate::i18n::catalog::Bundle;
use crate::i18n::lineage::{self, LineageMap};
use crate::i18n::status::LocaleStatus;
use crate::i18n::translate::{ChainLink, LocalizedDoc, localize};
use crate::output::Output;
use crate::project::{self, Project};
use crate::render::pages::{Page, Renderer, SiteRef};
use crate::render::quiz;
use crate::render::templates::{Theme, UiStrings};
use anyhow::{Result, bail};
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet, HashMap};
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
    let renderer = Renderer::new(&project, ui, theme);
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
            }
        }
    }
    let results: Vec<std::result::Result<String, Diagnostic>> = jobs
        .par_iter()
        .map(|job| {
            let (path, html) = render_job(&renderer, &project, &localized, job)?;
            output
                .write(&path, html.as_bytes())
                .map_err(|e| Diagnostic::new(Severity::Error, "io", &path, format!("{e:#}")))?;
            Ok(path)
        })
        .collect();
    let mut pages = 0;
    for r in results {
        match r {
            Ok(_) => pages += 1,
            Err(d) => diagnostics.push(d),
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
}

/// Localized documents by (document, locale, audience); the audience is empty for
/// documents that read the same for every audience.
type LocalizedKey = (DocKey, String, String);
type Localized = HashMap<LocalizedKey, LocalizedDoc>;

fn render_job(
    renderer: &Renderer,
    project: &Project,
    localized: &Localized,
    job: &Job,
) -> std::result::Result<Page, Diagnostic> {
    let get = |key: DocKey, site: SiteRef| -> &LocalizedDoc {
        localized
            .get(&(
                key.clone(),
                site.locale.to_string(),
                site.audience.to_string(),
            ))
            .or_else(|| localized.get(&(key, site.locale.to_string(), String::new())))
            .expect("every (document, locale) of a site is localized before rendering")
    };
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
    }
}

/// Translation coverage of every (document, locale) that the planned sites show.
fn status_report(project: &Project, localized: &Localized) -> Vec<LocaleStatus> {
    let docs: HashMap<DocKey, &Document> = all_docs(project).into_iter().collect();
    let mut per_locale: BTreeMap<&str, BTreeMap<&DocKey, &LocalizedDoc>> = BTreeMap::new();
    for ((key, locale, _), doc) in localized {
        if locale != &project.config.source_locale {
            // Any audience's variant has the same states.
            per_locale
                .entry(locale.as_str())
                .or_default()
                .entry(key)
                .or_insert(doc);
        }
    }
    project
        .config
        .locales
        .keys()
        .filter_map(|tag| {
            let entries = per_locale.get(tag.as_str())?;
            let documents = entries
                .iter()
                .map(|(key, l)| {
                    let doc = docs[*key];
                    let kind = match key {
                        DocKey::Module(_) => "modules",
                        DocKey::Audience(_) => "audiences",
                    };
                    (
                        doc.file.path.clone(),
                        format!("locales/{tag}/{kind}/{}.ftl", doc.id),
                        l.statuses.clone(),
                    )
                })
                .collect();
            Some(LocaleStatus::new(
                tag,
                project.config.review(tag),
                documents,
            ))
        })
        .collect()
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

/// Localizes every (document, locale) the sites need, once; again per audience only for
/// documents whose messages use `$audience`.
fn localize_all(project: &Project, sites: &[SiteRef], diagnostics: &mut Diagnostics) -> Localized {
    let source = project.config.source_locale.as_str();
    // (doc, locale) → audiences of the sites that show it.
    let mut needed: BTreeMap<(DocKey, &str), Vec<&str>> = BTreeMap::new();
    for site in sites {
        for (key, _) in all_docs(project) {
            let wanted = match &key {
                DocKey::Module(i) => project.modules[*i].is_for(site.audience),
                DocKey::Audience(a) => a == site.audience,
            };
            if wanted {
                needed
                    .entry((key, site.locale))
                    .or_default()
                    .push(site.audience);
            }
        }
    }
    let bundles = build_bundles(project, needed.keys().map(|(k, l)| (k.clone(), *l)));
    let docs: HashMap<DocKey, &Document> = all_docs(project).into_iter().collect();
    let lineages: HashMap<DocKey, LineageMap> = docs
        .iter()
        .map(|(k, d)| (k.clone(), reference_lineage(project, k, d).0))
        .collect();
    let results: Vec<Vec<(LocalizedKey, LocalizedDoc)>> = needed
        .par_iter()
        .map(|((key, locale), audiences)| {
            let doc = docs[key];
            let chain_locales: Vec<String> = project
                .config
                .fallback_chain(locale)
                .into_iter()
                .filter(|l| l != source)
                .collect();
            let chain: Vec<ChainLink> = chain_locales
                .iter()
                .map(|l| ChainLink {
                    locale: l,
                    bundle: bundles[&(key.clone(), l.clone())].clone(),
                    file: doc_file(project, key, l),
                })
                .collect();
            let lineage = &lineages[key];
            let first = localize(doc, lineage, &chain, source, audiences[0]);
            if !first.audience_dependent {
                return vec![((key.clone(), locale.to_string(), String::new()), first)];
            }
            audiences
                .iter()
                .map(|a| {
                    (
                        (key.clone(), locale.to_string(), a.to_string()),
                        localize(doc, lineage, &chain, source, a),
                    )
                })
                .collect()
        })
        .collect();
    let mut out = HashMap::new();
    for (k, v) in results.into_iter().flatten() {
        diagnostics.extend(v.diagnostics.iter().cloned());
        out.insert(k, v);
    }
    out
}

/// The lineage of `doc` from its reference file, and a warning when that file is missing or
/// does not list the document's current segments.
fn reference_lineage(
    project: &Project,
    key: &DocKey,
    doc: &Document,
) -> (LineageMap, Option<Diagnostic>) {
    let source = &project.config.source_locale;
    let kind = match key {
        DocKey::Module(_) => "modules",
        DocKey::Audience(_) => "audiences",
    };
    let hint = "run `primer i18n extract`; until then, changed segments count as missing";
    let Some(file) = doc_file(project, key, source) else {
        let message = format!(
            "there is no reference file locales/{source}/{kind}/{}.ftl",
            doc.id
        );
        return (
            LineageMap::new(),
            Some(
                Diagnostic::new(
                    Severity::Warning,
                    "reference-outdated",
                    &doc.file.path,
                    message,
                )
                .hint(hint),
            ),
        );
    };
    let (map, complete) = lineage::lineage_of(doc, &lineage::read_reference(&file.file.text));
    let warning = (!complete).then(|| {
        Diagnostic::new(
            Severity::Warning,
            "reference-outdated",
            &file.file.path,
            format!("the reference file does not match {}", doc.file.path),
        )
        .hint(hint)
    });
    (map, warning)
}

fn doc_file<'p>(
    project: &'p Project,
    key: &DocKey,
    locale: &str,
) -> Option<&'p crate::i18n::catalog::FtlFile> {
    let catalog = project.catalogs.get(locale)?;
    match key {
        DocKey::Module(i) => catalog.modules.get(&project.modules[*i].doc.id),
        DocKey::Audience(a) => catalog.audiences.get(a),
    }
}

/// One bundle per (document, locale) of every chain, built once, in parallel.
fn build_bundles<'a>(
    project: &Project,
    needed: impl Iterator<Item = (DocKey, &'a str)>,
) -> HashMap<(DocKey, String), Arc<Bundle>> {
    let source = &project.config.source_locale;
    let mut keys: BTreeSet<(DocKey, String)> = BTreeSet::new();
    for (key, locale) in needed {
        for l in project.config.fallback_chain(locale) {
            if &l != source {
                keys.insert((key.clone(), l));
            }
        }
    }
    keys.into_par_iter()
        .map(|(key, locale)| {
            let bundle = project.catalogs[&locale].bundle(doc_file(project, &key, &locale));
            ((key, locale), Arc::new(bundle))
        })
        .collect()
}

fn check_quizzes(doc: &Document) -> Vec<Diagnostic> {
    let body = doc.body();
    let (events, offsets): (Vec<_>, Vec<_>) = pulldown_cmark::Parser::new_ext(body, options())
        .into_offset_iter()
        .map(|(e, r)| (e, doc.body_start + r.start))
        .unzip();
    quiz::check(&events, &offsets, &doc.file)
}

/// Links to modules that some audience of the linking document does not get.
fn audience_link_warnings(project: &Project) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (key, doc) in all_docs(project) {
        let audiences: Vec<&str> = match &key {
            DocKey::Module(i) => project
                .audience_ids()
                .into_iter()
                .filter(|a| project.modules[*i].is_for(a))
                .collect(),
            DocKey::Audience(a) => vec![a.as_str()],
        };
        for link in &doc.scan.files {
            if let Some(LinkTarget::Module(id, _)) =
                check::resolve(project, &link.path, link.fragment.as_deref())
                && let Some(target) = project.module(&id)
            {
                let missing: Vec<&str> = audiences
                    .iter()
                    .copied()
                    .filter(|a| !target.is_for(a))
                    .collect();
                if !missing.is_empty() {
                    out.push(Diagnostic::warning(
                        "link-not-for-audience",
                        &doc.file,
                        link.offset,
                        format!("module `{id}` is not shown to {}; the link renders as plain text there", missing.join(", ")),
                    ));
                }
            }
        }
    }
    out
}

/// Translation files for modules or audiences that do not exist.
fn orphan_files(project: &Project) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (tag, catalog) in &project.catalogs {
        for (id, file) in &catalog.modules {
            if project.module(id).is_none() && !project.unloaded_modules.contains(id) {
                out.push(
                    Diagnostic::new(
                        Severity::Warning,
                        "obsolete-file",
                        &file.file.path,
                        format!("there is no module `{id}`"),
                    )
                    .in_locale(tag),
                );
            }
        }
    }
    out
}
