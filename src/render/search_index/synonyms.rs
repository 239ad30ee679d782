//! Glossary synonyms in the search index: a term's aliases count wherever the term's text
//! appears.

use super::lang_of;
use crate::fingerprint::{Fingerprint, Key};
use crate::render::search::tokens;
use rustc_hash::FxHashMap;

/// A term's tokens and its aliases' tokens.
type Alias = (Vec<String>, Vec<String>);

/// A locale's glossary synonyms: wherever a term's tokens appear in order, its aliases'
/// tokens count too (so `抽绳` finds the sections that say `拉绳`).
#[derive(Debug, Default)]
pub struct Synonyms {
    /// First token of a term → (the term's tokens, its aliases' tokens).
    by_first: FxHashMap<String, Vec<Alias>>,
    /// Key of the synonyms, part of every cache key.
    pub(super) key: Option<Key>,
}

impl Synonyms {
    /// The synonyms of `locale` from (term text, aliases) pairs (`glossary::Glossary::synonyms`).
    pub fn new(locale: &str, terms: &[(String, Vec<String>)]) -> Synonyms {
        let lang = lang_of(locale);
        let mut out = Synonyms::default();
        let mut f = Fingerprint::new("search synonyms");
        f.text("lang", lang);
        for (term, aliases) in terms {
            f.text("term", term);
            for alias in aliases {
                f.text("alias", alias);
            }
        }
        out.key = Some(f.finish());
        for (term, aliases) in terms {
            let term_tokens = tokens(term, lang);
            let alias_tokens: Vec<String> = aliases.iter().flat_map(|a| tokens(a, lang)).collect();
            let Some(first) = term_tokens.first().cloned() else {
                continue;
            };
            if alias_tokens.is_empty() {
                continue;
            }
            out.by_first
                .entry(first)
                .or_default()
                .push((term_tokens, alias_tokens));
        }
        out
    }

    /// Whether there are no aliases at all.
    pub(super) fn is_empty(&self) -> bool {
        self.by_first.is_empty()
    }

    /// The aliases' tokens for every occurrence of a term in `text` (a token sequence).
    pub(super) fn expand<S: AsRef<str>>(&self, text: &[S]) -> Vec<String> {
        let mut out = Vec::new();
        if self.by_first.is_empty() {
            return out;
        }
        for (i, t) in text.iter().enumerate() {
            let Some(entries) = self.by_first.get(t.as_ref()) else {
                continue;
            };
            for (term, aliases) in entries {
                let here = &text[i..];
                if here.len() >= term.len() && term.iter().zip(here).all(|(a, b)| a == b.as_ref()) {
                    out.extend(aliases.iter().cloned());
                }
            }
        }
        out
    }
}
