//! The render stage: every job run in parallel, each file written as soon as it is made,
//! and what later stages need collected in job order.

use super::cache::{CachedPage, PageCache};
use super::jobs::{Job, JobContext, JobOutput, run_job};
use super::pdf_cache::PdfCache;
use crate::diagnostics::{Diagnostic, Severity};
use crate::output::Output;
use crate::render::search_index::IndexPiece;
use rayon::prelude::*;
use std::collections::HashMap;

/// A module page of one site.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) struct ModulePage<'s> {
    pub audience: &'s str,
    pub locale: &'s str,
    /// The module's index in the project.
    pub module: usize,
}

/// What the render stage hands on.
#[derive(Default)]
pub(super) struct Rendered<'s> {
    /// Files made (pages and handouts).
    pub count: usize,
    /// Their paths.
    pub written: Vec<String>,
    /// The search-index piece of every module page.
    pub pieces: HashMap<ModulePage<'s>, IndexPiece>,
    /// The module pages to reuse in the next build (`serve` only).
    pub pages: PageCache,
    /// Warnings, and errors of jobs that failed.
    pub problems: Vec<Diagnostic>,
    /// What each PDF cost to typeset.
    pub pdf_costs: Vec<super::timing::PdfCost>,
    /// The PDFs to reuse in the next build (`serve --pdf` only).
    pub pdfs: PdfCache,
}

/// Runs `jobs` in parallel, writing each file into `cx.output`; keeps module pages for the
/// next build when `keep` is set.
pub(super) fn render<'s>(cx: &JobContext, jobs: &[Job<'s>], keep: bool) -> Rendered<'s> {
    let results: Vec<Result<JobOutput, Vec<Diagnostic>>> = jobs
        .par_iter()
        .map(|job| {
            let mut out = run_job(cx, job)?;
            if !out.unchanged {
                write(cx.output, &out.path, &out.bytes)?;
            }
            for (path, bytes) in &mut out.also {
                write(cx.output, path, bytes)?;
                *bytes = Vec::new();
            }
            out.bytes = Vec::new();
            Ok(out)
        })
        .collect();
    let mut rendered = Rendered::default();
    for (job, result) in jobs.iter().zip(results) {
        let out = match result {
            Ok(out) => out,
            Err(errors) => {
                rendered.problems.extend(errors);
                continue;
            }
        };
        rendered.count += 1 + out.also.len() + out.kept.len();
        rendered.written.push(out.path.clone());
        rendered
            .written
            .extend(out.also.iter().map(|(path, _)| path.clone()));
        rendered.written.extend(out.kept);
        rendered.pdfs.extend(out.pdfs);
        rendered.problems.extend(out.warnings);
        rendered.pdf_costs.extend(out.pdf);
        if let (Job::Module(site, i), Some(piece)) = (job, out.piece) {
            if let (Some(key), Some(sections)) = (out.key.filter(|_| keep), out.sections) {
                rendered
                    .pages
                    .insert(out.path, CachedPage { key, sections });
            }
            let page = ModulePage {
                audience: site.audience,
                locale: site.locale,
                module: *i,
            };
            rendered.pieces.insert(page, piece);
        }
    }
    rendered
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
