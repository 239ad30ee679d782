//! The finish stage, once every page is written without errors: the theme's static files
//! and the media, `sitemap.xml`, the offline bundles, and the commit that makes the output
//! visible.

use super::{BuildPlan, bundle};
use crate::output::Output;
use crate::project::Project;
use crate::render::pages::{Renderer, SiteRef};
use anyhow::Result;
use std::collections::BTreeSet;

/// Copies static and media files, writes the sitemap and (with `--zip`) each audience's
/// bundle, and commits `output`; `written` holds the paths of the pages and handouts.
pub(super) fn finish(
    plan: &BuildPlan,
    renderer: &Renderer,
    sites: &[SiteRef],
    output: Output,
    mut written: Vec<String>,
) -> Result<()> {
    let project = renderer.project;
    let copies = project
        .static_files
        .iter()
        .map(|(n, p)| (format!("static/{n}"), p));
    let media = project.media.iter().map(|(n, p)| (format!("media/{n}"), p));
    for (name, path) in copies.chain(media) {
        output.copy(&name, path)?;
        written.push(name);
    }
    if let Some(base) = &project.config.base_url {
        let sitemap = bundle::sitemap(project, base, &written);
        output.write("sitemap.xml", sitemap.as_bytes())?;
        written.push("sitemap.xml".to_string());
    }
    if plan.zip {
        for audience in audiences(project, sites) {
            let (_, home) = renderer
                .home_of(Some(audience))
                .map_err(|d| anyhow::anyhow!(d.render()))?;
            let zip = bundle::audience_zip(&output, audience, &written, &home)?;
            output.write(&format!("{audience}.zip"), &zip)?;
            written.push(format!("{audience}.zip"));
        }
    }
    output.commit(&written)
}

/// The audiences of `sites`, in `site.yaml` order.
fn audiences<'p>(project: &'p Project, sites: &[SiteRef]) -> Vec<&'p str> {
    let planned: BTreeSet<&str> = sites.iter().map(|s| s.audience).collect();
    let ids = project.config.audiences.keys().map(String::as_str);
    ids.filter(|a| planned.contains(a)).collect()
}
