//! Page rendering: the [`Renderer`] builds each page's view (see [`super::views`], the
//! template contract) from the project, the localized documents and the interface strings.
//! The site-level pages are in [`site`], the document pages in [`module`].

mod deck;
pub use deck::deck_path;
mod module;
mod site;

pub(in crate::render) use module::Regulation;
pub(in crate::render) use site::{AudienceLink, CategoryGroup, GlossaryTerm, LocaleLink};

use super::body::BodyLabels;
use super::quiz::QuizLabels;
use super::views::{BaseView, View};
use crate::diagnostics::{Diagnostic, Severity};
use crate::i18n::registry::RegistryTitles;
use crate::i18n::splice::inline_text;
use crate::i18n::ui::UiStrings;
use crate::project::Project;
use serde::Serialize;
use std::collections::BTreeMap;
use std::sync::Arc;

use super::templates::Theme;

/// A rendered file: path under the output directory and its bytes.
pub type Page = (String, Vec<u8>);

/// Everything needed to render pages, shared by all threads.
pub struct Renderer<'a> {
    /// The project.
    pub project: &'a Project,
    /// Interface strings.
    pub ui: Arc<UiStrings>,
    /// Compiled templates.
    pub theme: Theme,
    /// Whether PDF handouts are built (pages link to them only then).
    pub pdf: bool,
    labels: BTreeMap<String, BodyLabels>,
    /// The audiences' titles, from their localized pages.
    audience_titles: AudienceTitles,
    /// The regulations registry's titles in every locale.
    pub(super) registry_titles: RegistryTitles,
}

/// The page in another language of its audience (the language switcher).
#[derive(Serialize)]
pub(in crate::render) struct Alternate {
    /// Its language tag.
    lang: String,
    /// The language's name.
    name: String,
    /// Relative link to the page in that language.
    href: String,
    /// Whether it is the current page.
    current: bool,
}

/// The title of each audience in the locales pages show it in, taken from the audience's
/// localized page (so with its fallback chain and translation QA).
#[derive(Debug, Default)]
pub struct AudienceTitles {
    titles: BTreeMap<String, BTreeMap<String, String>>,
}

impl AudienceTitles {
    /// Sets the title of `audience` in `locale` (inline Markdown, shown as plain text).
    pub fn insert(&mut self, audience: &str, locale: &str, title: &str) {
        let titles = self.titles.entry(audience.to_string()).or_default();
        titles.insert(locale.to_string(), plain(title));
    }

    /// The title of `audience` in `locale`, if it was set.
    pub fn get(&self, audience: &str, locale: &str) -> Option<&str> {
        self.titles.get(audience)?.get(locale).map(String::as_str)
    }
}

/// One site: an audience in one locale.
#[derive(Clone, Copy)]
pub struct SiteRef<'s> {
    /// Audience id.
    pub audience: &'s str,
    /// Locale tag.
    pub locale: &'s str,
}

impl<'a> Renderer<'a> {
    /// Prepares labels for every locale.
    pub fn new(project: &'a Project, ui: Arc<UiStrings>, theme: Theme, pdf: bool) -> Self {
        let labels = project
            .config
            .locales
            .keys()
            .map(|tag| {
                let t = |k: &str| ui.text(tag, k);
                let labels = BodyLabels {
                    alerts: [
                        "alert-note",
                        "alert-tip",
                        "alert-important",
                        "alert-warning",
                        "alert-caution",
                    ]
                    .map(t),
                    untranslated: t("marker-untranslated"),
                    invalid: t("marker-invalid"),
                    stale: t("marker-stale"),
                    quiz: QuizLabels {
                        show_answer: t("quiz-show-answer"),
                        correct: t("quiz-correct"),
                        right: t("quiz-right"),
                        wrong: t("quiz-wrong"),
                        choose_all: t("quiz-choose-all"),
                        check: t("quiz-check"),
                        score: {
                            let mut args = fluent_bundle::FluentArgs::new();
                            args.set("correct", "{correct}");
                            args.set("total", "{total}");
                            ui.get(tag, "quiz-score", Some(&args)).unwrap_or_default()
                        },
                    },
                };
                (tag.clone(), labels)
            })
            .collect();
        Renderer {
            project,
            ui,
            theme,
            pdf,
            labels,
            audience_titles: AudienceTitles::default(),
            registry_titles: RegistryTitles::default(),
        }
    }

