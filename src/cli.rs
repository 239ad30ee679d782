//! Command-line flags (clap derive); no logic here.

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Build multilingual safety-training sites and handouts for country audiences.
#[derive(Debug, Parser)]
#[command(name = "primer", version, about)]
pub struct Cli {
    /// The project root (where site.yaml is).
    #[arg(long, global = true, default_value = ".")]
    pub root: PathBuf,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Render every audience site into public/ (replaced only if the build succeeds).
    Build(BuildArgs),
    /// Translator tools.
    I18n {
        /// The translator command.
        #[command(subcommand)]
        command: I18nCommand,
    },
}

/// Flags of `primer build`.
#[derive(Debug, clap::Args)]
pub struct BuildArgs {
    /// Output directory.
    #[arg(long, default_value = "public")]
    pub out: PathBuf,
    /// Build only this audience (repeatable).
    #[arg(long = "audience", value_name = "ID")]
    pub audiences: Vec<String>,
    /// Build only this locale (repeatable).
    #[arg(long = "locale", value_name = "TAG")]
    pub locales: Vec<String>,
    /// Do not render PDF handouts.
    #[arg(long)]
    pub no_pdf: bool,
    /// Treat warnings (translation defects) as errors.
    #[arg(long)]
    pub strict: bool,
    /// Treat notes (missing translations) as errors.
    #[arg(long)]
    pub complete: bool,
    /// How to print diagnostics.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
}

/// Translator subcommands.
#[derive(Debug, Subcommand)]
pub enum I18nCommand {
    /// Write the source-language reference files locales/<source>/{modules,audiences}/*.ftl.
    Extract,
}

/// Output format of diagnostics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// `path:line:col: severity: message` with a snippet.
    Human,
    /// One JSON array.
    Json,
}
