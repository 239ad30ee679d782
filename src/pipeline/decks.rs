//! Deck jobs: a module's briefing slides for one site, as an HTML deck and, when PDFs are
//! built, a 16:9 PDF deck typeset from the same data whose splits the HTML deck follows.

use super::jobs::{JobContext, JobOutput};
use super::localize::DocKey;
use crate::diagnostics::{Diagnostic, Severity};
use crate::render::handout::{Assembly, content::plain, fallbacks};
use crate::render::pages::SiteRef;

/// The deck of module `i` for `site`.
pub(super) fn deck(cx: &JobContext, site: SiteRef, i: usize) -> Result<JobOutput, Vec<Diagnostic>> {
    let project = cx.project;
    let module = &project.modules[i];
    let doc = cx.localized.for_site(DocKey::Module(i), site);
    let config = &project.config;
    let assembly = Assembly {
        project,
        ui: &cx.renderer.ui,
        audience: site.audience,
        locale: site.locale,
        bilingual: config.audiences[site.audience].slides.bilingual
            && site.locale != config.source_locale,
    };
    let audience = cx.renderer.audience_title(site.audience, site.locale);
    let deck = assembly.deck(module, doc, &audience);
    let id = &module.doc.id;
    let pdf_path = format!("{}/{}/slides/{id}.pdf", site.audience, site.locale);
    let mut warnings = Vec::new();
    let mut pdf = None;
    let mut cost = None;
    let fits = match cx.slides {
        Some(slides) => {
            let date = super::handouts::date(&module.meta.reviewed);
            let (typeset, time) = super::timing::measured(|| slides.render(&deck, &pdf_path, date));
            let typeset = typeset?;
            cost = Some(super::timing::PdfCost {
                kind: "decks",
                pages: typeset.pages,
                time,
            });
            warnings.extend(typeset.warnings);
            for fit in typeset.fits.iter().filter(|f| f.overflows()) {
                let slide = deck.slides.get(fit.slide);
                let heading = slide.map(|s| plain(&s.heading)).unwrap_or_default();
                // At the section's heading in the source; at the front matter (title,
                // objectives) for the slides made from it.
                let offset = slide
                    .and_then(|s| s.anchor.as_ref())
                    .and_then(|a| module.doc.anchors.iter().position(|x| x == a))
                    .and_then(|k| module.doc.scan.headings.get(k))
                    .map_or(0, |h| h.offset);
                warnings.push(Diagnostic::new(
                    Severity::Warning,
                    "slide-overflow",
                    &module.doc.file.path,
                    format!(
                        "slide “{heading}” of the {} deck for {} does not fit on one page even in the smallest type; it continues on the next page (split it with <!-- slide --> or shorten it)",
                        site.locale, site.audience
                    ),
                ).at(&module.doc.file, offset));
            }
            pdf = Some(typeset.output);
            Some(typeset.fits)
        }
        None => None,
    };
    let (path, html) = cx
        .renderer
        .deck(site, id, &deck, fits.as_deref(), fallbacks(doc))
        .map_err(|d| vec![d])?;
    let mut out = JobOutput::file(path, html.into_bytes(), warnings);
    out.pdf = cost;
    if let Some(pdf) = pdf {
        out.also.push((pdf_path, pdf));
    }
    Ok(out)
}
