//! Rendering: a localized body is prepared once ([`prepare`]) into a back-end-neutral tree,
//! printed as HTML ([`body`], [`quiz`]) and as handout data ([`handout`]); the theme's templates
//! ([`templates`]), the page view structs they see ([`views`], the template contract) and
//! the pages built from them ([`pages`]); the groundwork of briefing slides ([`slides`]).

pub mod body;
pub mod handout;
pub mod pages;
pub mod prepare;
pub mod quiz;
pub mod reader;
pub mod registry;
pub mod search;
pub mod search_index;
pub mod slides;
pub mod templates;
pub mod views;

/// Escapes text for HTML element content and attribute values: `&`, `<`, `>`, `"` and `'`
/// (as `&#39;`), with the escaper pulldown-cmark's own `push_html` uses, so hand-built HTML
/// and rendered Markdown escape identically.
pub fn html_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Writing to a `String` never fails.
    let _ = pulldown_cmark_escape::escape_html(&mut out, text);
    out
}

#[cfg(test)]
mod tests {
    use super::html_escape;

    #[test]
    fn html_escape_escapes_the_five_characters_for_quoted_attributes() {
        assert_eq!(
            html_escape(r#"<a href="x">Tom & Jerry's</a> 中文"#),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt; 中文"
        );
    }
}
