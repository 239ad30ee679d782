//! The load-and-check stage: the project from disk, the plan's audiences and locales
//! validated, every cross-file check run, and the sites the plan asks for.

use super::BuildPlan;
use super::localize::{all_docs, reference_lineage};
use crate::diagnostics::Diagnostics;
use crate::project::{self, Project};
use crate::render::pages::SiteRef;
use anyhow::{Result, bail};
use rayon::prelude::*;

/// What the load-and-check stage hands on.
pub struct Checked {
    /// The project, if it could be loaded at all.
    pub project: Option<Project>,
    /// Everything found wrong so far.
    pub diagnostics: Diagnostics,
}

/// Loads `plan`'s project (reusing `sources` parsed by earlier builds) and checks it.
pub(super) fn load_and_check(
    plan: &BuildPlan,
    sources: &mut project::SourceCache,
) -> Result<Checked> {
    let (project, loaded) = project::load_cached(&plan.root, sources)?;
    let mut diagnostics = Diagnostics::default();
    diagnostics.extend(loaded);
    let Some(project) = project else {
        return Ok(Checked {
            project: None,
            diagnostics,
        });
    };
    check_plan(&project, plan)?;
    // The cross-file checks and the reference files' lineage, side by side.
    let (checks, outdated) = rayon::join(
        || {
            let mut found = crate::check::all(&project);
            found.extend(crate::i18n::glossary::check(&project));
            found
        },
        || -> Vec<_> {
            all_docs(&project)
                .par_iter()
                .filter_map(|&(key, _)| reference_lineage(&project, key).1)
                .collect()
        },
    );
    diagnostics.extend(checks);
    diagnostics.extend(outdated);
    Ok(Checked {
        project: Some(project),
        diagnostics,
    })
}

/// `--audience` and `--locale` must name what `site.yaml` has.
fn check_plan(project: &Project, plan: &BuildPlan) -> Result<()> {
    for a in &plan.audiences {
        if !project.config.audiences.contains_key(a) {
            bail!(
                "--audience {a}: no such audience in site.yaml ({})",
                project.audience_ids().join(", ")
            );
        }
    }
    for l in &plan.locales {
        if !project.config.locales.contains_key(l) {
            bail!("--locale {l}: no such locale in site.yaml");
        }
    }
    Ok(())
}

/// The (audience, locale) sites the plan asks for, in `site.yaml` order.
pub(super) fn sites<'p>(project: &'p Project, plan: &BuildPlan) -> Vec<SiteRef<'p>> {
    let mut out = Vec::new();
    for (id, audience) in &project.config.audiences {
        if !plan.audiences.is_empty() && !plan.audiences.contains(id) {
            continue;
        }
        for locale in &audience.locales {
            if plan.locales.is_empty() || plan.locales.contains(locale) {
                out.push(SiteRef {
                    audience: id,
                    locale,
                });
            }
        }
    }
    out
}
