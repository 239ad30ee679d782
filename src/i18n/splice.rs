//! Splicing translations into their segments' source byte ranges, so that a translation can
//! never change the block structure of a document (docs/formats.md §4).

use crate::content::script::is_cjk;
use crate::content::segment::SegmentKind;
use std::ops::Range;

/// Stands in for a space next to `**` where CommonMark's flanking rules would otherwise
/// leave CJK bold unrendered; the renderer removes it from the text.
pub const EMPHASIS_SPACER: char = '\u{2028}';

// Re-exported for the renderers that import it from here (`render/body.rs`,
// `render/handout/content.rs`); new code imports `content::script` directly.
pub use crate::content::script::is_unspaced;

/// Joins the lines of a translation the way soft breaks render: nothing between two
/// unspaced (Han/Kana) characters, one space otherwise; trims ASCII whitespace at both ends.
pub fn join_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, line) in text.split('\n').enumerate() {
        let line = line.trim_matches(|c: char| c.is_ascii_whitespace());
        if line.is_empty() {
            continue;
        }
        if i > 0 && !out.is_empty() {
            let prev = out.chars().next_back();
            let next = line.chars().next();
            if !(prev.is_some_and(is_unspaced) && next.is_some_and(is_unspaced)) {
                out.push(' ');
            }
        }
        out.push_str(line);
    }
    out
}

/// Backslash-escapes anything at the start of `text` that would open a block.
pub fn escape_block_start(text: &str) -> String {
    let bytes = text.as_bytes();
    let first = match bytes.first() {
        Some(b) => *b,
        None => return String::new(),
    };
    let escape_at = |i: usize| format!("{}\\{}", &text[..i], &text[i..]);
    let followed_by_space = |i: usize| bytes.get(i).is_none_or(|b| *b == b' ' || *b == b'\t');
    match first {
        b'#' | b'>' => return escape_at(0),
        b'-' | b'+' | b'*' if followed_by_space(1) => return escape_at(0),
        b'-' | b'*' | b'_' if is_thematic_break(text) => return escape_at(0),
        b'`' | b'~' if text.starts_with("```") || text.starts_with("~~~") => return escape_at(0),
        b'<' if opens_html_block(text) => return escape_at(0),
        b'[' if is_reference_definition(text) || is_task_marker(text) => return escape_at(0),
        b'0'..=b'9' => {
            let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
            if digits <= 9
                && matches!(bytes.get(digits), Some(b'.' | b')'))
                && followed_by_space(digits + 1)
            {
                return escape_at(digits);
            }
        }
        _ => {}
    }
    text.to_string()
}

fn is_thematic_break(text: &str) -> bool {
    let Some(marker) = text.chars().next() else {
        return false;
    };
    let count = text.chars().filter(|&c| c == marker).count();
    count >= 3 && text.chars().all(|c| c == marker || c == ' ' || c == '\t')
}

/// HTML elements that open an HTML block whatever follows them (CommonMark types 1 and 6).
#[rustfmt::skip]
const HTML_BLOCK_TAGS: &[&str] = &[
    "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption",
    "center", "col", "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2",
    "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "iframe", "legend", "li",
    "link", "main", "menu", "menuitem", "nav", "noframes", "ol", "optgroup", "option", "p",
    "param", "pre", "script", "search", "section", "style", "summary", "table", "tbody",
    "td", "textarea", "tfoot", "th", "thead", "title", "tr", "track", "ul",
];

fn opens_html_block(text: &str) -> bool {
    let rest = &text[1..];
    let rest = rest.strip_prefix('/').unwrap_or(rest);
    if rest.starts_with('!') || rest.starts_with('?') {
        return true;
    }
    let name: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    // `<https://…>` is an autolink, not a tag: the name would end at `:`.
    if name.is_empty()
        || !name.starts_with(|c: char| c.is_ascii_alphabetic())
        || rest[name.len()..].starts_with(':')
    {
        return false;
    }
    if HTML_BLOCK_TAGS.contains(&name.to_ascii_lowercase().as_str()) {
        return true;
    }
    // Any other tag (`<span class="label">…</span>`) is inline HTML unless it stands alone
    // on its line (CommonMark type 7).
    let line = text.lines().next().unwrap_or_default();
    line.find('>')
        .is_none_or(|end| line[end + 1..].trim().is_empty())
}

