//! The theme's Tera templates, compiled once, and the `t()` function that gives templates
//! interface strings from `ui.ftl` through each locale's fallback chain.

use crate::diagnostics::{Diagnostic, Severity};
use crate::i18n::catalog::{Bundle, Formatted, format};
use crate::project::{Project, THEME};
use crate::source::SourceFile;
use fluent_bundle::{FluentArgs, FluentValue};
use std::collections::BTreeMap;
use std::sync::Arc;
use tera::{Context, Kwargs, State, Tera};

/// The templates every theme must provide.
pub const REQUIRED: &[&str] = &[
    "home.html",
    "audience.html",
    "index.html",
    "module.html",
    "local.html",
    "glossary.html",
    "translation-status.html",
];

/// Interface strings: for each locale, its chain of `ui.ftl` bundles.
pub struct UiStrings {
    chains: BTreeMap<String, Vec<Arc<Bundle>>>,
}

impl UiStrings {
    /// Builds one `ui.ftl` bundle per locale and the chains over them.
    pub fn new(project: &Project) -> UiStrings {
        let bundles: BTreeMap<&str, Arc<Bundle>> = project
            .catalogs
            .iter()
            .map(|(tag, cat)| (tag.as_str(), Arc::new(cat.ui_bundle())))
            .collect();
        let chains = project
            .config
            .locales
            .keys()
            .map(|tag| {
                let chain = project
                    .config
                    .fallback_chain(tag)
                    .iter()
                    .filter_map(|t| bundles.get(t.as_str()).cloned())
                    .collect();
                (tag.clone(), chain)
            })
            .collect();
        UiStrings { chains }
    }

    /// The string `key` in `locale` (or its first fallback that has it), as one line: an
    /// interface string is text in an element or attribute, never lines or blocks.
    pub fn get(&self, locale: &str, key: &str, args: Option<&FluentArgs>) -> Option<String> {
        self.get_lines(locale, key, args)
            .map(|text| crate::i18n::splice::join_lines(&text))
    }

    fn get_lines(&self, locale: &str, key: &str, args: Option<&FluentArgs>) -> Option<String> {
        let (id, attribute) = match key.split_once('.') {
            Some((id, attr)) => (id, Some(attr)),
            None => (key, None),
        };
        for bundle in self.chains.get(locale)? {
            if let Some(attr) = attribute {
                let message = bundle.get_message(id);
                if let Some(pattern) = message
                    .as_ref()
                    .and_then(|m| m.get_attribute(attr))
                    .map(|a| a.value())
                {
                    let mut errors = Vec::new();
                    return Some(
                        bundle
                            .format_pattern(pattern, args, &mut errors)
                            .into_owned(),
                    );
                }
                continue;
            }
            if let Formatted::Text(text) = format(bundle, id, args) {
                return Some(text);
            }
        }
        None
    }

    /// Like [`UiStrings::get`], but the key itself when no locale has it (never for
    /// templates, which fail instead; used for labels inside bodies).
    pub fn text(&self, locale: &str, key: &str) -> String {
        self.get(locale, key, None)
            .unwrap_or_else(|| key.to_string())
    }
}

/// The compiled theme.
pub struct Theme {
    tera: Tera,
}

