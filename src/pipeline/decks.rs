//! Deck jobs: a module's briefing slides for one site, as an HTML deck and, when PDFs are
//! built, a 16:9 PDF deck typeset from the same data whose splits the HTML deck follows.

use super::jobs::{JobContext, JobOutput};
use super::localize::DocKey;
use super::pdf_cache::{CachedPdf, Hit};
use crate::content::document::Module;
use crate::diagnostics::{Diagnostic, Severity};
use crate::render::handout::{Assembly, content::plain, fallbacks};
use crate::render::pages::SiteRef;
use crate::render::prepare::Prepared;
use crate::render::slides::data::{Deck, Fit};

/// The deck of module `i` for `site`, from `prepared`, the tree its page printed.
pub(super) fn deck(
    cx: &JobContext,
    site: SiteRef,
    i: usize,
    prepared: &Prepared,
) -> Result<JobOutput, Vec<Diagnostic>> {
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
    let deck = assembly.deck(module, doc, &audience, prepared);
    let id = &module.doc.id;
    let pdf_path = format!("{}/{}/slides/{id}.pdf", site.audience, site.locale);
    let mut warnings = Vec::new();
    let mut pdf = None;
    let mut cost = None;
    let checked = cx.slides.and(cx.reuse.as_ref()).map(|r| {
        let date = module.meta.reviewed.as_str();
        r.check(&pdf_path, &deck, &[("date", Some(date))])
    });
    let mut kept = Vec::new();
    let mut remember = None;
    let fits = match (cx.slides, checked) {
        (Some(_), _) if !cx.typeset => {
            warnings.extend(estimated_overflows(module, &deck, site));
            None
        }
        (Some(_), Some((_, Some(hit)))) => {
            let record = hit.record().clone();
            warnings.extend(record.warnings.iter().cloned());
            warnings.extend(overflows(module, &deck, &record.fits, site));
            match hit {
                Hit::InOutput(_) => kept.push(pdf_path.clone()),
                Hit::Stored(_, bytes) => pdf = Some(bytes),
            }
            let fits = record.fits.clone();
            remember = Some(record);
            Some(fits)
        }
        (Some(slides), checked) => {
            let date = super::handouts::date(&module.meta.reviewed);
            let (typeset, time) = super::timing::measured(|| slides.render(&deck, &pdf_path, date));
            let typeset = typeset?;
            cost = Some(super::timing::PdfCost {
                kind: "decks",
                pages: typeset.pages,
                time,
                layout: typeset.layout,
            });
            remember = checked.map(|(key, _)| CachedPdf {
                key,
                pages: typeset.pages,
                warnings: typeset.warnings.clone(),
                fits: typeset.fits.clone(),
            });
            if let (Some(reuse), Some(record)) = (cx.reuse.as_ref(), &remember) {
                reuse.keep(record, &typeset.output);
            }
            warnings.extend(typeset.warnings);
            warnings.extend(overflows(module, &deck, &typeset.fits, site));
            pdf = Some(typeset.output);
            Some(typeset.fits)
        }
        (None, _) => None,
    };
    let (path, html) = cx
        .renderer
        .deck(site, id, &deck, fits.as_deref(), fallbacks(doc))
        .map_err(|d| vec![d])?;
    let mut out = JobOutput::file(path, html, warnings);
    out.pdf = cost;
    out.kept = kept;
    out.pdfs.extend(remember.map(|r| (pdf_path.clone(), r)));
    if let Some(pdf) = pdf {
        out.also.push((pdf_path, pdf));
    }
    Ok(out)
}

/// A `slide-overflow` note for each slide with a block that cannot be split and is
/// estimated not to fit on a page even in the smallest type (decks assembled, not typeset).
fn estimated_overflows(module: &Module, deck: &Deck, site: SiteRef) -> Vec<Diagnostic> {
    crate::render::slides::estimate::overflowing(deck)
        .into_iter()
        .map(|slide| {
            let (heading, offset) = slide_place(module, deck, slide);
            Diagnostic::new(
                Severity::Note,
                "slide-overflow",
                &module.doc.file.path,
                format!(
                    "slide “{heading}” of the {} deck for {} has a block estimated not to fit on one page even in the smallest type (split it with <!-- slide --> or shorten it; `primer check --pdf` measures it)",
                    site.locale, site.audience
                ),
            )
            .at(&module.doc.file, offset)
        })
        .collect()
}

/// The plain heading of slide `index` and the offset of its section's heading in the source
/// (the front matter for the slides made from it: title, objectives).
fn slide_place(module: &Module, deck: &Deck, index: usize) -> (String, usize) {
    let slide = deck.slides.get(index);
    let heading = slide.map(|s| plain(&s.heading)).unwrap_or_default();
    let offset = slide
        .and_then(|s| s.anchor.as_ref())
        .and_then(|a| module.doc.anchors.iter().position(|x| x == a))
        .and_then(|k| module.doc.scan.headings.get(k))
        .map_or(0, |h| h.offset);
    (heading, offset)
}

/// A `slide-overflow` warning for each part of the deck that did not fit on its page,
/// located at the section's heading in the source (at the front matter for the slides
/// made from it: title, objectives).
fn overflows(module: &Module, deck: &Deck, fits: &[Fit], site: SiteRef) -> Vec<Diagnostic> {
    let mut warnings = Vec::new();
    for fit in fits.iter().filter(|f| f.overflows()) {
        let (heading, offset) = slide_place(module, deck, fit.slide);
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
    warnings
}
