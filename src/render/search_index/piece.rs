//! One module's part of a site index in compact form: a build holds one per language and
//! module content until every site's index is written, so each kind of data is one
//! allocation of exactly its length (no `String` or `Vec` per section or token, no spare
//! capacity); a site's postings are merged from its pieces into one list as well.

use super::spill::Spill;
use super::utf16_cmp;
use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::sync::Arc;

/// A piece's documents: in memory, or in the build's [`Spill`] file.
#[derive(Debug)]
enum Docs {
    Held(Box<str>),
    Spilled {
        spill: Arc<Spill>,
        at: u64,
        len: usize,
    },
}

/// A piece's documents, loaded: each section's JSON in turn ([`Piece::load_docs`]).
pub(super) struct LoadedDocs<'a> {
    text: Cow<'a, str>,
    ends: &'a [u32],
}

impl LoadedDocs<'_> {
    /// Each section's JSON, in section order.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        let mut start = 0;
        self.ends.iter().map(move |&end| {
            let d = self.text.get(start..end as usize).unwrap_or_default();
            start = end as usize;
            d
        })
    }
}

/// One module's part of a site index, ready to be merged: its documents (one per section)
/// and its postings (token → sections and weights), sorted by token.
#[derive(Debug)]
pub(super) struct Piece {
    /// Per section, `[title, heading, href, text]` as JSON with `<` escaped, one after
    /// another.
    docs: Docs,
    /// Where each section's JSON ends in `docs`.
    doc_ends: Box<[u32]>,
    /// The tokens, sorted, one after another.
    tokens: Box<str>,
    /// Per token: where it ends in `tokens` and where its postings end in `postings`.
    token_ends: Box<[(u32, u32)]>,
    /// Per token, its (section within the module, weight) pairs, sections ascending.
    postings: Box<[(u32, u32)]>,
}

/// An offset or count within a piece or a site's postings: a module's documents, a site's
/// tokens and postings are far below 2³².
fn offset(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl Piece {
    /// The piece of `docs` (each section's JSON) and `postings` (token → (section, weight)
    /// pairs, sorted by token).
    pub fn new(docs: &[String], postings: &[(&str, &[(u32, u32)])]) -> Piece {
        let mut text = String::with_capacity(docs.iter().map(String::len).sum());
        let mut doc_ends = Vec::with_capacity(docs.len());
        for d in docs {
            text.push_str(d);
            doc_ends.push(offset(text.len()));
        }
        let mut tokens = String::with_capacity(postings.iter().map(|(t, _)| t.len()).sum());
        let mut token_ends = Vec::with_capacity(postings.len());
        let mut flat = Vec::with_capacity(postings.iter().map(|(_, l)| l.len()).sum());
        for (t, list) in postings {
            tokens.push_str(t);
            flat.extend_from_slice(list);
            token_ends.push((offset(tokens.len()), offset(flat.len())));
        }
        Piece {
            docs: Docs::Held(text.into_boxed_str()),
            doc_ends: doc_ends.into_boxed_slice(),
            tokens: tokens.into_boxed_str(),
            token_ends: token_ends.into_boxed_slice(),
            postings: flat.into_boxed_slice(),
        }
    }

    /// How many documents (sections) the piece has.
    pub fn doc_count(&self) -> usize {
        self.doc_ends.len()
    }

    /// The piece with its documents moved to `spill` once the spill's memory budget is
    /// spent; unchanged if they cannot be written there (they are then held in memory, as
    /// without a spill file).
    pub fn spilled(mut self, spill: &Arc<Spill>) -> Piece {
        if let Docs::Held(text) = &self.docs
            && !spill.hold(text.len())
            && let Ok(at) = spill.put(text)
        {
            self.docs = Docs::Spilled {
                spill: spill.clone(),
                at,
                len: text.len(),
            };
        }
        self
    }

    /// The documents, read back from the spill file if they were moved there.
    pub fn load_docs(&self) -> std::io::Result<LoadedDocs<'_>> {
        let text = match &self.docs {
            Docs::Held(text) => Cow::Borrowed(&**text),
            Docs::Spilled { spill, at, len } => Cow::Owned(spill.get(*at, *len)?),
        };
        Ok(LoadedDocs {
            text,
            ends: &self.doc_ends,
        })
    }

    /// Each token with its (section, weight) pairs, in token order.
    pub fn postings(&self) -> impl Iterator<Item = (&str, &[(u32, u32)])> {
        let (mut token, mut list) = (0, 0);
        self.token_ends.iter().map(move |&(t, l)| {
            let entry = (
                &self.tokens[token..t as usize],
                &self.postings[list..l as usize],
            );
            (token, list) = (t as usize, l as usize);
            entry
        })
    }
}

