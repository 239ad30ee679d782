//! `primer new module <id>`: a new module with valid front matter and a template body.

use crate::config::{RESERVED_IDS, is_valid_id};
use anyhow::{Context as _, bail};
use std::path::Path;
use std::process::ExitCode;

/// The new module; `{title}` and `{reviewed}` are filled in.
const MODULE_TEMPLATE: &str = include_str!("templates/module.md");

/// Today's date (UTC) as `YYYY-MM-DD`: a new module's text is written today, so this is
/// the right `reviewed:` date until the author has it reviewed.
// `primer new` writes a source file; it is not a build, so the clock does not make any
// output irreproducible.
#[allow(clippy::disallowed_methods)]
fn today() -> String {
    time::OffsetDateTime::now_utc().date().to_string()
}

/// Creates `content/modules/<id>.md`, refusing an invalid, reserved or existing id.
pub fn module(root: &Path, id: &str) -> anyhow::Result<ExitCode> {
    if !is_valid_id(id) {
        bail!("`{id}` is not a valid module id: use lowercase ASCII letters, digits and `-`");
    }
    if RESERVED_IDS.contains(&id) {
        bail!("`{id}` is reserved for Primer's own pages; choose another id");
    }
    if !root.join("site.yaml").is_file() {
        bail!("no site.yaml in {}: not a Primer project", root.display());
    }
    let dir = root.join("content/modules");
    let path = dir.join(format!("{id}.md"));
    if path.exists() {
        bail!("content/modules/{id}.md already exists");
    }
    std::fs::create_dir_all(&dir).with_context(|| format!("could not create {}", dir.display()))?;
    let title = id.replace('-', " ");
    let title = title.get(..1).map(|f| f.to_uppercase()).unwrap_or_default()
        + title.get(1..).unwrap_or_default();
    let text = MODULE_TEMPLATE
        .replace("{title}", &title)
        .replace("{reviewed}", &today());
    std::fs::write(&path, text).with_context(|| format!("could not write {}", path.display()))?;
    eprintln!(
        "created content/modules/{id}.md; run `primer i18n extract` when it is ready for translators"
    );
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_template_gets_a_title_and_todays_date() {
        let date = today();
        assert!(
            date.len() == 10 && date.chars().filter(|c| *c == '-').count() == 2,
            "{date}"
        );
        let text = MODULE_TEMPLATE
            .replace("{title}", "Toys magnets")
            .replace("{reviewed}", &date);
        assert!(text.starts_with("---\ntitle: Toys magnets\n"));
        assert!(text.contains(&format!("\nreviewed: {date}\n")));
        assert!(text.contains("## Check your knowledge {.quiz}\n"));
    }
}
