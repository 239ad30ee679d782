//! The prepare stage: the interface strings, the compiled theme and the handout
//! typesetter, each made once per build and shared by every job.

use crate::diagnostics::Diagnostic;
use crate::project::Project;
use crate::render::handout::Handouts;
use crate::render::templates::{Theme, UiStrings};
use std::sync::Arc;

/// What the prepare stage hands to the renderer.
pub(super) struct Tools {
    /// Interface strings of every locale.
    pub ui: Arc<UiStrings>,
    /// The compiled templates.
    pub theme: Theme,
    /// The typesetter, when handouts are built.
    pub handouts: Option<Handouts>,
}

/// Compiles the theme and, when `pdf` is set, loads the handout typesetter; the located
/// errors of either if it fails.
pub(super) fn prepare(project: &Project, pdf: bool) -> Result<Tools, Vec<Diagnostic>> {
    let ui = Arc::new(UiStrings::new(project));
    let theme = Theme::load(project, ui.clone())?;
    let handouts = match pdf {
        true => Some(Handouts::load(project)?),
        false => None,
    };
    Ok(Tools {
        ui,
        theme,
        handouts,
    })
}
