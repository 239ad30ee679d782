//! The HTML deck page of a module: `<audience>/<locale>/slides/<module>/index.html`.

use super::{Page, Renderer, SiteRef};
use crate::diagnostics::Diagnostic;
use crate::render::slides::data::{Deck, Fit};
use crate::render::slides::html::{self, DeckLabels};
use crate::render::views::DeckView;

impl Renderer<'_> {
    /// The HTML deck of module `id` in `site`, split where the PDF deck was (`fits`) or by
    /// the estimate; `fallbacks` is the number of segments shown in a fallback language.
    pub fn deck(
        &self,
        site: SiteRef,
        id: &str,
        deck: &Deck,
        fits: Option<&[Fit]>,
        fallbacks: usize,
    ) -> Result<Page, Diagnostic> {
        let mut base = self.base(Some(site), 4, &format!("slides/{id}/"), &deck.title);
        base.set_fallbacks(fallbacks);
        let labels = DeckLabels {
            answer: self.ui.text(site.locale, "slides-answer"),
        };
        let view = DeckView {
            slides: html::slides(deck, fits, &labels, &base.root),
            base,
            module_id: id.to_string(),
            module_href: format!("../../{id}/index.html"),
            pdf: self.pdf.then(|| format!("../{id}.pdf")),
        };
        self.render(view, deck_path(site, id))
    }
}

/// Where the HTML deck of module `id` on `site` goes.
pub fn deck_path(site: SiteRef, id: &str) -> String {
    format!("{}/{}/slides/{id}/index.html", site.audience, site.locale)
}
