//! Printable handouts (docs/formats.md §6): one PDF per (audience, locale, module) and a booklet per
//! (audience, locale), typeset in-process with typst from the theme's `handout.typ`, with
//! the theme's fonts only.

mod assemble;
pub mod content;
mod keep_all;
pub(crate) mod world;

pub(crate) use assemble::font_stack;
pub use assemble::{Assembly, HandoutData, Labels, ModuleData, fallbacks, missing_glyphs};

use crate::diagnostics::{Diagnostic, Severity};
use crate::project::{Project, THEME};
use crate::source::SourceFile;
use std::collections::BTreeMap;
use std::sync::Arc;
use typst::WorldExt as _;
use typst::foundations::{Bytes, Datetime, Smart};
use typst_layout::PagedDocument;
use world::{Fonts, HandoutWorld, Paths, Shared};

/// Families every handout may use; `handout.typ` picks from them by language.
pub const FAMILIES: &[&str] = &[
    "Noto Sans",
    "Noto Sans CJK SC",
    "Noto Sans CJK KR",
    "Noto Sans CJK JP",
];

/// Environment variable naming a directory where each handout's data is also saved, as
/// `<audience>/<locale>/handouts/<name>.json`, for working on `handout.typ` with the typst
/// CLI and for tests.
pub const DATA_DIR_VAR: &str = "PRIMER_HANDOUT_DATA";

/// A typeset handout.
pub struct Pdf {
    /// The PDF.
    pub bytes: Vec<u8>,
    /// How many pages it has.
    pub pages: usize,
    /// typst's warnings.
    pub warnings: Vec<Diagnostic>,
    /// The time spent laying it out (the rest of typesetting is the PDF export).
    pub layout: std::time::Duration,
}

/// The loaded handout engine: fonts, template and typst's library, shared by all threads.
pub struct Handouts {
    shared: Shared,
    template: SourceFile,
    media: Arc<BTreeMap<String, std::path::PathBuf>>,
    data_dir: Option<std::path::PathBuf>,
}

impl Handouts {
    /// Loads the theme's fonts and `handout.typ`. A missing template or font family is an
    /// error of the theme.
    pub fn load(project: &Project) -> Result<Handouts, Vec<Diagnostic>> {
        Handouts::from_theme(&project.root, project.media.clone())
    }

    /// Loads the handout engine of the theme under `root` (used by [`Handouts::load`] and by
    /// tests that need no project).
    pub fn from_theme(
        root: &std::path::Path,
        media: BTreeMap<String, std::path::PathBuf>,
    ) -> Result<Handouts, Vec<Diagnostic>> {
        let theme = root.join("themes").join(THEME);
        let template_path = std::path::Path::new("themes")
            .join(THEME)
            .join("handout.typ");
        let template = SourceFile::read(root, &template_path).map_err(|e| {
            vec![Diagnostic::new(
                Severity::Error,
                "missing-template",
                &format!("themes/{THEME}/handout.typ"),
                format!("{e:#}"),
            )]
        })?;
        let fonts_dir = format!("themes/{THEME}/fonts");
        let fonts = Fonts::load(&theme.join("fonts")).map_err(|e| {
            vec![Diagnostic::new(
                Severity::Error,
                "missing-font",
                &fonts_dir,
                format!("{e:#}"),
            )]
        })?;
        let missing: Vec<Diagnostic> = FAMILIES
            .iter()
            .filter(|f| !fonts.has_family(f))
            .map(|f| {
                Diagnostic::new(
                    Severity::Error,
                    "missing-font",
                    &fonts_dir,
                    format!("the theme ships no font of the family `{f}`"),
                )
            })
            .collect();
        if !missing.is_empty() {
            return Err(missing);
        }
        let today = Datetime::from_ymd(2026, 1, 1)
            .unwrap_or(Datetime::from_ymd(2000, 1, 1).expect("a valid date"));
        Ok(Handouts {
            shared: Shared::new(fonts, template.text.clone(), today),
            template,
            media: Arc::new(media),
            data_dir: std::env::var_os(DATA_DIR_VAR).map(std::path::PathBuf::from),
        })
    }

    /// Whether a shipped font of `families` has a glyph for `c`.
    pub fn covers(&self, families: &[&str], c: char) -> bool {
        self.shared.fonts.covers(families, c)
    }

