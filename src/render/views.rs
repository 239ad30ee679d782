//! The template contract: one `Serialize` view struct per template, with the fields the
//! shared layout (`base.html`) needs in [`BaseView`], flattened into each. A template sees
//! exactly these fields, under these names; [`TEMPLATES`] names every template a theme
//! must provide, from the views.

use super::pages::{Alternate, AudienceLink, CategoryGroup, GlossaryTerm, LocaleLink, Regulation};
use super::reader::{PartEntry, StandardEntry};
use super::registry::ReviewDueView;
use crate::config::Review;
use crate::i18n::status::LocaleStatus;
use serde::Serialize;

/// A page view and the template that renders it.
pub(super) trait View: Serialize {
    /// The template's name under `themes/<theme>/templates/`.
    const TEMPLATE: &'static str;
    /// The shared fields.
    fn base_mut(&mut self) -> &mut BaseView;
}

macro_rules! views {
    ($($view:ident$(<$l:lifetime>)? => $template:literal),* $(,)?) => {
        $(impl$(<$l>)? View for $view$(<$l>)? {
            const TEMPLATE: &'static str = $template;
            fn base_mut(&mut self) -> &mut BaseView {
                &mut self.base
            }
        })*
        /// The templates every theme must provide: one per view.
        pub(super) const TEMPLATES: &[&str] = &[$($template),*];
    };
}

views! {
    HomeView => "home.html",
    AudienceView => "audience.html",
    IndexView => "index.html",
    ModuleView => "module.html",
    LocalView => "local.html",
    GlossaryView => "glossary.html",
    RegulationsView => "regulations.html",
    SearchView => "search.html",
    StatusView<'a> => "translation-status.html",
    DeckView => "slides.html",
}

/// Links from the status banner to at most this many fallback passages; beyond that the
/// list would bury the page on a phone.
const BANNER_LINKS: usize = 12;

/// What every page shows (the layout in `base.html`).
#[derive(Serialize)]
pub(super) struct BaseView {
    /// The page's language tag (`lang` attribute, and the default locale of `t()`).
    pub lang: String,
    /// Relative path from the page to the output root (`../` repeated).
    pub root: String,
    /// The page title (plain text, for `<title>`).
    pub page_title: String,
    /// The site title in the page's language.
    pub site_title: String,
    /// Whether the page is in the source language.
    pub is_source: bool,
    /// The translation's review state, for pages not in the source language.
    pub review: Option<Review>,
    /// How many passages of the page are shown in English (fallbacks).
    pub fallbacks: usize,
    /// The passage numbers the status banner links to (at most twelve).
    pub fallback_links: Vec<usize>,
    /// The page in the site's other languages (empty outside a site).
    pub alternates: Vec<Alternate>,
    /// Relative path from the page to its site's root (`""` outside a site).
    pub site: String,
    /// The audience id (none outside a site).
    pub audience: Option<String>,
    /// The audience's title in the page's language (none outside a site).
    pub audience_title: Option<String>,
    /// The absolute address of the page, with a `base_url`.
    pub canonical: Option<String>,
    /// The page description (meta tags): the summary, or the site tagline.
    pub description: Option<String>,
}

impl BaseView {
    /// Sets `fallbacks` to `count` and the banner's links.
    pub fn set_fallbacks(&mut self, count: usize) {
        self.fallbacks = count;
        self.fallback_links = (1..=count.min(BANNER_LINKS)).collect();
    }
}

/// `index.html`: choose your country.
#[derive(Serialize)]
pub(super) struct HomeView {
    /// The layout's fields, at the top level of the context.
    #[serde(flatten)]
    pub base: BaseView,
    /// The audiences, each with its languages.
    pub audiences: Vec<AudienceLink>,
}

/// `<audience>/index.html`: choose your language.
#[derive(Serialize)]
pub(super) struct AudienceView {
    /// The layout's fields, at the top level of the context.
    #[serde(flatten)]
    pub base: BaseView,
    /// The audience's languages.
    pub locales: Vec<LocaleLink>,
}

