//! The jobs of a build: every page and handout of every site, each made by [`run_job`]
//! from a shared [`JobContext`].

use super::cache::PageCache;
use super::fingerprint::{Fingerprint, Key, PageInputs};
use super::handouts::{self, HandoutInputs, HandoutOf};
use super::localize::{DocKey, Localized};
use super::pdf_cache::{CachedPdf, Reuse};
use super::search_index::PieceMaker;
use crate::diagnostics::{Diagnostic, Severity};
use crate::i18n::status::LocaleStatus;
use crate::output::Output;
use crate::project::Project;
use crate::render::pages::{Page, Renderer, SiteRef, plain};
use crate::render::search::Section;
use crate::render::search_index::IndexPiece;
use std::borrow::Cow;
use std::collections::BTreeSet;

/// One file to produce.
pub(super) enum Job<'s> {
    Home,
    TranslationStatus(&'s [LocaleStatus]),
    Audience(&'s str),
    Index(SiteRef<'s>),
    Local(SiteRef<'s>),
    Glossary(SiteRef<'s>),
    /// A module's page and its briefing slides (the HTML deck, and the PDF deck when PDFs
    /// are built), both printed from one prepared tree.
    Module(SiteRef<'s>, usize),
    Handout(SiteRef<'s>, usize),
    Booklet(SiteRef<'s>),
    Regulations(SiteRef<'s>),
    Search(SiteRef<'s>),
}

/// Every job of a build of `sites`, handouts first (they take longest, so starting them
/// first keeps the threads busy to the end).
pub(super) fn expand<'s>(
    project: &'s Project,
    sites: &[SiteRef<'s>],
    pdf: bool,
    status: &'s [LocaleStatus],
) -> Vec<Job<'s>> {
    let mut jobs: Vec<Job> = vec![Job::Home, Job::TranslationStatus(status)];
    let audiences: BTreeSet<&str> = sites.iter().map(|s| s.audience).collect();
    let ids = project.config.audiences.keys();
    jobs.extend(
        ids.filter(|a| audiences.contains(a.as_str()))
            .map(|a| Job::Audience(a)),
    );
    for &site in sites {
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
                if pdf {
                    jobs.push(Job::Handout(site, i));
                }
            }
        }
        if pdf {
            jobs.push(Job::Booklet(site));
        }
    }
    jobs.sort_by_key(|j| match j {
        Job::Booklet(_) | Job::Handout(..) => 0,
        Job::Module(..) if pdf => 0,
        _ => 1,
    });
    jobs
}

/// What a job produced.
pub(super) struct JobOutput {
    /// Path under the output directory.
    pub path: String,
    /// The file.
    pub bytes: Vec<u8>,
    /// Warnings found while making it.
    pub warnings: Vec<Diagnostic>,
    /// For module pages: the module's sections, kept for the next build (`serve`).
    pub sections: Option<Vec<Section>>,
    /// For module pages: the page's search-index piece.
    pub piece: Option<IndexPiece>,
    /// For module pages: the key of their inputs.
    pub key: Option<Key>,
    /// The output already holds this file, unchanged: nothing to write.
    pub unchanged: bool,
    /// Further files the job made (a deck's PDF), by path.
    pub also: Vec<(String, Vec<u8>)>,
    /// What typesetting the job's PDF cost, if it typeset one.
    pub pdf: Option<super::timing::PdfCost>,
    /// Further files the output already holds unchanged (a deck's PDF), by path.
    pub kept: Vec<String>,
    /// The job's PDFs to remember for the next build, by path (when PDFs are reused).
    pub pdfs: Vec<(String, CachedPdf)>,
}

impl JobOutput {
    pub(super) fn file(path: String, bytes: Vec<u8>, warnings: Vec<Diagnostic>) -> JobOutput {
        JobOutput {
            path,
            bytes,
            warnings,
            sections: None,
            piece: None,
            key: None,
            unchanged: false,
            also: Vec::new(),
            pdf: None,
            kept: Vec::new(),
            pdfs: Vec::new(),
        }
    }
}

/// Everything a job may need.
pub(super) struct JobContext<'a> {
    pub renderer: &'a Renderer<'a>,
    pub project: &'a Project,
    pub localized: &'a Localized,
    pub handouts: Option<&'a crate::render::handout::Handouts>,
    /// The deck typesetter, when PDFs are built.
    pub slides: Option<&'a crate::render::slides::Slides>,
    pub cited: &'a [crate::content::regulations::Cited],
    /// The keys of what module pages read besides their documents.
    pub inputs: &'a PageInputs<'a>,
    /// Module pages of the previous build.
    pub previous: &'a PageCache,
    /// Keep module pages' sections for the next build (`serve`).
    pub keep: bool,
    /// Makes module pages' search-index pieces.
    pub pieces: &'a PieceMaker<'a>,
    /// Where the pages go (a page it holds unchanged need not be written again).
    pub output: &'a Output,
    /// The PDFs of the previous build, when this build keeps them (`serve --pdf`).
    pub reuse: Option<Reuse<'a>>,
}

impl JobContext<'_> {
    /// The key of the module page of module `i` on `site`: every input it reads.
    fn module_key(&self, site: SiteRef, i: usize) -> Key {
        let module = self.localized.get(DocKey::Module(i), site.locale);
        let page = self
            .localized
            .get(DocKey::Audience(site.audience), site.locale);
        let mut f = Fingerprint::new("module page");
        f.key("page inputs", self.inputs.for_site(site))
            .text("module", &self.project.modules[i].doc.id);
        for (name, l) in [("module document", module), ("audience page", page)] {
            match l {
                Some(l) => f.key(name, l.key),
                None => f.text(name, "absent"),
            };
        }
        f.finish()
    }
}

/// Runs one job: the file's path and bytes with warnings, or its errors.
pub(super) fn run_job(cx: &JobContext, job: &Job) -> Result<JobOutput, Vec<Diagnostic>> {
    let handout = |site: SiteRef, modules: &[usize], booklet: bool| {
        let h = cx
            .handouts
            .ok_or_else(|| vec![internal("a handout job ran in a build without handouts")])?;
        let inputs = HandoutInputs {
            project: cx.project,
            ui: &cx.renderer.ui,
            localized: cx.localized,
        };
        let of = HandoutOf {
            site,
            modules,
            booklet,
        };
        let reuse = cx.reuse.as_ref();
        let (r, time) = super::timing::measured(|| handouts::render(h, &inputs, of, reuse));
        let r = r?;
        let mut out = JobOutput::file(r.path, r.bytes, r.warnings);
        out.unchanged = r.unchanged;
        out.pdfs.extend(r.cached.map(|c| (out.path.clone(), c)));
        if !r.unchanged {
            out.pdf = Some(super::timing::PdfCost {
                kind: "handouts",
                pages: r.pages,
                time,
            });
        }
        Ok(out)
    };
    match job {
        Job::Handout(site, i) => handout(*site, &[*i], false),
        Job::Booklet(site) => handout(*site, &cx.project.modules_for(site.audience), true),
        Job::Module(site, i) => module_page(cx, *site, *i),
        _ => {
            let (path, html) = render_page(cx, job).map_err(|d| vec![d])?;
            Ok(JobOutput::file(path, html.into_bytes(), Vec::new()))
        }
    }
}

/// A module page (or the previous build's when its key is unchanged and the output still
/// holds it) and the module's deck.
fn module_page(cx: &JobContext, site: SiteRef, i: usize) -> Result<JobOutput, Vec<Diagnostic>> {
    let module = &cx.project.modules[i];
    let key = cx.module_key(site, i);
    let path = format!(
        "{}/{}/{}/index.html",
        site.audience, site.locale, module.doc.id
    );
    let doc = cx.localized.for_site(DocKey::Module(i), site);
    let unchanged = cx
        .previous
        .get(&path)
        .filter(|previous| previous.key == key && cx.output.has(&path));
    let mut prepared = None;
    let (mut out, sections) = match unchanged {
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
            let out = JobOutput::file(path, html.into_bytes(), Vec::new());
            (out, Cow::Owned(sections))
        }
    };
    let title = plain(&doc.front.title.text);
    out.piece = Some(cx.pieces.piece(cx.project, site, i, &title, &sections));
    out.key = Some(key);
    out.sections = cx.keep.then(|| sections.into_owned());
    // Without PDFs the deck reads what the page reads (its key covers the deck too); with
    // PDFs its splits come from the PDF deck, which `pdf_cache` checks on its own.
    let deck_path = crate::render::pages::deck_path(site, &module.doc.id);
    if unchanged.is_some() && cx.slides.is_none() && cx.output.has(&deck_path) {
        out.kept.push(deck_path);
        return Ok(out);
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
    Ok(out)
}

fn render_page(cx: &JobContext, job: &Job) -> Result<Page, Diagnostic> {
    let (renderer, project) = (cx.renderer, cx.project);
    let get = |key: DocKey, site: SiteRef| cx.localized.for_site(key, site);
    match job {
        Job::Home => renderer.home(),
        Job::TranslationStatus(report) => renderer.translation_status(report),
        Job::Audience(a) => renderer.audience(a),
        Job::Index(site) => {
            let titles = |i: usize| {
                let front = &get(DocKey::Module(i), *site).front;
                let summary = front.summary.as_ref().map(|s| plain(&s.text));
                (plain(&front.title.text), summary.unwrap_or_default())
            };
            renderer.site_index(*site, &titles)
        }
        Job::Local(site) => renderer.local(
            *site,
            &project.audience_pages[site.audience],
            get(DocKey::Audience(site.audience), *site),
        ),
        Job::Glossary(site) => renderer.glossary(*site),
        Job::Regulations(site) => {
            let title = |i: usize| plain(&get(DocKey::Module(i), *site).front.title.text);
            renderer.regulations(*site, cx.cited, &title)
        }
        Job::Search(site) => renderer.search(*site),
        Job::Module(..) | Job::Handout(..) | Job::Booklet(_) => Err(internal(
            "a module, deck or handout job reached the page renderer",
        )),
    }
}

pub(super) fn internal(message: &str) -> Diagnostic {
    Diagnostic::new(Severity::Error, "internal", "", message)
}
