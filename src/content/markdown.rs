//! One pass over a Markdown body that finds everything the build needs from the source:
//! segments with their byte ranges, headings and their anchors, audience passages,
//! links to other modules and referenced media files.

use super::passages::{MarkerAt, parse_marker};
use super::segment::{Segment, SegmentKind};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use std::ops::Range;

/// The Markdown extensions Primer enables, shared by segmenting and rendering.
pub fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_GFM
}

/// A heading of the source document.
#[derive(Debug, Clone)]
pub struct Heading {
    /// 1 to 6.
    pub level: u8,
    /// Plain text (no Markdown), used for the slug and for context.
    pub text: String,
    /// The explicit `{#id}`, if any.
    pub explicit_id: Option<String>,
    /// Whether it carries `{.quiz}`.
    pub quiz: bool,
    /// File offset of the heading's start.
    pub offset: usize,
}

/// A relative link from the body to a file.
#[derive(Debug, Clone)]
pub struct FileRef {
    /// The path as written, without fragment.
    pub path: String,
    /// The fragment after `#`, if any.
    pub fragment: Option<String>,
    /// File offset of the link.
    pub offset: usize,
    /// Whether it is an image (`![]()`).
    pub image: bool,
}

/// What a Markdown body contains.
#[derive(Debug, Default, Clone)]
pub struct BodyScan {
    /// Segments in document order (repeats included, so every occurrence is spliced).
    pub segments: Vec<Segment>,
    /// Headings in document order.
    pub headings: Vec<Heading>,
    /// Relative links and images.
    pub files: Vec<FileRef>,
    /// Audience passage markers in document order.
    pub markers: Vec<MarkerAt>,
    /// File offset of the first block quote or list item nested deeper than
    /// [`MAX_NESTING`] levels, if any.
    pub too_deep: Option<usize>,
}

/// How deeply block quotes and list items may nest (together). Handouts are typeset with
/// typst, which stops at 80 nested calls; 32 levels print, and no training text needs more.
pub const MAX_NESTING: usize = 32;

enum Open {
    Leaf {
        kind: SegmentKind,
        range: Option<Range<usize>>,
        quotes: usize,
    },
    Item {
        text: Option<Range<usize>>,
        quotes: usize,
    },
    Quote,
    Other,
}

/// Scans `body`, which starts at byte `base` of its file.
pub fn scan(body: &str, base: usize) -> BodyScan {
    let mut out = BodyScan::default();
    let mut stack: Vec<Open> = Vec::new();
    let mut heading: Option<Heading> = None;
    let mut context = String::new();
    let quotes = |stack: &[Open]| stack.iter().filter(|o| matches!(o, Open::Quote)).count();

    for (event, range) in Parser::new_ext(body, options()).into_offset_iter() {
        match &event {
            Event::Start(tag) if is_block(tag) => {
                // A block inside a tight item ends the item's own text.
                if let Some(Open::Item { text, quotes }) = stack.last_mut()
                    && let Some(r) = text.take()
                {
                    push_segment(&mut out, body, base, SegmentKind::Li, r, *quotes, &context);
                }
                let q = quotes(&stack);
                let open = match tag {
                    Tag::Paragraph => {
                        let kind = if matches!(stack.last(), Some(Open::Item { .. })) {
                            SegmentKind::Li
                        } else {
                            SegmentKind::P
                        };
                        Open::Leaf {
                            kind,
                            range: None,
                            quotes: q,
                        }
                    }
                    Tag::Heading {
                        level, id, classes, ..
                    } => {
                        heading = Some(Heading {
                            level: *level as u8,
                            text: String::new(),
                            explicit_id: id.as_ref().map(|s| s.to_string()),
                            quiz: classes.iter().any(|c| c.as_ref() == "quiz"),
                            offset: base + range.start,
                        });
                        Open::Leaf {
                            kind: SegmentKind::H,
                            range: None,
                            quotes: q,
                        }
                    }
                    Tag::TableCell => Open::Leaf {
                        kind: SegmentKind::Td,
                        range: None,
                        quotes: q,
                    },
                    Tag::Item => Open::Item {
                        text: None,
                        quotes: q,
                    },
                    Tag::BlockQuote(_) => Open::Quote,
                    _ => Open::Other,
                };
                if matches!(open, Open::Quote | Open::Item { .. })
                    && out.too_deep.is_none()
                    && nesting(&stack) >= MAX_NESTING
                {
                    out.too_deep = Some(base + range.start);
                }
                stack.push(open);
            }
            Event::End(end) if is_block_end(end) => match stack.pop() {
                Some(Open::Leaf {
                    kind,
                    range: Some(r),
                    quotes,
                }) => {
                    if let (TagEnd::Heading(_), Some(h)) = (end, heading.take()) {
                        context = h.text.clone();
                        out.headings.push(h);
                    }
                    push_segment(&mut out, body, base, kind, r, quotes, &context);
                }
                Some(Open::Item {
                    text: Some(r),
                    quotes,
                }) => {
                    push_segment(&mut out, body, base, SegmentKind::Li, r, quotes, &context);
                }
                _ => {
                    if let (TagEnd::Heading(_), Some(h)) = (end, heading.take()) {
                        out.headings.push(h);
                    }
                }
            },
            Event::Html(html) => {
                if let Some((marker, alone)) = parse_marker(html) {
                    out.markers.push(MarkerAt {
                        marker,
                        offset: base + range.start,
                        depth: stack.len(),
                        alone,
                    });
                }
            }
            Event::TaskListMarker(_) => {}
            // A thematic break is a block of its own, never text to translate: it ends the
            // text of a tight item like any other block.
            Event::Rule => {
                if let Some(Open::Item { text, quotes }) = stack.last_mut()
                    && let Some(r) = text.take()
                {
                    push_segment(&mut out, body, base, SegmentKind::Li, r, *quotes, &context);
                }
            }
            _ => {
                if let Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) =
                    &event
                {
                    record_file_ref(
                        &mut out,
                        dest_url,
                        base + range.start,
                        matches!(event, Event::Start(Tag::Image { .. })),
                    );
                }
                if let (Some(h), Event::Text(t) | Event::Code(t)) = (heading.as_mut(), &event) {
                    h.text.push_str(t);
                }
                extend_inline(&mut stack, range);
            }
        }
    }
    out
}

