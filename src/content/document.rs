//! A loaded source document (module or audience page): front matter, body scan,
//! segments and heading anchors.

use super::frontmatter::{self, AudienceMeta, ModuleMeta, Split};
use super::markdown::{self, BodyScan};
use super::passages;
use super::segment::{Segment, SegmentKind};
use super::slides;
use crate::config::check_id;
use crate::diagnostics::Diagnostic;
use crate::source::SourceFile;
use crate::yaml;

/// Element ids the theme uses on every page; headings may not take them.
pub const RESERVED_ANCHORS: &[&str] = &[
    "main",
    "top",
    "status",
    "footnotes",
    "site-header",
    "site-footer",
];
const RESERVED_ANCHOR_PREFIXES: &[&str] = &["untranslated-", "fn-", "quiz-"];

/// The parts shared by modules and audience pages.
#[derive(Debug, Clone)]
pub struct Document {
    /// File stem: the module or audience id.
    pub id: String,
    /// The source file.
    pub file: SourceFile,
    /// Byte offset of the body in `file.text`.
    pub body_start: usize,
    /// What the body contains.
    pub scan: BodyScan,
    /// The anchor of each heading in `scan.headings`, same order.
    pub anchors: Vec<String>,
    /// The translatable front-matter strings.
    pub front: Front<Segment>,
}

/// The translatable strings of a document's front matter, each in its own field: code
/// never addresses them by position, so a missing summary cannot shift the objectives.
#[derive(Debug, Clone, Default)]
pub struct Front<T> {
    /// `title`.
    pub title: T,
    /// `summary` (always present in modules, optional on audience pages).
    pub summary: Option<T>,
    /// The `objectives` items, in order.
    pub objectives: Vec<T>,
}

impl<T> Front<T> {
    /// Title, summary and objectives, in the order they are shown.
    pub fn iter(&self) -> impl Iterator<Item = &T> {
        std::iter::once(&self.title)
            .chain(self.summary.iter())
            .chain(self.objectives.iter())
    }

    /// The same fields with `f` applied, in the order of [`Front::iter`].
    pub fn map<U>(&self, mut f: impl FnMut(&T) -> U) -> Front<U> {
        let title = f(&self.title);
        let summary = self.summary.as_ref().map(&mut f);
        let objectives = self.objectives.iter().map(f).collect();
        Front {
            title,
            summary,
            objectives,
        }
    }
}

/// The front-matter strings of one file as written, before they become segments.
struct FrontText<'a> {
    title: &'a str,
    summary: Option<&'a str>,
    objectives: &'a [String],
}

impl FrontText<'_> {
    /// Segments for each string, located at its value; an empty or blank string is an
    /// `invalid-value` error there (it would be an empty page title or list item).
    fn segments(&self, file: &SourceFile, out: &mut Vec<Diagnostic>) -> Option<Front<Segment>> {
        let errors = out.len();
        let title_key = yaml::locate_key(file, 0, &["title"]);
        let title = front_segment(
            file,
            SegmentKind::Title,
            "title",
            self.title,
            yaml::locate_scalar(file, title_key),
            out,
        );
        let summary = self.summary.map(|text| {
            let key = yaml::locate_key(file, 0, &["summary"]);
            front_segment(
                file,
                SegmentKind::Summary,
                "summary",
                text,
                yaml::locate_scalar(file, key),
                out,
            )
        });
        let objectives_key = yaml::locate_key(file, 0, &["objectives"]);
        let objectives: Vec<Segment> = self
            .objectives
            .iter()
            .enumerate()
            .map(|(i, text)| {
                let at = yaml::locate_item(file, objectives_key, i);
                front_segment(file, SegmentKind::Objective, "objective", text, at, out)
            })
            .collect();
        (out.len() == errors).then_some(Front {
            title,
            summary,
            objectives,
        })
    }
}

fn front_segment(
    file: &SourceFile,
    kind: SegmentKind,
    name: &str,
    text: &str,
    at: usize,
    out: &mut Vec<Diagnostic>,
) -> Segment {
    let segment = Segment::new(kind, text, at..at, String::new());
    if segment.text.chars().all(char::is_whitespace) {
        out.push(Diagnostic::error(
            "invalid-value",
            file,
            at,
            format!("the {name} is empty: write the text, or remove the line"),
        ));
    }
    segment
}

/// A training module.
#[derive(Debug, Clone)]
pub struct Module {
    /// The shared document parts.
    pub doc: Document,
    /// Its front matter.
    pub meta: ModuleMeta,
}

