//! Handout jobs: a PDF per (site, module) and a booklet per site, each typeset from the
//! documents localized for the web pages.

use super::{DocKey, Localized, localized_for};
use crate::diagnostics::Diagnostic;
use crate::project::Project;
use crate::render::handout::{Assembly, HandoutData, Handouts};
use crate::render::pages::SiteRef;
use crate::render::templates::UiStrings;
use typst::foundations::Datetime;

/// A rendered file with the warnings found while making it.
pub(super) type Rendered = (String, Vec<u8>, Vec<Diagnostic>);

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

/// The PDF of `modules` for `site`: one module, or the booklet when `booklet` is set.
pub(super) fn render(
    handouts: &Handouts,
    project: &Project,
    ui: &UiStrings,
    localized: &Localized,
    site: SiteRef,
    modules: &[usize],
    booklet: bool,
) -> Result<Rendered, Vec<Diagnostic>> {
    let families = crate::render::handout::FAMILIES;
    let covers = |c: char| handouts.covers(families, c);
    let mut a = assemble(&covers, project, ui, localized, site, modules, booklet);
    let (pdf, typst_warnings) = handouts.render(&a.data, &a.path, a.qr, a.date)?;
    a.warnings.extend(typst_warnings);
    Ok((a.path, pdf, a.warnings))
}

/// The data of the handout of `modules` for `site`, without typesetting it; `covers` tells
/// whether the handout fonts have a character.
pub(super) fn assemble(
    covers: &dyn Fn(char) -> bool,
    project: &Project,
    ui: &UiStrings,
    localized: &Localized,
    site: SiteRef,
    modules: &[usize],
    booklet: bool,
) -> Assembled {
    let config = &project.config;
    let audience = &config.audiences[site.audience];
    let assembly = Assembly {
        project,
        ui,
        audience: site.audience,
        locale: site.locale,
        bilingual: audience.handout.bilingual && site.locale != config.source_locale,
    };
    let mut warnings = Vec::new();
    let mut quiz_number = 0;
    let mut fallbacks = 0;
    let mut data_modules = Vec::new();
    for &i in modules {
        let module = &project.modules[i];
        let doc = localized_for(localized, DocKey::Module(i), site);
        warnings.extend(crate::render::handout::missing_glyphs(
            &module.doc,
            doc,
            covers,
        ));
        fallbacks += crate::render::handout::fallbacks(doc);
        data_modules.push(assembly.module(
            module,
            doc,
            &mut quiz_number,
            config.base_url.is_some() && !booklet,
        ));
    }
    let local = project.audience_pages.get(site.audience).map(|page| {
        let doc = localized_for(localized, DocKey::Audience(site.audience.to_string()), site);
        assembly.local(page, doc)
    });
    let (title, path, url) = match (booklet, modules.first()) {
        (false, Some(&i)) => {
            let doc = localized_for(localized, DocKey::Module(i), site);
            let id = &project.modules[i].doc.id;
            (
                crate::render::pages::plain(&doc.front.title.text),
                format!("{}/{}/handouts/{id}.pdf", site.audience, site.locale),
                format!("{}/{}/{id}/index.html", site.audience, site.locale),
            )
        }
        _ => (
            ui.text(site.locale, "handout-booklet-title"),
            format!("{}/{}/handouts/all-modules.pdf", site.audience, site.locale),
            format!("{}/{}/index.html", site.audience, site.locale),
        ),
    };
    let data = assembly.data(
        if booklet { "booklet" } else { "module" },
        title,
        data_modules,
        local,
        fallbacks,
    );
    let qr = config
        .base_url
        .as_ref()
        .filter(|_| !booklet)
        .and_then(|base| qr_svg(&format!("{}/{url}", base.trim_end_matches('/'))));
    let latest = modules
        .iter()
        .map(|&i| project.modules[i].meta.reviewed.as_str())
        .max()
        .unwrap_or("2026-01-01");
    Assembled {
        path,
        data,
        qr,
        date: date(latest),
        warnings,
    }
}

/// The `YYYY-MM-DD` date as the PDF's date (the latest review date of its contents, so the
/// file does not change unless they do).
fn date(iso: &str) -> Datetime {
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
