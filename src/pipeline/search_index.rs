//! The search-index stage: each site's sharded `search-index/` files, merged from the index
//! pieces its module pages made as they were rendered ([`PieceMaker`]). The format is
//! [`crate::render::search_index`]'s, the tokenizing [`crate::render::search`]'s.

use super::jobs::ModulePage;
use super::run::write;
use crate::diagnostics::{Diagnostic, Severity};
use crate::fingerprint::Key;
use crate::output::Output;
use crate::project::Project;
use crate::render::pages::SiteRef;
use crate::render::search::{ModuleSections, Section, TokenCache};
use crate::render::search_index::{IndexPiece, SiteIndex, Synonyms};
use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap};

/// What the search-index stage hands on.
#[derive(Default)]
pub(super) struct Indexes {
    /// The paths written.
    pub written: Vec<String>,
    /// Files that could not be written.
    pub problems: Vec<Diagnostic>,
}

/// What the indexes are made from: each module page's piece, from the render stage.
pub(super) type IndexInputs<'a> = HashMap<ModulePage<'a>, IndexPiece>;

/// What module pages need to make their index pieces: the token cache (shared by the
/// sites of a locale, kept between `serve` builds) and each locale's glossary synonyms.
pub(super) struct PieceMaker<'a> {
    pub tokens: &'a TokenCache,
    synonyms: BTreeMap<&'a str, Synonyms>,
}

impl<'a> PieceMaker<'a> {
    /// The piece makers for the locales of `sites`.
    pub fn new(project: &Project, sites: &[SiteRef<'a>], tokens: &'a TokenCache) -> PieceMaker<'a> {
        let mut synonyms = BTreeMap::new();
        for s in sites {
            synonyms.entry(s.locale).or_insert_with(|| {
                let glossary = crate::i18n::glossary::read(project, s.locale);
                Synonyms::new(s.locale, &glossary.synonyms)
            });
        }
        PieceMaker { tokens, synonyms }
    }

    /// The index piece of module `i`'s page on `site`, titled `title`, with `sections`.
    pub fn piece(
        &self,
        project: &Project,
        site: SiteRef,
        i: usize,
        title: &str,
        sections: &[Section],
    ) -> IndexPiece {
        let module = ModuleSections {
            title,
            href: format!("{}/index.html", project.modules[i].doc.id),
            sections,
            regulations: &project.modules[i].meta.regulations,
        };
        let none = Synonyms::default();
        let synonyms = self.synonyms.get(site.locale).unwrap_or(&none);
        self.tokens.piece_of(site.locale, &module, synonyms)
    }
}

/// Writes the search index of every site in `sites`, in parallel. Sites whose indexes
/// are made from the same pieces (a locale's sites with the same modules) share one merge.
pub(super) fn write_indexes(
    project: &Project,
    inputs: &IndexInputs,
    sites: &[SiteRef],
    output: &Output,
) -> Indexes {
    let indexes: Vec<SiteIndex> = sites
        .par_iter()
        .map(|&site| index(project, inputs, site))
        .collect();
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
    // Each group's files are made once, one at a time, and written for each of its sites.
    let results: Vec<Result<Vec<String>, Vec<Diagnostic>>> = groups
        .par_iter()
        .map(|group| {
            let mut paths = Vec::new();
            let read_error = |e: std::io::Error| {
                let site = sites[group[0]];
                let path = format!("{}/{}/search-index", site.audience, site.locale);
                let message = format!("the search index could not be read back: {e}");
                vec![Diagnostic::new(Severity::Error, "io", &path, message)]
            };
            let mut sink = |name: &str, text: &str| {
                for &k in group {
                    let site = sites[k];
                    let path = format!("{}/{}/search-index/{name}", site.audience, site.locale);
                    write(output, &path, text.as_bytes())?;
                    paths.push(path);
                }
                Ok(())
            };
            indexes[group[0]].write_files(&mut sink, &read_error)?;
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

/// The search index of `site`: its modules' pieces in site order.
fn index(project: &Project, inputs: &IndexInputs, site: SiteRef) -> SiteIndex {
    let pieces: Vec<IndexPiece> = project
        .modules_for(site.audience)
        .iter()
        .filter_map(|&module| {
            let page = ModulePage {
                audience: site.audience,
                locale: site.locale,
                module,
            };
            inputs.get(&page).cloned()
        })
        .collect();
    SiteIndex::from_pieces(site.locale, &pieces)
}
