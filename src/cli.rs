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
    /// Check everything the build checks, without writing output.
    Check(CheckArgs),
    /// Serve the site locally, rebuild on every edit and reload the open pages.
    Serve(ServeArgs),
    /// Create new content.
    New {
        /// What to create.
        #[command(subcommand)]
        command: NewCommand,
    },
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
    /// Also write public/<audience>.zip, a self-contained copy of each audience's sites.
    #[arg(long)]
    pub zip: bool,
    /// Severities and output of diagnostics.
    #[command(flatten)]
    pub report: ReportArgs,
}

/// Flags of `primer check`.
#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Typeset the handouts, booklets and PDF decks too, and check what typesetting finds
    /// (typst's warnings, slides that overflow). Without it nothing is typeset: handouts and
    /// decks are assembled, which still finds characters no font has.
    #[arg(long)]
    pub pdf: bool,
    /// Severities and output of diagnostics.
    #[command(flatten)]
    pub report: ReportArgs,
}

/// How diagnostics count and are printed (`build` and `check`).
#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// Treat warnings (translation defects) as errors.
    #[arg(long)]
    pub strict: bool,
    /// Treat notes (missing and outdated translations) as errors.
    #[arg(long)]
    pub complete: bool,
    /// How to print diagnostics.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
}

/// Translator subcommands.
#[derive(Debug, Subcommand)]
pub enum I18nCommand {
    /// Write the source-language reference files locales/<source>/{modules,audiences}/*.ftl,
    /// with the earlier IDs of changed segments.
    Extract,
    /// Show how much of each document is translated, per locale.
    Status {
        /// Only this locale.
        #[arg(long, value_name = "TAG")]
        locale: Option<String>,
        /// List every segment that needs work, with its English source.
        #[arg(long)]
        details: bool,
        /// Table or JSON.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
}

/// Output format of diagnostics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// `path:line:col: severity: message` with a snippet.
    Human,
    /// One JSON array.
    Json,
}

/// Flags of `primer serve`.
#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// Port to listen on (0 picks a free one).
    #[arg(long, default_value_t = 1111)]
    pub port: u16,
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1")]
    pub bind: String,
    /// Open the site in a browser.
    #[arg(long)]
    pub open: bool,
    /// Typeset the PDF handouts too (slower rebuilds).
    #[arg(long)]
    pub pdf: bool,
    /// Poll for changes (for network drives and containers without file-system events).
    #[arg(long)]
    pub poll: bool,
}

/// What `primer new` creates.
#[derive(Debug, Subcommand)]
pub enum NewCommand {
    /// A module: content/modules/<ID>.md with front matter and a short template body.
    Module {
        /// Lowercase letters, digits and `-`.
        id: String,
    },
}
