//! Which writing system a character belongs to, for the rules that depend on it: line
//! joining and CJK bold ([`crate::i18n::splice`], the renderers) and search tokenization
//! ([`crate::render::search`]). Scripts come from the Unicode Character Database through
//! `unicode-script`; the few named blocks below cover what a script cannot say (width
//! variants, and the punctuation that is shared by Chinese, Japanese and Korean).

use std::ops::RangeInclusive;
use unicode_script::{Script, UnicodeScript};

/// CJK Symbols and Punctuation: `、。「」《》々〜` and the ideographic space.
const CJK_SYMBOLS_AND_PUNCTUATION: RangeInclusive<char> = '\u{3000}'..='\u{303F}';

/// Hiragana and Katakana blocks: besides the letters (script Hiragana or Katakana) they
/// hold the marks used only with kana, whose script is Common: `ー`, `・`, `゛`, `゜`.
const KANA_BLOCKS: RangeInclusive<char> = '\u{3040}'..='\u{30FF}';

/// Halfwidth and Fullwidth Forms: `，：？（）～`, full-width Latin and half-width kana.
/// Their script is Common, Latin, Katakana or Hangul; what they share is the width.
const WIDTH_VARIANTS: RangeInclusive<char> = '\u{FF00}'..='\u{FFEF}';

/// Hangul Syllables, the precomposed syllables that NFKC turns jamo sequences into.
const HANGUL_SYLLABLES: RangeInclusive<char> = '\u{AC00}'..='\u{D7A3}';

/// Hangul Jamo, the only Han, kana or Hangul characters below the CJK Radicals.
const HANGUL_JAMO: RangeInclusive<char> = '\u{1100}'..='\u{11FF}';

/// CJK Radicals Supplement, from where on Han, kana and Hangul are written.
const FIRST_CJK: char = '\u{2E80}';

/// Whether `c` may be Han, kana or Hangul: the fast answer (no lookup in the script
/// tables) for Latin and Vietnamese text, which is most of it.
fn maybe_cjk(c: char) -> bool {
    c >= FIRST_CJK || HANGUL_JAMO.contains(&c)
}

fn is_han_or_kana_script(c: char) -> bool {
    maybe_cjk(c)
        && matches!(
            c.script(),
            Script::Han | Script::Hiragana | Script::Katakana
        )
}

/// Whether `c` is written without spaces between words: Han, Kana, CJK punctuation and
/// full-width forms. Hangul is not: Korean separates words with spaces.
pub fn is_unspaced(c: char) -> bool {
    is_han_or_kana_script(c)
        || CJK_SYMBOLS_AND_PUNCTUATION.contains(&c)
        || KANA_BLOCKS.contains(&c)
        || WIDTH_VARIANTS.contains(&c)
}

/// Whether `c` is Chinese, Japanese or Korean text: [`is_unspaced`] or Hangul.
pub fn is_cjk(c: char) -> bool {
    is_unspaced(c) || (maybe_cjk(c) && c.script() == Script::Hangul)
}

/// Han ideographs and kana, which search indexes as single characters and bigrams; not the
/// CJK punctuation and symbols (so not `々` either, as `search.js` tokenizes queries).
pub fn is_han_or_kana(c: char) -> bool {
    !CJK_SYMBOLS_AND_PUNCTUATION.contains(&c)
        && (is_han_or_kana_script(c) || KANA_BLOCKS.contains(&c))
}

