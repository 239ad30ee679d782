//! Author controls for briefing slides (docs/formats.md §3): HTML-comment markers that
//! render as nothing on pages and in handouts and tell the slide assembly where to break,
//! what is speaker notes only, what to leave off and what to keep whole.
//!
//! ```markdown
//! <!-- slide -->                          an explicit slide break
//! <!-- notes --> … <!-- /notes -->        blocks shown as speaker notes, not on the slide
//! <!-- no-slides --> … <!-- /no-slides --> blocks left off the deck (notes included)
//! <!-- keep --> … <!-- /keep -->          blocks kept whole on one slide (shrunk, not split)
//! ```
//!
//! Each marker is an HTML block of its own at the top level of the body, with a blank line
//! before and after, like the audience passages. Translations cannot add markers: a
//! translation is spliced into a segment's byte range with any HTML block start escaped
//! (`i18n/splice.rs`), so a marker in a translation is inline text (or inline HTML that
//! QA rejects), never an HTML block, and [`structure`] only reads HTML blocks.

use super::passages::{self, PassageMarker};
use crate::diagnostics::Diagnostic;
use crate::source::SourceFile;
use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use std::ops::Range;

/// The diagnostic code of every mistake in slide markers.
pub const CODE: &str = "slide-marker";

/// A region of blocks between an opening and a closing marker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Region {
    /// `<!-- notes -->`: speaker notes only (still on the page and in handouts).
    Notes,
    /// `<!-- no-slides -->`: left off the deck entirely.
    NoSlides,
    /// `<!-- keep -->`: kept whole on one slide.
    Keep,
}

impl Region {
    /// The marker word, as written after `<!--`.
    pub fn word(self) -> &'static str {
        match self {
            Region::Notes => "notes",
            Region::NoSlides => "no-slides",
            Region::Keep => "keep",
        }
    }
}

/// A slide marker as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Marker {
    /// `<!-- slide -->`.
    Break,
    /// `<!-- notes -->`, `<!-- no-slides -->` or `<!-- keep -->`.
    Open(Region),
    /// `<!-- /notes -->`, `<!-- /no-slides -->` or `<!-- /keep -->`.
    Close(Region),
    /// A comment that looks like a slide marker but is none (`<!-- slides -->`,
    /// `<!-- note -->`, `<!-- slide: intro -->`), with its text.
    Unknown(String),
}

/// The markers every author may write, for hints.
const KNOWN: &str = "`<!-- slide -->`, `<!-- notes -->` … `<!-- /notes -->`, \
                     `<!-- no-slides -->` … `<!-- /no-slides -->`, `<!-- keep -->` … `<!-- /keep -->`";

/// First words of comments that are meant as slide markers, misspelt or not.
const NEAR: &[&str] = &[
    "slide",
    "slides",
    "slide-break",
    "note",
    "notes",
    "speaker-notes",
    "keep",
    "no-slide",
    "no-slides",
    "noslide",
    "noslides",
    "not-on-slides",
];

/// Recognizes a slide marker in an HTML block's (or inline HTML's) text; the flag says
/// whether the text holds nothing but the marker. `None` for any other HTML, including
/// ordinary comments.
pub fn parse_marker(html: &str) -> Option<(Marker, bool)> {
    let trimmed = html.trim();
    let start = trimmed.find("<!--")?;
    let end = trimmed[start..].find("-->")? + start;
    let inner = trimmed[start + 4..end].trim();
    let alone = start == 0 && end + 3 == trimmed.len();
    let marker = match inner {
        "slide" => Marker::Break,
        "notes" => Marker::Open(Region::Notes),
        "/notes" => Marker::Close(Region::Notes),
        "no-slides" => Marker::Open(Region::NoSlides),
        "/no-slides" => Marker::Close(Region::NoSlides),
        "keep" => Marker::Open(Region::Keep),
        "/keep" => Marker::Close(Region::Keep),
        _ => {
            let first = inner
                .split(|c: char| c.is_whitespace() || c == ':')
                .next()
                .unwrap_or_default()
                .trim_start_matches('/')
                .to_ascii_lowercase();
            if !NEAR.contains(&first.as_str()) {
                return None;
            }
            Marker::Unknown(inner.to_string())
        }
    };
    Some((marker, alone))
}