    /// Lays out `data`: the document with typst's warnings, or the errors. Errors of the
    /// template are located in `handout.typ`; `id` names the document in messages.
    pub fn compile(
        &self,
        data: &HandoutData,
        id: &str,
        qr: Option<String>,
    ) -> Result<(PagedDocument, Vec<Diagnostic>), Vec<Diagnostic>> {
        let paths = Paths::get();
        let json = serde_json::to_vec(data)
            .map_err(|e| vec![Diagnostic::new(Severity::Error, "io", id, e.to_string())])?;
        let mut saved = Vec::new();
        if let Some(dir) = &self.data_dir {
            let path = dir.join(id).with_extension("json");
            let written = path
                .parent()
                .map_or(Ok(()), std::fs::create_dir_all)
                .and_then(|()| std::fs::write(&path, &json));
            if let Err(e) = written {
                let message = format!("cannot save the handout data to {}: {e}", path.display());
                saved.push(Diagnostic::new(Severity::Warning, "io", id, message));
            }
        }
        let mut files = std::collections::HashMap::new();
        files.insert(paths.data, Bytes::new(json));
        if let Some(svg) = qr {
            files.insert(paths.qr, Bytes::from_string(svg));
        }
        let main = typst::syntax::Source::new(
            paths.main,
            "#import \"/handout.typ\": handout\n#handout(json(\"/data.json\"))\n".to_string(),
        );
        let world = HandoutWorld {
            shared: &self.shared,
            main,
            files,
            media: self.media.clone(),
        };
        let warned = typst::compile::<PagedDocument>(&world);
        let mut problems: Vec<Diagnostic> = saved;
        problems.extend(
            warned
                .warnings
                .iter()
                .map(|w| self.diagnostic(&world, w, id)),
        );
        match warned.output {
            Ok(document) => Ok((document, problems)),
            Err(errors) => {
                problems.extend(errors.iter().map(|e| self.diagnostic(&world, e, id)));
                Err(problems)
            }
        }
    }

    /// Typesets `data` into a PDF dated `date`: the PDF, its page count and typst's
    /// warnings, or the errors. `id` also becomes the PDF's stable document identifier.
    pub fn render(
        &self,
        data: &HandoutData,
        id: &str,
        qr: Option<String>,
        date: Datetime,
    ) -> Result<Pdf, Vec<Diagnostic>> {
        world::typeset(|| self.typeset(data, id, qr, date))
    }

    fn typeset(
        &self,
        data: &HandoutData,
        id: &str,
        qr: Option<String>,
        date: Datetime,
    ) -> Result<Pdf, Vec<Diagnostic>> {
        let started = std::time::Instant::now();
        let (document, warnings) = self.compile(data, id, qr)?;
        let layout = started.elapsed();
        let options = typst_pdf::PdfOptions {
            ident: Smart::Custom(id.to_string()),
            creator: Smart::Custom(Some("Primer".to_string())),
            timestamp: Some(typst_pdf::Timestamp::new_utc(date)),
            ..Default::default()
        };
        let pdf = typst_pdf::pdf(&document, &options).map_err(|errors| {
            errors
                .iter()
                .map(|e| {
                    Diagnostic::new(
                        Severity::Error,
                        "handout",
                        &self.template.path,
                        format!("handout {id}: {}", e.message),
                    )
                })
                .collect::<Vec<_>>()
        })?;
        // The memoization cache would otherwise grow with every document.
        typst::comemo::evict(world::EVICT_AGE);
        Ok(Pdf {
            bytes: pdf,
            pages: document.pages().len(),
            warnings,
            layout,
        })
    }

    fn diagnostic(
        &self,
        world: &HandoutWorld,
        d: &typst::diag::SourceDiagnostic,
        id: &str,
    ) -> Diagnostic {
        let severity = match d.severity {
            typst::diag::Severity::Error => Severity::Error,
            typst::diag::Severity::Warning => Severity::Warning,
        };
        let message = format!("handout {id}: {}", d.message);
        let in_template = d.span.id() == Some(Paths::get().template);
        match world.range(d.span).filter(|_| in_template) {
            Some(range) => Diagnostic::new(severity, "handout", &self.template.path, message)
                .at(&self.template, range.start),
            None => Diagnostic::new(severity, "handout", &self.template.path, message),
        }
    }
}
