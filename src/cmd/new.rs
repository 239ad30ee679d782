//! `primer new module <id>`: a new module with valid front matter and a template body.

use crate::config::{RESERVED_IDS, is_valid_id};
use anyhow::{Context as _, bail};
use std::path::Path;
use std::process::ExitCode;

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
    let text = format!(
        "---\ntitle: {title}\nsummary: One sentence that says what this module is about.\ncategory: general\norder: 100\naudiences: all\nregulations: []\nreviewed: 2026-01-01\nobjectives:\n  - Say what the reader will be able to do.\n---\nIntroduce the topic in two or three short sentences.\n\n## The rule\n\nState the requirement and cite it, for example 16 CFR 1501.\n\n## What to do in the factory\n\n- A first step.\n- A second step.\n\n## Check your knowledge {{.quiz}}\n\n1. A question about the rule?\n\n   - [ ] A wrong answer\n   - [x] The right answer\n\n   Why the right answer is right.\n\n## Sources\n\n- [eCFR, title 16](https://www.ecfr.gov/current/title-16)\n"
    );
    std::fs::write(&path, text).with_context(|| format!("could not write {}", path.display()))?;
    eprintln!(
        "created content/modules/{id}.md; run `primer i18n extract` when it is ready for translators"
    );
    Ok(ExitCode::SUCCESS)
}
