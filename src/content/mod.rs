//! The source model: front matter, documents, Markdown scanning, segments, passages,
//! citations, label texts, link targets, knowledge checks, slide markers and the regulations registry.

pub mod cfr_links;
pub mod citations;
pub mod document;
pub mod frontmatter;
pub mod labels;
pub mod links;
pub mod markdown;
pub mod passages;
pub mod quiz;
pub mod registry;
pub mod regulations;
pub mod script;
pub mod segment;
pub mod slides;
