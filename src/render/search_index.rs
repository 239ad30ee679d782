//! The sharded search index of each site, `<audience>/<locale>/search-index/`: a small
//! `manifest.js`, token shards `t-<n>.js` and document chunks `d-<n>.js`, all classic
//! scripts that call `PRIMER_SEARCH_LOADED(name, data)` (defined by
//! `themes/default/static/search.js`, which injects them on demand: `<script>` tags work from
//! `file://`, `fetch()` does not).
//!
//! A query loads the manifest, the shard of each of its tokens and then only the chunks of
//! the results it shows. Tokens are sorted by UTF-16 code units, as JavaScript compares
//! strings, so the manifest's first token of each shard finds a token's shard by binary
//! search. Each module's documents and postings are cached ([`TokenCache`]); a site's files
//! are assembled from those pieces, so a `serve` rebuild re-tokenizes only the edited module.
//!
//! Ranking stays in `search.js` (tf-idf over the postings' weights); the weights carry what
//! the reader expects first: a token of a module's title or of a regulation in its front
//! matter gets [`BOOST`] on the module's first section, and a glossary term's aliases
//! ([`Synonyms`]) count wherever the term's text appears.

use super::search::ModuleSections;
use crate::fingerprint::{Fingerprint, Key};
use json::{json, push_json_str, push_u32};
use make::make_piece;
use piece::{Merged, Piece};
use spill::Spill;
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};
pub use synonyms::Synonyms;

/// Added to the weight of a title or front-matter regulation token on a module's first
/// section: `1 + ln(weight)` then outweighs any count a token reaches in one section, so
/// the module the reader named comes first.
pub const BOOST: u32 = 1000;

/// A token shard is closed once it reaches this many bytes (a token's postings never split).
const SHARD_BYTES: usize = 8 * 1024;

/// A document chunk is closed once it reaches this many bytes.
const CHUNK_BYTES: usize = 4 * 1024;

/// The language part of a locale tag (`zh-CN` → `zh`), which picks the tokenizer rules.
fn lang_of(locale: &str) -> &str {
    locale.split('-').next().unwrap_or(locale)
}

/// The index pieces of each module, keyed by what they were made from: shared by the sites
/// of a locale and kept between `serve` builds.
#[derive(Default)]
pub struct TokenCache {
    entries: Mutex<HashMap<Key, Arc<Piece>>>,
    used: Mutex<HashSet<Key>>,
    /// Where the pieces' documents wait for the index to be written, if anywhere.
    spill: Option<Arc<Spill>>,
}

/// A module's part of a site's index, made from its sections ([`TokenCache::piece_of`]): the
/// render stage makes it as soon as the page is rendered, so a build holds the pieces (one
/// per language and module content, shared by the sites that show the same module) and
/// not every page's sections.
#[derive(Debug, Clone)]
pub struct IndexPiece {
    key: Key,
    piece: Arc<Piece>,
}

impl TokenCache {
    /// A cache for one build, whose pieces keep their documents in a temporary file (where
    /// the system can make one) until the index is written, once the first
    /// [`spill::HELD_BYTES`] are held in memory.
    pub fn spilling() -> TokenCache {
        TokenCache::spilling_beyond(spill::HELD_BYTES)
    }

    /// Like [`TokenCache::spilling`], holding `budget` bytes of documents in memory.
    pub fn spilling_beyond(budget: usize) -> TokenCache {
        TokenCache {
            spill: Spill::with_budget(budget).ok().map(Arc::new),
            ..TokenCache::default()
        }
    }

    /// The index piece of `module` on a site of `locale`.
    pub fn piece_of(
        &self,
        locale: &str,
        module: &ModuleSections,
        synonyms: &Synonyms,
    ) -> IndexPiece {
        let (key, piece) = self.piece(lang_of(locale), module, synonyms);
        IndexPiece { key, piece }
    }

