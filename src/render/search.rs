//! What the offline search of each site indexes: sections of every module, tokenized per
//! script (`search_index.rs` writes them as the sharded index that
//! `themes/default/static/search.js` loads; it tokenizes queries the same way).
//!
//! Tokens: Han and Kana runs give single characters and bigrams (Chinese has no spaces);
//! Hangul runs give syllables and syllable bigrams (Korean attaches particles to words);
//! other letters and digits give words, lowercased and with diacritics removed (so
//! `nguoi` finds `người`), with light suffix stripping for English and Malay/Indonesian.
//! Text and queries are first put in compatibility form (NFKC), so full-width Latin letters
//! and digits match their ASCII forms (`ＣＰＳＣ` finds `CPSC`) and half-width katakana
//! match full-width katakana (`ｶﾀｶﾅ` finds `カタカナ`).

use crate::content::script::{is_han_or_kana, is_hangul_syllable};
use serde::Serialize;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfkc_quick};

pub use super::search_index::TokenCache;

/// One searchable section: a module's part under one heading.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Section {
    /// The heading's anchor (none for the text before the first heading).
    pub anchor: Option<String>,
    /// The heading text (empty before the first heading).
    pub heading: String,
    /// The section's plain text.
    pub text: String,
}

/// Lowercase, in compatibility form, without diacritics (`Người` → `nguoi`, `đ` → `d`,
/// `ＣＰＳＣ` → `cpsc`).
pub fn fold(word: &str) -> String {
    word.nfkd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| if c == 'đ' { 'd' } else { c })
        .collect()
}

/// Light stemming, in place: English plurals and verb endings; Malay/Indonesian particles.
fn stem(word: &mut String, lang: &str) {
    // The length of `w` without the first of `suffixes` it ends with, if at least `min`
    // characters are left.
    let strip = |w: &str, suffixes: &[&str], min: usize| -> Option<usize> {
        suffixes.iter().find_map(|s| {
            w.strip_suffix(s)
                .filter(|r| r.chars().count() >= min)
                .map(str::len)
        })
    };
    match lang {
        "en" => {
            if let Some(n) = strip(word, &["ies"], 3) {
                word.truncate(n);
                word.push('y');
            } else if !word.ends_with("ss")
                && let Some(n) = strip(word, &["ing", "ed", "es", "s"], 3)
            {
                word.truncate(n);
            }
        }
        "id" | "ms" => {
            if let Some(n) = strip(word, &["nya", "lah", "kah"], 3) {
                word.truncate(n);
            }
        }
        _ => {}
    }
}

/// The tokens of `text` in `lang` (the language part of the locale tag).
pub fn tokens(text: &str, lang: &str) -> Vec<String> {
    let mut out = Vec::new();
    each_token(text, lang, |t| out.push(t.to_string()));
    out
}

/// Hands each token of `text` in `lang` to `f`, in order, as [`tokens`] lists them (without
/// making a string for each).
pub fn each_token(text: &str, lang: &str, mut f: impl FnMut(&str)) {
    if text.is_ascii() {
        return ascii_tokens(text, lang, f);
    }
    let mut token = String::new();
    // Most text is already in compatibility form; normalizing it again costs more than
    // the rest of the tokenizing.
    let chars: Vec<char> = if is_nfkc_quick(text.chars()) == IsNormalized::Yes {
        text.chars().collect()
    } else {
        text.nfkc().collect()
    };
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let start = i;
        if is_han_or_kana(c) || is_hangul_syllable(c) {
            let same = |x: char| {
                if is_han_or_kana(c) {
                    is_han_or_kana(x)
                } else {
                    is_hangul_syllable(x)
                }
            };
            while i < chars.len() && same(chars[i]) {
                i += 1;
            }
            let run = &chars[start..i];
            for (k, &ch) in run.iter().enumerate() {
                token.clear();
                token.push(ch);
                f(&token);
                if let Some(&next) = run.get(k + 1) {
                    token.push(next);
                    f(&token);
                }
            }
        } else if c.is_alphanumeric() {
            while i < chars.len()
                && (chars[i].is_alphanumeric()
                    && !is_han_or_kana(chars[i])
                    && !is_hangul_syllable(chars[i])
                    || is_combining_mark(chars[i])
                    || (chars[i] == '.'
                        && i + 1 < chars.len()
                        && chars[i + 1].is_ascii_digit()
                        && chars[i - 1].is_ascii_digit()))
            {
                i += 1;
            }
            let word = &chars[start..i];
            token.clear();
            if word.iter().all(char::is_ascii) {
                token.extend(word.iter().map(char::to_ascii_lowercase));
            } else {
                token = fold(&word.iter().collect::<String>());
            }
            stem(&mut token, lang);
            f(&token);
        } else {
            i += 1;
        }
    }
}

