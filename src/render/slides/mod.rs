//! Briefing slides (issue 13), the parts that do not walk a document: the PDF deck's data
//! ([`data`]), typesetting it with the theme's `slides.typ` through the handouts' typst
//! world and fonts, and reading back where typst split each slide and which parts
//! overflowed. The slide assembly (prepared document → [`data::Deck`]) is
//! `Assembly::deck` ([`assemble`]).

mod assemble;
pub mod data;
pub mod estimate;
pub mod html;

use crate::diagnostics::{Diagnostic, Severity};
use crate::project::THEME;
use crate::render::handout::world::{Fonts, HandoutWorld, Paths, Shared};
use data::{Deck, Fit};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use typst::WorldExt as _;
use typst::foundations::{Bytes, Datetime, Label, Selector, Smart, Value};
use typst::introspection::{Introspector as _, MetadataElem};
use typst::utils::PicoStr;
use typst_layout::PagedDocument;

/// The theme file with the deck layout.
pub const TEMPLATE: &str = "slides.typ";

/// A typeset deck: the laid-out document or the PDF, how typst fitted each slide, and
/// typst's warnings.
#[derive(Debug)]
pub struct Typeset<T> {
    /// The document ([`PagedDocument`]) or the PDF's bytes.
    pub output: T,
    /// One entry per printed part, in order.
    pub fits: Vec<Fit>,
    /// How many pages the deck has.
    pub pages: usize,
    /// typst's warnings.
    pub warnings: Vec<Diagnostic>,
    /// The time spent laying it out (for a PDF, the rest of typesetting is the export).
    pub layout: std::time::Duration,
}

/// The loaded deck engine: the theme's fonts and `slides.typ`.
pub struct Slides {
    shared: Shared,
    template_path: String,
    template: crate::source::SourceFile,
    media: Arc<BTreeMap<String, PathBuf>>,
}

impl Slides {
    /// Loads the fonts and `slides.typ` of the theme under `root`; a missing template or
    /// font folder is an error of the theme.
    pub fn from_theme(
        root: &Path,
        media: BTreeMap<String, PathBuf>,
    ) -> Result<Slides, Vec<Diagnostic>> {
        let template_path = format!("themes/{THEME}/{TEMPLATE}");
        let template =
            crate::source::SourceFile::read(root, Path::new(&template_path)).map_err(|e| {
                vec![Diagnostic::new(
                    Severity::Error,
                    "missing-template",
                    &template_path,
                    format!("{e:#}"),
                )]
            })?;
        let fonts_dir = format!("themes/{THEME}/fonts");
        let fonts = Fonts::load(&root.join(&fonts_dir)).map_err(|e| {
            vec![Diagnostic::new(
                Severity::Error,
                "missing-font",
                &fonts_dir,
                format!("{e:#}"),
            )]
        })?;
        let today = Datetime::from_ymd(2026, 1, 1)
            .unwrap_or(Datetime::from_ymd(2000, 1, 1).expect("a valid date"));
        // The handout world serves its one template at a fixed virtual path; a deck
        // engine gives it `slides.typ` there.
        Ok(Slides {
            shared: Shared::new(fonts, template.text.clone(), today),
            template_path,
            template,
            media: Arc::new(media),
        })
    }

    /// Lays out `deck`: the document, how each slide was fitted, and typst's warnings; or
    /// the errors, located in `slides.typ` when they are the template's. `id` names the
    /// deck in messages.
    pub fn compile(
        &self,
        deck: &Deck,
        id: &str,
    ) -> Result<Typeset<PagedDocument>, Vec<Diagnostic>> {
        let started = std::time::Instant::now();
        let paths = Paths::get();
        let json = serde_json::to_vec(deck)
            .map_err(|e| vec![Diagnostic::new(Severity::Error, "io", id, e.to_string())])?;
        let mut files = HashMap::new();
        files.insert(paths.data, Bytes::new(json));
        let main = typst::syntax::Source::new(
            paths.main,
            "#import \"/handout.typ\": deck\n#deck(json(\"/data.json\"))\n".to_string(),
        );
        let world = HandoutWorld {
            shared: &self.shared,
            main,
            files,
            media: self.media.clone(),
        };
        let warned = typst::compile::<PagedDocument>(&world);
        let mut problems: Vec<Diagnostic> = warned
            .warnings
            .iter()
            .map(|w| self.diagnostic(&world, w, id))
            .collect();
        match warned.output {
            Ok(document) => {
                let fits = fits(&document);
                Ok(Typeset {
                    pages: document.pages().len(),
                    output: document,
                    fits,
                    warnings: problems,
                    layout: started.elapsed(),
                })
            }
            Err(errors) => {
                problems.extend(errors.iter().map(|e| self.diagnostic(&world, e, id)));
                Err(problems)
            }
        }
    }

