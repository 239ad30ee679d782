//! Markdown body → HTML: audience passages, heading anchors, fallback marks, links between
//! modules and to media, `16 CFR` citation links, localized alerts, footnotes, CJK line
//! breaks and emphasis, and knowledge checks.

use super::html_escape;
use super::prepare::{self, Block, Inline, Run};
use super::quiz::{self, QuizLabels};
use crate::content::citations;
use crate::content::labels;
use crate::content::links::LinkTo;
use crate::i18n::translate::{SegmentMark, State};
use crate::project::Project;
use pulldown_cmark::{Event, Tag, TagEnd, html};

/// Interface strings used inside bodies, in the page's language.
pub struct BodyLabels {
    /// Alert titles: note, tip, important, warning, caution.
    pub alerts: [String; 5],
    /// Marker after text shown in a fallback language because it is not translated.
    pub untranslated: String,
    /// Marker after fallback text shown because the translation could not be used.
    pub invalid: String,
    /// Marker after fallback text shown because the translation is outdated.
    pub stale: String,
    /// Quiz labels.
    pub quiz: QuizLabels,
}

/// Where the page is, for links.
pub struct PageLinks<'a> {
    /// The project (modules, media).
    pub project: &'a Project,
    /// The audience whose site this is.
    pub audience: &'a str,
    /// Relative path from the page to the site root `<audience>/<locale>/`.
    pub site_prefix: &'a str,
    /// Relative path from the page to `public/`.
    pub root_prefix: &'a str,
}

/// A body to render.
pub struct BodySource<'a> {
    /// Markdown, already localized.
    pub text: &'a str,
    /// Where each segment's text stands and in which state.
    pub marks: &'a [SegmentMark],
    /// Heading anchors of the source document, in order.
    pub anchors: &'a [String],
    /// The source locale: text in any other locale is a translation, untrusted input.
    pub source_locale: &'a str,
    /// Fallback passages already numbered on this page (front matter comes first).
    pub fallback_offset: usize,
}

/// The HTML of a body and what the status banner needs.
#[derive(Debug, Default)]
pub struct RenderedBody {
    /// The HTML.
    pub html: String,
    /// Number of fallback passages (`#untranslated-1` …).
    pub fallbacks: usize,
    /// The text of each section, for the search index.
    pub sections: Vec<super::search::Section>,
}

/// Renders a body for one audience.
pub fn render(source: &BodySource, links: &PageLinks, labels: &BodyLabels) -> RenderedBody {
    let prepared = prepare(source.text, source, links.audience, links.project);
    print(source, &prepared, links, labels)
}

/// The prepared tree of `text` (`source`'s) for `audience`, its fallback runs numbered
/// from 1 (the printer adds the page's `fallback_offset`: `tests/cli/registry.rs` checks a
/// page whose body numbers on from its title's), so that one tree serves the page and the
/// module's deck.
pub fn prepare<'a>(
    text: &'a str,
    source: &BodySource,
    audience: &str,
    project: &crate::project::Project,
) -> prepare::Prepared<'a> {
    prepare::prepare(&prepare::Source {
        text,
        marks: source.marks,
        anchors: source.anchors,
        source_locale: source.source_locale,
        audience,
        project,
    })
}

/// Prints `prepared` (made by [`prepare`] from `source`) as HTML.
pub fn print<'a>(
    source: &BodySource<'a>,
    prepared: &prepare::Prepared<'a>,
    links: &PageLinks,
    labels: &BodyLabels,
) -> RenderedBody {
    let mut printer = Printer {
        links,
        labels,
        source_locale: source.source_locale,
        out: Vec::with_capacity(source.text.len() / 8 + 16),
        notes: Vec::new(),
        sections: super::search::SectionCollector::default(),
        kept_links: 0,
        image_depth: 0,
        fallback_offset: source.fallback_offset,
    };
    printer.blocks(&prepared.blocks);
    let Printer {
        mut out,
        mut notes,
        sections,
        ..
    } = printer;
    if !notes.is_empty() {
        out.push(Event::Html(
            "<div class=\"footnotes\" id=\"footnotes\">\n".into(),
        ));
        out.append(&mut notes);
        out.push(Event::Html("</div>\n".into()));
    }
    let events = quiz::render(out, &labels.quiz)
        .into_iter()
        .map(|e| match e {
            Event::TaskListMarker(done) => Event::InlineHtml(
                if done {
                    "<span class=\"task\" aria-hidden=\"true\">☑</span> "
                } else {
                    "<span class=\"task\" aria-hidden=\"true\">☐</span> "
                }
                .into(),
            ),
            other => other,
        });
    let mut html = String::with_capacity(source.text.len() * 2);
    html::push_html(&mut html, events);
    RenderedBody {
        html,
        fallbacks: prepared.fallbacks,
        sections: sections.finish(),
    }
}

