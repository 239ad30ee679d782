//! The titles of the regulations registry's parts and rules in every locale. They are segments like
//! any other (`title-<hash>` IDs, docs/formats.md §4): the reference file is
//! `locales/<source>/regulations.ftl`, translations are `locales/<locale>/regulations.ftl`,
//! and each title is translated, missing, stale or invalid through the same resolver as a
//! module's front matter.

use super::lineage::{self, LineageMap};
use super::status::LocaleStatus;
use super::translate::{ChainLink, LocalizedSegments, Resolved, localize_segments};
use crate::content::registry::Registry;
use crate::content::segment::Segment;
use crate::diagnostics::{Diagnostic, Severity};
use crate::project::Project;
use std::collections::BTreeMap;
use std::sync::Arc;

/// The name of the registry's Fluent file in each locale's directory.
pub const FILE: &str = "regulations.ftl";

/// The registry's titles per locale.
#[derive(Debug, Clone, Default)]
pub struct RegistryTitles {
    by_locale: BTreeMap<String, LocalizedSegments>,
}

impl RegistryTitles {
    /// The title at `index` of [`Registry::titles`] in `locale`, if localized.
    pub fn get(&self, locale: &str, index: usize) -> Option<&Resolved> {
        self.by_locale.get(locale)?.items.get(index)
    }

    /// Every problem found, in locale order.
    pub fn diagnostics(&self) -> impl Iterator<Item = &Diagnostic> {
        self.by_locale.values().flat_map(|l| l.diagnostics.iter())
    }

    /// Adds the registry to the translation-status report of each locale it was localized
    /// for (the source locale has no row).
    pub fn add_to_status(&self, report: &mut [LocaleStatus], source_file: &str) {
        for status in report {
            if let Some(l) = self.by_locale.get(&status.locale) {
                status.add_document(
                    source_file.to_string(),
                    format!("locales/{}/{FILE}", status.locale),
                    l.statuses.clone(),
                );
            }
        }
    }
}

/// Localizes the registry's titles for each of `locales` (with their fallback chains); empty
/// when the project has no registry. A missing or outdated reference file is a warning.
pub fn localize(project: &Project, locales: &[&str]) -> (RegistryTitles, Vec<Diagnostic>) {
    let mut titles = RegistryTitles::default();
    let mut out = Vec::new();
    let Some(registry) = &project.registry else {
        return (titles, out);
    };
    let source = project.config.source_locale.as_str();
    let (lineage, warning) = reference_lineage(project, registry);
    out.extend(warning);
    let segments: Vec<&Segment> = registry.titles().collect();
    let file_of = |locale: &str| {
        project
            .catalogs
            .get(locale)
            .and_then(|c| c.regulations.as_ref())
    };
    for &locale in locales {
        if titles.by_locale.contains_key(locale) {
            continue;
        }
        let chain: Vec<String> = project
            .config
            .fallback_chain(locale)
            .into_iter()
            .filter(|l| l != source && project.catalogs.contains_key(l))
            .collect();
        let links: Vec<ChainLink> = chain
            .iter()
            .map(|l| ChainLink {
                locale: l,
                bundle: Arc::new(project.catalogs[l].bundle(file_of(l))),
                file: file_of(l),
            })
            .collect();
        let localized = localize_segments(&registry.file, &segments, &lineage, &links, source);
        titles.by_locale.insert(locale.to_string(), localized);
    }
    (titles, out)
}

/// The lineage of the titles from the reference file, and a warning when that file is
/// missing or does not list every current title.
fn reference_lineage(project: &Project, registry: &Registry) -> (LineageMap, Option<Diagnostic>) {
    let source = &project.config.source_locale;
    let hint = "run `primer i18n extract`; until then, changed titles count as missing";
    let reference = project
        .catalogs
        .get(source)
        .and_then(|c| c.regulations.as_ref());
    let Some(reference) = reference else {
        let d = Diagnostic::new(
            Severity::Warning,
            "reference-outdated",
            &registry.file.path,
            format!("there is no reference file locales/{source}/{FILE}"),
        )
        .hint(hint);
        return (LineageMap::new(), Some(d));
    };
    let entries = lineage::read_reference(&reference.file.text);
    let (map, complete) = lineage::lineage_of_segments(registry.titles(), &entries);
    let warning = (!complete).then(|| {
        Diagnostic::new(
            Severity::Warning,
            "reference-outdated",
            &reference.file.path,
            format!("the reference file does not match {}", registry.file.path),
        )
        .hint(hint)
    });
    (map, warning)
}
