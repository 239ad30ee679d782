//! The development server: serves the in-memory site, injects the live-reload script and
//! the error overlay into pages, streams reload events, and refuses paths that climb out of
//! the site.

use crate::diagnostics::{Diagnostic, Severity};
use crate::output::Files;
use crate::render::html_escape;
use axum::Router;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use std::convert::Infallible;
use std::sync::{Arc, RwLock};
use tokio::sync::broadcast;

/// The path of the server-sent reload events.
pub const EVENTS: &str = "/__primer/events";

/// What the server shares with the rebuild loop.
pub struct Shared {
    /// The site, replaced file by file after each successful build.
    pub files: Files,
    /// Diagnostics of the latest build: errors show as an overlay, warnings as a panel.
    pub diagnostics: RwLock<Vec<Diagnostic>>,
    /// Sends a reload to every open page.
    pub reload: broadcast::Sender<()>,
}

/// The router: reload events and everything else from memory.
pub fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route(EVENTS, axum::routing::get(events))
        .fallback(serve)
        .with_state(shared)
}

async fn events(
    State(shared): State<Arc<Shared>>,
) -> Sse<impl futures_util::Stream<Item = Result<Event, Infallible>>> {
    let rx = shared.reload.subscribe();
    let stream = futures_util::stream::unfold(rx, |mut rx| async move {
        loop {
            match rx.recv().await {
                Ok(()) => return Some((Ok(Event::default().event("reload").data("reload")), rx)),
                Err(broadcast::error::RecvError::Lagged(_)) => continue,
                Err(broadcast::error::RecvError::Closed) => return None,
            }
        }
    });
    Sse::new(stream).keep_alive(KeepAlive::default())
}

/// Decodes `%XX` escapes; `None` for a malformed escape (`%` not followed by two hex
/// digits, which `percent-encoding` would pass through as text) or for invalid UTF-8.
fn percent_decode(path: &str) -> Option<String> {
    let bytes = path.as_bytes();
    let malformed = bytes.iter().enumerate().any(|(i, &b)| {
        b == b'%'
            && !bytes
                .get(i + 1..i + 3)
                .is_some_and(|hex| hex.iter().all(u8::is_ascii_hexdigit))
    });
    if malformed {
        return None;
    }
    percent_encoding::percent_decode_str(path)
        .decode_utf8()
        .ok()
        .map(|s| s.into_owned())
}

/// The file a request path names, or `None` if it is malformed or tries to leave the site
/// (`..` or `.` segments, encoded or not, backslashes, NUL).
pub fn file_key(raw_path: &str) -> Option<String> {
    let decoded = percent_decode(raw_path)?;
    if decoded.contains('\\') || decoded.contains('\0') {
        return None;
    }
    let trimmed = decoded.trim_start_matches('/');
    if trimmed.split('/').any(|seg| seg == ".." || seg == ".") {
        return None;
    }
    if trimmed.is_empty() || trimmed.ends_with('/') {
        return Some(format!("{trimmed}index.html"));
    }
    Some(trimmed.to_string())
}

/// The `Content-Type` of a site file, by extension; text types are UTF-8, as Primer writes
/// them.
fn content_type(key: &str) -> HeaderValue {
    let mime = mime_guess::from_path(key).first_or_octet_stream();
    let value = if mime.type_() == mime_guess::mime::TEXT {
        format!("{mime}; charset=utf-8")
    } else {
        mime.to_string()
    };
    HeaderValue::from_str(&value).unwrap_or(HeaderValue::from_static("application/octet-stream"))
}

async fn serve(State(shared): State<Arc<Shared>>, uri: Uri) -> Response {
    let Some(mut key) = file_key(uri.path()) else {
        return (
            StatusCode::BAD_REQUEST,
            "bad request: the path leaves the site\n",
        )
            .into_response();
    };
    let mut body = shared.files.read().ok().and_then(|f| f.get(&key).cloned());
    if body.is_none() && !key.contains('.') {
        // A folder without the trailing slash.
        let index = format!("{key}/index.html");
        body = shared
            .files
            .read()
            .ok()
            .and_then(|f| f.get(&index).cloned());
        key = index;
    }
    let (status, key, bytes) = match body {
        Some(b) => (StatusCode::OK, key, b.to_vec()),
        None => (
            StatusCode::NOT_FOUND,
            "404.html".to_string(),
            not_found(&key).into_bytes(),
        ),
    };
    let bytes = if key.ends_with(".html") {
        inject(&shared, bytes)
    } else {
        bytes
    };
    let mut response = (status, bytes).into_response();
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, content_type(&key));
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