/// Block quotes and list items open on `stack`.
fn nesting(stack: &[Open]) -> usize {
    stack
        .iter()
        .filter(|o| matches!(o, Open::Quote | Open::Item { .. }))
        .count()
}

fn extend_inline(stack: &mut [Open], range: Range<usize>) {
    let slot = match stack.last_mut() {
        Some(Open::Leaf { range: slot, .. }) => slot,
        Some(Open::Item { text: slot, .. }) => slot,
        _ => return,
    };
    *slot = Some(match slot.take() {
        Some(r) => r.start.min(range.start)..r.end.max(range.end),
        None => range,
    });
}

fn push_segment(
    out: &mut BodyScan,
    body: &str,
    base: usize,
    kind: SegmentKind,
    range: Range<usize>,
    quotes: usize,
    context: &str,
) {
    let raw = strip_continuation_prefixes(&body[range.clone()], quotes);
    if raw
        .trim_matches(|c: char| c.is_ascii_whitespace())
        .is_empty()
    {
        return;
    }
    let file_range = base + range.start..base + range.end;
    out.segments
        .push(Segment::new(kind, &raw, file_range, context.to_string()));
}

/// Removes block-quote markers (up to `quotes` of them) and indentation from every line
/// after the first; whitespace is collapsed by normalization anyway.
pub fn strip_continuation_prefixes(raw: &str, quotes: usize) -> String {
    let mut lines = raw.split('\n');
    let mut out = lines.next().unwrap_or_default().to_string();
    for line in lines {
        let mut rest = line.trim_start_matches([' ', '\t']);
        for _ in 0..quotes {
            match rest.strip_prefix('>') {
                Some(r) => rest = r.trim_start_matches([' ', '\t']),
                None => break,
            }
        }
        out.push('\n');
        out.push_str(rest);
    }
    out
}

fn record_file_ref(out: &mut BodyScan, url: &str, offset: usize, image: bool) {
    if url.is_empty() || url.starts_with('#') || url.starts_with('/') || has_scheme(url) {
        return;
    }
    let (path, fragment) = match url.split_once('#') {
        Some((p, f)) => (p, Some(f.to_string())),
        None => (url, None),
    };
    out.files.push(FileRef {
        path: path.to_string(),
        fragment,
        offset,
        image,
    });
}

/// Whether a URL starts with a scheme such as `https:` or `mailto:`.
pub fn has_scheme(url: &str) -> bool {
    match url.find(':') {
        Some(i) => {
            let scheme = &url[..i];
            !scheme.is_empty()
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        }
        None => false,
    }
}

