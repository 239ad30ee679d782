//! The render stage: every job of a round run in parallel, each file written as soon as its
//! job made it, and what later stages need collected in job order.

use super::cache::PageCache;
use super::jobs::{Job, JobContext, JobResult, ModulePage, Titles, run_job};
use super::localize::Localization;
use super::pdf_cache::PdfCache;
use crate::diagnostics::{Diagnostic, Severity};
use crate::i18n::status::DocStatus;
use crate::output::Output;
use crate::render::search_index::IndexPiece;
use rayon::prelude::*;
use std::collections::HashMap;

/// What the render stage hands on.
#[derive(Default)]
pub(super) struct Rendered<'s> {
    /// Files made (pages and handouts).
    pub count: usize,
    /// Their paths.
    pub written: Vec<String>,
    /// The search-index piece of every module page.
    pub pieces: HashMap<ModulePage<'s>, IndexPiece>,
    /// The title and summary of every module page.
    pub titles: Titles<'s>,
    /// Each module's translation status in each of its locales but the source's.
    pub statuses: Vec<(String, DocStatus)>,
    /// The module pages to reuse in the next build (`serve` only).
    pub pages: PageCache,
    /// The module localizations to reuse in the next build (`serve` only).
    pub localized: Vec<((String, String), Localization)>,
    /// Warnings, and errors of jobs that failed.
    pub problems: Vec<Diagnostic>,
    /// What each PDF cost to typeset.
    pub pdf_costs: Vec<super::timing::PdfCost>,
    /// The PDFs to reuse in the next build (`serve --pdf` only).
    pub pdfs: PdfCache,
}

/// Runs `jobs` in parallel, writing each file into `cx.output` as soon as its job made it,
/// and adds what they made to `rendered`, in job order.
pub(super) fn render<'s>(cx: &JobContext, jobs: &[Job<'s>], rendered: &mut Rendered<'s>) {
    let results: Vec<JobResult<'s>> = jobs
        .par_iter()
        .map(|job| {
            let mut result = run_job(cx, job);
            let files = std::mem::take(&mut result.files);
            for out in files {
                match write_all(cx.output, out) {
                    Ok(out) => result.files.push(out),
                    Err(errors) => result.problems.extend(errors),
                }
            }
            result
        })
        .collect();
    for result in results {
        for out in result.files {
            rendered.count += 1 + out.also.len() + out.kept.len();
            rendered.written.push(out.path);
            rendered
                .written
                .extend(out.also.into_iter().map(|(path, _)| path));
            rendered.written.extend(out.kept);
            rendered.pdfs.extend(out.pdfs);
            rendered.problems.extend(out.warnings);
            rendered.pdf_costs.extend(out.pdf);
        }
        rendered.problems.extend(result.problems);
        rendered.pieces.extend(result.pieces);
        rendered.titles.extend(result.titles);
        rendered.statuses.extend(result.statuses);
        rendered.pages.extend(result.pages);
        rendered.localized.extend(result.localized);
    }
}

/// Writes a job's file and the further files it made, and drops their bytes.
fn write_all(
    output: &Output,
    mut out: super::jobs::JobOutput,
) -> Result<super::jobs::JobOutput, Vec<Diagnostic>> {
    if !out.unchanged {
        write(output, &out.path, &out.bytes)?;
    }
    for (path, bytes) in &mut out.also {
        write(output, path, bytes)?;
        *bytes = Vec::new();
    }
    out.bytes = Vec::new();
    Ok(out)
}

/// Writes `bytes` to `path` in `output`; a failure is an `io` error of that file.
pub(super) fn write(output: &Output, path: &str, bytes: &[u8]) -> Result<(), Vec<Diagnostic>> {
    output.write(path, bytes).map_err(|e| {
        vec![Diagnostic::new(
            Severity::Error,
            "io",
            path,
            format!("{e:#}"),
        )]
    })
}
