//! Handout jobs: a PDF per (site, module) and a booklet per site, each typeset from the
//! documents localized for the web pages.

use super::localize::{DocKey, Localized};
use super::pdf_cache::{CachedPdf, Hit, Reuse};
use crate::diagnostics::Diagnostic;
use crate::project::Project;
use crate::render::handout::{Assembly, HandoutData, Handouts};
use crate::render::pages::SiteRef;
use crate::render::templates::UiStrings;
use typst::foundations::Datetime;

/// A typeset handout with the warnings found while making it.
pub(super) struct Rendered {
    /// Output path of the PDF.
    pub path: String,
    /// The PDF.
    pub bytes: Vec<u8>,
    /// Its page count.
    pub pages: usize,
    /// Warnings (characters no font has, typst's warnings).
    pub warnings: Vec<Diagnostic>,
    /// The output already holds this PDF, unchanged: nothing to write (`bytes` is empty).
    pub unchanged: bool,
    /// The time spent laying it out, when it was typeset (not reused).
    pub layout: Option<std::time::Duration>,
    /// What to remember of it for the next build, when PDFs are reused.
    pub cached: Option<CachedPdf>,
}

/// A handout's data, ready to be typeset.
pub(super) struct Assembled {
    /// Output path of the PDF.
    pub path: String,
    /// What `handout.typ` receives.
    pub data: HandoutData,
    /// The QR code, if the site has a `base_url`.
    qr: Option<String>,
    /// The date of the PDF.
    date: Datetime,
    /// Warnings found while assembling (characters no font has).
    warnings: Vec<Diagnostic>,
}

/// What handouts are made from.
pub(super) struct HandoutInputs<'a> {
    pub project: &'a Project,
    pub ui: &'a UiStrings,
    pub localized: &'a Localized,
}

/// One handout: a module of a site, or the booklet of all its modules.
#[derive(Clone, Copy)]
pub(super) struct HandoutOf<'a> {
    pub site: SiteRef<'a>,
    /// The modules, by index.
    pub modules: &'a [usize],
    /// The booklet (else a module's handout).
    pub booklet: bool,
}

/// The typeset PDF of `of`; with `reuse`, the previous build's when nothing it is typeset
/// from changed.
pub(super) fn render(
    handouts: &Handouts,
    inputs: &HandoutInputs,
    of: HandoutOf,
    reuse: Option<&Reuse>,
) -> Result<Rendered, Vec<Diagnostic>> {
    let families = crate::render::handout::FAMILIES;
    let covers = |c: char| handouts.covers(families, c);
    let mut a = assemble(&covers, inputs, of);
    let date = format!("{:?}", a.date);
    let checked = reuse.map(|r| {
        r.check(
            &a.path,
            &a.data,
            &[("qr", a.qr.as_deref()), ("date", Some(&date))],
        )
    });
    let (key, hit) = checked.unzip();
    if let Some(hit) = hit.flatten() {
        let record = hit.record().clone();
        a.warnings.extend(record.warnings.iter().cloned());
        let (bytes, unchanged) = match hit {
            Hit::InOutput(_) => (Vec::new(), true),
            Hit::Stored(_, bytes) => (bytes, false),
        };
        return Ok(Rendered {
            path: a.path,
            bytes,
            pages: record.pages,
            warnings: a.warnings,
            unchanged,
            layout: None,
            cached: Some(record),
        });
    }
    let pdf = handouts.render(&a.data, &a.path, a.qr, a.date)?;
    let cached = key.map(|key| CachedPdf {
        key,
        pages: pdf.pages,
        warnings: pdf.warnings.clone(),
        fits: Vec::new(),
    });
    if let (Some(reuse), Some(record)) = (reuse, &cached) {
        reuse.keep(record, &pdf.bytes);
    }
    a.warnings.extend(pdf.warnings);
    Ok(Rendered {
        path: a.path,
        bytes: pdf.bytes,
        pages: pdf.pages,
        warnings: a.warnings,
        unchanged: false,
        layout: Some(pdf.layout),
        cached,
    })
}

