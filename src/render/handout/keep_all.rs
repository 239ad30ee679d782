//! Korean words kept whole in handouts, as `word-break: keep-all` keeps them on the page.
//!
//! typst breaks a line between any two Hangul syllables and has no option against it.
//! Within one text run, `handout.typ` boxes every Korean word (a show rule). A word can
//! also span inlines: a link or bold text with the particle after it (`[납](…)는`), a
//! footnote mark inside a word. Those pieces are grouped here into one
//! [`Inline::Word`], which the template keeps on one line.
//!
//! Word joiners (U+2060) in the text would do the same, but typst puts them into the PDF's
//! text: `pdftotext` would give `침\u{2060}대` instead of `침대`, so search and copying break.

use super::content::{Inline, plain};

/// Inlines longer than this (in characters) are not glued to their neighbours: a line
/// that cannot break would run into the margin, which is worse than a split particle.
const LONGEST_GLUED: usize = 30;

/// Whether `c` is a Hangul syllable or jamo.
pub(super) fn is_hangul(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{11FF}'
        | '\u{3130}'..='\u{318F}'
        | '\u{A960}'..='\u{A97F}'
        | '\u{AC00}'..='\u{D7A3}'
        | '\u{D7B0}'..='\u{D7FF}')
}

/// Whether a line must not break between `a` and `b`: inside a word that holds Hangul.
/// Like a browser with `keep-all`, which treats Hangul as letters, a particle stays with
/// the Latin word, number or closing bracket before it (`ASTM의`, `3세`, `(b)는`).
fn joins(a: char, b: char) -> bool {
    let word = |c: char| c.is_alphanumeric();
    (is_hangul(a) && word(b)) || (is_hangul(b) && (word(a) || matches!(a, ')' | ']' | '%')))
}

fn first_char(inline: &Inline) -> Option<char> {
    match inline {
        Inline::Text { v } | Inline::Code { v } | Inline::Sup { v } => v.chars().next(),
        Inline::Word { c }
        | Inline::Strong { c }
        | Inline::Emph { c }
        | Inline::Strike { c }
        | Inline::Link { c, .. }
        | Inline::Label { c, .. } => c.first().and_then(first_char),
        Inline::Fallback { .. } | Inline::Break | Inline::Image { .. } => None,
    }
}

fn last_char(inline: &Inline) -> Option<char> {
    match inline {
        Inline::Text { v } | Inline::Code { v } | Inline::Sup { v } => v.chars().next_back(),
        Inline::Word { c }
        | Inline::Strong { c }
        | Inline::Emph { c }
        | Inline::Strike { c }
        | Inline::Link { c, .. }
        | Inline::Label { c, .. } => c.last().and_then(last_char),
        Inline::Fallback { .. } | Inline::Break | Inline::Image { .. } => None,
    }
}

fn gluable(inline: &Inline) -> bool {
    match inline {
        Inline::Text { .. } | Inline::Word { .. } => true,
        other => plain(std::slice::from_ref(other)).chars().count() <= LONGEST_GLUED,
    }
}

/// Groups the pieces of a Korean word that spans several inlines into one
/// [`Inline::Word`]; everything else is left as it is.
pub(super) fn glue_words(inlines: Vec<Inline>) -> Vec<Inline> {
    let mut out: Vec<Inline> = Vec::with_capacity(inlines.len());
    for next in inlines {
        let glue = out.last().is_some_and(|prev| {
            gluable(prev)
                && gluable(&next)
                && last_char(prev)
                    .zip(first_char(&next))
                    .is_some_and(|(a, b)| joins(a, b))
        });
        if !glue {
            out.push(next);
            continue;
        }
        let Some(prev) = out.pop() else {
            continue;
        };
        // The end of the word before, and the start of the word after.
        let mut word = match prev {
            Inline::Word { c } => c,
            Inline::Text { v } => {
                let cut = v
                    .rfind(char::is_whitespace)
                    .map_or(0, |i| i + v[i..].chars().next().map_or(1, char::len_utf8));
                if cut > 0 {
                    out.push(Inline::Text {
                        v: v[..cut].to_string(),
                    });
                }
                vec![Inline::Text {
                    v: v[cut..].to_string(),
                }]
            }
            other => vec![other],
        };
        let rest = match next {
            Inline::Text { v } => {
                let cut = v.find(char::is_whitespace).unwrap_or(v.len());
                word.push(Inline::Text {
                    v: v[..cut].to_string(),
                });
                (cut < v.len()).then(|| Inline::Text {
                    v: v[cut..].to_string(),
                })
            }
            other => {
                word.push(other);
                None
            }
        };
        out.push(Inline::Word { c: word });
        out.extend(rest);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(v: &str) -> Inline {
        Inline::Text { v: v.into() }
    }

    fn link(v: &str) -> Inline {
        Inline::Link {
            url: "https://example.org".into(),
            c: vec![t(v)],
        }
    }

    #[test]
    fn a_link_or_bold_word_stays_with_its_particle() {
        assert_eq!(
            glue_words(vec![
                t("자세한 내용은 "),
                link("납 한도"),
                t("는 다음과 같습니다.")
            ]),
            vec![
                t("자세한 내용은 "),
                Inline::Word {
                    c: vec![link("납 한도"), t("는")]
                },
                t(" 다음과 같습니다."),
            ]
        );
        let bold = Inline::Strong {
            c: vec![t("소형 부품")],
        };
        let sup = Inline::Sup { v: "1".into() };
        assert_eq!(
            glue_words(vec![bold.clone(), t("이 없어야"), sup.clone(), t("합니다")]),
            vec![
                Inline::Word {
                    c: vec![bold, t("이")]
                },
                t(" "),
                Inline::Word {
                    c: vec![t("없어야"), sup, t("합니다")]
                },
            ]
        );
    }

    #[test]
    fn text_without_korean_is_left_alone() {
        let latin = vec![
            t("See "),
            link("the rule"),
            t("s and 中文"),
            link("链接"),
            t("的"),
        ];
        assert_eq!(glue_words(latin.clone()), latin);
    }
}