/// `[ ]`, `[x]` or `[X]` alone or before a space: at the start of a list item it would
/// become a task-list checkbox and take the item's paragraph with it.
fn is_task_marker(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() >= 3
        && matches!(b[1], b' ' | b'x' | b'X')
        && b[2] == b']'
        && b.get(3).is_none_or(|c| c.is_ascii_whitespace())
}

/// Whether `text` (which starts with `[`) would be read as a link reference definition
/// (`[label]: destination`): a `]:` with no other `[` inside the label.
fn is_reference_definition(text: &str) -> bool {
    match text.find("]:") {
        Some(i) => i > 0 && !text[1..i].contains('['),
        None => false,
    }
}

/// Escapes `|` that is not already escaped (inside a table cell it would end the cell).
fn escape_pipes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut prev = '\0';
    for c in text.chars() {
        if c == '|' && prev != '\\' {
            out.push('\\');
        }
        out.push(c);
        prev = c;
    }
    out
}

/// Escapes a trailing `{…}` (heading attributes such as `.quiz`) and a trailing `#` run
/// (a closing ATX sequence) in a heading translation. The brace becomes a character
/// reference: pulldown-cmark reads attributes even after a backslash-escaped `\{`.
fn escape_heading_end(text: &str) -> String {
    let mut out = text.to_string();
    if out.ends_with('}')
        && let Some(i) = out.rfind('{')
    {
        let start = if out[..i].ends_with('\\') { i - 1 } else { i };
        out.replace_range(start..=i, "&#123;");
    }
    if out.ends_with('#') {
        let i = out.trim_end_matches('#').len();
        out.insert(i, '\\');
    }
    out
}

/// Inserts [`EMPHASIS_SPACER`] next to `**` runs that CommonMark would not treat as
/// emphasis because of CJK punctuation (`**注意：**请`), pairing runs in order.
pub fn fix_cjk_emphasis(text: &str) -> String {
    if !text.contains("**") || !text.chars().any(is_cjk) {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    let mut opening = true;
    let mut in_code = false;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '`' {
            in_code = !in_code;
        }
        let run = chars[i..].iter().take_while(|&&x| x == '*').count();
        if in_code || run != 2 || (i > 0 && chars[i - 1] == '\\') {
            out.push(c);
            i += 1;
            continue;
        }
        let prev = i.checked_sub(1).map(|p| chars[p]);
        let next = chars.get(i + 2).copied();
        let punct = |c: char| !c.is_alphanumeric() && !c.is_whitespace();
        if opening {
            // Left-flanking fails when punctuation follows and a letter precedes.
            if let (Some(p), Some(n)) = (prev, next)
                && punct(n)
                && !punct(p)
                && !p.is_whitespace()
                && (is_cjk(p) || is_cjk(n))
            {
                out.push(EMPHASIS_SPACER);
            }
            out.push_str("**");
        } else {
            out.push_str("**");
            if let (Some(p), Some(n)) = (prev, next)
                && punct(p)
                && !punct(n)
                && !n.is_whitespace()
                && (is_cjk(p) || is_cjk(n))
            {
                out.push(EMPHASIS_SPACER);
            }
        }
        opening = !opening;
        i += 2;
    }
    out
}

/// Prepares a translation of a segment of `kind` for splicing into the source.
pub fn prepare(kind: SegmentKind, translation: &str) -> String {
    let joined = join_lines(translation);
    let mut text = escape_block_start(&joined);
    match kind {
        SegmentKind::Td => text = escape_pipes(&text),
        SegmentKind::H => text = escape_heading_end(&text),
        _ => {}
    }
    fix_cjk_emphasis(&text)
}

/// Prepares text shown outside a document body — front-matter strings, titles, glossary
/// values — as one line of inline Markdown: line breaks joined, blank lines dropped and
/// block syntax at its start escaped, so whatever it holds renders inside its element.
pub fn inline_text(text: &str) -> String {
    fix_cjk_emphasis(&escape_block_start(&join_lines(text)))
}

/// One replacement of a source range.
#[derive(Debug, Clone)]
pub struct Replacement {
    /// Range in the source text.
    pub range: Range<usize>,
    /// The text to put there (already prepared).
    pub text: String,
}

