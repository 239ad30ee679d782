//! One generated case: a module `gen` added to the `basic` fixture, its translations into
//! `vi` and `zh-CN`, and hostile translations of the audience pages, the glossary and the
//! interface strings.

use crate::fluent::{self, Value};
use crate::front::{self, Front};
use crate::markdown::{self, Block};
use crate::project::Scratch;
use proptest::prelude::*;

/// The generated module's path.
pub const MODULE: &str = "content/modules/gen.md";

/// The audience page a case may replace.
pub const PAGE: &str = "content/audiences/alpha.md";

/// Interface strings that reach pages and handouts.
const UI_KEYS: &[&str] = &[
    "site-title",
    "nav-home",
    "alert-warning",
    "marker-untranslated",
    "module-objectives",
    "index-heading",
    "handout-answer-key",
];

/// A generated project.
#[derive(Debug, Clone)]
pub struct Case {
    /// The module's front matter.
    pub front: Front,
    /// The module's body.
    pub body: Vec<Block>,
    /// Translations of its segments into `vi` (and of the `alpha` page).
    pub vi: Vec<Value>,
    /// Translations into `zh-CN` (and of the `beta` page).
    pub zh: Vec<Value>,
    /// The `vi` glossary: `-small-parts` and its `.note`.
    pub glossary: Option<(String, String)>,
    /// Hostile `vi` interface strings.
    pub ui: Vec<(&'static str, Value)>,
    /// A new `alpha` audience page: its front matter and body.
    pub page: Option<(Front, Vec<Block>)>,
    /// Translate the fixture's module `first` with the case's values too.
    pub first: bool,
}

/// Any case.
impl Case {
    /// This case with every paragraph of more than `words` words cut to `words`.
    pub fn with_long_at_most(self, words: usize) -> Case {
        let cut = |blocks: Vec<Block>| -> Vec<Block> {
            blocks
                .into_iter()
                .map(|b| b.with_long_at_most(words))
                .collect()
        };
        Case {
            body: cut(self.body),
            page: self.page.map(|(front, body)| (front, cut(body))),
            ..self
        }
    }
}

pub fn case() -> impl Strategy<Value = Case> {
    let glossary = proptest::option::weighted(0.3, (fluent_text(), fluent_text()));
    let ui = proptest::collection::vec((proptest::sample::select(UI_KEYS), fluent::value()), 0..3);
    (
        front::module_front(),
        markdown::blocks(),
        fluent::values(),
        fluent::values(),
        glossary,
        ui,
        proptest::option::weighted(0.3, (front::page_front(), markdown::blocks())),
        proptest::bool::weighted(0.3),
    )
        .prop_map(|(front, body, vi, zh, glossary, ui, page, first)| Case {
            front,
            body,
            vi,
            zh,
            glossary,
            ui,
            page,
            first,
        })
}

fn fluent_text() -> impl Strategy<Value = String> {
    fluent::value().prop_map(|v| {
        let message = fluent::message("m", &v, "small parts");
        message
            .strip_prefix("m =")
            .unwrap_or("")
            .trim_end()
            .to_string()
    })
}

impl Case {
    /// The module file.
    pub fn module(&self) -> String {
        let body = markdown::render(&self.body);
        format!("{}{body}\n", self.front.render())
    }