/// The postings of a site, merged from its pieces: each token's pairs (document within the
/// site, weight), documents ascending, all in one list.
pub(super) struct Merged<'a> {
    /// The site's distinct tokens, as first seen.
    tokens: Vec<&'a str>,
    /// Token numbers (in `tokens`) ordered by UTF-16 code units ([`utf16_cmp`]).
    sorted: Vec<u32>,
    /// Per token number, where its pairs start and end in `postings`.
    ranges: Vec<(u32, u32)>,
    /// Each token's pairs together, tokens in `sorted` order.
    postings: Vec<(u32, u32)>,
}

impl<'a> Merged<'a> {
    /// The merged postings of a site whose modules, in site order, have `pieces`: the
    /// sections of each piece are numbered after those of the pieces before it.
    pub fn new(pieces: &'a [Arc<Piece>]) -> Merged<'a> {
        // Number the distinct tokens and count their pairs; keep the number of each
        // piece's tokens in turn for the second pass.
        let mut numbered: FxHashMap<&str, u32> = FxHashMap::default();
        let mut tokens: Vec<&str> = Vec::new();
        let mut counts: Vec<u32> = Vec::new();
        let mut numbers: Vec<u32> =
            Vec::with_capacity(pieces.iter().map(|p| p.token_ends.len()).sum());
        for p in pieces {
            for (t, list) in p.postings() {
                let n = *numbered.entry(t).or_insert_with(|| {
                    tokens.push(t);
                    counts.push(0);
                    offset(tokens.len() - 1)
                });
                counts[n as usize] += offset(list.len());
                numbers.push(n);
            }
        }
        drop(numbered);
        let mut sorted: Vec<u32> = (0..offset(tokens.len())).collect();
        sorted.sort_unstable_by(|&a, &b| utf16_cmp(tokens[a as usize], tokens[b as usize]));
        let mut ranges = vec![(0, 0); tokens.len()];
        let mut total = 0;
        for &n in &sorted {
            ranges[n as usize] = (total, total);
            total += counts[n as usize];
        }
        drop(counts);
        // Fill each token's pairs, piece by piece: `ranges[n].1` is where the next goes.
        let mut postings = vec![(0, 0); total as usize];
        let mut numbers = numbers.into_iter();
        let mut base = 0;
        for p in pieces {
            for ((_, list), n) in p.postings().zip(&mut numbers) {
                let end = &mut ranges[n as usize].1;
                for &(section, weight) in list {
                    postings[*end as usize] = (base + section, weight);
                    *end += 1;
                }
            }
            base += offset(p.doc_count());
        }
        Merged {
            tokens,
            sorted,
            ranges,
            postings,
        }
    }

    /// Each token with its (document, weight) pairs, tokens by UTF-16 code units.
    pub fn postings(&self) -> impl Iterator<Item = (&'a str, &[(u32, u32)])> {
        self.sorted.iter().map(|&n| {
            let (start, end) = self.ranges[n as usize];
            (
                self.tokens[n as usize],
                &self.postings[start as usize..end as usize],
            )
        })
    }
}