/// The data of the handout `of`, without typesetting it; `covers` tells whether the
/// handout fonts have a character.
pub(super) fn assemble(
    covers: &dyn Fn(char) -> bool,
    inputs: &HandoutInputs,
    of: HandoutOf,
) -> Assembled {
    let HandoutInputs {
        project,
        ui,
        localized,
    } = *inputs;
    let (site, booklet) = (of.site, of.booklet);
    let config = &project.config;
    let assembly = Assembly {
        project,
        ui,
        audience: site.audience,
        locale: site.locale,
        bilingual: config.audiences[site.audience].handout.bilingual
            && site.locale != config.source_locale,
    };
    let mut warnings = Vec::new();
    let (mut quiz_number, mut fallbacks) = (0, 0);
    let mut data_modules = Vec::new();
    for &i in of.modules {
        let module = &project.modules[i];
        let doc = localized.for_site(DocKey::Module(i), site);
        warnings.extend(crate::render::handout::missing_glyphs(
            &module.doc,
            doc,
            covers,
        ));
        fallbacks += crate::render::handout::fallbacks(doc);
        let qr = config.base_url.is_some() && !booklet;
        data_modules.push(assembly.module(module, doc, &mut quiz_number, qr));
    }
    let local = project.audience_pages.get(site.audience).map(|page| {
        let doc = localized.for_site(DocKey::Audience(site.audience), site);
        assembly.local(page, doc)
    });
    let target = target(inputs, of);
    let kind = if booklet { "booklet" } else { "module" };
    let data = assembly.data(kind, target.title, data_modules, local, fallbacks);
    let qr = config
        .base_url
        .as_ref()
        .filter(|_| !booklet)
        .and_then(|base| qr_svg(&format!("{}/{}", base.trim_end_matches('/'), target.url)));
    let latest = of
        .modules
        .iter()
        .map(|&i| project.modules[i].meta.reviewed.as_str());
    Assembled {
        path: target.path,
        data,
        qr,
        date: date(latest.max().unwrap_or("2026-01-01")),
        warnings,
    }
}

/// A handout's title, PDF path and the page its QR code points to.
struct Target {
    title: String,
    path: String,
    url: String,
}

fn target(inputs: &HandoutInputs, of: HandoutOf) -> Target {
    let site = of.site;
    let (audience, locale) = (site.audience, site.locale);
    match (of.booklet, of.modules.first()) {
        (false, Some(&i)) => {
            let doc = inputs.localized.for_site(DocKey::Module(i), site);
            let id = &inputs.project.modules[i].doc.id;
            Target {
                title: crate::render::pages::plain(&doc.front.title.text),
                path: format!("{audience}/{locale}/handouts/{id}.pdf"),
                url: format!("{audience}/{locale}/{id}/index.html"),
            }
        }
        _ => Target {
            title: inputs.ui.text(locale, "handout-booklet-title"),
            path: format!("{audience}/{locale}/handouts/all-modules.pdf"),
            url: format!("{audience}/{locale}/index.html"),
        },
    }
}

/// The `YYYY-MM-DD` date as the PDF's date (the latest review date of its contents, so the
/// file does not change unless they do).
pub(super) fn date(iso: &str) -> Datetime {
    let part = |r: std::ops::Range<usize>| iso.get(r).and_then(|s| s.parse::<u32>().ok());
    let fallback = || Datetime::from_ymd(2026, 1, 1).expect("a valid date");
    match (part(0..4), part(5..7), part(8..10)) {
        (Some(y), Some(m), Some(d)) => {
            Datetime::from_ymd(y as i32, m as u8, d as u8).unwrap_or_else(fallback)
        }
        _ => fallback(),
    }
}

/// A QR code for `url` as SVG.
fn qr_svg(url: &str) -> Option<String> {
    let code = qrcode::QrCode::new(url.as_bytes()).ok()?;
    Some(
        code.render::<qrcode::render::svg::Color>()
            .min_dimensions(200, 200)
            .quiet_zone(true)
            .build(),
    )
}
