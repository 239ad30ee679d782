//! Every quiz of every document is well formed.

use crate::content::document::Document;
use crate::content::markdown::options;
use crate::content::quiz;
use crate::diagnostics::Diagnostic;
use crate::project::Project;
use rayon::prelude::*;

/// The quiz problems of every module and audience page.
pub fn check(project: &Project) -> Vec<Diagnostic> {
    let docs: Vec<&Document> = project
        .modules
        .iter()
        .map(|m| &m.doc)
        .chain(project.audience_pages.values().map(|a| &a.doc))
        .collect();
    docs.par_iter()
        .flat_map_iter(|d| check_document(d))
        .collect()
}

fn check_document(doc: &Document) -> Vec<Diagnostic> {
    let body = doc.body();
    let (events, offsets): (Vec<_>, Vec<_>) = pulldown_cmark::Parser::new_ext(body, options())
        .into_offset_iter()
        .map(|(e, r)| (e, doc.body_start + r.start))
        .unzip();
    quiz::check(&events, &offsets, &doc.file)
}
