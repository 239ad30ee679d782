//! Rendering: Markdown bodies to HTML ([`body`], [`quiz`]), the theme's templates
//! ([`templates`]), the page view structs they see ([`views`], the template contract) and
//! the pages built from them ([`pages`]).

pub mod body;
pub mod handout;
pub mod pages;
pub mod quiz;
pub mod reader;
pub mod registry;
pub mod search;
pub mod templates;
pub mod views;

/// Escapes text for HTML element content and attribute values.
pub fn html_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}