/// Whether a tag is inline (emphasis, links, images…) rather than a block.
pub fn is_inline_tag(tag: &Tag) -> bool {
    matches!(
        tag,
        Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::Superscript
            | Tag::Subscript
            | Tag::Link { .. }
            | Tag::Image { .. }
    )
}

/// Whether the end of a tag closes an inline element.
pub fn is_inline_end(end: &TagEnd) -> bool {
    matches!(
        end,
        TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Superscript
            | TagEnd::Subscript
            | TagEnd::Link
            | TagEnd::Image
    )
}

fn is_block(tag: &Tag) -> bool {
    !is_inline_tag(tag)
}

fn is_block_end(end: &TagEnd) -> bool {
    !is_inline_end(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(md: &str) -> Vec<(String, String)> {
        scan(md, 0)
            .segments
            .into_iter()
            .map(|s| (s.kind.as_str().to_string(), s.text))
            .collect()
    }

    fn pair(k: &str, t: &str) -> (String, String) {
        (k.to_string(), t.to_string())
    }

    #[test]
    fn headings_paragraphs_and_attributes() {
        let md = "# Small parts {#sp .quiz}\n\nToys for children under 3 must not have\n**small parts**.\n";
        assert_eq!(
            texts(md),
            [
                pair("h", "Small parts"),
                pair(
                    "p",
                    "Toys for children under 3 must not have **small parts**."
                )
            ]
        );
        let h = &scan(md, 0).headings[0];
        assert_eq!(
            (h.explicit_id.as_deref(), h.quiz, h.text.as_str()),
            (Some("sp"), true, "Small parts")
        );
    }

    #[test]
    fn nested_lists_tight_and_loose() {
        let md = "- one `code`\n  - nested [link](https://x.org)\n- two\n\n1. Question?\n\n   - [ ] wrong\n   - [x] right\n\n   Because.\n";
        assert_eq!(
            texts(md),
            [
                pair("li", "one `code`"),
                pair("li", "nested [link](https://x.org)"),
                pair("li", "two"),
                pair("li", "Question?"),
                pair("li", "wrong"),
                pair("li", "right"),
                pair("li", "Because."),
            ]
        );
    }

    #[test]
    fn a_thematic_break_in_a_list_item_is_no_segment() {
        assert_eq!(texts("> - Small\n>\n>   ---\n"), [pair("li", "Small")]);
        assert_eq!(
            texts("- a\n  ***\n  b\n"),
            [pair("li", "a"), pair("li", "b")]
        );
    }

    #[test]
    fn quotes_and_alerts_lose_their_prefixes() {
        let md = "> [!WARNING]\n> Remove the\n> battery *now*.\n\n> a\n> > b\n> > c\n";
        assert_eq!(
            texts(md),
            [
                pair("p", "Remove the battery *now*."),
                pair("p", "a"),
                pair("p", "b c")
            ]
        );
        let seg = &scan(md, 0).segments[0];
        assert_eq!(&md[seg.range.clone()], "Remove the\n> battery *now*.");
    }

    #[test]
    fn tables_footnotes_and_cjk() {
        let md = "| Limit | Rule |\n|---|---|\n| 100 ppm | a \\| b |\n\nText[^1].\n\n[^1]: 中文第一行\n    第二行。\n";
        assert_eq!(
            texts(md),
            [
                pair("td", "Limit"),
                pair("td", "Rule"),
                pair("td", "100 ppm"),
                pair("td", "a \\| b"),
                pair("p", "Text[^1]."),
                pair("p", "中文第一行 第二行。"),
            ]
        );
    }

    #[test]
    fn code_and_html_blocks_are_not_segments_but_markers_are_found() {
        let md = "```\ncode\n```\n\n<!-- audience: china -->\n\nHello.\n\n<!-- /audience -->\n";
        let s = scan(md, 0);
        assert_eq!(s.segments.len(), 1);
        assert_eq!(s.markers.len(), 2);
    }

    #[test]
    fn relative_links_and_images_are_recorded() {
        let md = "See [x](other.md#warn), ![cyl](cylinder.png) and [web](https://a.org).\n";
        let s = scan(md, 10);
        let refs: Vec<_> = s
            .files
            .iter()
            .map(|f| (f.path.as_str(), f.fragment.as_deref(), f.image))
            .collect();
        assert_eq!(
            refs,
            [
                ("other.md", Some("warn"), false),
                ("cylinder.png", None, true)
            ]
        );
        assert_eq!(s.files[0].offset, 14);
    }
}