    /// Writes the case into `project`: the module, its reference file, and translations of
    /// every segment of the documents that loaded. Returns the files written, or why the
    /// project could not be loaded (a panic or a hang while loading is a failure too).
    pub fn write(&self, project: &Scratch) -> Result<Vec<(String, String)>, String> {
        let mut written = vec![(MODULE.to_string(), self.module())];
        if let Some((front, body)) = &self.page {
            let text = format!("{}{}\n", front.render(), markdown::render(body));
            written.push((PAGE.to_string(), text));
        }
        for (path, text) in &written {
            project.write(path, text);
        }
        let loaded = segments(project).map_err(|e| format!("{e}\n\n{}", describe(&written)))?;
        let mut files: Vec<(String, String)> = Vec::new();
        if let Some((segments, reference)) = &loaded.module {
            let segments = || segments.iter().map(|(i, t)| (i.as_str(), t.as_str()));
            files.push(("locales/en/modules/gen.ftl".into(), reference.clone()));
            files.push((
                "locales/vi/modules/gen.ftl".into(),
                fluent::file(segments(), &self.vi),
            ));
            files.push((
                "locales/zh-CN/modules/gen.ftl".into(),
                fluent::file(segments(), &self.zh),
            ));
        }
        if self.first && !loaded.first.is_empty() {
            let segments = || loaded.first.iter().map(|(i, t)| (i.as_str(), t.as_str()));
            for (locale, values) in [("vi", &self.vi), ("zh-CN", &self.zh)] {
                let mut shifted = values.clone();
                shifted.rotate_left(values.len() / 3);
                files.push((
                    format!("locales/{locale}/modules/first.ftl"),
                    fluent::file(segments(), &shifted),
                ));
            }
        }
        for (audience, locale, values) in [("alpha", "vi", &self.vi), ("beta", "zh-CN", &self.zh)] {
            if let Some(segments) = loaded.pages.get(audience) {
                let segments = segments.iter().map(|(i, t)| (i.as_str(), t.as_str()));
                // Start elsewhere in the values than the module does.
                let mut shifted = values.clone();
                shifted.rotate_left(values.len() / 2);
                files.push((
                    format!("locales/{locale}/audiences/{audience}.ftl"),
                    fluent::file(segments, &shifted),
                ));
            }
        }
        if let Some((term, note)) = &self.glossary {
            files.push((
                "locales/vi/glossary.ftl".into(),
                format!("-small-parts ={term}\n    .note ={note}\n"),
            ));
        }
        if !self.ui.is_empty() {
            let mut ui = project.read("locales/vi/ui.ftl").unwrap_or_default();
            let mut done = std::collections::BTreeSet::new();
            for (key, value) in self.ui.iter().filter(|(k, _)| done.insert(*k)) {
                ui = ui
                    .lines()
                    .filter(|l| !l.starts_with(&format!("{key} =")))
                    .map(|l| format!("{l}\n"))
                    .collect();
                ui.push_str(&fluent::message(key, value, key));
            }
            files.push(("locales/vi/ui.ftl".into(), ui));
        }
        for (path, text) in &files {
            project.write(path, text);
        }
        written.extend(files);
        Ok(written)
    }
}

/// The segments (id, English) of the loaded documents.
struct Loaded {
    /// The module's segments and its reference file, if it loaded.
    module: Option<(Vec<(String, String)>, String)>,
    /// Each audience page's segments.
    pages: std::collections::BTreeMap<String, Vec<(String, String)>>,
    /// The segments of the fixture's module `first` (links, a quiz, a footnote, an alert).
    first: Vec<(String, String)>,
}

/// Loads `project` (bounded, like a build) for the segments to translate.
fn segments(project: &Scratch) -> Result<Loaded, String> {
    let root = project.root().to_path_buf();
    crate::project::bounded("load", move || {
        let pairs = |doc: &primer::content::document::Document| {
            doc.segments()
                .map(|s| (s.id.clone(), s.text.clone()))
                .collect::<Vec<_>>()
        };
        let Ok((Some(loaded), _)) = primer::project::load(&root) else {
            return Loaded {
                module: None,
                pages: Default::default(),
                first: Vec::new(),
            };
        };
        Loaded {
            module: loaded.module("gen").map(|m| {
                let reference = primer::i18n::extract::reference_file(&m.doc, &m.meta.title, None);
                (pairs(&m.doc), reference)
            }),
            pages: loaded
                .audience_pages
                .iter()
                .map(|(id, page)| (id.clone(), pairs(&page.doc)))
                .collect(),
            first: loaded
                .module("first")
                .map(|m| pairs(&m.doc))
                .unwrap_or_default(),
        }
    })
}

/// The written files, for a failure message (and to keep a failure as a fixture).
pub fn describe(files: &[(String, String)]) -> String {
    files
        .iter()
        .map(|(path, text)| format!("=== {path}\n{text}"))
        .collect::<Vec<_>>()
        .join("\n")
}
