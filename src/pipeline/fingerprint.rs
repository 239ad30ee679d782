//! The one way a stage derives a cache key: a [`Fingerprint`] fed every input the cached
//! work reads, each under a name.
//!
//! What each key covers (`tests/cli/cache.rs` edits each of them):
//!
//! - **a localized document** ([`super::localize`]): the document's file (front matter and
//!   body), its reference file in the source locale, the source locale, the audiences it is
//!   localized for, and, for each locale of the fallback chain, the tag, the document's
//!   Fluent file and the glossary;
//! - **the site inputs** ([`site_inputs`], shared by every module page): whether handouts
//!   are built (pages link to them), `site.yaml` (titles, locales and their names, review
//!   states and fallbacks, audiences, `base_url`, `as_of`), every template, the media
//!   names, and the registry;
//! - **the strings** ([`strings`]): every locale's `ui.ftl`, `glossary.ftl` (interface
//!   strings can use terms) and `regulations.ftl`. A page reads those of its locale's
//!   fallback chain, but a template can ask `t()` for any locale (`lang=`), so all count;
//! - **an audience's links** ([`audience_links`]): every module's id and whether the
//!   audience gets it (links to modules it does not get are dropped);
//! - **a module page** ([`super::jobs`]): the four above for its site, the site, the
//!   module id, the module's localized document and the audience page's localized document
//!   (its title is on every page of the site);
//! - **a PDF** (handout, booklet, PDF deck; `serve --pdf` only, [`super::pdf_cache`]): the
//!   data its template receives, its QR code, date and path, and the typesetting tools.
//!
//! Theme static files are copied, never read by a page, so they are no page input.

pub(crate) use crate::fingerprint::{Fingerprint, Key};
use crate::project::Project;
use crate::render::pages::SiteRef;
use std::collections::BTreeMap;

/// What every module page of the build reads beyond its site, locale and documents.
fn site_inputs(project: &Project, pdf: bool) -> Key {
    let mut f = Fingerprint::new("site inputs");
    f.flag("handouts", pdf)
        .text("site.yaml", &project.config_file.text);
    for t in &project.templates {
        f.text("template", &t.path).text("template text", &t.text);
    }
    for name in project.media.keys() {
        f.text("media", name);
    }
    f.optional(
        "registry",
        project.registry.as_ref().map(|r| r.file.text.as_str()),
    );
    f.finish()
}

/// The strings pages read: interface strings, glossary terms (in interface strings and
/// the glossary page) and registry titles, of every locale.
fn strings(project: &Project) -> Key {
    let mut f = Fingerprint::new("strings");
    for tag in project.config.locales.keys() {
        f.text("locale", tag);
        let catalog = project.catalogs.get(tag);
        let files = catalog.map(|c| [&c.ui, &c.glossary, &c.regulations]);
        let names = ["ui.ftl", "glossary.ftl", "regulations.ftl"];
        for (k, name) in names.into_iter().enumerate() {
            let file = files.and_then(|f| f[k].as_ref());
            f.optional(name, file.map(|f| f.file.text.as_str()));
        }
    }
    f.finish()
}

/// Which modules `audience` gets: what links between modules resolve to on its sites.
fn audience_links(project: &Project, audience: &str) -> Key {
    let mut f = Fingerprint::new("audience links");
    f.text("audience", audience);
    for m in &project.modules {
        f.text("module", &m.doc.id)
            .flag("for the audience", m.is_for(audience));
    }
    f.finish()
}

/// The keys of what module pages read besides their own documents, per locale and per
/// audience, computed once per build.
pub(super) struct PageInputs<'p> {
    site: Key,
    strings: Key,
    links: BTreeMap<&'p str, Key>,
}

impl<'p> PageInputs<'p> {
    /// The inputs of the pages of `sites`.
    pub fn new(project: &'p Project, sites: &[SiteRef<'p>], pdf: bool) -> PageInputs<'p> {
        let mut inputs = PageInputs {
            site: site_inputs(project, pdf),
            strings: strings(project),
            links: BTreeMap::new(),
        };
        for s in sites {
            let links = inputs.links.entry(s.audience);
            links.or_insert_with(|| audience_links(project, s.audience));
        }
        inputs
    }

    /// The key of what a module page of `site` reads besides its documents.
    pub fn for_site(&self, site: SiteRef) -> Key {
        let mut f = Fingerprint::new("site page inputs");
        f.text("audience", site.audience)
            .text("locale", site.locale)
            .key("site inputs", self.site);
        f.key("strings", self.strings);
        if let Some(&k) = self.links.get(site.audience) {
            f.key("audience links", k);
        }
        f.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inputs_do_not_run_together() {
        let key = |a: &str, b: &str| Fingerprint::new("t").text("a", a).text("b", b).finish();
        assert_ne!(key("ab", "c"), key("a", "bc"));
        assert_eq!(key("a", "bc"), key("a", "bc"));
    }

    #[test]
    fn an_absent_file_differs_from_an_empty_one() {
        let key = |t: Option<&str>| Fingerprint::new("t").optional("f", t).finish();
        assert_ne!(key(None), key(Some("")));
    }

    #[test]
    fn kinds_of_work_never_share_keys() {
        assert_ne!(
            Fingerprint::new("page").finish(),
            Fingerprint::new("document").finish()
        );
    }
}
