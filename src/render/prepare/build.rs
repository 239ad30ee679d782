//! The preparation pass: selected Markdown events → [`Block`]s and [`Inline`]s.

use super::rules::{self, Footnotes, Selected};
use super::{Block, Choice, Fallback, Inline, Note, Prepared, Question, Run, Source};
use crate::content::labels;
use crate::content::links::link_to;
use crate::content::quiz;
use crate::i18n::translate::State;
use pulldown_cmark::{CowStr, Event, Tag};
use std::collections::BTreeMap;
use std::ops::Range;

pub struct Builder<'s, 'a> {
    source: &'s Source<'s, 'a>,
    events: Vec<Selected<'a>>,
    /// Questions of knowledge checks by the index of their item's `Start`.
    questions: BTreeMap<usize, quiz::Question>,
    fallbacks: usize,
    footnotes: Footnotes,
    /// The last character of text printed so far (for soft breaks between scripts).
    last_char: Option<char>,
}

/// An open block container.
enum Frame<'a> {
    Tag(Tag<'a>),
    Alert(&'static str, usize),
    /// A footnote definition, and the last character printed before it (its text is
    /// printed elsewhere, so it does not count for the soft breaks after it).
    Note(usize, CowStr<'a>, Option<char>),
}

/// An open inline container.
enum Open<'a> {
    Tag(Tag<'a>),
    Label,
}

impl<'s, 'a> Builder<'s, 'a> {
    pub fn prepare(source: &'s Source<'s, 'a>) -> Prepared<'a> {
        let events = rules::select(source.text, source.audience);
        let has_quiz = events.iter().any(|s| {
            matches!(&s.event, Event::Start(Tag::Heading { classes, .. })
                if classes.iter().any(|c| c.as_ref() == "quiz"))
        });
        let questions = if has_quiz {
            let plain: Vec<Event> = events.iter().map(|s| s.event.clone()).collect();
            quiz::find(&plain)
                .into_iter()
                .flat_map(|q| q.questions)
                .filter(|q| !q.options.is_empty())
                .map(|q| (q.item.start, q))
                .collect()
        } else {
            BTreeMap::new()
        };
        let mut builder = Builder {
            source,
            events,
            questions,
            fallbacks: 0,
            footnotes: Footnotes::default(),
            last_char: None,
        };
        let blocks = builder.blocks(0..builder.events.len());
        Prepared {
            blocks,
            fallbacks: builder.fallbacks,
            footnotes: builder.footnotes,
        }
    }

    fn blocks(&mut self, range: Range<usize>) -> Vec<Block<'a>> {
        let mut stack: Vec<(Frame<'a>, Vec<Block<'a>>)> = Vec::new();
        let mut top: Vec<Block<'a>> = Vec::new();
        let mut i = range.start;
        while i < range.end {
            let event = self.events[i].event.clone();
            if rules::is_inline(&event) {
                let end = (i..range.end)
                    .find(|&k| !rules::is_inline(&self.events[k].event))
                    .unwrap_or(range.end);
                let run = self.run(i..end);
                push(&mut stack, &mut top, Block::Run(run));
                i = end;
                continue;
            }
            if matches!(event, Event::Start(Tag::Item))
                && let Some(q) = self.questions.remove(&i)
            {
                let block = self.question(&q);
                push(&mut stack, &mut top, block);
                i = q.item.end;
                continue;
            }
            match event {
                Event::Start(Tag::BlockQuote(Some(kind))) => {
                    let (style, title) = rules::alert(kind);
                    stack.push((Frame::Alert(style, title), Vec::new()));
                }
                Event::Start(Tag::FootnoteDefinition(name)) => {
                    let n = self.footnotes.number(&name);
                    stack.push((Frame::Note(n, name, self.last_char), Vec::new()));
                }
                Event::Start(Tag::Heading {
                    level,
                    classes,
                    attrs,
                    ..
                }) => {
                    let id = self.events[i]
                        .heading
                        .and_then(|h| self.source.anchors.get(h))
                        .map(|a| CowStr::from(a.clone()));
                    let tag = Tag::Heading {
                        level,
                        id,
                        classes,
                        attrs,
                    };
                    stack.push((Frame::Tag(tag), Vec::new()));
                }
                Event::Start(tag) => stack.push((Frame::Tag(tag), Vec::new())),
                Event::End(_) => {
                    if let Some(frame) = stack.pop() {
                        let block = self.close(frame);
                        push(&mut stack, &mut top, block);
                    }
                }
                Event::Rule => push(&mut stack, &mut top, Block::Rule),
                Event::Html(h) => push(&mut stack, &mut top, Block::Html(h)),
                Event::TaskListMarker(done) => push(&mut stack, &mut top, Block::Task(done)),
                _ => {}
            }
            i += 1;
        }
        // Containers left open (a passage never closed) end with the body.
        while let Some(frame) = stack.pop() {
            let block = self.close(frame);
            push(&mut stack, &mut top, block);
        }
        top
    }

    fn close(&mut self, (frame, children): (Frame<'a>, Vec<Block<'a>>)) -> Block<'a> {
        match frame {
            Frame::Tag(tag) => Block::Tag(tag, children),
            Frame::Alert(style, title) => Block::Alert(style, title, children),
            Frame::Note(n, name, before) => {
                self.last_char = before;
                Block::Note(Note {
                    n,
                    name,
                    body: children,
                })
            }
        }
    }

    fn question(&mut self, q: &quiz::Question) -> Block<'a> {
        let prompt = self.blocks(q.prompt.clone());
        let list = match &self.events[q.prompt.end].event {
            Event::Start(tag) => tag.clone(),
            _ => Tag::List(None),
        };
        let mut options = Vec::with_capacity(q.options.len());
        for (correct, range) in &q.options {
            let marked = matches!(self.events[range.start - 1].event, Event::TaskListMarker(_));
            options.push(Choice {
                correct: *correct,
                marked,
                body: self.blocks(range.clone()),
            });
        }
        let explanation = self.blocks(q.explanation.clone());
        Block::Question(Question {
            prompt,
            list,
            options,
            explanation,
        })
    }

    /// A run of inline events.
    fn run(&mut self, range: Range<usize>) -> Run<'a> {
        let source = self.source;
        let start = self.events[range.start].range.start;
        let segment = rules::mark_at(source.marks, start);
        let fallback = segment
            .map(|k| &source.marks[k])
            .filter(|m| m.state != State::Translated)
            .map(|m| {
                self.fallbacks += 1;
                Fallback {
                    lang: m.lang.clone(),
                    state: m.state,
                    number: self.fallbacks,
                }
            });
        let inlines = self.inlines(range);
        Run {
            start,
            segment,
            fallback,
            inlines,
        }
    }

    fn inlines(&mut self, range: Range<usize>) -> Vec<Inline<'a>> {
        let source = self.source;
        let mut stack: Vec<(Open<'a>, Vec<Inline<'a>>)> = Vec::new();
        let mut top: Vec<Inline<'a>> = Vec::new();
        let mut k = range.start;
        while k < range.end {
            let Selected {
                event, range: at, ..
            } = &self.events[k];
            let untrusted = rules::mark_at(source.marks, at.start)
                .is_some_and(|m| source.marks[m].lang != source.source_locale);
            let event = event.clone();
            k += 1;
            let inline = match event {
                Event::Text(first) => {
                    let mut text = first.to_string();
                    while k < range.end
                        && let Event::Text(t) = &self.events[k].event
                    {
                        text.push_str(t);
                        k += 1;
                    }
                    let text = rules::strip_spacer(&text);
                    if let Some(c) = text.chars().next_back() {
                        self.last_char = Some(c);
                    }
                    Inline::Text(text)
                }
                Event::SoftBreak => {
                    let after = match self.events.get(k).map(|s| &s.event) {
                        Some(Event::Text(t)) if k < range.end => t.chars().next(),
                        _ => None,
                    };
                    if !rules::soft_break_is_space(self.last_char, after) {
                        continue;
                    }
                    Inline::Space
                }
                Event::Code(code) => Inline::Code(code),
                Event::HardBreak => Inline::Break,
                Event::InlineHtml(h) if rules::opens_label(&h) => {
                    stack.push((Open::Label, Vec::new()));
                    continue;
                }
                Event::InlineHtml(h)
                    if h.as_ref() == labels::CLOSE
                        && matches!(stack.last(), Some((Open::Label, _))) =>
                {
                    let Some(frame) = stack.pop() else {
                        continue;
                    };
                    self.close_tag(frame)
                }
                Event::InlineHtml(h) if untrusted => {
                    if let Some(c) = h.chars().next_back() {
                        self.last_char = Some(c);
                    }
                    Inline::HtmlAsText(h)
                }
                Event::InlineHtml(h) => Inline::Html(h),
                Event::FootnoteReference(name) => {
                    Inline::FootnoteRef(self.footnotes.number(&name), name)
                }
                Event::Start(tag) => {
                    stack.push((Open::Tag(tag), Vec::new()));
                    continue;
                }
                Event::End(_) => {
                    // A label left open inside emphasis or a link ends with it.
                    while matches!(stack.last(), Some((Open::Label, _))) {
                        if let Some(frame) = stack.pop() {
                            let label = self.close_tag(frame);
                            push(&mut stack, &mut top, label);
                        }
                    }
                    let Some(frame) = stack.pop() else {
                        continue;
                    };
                    self.close_tag(frame)
                }
                _ => continue,
            };
            push(&mut stack, &mut top, inline);
        }
        // Labels (and anything else) left open end with the run.
        while let Some(frame) = stack.pop() {
            let inline = self.close_tag(frame);
            push(&mut stack, &mut top, inline);
        }
        top
    }

    fn close_tag(&self, (open, children): (Open<'a>, Vec<Inline<'a>>)) -> Inline<'a> {
        let Open::Tag(tag) = open else {
            return Inline::Label(children);
        };
        let to = match &tag {
            Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. } => {
                Some(link_to(self.source.project, self.source.audience, dest_url))
            }
            _ => None,
        };
        match (tag, to) {
            (tag @ Tag::Link { .. }, Some(to)) => Inline::Link(tag, to, children),
            (tag @ Tag::Image { .. }, Some(to)) => Inline::Image(tag, to, children),
            (tag, _) => Inline::Tag(tag, children),
        }
    }
}

/// Adds `item` to the innermost open container, or to the top level.
fn push<F, T>(stack: &mut [(F, Vec<T>)], top: &mut Vec<T>, item: T) {
    match stack.last_mut() {
        Some((_, children)) => children.push(item),
        None => top.push(item),
    }
}