    fn piece(&self, lang: &str, module: &ModuleSections, synonyms: &Synonyms) -> (Key, Arc<Piece>) {
        let mut f = Fingerprint::new("search index piece");
        f.text("lang", lang)
            .text("title", module.title)
            .text("href", &module.href);
        for section in module.sections {
            f.optional("anchor", section.anchor.as_deref())
                .text("heading", &section.heading)
                .text("text", &section.text);
        }
        for regulation in module.regulations {
            f.text("regulation", regulation);
        }
        if let Some(synonyms) = synonyms.key {
            f.key("synonyms", synonyms);
        }
        let key = f.finish();
        if let Ok(mut used) = self.used.lock() {
            used.insert(key);
        }
        if let Some(hit) = self.entries.lock().ok().and_then(|e| e.get(&key).cloned()) {
            return (key, hit);
        }
        let piece = make_piece(lang, module, synonyms);
        let piece = Arc::new(match &self.spill {
            Some(spill) => piece.spilled(spill),
            None => piece,
        });
        if let Ok(mut e) = self.entries.lock() {
            e.insert(key, piece.clone());
        }
        (key, piece)
    }

    /// Forgets every entry.
    pub fn clear(&self) {
        if let (Ok(mut entries), Ok(mut used)) = (self.entries.lock(), self.used.lock()) {
            entries.clear();
            used.clear();
        }
    }

    /// Forgets entries not used since the last call, so a long `serve` session does not keep
    /// the pieces of every version of every module.
    pub fn prune(&self) {
        if let (Ok(mut entries), Ok(mut used)) = (self.entries.lock(), self.used.lock()) {
            entries.retain(|k, _| used.contains(k));
            used.clear();
        }
    }
}

/// Orders strings as JavaScript's `<` does: by UTF-16 code units.
pub fn utf16_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    a.encode_utf16().cmp(b.encode_utf16())
}

/// The files of one site's `search-index/` directory: (file name, classic script).
///
/// `manifest.js`: `{"lang", "docs": count, "shards": [first token of each shard],
/// "chunks": [first document of each chunk]}`; `t-<n>.js`: `{token: [doc, weight, …]}` with
/// each document number after the first given as the difference to the previous one;
/// `d-<n>.js`: `[[title, heading, href, text], …]` for consecutive documents. Documents are
/// numbered across the site: the sections of its modules, in order. An error only if the
/// documents of a piece of `cache` cannot be read back from its spill file.
pub fn site_files(
    locale: &str,
    modules: &[ModuleSections],
    cache: &TokenCache,
    synonyms: &Synonyms,
) -> std::io::Result<Vec<(String, String)>> {
    SiteIndex::new(locale, modules, cache, synonyms).files()
}

/// A site's index before its files are written: the pieces of its modules, and a key
/// that two sites share exactly when their files are the same (same language, same
/// pieces in the same order), so that sites of one locale with the same modules and
/// sections are merged once.
pub struct SiteIndex {
    lang: String,
    pieces: Vec<Arc<Piece>>,
    /// What the files are made from.
    pub key: Key,
}

impl SiteIndex {
    /// The index of a site of `locale` with `modules`, in site order.
    pub fn new(
        locale: &str,
        modules: &[ModuleSections],
        cache: &TokenCache,
        synonyms: &Synonyms,
    ) -> SiteIndex {
        let pieces: Vec<IndexPiece> = modules
            .iter()
            .map(|m| cache.piece_of(locale, m, synonyms))
            .collect();
        SiteIndex::from_pieces(locale, &pieces)
    }

    /// The index of a site of `locale` whose modules, in site order, have `pieces`.
    pub fn from_pieces(locale: &str, pieces: &[IndexPiece]) -> SiteIndex {
        let lang = lang_of(locale);
        let mut f = Fingerprint::new("site search index");
        f.text("lang", lang);
        for p in pieces {
            f.key("module", p.key);
        }
        SiteIndex {
            lang: lang.to_string(),
            pieces: pieces.iter().map(|p| p.piece.clone()).collect(),
            key: f.finish(),
        }
    }

