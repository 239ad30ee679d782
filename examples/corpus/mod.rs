//! A synthetic Primer project of N modules, fully translated into every locale, for
//! benchmarks (shared by `examples/gen-corpus.rs` and `benches/build.rs`). Its settings are
//! fixed (`site-14.yaml`, `site-6.yaml` beside this file), not the sample's, so that the
//! benchmark does not move when the sample gains a language or an audience.
// Each of the three targets that include this file uses a part of it.
#![allow(dead_code)]

use primer::content::document::{AudiencePage, Document, Module};
use primer::i18n::ftl_write;
use primer::source::SourceFile;
use std::fmt::Write as _;
use std::path::Path;

const CATEGORIES: [&str; 4] = ["general", "toys", "cribs", "clothing"];
const LOCALES: [(&str, &str); 5] = [
    ("zh-CN", "译文"),
    ("ko", "번역"),
    ("vi", "Bản dịch"),
    ("id", "Terjemahan"),
    ("ms", "Terjemahan"),
];
/// Which sites the corpus has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sites {
    /// 7 audiences in 6 locales, 14 sites (`site-14.yaml`).
    Fourteen,
    /// 6 audiences of one locale each, 6 sites (`site-6.yaml`).
    Six,
}

impl Sites {
    /// From the `--sites` argument.
    pub fn parse(n: &str) -> Option<Sites> {
        match n {
            "14" => Some(Sites::Fourteen),
            "6" => Some(Sites::Six),
            _ => None,
        }
    }

    /// The number of sites.
    pub fn count(self) -> usize {
        match self {
            Sites::Fourteen => 14,
            Sites::Six => 6,
        }
    }

    fn settings(self) -> &'static str {
        match self {
            Sites::Fourteen => include_str!("site-14.yaml"),
            Sites::Six => include_str!("site-6.yaml"),
        }
    }

    fn audiences(self) -> &'static [&'static str] {
        match self {
            Sites::Fourteen => &[
                "china",
                "korea",
                "vietnam",
                "indonesia",
                "malaysia",
                "singapore",
                "japan",
            ],
            Sites::Six => &[
                "singapore",
                "china",
                "korea",
                "vietnam",
                "indonesia",
                "malaysia",
            ],
        }
    }
}
const SENTENCES: [&str; 8] = [
    "The importer must certify each children's product in a **Children's Product Certificate**.",
    "A CPSC-accepted laboratory tests samples from each production lot of {n} units.",
    "Paint and similar surface coatings must not contain more than 90 ppm of lead.",
    "Toys for children under 3 must not have small parts that fit in the test cylinder.",
    "Keep the test reports for at least {n} months and give them to the importer on request.",
    "Each of the eight phthalates is limited to 0.1% in children's toys and child care articles.",
    "Check the drawstrings of upper outerwear in sizes 2T to 12 before packing.",
    "Mark each product with a *tracking label* that names the batch and the date of manufacture.",
];

