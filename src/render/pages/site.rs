//! The site-level pages: home, audience, translation status, a site's index and glossary.

use super::{Page, Renderer, SiteRef};
use crate::diagnostics::Diagnostic;
use crate::render::views::{AudienceView, GlossaryView, HomeView, IndexView, StatusView};
use serde::Serialize;

/// An audience on the home page.
#[derive(Serialize)]
pub(in crate::render) struct AudienceLink {
    /// The audience id.
    id: String,
    /// Its first language's tag.
    lang: String,
    /// Its title in the source language.
    title: String,
    /// Its title in its first language.
    local_title: String,
    /// Relative link to its page.
    href: String,
    /// The names of its languages.
    languages: Vec<String>,
}

/// A language on an audience's page.
#[derive(Serialize)]
pub(in crate::render) struct LocaleLink {
    /// The language tag.
    lang: String,
    /// The language's name.
    name: String,
    /// Relative link to the site in that language.
    href: String,
    /// The site title in that language.
    title: String,
}

/// A module on a site's index.
#[derive(Serialize)]
pub(in crate::render) struct ModuleCard {
    /// The module id.
    id: String,
    /// Relative link to the module.
    href: String,
    /// Its title in the site's language.
    title: String,
    /// Its summary in the site's language.
    summary: String,
    /// Its `reviewed` date.
    reviewed: String,
    /// Relative link to its briefing slides.
    slides: String,
}

/// A category and its modules on a site's index.
#[derive(Serialize)]
pub(in crate::render) struct CategoryGroup {
    /// The category key (`toys`, …).
    key: &'static str,
    /// Its modules, in site order.
    modules: Vec<ModuleCard>,
}

/// A glossary term.
#[derive(Serialize)]
pub(in crate::render) struct GlossaryTerm {
    /// The term id, without the leading `-`.
    id: String,
    /// The English term.
    source: String,
    /// The term in the site's language (none on the English site or if untranslated).
    translation: Option<String>,
    /// The note, in the site's language if it has one, else in English.
    note: Option<String>,
}

impl Renderer<'_> {
    /// `index.html`: choose your country.
    pub fn home(&self) -> Result<Page, Diagnostic> {
        self.home_of(None)
    }

    /// The home page listing every audience, or only `only` (for an audience's offline
    /// bundle).
    pub fn home_of(&self, only: Option<&str>) -> Result<Page, Diagnostic> {
        let config = &self.project.config;
        let audiences: Vec<AudienceLink> = config
            .audiences
            .iter()
            .filter(|(id, _)| only.is_none_or(|o| o == id.as_str()))
            .map(|(id, a)| AudienceLink {
                id: id.clone(),
                lang: a.locales[0].clone(),
                title: self.audience_title(id, &config.source_locale),
                local_title: self.audience_title(id, &a.locales[0]),
                href: format!("{id}/index.html"),
                languages: a
                    .locales
                    .iter()
                    .map(|l| config.locales[l].name.clone())
                    .collect(),
            })
            .collect();
        let view = HomeView {
            base: self.base(None, 0, "", &config.title),
            audiences,
        };
        self.render(view, "index.html".to_string())
    }

    /// `translation-status/index.html`: coverage per locale and document.
    pub fn translation_status(
        &self,
        report: &[crate::i18n::status::LocaleStatus],
    ) -> Result<Page, Diagnostic> {
        let title = self
            .ui
            .text(&self.project.config.source_locale, "status-heading");
        let view = StatusView {
            base: self.base(None, 1, "", &title),
            report,
            review_due: self.review_due(),
        };
        self.render(view, "translation-status/index.html".to_string())
    }

    /// `<audience>/index.html`: choose your language.
    pub fn audience(&self, audience: &str) -> Result<Page, Diagnostic> {
        let config = &self.project.config;
        let title = self.audience_title(audience, &config.source_locale);
        let mut base = self.base(None, 1, "", &title);
        let locales: Vec<LocaleLink> = config.audiences[audience]
            .locales
            .iter()
            .map(|tag| LocaleLink {
                lang: tag.clone(),
                name: config.locales[tag].name.clone(),
                href: format!("{tag}/index.html"),
                title: self
                    .ui
                    .get(tag, "site-title", None)
                    .unwrap_or_else(|| config.title.clone()),
            })
            .collect();
        base.audience_title = Some(title);
        let view = AudienceView { base, locales };
        self.render(view, format!("{audience}/index.html"))
    }

    /// `<audience>/<locale>/index.html`: the modules grouped by category. `titles` gives the
    /// title and summary of a module (by index) in the site's language.
    pub fn site_index(
        &self,
        site: SiteRef,
        titles: &dyn Fn(usize) -> (String, String),
    ) -> Result<Page, Diagnostic> {
        let base = self.base(
            Some(site),
            2,
            "",
            &self.audience_title(site.audience, site.locale),
        );
        let modules = self.project.modules_for(site.audience);
        let categories: Vec<CategoryGroup> = modules
            .chunk_by(|a, b| {
                self.project.modules[*a].meta.category == self.project.modules[*b].meta.category
            })
            .map(|group| CategoryGroup {
                key: self.project.modules[group[0]].meta.category.key(),
                modules: group
                    .iter()
                    .map(|&i| {
                        let m = &self.project.modules[i];
                        let (title, summary) = titles(i);
                        ModuleCard {
                            id: m.doc.id.clone(),
                            href: format!("{}/index.html", m.doc.id),
                            title,
                            summary,
                            reviewed: m.meta.reviewed.clone(),
                            slides: format!("slides/{}/index.html", m.doc.id),
                        }
                    })
                    .collect(),
            })
            .collect();
        let view = IndexView {
            base,
            categories,
            booklet: self.pdf.then_some("handouts/all-modules.pdf"),
        };
        self.render(
            view,
            format!("{}/{}/index.html", site.audience, site.locale),
        )
    }

    /// `<audience>/<locale>/glossary/index.html`.
    pub fn glossary(&self, site: SiteRef) -> Result<Page, Diagnostic> {
        let title = self.ui.text(site.locale, "glossary-heading");
        let base = self.base(Some(site), 3, "glossary/", &title);
        let source = &self.project.config.source_locale;
        // Formatting problems are reported once by the check stage (glossary::check).
        let english = crate::i18n::glossary::read(self.project, source).terms;
        let local = crate::i18n::glossary::read(self.project, site.locale).terms;
        let terms: Vec<GlossaryTerm> = english
            .into_iter()
            .map(|(id, (value, note))| {
                let (translation, local_note) = match local.get(&id) {
                    Some((v, n)) if site.locale != source => (Some(v.clone()), n.clone()),
                    _ => (None, None),
                };
                GlossaryTerm {
                    id: id.trim_start_matches('-').to_string(),
                    source: value,
                    translation,
                    note: local_note.or(note),
                }
            })
            .collect();
        self.render(
            GlossaryView { base, terms },
            format!("{}/{}/glossary/index.html", site.audience, site.locale),
        )
    }
}