/// The local information page of one audience.
#[derive(Debug, Clone)]
pub struct AudiencePage {
    /// The shared document parts.
    pub doc: Document,
    /// Its front matter.
    pub meta: AudienceMeta,
}

impl Document {
    /// All segments, front matter first, in document order (repeats included).
    pub fn segments(&self) -> impl Iterator<Item = &Segment> {
        self.front.iter().chain(self.scan.segments.iter())
    }

    /// The body text.
    pub fn body(&self) -> &str {
        &self.file.text[self.body_start..]
    }

    /// Whether `anchor` names a heading of this document.
    pub fn has_anchor(&self, anchor: &str) -> bool {
        self.anchors.iter().any(|a| a == anchor)
    }

    fn load(
        id: &str,
        file: SourceFile,
        split: &Split,
        front: &FrontText,
        audiences: &[&str],
        out: &mut Vec<Diagnostic>,
    ) -> Option<Document> {
        check_id(out, &file, 0, "file", id);
        let front = front.segments(&file, out);
        let scan = markdown::scan(&file.text[split.body_start..], split.body_start);
        if let Some(at) = scan.too_deep {
            out.push(
                Diagnostic::error(
                    "nesting-too-deep",
                    &file,
                    at,
                    format!(
                        "block quotes and lists are nested more than {} levels deep here",
                        markdown::MAX_NESTING
                    ),
                )
                .hint("handouts cannot print deeper nesting: flatten the structure"),
            );
        }
        out.extend(passages::check(&scan.markers, &file, audiences));
        out.extend(slides::check_body(&file, split.body_start));
        let anchors = assign_anchors(&scan, &file, out);
        Some(Document {
            id: id.to_string(),
            file,
            body_start: split.body_start,
            scan,
            anchors,
            front: front?,
        })
    }
}

impl Module {
    /// Loads a module from its file; problems are appended to `out`.
    pub fn load(
        id: &str,
        file: SourceFile,
        audiences: &[&str],
        out: &mut Vec<Diagnostic>,
    ) -> Option<Module> {
        let split = frontmatter::split(&file).map_err(|d| out.push(d)).ok()?;
        let meta: ModuleMeta = frontmatter::parse(&file, &split)
            .map_err(|d| out.push(d))
            .ok()?;
        if let Err(problem) = frontmatter::parse_date(&meta.reviewed) {
            let at = yaml::locate_scalar(&file, yaml::locate_key(&file, 0, &["reviewed"]));
            out.push(Diagnostic::error(
                "invalid-value",
                &file,
                at,
                format!("`reviewed` must be a date written YYYY-MM-DD: {problem}"),
            ));
        }
        match &meta.audiences {
            Some(frontmatter::AudienceList::Keyword(k)) if k != "all" => {
                let at = yaml::locate_key(&file, 0, &["audiences"]);
                out.push(Diagnostic::error(
                    "invalid-value",
                    &file,
                    at,
                    format!("`audiences` must be `all` or a list of audience ids, not `{k}`"),
                ));
            }
            Some(frontmatter::AudienceList::List(ids)) => {
                let at = yaml::locate_key(&file, 0, &["audiences"]);
                for id in ids.iter().filter(|id| !audiences.contains(&id.as_str())) {
                    out.push(Diagnostic::error(
                        "unknown-audience",
                        &file,
                        yaml::locate_value(&file, at, id),
                        format!("unknown audience `{id}`"),
                    ));
                }
            }
            _ => {}
        }
        let front = FrontText {
            title: &meta.title,
            summary: Some(&meta.summary),
            objectives: &meta.objectives,
        };
        let doc = Document::load(id, file, &split, &front, audiences, out)?;
        Some(Module { doc, meta })
    }

    /// Whether audience `id` gets this module.
    pub fn is_for(&self, audience: &str) -> bool {
        match &self.meta.audiences {
            Some(frontmatter::AudienceList::List(ids)) => ids.iter().any(|a| a == audience),
            _ => true,
        }
    }
}

impl AudiencePage {
    /// Loads an audience page; problems are appended to `out`.
    pub fn load(
        id: &str,
        file: SourceFile,
        audiences: &[&str],
        out: &mut Vec<Diagnostic>,
    ) -> Option<AudiencePage> {
        let split = frontmatter::split(&file).map_err(|d| out.push(d)).ok()?;
        let meta: AudienceMeta = frontmatter::parse(&file, &split)
            .map_err(|d| out.push(d))
            .ok()?;
        let front = FrontText {
            title: &meta.title,
            summary: meta.summary.as_deref(),
            objectives: &[],
        };
        let doc = Document::load(id, file, &split, &front, audiences, out)?;
        Some(AudiencePage { doc, meta })
    }
}

