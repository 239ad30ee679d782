//! The jobs of a build: every page and handout of every site, each made by [`run_job`]
//! from a shared [`JobContext`]. A module's job ([`super::module_job`]) localizes the
//! module and makes all its files; the site pages that list modules run after every module
//! job, from the titles those jobs hand on.

use super::cache::{CachedPage, PageCache};
use super::fingerprint::{Fingerprint, Key, PageInputs};
use super::handouts::{self, HandoutInputs, HandoutOf};
use super::localize::{DocKey, Localization, LocalizeCache, Localized, Needed};
use super::pdf_cache::{CachedPdf, Reuse};
use super::search_index::PieceMaker;
use crate::diagnostics::{Diagnostic, Severity};
use crate::i18n::status::{DocStatus, LocaleStatus};
use crate::output::Output;
use crate::project::Project;
use crate::render::pages::{Page, Renderer, SiteRef};
use crate::render::search_index::IndexPiece;
use std::collections::{BTreeSet, HashMap};

/// One job: a file to produce, or a module's files.
pub(super) enum Job<'s> {
    Home,
    TranslationStatus(&'s [LocaleStatus]),
    Audience(&'s str),
    Index(SiteRef<'s>),
    Local(SiteRef<'s>),
    Glossary(SiteRef<'s>),
    /// Module `i` on every site that shows it: localized in each of their locales, its
    /// pages and briefing slides (the HTML deck, and the PDF deck and handout when PDFs are
    /// built); the localizations are dropped when the job ends.
    Module(usize, Vec<SiteRef<'s>>),
    Booklet(SiteRef<'s>),
    Regulations(SiteRef<'s>),
    Search(SiteRef<'s>),
}

/// The first round of jobs: booklets (they take longest, so starting them first keeps the
/// threads busy to the end) and every module a site shows.
pub(super) fn module_jobs<'s>(
    project: &'s Project,
    sites: &[SiteRef<'s>],
    pdf: bool,
) -> Vec<Job<'s>> {
    let mut jobs = Vec::new();
    if pdf {
        jobs.extend(sites.iter().map(|&site| Job::Booklet(site)));
    }
    for (i, module) in project.modules.iter().enumerate() {
        let shown: Vec<SiteRef> = sites
            .iter()
            .copied()
            .filter(|s| module.is_for(s.audience))
            .collect();
        if !shown.is_empty() {
            jobs.push(Job::Module(i, shown));
        }
    }
    jobs
}

/// What the progress of `jobs` is counted in, and how many: PDFs when they are typeset (a
/// handout and a deck per module page, a booklet per site), else module pages.
pub(super) fn work_of(jobs: &[Job], pdf: bool) -> (&'static str, usize) {
    let total = jobs
        .iter()
        .map(|job| match job {
            Job::Module(_, sites) if pdf => 2 * sites.len(),
            Job::Module(_, sites) => sites.len(),
            Job::Booklet(_) => 1,
            _ => 0,
        })
        .sum();
    (if pdf { "PDFs" } else { "pages" }, total)
}

/// The second round: the pages that list modules by title or report on all of them, run
/// once the module jobs have handed on their titles and translation statuses.
pub(super) fn page_jobs<'s>(
    project: &'s Project,
    sites: &[SiteRef<'s>],
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
    }
    jobs
}

/// A module page of one site.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) struct ModulePage<'s> {
    pub audience: &'s str,
    pub locale: &'s str,
    /// The module's index in the project.
    pub module: usize,
}

/// A module's title and summary as plain text, as a site shows them.
pub(super) type Titles<'s> = HashMap<ModulePage<'s>, (String, String)>;

/// What a job made besides its files.
#[derive(Default)]
pub(super) struct JobResult<'s> {
    /// The files.
    pub files: Vec<JobOutput>,
    /// Warnings, and the errors of files that could not be made.
    pub problems: Vec<Diagnostic>,
    /// Each module page's search-index piece.
    pub pieces: Vec<(ModulePage<'s>, IndexPiece)>,
    /// Each module page's title and summary.
    pub titles: Vec<(ModulePage<'s>, (String, String))>,
    /// The module's translation status in each of its locales but the source's.
    pub statuses: Vec<(String, DocStatus)>,
    /// Module pages to reuse in the next build (`serve` only), by path.
    pub pages: Vec<(String, CachedPage)>,
    /// Fresh localizations to reuse in the next build (`serve` only).
    pub localized: Vec<((String, String), Localization)>,
}

impl<'s> JobResult<'s> {
    /// Adds what `other` made after what this holds.
    pub fn extend(&mut self, other: JobResult<'s>) {
        self.files.extend(other.files);
        self.problems.extend(other.problems);
        self.pieces.extend(other.pieces);
        self.titles.extend(other.titles);
        self.statuses.extend(other.statuses);
        self.pages.extend(other.pages);
        self.localized.extend(other.localized);
    }

    /// Adds a file, or the errors that kept it from being made.
    pub fn add(&mut self, made: Result<JobOutput, Vec<Diagnostic>>) {
        match made {
            Ok(out) => self.files.push(out),
            Err(errors) => self.problems.extend(errors),
        }
    }
}

/// What a job produced.
pub(super) struct JobOutput {
    /// Path under the output directory.
    pub path: String,
    /// The file.
    pub bytes: Vec<u8>,
    /// Warnings found while making it.
    pub warnings: Vec<Diagnostic>,
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
            unchanged: false,
            also: Vec::new(),
            pdf: None,
            kept: Vec::new(),
            pdfs: Vec::new(),
        }
    }
}

/// Everything a job may need.
#[derive(Clone, Copy)]
pub(super) struct JobContext<'a> {
    pub renderer: &'a Renderer<'a>,
    pub project: &'a Project,
    /// The (document, locale) pairs the sites show, with the audiences that show each.
    pub needed: &'a Needed<'a>,
    /// Localizations of earlier builds (`serve`).
    pub cache: &'a LocalizeCache,
    /// The localized documents a job reads: the audience pages, and in a module's job the
    /// module too.
    pub localized: &'a Localized,
    /// Module titles and summaries, for the pages of the second round.
    pub titles: &'a Titles<'a>,
    pub handouts: Option<&'a crate::render::handout::Handouts>,
    /// The deck typesetter, when PDFs are built or assembled.
    pub slides: Option<&'a crate::render::slides::Slides>,
    /// Typeset the handouts and decks (else, with `handouts` and `slides`, only assemble
    /// them for what assembly finds).
    pub typeset: bool,
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
    /// Where finished work is counted, if anywhere.
    pub progress: Option<&'a dyn super::progress::Progress>,
}

impl JobContext<'_> {
    /// The title and summary of module `i` on `site`, from its job.
    fn title(&self, site: SiteRef, i: usize) -> (String, String) {
        let page = ModulePage {
            audience: site.audience,
            locale: site.locale,
            module: i,
        };
        self.titles.get(&page).cloned().unwrap_or_default()
    }

    /// The key of the module page of module `i` on `site`: every input it reads.
    pub(super) fn module_key(&self, site: SiteRef, i: usize) -> Key {
        let module = self.localized.get(DocKey::Module(i), site.locale);
        let page = self
            .localized
            .get(DocKey::Audience(site.audience), site.locale);
        let mut f = Fingerprint::new("module page");
        f.key("page inputs", self.inputs.for_site(site))
            .text("module", &self.project.modules[i].doc.id);
        for (name, l) in [("module document", module), ("audience page", page)] {
            match l.and_then(|l| l.key) {
                Some(key) => f.key(name, key),
                None => f.text(name, "absent"),
            };
        }
        f.finish()
    }
}

/// Runs one job; its files are written by the caller.
pub(super) fn run_job<'s>(cx: &JobContext, job: &Job<'s>) -> JobResult<'s> {
    let mut result = JobResult::default();
    match job {
        Job::Module(i, sites) => super::module_job::module(cx, *i, sites, &mut result),
        Job::Booklet(site) => {
            result.add(super::module_job::booklet(cx, *site));
            cx.progress.inspect(|p| p.advance(1));
        }
        _ => result.add(
            render_page(cx, job)
                .map(|(path, html)| JobOutput::file(path, html, Vec::new()))
                .map_err(|d| vec![d]),
        ),
    }
    result
}