fn paragraph(seed: usize, sentences: usize) -> String {
    (0..sentences)
        .map(|k| {
            SENTENCES[(seed * 7 + k * 3) % SENTENCES.len()]
                .replace("{n}", &((seed + k) % 90 + 10).to_string())
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The Markdown source of module `i`: about 900 words with headings, lists, a table, an
/// alert, a citation link, a cross-module link and a knowledge check.
pub fn module_source(i: usize) -> String {
    let mut s = String::new();
    let category = CATEGORIES[i % CATEGORIES.len()];
    let _ = write!(
        s,
        "---\ntitle: Corpus module {i}\nsummary: Requirement set {i} for {category} products.\ncategory: {category}\norder: {i}\nregulations: [16 CFR 1501, 16 CFR 1303]\nreviewed: 2026-11-01\nobjectives:\n  - Apply requirement set {i} in the factory.\n  - Check the records for set {i}.\n---\n"
    );
    let _ = writeln!(s, "{}\n", paragraph(i, 4));
    for section in 0..5 {
        let _ = writeln!(s, "## Section {section} of module {i}\n");
        let _ = writeln!(s, "{}\n", paragraph(i + section, 5));
        let _ = writeln!(s, "{}\n", paragraph(i + section + 1, 4));
        let _ = writeln!(
            s,
            "- Step {section}.1: {}\n- Step {section}.2: see 16 CFR 1500.{}\n- Step {section}.3: keep records for lot {i}\n",
            SENTENCES[section % 8],
            40 + section
        );
    }
    let _ = writeln!(
        s,
        "| Substance | Limit | Rule |\n|---|---|---|\n| Lead in paint | 90 ppm | 16 CFR 1303 |\n| Lead content | 100 ppm | module {i} |\n"
    );
    let _ = writeln!(s, "> [!WARNING]\n> {}\n", paragraph(i + 3, 2));
    if i > 0 {
        let _ = writeln!(
            s,
            "See also [the previous module](corpus-{:04}.md#section-0-of-module-{}).\n",
            i - 1,
            i - 1
        );
    }
    let _ = writeln!(
        s,
        "## Check your knowledge {{.quiz}}\n\n1. What is the limit for lead in paint in module {i}?\n\n   - [ ] 600 ppm\n   - [x] 90 ppm\n\n   The limit is 90 ppm.\n"
    );
    s
}

fn translations(doc: &Document, prefix: &str) -> String {
    let mut out = String::new();
    let mut seen = std::collections::BTreeSet::new();
    for segment in doc.segments() {
        if seen.insert(segment.id.clone()) {
            out.push_str(&ftl_write::message(
                &segment.id,
                &format!("{prefix}: {}", segment.text),
            ));
        }
    }
    out
}

/// Writes a project with `modules` modules and the given sites into `out`, reusing
/// `repo`'s theme, audience pages and interface strings.
pub fn generate(repo: &Path, out: &Path, modules: usize, sites: Sites) -> std::io::Result<()> {
    if out.exists() {
        std::fs::remove_dir_all(out)?;
    }
    copy_dir(&repo.join("themes"), &out.join("themes"))?;
    let audiences = sites.audiences();
    std::fs::create_dir_all(out.join("content/audiences"))?;
    for audience in audiences {
        let file = format!("content/audiences/{audience}.md");
        std::fs::copy(repo.join(&file), out.join(&file))?;
    }
    std::fs::write(out.join("site.yaml"), sites.settings())?;
    for locale in ["en", "zh-CN", "ko", "vi", "id", "ms"] {
        let dir = out.join("locales").join(locale);
        std::fs::create_dir_all(dir.join("modules"))?;
        std::fs::create_dir_all(dir.join("audiences"))?;
        for file in ["ui.ftl", "glossary.ftl"] {
            let from = repo.join("locales").join(locale).join(file);
            if from.exists() {
                std::fs::copy(from, dir.join(file))?;
            }
        }
    }
    std::fs::create_dir_all(out.join("content/modules"))?;
    for i in 0..modules {
        let id = format!("corpus-{i:04}");
        let source = module_source(i);
        std::fs::write(
            out.join("content/modules").join(format!("{id}.md")),
            &source,
        )?;
        let mut problems = Vec::new();
        let file = SourceFile::new(format!("content/modules/{id}.md"), source);
        let Some(module) = Module::load(&id, file, audiences, &mut problems) else {
            continue;
        };
        for (locale, prefix) in LOCALES {
            std::fs::write(
                out.join("locales")
                    .join(locale)
                    .join("modules")
                    .join(format!("{id}.ftl")),
                translations(&module.doc, prefix),
            )?;
        }
        let reference =
            primer::i18n::extract::reference_file(&module.doc, &module.meta.title, None);
        std::fs::write(
            out.join("locales/en/modules").join(format!("{id}.ftl")),
            reference,
        )?;
    }
    for &audience in audiences {
        let path = out.join("content/audiences").join(format!("{audience}.md"));
        let text = std::fs::read_to_string(&path)?;
        let mut problems = Vec::new();
        let file = SourceFile::new(format!("content/audiences/{audience}.md"), text);
        let Some(page) = AudiencePage::load(audience, file, audiences, &mut problems) else {
            continue;
        };
        for (locale, prefix) in LOCALES {
            std::fs::write(
                out.join("locales")
                    .join(locale)
                    .join("audiences")
                    .join(format!("{audience}.ftl")),
                translations(&page.doc, prefix),
            )?;
        }
        let reference = primer::i18n::extract::reference_file(&page.doc, &page.meta.title, None);
        std::fs::write(
            out.join("locales/en/audiences")
                .join(format!("{audience}.ftl")),
            reference,
        )?;
    }
    Ok(())
}

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}
