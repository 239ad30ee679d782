//! Primer builds multilingual safety-training sites and handouts for country audiences.
//!
//! The pipeline, one stage per module:
//!
//! 1. **load** ([`project`]): `site.yaml` ([`config`]), modules and audience pages
//!    ([`content`]), the regulations registry ([`content::registry`]), Fluent files
//!    ([`i18n`]) and the theme, in sorted order; then cross-file checks ([`check`]: links,
//!    media, citations and editions against the registry);
//! 2. **segment** ([`content::markdown`], [`content::segment`]): every translatable piece
//!    of text gets a stable ID derived from its English source;
//! 3. **translate** ([`i18n`]): each (module, locale) is spliced once from the catalog, with
//!    the fallback chain for segments that are not translated;
//! 4. **render** ([`render`]): Markdown to HTML and Tera templates, per audience;
//! 5. **write** ([`output`]): everything into a temporary directory that replaces `public/`
//!    only when the whole build succeeded.
//!
//! `serve` ([`serve`]) runs the same pipeline into memory with a [`pipeline::Cache`], so an
//! edit re-does only what it affects.
//!
//! Problems in the content are [`diagnostics::Diagnostic`]s, collected across the run;
//! [`pipeline`] runs the stages and [`cmd`] maps the command line onto them.

pub mod check;
pub mod cli;
pub mod cmd;
pub mod config;
pub mod content;
pub mod diagnostics;
pub mod i18n;
pub mod output;
pub mod pipeline;
pub mod project;
pub mod render;
pub mod serve;
pub mod source;
pub mod yaml;
