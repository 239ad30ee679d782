//! What templates see of the regulations registry: a part's translated title, its editions
//! at `as_of` — the edition in force and announced successors — and its dated rules, each
//! with whether it was confirmed in a primary source (the regulations index and a module's
//! "Regulations cited").

use super::pages::{Renderer, SiteRef};
use crate::content::registry::{Part, iso};
use serde::Serialize;

/// One registry part as shown on a page.
#[derive(Serialize, Clone)]
pub(super) struct PartView {
    /// The part number.
    pub part: u32,
    /// Its eCFR address.
    pub url: String,
    /// The title in the site's language (inline HTML; English with a fallback mark while it
    /// is not translated).
    pub title: String,
    /// Whether the part's title and creating rule were confirmed in a primary source.
    pub confirmed: bool,
    /// Per standard family: the edition in force, then announced successors.
    pub editions: Vec<EditionView>,
    /// The dated rules that added or changed sections, by effective date.
    pub rules: Vec<RuleView>,
}

/// One dated rule of a part, for templates.
#[derive(Serialize, Clone)]
pub(super) struct RuleView {
    /// The sections, such as `1250.4, 1250.5`.
    pub sections: String,
    /// The eCFR address of its first section.
    pub url: String,
    /// What it covers, in the site's language (inline HTML, like a part's title).
    pub title: String,
    /// Its Federal Register citation.
    pub federal_register: String,
    /// Its effective date, `YYYY-MM-DD`.
    pub effective: String,
    /// Whether it was confirmed in a primary source.
    pub confirmed: bool,
    /// Whether it takes effect after `as_of`.
    pub successor: bool,
}

/// One edition of a standard, for templates.
#[derive(Serialize, Clone)]
pub(super) struct EditionView {
    /// `ASTM F1169-25`.
    pub standard: String,
    /// The Federal Register citation of the rule that incorporated it.
    pub federal_register: String,
    /// Its effective date, `YYYY-MM-DD`.
    pub effective: String,
    /// Whether it was confirmed in a primary source (if not: "check the eCFR").
    pub confirmed: bool,
    /// Whether it takes effect after `as_of` (an announced successor).
    pub successor: bool,
}

impl Renderer<'_> {
    /// The view of registry part `number` for a page `depth` folders deep in `site`, whose
    /// fallback passages so far number `offset`; with the number of fallback passages it
    /// adds. `None` when there is no registry or it does not list the part.
    pub(super) fn part_view(
        &self,
        site: SiteRef,
        number: u32,
        depth: usize,
        offset: usize,
    ) -> Option<(PartView, usize)> {
        let registry = self.project.registry.as_ref()?;
        let index = registry.parts.iter().position(|p| p.number == number)?;
        let part = &registry.parts[index];
        let first = registry.title_index(index);
        let mut fallbacks = 0;
        let mut title = |i: usize, segment: &crate::content::segment::Segment| match self
            .registry_titles
            .get(site.locale, first + i)
        {
            Some(resolved) => {
                let (html, added) = self.inline_at(site, resolved, depth, offset + fallbacks);
                fallbacks += added;
                html
            }
            None => super::html_escape(&segment.text),
        };
        let as_of = self.project.config.as_of_date();
        let part_title = title(0, &part.title);
        let rules = part
            .rules
            .iter()
            .enumerate()
            .map(|(i, r)| RuleView {
                sections: r.sections.join(", "),
                url: r.url(),
                title: title(1 + i, &r.title),
                federal_register: r.federal_register.clone(),
                effective: iso(r.effective),
                confirmed: r.confirmed,
                successor: as_of.is_some_and(|d| r.effective > d),
            })
            .collect();
        let view = PartView {
            part: number,
            url: part.url(),
            title: part_title,
            confirmed: part.confirmed,
            editions: editions(part, as_of),
            rules,
        };
        Some((view, fallbacks))
    }
}

/// The editions to show: for each family the edition in force at `as_of` and the announced
/// successors (all listed editions, oldest first, when there is no `as_of`).
fn editions(part: &Part, as_of: Option<time::Date>) -> Vec<EditionView> {
    let view = |e: &crate::content::registry::Edition, successor: bool| EditionView {
        standard: e.standard.clone(),
        federal_register: e.federal_register.clone(),
        effective: iso(e.effective),
        confirmed: e.confirmed,
        successor,
    };
    let Some(as_of) = as_of else {
        return part.editions.iter().map(|e| view(e, false)).collect();
    };
    part.families_at(as_of)
        .into_iter()
        .flat_map(|f| {
            f.in_force
                .map(|e| view(e, false))
                .into_iter()
                .chain(f.successors.into_iter().map(|e| view(e, true)))
        })
        .collect()
}

/// A module due for review, for the translation-status page.
#[derive(Serialize)]
pub(super) struct ReviewDueView {
    /// The module's source file.
    pub source: String,
    /// Its English title, as plain text.
    pub title: String,
    /// Its `reviewed` date.
    pub reviewed: String,
    /// The editions that took effect since, earliest first.
    pub editions: Vec<DueEditionView>,
}

/// An edition that took effect after a module's review.
#[derive(Serialize)]
pub(super) struct DueEditionView {
    /// `ASTM F1169-25`.
    pub standard: String,
    /// Its effective date, `YYYY-MM-DD`.
    pub effective: String,
    /// The part that incorporates it.
    pub part: u32,
}

impl Renderer<'_> {
    /// Every module due for review (see [`crate::check::registry::review_due`]), by source
    /// path.
    pub(super) fn review_due(&self) -> Vec<ReviewDueView> {
        let (Some(registry), Some(as_of)) = (
            self.project.registry.as_ref(),
            self.project.config.as_of_date(),
        ) else {
            return Vec::new();
        };
        self.project
            .modules
            .iter()
            .filter_map(|m| {
                let cited = crate::content::regulations::Cited::of(m);
                let due = crate::check::registry::review_due(registry, as_of, m, &cited);
                (!due.is_empty()).then(|| ReviewDueView {
                    source: m.doc.file.path.clone(),
                    title: super::pages::plain(&m.doc.front.title.text),
                    reviewed: m.meta.reviewed.clone(),
                    editions: due
                        .iter()
                        .map(|d| DueEditionView {
                            standard: d.name.clone(),
                            effective: iso(d.effective),
                            part: d.part,
                        })
                        .collect(),
                })
            })
            .collect()
    }
}