/// Applies non-overlapping `replacements` (any order) to `source` and returns the new
/// text with the new range of each replacement, in the order given.
pub fn splice(source: &str, replacements: &[Replacement]) -> (String, Vec<Range<usize>>) {
    let mut order: Vec<usize> = (0..replacements.len()).collect();
    order.sort_by_key(|&i| replacements[i].range.start);
    let mut out = String::with_capacity(source.len() + source.len() / 2);
    let mut ranges = vec![0..0; replacements.len()];
    let mut pos = 0;
    for i in order {
        let r = &replacements[i];
        if r.range.start < pos {
            continue; // overlapping ranges cannot happen for leaf blocks; never panic on them
        }
        out.push_str(&source[pos..r.range.start]);
        let start = out.len();
        out.push_str(&r.text);
        ranges[i] = start..out.len();
        pos = r.range.end;
    }
    out.push_str(&source[pos..]);
    (out, ranges)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_breaks_join_like_soft_breaks() {
        assert_eq!(join_lines("中文第一行\n第二行"), "中文第一行第二行");
        assert_eq!(join_lines("한국어\n문장"), "한국어 문장");
        assert_eq!(join_lines("  one\n  two  "), "one two");
    }

    #[test]
    fn block_starts_are_escaped_but_inline_syntax_is_not() {
        assert_eq!(escape_block_start("# x"), "\\# x");
        assert_eq!(escape_block_start("> x"), "\\> x");
        assert_eq!(escape_block_start("- x"), "\\- x");
        assert_eq!(escape_block_start("1. x"), "1\\. x");
        assert_eq!(escape_block_start("2) x"), "2\\) x");
        assert_eq!(escape_block_start("2026年"), "2026年");
        assert_eq!(escape_block_start("***"), "\\***");
        assert_eq!(escape_block_start("```rust"), "\\```rust");
        assert_eq!(escape_block_start("<div>x"), "\\<div>x");
        assert_eq!(escape_block_start("<span>"), "\\<span>");
        // A label text at the start of a translation stays a label, not `<span` as text.
        let label = "<span class=\"label\">WARNING:</span> 警告";
        assert_eq!(escape_block_start(label), label);
        assert_eq!(escape_block_start("<https://a.org> x"), "<https://a.org> x");
        assert_eq!(
            escape_block_start("[x]: https://a.org"),
            "\\[x]: https://a.org"
        );
        assert_eq!(escape_block_start("[ ]"), "\\[ ]");
        assert_eq!(escape_block_start("[x] done"), "\\[x] done");
        assert_eq!(escape_block_start("[x]y"), "[x]y");
        assert_eq!(escape_block_start("**注意：**请"), "**注意：**请");
        assert_eq!(escape_block_start("*em* x"), "*em* x");
    }

    #[test]
    fn table_cells_and_headings() {
        assert_eq!(prepare(SegmentKind::Td, "a | b \\| c"), "a \\| b \\| c");
        assert_eq!(
            prepare(SegmentKind::H, "Kiểm tra {.quiz}"),
            "Kiểm tra &#123;.quiz}"
        );
        assert_eq!(prepare(SegmentKind::H, "\\{.quiz}"), "&#123;.quiz}");
        assert_eq!(prepare(SegmentKind::H, "C# ##"), "C# \\##");
    }

    #[test]
    fn cjk_emphasis_gets_spacers_only_where_needed() {
        assert_eq!(
            fix_cjk_emphasis("**注意：**请断开"),
            format!("**注意：**{EMPHASIS_SPACER}请断开")
        );
        assert_eq!(
            fix_cjk_emphasis("这是**“引号”**文本"),
            format!("这是{EMPHASIS_SPACER}**“引号”**{EMPHASIS_SPACER}文本")
        );
        assert_eq!(fix_cjk_emphasis("这是**强调**文本"), "这是**强调**文本");
        assert_eq!(
            fix_cjk_emphasis("plain **bold:** text"),
            "plain **bold:** text"
        );
    }

    #[test]
    fn splice_replaces_ranges_and_reports_new_ones() {
        let src = "# Title\n\nPara one\nline two.\n";
        let reps = vec![
            Replacement {
                range: 9..27,
                text: "Đoạn một.".into(),
            },
            Replacement {
                range: 2..7,
                text: "Tiêu đề".into(),
            },
        ];
        let (out, ranges) = splice(src, &reps);
        assert_eq!(out, "# Tiêu đề\n\nĐoạn một.\n");
        assert_eq!(&out[ranges[0].clone()], "Đoạn một.");
        assert_eq!(&out[ranges[1].clone()], "Tiêu đề");
    }
}
