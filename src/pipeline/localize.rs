//! Localizing every (document, locale) a build needs, once: Fluent bundles, lineage from
//! the reference files, and the [`Localized`] documents by typed key.

use super::fingerprint::{Fingerprint, Key};
use crate::content::document::Document;
use crate::diagnostics::{Diagnostic, Diagnostics, Severity};
use crate::i18n::catalog::FtlFile;
use crate::i18n::lineage::{self, LineageMap};
use crate::i18n::qa::SourceMemo;
use crate::i18n::translate::{ChainLink, LocalizedDoc, localize_with};
use crate::project::Project;
use crate::render::pages::SiteRef;
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

/// A document of the project: a module (by index) or an audience page (by audience id).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(super) enum DocKey<'p> {
    Module(usize),
    Audience(&'p str),
}

impl DocKey<'_> {
    /// The folder of the document's Fluent files under `locales/<tag>/`.
    fn kind(self) -> &'static str {
        match self {
            DocKey::Module(_) => "modules",
            DocKey::Audience(_) => "audiences",
        }
    }
}

/// Every document of the project: modules in id order, then audience pages.
pub(super) fn all_docs(project: &Project) -> Vec<(DocKey<'_>, &Document)> {
    let modules = project
        .modules
        .iter()
        .enumerate()
        .map(|(i, m)| (DocKey::Module(i), &m.doc));
    let pages = project
        .audience_pages
        .iter()
        .map(|(id, p)| (DocKey::Audience(id.as_str()), &p.doc));
    modules.chain(pages).collect()
}

/// A document's localization in one locale.
#[derive(Clone)]
pub(super) enum Variants {
    /// The same for every audience.
    Shared(Arc<LocalizedDoc>),
    /// One per audience (the document's messages use `$audience`).
    PerAudience(BTreeMap<String, Arc<LocalizedDoc>>),
}

impl Variants {
    fn all(&self) -> Vec<&Arc<LocalizedDoc>> {
        match self {
            Variants::Shared(doc) => vec![doc],
            Variants::PerAudience(docs) => docs.values().collect(),
        }
    }
}

/// One (document, locale), localized, with the key of its inputs.
#[derive(Clone)]
pub(super) struct Localization {
    /// The fingerprint of what the localization read; none when the build keeps nothing
    /// for a next one (hashing every input costs more than some localizations).
    pub key: Option<Key>,
    /// The localized document.
    pub variants: Variants,
}

/// Localizations of earlier builds by (document path, locale), reused while their key is
/// unchanged.
pub(super) type LocalizeCache = HashMap<(String, String), Localization>;

/// A document's localizations by locale.
type ByLocale = BTreeMap<String, Localization>;

/// The localized documents of a build, by document and locale.
#[derive(Default)]
pub(super) struct Localized {
    modules: BTreeMap<usize, ByLocale>,
    audiences: BTreeMap<String, ByLocale>,
}

impl Localized {
    fn insert(&mut self, doc: DocKey, locale: &str, localization: Localization) {
        let locales = match doc {
            DocKey::Module(i) => self.modules.entry(i).or_default(),
            DocKey::Audience(a) => self.audiences.entry(a.to_string()).or_default(),
        };
        locales.insert(locale.to_string(), localization);
    }

    /// Adds the localization of `doc` in `locale` that `from` holds, if any.
    pub fn copy_from(&mut self, from: &Localized, doc: DocKey, locale: &str) {
        if let Some(l) = from.get(doc, locale) {
            self.insert(doc, locale, l.clone());
        }
    }

    /// The localization of `doc` in `locale`, if the build made it.
    pub fn get(&self, doc: DocKey, locale: &str) -> Option<&Localization> {
        let locales = match doc {
            DocKey::Module(i) => self.modules.get(&i),
            DocKey::Audience(a) => self.audiences.get(a),
        };
        locales?.get(locale)
    }

    /// The document `doc` as `site` shows it: its audience's variant or the shared one.
    pub fn for_site(&self, doc: DocKey, site: SiteRef) -> &LocalizedDoc {
        let doc = match self.get(doc, site.locale).map(|l| &l.variants) {
            Some(Variants::Shared(doc)) => Some(doc),
            Some(Variants::PerAudience(docs)) => docs.get(site.audience),
            None => None,
        };
        doc.expect("every (document, locale) of a site is localized before rendering")
    }

    /// Every (document, locale) with one of its variants (all have the same statuses).
    pub fn each(&self) -> impl Iterator<Item = (DocKey<'_>, &str, &LocalizedDoc)> {
        let modules = self.modules.iter().map(|(i, l)| (DocKey::Module(*i), l));
        let audiences = self.audiences.iter().map(|(a, l)| (DocKey::Audience(a), l));
        modules.chain(audiences).flat_map(|(doc, locales)| {
            locales.iter().filter_map(move |(locale, l)| {
                let first = l.variants.all().into_iter().next()?;
                Some((doc, locale.as_str(), first.as_ref()))
            })
        })
    }
}

