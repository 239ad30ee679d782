//! Rendering: Markdown bodies to HTML ([`body`], [`quiz`]), the theme's templates
//! ([`templates`]) and the page view structs they see ([`pages`]).

pub mod body;
pub mod handout;
pub mod pages;
pub mod quiz;
pub mod reader;
pub mod search;
pub mod templates;