/// Explicit ids win; others are slugs of the English heading, made unique with `-1`, `-2`.
fn assign_anchors(scan: &BodyScan, file: &SourceFile, out: &mut Vec<Diagnostic>) -> Vec<String> {
    let mut anchors: Vec<String> = Vec::new();
    let explicit: Vec<&str> = scan
        .headings
        .iter()
        .filter_map(|h| h.explicit_id.as_deref())
        .collect();
    for h in &scan.headings {
        if let Some(id) = &h.explicit_id {
            if is_reserved_anchor(id) {
                out.push(Diagnostic::error(
                    "reserved-id",
                    file,
                    h.offset,
                    format!("heading id `{id}` is reserved for Primer's page layout"),
                ));
            } else if anchors.contains(id) {
                out.push(Diagnostic::error(
                    "duplicate-anchor",
                    file,
                    h.offset,
                    format!("heading id `{id}` is used twice"),
                ));
            }
            anchors.push(id.clone());
            continue;
        }
        let base = slugify(&h.text);
        let base = if base.is_empty() {
            "section".to_string()
        } else if RESERVED_ANCHOR_PREFIXES.iter().any(|p| base.starts_with(p)) {
            // No number after `quiz-answers` would make it free: the prefix stays reserved.
            format!("h-{base}")
        } else {
            base
        };
        // Ends: `base` is not reserved by prefix, so neither is any `base-n`, and only
        // finitely many ids are taken.
        let mut candidate = base.clone();
        let mut n = 1usize;
        while anchors.contains(&candidate)
            || explicit.contains(&candidate.as_str())
            || is_reserved_anchor(&candidate)
        {
            candidate = format!("{base}-{n}");
            n += 1;
        }
        anchors.push(candidate);
    }
    anchors
}

fn is_reserved_anchor(id: &str) -> bool {
    RESERVED_ANCHORS.contains(&id) || RESERVED_ANCHOR_PREFIXES.iter().any(|p| id.starts_with(p))
}

/// A URL-safe anchor: lowercase letters and digits (any script), runs of anything else
/// become one `-`.
pub fn slugify(text: &str) -> String {
    let mut out = String::new();
    let mut dash = false;
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c);
        } else if c != '\'' && c != '’' {
            dash = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert_eq!(
            slugify("Small parts & choking: the test"),
            "small-parts-choking-the-test"
        );
        assert_eq!(
            slugify("Children's Product Certificate"),
            "childrens-product-certificate"
        );
        assert_eq!(slugify("16 CFR 1500.19"), "16-cfr-1500-19");
    }

    #[test]
    fn anchors_are_unique_and_explicit_ids_win() {
        let md = "---\ntitle: T\nsummary: S\ncategory: toys\nreviewed: 2026-01-01\n---\n## Intro\n\n## Intro\n\n## Other {#intro-1}\n\n## Main\n";
        let mut out = Vec::new();
        let m = Module::load("m", SourceFile::new("m.md", md), &[], &mut out).unwrap();
        assert!(out.is_empty(), "{out:?}");
        assert_eq!(m.doc.anchors, ["intro", "intro-2", "intro-1", "main-1"]);
        assert_eq!(
            m.doc.front.iter().map(|s| s.kind).collect::<Vec<_>>(),
            [SegmentKind::Title, SegmentKind::Summary]
        );
        assert_eq!(m.doc.front.title.text, "T");
    }

    #[test]
    fn a_heading_whose_slug_has_a_reserved_prefix_gets_an_anchor() {
        let md = "---\ntitle: T\nsummary: S\ncategory: toys\nreviewed: 2026-01-01\n---\n## Quiz answers\n\n## Fn\n\n## Fn 2\n\n## Quiz answers\n";
        let mut out = Vec::new();
        let m = Module::load("m", SourceFile::new("m.md", md), &[], &mut out).unwrap();
        assert!(out.is_empty(), "{out:?}");
        assert_eq!(
            m.doc.anchors,
            ["h-quiz-answers", "fn", "h-fn-2", "h-quiz-answers-1"]
        );
    }

    #[test]
    fn reserved_heading_ids_are_refused() {
        let md = "---\ntitle: T\nsummary: S\ncategory: toys\nreviewed: 2026-01-01\n---\n## Intro {#main}\n";
        let mut out = Vec::new();
        Module::load("m", SourceFile::new("m.md", md), &[], &mut out);
        assert_eq!((out[0].code, out[0].line), ("reserved-id", 7));
    }
}
