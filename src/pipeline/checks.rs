//! Checks across documents that need the whole project: quizzes, links to modules an
//! audience does not get, and translation files without a document.

use super::{DocKey, all_docs};
use crate::check::{self, LinkTarget};
use crate::content::document::Document;
use crate::content::markdown::options;
use crate::diagnostics::{Diagnostic, Severity};
use crate::project::Project;
use crate::render::quiz;

pub(super) fn check_quizzes(doc: &Document) -> Vec<Diagnostic> {
    let body = doc.body();
    let (events, offsets): (Vec<_>, Vec<_>) = pulldown_cmark::Parser::new_ext(body, options())
        .into_offset_iter()
        .map(|(e, r)| (e, doc.body_start + r.start))
        .unzip();
    quiz::check(&events, &offsets, &doc.file)
}

/// Links to modules that some audience of the linking document does not get.
pub(super) fn audience_link_warnings(project: &Project) -> Vec<Diagnostic> {
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
pub(super) fn orphan_files(project: &Project) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let orphan = |tag: &str, path: &str, what: String| {
        Diagnostic::new(Severity::Warning, "obsolete-file", path, what).in_locale(tag)
    };
    for (tag, catalog) in &project.catalogs {
        for (id, file) in &catalog.modules {
            if project.module(id).is_none() && !project.unloaded_modules.contains(id) {
                out.push(orphan(
                    tag,
                    &file.file.path,
                    format!("there is no module `{id}`"),
                ));
            }
        }
        for (id, file) in &catalog.audiences {
            if !project.config.audiences.contains_key(id) {
                out.push(orphan(
                    tag,
                    &file.file.path,
                    format!("there is no audience `{id}`"),
                ));
            }
        }
    }
    out
}
