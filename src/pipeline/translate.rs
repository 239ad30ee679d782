//! The localize stage: every document the planned sites show, in each of their locales
//! (see [`super::localize`]), the regulations registry's titles, the audiences' titles
//! and the translation-status report.

use super::localize::{DocKey, LocalizeCache, Localized, Needed, doc_file_path, localize_all};
use crate::diagnostics::Diagnostics;
use crate::i18n::registry::RegistryTitles;
use crate::i18n::status::LocaleStatus;
use crate::project::Project;
use crate::render::pages::{AudienceTitles, SiteRef};
use std::collections::BTreeMap;

/// What the localize stage hands to the renderers.
pub(super) struct Translated {
    /// Every (document, locale) the sites show.
    pub localized: Localized,
    /// The registry's titles in the sites' locales.
    pub registry_titles: RegistryTitles,
    /// The audiences' titles wherever pages show them.
    pub audience_titles: AudienceTitles,
    /// Translation coverage of the sites' documents, registry included.
    pub status: Vec<LocaleStatus>,
}

/// Localizes what `sites` show, reusing and updating `cache`.
pub(super) fn translate<'p>(
    project: &'p Project,
    sites: &[SiteRef<'p>],
    diagnostics: &mut Diagnostics,
    cache: &mut LocalizeCache,
) -> Translated {
    let locales: Vec<&str> = sites.iter().map(|s| s.locale).collect();
    let (registry_titles, problems) = crate::i18n::registry::localize(project, &locales);
    diagnostics.extend(problems);
    diagnostics.extend(registry_titles.diagnostics().cloned());
    let needed = super::localize::needed_by(project, sites);
    let localized = localize_all(project, &needed, diagnostics, cache);
    let mut status = status_report(project, &localized);
    registry_titles.add_to_status(&mut status, crate::content::registry::PATH);
    let audience_titles = audience_titles(project, sites, &localized, cache);
    Translated {
        localized,
        registry_titles,
        audience_titles,
        status,
    }
}

/// Translation coverage of every (document, locale) in `localized`, by locale in
/// `site.yaml` order (the source locale has none).
pub(super) fn status_report(project: &Project, localized: &Localized) -> Vec<LocaleStatus> {
    let mut per_locale: BTreeMap<&str, Vec<_>> = BTreeMap::new();
    for (doc, locale, l) in localized.each() {
        if locale != project.config.source_locale {
            let path = match doc {
                DocKey::Module(i) => &project.modules[i].doc.file.path,
                DocKey::Audience(a) => &project.audience_pages[a].doc.file.path,
            };
            per_locale.entry(locale).or_default().push((
                path.clone(),
                doc_file_path(project, doc, locale),
                l.statuses.clone(),
            ));
        }
    }
    project
        .config
        .locales
        .keys()
        .filter_map(|tag| {
            let documents = per_locale.remove(tag.as_str())?;
            Some(LocaleStatus::new(
                tag,
                project.config.review(tag),
                documents,
            ))
        })
        .collect()
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