/// What assembling the handout of module `i` on `site` would find without typesetting it:
/// the characters no handout font has.
pub(super) fn handout_warnings(cx: &JobContext, site: SiteRef, i: usize) -> Vec<Diagnostic> {
    let Some(h) = cx.handouts else {
        return Vec::new();
    };
    let families = crate::render::handout::FAMILIES;
    let doc = cx.localized.for_site(DocKey::Module(i), site);
    crate::render::handout::missing_glyphs(&cx.project.modules[i].doc, doc, &|c| {
        h.covers(families, c)
    })
}

/// The handout of `modules` on `site` (a module's, or the site's booklet), typeset, or
/// reused when nothing it is typeset from changed.
pub(super) fn handout(
    cx: &JobContext,
    site: SiteRef,
    modules: &[usize],
    booklet: bool,
) -> Result<JobOutput, Vec<Diagnostic>> {
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
    out.pdf = r.layout.map(|layout| super::timing::PdfCost {
        kind: "handouts",
        pages: r.pages,
        time,
        layout,
    });
    Ok(out)
}

fn render_page(cx: &JobContext, job: &Job) -> Result<Page, Diagnostic> {
    let (renderer, project) = (cx.renderer, cx.project);
    let get = |key: DocKey, site: SiteRef| cx.localized.for_site(key, site);
    match job {
        Job::Home => renderer.home(),
        Job::TranslationStatus(report) => renderer.translation_status(report),
        Job::Audience(a) => renderer.audience(a),
        Job::Index(site) => renderer.site_index(*site, &|i| cx.title(*site, i)),
        Job::Local(site) => renderer.local(
            *site,
            &project.audience_pages[site.audience],
            get(DocKey::Audience(site.audience), *site),
        ),
        Job::Glossary(site) => renderer.glossary(*site),
        Job::Regulations(site) => renderer.regulations(*site, cx.cited, &|i| cx.title(*site, i).0),
        Job::Search(site) => renderer.search(*site),
        Job::Module(..) | Job::Booklet(_) => Err(internal(
            "a module or booklet job reached the page renderer",
        )),
    }
}

pub(super) fn internal(message: &str) -> Diagnostic {
    Diagnostic::new(Severity::Error, "internal", "", message)
}
