//! Where a link or image written in a document points: another module (and whether the
//! audience gets it), a media file, a fragment, an external URL, or nothing in the project.
//! Both the checks and every back end resolve links here; each back end only prints the
//! target its own way.

use crate::content::markdown::has_scheme;
use crate::project::Project;

/// Where a relative link in the source points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkTarget {
    /// Another module (its id), with an optional anchor.
    Module(String, Option<String>),
    /// A media file (its name under `public/media/`).
    Media(String),
}

/// Resolves a relative link written in a document under `content/`.
pub fn resolve(project: &Project, path: &str, fragment: Option<&str>) -> Option<LinkTarget> {
    let clean = path.trim_start_matches("./");
    if let Some(file) = clean.strip_suffix(".md") {
        let id = file.rsplit('/').next().unwrap_or(file);
        return Some(LinkTarget::Module(
            id.to_string(),
            fragment.map(str::to_string),
        ));
    }
    let name = clean.strip_prefix("../media/").unwrap_or(clean);
    project
        .media
        .contains_key(name)
        .then(|| LinkTarget::Media(name.to_string()))
}

/// What a link's destination is on one audience's site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkTo {
    /// A `javascript:` URL: never a link.
    Script,
    /// A fragment of the same page (`#…`), as written.
    Fragment,
    /// A path from the server root (`/…`), as written.
    Rooted,
    /// A URL with a scheme, as written; `web` for `http:`, `https:` and `mailto:`.
    External {
        /// Whether a reader of a printed handout can follow it.
        web: bool,
    },
    /// A module the audience gets (its id), with an optional anchor.
    Module(String, Option<String>),
    /// A module that does not exist or that the audience does not get.
    Unavailable,
    /// A media file (its name under `public/media/`).
    Media(String),
    /// A relative path that names nothing in the project, as written.
    Unresolved,
}

/// Classifies the destination `url` of a link or image for `audience`'s site.
pub fn link_to(project: &Project, audience: &str, url: &str) -> LinkTo {
    let lower = url.trim_start().to_ascii_lowercase();
    if lower.starts_with("javascript:") {
        return LinkTo::Script;
    }
    if ["http://", "https://", "mailto:"]
        .iter()
        .any(|s| lower.starts_with(s))
    {
        return LinkTo::External { web: true };
    }
    if url.starts_with('#') {
        return LinkTo::Fragment;
    }
    if url.starts_with('/') {
        return LinkTo::Rooted;
    }
    if has_scheme(url) {
        return LinkTo::External { web: false };
    }
    let (path, fragment) = url
        .split_once('#')
        .map_or((url, None), |(p, f)| (p, Some(f)));
    match resolve(project, path, fragment) {
        Some(LinkTarget::Module(id, anchor)) => match project.module(&id) {
            Some(module) if module.is_for(audience) => LinkTo::Module(id, anchor),
            _ => LinkTo::Unavailable,
        },
        Some(LinkTarget::Media(name)) => LinkTo::Media(name),
        None => LinkTo::Unresolved,
    }
}