/// Prints a prepared body as Markdown events for pulldown-cmark's HTML writer, with the
/// text of each section for the search index.
struct Printer<'p, 'a> {
    links: &'p PageLinks<'p>,
    labels: &'p BodyLabels,
    source_locale: &'p str,
    out: Vec<Event<'a>>,
    /// Footnote definitions, printed at the end of the body in order of definition.
    notes: Vec<Event<'a>>,
    sections: super::search::SectionCollector,
    /// Links open around the current text (citations are not linked inside a link).
    kept_links: usize,
    image_depth: usize,
    /// Fallback runs numbered on the page before this body (front matter).
    fallback_offset: usize,
}

impl<'a> Printer<'_, 'a> {
    fn blocks(&mut self, blocks: &[Block<'a>]) {
        for block in blocks {
            self.block(block);
        }
    }

    fn block(&mut self, block: &Block<'a>) {
        match block {
            Block::Tag(tag, children) => {
                if let Tag::Heading { id, .. } = tag {
                    self.sections.heading(id.as_ref().map(|a| a.to_string()));
                }
                self.out.push(Event::Start(tag.clone()));
                self.blocks(children);
                self.end(tag.to_end());
            }
            Block::Run(run) => self.run(run),
            Block::Alert(style, title, body) => {
                self.out.push(Event::Html(format!("<div class=\"alert alert-{style}\" role=\"note\">\n<p class=\"alert-title\">{}</p>\n", html_escape(&self.labels.alerts[*title])).into()));
                self.blocks(body);
                self.out.push(Event::Html("</div>\n".into()));
            }
            Block::Note(note) => {
                let start = self.out.len();
                let slug = footnote_slug(&note.name);
                let n = note.n;
                self.out.push(Event::Html(format!("<div class=\"footnote\" id=\"fn-{slug}\">\n<a class=\"footnote-label\" href=\"#fn-ref-{slug}\">{n}</a>\n").into()));
                self.blocks(&note.body);
                self.out.push(Event::Html("</div>\n".into()));
                let moved: Vec<Event<'a>> = self.out.drain(start..).collect();
                self.notes.extend(moved);
            }
            // Printed as written; `quiz::render` turns it into the readable question.
            Block::Question(q) => {
                self.out.push(Event::Start(Tag::Item));
                self.blocks(&q.prompt);
                self.out.push(Event::Start(q.list.clone()));
                for choice in &q.options {
                    self.out.push(Event::Start(Tag::Item));
                    if choice.marked {
                        self.out.push(Event::TaskListMarker(choice.correct));
                    }
                    self.blocks(&choice.body);
                    self.end(TagEnd::Item);
                }
                self.end(q.list.to_end());
                self.blocks(&q.explanation);
                self.end(TagEnd::Item);
            }
            Block::Task(done) => self.out.push(Event::TaskListMarker(*done)),
            Block::Rule => self.out.push(Event::Rule),
            Block::Html(h) => self.out.push(Event::Html(h.clone())),
        }
    }

    /// The end of a block container.
    fn end(&mut self, end: TagEnd) {
        self.out.push(Event::End(end));
        self.sections.block_end();
    }

    fn run(&mut self, run: &Run<'a>) {
        let marker = run.fallback.as_ref().map(|f| {
            let label = match f.state {
                State::Stale => &self.labels.stale,
                State::Invalid => &self.labels.invalid,
                State::Missing | State::Translated => &self.labels.untranslated,
            };
            format!(
                "<span class=\"fallback-mark\">{}</span> <span class=\"fallback\" lang=\"{}\" id=\"untranslated-{}\">",
                html_escape(label),
                html_escape(&f.lang),
                self.fallback_offset + f.number
            )
        });
        if let Some(open) = &marker {
            self.out.push(Event::InlineHtml(open.clone().into()));
        }
        self.inlines(&run.inlines);
        if marker.is_some() {
            self.out.push(Event::InlineHtml("</span>".into()));
        }
    }

    fn inlines(&mut self, inlines: &[Inline<'a>]) {
        for inline in inlines {
            self.inline(inline);
        }
    }

    fn inline(&mut self, inline: &Inline<'a>) {
        match inline {
            Inline::Text(text) => {
                self.sections.text(text);
                if self.image_depth == 0 && self.kept_links == 0 {
                    self.out.push(link_citations(text.clone()));
                } else {
                    self.out.push(Event::Text(text.clone().into()));
                }
            }
            Inline::Space => {
                self.out.push(Event::SoftBreak);
                self.sections.text(" ");
            }
            Inline::Code(code) => {
                self.sections.text(code);
                self.out.push(Event::Code(code.clone()));
            }
            Inline::Break => self.out.push(Event::HardBreak),
            Inline::Html(h) => self.out.push(Event::InlineHtml(h.clone())),
            Inline::HtmlAsText(h) => self.out.push(Event::Text(h.clone())),
            // Label texts are English whatever the page's language, and may come from a
            // translation (QA has checked they are the source's, word for word).
            Inline::Label(children) => {
                self.out.push(Event::InlineHtml(
                    format!(
                        "<span class=\"label\" lang=\"{}\">",
                        html_escape(self.source_locale)
                    )
                    .into(),
                ));
                self.inlines(children);
                self.out.push(Event::InlineHtml(labels::CLOSE.into()));
            }
            Inline::FootnoteRef(n, name) => {
                let slug = footnote_slug(name);
                self.out.push(Event::InlineHtml(format!("<sup class=\"footnote-ref\"><a href=\"#fn-{slug}\" id=\"fn-ref-{slug}\">{n}</a></sup>").into()));
            }
            Inline::Link(tag, to, children) => {
                let Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                } = tag
                else {
                    return self.inlines(children);
                };
                match rewrite(to, dest_url, self.links) {
                    Some(url) => {
                        self.kept_links += 1;
                        self.out.push(Event::Start(Tag::Link {
                            link_type: *link_type,
                            dest_url: url.into(),
                            title: title.clone(),
                            id: id.clone(),
                        }));
                        self.inlines(children);
                        self.out.push(Event::End(TagEnd::Link));
                        self.kept_links -= 1;
                    }
                    None => self.inlines(children),
                }
            }
            Inline::Image(tag, to, children) => {
                let Tag::Image {
                    link_type,
                    dest_url,
                    title,
                    id,
                } = tag
                else {
                    return self.inlines(children);
                };
                self.image_depth += 1;
                let url = rewrite(to, dest_url, self.links).unwrap_or_default();
                self.out.push(Event::Start(Tag::Image {
                    link_type: *link_type,
                    dest_url: url.into(),
                    title: title.clone(),
                    id: id.clone(),
                }));
                self.inlines(children);
                self.out.push(Event::End(TagEnd::Image));
                self.image_depth -= 1;
            }
            Inline::Tag(tag, children) => {
                self.out.push(Event::Start(tag.clone()));
                self.inlines(children);
                self.out.push(Event::End(tag.to_end()));
            }
        }
    }
}