/// Which (document, locale) pairs to localize, with the audiences that show each.
pub(super) type Needed<'p> = BTreeMap<(DocKey<'p>, &'p str), Vec<&'p str>>;

/// The (document, locale) pairs the pages of `sites` show.
pub(super) fn needed_by<'p>(project: &'p Project, sites: &[SiteRef<'p>]) -> Needed<'p> {
    let mut needed: Needed = BTreeMap::new();
    for site in sites {
        for (key, _) in all_docs(project) {
            let wanted = match key {
                DocKey::Module(i) => project.modules[i].is_for(site.audience),
                DocKey::Audience(a) => a == site.audience,
            };
            if wanted {
                needed
                    .entry((key, site.locale))
                    .or_default()
                    .push(site.audience);
            }
        }
    }
    needed
}

/// The fallback chain of every locale in `needed`, without the source locale (whose text
/// is the document itself).
fn chains<'p>(project: &'p Project, needed: &Needed<'p>) -> HashMap<&'p str, Vec<String>> {
    let source = project.config.source_locale.as_str();
    needed
        .keys()
        .map(|(_, l)| {
            let chain = project.config.fallback_chain(l);
            (*l, chain.into_iter().filter(|c| c != source).collect())
        })
        .collect()
}

/// The key of a localization: the document, its reference file, the source locale, the
/// audiences, and each chain locale's document file and glossary.
fn fingerprint(project: &Project, doc: DocKey, chain: &[String], audiences: &[&str]) -> Key {
    let source = &project.config.source_locale;
    let text = |locale: &str| doc_file(project, doc, locale).map(|f| f.file.text.as_str());
    let mut f = Fingerprint::new("localized document");
    f.text("document", &document(project, doc).file.text)
        .text("source locale", source)
        .optional("reference file", text(source));
    for audience in audiences {
        f.text("audience", audience);
    }
    for locale in chain {
        let glossary = project
            .catalogs
            .get(locale)
            .and_then(|c| c.glossary.as_ref());
        f.text("locale", locale)
            .optional("translation file", text(locale))
            .optional("glossary", glossary.map(|g| g.file.text.as_str()));
    }
    f.finish()
}

fn document<'p>(project: &'p Project, doc: DocKey) -> &'p Document {
    match doc {
        DocKey::Module(i) => &project.modules[i].doc,
        DocKey::Audience(a) => &project.audience_pages[a].doc,
    }
}

/// One (document, locale) to localize afresh.
struct Fresh<'p> {
    doc: DocKey<'p>,
    locale: &'p str,
    audiences: Vec<&'p str>,
    key: Option<Key>,
}

/// Localizes every (document, locale) in `needed`, once; again per audience only for
/// documents whose messages use `$audience`. Localizations whose key did not change since
/// the build that filled `cache` are reused, and the fresh ones are added to it.
pub(super) fn localize_all<'p>(
    project: &'p Project,
    needed: &Needed<'p>,
    diagnostics: &mut Diagnostics,
    cache: &mut LocalizeCache,
) -> Localized {
    let made = localize_needed(project, needed, cache, true);
    diagnostics.extend(made.diagnostics);
    cache.extend(made.fresh);
    made.localized
}

/// What [`localize_needed`] made.
pub(super) struct Made {
    /// The localizations, reused and fresh.
    pub localized: Localized,
    /// The diagnostics of every localization.
    pub diagnostics: Vec<Diagnostic>,
    /// The fresh localizations, by their cache key (for the next build's cache).
    pub fresh: Vec<((String, String), Localization)>,
}

/// Localizes every (document, locale) in `needed` like [`localize_all`], without changing
/// `cache`: the fresh localizations are returned, for the caller to keep or drop. Without
/// `keyed` (a build that keeps nothing for a next one), nothing is fingerprinted and
/// `cache` is not read.
pub(super) fn localize_needed<'p>(
    project: &'p Project,
    needed: &Needed<'p>,
    cache: &LocalizeCache,
    keyed: bool,
) -> Made {
    let chains = chains(project, needed);
    let mut made = Made {
        localized: Localized::default(),
        diagnostics: Vec::new(),
        fresh: Vec::new(),
    };
    let mut fresh = Vec::new();
    for (&(doc, locale), audiences) in needed {
        let key = keyed.then(|| fingerprint(project, doc, &chains[locale], audiences));
        let path = &document(project, doc).file.path;
        let cached = key.and_then(|_| cache.get(&(path.clone(), locale.to_string())));
        match cached {
            Some(cached) if cached.key == key => {
                for l in cached.variants.all() {
                    made.diagnostics.extend(l.diagnostics.iter().cloned());
                }
                made.localized.insert(doc, locale, cached.clone());
            }
            _ => fresh.push(Fresh {
                doc,
                locale,
                audiences: audiences.clone(),
                key,
            }),
        }
    }
    for (f, localization) in localize_fresh(project, &fresh, &chains) {
        for l in localization.variants.all() {
            made.diagnostics.extend(l.diagnostics.iter().cloned());
        }
        let path = document(project, f.doc).file.path.clone();
        made.fresh
            .push(((path, f.locale.to_string()), localization.clone()));
        made.localized.insert(f.doc, f.locale, localization);
    }
    made
}

