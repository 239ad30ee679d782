//! Translation: Fluent catalogs per locale, segment resolution with fallback, splicing,
//! and the reference files translators work from.

pub mod catalog;
pub mod extract;
pub mod ftl_write;
pub mod lineage;
pub mod qa;
pub mod splice;
pub mod status;
pub mod translate;
