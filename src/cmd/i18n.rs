//! `primer i18n …`: translator tools.

use super::{exit_code, report};
use crate::cli::Format;
use crate::i18n::extract::{reference_file, registry_reference_file};
use crate::project;
use anyhow::Context as _;
use std::path::Path;
use std::process::ExitCode;

/// `primer i18n extract`: writes the reference files of the source locale (modules, audience
/// pages and the regulations registry's titles).
pub fn extract(root: &Path) -> anyhow::Result<ExitCode> {
    let (project, diagnostics) = project::load(root)?;
    // Only problems in the content stop extraction: a module that failed to load would
    // otherwise lose its reference file.
    let errors: Vec<_> = diagnostics
        .into_iter()
        .filter(|d| {
            d.severity == crate::diagnostics::Severity::Error && d.path.starts_with("content/")
        })
        .collect();
    let Some(project) = project.filter(|_| errors.is_empty()) else {
        report(&errors, Format::Human);
        return Ok(exit_code(&errors));
    };
    let base = root.join("locales").join(&project.config.source_locale);
    let mut written = 0;
    let docs = project
        .modules
        .iter()
        .map(|m| ("modules", &m.doc, m.meta.title.as_str()))
        .chain(
            project
                .audience_pages
                .values()
                .map(|a| ("audiences", &a.doc, a.meta.title.as_str())),
        );
    for (kind, doc, title) in docs {
        let dir = base.join(kind);
        std::fs::create_dir_all(&dir)
            .with_context(|| format!("could not create {}", dir.display()))?;
        let path = dir.join(format!("{}.ftl", doc.id));
        let previous = std::fs::read_to_string(&path).ok();
        let text = reference_file(doc, title, previous.as_deref());
        if previous.as_deref() != Some(text.as_str()) {
            std::fs::write(&path, text)
                .with_context(|| format!("could not write {}", path.display()))?;
            written += 1;
        }
    }
    // Reference files of documents that no longer exist would only mislead translators.
    let mut removed = 0;
    for (kind, ids) in [
        (
            "modules",
            project
                .modules
                .iter()
                .map(|m| m.doc.id.as_str())
                .collect::<Vec<_>>(),
        ),
        (
            "audiences",
            project.audience_pages.keys().map(String::as_str).collect(),
        ),
    ] {
        let catalog = &project.catalogs[&project.config.source_locale];
        let existing = if kind == "modules" {
            &catalog.modules
        } else {
            &catalog.audiences
        };
        for id in existing.keys().filter(|id| !ids.contains(&id.as_str())) {
            let path = base.join(kind).join(format!("{id}.ftl"));
            std::fs::remove_file(&path)
                .with_context(|| format!("could not remove {}", path.display()))?;
            removed += 1;
        }
    }
    // The registry's titles, or no reference file when there is no registry.
    let path = base.join(crate::i18n::registry::FILE);
    let previous = std::fs::read_to_string(&path).ok();
    match &project.registry {
        Some(registry) => {
            let text = registry_reference_file(registry, previous.as_deref());
            if previous.as_deref() != Some(text.as_str()) {
                std::fs::create_dir_all(&base)
                    .with_context(|| format!("could not create {}", base.display()))?;
                std::fs::write(&path, text)
                    .with_context(|| format!("could not write {}", path.display()))?;
                written += 1;
            }
        }
        None if previous.is_some() => {
            std::fs::remove_file(&path)
                .with_context(|| format!("could not remove {}", path.display()))?;
            removed += 1;
        }
        None => {}
    }
    eprintln!(
        "{written} reference files updated, {removed} removed in locales/{}/",
        project.config.source_locale
    );
    Ok(ExitCode::SUCCESS)
}

/// `primer i18n status`: coverage per locale and document.
pub fn status(
    root: &Path,
    locale: Option<String>,
    details: bool,
    format: Format,
) -> anyhow::Result<ExitCode> {
    let plan = crate::pipeline::BuildPlan {
        locales: locale.iter().cloned().collect(),
        pdf: false,
        ..crate::pipeline::BuildPlan::new(root)
    };
    let (status, diagnostics) = crate::pipeline::translation_status(&plan)?;
    let errors: Vec<_> = diagnostics
        .into_iter()
        .filter(|d| d.severity == crate::diagnostics::Severity::Error)
        .collect();
    if !errors.is_empty() {
        report(&errors, Format::Human);
        return Ok(exit_code(&errors));
    }
    match format {
        Format::Human => print!("{}", crate::i18n::status::human(&status, details)),
        Format::Json => println!("{}", serde_json::to_string_pretty(&status)?),
    }
    Ok(ExitCode::SUCCESS)
}