/// The part of `needed` about audience pages (they sort after every module).
pub(super) fn needed_of_audience_pages<'p>(needed: &Needed<'p>) -> Needed<'p> {
    let from = (DocKey::Audience(""), "");
    needed.range(from..).map(|(k, v)| (*k, v.clone())).collect()
}

/// The part of `needed` about module `i`: its locales, with the audiences that show each.
pub(super) fn needed_of_module<'p>(needed: &Needed<'p>, i: usize) -> Needed<'p> {
    let from = (DocKey::Module(i), "");
    needed
        .range(from..)
        .take_while(|((doc, _), _)| *doc == DocKey::Module(i))
        .map(|(k, v)| (*k, v.clone()))
        .collect()
}

/// Localizes `fresh` in parallel, sharing bundles and each document's lineage.
fn localize_fresh<'f, 'p>(
    project: &'p Project,
    fresh: &'f [Fresh<'p>],
    chains: &HashMap<&'p str, Vec<String>>,
) -> Vec<(&'f Fresh<'p>, Localization)> {
    let source = project.config.source_locale.as_str();
    // The reference file of a document is read once, whatever the number of its locales.
    let docs: BTreeSet<DocKey> = fresh.iter().map(|f| f.doc).collect();
    // So is each English segment's QA, whatever the number of locales that check it.
    let memos: HashMap<DocKey, SourceMemo> =
        docs.iter().map(|&k| (k, SourceMemo::default())).collect();
    let lineages: HashMap<DocKey, LineageMap> = docs
        .into_par_iter()
        .map(|k| (k, reference_lineage(project, k).0))
        .collect();
    fresh
        .par_iter()
        .map(|f| {
            let doc = document(project, f.doc);
            // Each task builds its own bundles (parsing the document's files) and drops
            // them when done, so the build never holds every document's messages at once.
            let chain: Vec<ChainLink> = chains[f.locale]
                .iter()
                .map(|l| {
                    let file = doc_file(project, f.doc, l);
                    ChainLink {
                        locale: l,
                        bundle: Arc::new(project.catalogs[l].bundle(file)),
                        file,
                    }
                })
                .collect();
            let lineage = &lineages[&f.doc];
            let memo = Some(&memos[&f.doc]);
            let localize = |audience| localize_with(doc, lineage, &chain, source, audience, memo);
            let first = localize(f.audiences[0]);
            let variants = if first.audience_dependent {
                let each = f.audiences.iter().map(|a| {
                    let localized = localize(a);
                    (a.to_string(), Arc::new(localized))
                });
                Variants::PerAudience(each.collect())
            } else {
                Variants::Shared(Arc::new(first))
            };
            (
                f,
                Localization {
                    key: f.key,
                    variants,
                },
            )
        })
        .collect()
}

/// The lineage of `doc` from its reference file, and a warning when that file is missing or
/// does not list the document's current segments.
pub(super) fn reference_lineage(
    project: &Project,
    key: DocKey,
) -> (LineageMap, Option<Diagnostic>) {
    let source = &project.config.source_locale;
    let doc = document(project, key);
    let hint = "run `primer i18n extract`; until then, changed segments count as missing";
    let Some(file) = doc_file(project, key, source) else {
        let message = format!(
            "there is no reference file locales/{source}/{}/{}.ftl",
            key.kind(),
            doc.id
        );
        let warning = Diagnostic::new(
            Severity::Warning,
            "reference-outdated",
            &doc.file.path,
            message,
        );
        return (LineageMap::new(), Some(warning.hint(hint)));
    };
    let (map, complete) = lineage::lineage_of(doc, &lineage::read_reference(&file.file.text));
    let warning = (!complete).then(|| {
        Diagnostic::new(
            Severity::Warning,
            "reference-outdated",
            &file.file.path,
            format!("the reference file does not match {}", doc.file.path),
        )
        .hint(hint)
    });
    (map, warning)
}

/// The Fluent file of `key` in `locale`, if there is one.
pub(super) fn doc_file<'p>(project: &'p Project, key: DocKey, locale: &str) -> Option<&'p FtlFile> {
    let catalog = project.catalogs.get(locale)?;
    match key {
        DocKey::Module(i) => catalog.modules.get(&project.modules[i].doc.id),
        DocKey::Audience(a) => catalog.audiences.get(a),
    }
}

/// The path of `key`'s Fluent file in `locale` (which may not exist).
pub(super) fn doc_file_path(project: &Project, key: DocKey, locale: &str) -> String {
    let id = &document(project, key).id;
    format!("locales/{locale}/{}/{id}.ftl", key.kind())
}
