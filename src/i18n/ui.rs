//! Interface strings (`ui.ftl`): for each locale, the chain of its bundles through the
//! fallback chain; templates reach them through `t()`, bodies and handouts directly.

use crate::i18n::catalog::{Bundle, Formatted, format};
use crate::project::Project;
use fluent_bundle::FluentArgs;
use std::collections::BTreeMap;
use std::sync::Arc;

/// Interface strings: for each locale, its chain of `ui.ftl` bundles.
pub struct UiStrings {
    chains: BTreeMap<String, Vec<Arc<Bundle>>>,
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
        UiStrings { chains }
    }

    /// The string `key` in `locale` (or its first fallback that has it).
    pub fn get(&self, locale: &str, key: &str, args: Option<&FluentArgs>) -> Option<String> {
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
                    return Some(
                        bundle
                            .format_pattern(pattern, args, &mut errors)
                            .into_owned(),
                    );
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
        self.get(locale, key, None)
            .unwrap_or_else(|| key.to_string())
    }
}
