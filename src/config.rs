//! `site.yaml` → [`Config`]: strict (unknown keys are errors), validated, every field
//! documented because this is the user documentation of the file (docs/formats.md §2).

use crate::diagnostics::Diagnostic;
use crate::source::SourceFile;
use crate::yaml;
use indexmap::IndexMap;
use serde::Deserialize;

/// Ids that would collide with Primer's own output paths (docs/formats.md §5).
pub const RESERVED_IDS: &[&str] = &[
    "index",
    "static",
    "media",
    "local",
    "glossary",
    "regulations",
    "handouts",
    "search",
    "all-modules",
    "translation-status",
    "sitemap",
    "slides",
];

/// The settings of a Primer project, as written in `site.yaml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Site title in the source language; translated by the `site-title` message of `ui.ftl`.
    pub title: String,
    /// The locale the modules are written in (default `en`).
    #[serde(default = "default_source_locale")]
    pub source_locale: String,
    /// Absolute URL of the published site; only used for absolute links (sitemap, QR codes).
    #[serde(default)]
    pub base_url: Option<String>,
    /// Every locale, by BCP 47 tag, in the order of language menus.
    pub locales: IndexMap<String, LocaleConfig>,
    /// Country audiences, in the order of the home page.
    pub audiences: IndexMap<String, AudienceConfig>,
    /// The date (`YYYY-MM-DD`) against which the editions of the regulations registry
    /// (`content/regulations.yaml`) are judged: the edition in force for a standard is the
    /// latest one listed with an effective date on or before it, and a later one is an
    /// announced successor. Set it when the content is reviewed; Primer never reads the
    /// clock, so builds stay byte-identical. Required when the registry exists.
    #[serde(default)]
    pub as_of: Option<String>,
}

/// One locale of the site.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocaleConfig {
    /// The language's own name for itself (`简体中文`), shown in language menus.
    pub name: String,
    /// Locales whose text is shown, in order, when a segment is not translated.
    #[serde(default)]
    pub fallback: Vec<String>,
    /// Review status of the translation, shown in every page's status banner.
    #[serde(default)]
    pub review: Option<Review>,
}

/// How far a translation has been checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Review {
    /// Translated, not yet reviewed by a qualified translator.
    Draft,
    /// Reviewed by a qualified translator.
    Reviewed,
}

/// One country audience.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AudienceConfig {
    /// The locales this audience's sites are built in; the first is its main language.
    pub locales: Vec<String>,
    /// Paper size of the audience's handouts.
    #[serde(default)]
    pub paper: Paper,
    /// Handout options.
    #[serde(default)]
    pub handout: HandoutConfig,
    /// Briefing-slide options.
    #[serde(default)]
    pub slides: SlidesConfig,
}

/// Paper size for printed handouts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Paper {
    /// ISO A4, the default.
    #[default]
    A4,
    /// US Letter.
    Letter,
}

/// Options for an audience's handouts.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HandoutConfig {
    /// Print each segment in the audience's language followed by the English source.
    #[serde(default)]
    pub bilingual: bool,
}

/// Options for an audience's briefing slides.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SlidesConfig {
    /// Show the English source under each translated line, in smaller type (for a presenter
    /// who speaks English to a room that reads the audience's language).
    #[serde(default)]
    pub bilingual: bool,
}

fn default_source_locale() -> String {
    "en".to_string()
}

/// Whether `id` is a valid module or audience id: lowercase ASCII letters, digits and `-`.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
}

impl Config {
    /// Parses and validates `site.yaml`; all problems found are returned together.
    pub fn parse(file: &SourceFile) -> Result<Config, Vec<Diagnostic>> {
        let config: Config = yaml::parse(file, 0..file.text.len()).map_err(|d| vec![d])?;
        let problems = config.validate(file);
        if problems.is_empty() {
            Ok(config)
        } else {
            Err(problems)
        }
    }

