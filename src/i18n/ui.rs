//! Interface strings (`ui.ftl`): for each locale, the chain of its bundles through the
//! fallback chain; templates reach them through `t()`, bodies and handouts directly.

use crate::i18n::catalog::{Bundle, Formatted, format};
use crate::project::Project;
use fluent_bundle::FluentArgs;
use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, RwLock};

/// Strings without arguments already formatted, by locale and key.
type PlainStrings = HashMap<String, HashMap<String, Option<String>>>;

/// Interface strings: for each locale, its chain of `ui.ftl` bundles.
pub struct UiStrings {
    chains: BTreeMap<String, Vec<Arc<Bundle>>>,
    /// What [`UiStrings::get_plain`] found so far: every page asks for the same strings.
    plain: RwLock<PlainStrings>,
}

impl UiStrings {
    /// Builds one `ui.ftl` bundle per locale and the chains over them.
    pub fn new(project: &Project) -> UiStrings {
        let bundles: BTreeMap<&str, Arc<Bundle>> = project
            .catalogs
            .iter()
            .map(|(tag, cat)| (tag.as_str(), Arc::new(cat.ui_bundle())))
            .collect();
        let chains = project
            .config
            .locales
            .keys()
            .map(|tag| {
                let chain = project
                    .config
                    .fallback_chain(tag)
                    .iter()
                    .filter_map(|t| bundles.get(t.as_str()).cloned())
                    .collect();
                (tag.clone(), chain)
            })
            .collect();
        UiStrings {
            chains,
            plain: RwLock::default(),
        }
    }

    /// [`UiStrings::get`] without arguments, formatted once per (locale, key).
    pub fn get_plain(&self, locale: &str, key: &str) -> Option<String> {
        let known = self.plain.read().ok().and_then(|plain| {
            plain
                .get(locale)
                .and_then(|strings| strings.get(key))
                .cloned()
        });
        if let Some(text) = known {
            return text;
        }
        let text = self.get(locale, key, Some(&FluentArgs::new()));
        if let Ok(mut plain) = self.plain.write() {
            plain
                .entry(locale.to_string())
                .or_default()
                .insert(key.to_string(), text.clone());
        }
        text
    }

    /// The string `key` (`message` or `message.attribute`) in `locale`, or in its first
    /// fallback that has it. A string a bundle cannot format (an unknown variable or term)
    /// counts as missing there, for messages and attributes alike: the next locale of the
    /// chain is used rather than a half-formatted string, and a template that finds the
    /// string nowhere fails with a located error. The string is one line: an interface
    /// string is text in an element or attribute, never lines or blocks.
    pub fn get(&self, locale: &str, key: &str, args: Option<&FluentArgs>) -> Option<String> {
        self.get_lines(locale, key, args)
            .map(|text| crate::i18n::splice::join_lines(&text))
    }

    fn get_lines(&self, locale: &str, key: &str, args: Option<&FluentArgs>) -> Option<String> {
        let (id, attribute) = match key.split_once('.') {
            Some((id, attr)) => (id, Some(attr)),
            None => (key, None),
        };
        for bundle in self.chains.get(locale)? {
            if let Some(attr) = attribute {
                let message = bundle.get_message(id);
                if let Some(pattern) = message
                    .as_ref()
                    .and_then(|m| m.get_attribute(attr))
                    .map(|a| a.value())
                {
                    let mut errors = Vec::new();
                    let text = bundle.format_pattern(pattern, args, &mut errors);
                    if errors.is_empty() {
                        return Some(text.into_owned());
                    }
                }
                continue;
            }
            if let Formatted::Text(text) = format(bundle, id, args) {
                return Some(text);
            }
        }
        None
    }

    /// Like [`UiStrings::get`], but the key itself when no locale has it (never for
    /// templates, which fail instead; used for labels inside bodies).
    pub fn text(&self, locale: &str, key: &str) -> String {
        self.get_plain(locale, key)
            .unwrap_or_else(|| key.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_bundle::FluentResource;

    fn bundle(tag: &str, text: &str) -> Arc<Bundle> {
        let mut bundle = Bundle::new_concurrent(vec![tag.parse().expect("tag")]);
        bundle.set_use_isolating(false);
        let resource = FluentResource::try_new(text.to_string()).expect("valid Fluent");
        bundle
            .add_resource(Arc::new(resource))
            .expect("no overrides");
        Arc::new(bundle)
    }

    #[test]
    fn an_unformattable_attribute_falls_back_like_a_message() {
        let vi = bundle("vi", "nav = { -unknown }\n    .label = { -unknown }\n");
        let en = bundle("en", "nav = Menu\n    .label = Open the menu\n");
        let ui = UiStrings {
            chains: BTreeMap::from([("vi".to_string(), vec![vi, en])]),
            plain: RwLock::default(),
        };
        assert_eq!(ui.get("vi", "nav", None).as_deref(), Some("Menu"));
        // Formatted once, then remembered: the same answer both times.
        for _ in 0..2 {
            assert_eq!(ui.get_plain("vi", "nav").as_deref(), Some("Menu"));
            assert_eq!(ui.get_plain("vi", "missing"), None);
        }
        assert_eq!(
            ui.get("vi", "nav.label", None).as_deref(),
            Some("Open the menu")
        );
    }
}