/// A slide marker found in a body.
#[derive(Debug, Clone)]
struct Found {
    marker: Marker,
    /// Byte range of the marker's HTML (the whole HTML block) in the file.
    range: Range<usize>,
    /// Block nesting depth: 0 at the top level of the body.
    depth: usize,
    /// Whether the HTML holds nothing but the marker.
    alone: bool,
    /// Whether it is inline HTML inside a paragraph rather than an HTML block.
    inline: bool,
}

/// Everything one pass over a body finds for slides.
#[derive(Debug, Default)]
struct Scan {
    markers: Vec<Found>,
    /// Audience passage markers at the top level, with their offsets.
    passages: Vec<(PassageMarker, usize)>,
    /// Start offsets of the top-level blocks that are not HTML.
    blocks: Vec<usize>,
    /// Top-level headings: offset, level, whether it starts a knowledge check.
    headings: Vec<(usize, u8, bool)>,
    /// End of the body in file offsets.
    end: usize,
}

fn scan(body: &str, base: usize) -> Scan {
    let mut out = Scan {
        end: base + body.len(),
        ..Scan::default()
    };
    let mut depth = 0usize;
    let mut html: Option<(String, Range<usize>, usize)> = None;
    for (event, range) in Parser::new_ext(body, super::markdown::options()).into_offset_iter() {
        let at = base + range.start..base + range.end;
        match event {
            Event::Start(Tag::HtmlBlock) => html = Some((String::new(), at, depth)),
            Event::End(TagEnd::HtmlBlock) => {
                if let Some((text, range, d)) = html.take() {
                    if let Some((marker, alone)) = parse_marker(&text) {
                        out.markers.push(Found {
                            marker,
                            range,
                            depth: d,
                            alone,
                            inline: false,
                        });
                    } else if d == 0
                        && let Some((marker, _)) = passages::parse_marker(&text)
                    {
                        out.passages.push((marker, range.start));
                    }
                }
            }
            Event::Html(text) => {
                if let Some((buffer, _, _)) = html.as_mut() {
                    buffer.push_str(&text);
                }
            }
            Event::InlineHtml(text) => {
                if let Some((marker, _)) = parse_marker(&text) {
                    out.markers.push(Found {
                        marker,
                        range: at,
                        depth,
                        alone: false,
                        inline: true,
                    });
                }
            }
            Event::Start(tag) if !super::markdown::is_inline_tag(&tag) => {
                if depth == 0 {
                    out.blocks.push(at.start);
                    if let Tag::Heading { level, classes, .. } = &tag {
                        let quiz = classes.iter().any(|c| c.as_ref() == "quiz");
                        out.headings.push((at.start, *level as u8, quiz));
                    }
                }
                depth += 1;
            }
            Event::End(end) if !super::markdown::is_inline_end(&end) => {
                depth = depth.saturating_sub(1);
            }
            Event::Rule if depth == 0 => out.blocks.push(at.start),
            _ => {}
        }
    }
    out
}

/// One region as the slide assembly sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegionAt {
    /// What the region does.
    pub region: Region,
    /// From the start of the opening marker to the end of the closing marker.
    pub range: Range<usize>,
    /// The blocks between the two markers (from the end of the opening marker to the start
    /// of the closing one).
    pub inner: Range<usize>,
}

/// The slide markers of a body: explicit breaks and regions, in document order, as byte
/// offsets. Built from the well-formed markers only; [`check`] reports the rest.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SlideMarks {
    /// The start offset of each `<!-- slide -->`.
    pub breaks: Vec<usize>,
    /// The regions, in order; they never nest or overlap.
    pub regions: Vec<RegionAt>,
}

impl SlideMarks {
    /// The region whose blocks include `offset` (a block's start), if any.
    pub fn region_at(&self, offset: usize) -> Option<Region> {
        self.regions
            .iter()
            .find(|r| r.inner.contains(&offset))
            .map(|r| r.region)
    }

    /// Whether an explicit break lies in `range` (between two blocks' starts).
    pub fn break_in(&self, range: Range<usize>) -> bool {
        self.breaks.iter().any(|b| range.contains(b))
    }
}

/// The slide markers of `body`, which starts at byte `base` of its file (pass 0 for offsets
/// within `body`). Works on a source body and on a localized one alike: translations keep
/// the block structure, so both have the same markers in the same order.
pub fn structure(body: &str, base: usize) -> SlideMarks {
    let mut marks = SlideMarks::default();
    let mut open: Option<(Region, Range<usize>)> = None;
    for m in scan(body, base).markers {
        if m.inline || m.depth != 0 {
            continue;
        }
        match (m.marker, &open) {
            (Marker::Break, None) => marks.breaks.push(m.range.start),
            (Marker::Open(r), None) => open = Some((r, m.range)),
            (Marker::Close(r), Some((o, _))) if r == *o => {
                if let Some((region, opening)) = open.take() {
                    marks.regions.push(RegionAt {
                        region,
                        range: opening.start..m.range.end,
                        inner: opening.end..m.range.start,
                    });
                }
            }
            _ => {}
        }
    }
    marks
}

