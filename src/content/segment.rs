//! Segments, the unit of translation (docs/formats.md §4): kinds, source-text normalization, IDs.

use sha2::{Digest, Sha256};
use std::ops::Range;
use unicode_normalization::UnicodeNormalization;

/// What a segment is, which is also the prefix of its ID.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SegmentKind {
    /// Front-matter `title`.
    Title,
    /// Front-matter `summary`.
    Summary,
    /// One front-matter `objectives` item.
    Objective,
    /// A heading's text.
    H,
    /// A paragraph (also in block quotes, alerts and footnotes).
    P,
    /// A list item's text, or one paragraph of a loose item.
    Li,
    /// A table cell.
    Td,
}

impl SegmentKind {
    /// The kind's name as used in IDs.
    pub fn as_str(self) -> &'static str {
        match self {
            SegmentKind::Title => "title",
            SegmentKind::Summary => "summary",
            SegmentKind::Objective => "objective",
            SegmentKind::H => "h",
            SegmentKind::P => "p",
            SegmentKind::Li => "li",
            SegmentKind::Td => "td",
        }
    }

    /// A readable name for translators' context comments.
    pub fn describe(self) -> &'static str {
        match self {
            SegmentKind::Title => "title",
            SegmentKind::Summary => "summary",
            SegmentKind::Objective => "learning objective",
            SegmentKind::H => "heading",
            SegmentKind::P => "paragraph",
            SegmentKind::Li => "list item",
            SegmentKind::Td => "table cell",
        }
    }
}

/// One occurrence of translatable text in a source file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// The kind of block it came from.
    pub kind: SegmentKind,
    /// `<kind>-<first 10 hex digits of SHA-256 of the source text>`.
    pub id: String,
    /// The normalized source text (inline Markdown for body segments).
    pub text: String,
    /// Byte range of the inline content in the file, for splicing. For front-matter
    /// segments this is the YAML value's range and is not spliced.
    pub range: Range<usize>,
    /// The nearest heading above, as plain text, for context comments.
    pub context: String,
}

impl Segment {
    /// Creates a segment from raw source text (normalized here).
    pub fn new(kind: SegmentKind, raw: &str, range: Range<usize>, context: String) -> Self {
        let text = normalize(raw);
        Segment {
            kind,
            id: segment_id(kind, &text),
            text,
            range,
            context,
        }
    }
}

/// NFC, then runs of ASCII whitespace collapsed to one space and trimmed from both ends.
/// Other whitespace (NBSP, U+3000) is kept, so `str::trim` is deliberately not used.
pub fn normalize(raw: &str) -> String {
    let nfc: String = raw.nfc().collect();
    let mut out = String::with_capacity(nfc.len());
    let mut pending_space = false;
    for c in nfc.chars() {
        if matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0c') {
            pending_space = !out.is_empty();
        } else {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.push(c);
        }
    }
    out
}

/// The ID of normalized source text `text` of kind `kind`.
pub fn segment_id(kind: SegmentKind, text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    let mut id = String::with_capacity(kind.as_str().len() + 11);
    id.push_str(kind.as_str());
    id.push('-');
    for byte in &digest[..5] {
        id.push_str(&format!("{byte:02x}"));
    }
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(kind: SegmentKind, raw: &str) -> String {
        segment_id(kind, &normalize(raw))
    }

    /// The test vectors of docs/formats.md §4. Changing the scheme would orphan every translation.
    #[test]
    fn id_test_vectors_from_the_design() {
        use SegmentKind::*;
        assert_eq!(
            id(Title, "Small parts and choking hazards"),
            "title-95f5a38672"
        );
        assert_eq!(
            id(
                P,
                "Toys for children under 3 must not have\n**small parts**."
            ),
            "p-6bcc1eed8d"
        );
        assert_eq!(
            id(
                Li,
                "Test a toy with the [small-parts cylinder](https://www.ecfr.gov/current/title-16/part-1501)."
            ),
            "li-5ff3daaa53"
        );
        assert_eq!(id(Td, "100 ppm"), "td-e5ba3f8eb8");
        assert_eq!(id(P, "Người tiêu dùng\t cần kiểm tra.  "), "p-92f3128e72");
        assert_eq!(id(Td, "Gap\u{a0}of 5\u{a0}mm\u{3000}"), "td-884d7c6367");
        assert_eq!(id(H, "Ngu\u{31b}o\u{31b}\u{300}i"), "h-329871ffff");
        assert_eq!(id(H, "Người"), "h-329871ffff");
    }

    #[test]
    fn normalization_keeps_non_ascii_whitespace() {
        assert_eq!(
            normalize(" \ta\u{a0} b\r\n c\u{3000} "),
            "a\u{a0} b c\u{3000}"
        );
        assert_eq!(normalize("\u{3000}x"), "\u{3000}x");
    }
}