    /// Uses `titles` for the regulations registry's part titles.
    pub fn with_registry_titles(mut self, titles: RegistryTitles) -> Self {
        self.registry_titles = titles;
        self
    }

    /// Uses `titles` for the audiences' titles (without them, an audience's id stands in).
    pub fn with_audience_titles(mut self, titles: AudienceTitles) -> Self {
        self.audience_titles = titles;
        self
    }

    /// The shared fields of a page `depth` folders below `public/`, in `site` (if any);
    /// `rest` is the page's path within a site (for the language switcher).
    pub(super) fn base(
        &self,
        site: Option<SiteRef>,
        depth: usize,
        rest: &str,
        title: &str,
    ) -> BaseView {
        let config = &self.project.config;
        let lang = site.map_or(config.source_locale.as_str(), |s| s.locale);
        let site_title = self
            .ui
            .get(lang, "site-title", None)
            .unwrap_or_else(|| config.title.clone());
        let mut base = BaseView {
            lang: lang.to_string(),
            root: "../".repeat(depth),
            page_title: title.to_string(),
            site_title,
            is_source: lang == config.source_locale,
            review: config.review(lang),
            fallbacks: 0,
            fallback_links: Vec::new(),
            alternates: Vec::new(),
            site: String::new(),
            audience: None,
            audience_title: None,
            canonical: None,
            description: None,
        };
        let Some(site) = site else {
            return base;
        };
        let within = depth.saturating_sub(2);
        base.site = "../".repeat(within);
        base.audience = Some(site.audience.to_string());
        base.audience_title = Some(self.audience_title(site.audience, lang));
        let up = "../".repeat(within + 1);
        base.alternates = config.audiences[site.audience]
            .locales
            .iter()
            .map(|tag| Alternate {
                lang: tag.clone(),
                name: config.locales[tag].name.clone(),
                href: format!("{up}{tag}/{rest}index.html"),
                current: tag == site.locale,
            })
            .collect();
        base
    }

    /// The audience's title in `locale`, from its localized page (title segment).
    pub fn audience_title(&self, audience: &str, locale: &str) -> String {
        self.audience_titles
            .get(audience, locale)
            .unwrap_or(audience)
            .to_string()
    }

    /// Renders `view` with its template into `path`; sets the canonical address and, unless
    /// the view has one, the description (the site tagline).
    pub(super) fn render<V: View>(&self, mut view: V, path: String) -> Result<Page, Diagnostic> {
        let base = view.base_mut();
        // Absolute addresses only where they belong: canonical and Open Graph metadata.
        base.canonical = self
            .project
            .config
            .base_url
            .as_ref()
            .map(|b| format!("{}/{path}", b.trim_end_matches('/')));
        if base.description.is_none() {
            base.description = self.ui.get(&base.lang, "site-tagline", None);
        }
        let context = tera::Context::from_serialize(&view).map_err(|e| {
            Diagnostic::new(
                Severity::Error,
                "template",
                V::TEMPLATE,
                format!("the page view does not serialize: {e}"),
            )
        })?;
        Ok((
            path,
            self.theme.render(self.project, V::TEMPLATE, &context)?,
        ))
    }
}

/// Inline Markdown reduced to plain text (for `<title>` and meta tags).
pub fn plain(markdown: &str) -> String {
    use pulldown_cmark::{Event, Parser};
    let mut out = String::new();
    for event in Parser::new(&inline_text(markdown)) {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            _ => {}
        }
    }
    super::prepare::strip_spacer(&out)
}
