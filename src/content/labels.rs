//! Label texts: wording that U.S. rules require on a product or its package, word for word
//! in English (the choking-hazard statements of 16 CFR 1500.19, for example). Authors mark
//! them `<span class="label">…</span>`; a translation must keep each one verbatim and may
//! add a translation after it (checked as `qa-verbatim`), and pages show them in English.

/// The opening tag that marks a label text, exactly as authors write it.
pub const OPEN: &str = "<span class=\"label\">";
/// The closing tag of a label text.
pub const CLOSE: &str = "</span>";

/// Each label text in `text`, with its tags, in order (an unclosed one is not a label).
pub fn spans(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    // Most text has no element at all: a byte scan is cheaper than a substring search.
    if !text.as_bytes().contains(&b'<') {
        return out;
    }
    let mut rest = text;
    while let Some(start) = rest.find(OPEN) {
        let after = &rest[start + OPEN.len()..];
        let Some(end) = after.find(CLOSE) else { break };
        let whole = start + OPEN.len() + end + CLOSE.len();
        out.push(&rest[start..whole]);
        rest = &rest[whole..];
    }
    out
}

/// The label texts of `source` that `translation` does not keep verbatim (whitespace
/// runs compare equal, since translators may wrap lines), each as written in `source`.
pub fn missing<'a>(source: &'a str, translation: &str) -> Vec<&'a str> {
    let mut kept: Vec<String> = spans(translation).into_iter().map(collapse).collect();
    spans(source)
        .into_iter()
        .filter(|label| {
            let wanted = collapse(label);
            match kept.iter().position(|k| *k == wanted) {
                Some(i) => {
                    kept.swap_remove(i);
                    false
                }
                None => true,
            }
        })
        .collect()
}

fn collapse(text: &str) -> String {
    text.split_ascii_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const WARNING: &str = "<span class=\"label\">Small parts. Not for children under 3 yrs.</span>";

    #[test]
    fn finds_each_label_with_its_tags() {
        let text = format!("Print {WARNING} and {OPEN}Keep away.{CLOSE} but not {OPEN}open");
        assert_eq!(
            spans(&text),
            [WARNING, "<span class=\"label\">Keep away.</span>"]
        );
        assert!(spans("<span class=\"other\">x</span>").is_empty());
    }

    #[test]
    fn a_translation_must_keep_every_label_verbatim() {
        let source = format!("Warning: {WARNING}");
        assert!(missing(&source, &format!("경고: {WARNING} (작은 부품)")).is_empty());
        assert!(missing(&source, &WARNING.replace("parts. Not", "parts.\n  Not")).is_empty());
        assert_eq!(
            missing(&source, "경고: 작은 부품. 3세 미만 어린이용 아님."),
            [WARNING]
        );
        let altered = WARNING.replace("3 yrs", "three years");
        assert_eq!(missing(&source, &altered), [WARNING]);
        let twice = format!("{WARNING} {WARNING}");
        assert_eq!(
            missing(&twice, WARNING),
            [WARNING],
            "each occurrence counts"
        );
    }
}
