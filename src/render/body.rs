//! Markdown body → HTML: audience passages, heading anchors, fallback marks, links between
//! modules and to media, `16 CFR` citation links, localized alerts, footnotes, CJK line
//! breaks and emphasis, and knowledge checks.

use super::html_escape;
use super::prepare::{self, FallbackMarkers, Footnotes, Selected};
use super::quiz::{self, QuizLabels};
use crate::content::citations;
use crate::content::labels;
use crate::content::links::{LinkTo, link_to};
use crate::i18n::translate::SegmentMark;
use crate::project::Project;
use pulldown_cmark::{CowStr, Event, Tag, TagEnd, html};

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
    let parsed = prepare::select(source.text, links.audience);
    let markers = FallbackMarkers {
        untranslated: &labels.untranslated,
        stale: &labels.stale,
        invalid: &labels.invalid,
    };
    let mut out: Vec<Event> = Vec::with_capacity(parsed.len() + 16);
    let mut open_mark = false;
    // Label spans open in the current run of inline content; closed at its end whatever
    // the text does, so a translation cannot leave one open.
    let mut open_labels = 0usize;
    let mut fallbacks = source.fallback_offset;
    let mut dropped_links: Vec<bool> = Vec::new();
    let mut image_depth = 0usize;
    let mut footnotes = Footnotes::default();
    // Footnote definitions are moved to the end of the body, in order of definition.
    let mut note_start: Option<usize> = None;
    let mut notes: Vec<Event> = Vec::new();
    let mut sections = super::search::SectionCollector::default();
    let mut i = 0;
    while i < parsed.len() {
        let Selected {
            event,
            range,
            heading,
        } = &parsed[i];
        i += 1;
        let inline = prepare::is_inline(event);
        if !inline {
            for _ in 0..std::mem::take(&mut open_labels) {
                out.push(Event::InlineHtml(labels::CLOSE.into()));
            }
        }
        if open_mark && !inline {
            out.push(Event::InlineHtml("</span>".into()));
            open_mark = false;
        }
        let mark = if inline {
            prepare::mark_at(source.marks, range.start).map(|k| &source.marks[k])
        } else {
            None
        };
        if inline
            && !open_mark
            && let Some(m) = mark
            && let Some(label) = markers.for_state(m.state)
        {
            fallbacks += 1;
            out.push(Event::InlineHtml(
                format!(
                    "<span class=\"fallback-mark\">{}</span> <span class=\"fallback\" lang=\"{}\" id=\"untranslated-{fallbacks}\">",
                    html_escape(label),
                    html_escape(&m.lang)
                )
                .into(),
            ));
            open_mark = true;
        }
        let untrusted = mark.is_some_and(|m| m.lang != source.source_locale);
        match event {
            Event::Text(_) => {
                let mut text = String::new();
                i -= 1;
                while let Some(Selected {
                    event: Event::Text(t),
                    ..
                }) = parsed.get(i)
                {
                    text.push_str(t);
                    i += 1;
                }
                let text = prepare::strip_spacer(&text);
                sections.text(&text);
                if image_depth == 0 && !dropped_links.iter().any(|dropped| !dropped) {
                    out.push(link_citations(text));
                } else {
                    out.push(Event::Text(text.into()));
                }
            }
            Event::SoftBreak => {
                let before = out.iter().rev().find_map(|e| match e {
                    Event::Text(t) => t.chars().next_back(),
                    _ => None,
                });
                let after = match parsed.get(i) {
                    Some(Selected {
                        event: Event::Text(t),
                        ..
                    }) => t.chars().next(),
                    _ => None,
                };
                if prepare::soft_break_is_space(before, after) {
                    out.push(Event::SoftBreak);
                    sections.text(" ");
                }
            }
            // Label texts are English whatever the page's language, and may come from a
            // translation (QA has checked they are the source's, word for word).
            Event::InlineHtml(h) if prepare::opens_label(h) => {
                open_labels += 1;
                out.push(Event::InlineHtml(
                    format!(
                        "<span class=\"label\" lang=\"{}\">",
                        html_escape(source.source_locale)
                    )
                    .into(),
                ));
            }
            Event::InlineHtml(h) if h.as_ref() == labels::CLOSE && open_labels > 0 => {
                open_labels -= 1;
                out.push(Event::InlineHtml(labels::CLOSE.into()));
            }
            Event::InlineHtml(h) if untrusted => out.push(Event::Text(h.clone())),
            Event::Start(Tag::Heading {
                level,
                classes,
                attrs,
                ..
            }) => {
                let id = heading
                    .and_then(|h| source.anchors.get(h))
                    .map(|a| CowStr::from(a.clone()));
                sections.heading(id.as_ref().map(|a| a.to_string()));
                out.push(Event::Start(Tag::Heading {
                    level: *level,
                    id,
                    classes: classes.clone(),
                    attrs: attrs.clone(),
                }));
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => match rewrite(dest_url, links) {
                Some(url) => {
                    dropped_links.push(false);
                    out.push(Event::Start(Tag::Link {
                        link_type: *link_type,
                        dest_url: url.into(),
                        title: title.clone(),
                        id: id.clone(),
                    }));
                }
                None => dropped_links.push(true),
            },
            Event::End(TagEnd::Link) => {
                if dropped_links.pop() == Some(false) {
                    out.push(Event::End(TagEnd::Link));
                }
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                image_depth += 1;
                let url = rewrite(dest_url, links).unwrap_or_default();
                out.push(Event::Start(Tag::Image {
                    link_type: *link_type,
                    dest_url: url.into(),
                    title: title.clone(),
                    id: id.clone(),
                }));
            }
            Event::End(TagEnd::Image) => {
                image_depth -= 1;
                out.push(Event::End(TagEnd::Image));
            }
            Event::Start(Tag::BlockQuote(Some(kind))) => {
                let (class, title) = prepare::alert(*kind);
                out.push(Event::Html(format!("<div class=\"alert alert-{class}\" role=\"note\">\n<p class=\"alert-title\">{}</p>\n", html_escape(&labels.alerts[title])).into()));
            }
            Event::End(TagEnd::BlockQuote(Some(_))) => out.push(Event::Html("</div>\n".into())),
            Event::FootnoteReference(name) => {
                let n = footnotes.number(name);
                let slug = footnote_slug(name);
                out.push(Event::InlineHtml(format!("<sup class=\"footnote-ref\"><a href=\"#fn-{slug}\" id=\"fn-ref-{slug}\">{n}</a></sup>").into()));
            }
            Event::Start(Tag::FootnoteDefinition(name)) => {
                let n = footnotes.number(name);
                let slug = footnote_slug(name);
                note_start = Some(out.len());
                out.push(Event::Html(format!("<div class=\"footnote\" id=\"fn-{slug}\">\n<a class=\"footnote-label\" href=\"#fn-ref-{slug}\">{n}</a>\n").into()));
            }
            Event::End(TagEnd::FootnoteDefinition) => {
                out.push(Event::Html("</div>\n".into()));
                if let Some(start) = note_start.take() {
                    notes.extend(out.drain(start..));
                }
            }
            other => {
                match other {
                    Event::Code(c) => sections.text(c),
                    Event::End(_) if !inline => sections.block_end(),
                    _ => {}
                }
                out.push(other.clone())
            }
        }
    }
    if open_mark {
        out.push(Event::InlineHtml("</span>".into()));
    }
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
        fallbacks: fallbacks - source.fallback_offset,
        sections: sections.finish(),
    }
}

/// The URL a link or image should have on this page, or `None` to render it as plain text.
fn rewrite(url: &str, links: &PageLinks) -> Option<String> {
    match link_to(links.project, links.audience, url) {
        LinkTo::Script | LinkTo::Unavailable => None,
        LinkTo::Fragment | LinkTo::Rooted | LinkTo::External { .. } | LinkTo::Unresolved => {
            Some(url.to_string())
        }
        LinkTo::Module(id, anchor) => {
            let anchor = anchor.map(|a| format!("#{a}")).unwrap_or_default();
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
