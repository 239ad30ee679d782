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
}

/// Any case.
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
    )
        .prop_map(|(front, body, vi, zh, glossary, ui)| Case {
            front,
            body,
            vi,
            zh,
            glossary,
            ui,
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
    /// every segment of the documents that loaded. Returns the files written.
    pub fn write(&self, project: &Scratch) -> Vec<(String, String)> {
        let mut written = vec![(MODULE.to_string(), self.module())];
        project.write(MODULE, &written[0].1);
        let Ok((Some(loaded), _)) = primer::project::load(project.root()) else {
            return written;
        };
        let mut files: Vec<(String, String)> = Vec::new();
        if let Some(module) = loaded.module("gen") {
            let segments: Vec<(&str, &str)> = module
                .doc
                .segments()
                .map(|s| (s.id.as_str(), s.text.as_str()))
                .collect();
            files.push((
                "locales/en/modules/gen.ftl".into(),
                primer::i18n::extract::reference_file(&module.doc, &module.meta.title, None),
            ));
            files.push((
                "locales/vi/modules/gen.ftl".into(),
                fluent::file(segments.iter().copied(), &self.vi),
            ));
            files.push((
                "locales/zh-CN/modules/gen.ftl".into(),
                fluent::file(segments.iter().copied(), &self.zh),
            ));
        }
        for (audience, locale, values) in [("alpha", "vi", &self.vi), ("beta", "zh-CN", &self.zh)] {
            if let Some(page) = loaded.audience_pages.get(audience) {
                let segments = page
                    .doc
                    .segments()
                    .map(|s| (s.id.as_str(), s.text.as_str()));
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
        written
    }
}

/// The written files, for a failure message (and to keep a failure as a fixture).
pub fn describe(files: &[(String, String)]) -> String {
    files
        .iter()
        .map(|(path, text)| format!("=== {path}\n{text}"))
        .collect::<Vec<_>>()
        .join("\n")
}