/// The URL a link or image to `to` (written `url`) has on this page, or `None` to print
/// its content as plain text.
fn rewrite(to: &LinkTo, url: &str, links: &PageLinks) -> Option<String> {
    match to {
        LinkTo::Script | LinkTo::Unavailable => None,
        LinkTo::Fragment | LinkTo::Rooted | LinkTo::External { .. } | LinkTo::Unresolved => {
            Some(url.to_string())
        }
        LinkTo::Module(id, anchor) => {
            let anchor = anchor.as_ref().map(|a| format!("#{a}")).unwrap_or_default();
            Some(format!("{}{id}/index.html{anchor}", links.site_prefix))
        }
        LinkTo::Media(name) => Some(format!("{}media/{name}", links.root_prefix)),
    }
}

fn footnote_slug(name: &str) -> String {
    let slug = crate::content::document::slugify(name);
    if slug.is_empty() {
        "note".to_string()
    } else {
        slug
    }
}

/// Text with every `16 CFR` number turned into a link to the eCFR.
fn link_citations(text: String) -> Event<'static> {
    let found = citations::find(&text);
    if found.is_empty() {
        return Event::Text(text.into());
    }
    Event::InlineHtml(linked(&text, &found).into())
}

/// Escaped HTML of `text` with every `16 CFR` number linked to the eCFR.
pub fn citation_html(text: &str) -> String {
    linked(text, &citations::find(text))
}

/// Escaped HTML of `text` with the citations `found` in it linked.
fn linked(text: &str, found: &[citations::Citation]) -> String {
    let mut html = String::with_capacity(text.len() + 120 * found.len());
    let mut pos = 0;
    for citation in found {
        for (k, number) in citation.numbers.iter().enumerate() {
            // The first link also covers `16 CFR part`, so the whole citation reads as a link.
            let start = if k == 0 {
                citation.range.start
            } else {
                number.range.start
            };
            html.push_str(&html_escape(&text[pos..start]));
            html.push_str(&format!(
                "<a class=\"cfr\" href=\"{}\">{}</a>",
                number.url(),
                html_escape(&text[start..number.range.end])
            ));
            pos = number.range.end;
        }
    }
    html.push_str(&html_escape(&text[pos..]));
    html
}
