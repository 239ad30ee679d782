//! The prepare stage: the interface strings, the compiled theme and the handout and deck
//! typesetters, each made once per build and shared by every job.

use crate::diagnostics::Diagnostic;
use crate::project::Project;
use crate::render::handout::Handouts;
use crate::render::slides::Slides;
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
    /// The deck typesetter, when PDFs are built.
    pub slides: Option<Slides>,
}

/// Compiles the theme and, when `pdf` is set, loads the handout typesetter; the located
/// errors of either if it fails.
pub(super) fn prepare(project: &Project, pdf: bool) -> Result<Tools, Vec<Diagnostic>> {
    let ui = Arc::new(UiStrings::new(project));
    let theme = Theme::load(project, ui.clone())?;
    let (handouts, slides) = match pdf {
        true => (
            Some(Handouts::load(project)?),
            Some(Slides::from_theme(&project.root, project.media.clone())?),
        ),
        false => (None, None),
    };
    Ok(Tools {
        ui,
        theme,
        handouts,
        slides,
    })
}
