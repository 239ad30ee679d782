//! One short file per subcommand: map flags to a plan, call the library, report.
//! The command-line layer is the only place that prints.
#![allow(clippy::print_stdout, clippy::print_stderr)]

mod build;
mod check;
mod i18n;
mod new;
pub mod progress;
mod serve;

use crate::cli::{Cli, Command, Format, I18nCommand, NewCommand};
use crate::diagnostics::{ALWAYS_NOTES, Diagnostic, Severity, summary};
use std::process::ExitCode;

/// Runs the command; `Err` is an operational failure (exit 2).
pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Build(args) => build::run(&cli.root, args),
        Command::Check(args) => check::run(&cli.root, args),
        Command::Serve(args) => serve::run(&cli.root, args),
        Command::New {
            command: NewCommand::Module { id },
        } => new::module(&cli.root, &id),
        Command::I18n {
            command: I18nCommand::Extract,
        } => i18n::extract(&cli.root),
        Command::I18n {
            command:
                I18nCommand::Status {
                    locale,
                    details,
                    format,
                },
        } => i18n::status(&cli.root, locale, details, format),
    }
}

/// Prints diagnostics to stderr (human) or stdout (JSON). Notes are summarized unless they
/// count as errors, so a partly translated site does not drown real problems.
pub fn report(diagnostics: &[Diagnostic], format: Format) {
    match format {
        Format::Json => {
            match serde_json::to_string_pretty(diagnostics) {
                Ok(json) => println!("{json}"),
                // Never hide problems behind an empty array: fall back to the human form.
                Err(e) => {
                    eprintln!("error: could not write the diagnostics as JSON: {e}");
                    for d in diagnostics {
                        eprint!("{}", d.render());
                    }
                }
            }
        }
        Format::Human => {
            let mut notes = 0;
            for d in diagnostics {
                // Reminders such as `review-due` are few and each asks for action: listed.
                if d.severity == Severity::Note && !ALWAYS_NOTES.contains(&d.code) {
                    notes += 1;
                    continue;
                }
                eprint!("{}", d.render());
            }
            if notes > 0 {
                eprintln!(
                    "note: {notes} segments are not translated yet (run `primer build --complete` to list them)"
                );
            }
            if !diagnostics.is_empty() {
                eprintln!("{}", summary(diagnostics));
            }
        }
    }
}

/// Exit code 1 when any diagnostic is an error.
pub fn exit_code(diagnostics: &[Diagnostic]) -> ExitCode {
    if diagnostics.iter().any(|d| d.severity == Severity::Error) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