    fn validate(&self, file: &SourceFile) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        let at = |path: &[&str]| yaml::locate_key(file, 0, path);
        if let Some(date) = &self.as_of
            && let Err(problem) = crate::content::frontmatter::parse_date(date)
        {
            out.push(Diagnostic::error(
                "invalid-value",
                file,
                yaml::locate_scalar(file, at(&["as_of"])),
                format!("`as_of` must be a date written YYYY-MM-DD: {problem}"),
            ));
        }
        if !self.locales.contains_key(&self.source_locale) {
            out.push(Diagnostic::error(
                "unknown-locale",
                file,
                at(&["source_locale"]),
                format!(
                    "source locale `{}` is not listed under `locales`",
                    self.source_locale
                ),
            ));
        }
        for (tag, locale) in &self.locales {
            let key = at(&["locales", tag]);
            if tag.parse::<unic_langid::LanguageIdentifier>().is_err() {
                out.push(Diagnostic::error(
                    "invalid-locale",
                    file,
                    key,
                    format!("`{tag}` is not a valid BCP 47 language tag"),
                ));
            }
            for fallback in &locale.fallback {
                if !self.locales.contains_key(fallback) {
                    let pos = yaml::locate_value(file, key, fallback);
                    out.push(Diagnostic::error(
                        "unknown-locale",
                        file,
                        pos,
                        format!("locale `{tag}` falls back to unknown locale `{fallback}`"),
                    ));
                }
            }
            if self.has_fallback_cycle(tag) {
                out.push(Diagnostic::error(
                    "fallback-cycle",
                    file,
                    key,
                    format!("the fallbacks of locale `{tag}` lead back to `{tag}`"),
                ));
            }
        }
        for (id, audience) in &self.audiences {
            let key = at(&["audiences", id]);
            check_id(&mut out, file, key, "audience", id);
            if audience.locales.is_empty() {
                out.push(Diagnostic::error(
                    "invalid-value",
                    file,
                    key,
                    format!("audience `{id}` has no locales"),
                ));
            }
            let locales_key = at(&["audiences", id, "locales"]);
            for (i, tag) in audience.locales.iter().enumerate() {
                if !self.locales.contains_key(tag) {
                    out.push(
                        Diagnostic::error(
                            "unknown-locale",
                            file,
                            yaml::locate_value(file, locales_key, tag),
                            format!("audience `{id}` names unknown locale `{tag}`"),
                        )
                        .hint(format!(
                            "add `{tag}` under `locales`, or use one of: {}",
                            self.locale_list()
                        )),
                    );
                } else if audience.locales[..i].contains(tag) {
                    out.push(Diagnostic::error(
                        "duplicate-locale",
                        file,
                        yaml::locate_value(file, locales_key, tag),
                        format!("audience `{id}` lists locale `{tag}` twice"),
                    ));
                }
            }
        }
        out
    }

    fn locale_list(&self) -> String {
        self.locales.keys().cloned().collect::<Vec<_>>().join(", ")
    }

    fn has_fallback_cycle(&self, start: &str) -> bool {
        let mut stack: Vec<&str> = vec![start];
        let mut seen = std::collections::BTreeSet::new();
        while let Some(tag) = stack.pop() {
            for next in self
                .locales
                .get(tag)
                .map(|l| l.fallback.as_slice())
                .unwrap_or_default()
            {
                if next == start {
                    return true;
                }
                if seen.insert(next.as_str()) {
                    stack.push(next);
                }
            }
        }
        false
    }

    /// The fallback chain of `locale`: itself, its fallbacks depth-first, and the source
    /// locale last, each once.
    pub fn fallback_chain(&self, locale: &str) -> Vec<String> {
        let mut chain: Vec<String> = Vec::new();
        let mut stack = vec![locale.to_string()];
        while let Some(tag) = stack.pop() {
            if chain.contains(&tag) {
                continue;
            }
            if let Some(l) = self.locales.get(&tag) {
                stack.extend(l.fallback.iter().rev().cloned());
            }
            chain.push(tag);
        }
        if !chain.contains(&self.source_locale) {
            chain.push(self.source_locale.clone());
        }
        chain
    }

    /// `as_of` as a date (`None` when it is not set; an invalid date is refused by
    /// [`Config::parse`]).
    pub fn as_of_date(&self) -> Option<time::Date> {
        self.as_of
            .as_deref()
            .and_then(|d| crate::content::frontmatter::parse_date(d).ok())
    }

    /// The review status of `locale` (`None` for the source locale).
    pub fn review(&self, locale: &str) -> Option<Review> {
        if locale == self.source_locale {
            return None;
        }
        self.locales.get(locale).and_then(|l| l.review)
    }
}

