//! Files made from the finished pages: `sitemap.xml` (with `base_url`) and the offline
//! bundle `<audience>.zip` of each audience (`--zip`).

use crate::output::Output;
use crate::project::Project;
use crate::render::html_escape;
use anyhow::{Context as _, Result};
use std::collections::BTreeMap;
use std::io::Write as _;

/// `sitemap.xml` listing every HTML page, with hreflang alternates between the locales of
/// each audience.
pub(super) fn sitemap(project: &Project, base: &str, pages: &[String]) -> String {
    let base = base.trim_end_matches('/');
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    let mut sorted: Vec<&String> = pages.iter().filter(|p| p.ends_with(".html")).collect();
    sorted.sort();
    for page in sorted {
        xml.push_str(&format!(
            "  <url>\n    <loc>{}</loc>\n",
            html_escape(&format!("{base}/{page}"))
        ));
        let mut parts = page.splitn(3, '/');
        if let (Some(audience), Some(_), Some(rest)) = (parts.next(), parts.next(), parts.next())
            && let Some(a) = project.config.audiences.get(audience)
        {
            for locale in &a.locales {
                let href = format!("{base}/{audience}/{locale}/{rest}");
                xml.push_str(&format!(
                    "    <xhtml:link rel=\"alternate\" hreflang=\"{locale}\" href=\"{}\"/>\n",
                    html_escape(&href)
                ));
            }
        }
        xml.push_str("  </url>\n");
    }
    xml.push_str("</urlset>\n");
    xml
}

/// The offline bundle of `audience`: its sites, the shared `static/` and `media/`, the
/// translation status, and `home` as its own `index.html` (listing only this audience).
/// Entries are sorted and dated 1980-01-01, so the bytes depend only on the content.
pub(super) fn audience_zip(
    output: &Output,
    audience: &str,
    paths: &[String],
    home: &[u8],
) -> Result<Vec<u8>> {
    let prefix = format!("{audience}/");
    let mut files: BTreeMap<&str, Option<&[u8]>> = BTreeMap::new();
    for p in paths {
        if p.starts_with(&prefix)
            || p.starts_with("static/")
            || p.starts_with("media/")
            || p.starts_with("translation-status/")
        {
            files.insert(p, None);
        }
    }
    files.insert("index.html", Some(home));
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default())
        .unix_permissions(0o644);
    for (path, bytes) in files {
        let owned;
        let bytes = match bytes {
            Some(b) => b,
            None => {
                owned = output.read(path)?;
                &owned
            }
        };
        zip.start_file(path, options)
            .with_context(|| format!("could not add {path} to {audience}.zip"))?;
        zip.write_all(bytes)
            .with_context(|| format!("could not add {path} to {audience}.zip"))?;
    }
    Ok(zip
        .finish()
        .context("could not finish the zip file")?
        .into_inner())
}
