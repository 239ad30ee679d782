//! Checks across files of the source, all run by [`all`]:
//!
//! - [`links`]: links between documents resolve to a module and anchor, and every
//!   referenced media file exists;
//! - [`quizzes`]: every quiz is well formed;
//! - [`audiences`]: links to modules that an audience of the linking document does not get;
//! - [`orphans`]: translation files without a module or audience;
//! - [`registry`]: citations and editions agree with the regulations registry.

pub mod audiences;
pub mod links;
pub mod orphans;
pub mod quizzes;
pub mod registry;

pub use links::check_links;

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

/// Every cross-file check of the project's source.
pub fn all(project: &Project) -> Vec<Diagnostic> {
    let mut out = check_links(project);
    out.extend(registry::check(project));
    out.extend(audiences::check(project));
    out.extend(orphans::check(project));
    out.extend(quizzes::check(project));
    out
}
