//! The block structure of a rendered page: the sequence of block-level elements (with their
//! classes) inside `<main>`, which a translation must never change.

/// Elements that make blocks; everything else (links, spans, emphasis) is inline.
const BLOCK: &[&str] = &[
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "ul",
    "ol",
    "li",
    "blockquote",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "div",
    "pre",
    "hr",
    "section",
    "article",
    "header",
    "footer",
    "aside",
    "nav",
    "details",
    "summary",
    "dl",
    "dt",
    "dd",
    "figure",
    "form",
];

/// The opening (`p.lead`) and closing (`/p`) tags of block elements in `html`'s `<main>`, in
/// order.
pub fn structure(html: &str) -> Vec<String> {
    let start = html.find("<main").unwrap_or(0);
    let end = html[start..]
        .find("</main>")
        .map_or(html.len(), |i| start + i);
    tags(&html[start..end])
        .into_iter()
        .filter(|t| BLOCK.contains(&t.trim_start_matches('/').split('.').next().unwrap_or("")))
        .collect()
}

/// Every tag of `html` as `name.class` or `/name`; comments are skipped.
fn tags(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        rest = &rest[i..];
        if let Some(comment) = rest.strip_prefix("<!--") {
            rest = comment.find("-->").map_or("", |j| &comment[j + 3..]);
            continue;
        }
        let closing = rest.starts_with("</");
        let name: String = rest[if closing { 2 } else { 1 }..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        let end = tag_end(rest);
        if !name.is_empty() {
            let tag = &rest[..end];
            out.push(if closing {
                format!("/{name}")
            } else {
                match class(tag) {
                    Some(c) => format!("{name}.{c}"),
                    None => name,
                }
            });
        }
        rest = &rest[end.max(1)..];
    }
    out
}

/// The length of the tag at the start of `text`, quotes respected.
fn tag_end(text: &str) -> usize {
    let mut quote = None;
    for (i, c) in text.char_indices().skip(1) {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '>') => return i + 1,
            (None, '<') => return i,
            _ => {}
        }
    }
    text.len()
}

fn class(tag: &str) -> Option<&str> {
    let i = tag.find(" class=\"")?;
    let rest = &tag[i + 8..];
    rest.find('"').map(|j| &rest[..j])
}

/// The structure without table cells, and whether no cell holds a block: the glossary of
/// a translated site has one column more than the source's, by design.
pub fn without_cells(structure: &[String]) -> (Vec<String>, bool) {
    let is_cell = |t: &str| {
        matches!(t, "th" | "td" | "/th" | "/td") || t.starts_with("td.") || t.starts_with("th.")
    };
    let flat = structure
        .windows(2)
        .all(|w| !is_cell(&w[0]) || w[0].starts_with('/') || w[1] == "/th" || w[1] == "/td");
    let rest = structure.iter().filter(|t| !is_cell(t)).cloned().collect();
    (rest, flat)
}

/// The first paragraph or heading in `structure` that holds a block, with what it holds.
pub fn block_in_inline_element(structure: &[String]) -> Option<(String, String)> {
    let leaf = |t: &str| {
        let name = t.split('.').next().unwrap_or("");
        matches!(name, "p" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
    };
    structure
        .windows(2)
        .find(|w| leaf(&w[0]) && !w[1].starts_with('/'))
        .map(|w| (w[0].clone(), w[1].clone()))
}

/// The text of the `<title>` element.
pub fn title(html: &str) -> Option<&str> {
    let start = html.find("<title>")? + 7;
    let end = html[start..].find("</title>")?;
    Some(&html[start..start + end])
}

/// Where two structures first differ, with a few tags of context, or `None`.
pub fn first_difference(a: &[String], b: &[String]) -> Option<String> {
    let at = a
        .iter()
        .zip(b)
        .position(|(x, y)| x != y)
        .or_else(|| (a.len() != b.len()).then(|| a.len().min(b.len())))?;
    let from = at.saturating_sub(4);
    Some(format!(
        "at tag {at}: source {:?} …, translation {:?} …",
        &a[from..(at + 4).min(a.len())],
        &b[from..(at + 4).min(b.len())]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_block_tags_with_classes_and_skips_inline_ones() {
        let html = "<main><h1>T <em>x</em></h1><p class=\"lead\">a<br>b</p><!-- <p> --><div class=\"alert alert-note\" title=\"a>b\"><ul><li>x</li></ul></div></main><p>out</p>";
        assert_eq!(
            structure(html),
            [
                "h1",
                "/h1",
                "p.lead",
                "/p",
                "div.alert alert-note",
                "ul",
                "li",
                "/li",
                "/ul",
                "/div"
            ]
        );
    }
}
