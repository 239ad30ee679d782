//! Links to modules that some audience of the linking document does not get.

use super::{LinkTarget, resolve};
use crate::content::document::Document;
use crate::diagnostics::Diagnostic;
use crate::project::Project;

/// Warns of each link, in a module or audience page, to a module that some audience of the
/// linking document does not get (the link renders as plain text there).
pub fn check(project: &Project) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for m in &project.modules {
        let audiences: Vec<&str> = project
            .audience_ids()
            .into_iter()
            .filter(|a| m.is_for(a))
            .collect();
        check_document(project, &m.doc, &audiences, &mut out);
    }
    for (id, page) in &project.audience_pages {
        check_document(project, &page.doc, &[id.as_str()], &mut out);
    }
    out
}

fn check_document(
    project: &Project,
    doc: &Document,
    audiences: &[&str],
    out: &mut Vec<Diagnostic>,
) {
    for link in &doc.scan.files {
        if let Some(LinkTarget::Module(id, _)) =
            resolve(project, &link.path, link.fragment.as_deref())
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
                    format!(
                        "module `{id}` is not shown to {}; the link renders as plain text there",
                        missing.join(", ")
                    ),
                ));
            }
        }
    }
}