fn not_found(key: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title></head><body><h1>Not found</h1><p>There is no <code>{}</code> in this site. <a href=\"/index.html\">Go to the home page</a>.</p></body></html>\n",
        html_escape(key)
    )
}

/// The live-reload script: reloads on a server event, keeping the scroll position.
const RELOAD: &str = r#"<script>(function(){var k="primer-scroll:"+location.pathname;var y=sessionStorage.getItem(k);if(y!==null){sessionStorage.removeItem(k);window.addEventListener("load",function(){window.scrollTo(0,Number(y));});}var es=new EventSource("/__primer/events");es.addEventListener("reload",function(){sessionStorage.setItem(k,String(window.scrollY));location.reload();});})();</script>"#;

/// Adds the reload script, and the diagnostics of the latest build: errors as an overlay
/// over the last good page, warnings in a collapsible panel.
fn inject(shared: &Shared, html: Vec<u8>) -> Vec<u8> {
    let mut page = String::from_utf8_lossy(&html).into_owned();
    let diagnostics = shared
        .diagnostics
        .read()
        .map(|d| d.clone())
        .unwrap_or_default();
    let (errors, warnings): (Vec<&Diagnostic>, Vec<&Diagnostic>) = diagnostics
        .iter()
        .filter(|d| d.severity != Severity::Note)
        .partition(|d| d.severity == Severity::Error);
    let mut extra = String::from(RELOAD);
    let list = |ds: &[&Diagnostic]| {
        ds.iter()
            .map(|d| html_escape(&d.render()))
            .collect::<Vec<_>>()
            .join("\n")
    };
    if !errors.is_empty() {
        extra.push_str(&format!(
            "<div id=\"primer-overlay\" role=\"alert\" style=\"position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.94);color:#fff;padding:1.5rem;font:14px/1.5 ui-monospace,monospace\"><p style=\"font:bold 18px system-ui,sans-serif;margin:0 0 1rem\">The last edit has errors; this is the last good version of the page. Fix the file and save: the page reloads by itself.</p><pre style=\"white-space:pre-wrap;color:#ffb4b4\">{}</pre></div>",
            list(&errors)
        ));
    }
    if !warnings.is_empty() {
        extra.push_str(&format!(
            "<details id=\"primer-warnings\" style=\"position:fixed;right:0;bottom:0;max-width:40rem;max-height:50vh;overflow:auto;z-index:2147483646;background:#fff8e1;color:#3b2e00;border:1px solid #d9b54a;padding:.5rem;font:13px/1.4 ui-monospace,monospace\"><summary>{} translation warnings</summary><pre style=\"white-space:pre-wrap\">{}</pre></details>",
            warnings.len(),
            list(&warnings)
        ));
    }
    match page.rfind("</body>") {
        Some(i) => page.insert_str(i, &extra),
        None => page.push_str(&extra),
    }
    page.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_that_leave_the_site_are_refused() {
        assert_eq!(file_key("/").as_deref(), Some("index.html"));
        assert_eq!(
            file_key("/china/zh-CN/").as_deref(),
            Some("china/zh-CN/index.html")
        );
        assert_eq!(
            file_key("/static/style.css").as_deref(),
            Some("static/style.css")
        );
        assert_eq!(file_key("/%E4%B8%AD.html").as_deref(), Some("中.html"));
        for bad in [
            "/../../etc/passwd",
            "/%2e%2e/%2e%2e/etc/passwd",
            "/%2E%2E/x",
            "/a/./b",
            "/a\\..\\b",
            "/a%5c..%5cb",
            "/%zz",
        ] {
            assert_eq!(file_key(bad), None, "{bad}");
        }
    }

    #[test]
    fn malformed_escapes_are_refused() {
        for bad in ["/%", "/%2", "/a%2", "/%g0", "/%C3%28"] {
            assert_eq!(file_key(bad), None, "{bad}");
        }
        assert_eq!(file_key("/a%20b.html").as_deref(), Some("a b.html"));
    }

    #[test]
    fn content_types_of_site_files() {
        for (key, expected) in [
            ("index.html", "text/html; charset=utf-8"),
            ("static/style.css", "text/css; charset=utf-8"),
            ("static/search.js", "text/javascript; charset=utf-8"),
            ("notes.txt", "text/plain; charset=utf-8"),
            ("sitemap.xml", "text/xml; charset=utf-8"),
            ("index.json", "application/json"),
            ("media/logo.svg", "image/svg+xml"),
            ("media/photo.JPG", "image/jpeg"),
            ("media/photo.webp", "image/webp"),
            ("handout.pdf", "application/pdf"),
            ("site.zip", "application/zip"),
            ("LICENSE", "application/octet-stream"),
        ] {
            assert_eq!(content_type(key), expected, "{key}");
        }
    }
}
