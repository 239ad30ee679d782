//! The document pages: a module and an audience's local information, and the Markdown
//! rendering they share with the registry's titles.

use super::{Page, Renderer, SiteRef, plain};
use crate::content::document::{AudiencePage, Document, Module};
use crate::diagnostics::Diagnostic;
use crate::i18n::splice::inline_text;
use crate::i18n::translate::{LocalizedDoc, Resolved, SegmentMark};
use crate::render::body::{self, BodySource, PageLinks};
use crate::render::registry::PartView;
use crate::render::views::{LocalView, ModuleView};
use serde::Serialize;

/// `../` `depth` times (pages are at most a few folders deep).
fn up(depth: usize) -> &'static str {
    const UP: &str = "../../../../../../../../";
    UP.get(..3 * depth).unwrap_or(UP)
}

/// A regulation a module cites.
#[derive(Serialize)]
pub(in crate::render) struct Regulation {
    /// The citation, with links to the eCFR.
    html: String,
    /// The registry's entries for the parts the citation names.
    parts: Vec<PartView>,
}

impl Renderer<'_> {
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

    /// The prepared tree of a module's localized body on `site`: what its page and its
    /// deck both print (see [`Renderer::module`]).
    pub fn prepare_module<'a>(
        &self,
        site: SiteRef,
        module: &'a Module,
        localized: &'a LocalizedDoc,
    ) -> crate::render::prepare::Prepared<'a> {
        let source = self.module_source(module, localized, 0);
        body::prepare(&localized.body, &source, site.audience, self.project)
    }

    fn module_source<'a>(
        &'a self,
        module: &'a Module,
        localized: &'a LocalizedDoc,
        offset: usize,
    ) -> BodySource<'a> {
        BodySource {
            text: &localized.body,
            marks: &localized.marks,
            anchors: &module.doc.anchors,
            source_locale: &self.project.config.source_locale,
            fallback_offset: offset,
        }
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
        let source = BodySource {
            text,
            marks,
            anchors,
            source_locale: &self.project.config.source_locale,
            fallback_offset: offset,
        };
        body::render(&source, &self.links(site, depth), &self.labels[site.locale])
    }

    /// How links resolve on a page `depth` folders below `public/`, in `site`.
    fn links<'s>(&'s self, site: SiteRef<'s>, depth: usize) -> PageLinks<'s> {
        PageLinks {
            project: self.project,
            audience: site.audience,
            site_prefix: up(depth.saturating_sub(2)),
            root_prefix: up(depth),
        }
    }

    /// `<audience>/<locale>/<module>/index.html`, and the module's sections for the search
    /// index.
    ///
    /// `prepared` is the body's tree from [`Renderer::prepare_module`].
    pub fn module(
        &self,
        site: SiteRef,
        module: &Module,
        localized: &LocalizedDoc,
        prepared: &crate::render::prepare::Prepared,
    ) -> Result<(Page, Vec<crate::render::search::Section>), Diagnostic> {
        let plain_title = plain(&localized.front.title.text);
        let mut base = self.base(Some(site), 3, &format!("{}/", module.doc.id), &plain_title);
        let mut count = 0;
        let mut inline = |r: &Resolved| {
            let (html, n) = self.inline_at(site, r, 3, count);
            count += n;
            html
        };
        let title = inline(&localized.front.title);
        let summary = localized.front.summary.as_ref().map(&mut inline);
        let objectives: Vec<String> = localized.front.objectives.iter().map(&mut inline).collect();
        let source = self.module_source(module, localized, count);
        let rendered = body::print(
            &source,
            prepared,
            &self.links(site, 3),
            &self.labels[site.locale],
        );
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
        let description = localized.front.summary.as_ref().map(|s| plain(&s.text));
        base.description = Some(description.unwrap_or_default());
        base.set_fallbacks(count);
        let view = ModuleView {
            base,
            module_id: module.doc.id.clone(),
            title,
            summary,
            objectives,
            body,
            category: module.meta.category.key(),
            reviewed: module.meta.reviewed.clone(),
            regulations,
            handout: self
                .pdf
                .then(|| format!("../handouts/{}.pdf", module.doc.id)),
            slides: format!("../slides/{}/index.html", module.doc.id),
        };
        let path = format!(
            "{}/{}/{}/index.html",
            site.audience, site.locale, module.doc.id
        );
        Ok((self.render(view, path)?, rendered.sections))
    }

    /// Inline Markdown of a resolved segment as HTML, for a page `depth` folders deep whose
    /// fallback passages so far number `offset`; with the fallback passages it adds.
    pub(in crate::render) fn inline_at(
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
        let mut base = self.base(Some(site), 3, "local/", &plain_title);
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
        base.set_fallbacks(count + rendered.fallbacks);
        let view = LocalView {
            base,
            title,
            summary,
            body: rendered.html,
        };
        self.render(
            view,
            format!("{}/{}/local/index.html", site.audience, site.locale),
        )
    }
}
