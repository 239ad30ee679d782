//! The small rules the preparation pass ([`super::prepare`]) applies, each implemented
//! once: which audience passages are kept, which segment mark covers a piece of text and
//! how its fallback is labelled, which inline HTML opens a label text, how CJK soft breaks
//! and the emphasis spacer are resolved, the kind of an alert, and footnote numbers. Link
//! targets are classified in [`crate::content::links`].

use crate::content::labels;
use crate::content::markdown::{is_inline_end, is_inline_tag, options};
use crate::content::passages::{PassageMarker, parse_marker};
use crate::i18n::splice::{EMPHASIS_SPACER, is_unspaced};
use crate::i18n::translate::{SegmentMark, State};
use pulldown_cmark::{BlockQuoteKind, Event, Parser, Tag};
use std::collections::BTreeMap;
use std::ops::Range;

/// One event of a body kept for the audience.
pub struct Selected<'a> {
    /// The event.
    pub event: Event<'a>,
    /// Its byte range in the body.
    pub range: Range<usize>,
    /// For the start of a heading, its index among all headings of the document, passages
    /// for other audiences included (the index of its anchor).
    pub heading: Option<usize>,
}

/// The events of `text` without its audience-passage markers and without the passages
/// that are not for `audience`.
pub fn select<'a>(text: &'a str, audience: &str) -> Vec<Selected<'a>> {
    let mut out = Vec::new();
    let mut headings = 0usize;
    let mut skipping = false;
    for (event, range) in Parser::new_ext(text, options()).into_offset_iter() {
        if let Event::Html(html) = &event
            && let Some((marker, _)) = parse_marker(html)
        {
            skipping = match marker {
                PassageMarker::Open(ids) => !ids.iter().any(|a| a == audience),
                PassageMarker::Close => false,
            };
            continue;
        }
        let heading = matches!(event, Event::Start(Tag::Heading { .. })).then(|| {
            headings += 1;
            headings - 1
        });
        if !skipping {
            out.push(Selected {
                event,
                range,
                heading,
            });
        }
    }
    out
}

/// Whether an event is inline content (text, inline tags and their ends, breaks, …), as
/// opposed to a block, a block's end, a rule or a task-list marker.
pub fn is_inline(event: &Event) -> bool {
    match event {
        Event::Text(_)
        | Event::Code(_)
        | Event::InlineHtml(_)
        | Event::SoftBreak
        | Event::HardBreak
        | Event::FootnoteReference(_)
        | Event::InlineMath(_) => true,
        Event::Start(t) => is_inline_tag(t),
        Event::End(t) => is_inline_end(t),
        Event::DisplayMath(_) | Event::Html(_) | Event::Rule | Event::TaskListMarker(_) => false,
    }
}

/// Whether inline HTML opens a label text (see [`crate::content::labels`]): only the tag
/// exactly as authors write it, which QA makes translations keep.
pub fn opens_label(html: &str) -> bool {
    html == labels::OPEN
}

/// The index of the segment mark covering byte `pos` of the body, if any.
pub fn mark_at(marks: &[SegmentMark], pos: usize) -> Option<usize> {
    let k = marks.partition_point(|m| m.range.start <= pos);
    k.checked_sub(1).filter(|&k| pos < marks[k].range.end)
}

/// Interface strings that mark text shown in a fallback language.
pub struct FallbackMarkers<'a> {
    /// Not translated.
    pub untranslated: &'a str,
    /// The translation is outdated.
    pub stale: &'a str,
    /// The translation could not be used.
    pub invalid: &'a str,
}

impl<'a> FallbackMarkers<'a> {
    /// The marker for text in `state`, or `None` for translated text (no mark).
    pub fn for_state(&self, state: State) -> Option<&'a str> {
        match state {
            State::Translated => None,
            State::Missing => Some(self.untranslated),
            State::Stale => Some(self.stale),
            State::Invalid => Some(self.invalid),
        }
    }
}

/// `text` without the emphasis spacer the CJK-bold fix inserted
/// ([`crate::i18n::splice::fix_cjk_emphasis`]): it only steers the Markdown parser.
pub fn strip_spacer(text: &str) -> String {
    if text.contains(EMPHASIS_SPACER) {
        text.replace(EMPHASIS_SPACER, "")
    } else {
        text.to_string()
    }
}

/// Whether `c` is the emphasis spacer (see [`strip_spacer`]).
pub fn is_spacer(c: char) -> bool {
    c == EMPHASIS_SPACER
}

/// Whether a soft break between the characters `before` and `after` prints as a space:
/// not between two characters of scripts written without spaces (Chinese, Japanese).
pub fn soft_break_is_space(before: Option<char>, after: Option<char>) -> bool {
    !(before.is_some_and(is_unspaced) && after.is_some_and(is_unspaced))
}

/// The style name of an alert and the index of its title among the alert titles
/// (note, tip, important, warning, caution).
pub fn alert(kind: BlockQuoteKind) -> (&'static str, usize) {
    match kind {
        BlockQuoteKind::Note => ("note", 0),
        BlockQuoteKind::Tip => ("tip", 1),
        BlockQuoteKind::Important => ("important", 2),
        BlockQuoteKind::Warning => ("warning", 3),
        BlockQuoteKind::Caution => ("caution", 4),
    }
}

/// Footnote numbers: 1, 2, … in order of first reference or definition.
#[derive(Debug, Default, Clone)]
pub struct Footnotes(BTreeMap<String, usize>);

impl Footnotes {
    /// The number of footnote `name`, given now if it has none yet.
    pub fn number(&mut self, name: &str) -> usize {
        let next = self.0.len() + 1;
        *self.0.entry(name.to_string()).or_insert(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_of_skipped_passages_still_count_for_anchors() {
        let md = "# A\n\n<!-- audience: x -->\n\n# B\n\n<!-- /audience -->\n\n# C\n";
        let headings: Vec<usize> = select(md, "y").iter().filter_map(|s| s.heading).collect();
        assert_eq!(headings, [0, 2]);
        let all: Vec<usize> = select(md, "x").iter().filter_map(|s| s.heading).collect();
        assert_eq!(all, [0, 1, 2]);
    }

    #[test]
    fn soft_breaks_vanish_only_between_unspaced_scripts() {
        assert!(!soft_break_is_space(Some('中'), Some('文')));
        assert!(soft_break_is_space(Some('a'), Some('文')));
        assert!(soft_break_is_space(Some('한'), Some('국')));
        assert!(soft_break_is_space(None, Some('文')));
    }

    #[test]
    fn footnotes_are_numbered_in_order_of_first_use() {
        let mut f = Footnotes::default();
        assert_eq!([f.number("b"), f.number("a"), f.number("b")], [1, 2, 1]);
    }
}