/// Reports an id that is malformed or reserved.
pub fn check_id(out: &mut Vec<Diagnostic>, file: &SourceFile, offset: usize, what: &str, id: &str) {
    if !is_valid_id(id) {
        out.push(Diagnostic::error(
            "invalid-id",
            file,
            offset,
            format!("{what} id `{id}` must use only lowercase ASCII letters, digits and `-`"),
        ));
    } else if RESERVED_IDS.contains(&id) {
        out.push(Diagnostic::error(
            "reserved-id",
            file,
            offset,
            format!("`{id}` is reserved for Primer's own pages and cannot be a {what} id"),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config, Vec<Diagnostic>> {
        Config::parse(&SourceFile::new("site.yaml", text))
    }

    const GOOD: &str = "title: T\nlocales:\n  en: { name: English }\n  zh-CN: { name: 中文, fallback: [en], review: draft }\naudiences:\n  china: { locales: [zh-CN, en] }\n";

    #[test]
    fn a_valid_file_parses_in_order() {
        let c = parse(GOOD).unwrap();
        assert_eq!(c.source_locale, "en");
        assert_eq!(c.locales.keys().collect::<Vec<_>>(), ["en", "zh-CN"]);
        assert_eq!(c.fallback_chain("zh-CN"), ["zh-CN", "en"]);
        assert_eq!(c.review("zh-CN"), Some(Review::Draft));
    }

    #[test]
    fn unknown_locale_in_audience_is_located() {
        let errs = parse(&GOOD.replace("[zh-CN, en]", "[zh-CN, xx]")).unwrap_err();
        assert_eq!(errs.len(), 1);
        assert_eq!((errs[0].line, errs[0].column), (6, 29));
        assert!(errs[0].message.contains("unknown locale `xx`"));
    }

    #[test]
    fn unknown_key_cycle_and_reserved_id_are_errors() {
        let e = parse(&GOOD.replace("title: T", "title: T\ntheme: x")).unwrap_err();
        assert_eq!((e[0].line, e[0].code), (2, "unknown-key"));
        let e = parse(&GOOD.replace(
            "en: { name: English }",
            "en: { name: English, fallback: [zh-CN] }",
        ))
        .unwrap_err();
        assert!(e.iter().any(|d| d.code == "fallback-cycle"));
        let e = parse(&GOOD.replace("china:", "media:")).unwrap_err();
        assert_eq!(e[0].code, "reserved-id");
        let e = parse(&GOOD.replace("china:", "slides:")).unwrap_err();
        assert_eq!(e[0].code, "reserved-id");
    }

    #[test]
    fn slides_options_parse_and_unknown_keys_are_located() {
        let c = parse(&GOOD.replace(
            "china: { locales: [zh-CN, en] }",
            "china: { locales: [zh-CN, en], slides: { bilingual: true } }",
        ))
        .unwrap();
        assert!(c.audiences["china"].slides.bilingual);
        assert!(!c.audiences["china"].handout.bilingual);
        assert!(!parse(GOOD).unwrap().audiences["china"].slides.bilingual);
        let e = parse(&GOOD.replace(
            "china: { locales: [zh-CN, en] }",
            "china:\n    locales: [zh-CN, en]\n    slides:\n      bilingual: true\n      speaker: true\n",
        ))
        .unwrap_err();
        assert_eq!((e[0].line, e[0].code), (10, "unknown-key"));
        assert!(e[0].message.contains("speaker"), "{}", e[0].message);
    }

    #[test]
    fn as_of_is_a_real_calendar_date() {
        let c = parse(&format!("{GOOD}as_of: 2026-11-20\n")).unwrap();
        assert_eq!(
            c.as_of_date(),
            time::Date::from_calendar_date(2026, time::Month::November, 20).ok()
        );
        assert_eq!(parse(GOOD).unwrap().as_of_date(), None);
        let e = parse(&format!("{GOOD}as_of: 2026-02-30\n")).unwrap_err();
        assert_eq!((e[0].line, e[0].column, e[0].code), (7, 8, "invalid-value"));
        assert!(
            e[0].message.contains("not a day of the calendar"),
            "{}",
            e[0].message
        );
    }
}
