//! Page rendering: the [`Renderer`] builds each page's view (see [`super::views`], the
//! template contract) from the project, the localized documents and the interface strings.
//! The site-level pages are in [`site`], the document pages in [`module`].

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
pub type Page = (String, String);

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
    /// (audience, locale) → the audience's title in that locale.
    audience_titles: BTreeMap<(String, String), String>,
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
        let audience_titles = audience_titles(project);
        Renderer {
            project,
            ui,
            theme,
            pdf,
            labels,
            audience_titles,
            registry_titles: RegistryTitles::default(),
        }
    }

    /// Uses `titles` for the regulations registry's part titles.
    pub fn with_registry_titles(mut self, titles: RegistryTitles) -> Self {
        self.registry_titles = titles;
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

    /// The audience's title in `locale`, from its translated page (title segment).
    pub fn audience_title(&self, audience: &str, locale: &str) -> String {
        self.audience_titles
            .get(&(audience.to_string(), locale.to_string()))
            .cloned()
            .unwrap_or_else(|| audience.to_string())
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

/// The title of every audience page in every locale, from its translation (the `title`
/// segment) or the English source; computed once, since every page of a site shows it.
fn audience_titles(project: &Project) -> BTreeMap<(String, String), String> {
    let mut out = BTreeMap::new();
    for (audience, page) in &project.audience_pages {
        let id = page.doc.front.title.id.as_str();
        for (locale, catalog) in &project.catalogs {
            let translated = catalog.audiences.get(audience).and_then(|f| {
                match crate::i18n::catalog::format(&catalog.bundle(Some(f)), id, None) {
                    crate::i18n::catalog::Formatted::Text(t) => Some(t),
                    _ => None,
                }
            });
            let title = plain(&translated.unwrap_or_else(|| page.meta.title.clone()));
            out.insert((audience.clone(), locale.clone()), title);
        }
    }
    out
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