/// Checks the slide markers of `doc`'s body.
pub fn check(doc: &super::document::Document) -> Vec<Diagnostic> {
    check_body(&doc.file, doc.body_start)
}

/// Checks the slide markers of the body of `file` starting at `body_start`: every mistake
/// is a located `slide-marker` error, all of them collected.
pub fn check_body(file: &SourceFile, body_start: usize) -> Vec<Diagnostic> {
    let found = scan(&file.text[body_start..], body_start);
    let mut out = Vec::new();
    let error = |at: usize, message: String| Diagnostic::error(CODE, file, at, message);
    let quizzes = quiz_sections(&found);
    let in_quiz = |offset: usize| quizzes.iter().find(|q| q.start < offset && offset < q.end);
    let mut open: Option<(Region, usize)> = None;
    let mut regions: Vec<(Region, usize, usize)> = Vec::new();
    for m in &found.markers {
        let at = m.range.start;
        if m.inline {
            out.push(
                error(
                    at,
                    "a slide marker must stand on its own line, not inside a paragraph".into(),
                )
                .hint("put the marker on a line of its own, with a blank line before and after it"),
            );
            continue;
        }
        if !m.alone {
            out.push(error(
                at,
                "a slide marker must stand alone, with a blank line before and after it".into(),
            ));
            continue;
        }
        if m.depth != 0 {
            out.push(error(
                at,
                "a slide marker must stand at the top level of the module, not inside a list or quote".into(),
            ));
            continue;
        }
        let quiz = in_quiz(at);
        match (&m.marker, open) {
            (Marker::Unknown(text), _) => {
                out.push(
                    error(at, format!("`<!-- {text} -->` is not a slide marker"))
                        .hint(format!("the slide markers are {KNOWN}")),
                );
            }
            (_, _) if quiz.is_some() && !matches!(m.marker, Marker::Close(_)) => {
                out.push(
                    error(at, "slide markers cannot be used inside a knowledge check: each question is a slide of its own".into())
                        .hint("put the marker before the quiz heading, or around the whole knowledge check"),
                );
            }
            (Marker::Break, None) => {}
            (Marker::Break, Some((r, _))) => {
                out.push(error(
                    at,
                    format!(
                        "`<!-- slide -->` cannot break a slide inside `<!-- {} -->`",
                        r.word()
                    ),
                ));
            }
            (Marker::Open(r), None) => open = Some((*r, at)),
            (Marker::Open(r), Some((outer, from))) => {
                let (line, _) = file.line_col(from);
                out.push(error(
                    at,
                    format!(
                        "`<!-- {} -->` cannot be nested: `<!-- {} -->` opened on line {line} is still open",
                        r.word(),
                        outer.word()
                    ),
                ));
            }
            (Marker::Close(r), None) => {
                out.push(error(
                    at,
                    format!(
                        "`<!-- /{} -->` without an open `<!-- {} -->`",
                        r.word(),
                        r.word()
                    ),
                ));
            }
            (Marker::Close(r), Some((o, from))) => {
                if *r != o {
                    let (line, _) = file.line_col(from);
                    out.push(error(
                        at,
                        format!(
                            "`<!-- /{} -->` closes nothing: `<!-- {} -->` opened on line {line} is still open",
                            r.word(),
                            o.word()
                        ),
                    ));
                    continue;
                }
                if let Some(q) = quiz
                    && from > q.start
                {
                    out.push(error(
                        at,
                        "slide markers cannot be used inside a knowledge check".into(),
                    ));
                }
                if !found.blocks.iter().any(|b| (from..at).contains(b)) {
                    out.push(error(
                        from,
                        format!("`<!-- {} -->` encloses no block", r.word()),
                    ));
                }
                regions.push((o, from, m.range.end));
                open = None;
            }
        }
    }
    if let Some((r, from)) = open {
        out.push(
            error(from, format!("`<!-- {} -->` is never closed", r.word())).hint(format!(
                "add a line `<!-- /{} -->`, with blank lines around it, after the last block of the region",
                r.word()
            )),
        );
    }
    for (region, from, to) in regions {
        for (p_from, p_to) in passage_spans(&found.passages) {
            let inside = |x: usize| p_from < x && x < p_to;
            if inside(from) != inside(to) {
                let (line, _) = file.line_col(p_from);
                out.push(
                    error(
                        from,
                        format!(
                            "`<!-- {} -->` crosses the edge of the audience passage on line {line}",
                            region.word()
                        ),
                    )
                    .hint("open and close the region both inside the passage or both outside it"),
                );
            }
        }
    }
    out.sort_by_key(|d| (d.line, d.column));
    out
}

