//! Making a module's piece: its documents and its tokens' weights.

use super::json::push_json_str;
use super::piece::Piece;
use super::{BOOST, Synonyms};
use crate::render::search::ModuleSections;
use rustc_hash::FxHashMap;

/// The tokens of a piece, each numbered once (a module repeats most of its words).
#[derive(Default)]
struct Vocabulary {
    ids: FxHashMap<Box<str>, u32>,
    names: Vec<Box<str>>,
}

impl Vocabulary {
    /// The number of `token`, given now if it is new.
    fn id(&mut self, token: &str) -> u32 {
        if let Some(&id) = self.ids.get(token) {
            return id;
        }
        let id = u32::try_from(self.names.len()).unwrap_or(u32::MAX);
        self.names.push(token.into());
        self.ids.insert(token.into(), id);
        id
    }

    /// The token numbered `id`.
    fn name(&self, id: u32) -> &str {
        &self.names[id as usize]
    }

    /// Appends the numbers of `text`'s tokens in `lang` to `out`.
    fn tokens(&mut self, text: &str, lang: &str, out: &mut Vec<u32>) {
        crate::render::search::each_token(text, lang, |t| out.push(self.id(t)));
    }

    /// Appends to `ids` (a token sequence) the numbers of the aliases' tokens of every
    /// glossary term it contains.
    fn add_aliases(&mut self, synonyms: &Synonyms, ids: &mut Vec<u32>) {
        if synonyms.is_empty() {
            return;
        }
        let names: Vec<&str> = ids.iter().map(|&t| self.name(t)).collect();
        let aliases = synonyms.expand(&names);
        for alias in &aliases {
            ids.push(self.id(alias));
        }
    }
}

/// The piece of `module` in language `lang`: its sections' documents and their tokens'
/// weights (title and regulation tokens boosted on the first section, aliases counted).
pub(super) fn make_piece(lang: &str, module: &ModuleSections, synonyms: &Synonyms) -> Piece {
    let mut words = Vocabulary::default();
    let mut title = Vec::new();
    words.tokens(module.title, lang, &mut title);
    let mut boosted = title.clone();
    words.add_aliases(synonyms, &mut boosted);
    for r in module.regulations {
        words.tokens(r, lang, &mut boosted);
    }
    boosted.sort_unstable();
    boosted.dedup();
    // Per token: its (section, count) pairs, sections ascending.
    let mut postings: Vec<Vec<(u32, u32)>> = Vec::new();
    // Per token, its count in the section being read, and the tokens counted there.
    let mut counts: Vec<u32> = Vec::new();
    let mut counted: Vec<u32> = Vec::new();
    let mut docs = Vec::with_capacity(module.sections.len());
    let mut all = Vec::new();
    for (id, s) in module.sections.iter().enumerate() {
        let href = match &s.anchor {
            Some(a) => format!("../{}#{a}", module.href),
            None => format!("../{}", module.href),
        };
        let mut doc = String::with_capacity(
            module.title.len() + s.heading.len() + s.text.len() + href.len() + 16,
        );
        doc.push('[');
        for (k, field) in [module.title, &s.heading, &href, &s.text]
            .into_iter()
            .enumerate()
        {
            if k > 0 {
                doc.push(',');
            }
            push_json_str(&mut doc, field);
        }
        doc.push(']');
        docs.push(doc);
        all.clone_from(&title);
        words.tokens(&s.heading, lang, &mut all);
        words.tokens(&s.text, lang, &mut all);
        words.add_aliases(synonyms, &mut all);
        counts.resize(words.names.len(), 0);
        let mut count = |t: u32, n: u32| {
            let c = &mut counts[t as usize];
            if *c == 0 {
                counted.push(t);
            }
            *c += n;
        };
        for &t in &all {
            count(t, 1);
        }
        if id == 0 {
            for &t in &boosted {
                count(t, BOOST);
            }
        }
        postings.resize_with(words.names.len(), Vec::new);
        let id = u32::try_from(id).unwrap_or(u32::MAX);
        for t in counted.drain(..) {
            postings[t as usize].push((id, std::mem::take(&mut counts[t as usize])));
        }
    }
    // Tokens of the title and regulations of a module without sections have no postings.
    postings.resize_with(words.names.len(), Vec::new);
    let mut order: Vec<u32> = (0..u32::try_from(words.names.len()).unwrap_or(u32::MAX)).collect();
    order.sort_unstable_by(|&a, &b| words.name(a).cmp(words.name(b)));
    let postings: Vec<(&str, &[(u32, u32)])> = order
        .iter()
        .map(|&t| (words.name(t), postings[t as usize].as_slice()))
        .filter(|(_, list)| !list.is_empty())
        .collect();
    Piece::new(&docs, &postings)
}