/// The same tokens for ASCII text, without Unicode normalization (most English text).
fn ascii_tokens(text: &str, lang: &str, mut f: impl FnMut(&str)) {
    let bytes = text.as_bytes();
    let mut token = String::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len()
            && (bytes[i].is_ascii_alphanumeric()
                || (bytes[i] == b'.'
                    && i + 1 < bytes.len()
                    && bytes[i + 1].is_ascii_digit()
                    && bytes[i - 1].is_ascii_digit()))
        {
            i += 1;
        }
        token.clear();
        token.push_str(&text[start..i]);
        token.make_ascii_lowercase();
        stem(&mut token, lang);
        f(&token);
    }
}

/// Collects a body's sections while it is rendered.
#[derive(Debug, Default)]
pub struct SectionCollector {
    sections: Vec<Section>,
    in_heading: bool,
}

impl SectionCollector {
    /// A heading starts a new section.
    pub fn heading(&mut self, anchor: Option<String>) {
        self.sections.push(Section {
            anchor,
            heading: String::new(),
            text: String::new(),
        });
        self.in_heading = true;
    }

    /// The end of any block (a heading ends its title).
    pub fn block_end(&mut self) {
        self.in_heading = false;
        self.text(" ");
    }

    /// Text of the current heading or section.
    pub fn text(&mut self, text: &str) {
        if self.sections.is_empty() {
            self.sections.push(Section {
                anchor: None,
                heading: String::new(),
                text: String::new(),
            });
        }
        if let Some(s) = self.sections.last_mut() {
            let target = if self.in_heading {
                &mut s.heading
            } else {
                &mut s.text
            };
            let space = text == " ";
            if !(space && (target.is_empty() || target.ends_with(' '))) {
                target.push_str(text);
            }
        }
    }

    /// The sections, trimmed, without empty ones.
    pub fn finish(self) -> Vec<Section> {
        self.sections
            .into_iter()
            .map(|s| Section {
                anchor: s.anchor,
                heading: s.heading.trim().to_string(),
                text: s.text.trim().to_string(),
            })
            .filter(|s| !s.heading.is_empty() || !s.text.is_empty())
            .collect()
    }
}

/// A module's sections with its title and page address (relative to the site root).
pub struct ModuleSections<'a> {
    /// The module title in the site's language.
    pub title: &'a str,
    /// `<module>/index.html`.
    pub href: String,
    /// Its sections.
    pub sections: &'a [Section],
    /// The regulations its front matter lists (`16 CFR 1501`): a reader who searches for one
    /// finds this module first.
    pub regulations: &'a [String],
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_gives_characters_and_bigrams() {
        assert_eq!(tokens("小零件", "zh"), ["小", "小零", "零", "零件", "件"]);
    }

    #[test]
    fn korean_gives_syllables_and_bigrams_so_particles_do_not_hide_words() {
        let t = tokens("작은 부품을", "ko");
        assert!(
            t.contains(&"부품".to_string())
                && t.contains(&"품을".to_string())
                && t.contains(&"작은".to_string())
        );
    }

    #[test]
    fn ascii_and_unicode_paths_agree() {
        let text = "Testing 16 CFR 1500.19, labels: batteries-glass";
        let mut ascii = Vec::new();
        ascii_tokens(text, "en", |t| ascii.push(t.to_string()));
        assert_eq!(ascii, tokens(&format!("{text} é"), "en")[..7].to_vec());
    }

    #[test]
    fn latin_words_are_folded_and_lightly_stemmed() {
        assert_eq!(tokens("Người tiêu dùng", "vi"), ["nguoi", "tieu", "dung"]);
        assert_eq!(
            tokens("Testing labels, batteries and glass", "en"),
            ["test", "label", "battery", "and", "glass"]
        );
        assert_eq!(tokens("mainannya", "id"), ["mainan"]);
        assert_eq!(tokens("16 CFR 1500.19", "en"), ["16", "cfr", "1500.19"]);
        assert_eq!(tokens("Đồ chơi", "vi"), ["do", "choi"]);
    }

    #[test]
    fn full_width_letters_and_half_width_kana_match_their_usual_forms() {
        assert_eq!(
            tokens("ＣＰＳＣ と ＡＳＴＭ Ｆ９６３", "ja"),
            tokens("CPSC と ASTM F963", "ja")
        );
        assert_eq!(tokens("ｶﾀｶﾅ", "ja"), tokens("カタカナ", "ja"));
        assert_eq!(tokens("ｶﾞｲﾄﾞ", "ja"), ["ガ", "ガイ", "イ", "イド", "ド"]);
        assert_eq!(tokens("窒息の危険", "ja")[..3], ["窒", "窒息", "息"]);
    }
}