/// The spans of well-formed top-level audience passages (the passage check reports the
/// rest).
fn passage_spans(markers: &[(PassageMarker, usize)]) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut open = None;
    for (m, at) in markers {
        match (m, open) {
            (PassageMarker::Open(_), None) => open = Some(*at),
            (PassageMarker::Close, Some(from)) => {
                spans.push((from, *at));
                open = None;
            }
            _ => {}
        }
    }
    spans
}

/// The byte spans of knowledge checks: from a `{.quiz}` heading to the next heading of the
/// same or a higher level (docs/formats.md §3).
fn quiz_sections(found: &Scan) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for (i, (start, level, quiz)) in found.headings.iter().enumerate() {
        if !quiz {
            continue;
        }
        let end = found.headings[i + 1..]
            .iter()
            .find(|(_, l, _)| l <= level)
            .map_or(found.end, |(at, _, _)| *at);
        out.push(*start..end);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(md: &str) -> Vec<String> {
        let file = SourceFile::new("m.md", md);
        check_body(&file, 0)
            .into_iter()
            .map(|d| format!("{}:{} {}", d.line, d.code, d.message))
            .collect()
    }

    #[test]
    fn markers_parse_and_near_misses_are_recognized() {
        assert_eq!(
            parse_marker("<!-- slide -->\n"),
            Some((Marker::Break, true))
        );
        assert_eq!(
            parse_marker("<!--notes-->"),
            Some((Marker::Open(Region::Notes), true))
        );
        assert_eq!(
            parse_marker("<!-- /no-slides -->"),
            Some((Marker::Close(Region::NoSlides), true))
        );
        assert_eq!(
            parse_marker("<!-- keep --> <b>x</b>"),
            Some((Marker::Open(Region::Keep), false))
        );
        assert_eq!(
            parse_marker("<!-- Slides: intro -->"),
            Some((Marker::Unknown("Slides: intro".into()), true))
        );
        assert_eq!(
            parse_marker("<!-- /note -->"),
            Some((Marker::Unknown("/note".into()), true))
        );
        assert_eq!(parse_marker("<!-- audience: china -->"), None);
        assert_eq!(parse_marker("<!-- a comment about slides -->"), None);
        assert_eq!(parse_marker("<div>slide</div>"), None);
    }

    const GOOD: &str = "\
## One

Intro.

<!-- slide -->

More.

<!-- notes -->

Say this aloud.

Two paragraphs of notes.

<!-- /notes -->

<!-- no-slides -->

| a | b |
|---|---|
| c | d |

<!-- /no-slides -->

<!-- keep -->

## Two

- a
- b

<!-- /keep -->
";

    #[test]
    fn well_formed_markers_pass_and_give_the_structure() {
        assert_eq!(problems(GOOD), Vec::<String>::new());
        let marks = structure(GOOD, 0);
        assert_eq!(marks.breaks, [GOOD.find("<!-- slide").unwrap()]);
        let regions: Vec<(Region, &str)> = marks
            .regions
            .iter()
            .map(|r| (r.region, GOOD[r.inner.clone()].trim()))
            .collect();
        assert_eq!(
            regions,
            [
                (Region::Notes, "Say this aloud.\n\nTwo paragraphs of notes."),
                (Region::NoSlides, "| a | b |\n|---|---|\n| c | d |"),
                (Region::Keep, "## Two\n\n- a\n- b"),
            ]
        );
        assert!(GOOD[marks.regions[0].range.clone()].starts_with("<!-- notes -->"));
        assert!(GOOD[marks.regions[0].range.clone()].ends_with("<!-- /notes -->\n"));
        let notes_at = GOOD.find("Say this").unwrap();
        assert_eq!(marks.region_at(notes_at), Some(Region::Notes));
        assert_eq!(marks.region_at(GOOD.find("Intro").unwrap()), None);
        assert!(marks.break_in(GOOD.find("Intro").unwrap()..GOOD.find("More").unwrap()));
        assert!(!marks.break_in(GOOD.find("More").unwrap()..notes_at));
        // File offsets: the body starting at byte 100 shifts every range by 100.
        let shifted = structure(GOOD, 100);
        assert_eq!(shifted.breaks[0], marks.breaks[0] + 100);
        assert_eq!(
            shifted.regions[2].inner.start,
            marks.regions[2].inner.start + 100
        );
    }

    #[test]
    fn ordinary_comments_and_audience_passages_are_not_slide_markers() {
        let md = "<!-- TODO: review -->\n\n<!-- audience: china -->\n\nA.\n\n<!-- /audience -->\n";
        assert!(problems(md).is_empty());
        assert_eq!(structure(md, 0), SlideMarks::default());
    }

    #[test]
    fn unknown_markers_are_located_errors() {
        assert_eq!(
            problems("A.\n\n<!-- slides -->\n\nB.\n"),
            ["3:slide-marker `<!-- slides -->` is not a slide marker"]
        );
        assert_eq!(problems("<!-- note -->\n\nB.\n\n<!-- /note -->\n").len(), 2);
    }

    #[test]
    fn unclosed_nested_unopened_and_mismatched_regions_are_errors() {
        assert_eq!(
            problems("<!-- notes -->\n\nB.\n"),
            ["1:slide-marker `<!-- notes -->` is never closed"]
        );
        assert_eq!(
            problems("A.\n\n<!-- /keep -->\n"),
            ["3:slide-marker `<!-- /keep -->` without an open `<!-- keep -->`"]
        );
        let nested = problems(
            "<!-- keep -->\n\nA.\n\n<!-- notes -->\n\nB.\n\n<!-- /notes -->\n\n<!-- /keep -->\n",
        );
        assert_eq!(nested.len(), 2, "{nested:?}");
        assert!(
            nested[0].starts_with(
                "5:slide-marker `<!-- notes -->` cannot be nested: `<!-- keep -->` opened on line 1"
            ),
            "{nested:?}"
        );
        assert!(
            nested[1].starts_with("9:slide-marker `<!-- /notes -->` closes nothing"),
            "{nested:?}"
        );
        assert_eq!(
            problems("<!-- notes -->\n\nA.\n\n<!-- /no-slides -->\n").len(),
            2
        );
    }

    #[test]
    fn breaks_inside_regions_and_empty_regions_are_errors() {
        assert_eq!(
            problems("<!-- keep -->\n\nA.\n\n<!-- slide -->\n\nB.\n\n<!-- /keep -->\n"),
            ["5:slide-marker `<!-- slide -->` cannot break a slide inside `<!-- keep -->`"]
        );
        assert_eq!(
            problems("A.\n\n<!-- notes -->\n\n<!-- /notes -->\n"),
            ["3:slide-marker `<!-- notes -->` encloses no block"]
        );
    }

    #[test]
    fn markers_must_stand_alone_at_the_top_level() {
        assert_eq!(
            problems("Text <!-- slide --> more.\n"),
            ["1:slide-marker a slide marker must stand on its own line, not inside a paragraph"]
        );
        assert_eq!(
            problems("<!-- slide --> <br>\n\nA.\n"),
            [
                "1:slide-marker a slide marker must stand alone, with a blank line before and after it"
            ]
        );
        assert_eq!(
            problems("- item\n\n  <!-- slide -->\n\n  more\n"),
            [
                "3:slide-marker a slide marker must stand at the top level of the module, not inside a list or quote"
            ]
        );
        assert_eq!(
            problems("> quote\n>\n> <!-- notes -->\n"),
            [
                "3:slide-marker a slide marker must stand at the top level of the module, not inside a list or quote"
            ]
        );
        // A marker that is not alone or not at the top level is not part of the structure.
        assert_eq!(
            structure("- item\n\n  <!-- slide -->\n", 0),
            SlideMarks::default()
        );
    }

    #[test]
    fn regions_must_not_cross_audience_passages() {
        let crossing = "<!-- audience: china -->\n\n<!-- notes -->\n\nA.\n\n<!-- /audience -->\n\nB.\n\n<!-- /notes -->\n";
        assert_eq!(
            problems(crossing),
            ["3:slide-marker `<!-- notes -->` crosses the edge of the audience passage on line 1"]
        );
        let inside = "<!-- audience: china -->\n\n<!-- notes -->\n\nA.\n\n<!-- /notes -->\n\n<!-- slide -->\n\nB.\n\n<!-- /audience -->\n";
        assert!(problems(inside).is_empty());
        let around = "<!-- keep -->\n\n<!-- audience: china -->\n\nA.\n\n<!-- /audience -->\n\nB.\n\n<!-- /keep -->\n";
        assert!(problems(around).is_empty());
    }

    #[test]
    fn markers_inside_a_knowledge_check_are_errors_but_one_around_it_is_not() {
        let quiz = "## Check {.quiz}\n\n1. Q?\n\n   - [ ] a\n   - [x] b\n\n<!-- slide -->\n\n2. R?\n\n   - [x] c\n\n## Next\n\nText.\n";
        let p = problems(quiz);
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(
            p[0].starts_with(
                "8:slide-marker slide markers cannot be used inside a knowledge check"
            )
        );
        let around = "<!-- no-slides -->\n\n## Check {.quiz}\n\n1. Q?\n\n   - [x] b\n\n<!-- /no-slides -->\n\n## Next\n\n<!-- slide -->\n\nText.\n";
        assert!(problems(around).is_empty(), "{:?}", problems(around));
    }

    #[test]
    fn all_mistakes_are_reported_in_one_run() {
        let md = "<!-- slides -->\n\nA.\n\n<!-- /notes -->\n\n<!-- keep -->\n\nB.\n";
        assert_eq!(problems(md).len(), 3);
    }

    /// Translations are untrusted text: a marker in a translation, at its start, in its
    /// middle or on lines of its own, never becomes a slide break or a region.
    #[test]
    fn translations_cannot_inject_slide_markers() {
        use crate::content::document::Module;
        use crate::diagnostics::Severity;
        use crate::i18n::catalog::{FtlFile, LocaleCatalog};
        use crate::i18n::translate::{ChainLink, localize};
        use crate::i18n::{ftl_write, lineage::LineageMap};
        use std::collections::BTreeMap;
        use std::sync::Arc;

        let source = "---\ntitle: T\nsummary: S\ncategory: toys\nreviewed: 2026-01-01\n---\n## Heading\n\nFirst.\n\n<!-- slide -->\n\nSecond.\n\n- item\n\n| a |\n|---|\n| c |\n";
        let mut problems = Vec::new();
        let module = Module::load("m", SourceFile::new("m.md", source), &[], &mut problems)
            .unwrap_or_else(|| panic!("{problems:?}"));
        assert!(problems.is_empty(), "{problems:?}");
        let expected = structure(module.doc.body(), 0);
        assert_eq!(expected.breaks.len(), 1);
        // Even a translation that passed QA is spliced with its HTML block start escaped.
        let spliced = crate::i18n::splice::prepare(
            crate::content::segment::SegmentKind::P,
            "<!-- slide -->\n\n<!-- keep -->",
        );
        assert_eq!(
            structure(&format!("A.\n\n{spliced}\n"), 0),
            SlideMarks::default()
        );
        for hostile in [
            "<!-- slide -->",
            "Text <!-- slide --> text",
            "Text\n\n<!-- slide -->\n\ntext",
            "<!-- notes -->\n\nHidden\n\n<!-- /notes -->",
            "<!-- keep -->",
        ] {
            let ftl: String = module
                .doc
                .segments()
                .map(|s| ftl_write::message(&s.id, hostile))
                .collect();
            let (file, errors) =
                FtlFile::parse(SourceFile::new("vi.ftl", ftl), Severity::Warning, "vi");
            assert!(errors.is_empty(), "{errors:?}");
            let catalog = LocaleCatalog {
                locale: "vi".into(),
                langid: "vi".parse().unwrap_or_default(),
                ui: None,
                glossary: None,
                modules: BTreeMap::new(),
                audiences: BTreeMap::new(),
                regulations: None,
            };
            let chain = [ChainLink {
                locale: "vi",
                bundle: Arc::new(catalog.bundle(Some(&file))),
                file: Some(&file),
            }];
            let doc = localize(&module.doc, &LineageMap::new(), &chain, "en", "china");
            let marks = structure(&doc.body, 0);
            assert_eq!(marks.breaks.len(), 1, "{hostile:?} in {}", doc.body);
            assert!(marks.regions.is_empty(), "{hostile:?} in {}", doc.body);
            // The one break is the source's, between the two paragraphs.
            let at = marks.breaks[0];
            assert!(doc.body[..at].contains("## "), "{}", doc.body);
            assert!(doc.body[at..].starts_with("<!-- slide -->"), "{}", doc.body);
        }
    }
}
