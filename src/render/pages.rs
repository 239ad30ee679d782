//! Page views: what each template sees (view structs, never domain types), built from the
//! project, the localized documents and the interface strings.

use super::body::{self, BodyLabels, BodySource, PageLinks};
use super::quiz::QuizLabels;
use super::registry::PartView;
use super::templates::{Theme, UiStrings};
use crate::content::document::{AudiencePage, Document, Module};
use crate::diagnostics::Diagnostic;
use crate::i18n::registry::RegistryTitles;
use crate::i18n::splice::inline_text;
use crate::i18n::translate::{LocalizedDoc, Resolved, SegmentMark};
use crate::project::Project;
use serde::Serialize;
use std::collections::BTreeMap;
use std::sync::Arc;
use tera::Context;

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

#[derive(Serialize)]
struct Alternate {
    lang: String,
    name: String,
    href: String,
    current: bool,
}

#[derive(Serialize)]
struct ModuleCard {
    id: String,
    href: String,
    title: String,
    summary: String,
    reviewed: String,
}

#[derive(Serialize)]
struct CategoryGroup {
    key: &'static str,
    modules: Vec<ModuleCard>,
}

#[derive(Serialize)]
struct Regulation {
    html: String,
    /// The registry's entries for the parts the citation names.
    parts: Vec<PartView>,
}

#[derive(Serialize)]
struct GlossaryTerm {
    id: String,
    source: String,
    translation: Option<String>,
    note: Option<String>,
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

    pub(super) fn base(
        &self,
        site: Option<SiteRef>,
        depth: usize,
        rest: &str,
        title: &str,
    ) -> Context {
        let config = &self.project.config;
        let lang = site.map_or(config.source_locale.as_str(), |s| s.locale);
        let mut ctx = Context::new();
        ctx.insert("lang", lang);
        ctx.insert("root", &"../".repeat(depth));
        ctx.insert("page_title", title);
        let site_title = self
            .ui
            .get(lang, "site-title", None)
            .unwrap_or_else(|| config.title.clone());
        ctx.insert("site_title", &site_title);
        ctx.insert("is_source", &(lang == config.source_locale));
        ctx.insert("review", &config.review(lang));
        insert_fallbacks(&mut ctx, 0);
        let Some(site) = site else {
            ctx.insert("alternates", &Vec::<Alternate>::new());
            ctx.insert("site", "");
            ctx.insert("audience", &Option::<String>::None);
            ctx.insert("audience_title", &Option::<String>::None);
            return ctx;
        };
        let within = depth.saturating_sub(2);
        ctx.insert("site", &"../".repeat(within));
        ctx.insert("audience", site.audience);
        ctx.insert("audience_title", &self.audience_title(site.audience, lang));
        let up = "../".repeat(within + 1);
        let alternates: Vec<Alternate> = config.audiences[site.audience]
            .locales
            .iter()
            .map(|tag| Alternate {
                lang: tag.clone(),
                name: config.locales[tag].name.clone(),
                href: format!("{up}{tag}/{rest}index.html"),
                current: tag == site.locale,
            })
            .collect();
        ctx.insert("alternates", &alternates);
        ctx
    }

    /// The audience's title in `locale`, from its translated page (title segment).
    pub fn audience_title(&self, audience: &str, locale: &str) -> String {
        self.audience_titles
            .get(&(audience.to_string(), locale.to_string()))
            .cloned()
            .unwrap_or_else(|| audience.to_string())
    }

    pub(super) fn render(
        &self,
        name: &str,
        ctx: &Context,
        path: String,
    ) -> Result<Page, Diagnostic> {
        // Absolute addresses only where they belong: canonical and Open Graph metadata.
        let mut ctx = ctx.clone();
        let canonical = self
            .project
            .config
            .base_url
            .as_ref()
            .map(|b| format!("{}/{path}", b.trim_end_matches('/')));
        ctx.insert("canonical", &canonical);
        if !ctx.contains_key("description") {
            let lang = ctx
                .get("lang")
                .and_then(|v| v.as_str())
                .unwrap_or(&self.project.config.source_locale)
                .to_string();
            ctx.insert("description", &self.ui.get(&lang, "site-tagline", None));
        }
        Ok((path, self.theme.render(self.project, name, &ctx)?))
    }

    /// `index.html`: choose your country.
    pub fn home(&self) -> Result<Page, Diagnostic> {
        self.home_of(None)
    }

    /// The home page listing every audience, or only `only` (for an audience's offline
    /// bundle).
    pub fn home_of(&self, only: Option<&str>) -> Result<Page, Diagnostic> {
        let config = &self.project.config;
        let mut ctx = self.base(None, 0, "", &config.title);
        #[derive(Serialize)]
        struct AudienceLink {
            id: String,
            lang: String,
            title: String,
            local_title: String,
            href: String,
            languages: Vec<String>,
        }
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
        ctx.insert("audiences", &audiences);
        self.render("home.html", &ctx, "index.html".to_string())
    }

