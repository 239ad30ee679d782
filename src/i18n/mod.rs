//! Translation: Fluent catalogs per locale, segment resolution with fallback, splicing,
//! the reference files translators work from, and the regulations registry's titles.

pub mod catalog;
pub mod extract;
pub mod ftl_write;
pub mod glossary;
pub mod lineage;
pub mod qa;
pub mod registry;
pub mod splice;
pub mod status;
pub mod translate;
pub mod ui;