    /// The files of the site's `search-index/` folder (name, text); an error only if a
    /// piece's documents cannot be read back from the spill file.
    pub fn files(&self) -> std::io::Result<Vec<(String, String)>> {
        let mut files = Vec::new();
        self.write_files(
            &mut |name: &str, text: &str| {
                files.push((name.to_string(), text.to_string()));
                Ok(())
            },
            &|e| e,
        )?;
        Ok(files)
    }

    /// Hands each file of the site's `search-index/` folder (name, text) to `sink` as soon
    /// as it is made, so that a large site's files are never all held; stops at the first
    /// error `sink` returns, or at a spill file that cannot be read (`read_error` says how
    /// to report it).
    pub fn write_files<E>(
        &self,
        sink: &mut dyn FnMut(&str, &str) -> Result<(), E>,
        read_error: &dyn Fn(std::io::Error) -> E,
    ) -> Result<(), E> {
        write_files(&self.lang, &self.pieces, sink, read_error)
    }
}

/// The files of a site whose modules, in site order, have `pieces`, each handed to `sink`
/// ([`SiteIndex::write_files`]).
fn write_files<E>(
    lang: &str,
    pieces: &[Arc<Piece>],
    sink: &mut dyn FnMut(&str, &str) -> Result<(), E>,
    read_error: &dyn Fn(std::io::Error) -> E,
) -> Result<(), E> {
    let merged = Merged::new(pieces);
    let mut firsts: Vec<&str> = Vec::new();
    let mut shard = String::new();
    let mut close_shard = |shard: &mut String, n: usize| {
        shard.push_str("});\n");
        let text = std::mem::take(shard);
        sink(&format!("t-{n}.js"), &text)
    };
    for (t, list) in merged.postings() {
        if shard.len() >= SHARD_BYTES {
            close_shard(&mut shard, firsts.len() - 1)?;
        }
        if shard.is_empty() {
            firsts.push(t);
            shard = format!("PRIMER_SEARCH_LOADED(\"t-{}\",{{", firsts.len() - 1);
        } else {
            shard.push(',');
        }
        push_json_str(&mut shard, t);
        shard.push_str(":[");
        let mut previous = 0;
        for (k, &(doc, weight)) in list.iter().enumerate() {
            if k > 0 {
                shard.push(',');
            }
            push_u32(&mut shard, doc - previous);
            shard.push(',');
            push_u32(&mut shard, weight);
            previous = doc;
        }
        shard.push(']');
    }
    if !shard.is_empty() {
        close_shard(&mut shard, firsts.len() - 1)?;
    }
    drop(merged);

    let mut starts: Vec<usize> = Vec::new();
    let mut chunk = String::new();
    let mut doc = 0;
    let mut close_chunk = |chunk: &mut String, n: usize| {
        chunk.push_str("]);\n");
        let text = std::mem::take(chunk);
        sink(&format!("d-{n}.js"), &text)
    };
    for p in pieces {
        let docs = p.load_docs().map_err(read_error)?;
        for d in docs.iter() {
            if chunk.len() >= CHUNK_BYTES {
                close_chunk(&mut chunk, starts.len() - 1)?;
            }
            if chunk.is_empty() {
                starts.push(doc);
                chunk = format!("PRIMER_SEARCH_LOADED(\"d-{}\",[", starts.len() - 1);
            } else {
                chunk.push(',');
            }
            chunk.push_str(d);
            doc += 1;
        }
    }
    if !chunk.is_empty() {
        close_chunk(&mut chunk, starts.len() - 1)?;
    }
    let manifest = format!(
        "PRIMER_SEARCH_LOADED(\"manifest\",{{\"lang\":{},\"docs\":{doc},\"shards\":{},\"chunks\":{}}});\n",
        json(lang),
        json(&firsts),
        json(&starts),
    );
    sink("manifest.js", &manifest)
}

mod json;
mod make;
mod piece;
mod spill;
mod synonyms;
#[cfg(test)]
mod tests;
