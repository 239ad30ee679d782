//! The theme's Tera templates, compiled once, and the `t()` function that gives templates
//! interface strings from `ui.ftl` through each locale's fallback chain.

use crate::diagnostics::{Diagnostic, Severity};
use crate::project::{Project, THEME};
use crate::source::SourceFile;
use fluent_bundle::{FluentArgs, FluentValue};
use std::sync::Arc;
use tera::{Context, Kwargs, State, Tera};

pub use crate::i18n::ui::UiStrings;

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
                    if name == "date"
                        && let Some(s) = v.as_str()
                    {
                        crate::i18n::catalog::set_date(&mut args, s);
                    } else if let Some(n) = v.as_f64() {
                        args.set(name.to_string(), FluentValue::from(n));
                    } else if let Some(s) = v.as_str() {
                        args.set(name.to_string(), s.to_string());
                    } else {
                        args.set(name.to_string(), v.to_string());
                    }
                }
                let text = if args.iter().next().is_none() {
                    ui.get_plain(&lang, key)
                } else {
                    ui.get(&lang, key, Some(&args))
                };
                text.ok_or_else(|| {
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
        for name in super::views::TEMPLATES {
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

    /// Renders template `name` with `context`: the page's bytes (UTF-8, as Tera writes
    /// it; the pages are written as bytes, so they are not checked again as a string).
    pub fn render(
        &self,
        project: &Project,
        name: &str,
        context: &Context,
    ) -> Result<Vec<u8>, Diagnostic> {
        let mut page = Vec::with_capacity(16 * 1024);
        self.tera
            .render_to(name, context, &mut page)
            .map_err(|e| to_diagnostic(project, &e))?;
        Ok(page)
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
