//! Markdown source left in a handout's data: a text run that, parsed again as Markdown,
//! is more than plain text (a footnote reference, a link, emphasis, code) was never rendered.

use primer::content::markdown::options;
use primer::i18n::splice::escape_block_start;
use pulldown_cmark::{Event, Parser, Tag};
use serde_json::Value;

/// Whether `text` parses as inline Markdown markup when the document defines the footnotes
/// `notes`. Block syntax is not looked at: a handout prints a run as text whatever its
/// first characters, and translations escape it.
pub fn reads_as_markup(text: &str, notes: &[&str]) -> bool {
    let definitions: String = notes.iter().map(|n| format!("\n\n[^{n}]: note")).collect();
    // Escaped as Primer escapes the start of a translation: "```a```" there is text.
    let text = escape_block_start(text);
    let source = format!("{text}{definitions}");
    Parser::new_ext(&source, options())
        .into_offset_iter()
        .filter(|(_, range)| range.start < text.len())
        .any(|(event, _)| match event {
            Event::FootnoteReference(_) | Event::Code(_) => true,
            Event::Start(tag) => matches!(
                tag,
                Tag::Strong
                    | Tag::Emphasis
                    | Tag::Strikethrough
                    | Tag::Link { .. }
                    | Tag::Image { .. }
            ),
            _ => false,
        })
}

/// Every text run under `value` (`{"t": "text", "v": …}`, titles and alt texts) that reads
/// as markup, with its JSON path. Interface strings (labels, markers, alert titles, the
/// status) are the translator's literal text and are not looked at.
pub fn leftovers(value: &Value, notes: &[&str], path: &str, out: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                let here = format!("{path}.{key}");
                match (key.as_str(), v) {
                    ("labels" | "marker" | "status" | "site_title" | "fonts", _) => {}
                    ("v", Value::String(s)) if map.get("t") == Some(&Value::from("text")) => {
                        check(s, notes, here, out)
                    }
                    // Alert titles are interface strings.
                    ("title", Value::String(_)) if map.contains_key("style") => {}
                    ("title" | "alt", Value::String(s)) => check(s, notes, here, out),
                    _ => leftovers(v, notes, &here, out),
                }
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                leftovers(v, notes, &format!("{path}[{i}]"), out);
            }
        }
        Value::String(s) if path == "title" => check(s, notes, path.to_string(), out),
        _ => {}
    }
}

fn check(text: &str, notes: &[&str], path: String, out: &mut Vec<(String, String)>) {
    if reads_as_markup(text, notes) {
        out.push((path, text.to_string()));
    }
}

/// The footnotes `markdown` defines (`[^name]:` at the start of a line, after any quote or
/// list markers).
pub fn footnotes(markdown: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for line in markdown.lines() {
        let body = line.trim_start_matches(['>', '-', ' ', '*', '+']);
        if let Some(rest) = body.strip_prefix("[^")
            && let Some(end) = rest.find("]:")
        {
            out.push(&rest[..end]);
        }
    }
    out
}

/// `text` with every run of whitespace as one space.
pub fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text a page shows: tags dropped, entities decoded, whitespace collapsed.
pub fn page_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    let decoded = out
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&#x2F;", "/")
        .replace("&amp;", "&");
    collapse(&decoded)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_left_in_a_run_reads_as_markup() {
        assert!(reads_as_markup("90 ppm[^1]", &["1"]));
        assert!(!reads_as_markup("90 ppm[^1]", &[]));
        assert!(reads_as_markup("see [a](b.md)", &[]));
        assert!(reads_as_markup("a **b** c", &[]));
        assert!(!reads_as_markup("# not a heading, - not a list", &[]));
        assert!(!reads_as_markup("2 * 3 * 4 and a_b_c", &[]));
        assert!(!reads_as_markup("```Agencies```", &[]));
        assert_eq!(footnotes("x\n> [^src]: a\n[^1]: b"), ["src", "1"]);
        assert_eq!(
            page_text("<td><strong>a</strong>***b &amp;\n c***</td>"),
            "a***b & c***"
        );
    }
}