/// `<audience>/<locale>/index.html`: the modules by category.
#[derive(Serialize)]
pub(super) struct IndexView {
    /// The layout's fields, at the top level of the context.
    #[serde(flatten)]
    pub base: BaseView,
    /// The audience's modules, grouped by category in site order.
    pub categories: Vec<CategoryGroup>,
    /// The booklet's path, when handouts are built.
    pub booklet: Option<&'static str>,
}

/// `<audience>/<locale>/slides/<module>/index.html`: a module's briefing slides.
#[derive(Serialize)]
pub(super) struct DeckView {
    /// The layout's fields, at the top level of the context.
    #[serde(flatten)]
    pub base: BaseView,
    /// The module id.
    pub module_id: String,
    /// The slides, in order.
    pub slides: Vec<crate::render::slides::html::SlideHtml>,
    /// The module page, relative to the deck.
    pub module_href: String,
    /// The PDF deck, relative to the deck, when PDFs are built.
    pub pdf: Option<String>,
}

/// `<audience>/<locale>/<module>/index.html`: one module.
#[derive(Serialize)]
pub(super) struct ModuleView {
    /// The layout's fields, at the top level of the context.
    #[serde(flatten)]
    pub base: BaseView,
    /// The module id.
    pub module_id: String,
    /// The title (inline HTML).
    pub title: String,
    /// The summary (inline HTML).
    pub summary: Option<String>,
    /// The learning objectives (inline HTML each).
    pub objectives: Vec<String>,
    /// The body (HTML).
    pub body: String,
    /// The category key (`toys`, …).
    pub category: &'static str,
    /// The `reviewed` date, `YYYY-MM-DD`.
    pub reviewed: String,
    /// The regulations cited, with the registry's parts they name.
    pub regulations: Vec<Regulation>,
    /// The handout's path, when handouts are built.
    pub handout: Option<String>,
    /// The briefing slides' path.
    pub slides: String,
}

/// `<audience>/<locale>/local/index.html`: local information.
#[derive(Serialize)]
pub(super) struct LocalView {
    /// The layout's fields, at the top level of the context.
    #[serde(flatten)]
    pub base: BaseView,
    /// The title (inline HTML).
    pub title: String,
    /// The summary (inline HTML).
    pub summary: Option<String>,
    /// The body (HTML).
    pub body: String,
}

/// `<audience>/<locale>/glossary/index.html`.
#[derive(Serialize)]
pub(super) struct GlossaryView {
    /// The layout's fields, at the top level of the context.
    #[serde(flatten)]
    pub base: BaseView,
    /// The terms, in the English glossary's order.
    pub terms: Vec<GlossaryTerm>,
}

/// `<audience>/<locale>/regulations/index.html`.
#[derive(Serialize)]
pub(super) struct RegulationsView {
    /// The layout's fields, at the top level of the context.
    #[serde(flatten)]
    pub base: BaseView,
    /// Every cited 16 CFR part, by number, with its sections and citing modules.
    pub parts: Vec<PartEntry>,
    /// Every cited standard, by name, with its citing modules.
    pub standards: Vec<StandardEntry>,
}

/// `<audience>/<locale>/search/index.html` (its index is a separate script).
#[derive(Serialize)]
pub(super) struct SearchView {
    /// The layout's fields, at the top level of the context.
    #[serde(flatten)]
    pub base: BaseView,
}

/// `translation-status/index.html`.
#[derive(Serialize)]
pub(super) struct StatusView<'a> {
    /// The layout's fields, at the top level of the context.
    #[serde(flatten)]
    pub base: BaseView,
    /// Coverage per locale and document.
    pub report: &'a [LocaleStatus],
    /// The modules due for review.
    pub review_due: Vec<ReviewDueView>,
}
