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

pub use crate::content::links::{LinkTarget, resolve};

/// Every cross-file check of the project's source.
pub fn all(project: &Project) -> Vec<Diagnostic> {
    let mut out = check_links(project);
    out.extend(registry::check(project));
    out.extend(audiences::check(project));
    out.extend(orphans::check(project));
    out.extend(quizzes::check(project));
    out
}