    /// `translation-status/index.html`: coverage per locale and document.
    pub fn translation_status(
        &self,
        report: &[crate::i18n::status::LocaleStatus],
    ) -> Result<Page, Diagnostic> {
        let title = self
            .ui
            .text(&self.project.config.source_locale, "status-heading");
        let mut ctx = self.base(None, 1, "", &title);
        ctx.insert("report", report);
        ctx.insert("review_due", &self.review_due());
        self.render(
            "translation-status.html",
            &ctx,
            "translation-status/index.html".to_string(),
        )
    }

    /// `<audience>/index.html`: choose your language.
    pub fn audience(&self, audience: &str) -> Result<Page, Diagnostic> {
        let config = &self.project.config;
        let title = self.audience_title(audience, &config.source_locale);
        let mut ctx = self.base(None, 1, "", &title);
        #[derive(Serialize)]
        struct LocaleLink {
            lang: String,
            name: String,
            href: String,
            title: String,
        }
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
        ctx.insert("audience_title", &title);
        ctx.insert("locales", &locales);
        self.render("audience.html", &ctx, format!("{audience}/index.html"))
    }

    /// `<audience>/<locale>/index.html`: the modules grouped by category. `titles` gives the
    /// title and summary of a module (by index) in the site's language.
    pub fn site_index(
        &self,
        site: SiteRef,
        titles: &dyn Fn(usize) -> (String, String),
    ) -> Result<Page, Diagnostic> {
        let mut ctx = self.base(
            Some(site),
            2,
            "",
            &self.audience_title(site.audience, site.locale),
        );
        let modules = self.project.modules_for(site.audience);
        let groups: Vec<CategoryGroup> = modules
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
                        }
                    })
                    .collect(),
            })
            .collect();
        ctx.insert("categories", &groups);
        ctx.insert("booklet", &self.pdf.then_some("handouts/all-modules.pdf"));
        self.render(
            "index.html",
            &ctx,
            format!("{}/{}/index.html", site.audience, site.locale),
        )
    }

    fn render_doc(
        &self,
        site: SiteRef,
        doc: &Document,
        localized: &LocalizedDoc,
        depth: usize,
        offset: usize,
    ) -> body::RenderedBody {
        self.render_markdown(
            site,
            &localized.body,
            &localized.marks,
            &doc.anchors,
            depth,
            offset,
        )
    }

    /// Markdown of a page `depth` folders below `public/`, in `site`.
    fn render_markdown(
        &self,
        site: SiteRef,
        text: &str,
        marks: &[SegmentMark],
        anchors: &[String],
        depth: usize,
        offset: usize,
    ) -> body::RenderedBody {
        let links = PageLinks {
            project: self.project,
            audience: site.audience,
            site_prefix: &"../".repeat(depth - 2),
            root_prefix: &"../".repeat(depth),
        };
        let source = BodySource {
            text,
            marks,
            anchors,
            source_locale: &self.project.config.source_locale,
            fallback_offset: offset,
        };
        body::render(&source, &links, &self.labels[site.locale])
    }

    /// `<audience>/<locale>/<module>/index.html`, and the module's sections for the search
    /// index.
    pub fn module(
        &self,
        site: SiteRef,
        module: &Module,
        localized: &LocalizedDoc,
    ) -> Result<(Page, Vec<super::search::Section>), Diagnostic> {
        let plain_title = plain(&localized.front.title.text);
        let mut ctx = self.base(Some(site), 3, &format!("{}/", module.doc.id), &plain_title);
        let mut count = 0;
        let mut inline = |r: &Resolved| {
            let (html, n) = self.inline_at(site, r, 3, count);
            count += n;
            html
        };
        let title = inline(&localized.front.title);
        let summary = localized.front.summary.as_ref().map(&mut inline);
        let objectives: Vec<String> = localized.front.objectives.iter().map(&mut inline).collect();
        let rendered = self.render_doc(site, &module.doc, localized, 3, count);
        let body = rendered.html;
        count += rendered.fallbacks;
        let regulations: Vec<Regulation> = module
            .meta
            .regulations
            .iter()
            .map(|r| {
                let mut parts: Vec<PartView> = Vec::new();
                for number in crate::content::citations::find(r)
                    .iter()
                    .flat_map(|c| &c.numbers)
                    .filter_map(|n| n.number.split('.').next()?.parse::<u32>().ok())
                {
                    if parts.iter().all(|p| p.part != number)
                        && let Some((view, n)) = self.part_view(site, number, 3, count)
                    {
                        count += n;
                        parts.push(view);
                    }
                }
                Regulation {
                    html: body::citation_html(r),
                    parts,
                }
            })
            .collect();
        ctx.insert("module_id", &module.doc.id);
        let description = localized.front.summary.as_ref().map(|s| plain(&s.text));
        ctx.insert("description", &description.unwrap_or_default());
        ctx.insert("title", &title);
        ctx.insert("summary", &summary);
        ctx.insert("objectives", &objectives);
        ctx.insert("body", &body);
        ctx.insert("category", module.meta.category.key());
        ctx.insert("reviewed", &module.meta.reviewed);
        ctx.insert("regulations", &regulations);
        let handout = self
            .pdf
            .then(|| format!("../handouts/{}.pdf", module.doc.id));
        ctx.insert("handout", &handout);
        insert_fallbacks(&mut ctx, count);
        let path = format!(
            "{}/{}/{}/index.html",
            site.audience, site.locale, module.doc.id
        );
        Ok((self.render("module.html", &ctx, path)?, rendered.sections))
    }

    pub(super) fn inline_at(
        &self,
        site: SiteRef,
        resolved: &Resolved,
        depth: usize,
        offset: usize,
    ) -> (String, usize) {
        let text = inline_text(&resolved.text);
        let marks = [SegmentMark {
            range: 0..text.len(),
            lang: resolved.lang.clone(),
            state: resolved.state,
        }];
        let rendered = self.render_markdown(site, &text, &marks, &[], depth, offset);
        let html = rendered.html.trim();
        let html = html
            .strip_prefix("<p>")
            .and_then(|h| h.strip_suffix("</p>"))
            .unwrap_or(html);
        (html.to_string(), rendered.fallbacks)
    }

    /// `<audience>/<locale>/local/index.html`.
    pub fn local(
        &self,
        site: SiteRef,
        page: &AudiencePage,
        localized: &LocalizedDoc,
    ) -> Result<Page, Diagnostic> {
        let plain_title = plain(&localized.front.title.text);
        let mut ctx = self.base(Some(site), 3, "local/", &plain_title);
        let (title, mut count) = self.inline_at(site, &localized.front.title, 3, 0);
        let summary = match &localized.front.summary {
            Some(r) => {
                let (html, n) = self.inline_at(site, r, 3, count);
                count += n;
                Some(html)
            }
            None => None,
        };
        let rendered = self.render_doc(site, &page.doc, localized, 3, count);
        let (body, n) = (rendered.html, rendered.fallbacks);
        ctx.insert("title", &title);
        ctx.insert("summary", &summary);
        ctx.insert("body", &body);
        insert_fallbacks(&mut ctx, count + n);
        self.render(
            "local.html",
            &ctx,
            format!("{}/{}/local/index.html", site.audience, site.locale),
        )
    }

    /// `<audience>/<locale>/glossary/index.html`.
    pub fn glossary(&self, site: SiteRef) -> Result<Page, Diagnostic> {
        let title = self.ui.text(site.locale, "glossary-heading");
        let mut ctx = self.base(Some(site), 3, "glossary/", &title);
        let source = &self.project.config.source_locale;
        let english = glossary_terms(self.project, source);
        let local = glossary_terms(self.project, site.locale);
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
        ctx.insert("terms", &terms);
        self.render(
            "glossary.html",
            &ctx,
            format!("{}/{}/glossary/index.html", site.audience, site.locale),
        )
    }
}