impl Theme {
    /// Compiles the theme's templates; every problem is a located error.
    pub fn load(project: &Project, ui: Arc<UiStrings>) -> Result<Theme, Vec<Diagnostic>> {
        let mut tera = Tera::new();
        tera.autoescape_on(vec![".html"]);
        tera.register_function(
            "t",
            move |kwargs: Kwargs, state: &State| -> tera::TeraResult<String> {
                let key: &str = kwargs.must_get("key")?;
                let lang = match kwargs.get::<&str>("lang")? {
                    Some(l) => l.to_string(),
                    None => state.get::<String>("lang")?.unwrap_or_default(),
                };
                let mut args = FluentArgs::new();
                for (k, v) in kwargs.iter() {
                    let name = k.as_str().unwrap_or_default();
                    if name == "key" || name == "lang" {
                        continue;
                    }
                    if let Some(n) = v.as_f64() {
                        args.set(name.to_string(), FluentValue::from(n));
                    } else if let Some(s) = v.as_str() {
                        args.set(name.to_string(), s.to_string());
                    } else {
                        args.set(name.to_string(), v.to_string());
                    }
                }
                ui.get(&lang, key, Some(&args)).ok_or_else(|| {
                    tera::Error::message(format!(
                        "no message `{key}` in locales/{lang}/ui.ftl or its fallbacks"
                    ))
                })
            },
        );
        let mut errors = Vec::new();
        let templates: Vec<(String, &str)> = project
            .templates
            .iter()
            .map(|f| (template_name(f), f.text.as_str()))
            .collect();
        if let Err(e) = tera.add_raw_templates(templates) {
            errors.extend(to_diagnostics(project, &e));
        }
        for name in REQUIRED {
            if errors.is_empty() && !tera.contains_template(name) {
                errors.push(Diagnostic::new(
                    Severity::Error,
                    "missing-template",
                    &format!("themes/{THEME}/templates/{name}"),
                    "the theme has no such template",
                ));
            }
        }
        if errors.is_empty() {
            Ok(Theme { tera })
        } else {
            Err(errors)
        }
    }

    /// Renders template `name` with `context`.
    pub fn render(
        &self,
        project: &Project,
        name: &str,
        context: &Context,
    ) -> Result<String, Diagnostic> {
        self.tera
            .render(name, context)
            .map_err(|e| to_diagnostic(project, &e))
    }
}

fn template_name(file: &SourceFile) -> String {
    file.path
        .rsplit('/')
        .next()
        .unwrap_or(&file.path)
        .to_string()
}

/// Tera reports some load-time problems (unknown filters, functions, tests) only as
/// rendered reports: `error: MESSAGE` followed by ` --> NAME:LINE:COL`. Those are parsed
/// back into located diagnostics; anything else goes through [`to_diagnostic`].
fn to_diagnostics(project: &Project, error: &tera::Error) -> Vec<Diagnostic> {
    let tera::ErrorKind::Msg(text) = error.kind() else {
        return vec![to_diagnostic(project, error)];
    };
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let Some(message) = line.strip_prefix("error: ") else {
            continue;
        };
        let location = lines
            .get(i + 1)
            .and_then(|l| l.trim_start().strip_prefix("--> "));
        let parsed = location.and_then(|loc| {
            let mut parts = loc.rsplitn(3, ':');
            let col: usize = parts.next()?.parse().ok()?;
            let line: usize = parts.next()?.parse().ok()?;
            Some((parts.next()?.to_string(), line, col))
        });
        let diagnostic = match parsed.and_then(|(name, l, c)| {
            project
                .templates
                .iter()
                .find(|f| template_name(f) == name)
                .map(|f| (f, l, c))
        }) {
            Some((file, l, c)) => Diagnostic::new(Severity::Error, "template", &file.path, message)
                .at_line_col(file, l, c),
            None => Diagnostic::new(
                Severity::Error,
                "template",
                &format!("themes/{THEME}/templates"),
                message,
            ),
        };
        out.push(diagnostic);
    }
    if out.is_empty() {
        out.push(to_diagnostic(project, error));
    }
    out
}

/// A Tera error at its template's line and column.
fn to_diagnostic(project: &Project, error: &tera::Error) -> Diagnostic {
    let report = match error.kind() {
        tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r) => Some(r),
        _ => None,
    };
    let mut message = match report {
        Some(r) => r.message().to_string(),
        None => error.to_string(),
    };
    let mut cause = std::error::Error::source(error);
    while let Some(c) = cause {
        message.push_str(&format!(": {c}"));
        cause = c.source();
    }
    let Some(report) = report else {
        return Diagnostic::new(
            Severity::Error,
            "template",
            &format!("themes/{THEME}/templates"),
            message,
        );
    };
    let name = report.filename();
    match project.templates.iter().find(|f| template_name(f) == name) {
        Some(file) => {
            let span = report.span();
            Diagnostic::new(Severity::Error, "template", &file.path, message).at_line_col(
                file,
                span.start_line,
                span.start_col + 1,
            )
        }
        None => Diagnostic::new(
            Severity::Error,
            "template",
            &format!("themes/{THEME}/templates/{name}"),
            message,
        ),
    }
}
