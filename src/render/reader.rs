//! Reader pages beyond the modules: the regulations index and the search page of each site.

use super::pages::{Page, Renderer, SiteRef};
use super::registry::PartView;
use super::views::{RegulationsView, SearchView};
use crate::content::document::Module;
use crate::content::regulations::{Cited, part_url, section_key, section_url};
use crate::diagnostics::Diagnostic;
use serde::Serialize;
use std::collections::BTreeMap;

/// A module citing a part, section or standard.
#[derive(Serialize, Clone)]
pub(super) struct ModuleLink {
    /// Its title in the site's language.
    title: String,
    /// Relative link to it.
    href: String,
}

/// A cited section of a part.
#[derive(Serialize)]
pub(super) struct SectionEntry {
    /// `1250.2`.
    number: String,
    /// Its eCFR address.
    url: String,
    /// The modules citing it.
    modules: Vec<ModuleLink>,
}

/// A cited 16 CFR part.
#[derive(Serialize)]
pub(super) struct PartEntry {
    /// The part number.
    part: u32,
    /// Its eCFR address.
    url: String,
    /// The registry's title and editions of the part, if it lists the part.
    registry: Option<PartView>,
    /// The modules citing the part.
    modules: Vec<ModuleLink>,
    /// Its cited sections, in numeric order.
    sections: Vec<SectionEntry>,
}

/// Per part: the modules citing the whole part, and per section the modules citing it.
type PartCitations = BTreeMap<u32, (Vec<ModuleLink>, BTreeMap<String, Vec<ModuleLink>>)>;

/// A cited standard.
#[derive(Serialize)]
pub(super) struct StandardEntry {
    /// Its name (`ASTM F963`).
    name: String,
    /// The modules citing it.
    modules: Vec<ModuleLink>,
}

impl Renderer<'_> {
    /// `<audience>/<locale>/regulations/index.html`: every cited part, section and standard
    /// with the modules that cite it, and each part's title and editions from the registry. `cited` is per module (same order as the project's),
    /// `title` gives a module's title in the site's language.
    pub fn regulations(
        &self,
        site: SiteRef,
        cited: &[Cited],
        title: &dyn Fn(usize) -> String,
    ) -> Result<Page, Diagnostic> {
        let heading = self.ui.text(site.locale, "regulations-heading");
        let mut base = self.base(Some(site), 3, "regulations/", &heading);
        let mut parts: PartCitations = BTreeMap::new();
        let mut standards: BTreeMap<String, Vec<ModuleLink>> = BTreeMap::new();
        let modules: Vec<(usize, &Module)> = self
            .project
            .modules
            .iter()
            .enumerate()
            .filter(|(_, m)| m.is_for(site.audience))
            .collect();
        for (i, module) in modules {
            let link = ModuleLink {
                title: title(i),
                href: format!("../{}/index.html", module.doc.id),
            };
            let Some(c) = cited.get(i) else { continue };
            for (part, sections) in &c.parts {
                let entry = parts.entry(*part).or_default();
                entry.0.push(link.clone());
                for s in sections {
                    entry.1.entry(s.clone()).or_default().push(link.clone());
                }
            }
            for s in &c.standards {
                standards.entry(s.clone()).or_default().push(link.clone());
            }
        }
        let mut fallbacks = 0;
        let parts: Vec<PartEntry> = parts
            .into_iter()
            .map(|(part, (modules, sections))| {
                let registry = self.part_view(site, part, 3, fallbacks).map(|(view, n)| {
                    fallbacks += n;
                    view
                });
                let mut sections: Vec<SectionEntry> = sections
                    .into_iter()
                    .map(|(number, modules)| SectionEntry {
                        url: section_url(&number),
                        number,
                        modules,
                    })
                    .collect();
                sections.sort_by_key(|s| section_key(&s.number));
                PartEntry {
                    part,
                    url: part_url(part),
                    registry,
                    modules,
                    sections,
                }
            })
            .collect();
        let standards: Vec<StandardEntry> = standards
            .into_iter()
            .map(|(name, modules)| StandardEntry { name, modules })
            .collect();
        base.set_fallbacks(fallbacks);
        let view = RegulationsView {
            base,
            parts,
            standards,
        };
        self.render(
            view,
            format!("{}/{}/regulations/index.html", site.audience, site.locale),
        )
    }

    /// `<audience>/<locale>/search/index.html`: the search page; it loads its index from
    /// `search-index/` beside the site index (see `search_index.rs`).
    pub fn search(&self, site: SiteRef) -> Result<Page, Diagnostic> {
        let heading = self.ui.text(site.locale, "search-heading");
        let view = SearchView {
            base: self.base(Some(site), 3, "search/", &heading),
        };
        self.render(
            view,
            format!("{}/{}/search/index.html", site.audience, site.locale),
        )
    }
}