/// Hangul syllables, which search indexes as syllables and syllable bigrams.
pub fn is_hangul_syllable(c: char) -> bool {
    HANGUL_SYLLABLES.contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fast path skips the script tables only where no character is Han, kana or
    /// Hangul: every code point agrees with the tables.
    #[test]
    fn the_fast_path_agrees_with_the_script_tables_everywhere() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let script = c.script();
            let cjk = matches!(
                script,
                Script::Han | Script::Hiragana | Script::Katakana | Script::Hangul
            );
            assert!(maybe_cjk(c) || !cjk, "{c:?} is {script:?}");
        }
    }

    /// The classification of representative characters, pinned from the code-point ranges
    /// this module replaced: (character, unspaced, CJK, Han or Kana, Hangul syllable).
    const PINNED: &[(char, bool, bool, bool, bool)] = &[
        ('中', true, true, true, false),
        ('㐀', true, true, true, false), // CJK Extension A
        ('﨑', true, true, true, false), // CJK Compatibility Ideographs
        ('𠀋', true, true, true, false), // CJK Extension B
        ('あ', true, true, true, false),
        ('カ', true, true, true, false),
        ('ー', true, true, true, false), // prolonged sound mark, script Common
        ('・', true, true, true, false), // katakana middle dot, script Common
        ('゛', true, true, true, false), // voiced sound mark, script Common
        ('、', true, true, false, false),
        ('。', true, true, false, false),
        ('「', true, true, false, false),
        ('《', true, true, false, false),
        ('々', true, true, false, false), // iteration mark: punctuation block, script Han
        ('\u{3000}', true, true, false, false), // ideographic space
        ('，', true, true, false, false),
        ('（', true, true, false, false),
        ('？', true, true, false, false),
        ('～', true, true, false, false),
        ('Ａ', true, true, false, false), // full-width Latin
        ('ｶ', true, true, true, false),   // half-width katakana
        ('한', false, true, false, true),
        ('ᄀ', false, true, false, false), // conjoining jamo
        ('ㄱ', false, true, false, false), // compatibility jamo
        ('a', false, false, false, false),
        ('ệ', false, false, false, false),
        ('1', false, false, false, false),
        (' ', false, false, false, false),
        ('—', false, false, false, false),
        ('’', false, false, false, false),
        ('\u{2028}', false, false, false, false),
    ];

    #[test]
    fn representative_characters_keep_their_classification() {
        for &(c, unspaced, cjk, han_or_kana, hangul) in PINNED {
            assert_eq!(is_unspaced(c), unspaced, "is_unspaced({c:?})");
            assert_eq!(is_cjk(c), cjk, "is_cjk({c:?})");
            assert_eq!(is_han_or_kana(c), han_or_kana, "is_han_or_kana({c:?})");
            assert_eq!(is_hangul_syllable(c), hangul, "is_hangul_syllable({c:?})");
        }
    }

    /// The ranges the module replaced; every character of the sample project must still be
    /// classified the same way.
    fn old_unspaced(c: char) -> bool {
        matches!(c as u32, 0x3000..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF | 0x20000..=0x2FFFF)
    }
    fn old_cjk(c: char) -> bool {
        old_unspaced(c) || matches!(c as u32, 0xAC00..=0xD7AF | 0x1100..=0x11FF | 0x3130..=0x318F)
    }
    fn old_han(c: char) -> bool {
        matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FFFF)
    }

    #[test]
    fn every_character_of_the_sample_is_classified_as_before() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut chars = std::collections::BTreeSet::new();
        for dir in ["content", "locales"] {
            for entry in walkdir::WalkDir::new(root.join(dir)) {
                let entry = entry.unwrap();
                if let Ok(text) = std::fs::read_to_string(entry.path()) {
                    chars.extend(text.chars());
                }
            }
        }
        assert!(chars.contains(&'中') && chars.contains(&'한'));
        for c in chars {
            assert_eq!(is_unspaced(c), old_unspaced(c), "is_unspaced({c:?})");
            assert_eq!(is_cjk(c), old_cjk(c), "is_cjk({c:?})");
            assert_eq!(is_han_or_kana(c), old_han(c), "is_han_or_kana({c:?})");
            let old_hangul = matches!(c as u32, 0xAC00..=0xD7A3);
            assert_eq!(is_hangul_syllable(c), old_hangul, "{c:?}");
        }
    }
}
