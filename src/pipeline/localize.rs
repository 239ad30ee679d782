//! Localizing every (document, locale) a build needs, once: Fluent bundles, lineage from
//! the reference files, and the translation-status report.

use super::{DocKey, Localized, all_docs};
use crate::content::document::Document;
use crate::diagnostics::{Diagnostic, Diagnostics, Severity};
use crate::i18n::catalog::Bundle;
use crate::i18n::lineage::{self, LineageMap};
use crate::i18n::status::LocaleStatus;
use crate::i18n::translate::{ChainLink, LocalizedDoc, localize};
use crate::project::Project;
use crate::render::pages::SiteRef;
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

/// Translation coverage of every (document, locale) that the planned sites show.
pub(super) fn status_report(project: &Project, localized: &Localized) -> Vec<LocaleStatus> {
    let docs: HashMap<DocKey, &Document> = all_docs(project).into_iter().collect();
    let mut per_locale: BTreeMap<&str, BTreeMap<&DocKey, &LocalizedDoc>> = BTreeMap::new();
    // Collected into ordered maps; every audience's variant has the same states, so which
    // one is kept does not show.
    #[allow(clippy::iter_over_hash_type)]
    for ((key, locale, _), doc) in localized {
        if locale != &project.config.source_locale {
            // Any audience's variant has the same states.
            per_locale
                .entry(locale.as_str())
                .or_default()
                .entry(key)
                .or_insert(doc);
        }
    }
    project
        .config
        .locales
        .keys()
        .filter_map(|tag| {
            let entries = per_locale.get(tag.as_str())?;
            let documents = entries
                .iter()
                .map(|(key, l)| {
                    let doc = docs[*key];
                    let kind = match key {
                        DocKey::Module(_) => "modules",
                        DocKey::Audience(_) => "audiences",
                    };
                    (
                        doc.file.path.clone(),
                        format!("locales/{tag}/{kind}/{}.ftl", doc.id),
                        l.statuses.clone(),
                    )
                })
                .collect();
            Some(LocaleStatus::new(
                tag,
                project.config.review(tag),
                documents,
            ))
        })
        .collect()
}

/// Localized documents of earlier builds by (document path, locale): the fingerprint of
/// their inputs and the documents per audience (empty audience: the same for all).
pub type LocalizeCache = HashMap<(String, String), (u64, Variants)>;

/// A document's localizations per audience (empty audience: the same for all).
pub type Variants = Vec<(String, Arc<LocalizedDoc>)>;

/// What a localization depends on: the document, its reference file, and the document's
/// and glossary's Fluent files in every locale of the chain.
fn fingerprint(
    project: &Project,
    key: &DocKey,
    doc: &Document,
    chain: &[String],
    audiences: &[&str],
) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    doc.file.text.hash(&mut h);
    audiences.hash(&mut h);
    doc_file(project, key, &project.config.source_locale)
        .map(|f| &f.file.text)
        .hash(&mut h);
    for locale in chain {
        locale.hash(&mut h);
        doc_file(project, key, locale)
            .map(|f| &f.file.text)
            .hash(&mut h);
        project
            .catalogs
            .get(locale)
            .and_then(|c| c.glossary.as_ref())
            .map(|g| &g.file.text)
            .hash(&mut h);
    }
    h.finish()
}