/// Links from the status banner to at most this many fallback passages; beyond that the
/// list would bury the page on a phone.
const BANNER_LINKS: usize = 12;

/// `fallbacks` (the count) and `fallback_links` (the passage numbers the banner links to).
pub(super) fn insert_fallbacks(ctx: &mut Context, count: usize) {
    ctx.insert("fallbacks", &count);
    let links: Vec<usize> = (1..=count.min(BANNER_LINKS)).collect();
    ctx.insert("fallback_links", &links);
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

/// Term id → (value, note) from a locale's glossary, in file order.
pub fn glossary_terms(
    project: &Project,
    locale: &str,
) -> indexmap::IndexMap<String, (String, Option<String>)> {
    use fluent_syntax::ast::Entry;
    let mut out = indexmap::IndexMap::new();
    let Some(catalog) = project.catalogs.get(locale) else {
        return out;
    };
    let Some(glossary) = &catalog.glossary else {
        return out;
    };
    let bundle = catalog.bundle(None);
    for entry in glossary.resource.entries() {
        if let Entry::Term(term) = entry {
            let mut errors = Vec::new();
            let value = bundle
                .format_pattern(&term.value, None, &mut errors)
                .into_owned();
            let note = term
                .attributes
                .iter()
                .find(|a| a.id.name == "note")
                .map(|a| {
                    bundle
                        .format_pattern(&a.value, None, &mut errors)
                        .into_owned()
                });
            out.insert(format!("-{}", term.id.name), (value, note));
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
