//! Splitting a Markdown file into YAML front matter and body, and the strict front-matter
//! schemas of modules and audience pages (docs/formats.md §3).

use crate::diagnostics::Diagnostic;
use crate::source::SourceFile;
use crate::yaml;
use serde::Deserialize;
use std::ops::Range;

/// Where the front matter and the body are in a file.
#[derive(Debug, Clone)]
pub struct Split {
    /// From the opening `---` to the start of the closing `---` line.
    pub yaml: Range<usize>,
    /// Byte offset where the body starts.
    pub body_start: usize,
}

/// Finds the `---` fenced front matter at the very start of `file`.
pub fn split(file: &SourceFile) -> Result<Split, Diagnostic> {
    let text = &file.text;
    let first_end = text.find('\n').map_or(text.len(), |i| i + 1);
    if text[..first_end].trim_end() != "---" {
        return Err(Diagnostic::error(
            "front-matter",
            file,
            0,
            "the file must start with YAML front matter between `---` lines",
        ));
    }
    let mut pos = first_end;
    while pos < text.len() {
        let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i + 1);
        let line = text[pos..end].trim_end();
        if line == "---" || line == "..." {
            return Ok(Split {
                yaml: 0..pos,
                body_start: end,
            });
        }
        pos = end;
    }
    Err(Diagnostic::error(
        "front-matter",
        file,
        0,
        "the front matter is never closed with a `---` line",
    ))
}

/// The topic group of a module (label from `ui.ftl` `category-<key>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    /// Requirements for all children's products.
    General,
    /// Toys.
    Toys,
    /// Cribs and infant sleep products.
    Cribs,
    /// Children's clothing and textiles.
    Clothing,
}

impl Category {
    /// The key used in `category-<key>` messages.
    pub fn key(self) -> &'static str {
        match self {
            Category::General => "general",
            Category::Toys => "toys",
            Category::Cribs => "cribs",
            Category::Clothing => "clothing",
        }
    }
}

/// `audiences: all` or a list of audience ids.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum AudienceList {
    /// The keyword `all`.
    Keyword(String),
    /// Listed audience ids.
    List(Vec<String>),
}

/// Front matter of a module.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModuleMeta {
    /// The module title.
    pub title: String,
    /// One-sentence summary for the site index.
    pub summary: String,
    /// `toys`, `cribs`, `clothing` or `general`.
    pub category: Category,
    /// Position within its category (ascending).
    #[serde(default)]
    pub order: i64,
    /// `all` (default) or a list of audience ids.
    #[serde(default)]
    pub audiences: Option<AudienceList>,
    /// The rules the module covers, e.g. `16 CFR 1501`.
    #[serde(default)]
    pub regulations: Vec<String>,
    /// Date of the last expert review, `YYYY-MM-DD`.
    pub reviewed: String,
    /// What the reader will be able to do.
    #[serde(default)]
    pub objectives: Vec<String>,
}

/// Front matter of an audience page.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AudienceMeta {
    /// The country's display name.
    pub title: String,
    /// One sentence shown on the home page.
    #[serde(default)]
    pub summary: Option<String>,
}

/// Parses the front matter of `file` as `T`.
pub fn parse<T: serde::de::DeserializeOwned>(
    file: &SourceFile,
    split: &Split,
) -> Result<T, Diagnostic> {
    yaml::parse(file, split.yaml.clone())
}

/// Parses a `YYYY-MM-DD` date, checking that the day exists in that month and year
/// (`2026-02-31` does not).
pub fn parse_date(date: &str) -> Result<time::Date, String> {
    let b = date.as_bytes();
    let digits = |r: Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() != 10
        || b[4] != b'-'
        || b[7] != b'-'
        || !digits(0..4)
        || !digits(5..7)
        || !digits(8..10)
    {
        return Err(format!("`{date}` is not written YYYY-MM-DD"));
    }
    let num = |r: Range<usize>| date[r].parse::<u16>().unwrap_or(0);
    let month = time::Month::try_from(num(5..7) as u8)
        .map_err(|_| format!("`{date}` has no month {}", &date[5..7]))?;
    time::Date::from_calendar_date(i32::from(num(0..4)), month, num(8..10) as u8)
        .map_err(|_| format!("`{date}` is not a day of the calendar"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_finds_the_fences() {
        let f = SourceFile::new("a.md", "---\ntitle: A\n---\nBody\n");
        let s = split(&f).unwrap();
        assert_eq!(&f.text[s.yaml.clone()], "---\ntitle: A\n");
        assert_eq!(&f.text[s.body_start..], "Body\n");
    }

    #[test]
    fn missing_or_unclosed_front_matter_is_an_error() {
        assert_eq!(
            split(&SourceFile::new("a.md", "# Title\n"))
                .unwrap_err()
                .code,
            "front-matter"
        );
        let e = split(&SourceFile::new("a.md", "---\ntitle: A\n")).unwrap_err();
        assert!(e.message.contains("never closed"));
    }

    #[test]
    fn module_front_matter_errors_have_file_lines() {
        let f = SourceFile::new(
            "a.md",
            "---\ntitle: A\nsummary: S\ncategory: toys\nreviewed: 2026-01-01\ncolour: red\n---\n",
        );
        let e = parse::<ModuleMeta>(&f, &split(&f).unwrap()).unwrap_err();
        assert_eq!((e.line, e.code), (6, "unknown-key"));
        let f = SourceFile::new(
            "a.md",
            "---\ntitle: A\nsummary: S\ncategory: food\nreviewed: 2026-01-01\n---\n",
        );
        let e = parse::<ModuleMeta>(&f, &split(&f).unwrap()).unwrap_err();
        assert_eq!((e.line, e.code), (4, "invalid-value"));
    }

    #[test]
    fn dates_must_exist_in_the_calendar() {
        assert!(parse_date("2026-10-01").is_ok());
        assert!(parse_date("2024-02-29").is_ok());
        for bad in [
            "2026-02-31",
            "2025-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-04-31",
            "1 Oct 2026",
            "2026-1-01",
            "+026-01-01",
        ] {
            assert!(parse_date(bad).is_err(), "{bad}");
        }
    }
}