    /// Typesets `deck` into a PDF dated `date`, with its fits and typst's warnings.
    pub fn render(
        &self,
        deck: &Deck,
        id: &str,
        date: Datetime,
    ) -> Result<Typeset<Vec<u8>>, Vec<Diagnostic>> {
        crate::render::handout::world::typeset(|| self.typeset(deck, id, date))
    }

    fn typeset(
        &self,
        deck: &Deck,
        id: &str,
        date: Datetime,
    ) -> Result<Typeset<Vec<u8>>, Vec<Diagnostic>> {
        let typeset = self.compile(deck, id)?;
        let options = typst_pdf::PdfOptions {
            ident: Smart::Custom(id.to_string()),
            creator: Smart::Custom(Some("Primer".to_string())),
            timestamp: Some(typst_pdf::Timestamp::new_utc(date)),
            ..Default::default()
        };
        let pdf = typst_pdf::pdf(&typeset.output, &options).map_err(|errors| {
            errors
                .iter()
                .map(|e| {
                    Diagnostic::new(
                        Severity::Error,
                        "slides",
                        &self.template_path,
                        format!("deck {id}: {}", e.message),
                    )
                })
                .collect::<Vec<_>>()
        })?;
        typst::comemo::evict(crate::render::handout::world::EVICT_AGE);
        Ok(Typeset {
            output: pdf,
            pages: typeset.pages,
            fits: typeset.fits,
            warnings: typeset.warnings,
            layout: typeset.layout,
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
        let message = format!("deck {id}: {}", d.message);
        let in_template = d.span.id() == Some(Paths::get().template);
        match world.range(d.span).filter(|_| in_template) {
            Some(range) => Diagnostic::new(severity, "slides", &self.template_path, message)
                .at(&self.template, range.start),
            None => Diagnostic::new(severity, "slides", &self.template_path, message),
        }
    }
}

/// Reads the `<slide-start>` and `<slide-end>` markers of a laid-out deck: one [`Fit`] per
/// printed part, in order. A part whose end lies on a later page than its start overflowed.
pub fn fits(document: &PagedDocument) -> Vec<Fit> {
    let introspector = document.introspector();
    let query = |name: &str| {
        Label::new(PicoStr::intern(name))
            .map(|label| introspector.query(&Selector::Label(label)))
            .unwrap_or_default()
    };
    let read = |content: &typst::foundations::Content| {
        let page = content
            .location()
            .and_then(|l| introspector.page(l))
            .map_or(0, |p| p.get());
        let fields = content
            .to_packed::<MetadataElem>()
            .and_then(|m| match &m.value {
                Value::Dict(d) => Some(d.clone()),
                _ => None,
            })
            .unwrap_or_default();
        let int = |key: &str| match fields.get(key) {
            Ok(Value::Int(i)) => usize::try_from(*i).unwrap_or(0),
            _ => 0,
        };
        let scale = match fields.get("scale") {
            Ok(Value::Float(f)) => *f,
            Ok(Value::Int(i)) => *i as f64,
            _ => 1.0,
        };
        (
            int("slide"),
            int("part"),
            int("first"),
            int("count"),
            scale,
            page,
        )
    };
    let ends: BTreeMap<(usize, usize), usize> = query("slide-end")
        .iter()
        .map(|c| {
            let (slide, part, _, _, _, page) = read(c);
            ((slide, part), page)
        })
        .collect();
    query("slide-start")
        .iter()
        .map(|c| {
            let (slide, part, first, count, scale, page) = read(c);
            let end = ends.get(&(slide, part)).copied().unwrap_or(page);
            Fit {
                slide,
                part,
                first,
                count,
                scale,
                page,
                pages: end.saturating_sub(page) + 1,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests;
