//! Primer builds multilingual safety-training sites and handouts for country audiences.
//!
//! [`pipeline`] runs a build as a sequence of stages, each a function in its own file
//! under `src/pipeline/` that takes and returns named structs:
//!
//! 1. **load and check** (`pipeline/load.rs`): [`project`] reads `site.yaml` ([`config`]),
//!    modules and audience pages ([`content`], where every translatable piece of text gets
//!    a stable ID from its English source: [`content::markdown`], [`content::segment`]),
//!    the regulations registry ([`content::registry`]), Fluent files ([`i18n`]) and the
//!    theme, in sorted order; then the cross-file checks ([`check`]) → `Checked`;
//! 2. **prepare** (`pipeline/renderers.rs`): interface strings, the compiled theme and the
//!    handout typesetter, once per build;
//! 3. **localize** (`pipeline/translate.rs`, `pipeline/localize.rs`): the audience pages,
//!    the registry's and the audiences' titles, through [`i18n::translate`] with the
//!    fallback chain and translation QA;
//! 4. **render** (`pipeline/jobs.rs`, `pipeline/module_job.rs`, `pipeline/run.rs`): one job
//!    per module localizes it once per locale, makes its pages ([`render::pages`]), slides
//!    and handouts ([`render::handout`]) for every (audience, locale) site that shows it,
//!    writes them into the [`output`] and drops the localizations; then the pages that list
//!    modules, from the titles and translation statuses the module jobs handed on;
//! 5. **search index** (`pipeline/search_index.rs`): each site's index from its module
//!    pages' sections ([`render::search`]);
//! 6. **finish** (`pipeline/finish.rs`): static and media files, sitemap, offline bundles,
//!    and the commit: on disk, a staging directory replaces `public/` only when the whole
//!    build succeeded.
//!
//! `serve` ([`serve`]) runs the same stages into memory with a [`pipeline::Cache`], so an
//! edit re-does only what it affects: every cached piece of work has a key from one
//! fingerprint builder (`pipeline/fingerprint.rs`) fed every input the work reads.
//!
//! Problems in the content are [`diagnostics::Diagnostic`]s, collected across the run;
//! [`cmd`] maps the command line onto a [`pipeline::BuildPlan`].

pub mod check;
pub mod cli;
pub mod cmd;
pub mod config;
pub mod content;
pub mod diagnostics;
pub(crate) mod fingerprint;
pub mod i18n;
pub mod output;
pub mod pipeline;
pub mod project;
pub mod render;
pub mod serve;
pub mod source;
pub mod yaml;
