//! Translation files for modules or audiences that do not exist.

use crate::diagnostics::{Diagnostic, Severity};
use crate::project::Project;

/// Warns of each module or audience translation file without its module or audience.
pub fn check(project: &Project) -> Vec<Diagnostic> {
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
