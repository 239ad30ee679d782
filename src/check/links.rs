//! Links between documents resolve to a module and anchor, and every referenced media file
//! exists.

use super::{LinkTarget, resolve};
use crate::content::document::Document;
use crate::diagnostics::Diagnostic;
use crate::project::Project;

/// Checks the links and media of every document.
pub fn check_links(project: &Project) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let docs = project
        .modules
        .iter()
        .map(|m| &m.doc)
        .chain(project.audience_pages.values().map(|a| &a.doc));
    for doc in docs {
        check_document(project, doc, &mut out);
    }
    out
}

fn check_document(project: &Project, doc: &Document, out: &mut Vec<Diagnostic>) {
    for link in &doc.scan.files {
        match resolve(project, &link.path, link.fragment.as_deref()) {
            Some(LinkTarget::Module(id, _)) if project.unloaded_modules.contains(&id) => {}
            Some(LinkTarget::Module(id, anchor)) => match project.module(&id) {
                None => out.push(
                    Diagnostic::error(
                        "unknown-module",
                        &doc.file,
                        link.offset,
                        format!("link to unknown module `{id}`"),
                    )
                    .hint(format!("modules: {}", module_list(project))),
                ),
                Some(target) => {
                    if let Some(anchor) = anchor.filter(|a| !target.doc.has_anchor(a)) {
                        out.push(
                            Diagnostic::error(
                                "unknown-anchor",
                                &doc.file,
                                link.offset,
                                format!("module `{id}` has no heading `#{anchor}`"),
                            )
                            .hint(format!("its anchors: {}", target.doc.anchors.join(", "))),
                        );
                    }
                }
            },
            Some(LinkTarget::Media(_)) => {}
            None => out.push(Diagnostic::error(
                "missing-media",
                &doc.file,
                link.offset,
                format!(
                    "`{}` not found beside the module or in content/media/",
                    link.path
                ),
            )),
        }
    }
}

fn module_list(project: &Project) -> String {
    project
        .modules
        .iter()
        .map(|m| m.doc.id.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}
