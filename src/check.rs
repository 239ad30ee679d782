//! Checks across files of the source: links between documents resolve to a module and
//! anchor, and every referenced media file exists; citations and editions agree with the
//! regulations registry ([`registry`]).

pub mod registry;

use crate::content::document::Document;
use crate::diagnostics::Diagnostic;
use crate::project::Project;

/// Where a relative link in the source points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkTarget {
    /// Another module (its id), with an optional anchor.
    Module(String, Option<String>),
    /// A media file (its name under `public/media/`).
    Media(String),
}

/// Resolves a relative link written in a document under `content/`.
pub fn resolve(project: &Project, path: &str, fragment: Option<&str>) -> Option<LinkTarget> {
    let clean = path.trim_start_matches("./");
    if let Some(file) = clean.strip_suffix(".md") {
        let id = file.rsplit('/').next().unwrap_or(file);
        return Some(LinkTarget::Module(
            id.to_string(),
            fragment.map(str::to_string),
        ));
    }
    let name = clean.strip_prefix("../media/").unwrap_or(clean);
    project
        .media
        .contains_key(name)
        .then(|| LinkTarget::Media(name.to_string()))
}

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
