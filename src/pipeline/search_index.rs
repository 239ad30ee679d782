//! The search-index stage: each site's sharded `search-index/` files, from the sections of
//! its module pages (the format is [`crate::render::search_index`]'s, the tokenizing
//! [`crate::render::search`]'s).

use super::localize::{DocKey, Localized};
use super::run::{ModulePage, write};
use crate::diagnostics::Diagnostic;
use crate::output::Output;
use crate::project::Project;
use crate::render::pages::{SiteRef, plain};
use crate::render::search::{ModuleSections, Section, TokenCache};
use crate::render::search_index::{Synonyms, site_files};
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

/// Writes the search index of every site in `sites`, in parallel.
pub(super) fn write_indexes(inputs: &IndexInputs, sites: &[SiteRef], output: &Output) -> Indexes {
    let results: Vec<Result<Vec<String>, Vec<Diagnostic>>> = sites
        .par_iter()
        .map(|&site| {
            let dir = format!("{}/{}/search-index", site.audience, site.locale);
            let mut paths = Vec::new();
            for (name, text) in index(inputs, site) {
                let path = format!("{dir}/{name}");
                write(output, &path, text.as_bytes())?;
                paths.push(path);
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

/// The search-index files of `site` (name, text): its modules in site order, with their
/// titles, regulations and the locale's glossary synonyms.
fn index(inputs: &IndexInputs, site: SiteRef) -> Vec<(String, String)> {
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
    site_files(site.locale, &entries, inputs.tokens, &synonyms)
}