/// Localizes every (document, locale) the sites need, once; again per audience only for
/// documents whose messages use `$audience`. Documents whose inputs did not change since
/// the build that filled `cache` are reused.
pub(super) fn localize_all(
    project: &Project,
    sites: &[SiteRef],
    diagnostics: &mut Diagnostics,
    cache: &mut LocalizeCache,
) -> Localized {
    let source = project.config.source_locale.as_str();
    // (doc, locale) → audiences of the sites that show it.
    let mut needed: BTreeMap<(DocKey, &str), Vec<&str>> = BTreeMap::new();
    for site in sites {
        for (key, _) in all_docs(project) {
            let wanted = match &key {
                DocKey::Module(i) => project.modules[*i].is_for(site.audience),
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
    let docs: HashMap<DocKey, &Document> = all_docs(project).into_iter().collect();
    let chains: HashMap<&str, Vec<String>> = needed
        .keys()
        .map(|(_, l)| {
            (
                *l,
                project
                    .config
                    .fallback_chain(l)
                    .into_iter()
                    .filter(|c| c != source)
                    .collect(),
            )
        })
        .collect();
    let mut out: Localized = HashMap::new();
    let mut fresh = Vec::new();
    for ((key, locale), audiences) in &needed {
        let doc = docs[key];
        let fp = fingerprint(project, key, doc, &chains[locale], audiences);
        match cache.get(&(doc.file.path.clone(), locale.to_string())) {
            Some((cached, variants)) if *cached == fp => {
                for (audience, localized) in variants {
                    diagnostics.extend(localized.diagnostics.iter().cloned());
                    out.insert(
                        (key.clone(), locale.to_string(), audience.clone()),
                        localized.clone(),
                    );
                }
            }
            _ => fresh.push((key.clone(), *locale, audiences.clone(), fp)),
        }
    }
    let bundles = build_bundles(project, fresh.iter().map(|(k, l, _, _)| (k.clone(), *l)));
    // The reference file of a document is read once, whatever the number of its locales.
    let keys: BTreeSet<&DocKey> = fresh.iter().map(|(k, _, _, _)| k).collect();
    let lineages: HashMap<&DocKey, LineageMap> = keys
        .into_par_iter()
        .map(|k| (k, reference_lineage(project, k, docs[k]).0))
        .collect();
    let results: Vec<(DocKey, &str, u64, Variants)> = fresh
        .par_iter()
        .map(|(key, locale, audiences, fp)| {
            let doc = docs[key];
            let chain: Vec<ChainLink> = chains[locale]
                .iter()
                .map(|l| ChainLink {
                    locale: l,
                    bundle: bundles[&(key.clone(), l.clone())].clone(),
                    file: doc_file(project, key, l),
                })
                .collect();
            let lineage = &lineages[key];
            let first = localize(doc, lineage, &chain, source, audiences[0]);
            let variants = if first.audience_dependent {
                audiences
                    .iter()
                    .map(|a| {
                        (
                            a.to_string(),
                            Arc::new(localize(doc, lineage, &chain, source, a)),
                        )
                    })
                    .collect()
            } else {
                vec![(String::new(), Arc::new(first))]
            };
            (key.clone(), *locale, *fp, variants)
        })
        .collect();
    for (key, locale, fp, variants) in results {
        for (audience, localized) in &variants {
            diagnostics.extend(localized.diagnostics.iter().cloned());
            out.insert(
                (key.clone(), locale.to_string(), audience.clone()),
                localized.clone(),
            );
        }
        cache.insert(
            (docs[&key].file.path.clone(), locale.to_string()),
            (fp, variants),
        );
    }
    out
}

/// The lineage of `doc` from its reference file, and a warning when that file is missing or
/// does not list the document's current segments.
pub(super) fn reference_lineage(
    project: &Project,
    key: &DocKey,
    doc: &Document,
) -> (LineageMap, Option<Diagnostic>) {
    let source = &project.config.source_locale;
    let kind = match key {
        DocKey::Module(_) => "modules",
        DocKey::Audience(_) => "audiences",
    };
    let hint = "run `primer i18n extract`; until then, changed segments count as missing";
    let Some(file) = doc_file(project, key, source) else {
        let message = format!(
            "there is no reference file locales/{source}/{kind}/{}.ftl",
            doc.id
        );
        return (
            LineageMap::new(),
            Some(
                Diagnostic::new(
                    Severity::Warning,
                    "reference-outdated",
                    &doc.file.path,
                    message,
                )
                .hint(hint),
            ),
        );
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

pub(super) fn doc_file<'p>(
    project: &'p Project,
    key: &DocKey,
    locale: &str,
) -> Option<&'p crate::i18n::catalog::FtlFile> {
    let catalog = project.catalogs.get(locale)?;
    match key {
        DocKey::Module(i) => catalog.modules.get(&project.modules[*i].doc.id),
        DocKey::Audience(a) => catalog.audiences.get(a),
    }
}

/// One bundle per (document, locale) of every chain, built once, in parallel.
pub(super) fn build_bundles<'a>(
    project: &Project,
    needed: impl Iterator<Item = (DocKey, &'a str)>,
) -> HashMap<(DocKey, String), Arc<Bundle>> {
    let source = &project.config.source_locale;
    let mut keys: BTreeSet<(DocKey, String)> = BTreeSet::new();
    for (key, locale) in needed {
        for l in project.config.fallback_chain(locale) {
            if &l != source {
                keys.insert((key.clone(), l));
            }
        }
    }
    keys.into_par_iter()
        .map(|(key, locale)| {
            let bundle = project.catalogs[&locale].bundle(doc_file(project, &key, &locale));
            ((key, locale), Arc::new(bundle))
        })
        .collect()
}
