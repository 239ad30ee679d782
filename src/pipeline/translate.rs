//! The localize stage: the audience pages the planned sites show, in each of their locales
//! (see [`super::localize`]), the regulations registry's titles and the audiences' titles;
//! and the translation-status report, from each document's status.

use super::localize::{
    DocKey, LocalizeCache, Localized, Needed, doc_file_path, localize_all, needed_by,
    needed_of_audience_pages,
};
use crate::diagnostics::Diagnostics;
use crate::i18n::registry::RegistryTitles;
use crate::i18n::status::{DocStatus, LocaleStatus};
use crate::i18n::translate::LocalizedDoc;
use crate::project::Project;
use crate::render::pages::{AudienceTitles, SiteRef};
use std::collections::BTreeMap;

/// What the localize stage hands to the renderers. Modules are localized later, by the
/// render job of each module (`jobs.rs`), so that no build holds every module's
/// localization at once.
pub(super) struct Translated {
    /// The audience pages the sites show, in each of their locales.
    pub localized: Localized,
    /// The registry's titles in the sites' locales.
    pub registry_titles: RegistryTitles,
    /// The audiences' titles wherever pages show them.
    pub audience_titles: AudienceTitles,
}

/// Localizes the audience pages `sites` show (in `needed`, what the sites show), the
/// registry's titles and the audiences' titles, reusing and updating `cache`.
pub(super) fn translate<'p>(
    project: &'p Project,
    sites: &[SiteRef<'p>],
    needed: &Needed<'p>,
    diagnostics: &mut Diagnostics,
    cache: &mut LocalizeCache,
) -> Translated {
    let locales: Vec<&str> = sites.iter().map(|s| s.locale).collect();
    let (registry_titles, problems) = crate::i18n::registry::localize(project, &locales);
    diagnostics.extend(problems);
    diagnostics.extend(registry_titles.diagnostics().cloned());
    let pages = needed_of_audience_pages(needed);
    let localized = localize_all(project, &pages, diagnostics, cache);
    let audience_titles = audience_titles(project, sites, &localized, cache);
    Translated {
        localized,
        registry_titles,
        audience_titles,
    }
}

/// Translation coverage of every document the sites show (modules too), the registry's
/// included (`primer i18n status`).
pub(super) fn full_status<'p>(
    project: &'p Project,
    sites: &[SiteRef<'p>],
    diagnostics: &mut Diagnostics,
) -> Vec<LocaleStatus> {
    let cache = &mut LocalizeCache::default();
    let mut needed = needed_by(project, sites);
    let translated = translate(project, sites, &needed, diagnostics, cache);
    needed.retain(|(doc, _), _| matches!(doc, DocKey::Module(_)));
    let modules = localize_all(project, &needed, diagnostics, cache);
    let mut documents = doc_statuses(project, &translated.localized);
    documents.extend(doc_statuses(project, &modules));
    status_report(project, documents, &translated.registry_titles)
}

/// The status of every (document, locale) in `localized` but the source locale's.
pub(super) fn doc_statuses(project: &Project, localized: &Localized) -> Vec<(String, DocStatus)> {
    localized
        .each()
        .filter_map(|(doc, locale, l)| doc_status(project, doc, locale, l))
        .collect()
}

/// The status of `doc` in `locale`, localized as `l` (none in the source locale).
pub(super) fn doc_status(
    project: &Project,
    doc: DocKey,
    locale: &str,
    l: &LocalizedDoc,
) -> Option<(String, DocStatus)> {
    if locale == project.config.source_locale {
        return None;
    }
    let path = match doc {
        DocKey::Module(i) => &project.modules[i].doc.file.path,
        DocKey::Audience(a) => &project.audience_pages[a].doc.file.path,
    };
    let status = DocStatus::new(
        path.clone(),
        doc_file_path(project, doc, locale),
        &l.statuses,
    );
    Some((locale.to_string(), status))
}

/// Translation coverage, by locale in `site.yaml` order (the source locale has none), from
/// each document's status in a locale, and the registry's.
pub(super) fn status_report(
    project: &Project,
    documents: Vec<(String, DocStatus)>,
    registry_titles: &RegistryTitles,
) -> Vec<LocaleStatus> {
    let mut per_locale: BTreeMap<String, Vec<DocStatus>> = BTreeMap::new();
    for (locale, status) in documents {
        per_locale.entry(locale).or_default().push(status);
    }
    let mut status: Vec<LocaleStatus> = project
        .config
        .locales
        .keys()
        .filter_map(|tag| {
            let documents = per_locale.remove(tag.as_str())?;
            Some(LocaleStatus::of_documents(
                tag,
                project.config.review(tag),
                documents,
            ))
        })
        .collect();
    registry_titles.add_to_status(&mut status, crate::content::registry::PATH);
    status
}

/// The title of each audience on every page that shows it: its sites' pages, and the home
/// and audience pages (in the source locale and the audience's first locale). Titles come
/// from the localized audience pages; pages the sites do not show are localized here for
/// their title only, and their diagnostics belong to builds that show them.
fn audience_titles<'p>(
    project: &'p Project,
    sites: &[SiteRef<'p>],
    localized: &Localized,
    cache: &mut LocalizeCache,
) -> AudienceTitles {
    let source = project.config.source_locale.as_str();
    let mut shown: Vec<SiteRef> = sites.to_vec();
    for (id, audience) in &project.config.audiences {
        for locale in [source]
            .into_iter()
            .chain(audience.locales.first().map(String::as_str))
        {
            shown.push(SiteRef {
                audience: id,
                locale,
            });
        }
    }
    shown.retain(|s| project.audience_pages.contains_key(s.audience));
    let mut extra: Needed = BTreeMap::new();
    for s in &shown {
        let doc = DocKey::Audience(s.audience);
        if localized.get(doc, s.locale).is_none() {
            extra.insert((doc, s.locale), vec![s.audience]);
        }
    }
    let extra = localize_all(project, &extra, &mut Diagnostics::default(), cache);
    let mut titles = AudienceTitles::default();
    for s in shown {
        let doc = DocKey::Audience(s.audience);
        let from = if localized.get(doc, s.locale).is_some() {
            localized
        } else {
            &extra
        };
        let title = &from.for_site(doc, s).front.title.text;
        titles.insert(s.audience, s.locale, title);
    }
    titles
}
