//! Audience passages: `<!-- audience: china, singapore -->` … `<!-- /audience -->` around
//! whole blocks that render only for the named audiences (docs/formats.md §3).

use crate::diagnostics::Diagnostic;
use crate::source::SourceFile;

/// An audience passage marker as found in the body.
#[derive(Debug, Clone)]
pub struct MarkerAt {
    /// Open or close.
    pub marker: PassageMarker,
    /// File offset of the marker line.
    pub offset: usize,
    /// Container depth, so a passage opens and closes at the same level.
    pub depth: usize,
    /// Whether the marker's HTML block holds nothing but the marker.
    pub alone: bool,
}

/// An opening or closing passage marker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PassageMarker {
    /// `<!-- audience: a, b -->` with the audience ids.
    Open(Vec<String>),
    /// `<!-- /audience -->`.
    Close,
}

/// Recognizes a marker in an HTML block's text; the flag says whether the block holds
/// nothing but the marker (a marker glued to other HTML is an error).
pub fn parse_marker(html: &str) -> Option<(PassageMarker, bool)> {
    let trimmed = html.trim();
    let start = trimmed.find("<!--")?;
    let end = trimmed[start..].find("-->")? + start;
    let inner = trimmed[start + 4..end].trim();
    let alone = start == 0 && end + 3 == trimmed.len();
    if inner == "/audience" {
        return Some((PassageMarker::Close, alone));
    }
    let list = inner.strip_prefix("audience:")?;
    let ids = list
        .split(',')
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect();
    Some((PassageMarker::Open(ids), alone))
}

/// Checks that passages are closed, not nested, balanced per container level and name
/// known audiences.
pub fn check(markers: &[MarkerAt], file: &SourceFile, audiences: &[&str]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut open: Option<&MarkerAt> = None;
    for m in markers {
        if !m.alone {
            out.push(Diagnostic::error(
                "passage-marker",
                file,
                m.offset,
                "an audience marker must stand alone, with a blank line before and after it",
            ));
        }
        match (&m.marker, open) {
            (PassageMarker::Open(ids), None) => {
                if ids.is_empty() {
                    out.push(Diagnostic::error(
                        "passage-marker",
                        file,
                        m.offset,
                        "audience passage names no audience",
                    ));
                }
                for id in ids {
                    if !audiences.contains(&id.as_str()) {
                        out.push(
                            Diagnostic::error(
                                "unknown-audience",
                                file,
                                m.offset,
                                format!("audience passage names unknown audience `{id}`"),
                            )
                            .hint(format!("known audiences: {}", audiences.join(", "))),
                        );
                    }
                }
                open = Some(m);
            }
            (PassageMarker::Open(_), Some(outer)) => {
                let (line, _) = file.line_col(outer.offset);
                out.push(Diagnostic::error(
                    "nested-passage",
                    file,
                    m.offset,
                    format!("audience passages cannot be nested (the passage opened on line {line} is still open)"),
                ));
            }
            (PassageMarker::Close, None) => {
                out.push(Diagnostic::error(
                    "unopened-passage",
                    file,
                    m.offset,
                    "`<!-- /audience -->` without an open passage",
                ));
            }
            (PassageMarker::Close, Some(o)) => {
                if o.depth != m.depth {
                    out.push(Diagnostic::error(
                        "passage-marker",
                        file,
                        m.offset,
                        "an audience passage must close at the same level (list, quote) it opened",
                    ));
                }
                open = None;
            }
        }
    }
    if let Some(o) = open {
        out.push(
            Diagnostic::error(
                "unclosed-passage",
                file,
                o.offset,
                "audience passage is never closed",
            )
            .hint("add a line `<!-- /audience -->`, with blank lines around it, after the passage"),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::markdown::scan;

    fn problems(md: &str) -> Vec<String> {
        let file = SourceFile::new("m.md", md);
        check(&scan(md, 0).markers, &file, &["china", "korea"])
            .into_iter()
            .map(|d| format!("{}:{} {}", d.line, d.code, d.message))
            .collect()
    }

    #[test]
    fn markers_parse() {
        assert_eq!(
            parse_marker("<!-- audience: china, singapore -->\n"),
            Some((
                PassageMarker::Open(vec!["china".into(), "singapore".into()]),
                true
            ))
        );
        assert_eq!(
            parse_marker("<!-- /audience -->"),
            Some((PassageMarker::Close, true))
        );
        assert_eq!(parse_marker("<!-- a comment -->"), None);
    }

    #[test]
    fn balanced_passages_pass() {
        assert!(
            problems("A\n\n<!-- audience: china -->\n\nB\n\n<!-- /audience -->\n\nC\n").is_empty()
        );
    }

    #[test]
    fn unclosed_nested_and_unknown_are_errors() {
        assert_eq!(
            problems("<!-- audience: china -->\n\nB\n"),
            ["1:unclosed-passage audience passage is never closed"]
        );
        let nested = problems(
            "<!-- audience: china -->\n\n<!-- audience: korea -->\n\n<!-- /audience -->\n",
        );
        assert_eq!(nested.len(), 1);
        assert!(nested[0].starts_with("3:nested-passage"));
        assert!(
            problems("<!-- audience: mars -->\n\nB\n\n<!-- /audience -->\n")[0]
                .contains("unknown audience `mars`")
        );
    }
}
