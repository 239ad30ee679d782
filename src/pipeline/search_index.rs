//! The search-index stage: each site's sharded `search-index/` files, from the sections of
//! its module pages (the format is [`crate::render::search_index`]'s, the tokenizing
//! [`crate::render::search`]'s).

use super::localize::{DocKey, Localized};
use super::run::{ModulePage, write};
use crate::diagnostics::Diagnostic;
use crate::fingerprint::Key;
use crate::output::Output;
use crate::project::Project;
use crate::render::pages::{SiteRef, plain};
use crate::render::search::{ModuleSections, Section, TokenCache};
use crate::render::search_index::{SiteIndex, Synonyms};
use rayon::prelude::*;
use std::collections::HashMap;

/// What the search-index stage hands on.
#[derive(Default)]
pub(super) struct Indexes {
    /// The paths written.
    pub written: Vec<String>,
    /// Files that could not be written.
    pub problems: Vec<Diagnostic>,
}

/// What the indexes are made from.
pub(super) struct IndexInputs<'a> {
    pub project: &'a Project,
    pub localized: &'a Localized,
    /// The sections of every module page.
    pub sections: &'a HashMap<ModulePage<'a>, Vec<Section>>,
    /// Tokens of earlier builds and of other sites of the same locale.
    pub tokens: &'a TokenCache,
}

/// Writes the search index of every site in `sites`, in parallel. Sites whose indexes
/// are made from the same pieces (a locale's sites with the same modules) share one merge.
pub(super) fn write_indexes(inputs: &IndexInputs, sites: &[SiteRef], output: &Output) -> Indexes {
    let indexes: Vec<SiteIndex> = sites.par_iter().map(|&site| index(inputs, site)).collect();
    // The sites of each distinct index, in site order.
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut group_of: HashMap<Key, usize> = HashMap::new();
    for (k, index) in indexes.iter().enumerate() {
        let g = *group_of.entry(index.key).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[g].push(k);
    }
    // Each group's files are made once, written for each of its sites, then dropped.
    let results: Vec<Result<Vec<String>, Vec<Diagnostic>>> = groups
        .par_iter()
        .map(|group| {
            let files = indexes[group[0]].files();
            let mut paths = Vec::new();
            for &k in group {
                let site = sites[k];
                let dir = format!("{}/{}/search-index", site.audience, site.locale);
                for (name, text) in &files {
                    let path = format!("{dir}/{name}");
                    write(output, &path, text.as_bytes())?;
                    paths.push(path);
                }
            }
            Ok(paths)
        })
        .collect();
    let mut indexes = Indexes::default();
    for r in results {
        match r {
            Ok(paths) => indexes.written.extend(paths),
            Err(errors) => indexes.problems.extend(errors),
        }
    }
    indexes
}

/// The search index of `site`: its modules in site order, with their titles, regulations
/// and the locale's glossary synonyms.
fn index(inputs: &IndexInputs, site: SiteRef) -> SiteIndex {
    let project = inputs.project;
    let modules = project.modules_for(site.audience);
    let titles: Vec<String> = modules
        .iter()
        .map(|&i| {
            plain(
                &inputs
                    .localized
                    .for_site(DocKey::Module(i), site)
                    .front
                    .title
                    .text,
            )
        })
        .collect();
    let entries: Vec<ModuleSections> = modules
        .iter()
        .zip(&titles)
        .filter_map(|(&i, title)| {
            let page = ModulePage {
                audience: site.audience,
                locale: site.locale,
                module: i,
            };
            Some(ModuleSections {
                title,
                href: format!("{}/index.html", project.modules[i].doc.id),
                sections: inputs.sections.get(&page)?,
                regulations: &project.modules[i].meta.regulations,
            })
        })
        .collect();
    let glossary = crate::i18n::glossary::read(project, site.locale);
    let synonyms = Synonyms::new(site.locale, &glossary.synonyms);
    SiteIndex::new(site.locale, &entries, inputs.tokens, &synonyms)
}
