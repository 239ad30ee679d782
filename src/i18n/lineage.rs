//! Lineage (docs/formats.md §4): when an English segment changes, its ID changes; `extract` aligns
//! the old and new segment sequences of a document and records every earlier ID of a
//! segment as `# previous: …` in the reference file, carried forward across extracts.

use crate::content::document::Document;
use crate::content::segment::{Segment, SegmentKind};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, PatternElement};
use std::collections::{BTreeMap, BTreeSet};

/// The prefix of the comment line that lists earlier IDs.
pub const PREVIOUS: &str = "previous:";

/// One message of a reference file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReferenceEntry {
    /// The segment ID.
    pub id: String,
    /// The English text the ID was computed from.
    pub text: String,
    /// Earlier IDs of this segment, newest first.
    pub previous: Vec<String>,
}

/// Reads the messages of a reference file in order, with their `# previous:` lists.
pub fn read_reference(text: &str) -> Vec<ReferenceEntry> {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    let mut out = Vec::new();
    for entry in resource.body {
        let Entry::Message(message) = entry else {
            continue;
        };
        let previous = message
            .comment
            .iter()
            .flat_map(|c| c.content.iter())
            .filter_map(|line| line.trim().strip_prefix(PREVIOUS))
            .flat_map(|ids| ids.split_whitespace().map(str::to_string))
            .collect();
        let mut value = String::new();
        for element in message.value.iter().flat_map(|p| p.elements.iter()) {
            match element {
                PatternElement::TextElement { value: v } => value.push_str(v),
                PatternElement::Placeable {
                    expression: Expression::Inline(InlineExpression::StringLiteral { value: v }),
                } => {
                    value.push_str(&unescape(v));
                }
                PatternElement::Placeable { .. } => {}
            }
        }
        out.push(ReferenceEntry {
            id: message.id.name.to_string(),
            text: value,
            previous,
        });
    }
    out
}

/// Resolves `\\`, `\"` and `\uXXXX` / `\UXXXXXX` in a Fluent string literal.
fn unescape(literal: &str) -> String {
    let mut out = String::with_capacity(literal.len());
    let mut chars = literal.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some(u @ ('u' | 'U')) => {
                let len = if u == 'u' { 4 } else { 6 };
                let hex: String = chars.by_ref().take(len).collect();
                out.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

/// Current ID → earlier IDs, read from a document's reference file.
pub type LineageMap = BTreeMap<String, Vec<String>>;

/// The lineage of the current segments of `doc` in `reference`, and whether the reference
/// file lists every current segment (if not, `extract` needs to run).
pub fn lineage_of(doc: &Document, reference: &[ReferenceEntry]) -> (LineageMap, bool) {
    lineage_of_segments(doc.segments(), reference)
}

/// Like [`lineage_of`], for any sequence of segments (such as the registry's titles).
pub fn lineage_of_segments<'s>(
    segments: impl Iterator<Item = &'s Segment>,
    reference: &[ReferenceEntry],
) -> (LineageMap, bool) {
    let by_id: BTreeMap<&str, &ReferenceEntry> =
        reference.iter().map(|e| (e.id.as_str(), e)).collect();
    let mut map = LineageMap::new();
    let mut complete = true;
    for segment in segments {
        match by_id.get(segment.id.as_str()) {
            Some(entry) if !entry.previous.is_empty() => {
                map.insert(segment.id.clone(), entry.previous.clone());
            }
            Some(_) => {}
            None => complete = false,
        }
    }
    (map, complete)
}

/// A segment of the new sequence, for alignment.
pub struct NewSegment<'a> {
    /// Its ID.
    pub id: &'a str,
    /// Its kind.
    pub kind: SegmentKind,
    /// Its normalized text.
    pub text: &'a str,
}

/// Earlier IDs for each new segment (same order), aligning `old` and `new` by position and
/// similarity: unchanged IDs anchor the alignment; between two anchors, changed segments of
/// the same kind are paired, most similar first.
pub fn align(old: &[ReferenceEntry], new: &[NewSegment]) -> Vec<Vec<String>> {
    let new_ids: BTreeSet<&str> = new.iter().map(|s| s.id).collect();
    let old_index: BTreeMap<&str, usize> = old
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id.as_str(), i))
        .collect();
    let mut result: Vec<Vec<String>> = vec![Vec::new(); new.len()];
    // Anchors: new segments whose ID existed before, in increasing old position.
    let mut anchors: Vec<(usize, usize)> = Vec::new();
    for (n, s) in new.iter().enumerate() {
        if let Some(&o) = old_index.get(s.id) {
            if anchors.last().is_none_or(|&(lo, _)| o > lo) {
                anchors.push((o, n));
            }
            result[n] = old[o].previous.clone();
        }
    }
    let mut bounds = vec![(None, None)];
    bounds.extend(anchors.iter().map(|&(o, n)| (Some(o), Some(n))));
    bounds.push((None, None));
    for pair in bounds.windows(2) {
        let old_start = pair[0].0.map_or(0, |o| o + 1);
        let new_start = pair[0].1.map_or(0, |n| n + 1);
        let old_end = pair[1].0.unwrap_or(old.len());
        let new_end = pair[1].1.unwrap_or(new.len());
        let gone: Vec<usize> = (old_start..old_end.max(old_start))
            .filter(|&o| !new_ids.contains(old[o].id.as_str()))
            .collect();
        let fresh: Vec<usize> = (new_start..new_end.max(new_start))
            .filter(|&n| !old_index.contains_key(new[n].id))
            .collect();
        pair_gap(old, new, &gone, &fresh, &mut result);
    }
    result
}

/// The least [`similarity`] at which a changed segment is taken for an edit of a gone one
/// (when a gap holds more than one of either). Measured on the sample's English paragraphs:
/// two unrelated paragraphs score 0.29 in the median (0.46 at the 95th percentile, because
/// they share common bigrams such as `th` and `e `), a paragraph with a third of its words
/// replaced scores 0.47 at least and 0.67 in the median. 0.35 rejects most unrelated pairs;
/// the pairs above it are taken best first, so an edited segment wins over an unrelated one,
/// and a wrong pairing only offers the translator an outdated translation to revise.
const MIN_SIMILARITY: f64 = 0.35;

fn pair_gap(
    old: &[ReferenceEntry],
    new: &[NewSegment],
    gone: &[usize],
    fresh: &[usize],
    result: &mut [Vec<String>],
) {
    let mut candidates: Vec<(f64, usize, usize)> = Vec::new();
    for &n in fresh {
        for &o in gone {
            if kind_of(&old[o].id) != Some(new[n].kind.as_str()) {
                continue;
            }
            let similarity = similarity(&old[o].text, new[n].text);
            // A one-for-one replacement is the same segment however much it changed.
            if gone.len() == 1 && fresh.len() == 1 || similarity >= MIN_SIMILARITY {
                candidates.push((similarity, o, n));
            }
        }
    }
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let (mut used_old, mut used_new) = (BTreeSet::new(), BTreeSet::new());
    for (_, o, n) in candidates {
        if used_old.contains(&o) || used_new.contains(&n) {
            continue;
        }
        used_old.insert(o);
        used_new.insert(n);
        let mut previous = vec![old[o].id.clone()];
        previous.extend(old[o].previous.iter().cloned());
        let mut seen = BTreeSet::new();
        previous.retain(|id| id != new[n].id && seen.insert(id.clone()));
        result[n] = previous;
    }
}

fn kind_of(id: &str) -> Option<&str> {
    id.rsplit_once('-').map(|(kind, _)| kind)
}

/// Dice coefficient over character bigrams (works for CJK and Latin text alike).
///
/// Not `strsim::sorensen_dice`: in strsim 0.11.1 it divides by UTF-8 *byte* lengths
/// (rapidfuzz/strsim-rs#79), so CJK and accented text scores up to three times lower and
/// falls under `MIN_SIMILARITY`, and it drops whitespace, which changes the bigrams of
/// Latin text.
pub fn similarity(a: &str, b: &str) -> f64 {
    let grams = |s: &str| -> BTreeMap<(char, char), usize> {
        let chars: Vec<char> = s.chars().collect();
        let mut m = BTreeMap::new();
        for w in chars.windows(2) {
            *m.entry((w[0], w[1])).or_insert(0) += 1;
        }
        m
    };
    let (ga, gb) = (grams(a), grams(b));
    let total: usize = ga.values().sum::<usize>() + gb.values().sum::<usize>();
    if total == 0 {
        return if a == b { 1.0 } else { 0.0 };
    }
    let common: usize = ga
        .iter()
        .map(|(g, n)| (*n).min(gb.get(g).copied().unwrap_or(0)))
        .sum();
    2.0 * common as f64 / total as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str, text: &str, previous: &[&str]) -> ReferenceEntry {
        ReferenceEntry {
            id: id.into(),
            text: text.into(),
            previous: previous.iter().map(|s| s.to_string()).collect(),
        }
    }

    fn seg<'a>(id: &'a str, kind: SegmentKind, text: &'a str) -> NewSegment<'a> {
        NewSegment { id, kind, text }
    }

    #[test]
    fn an_edited_paragraph_gets_its_old_id_and_carries_earlier_ones() {
        let old = [
            entry("h-1", "Intro", &[]),
            entry("p-2", "The limit is 100 ppm.", &["p-0"]),
            entry("p-3", "Keep records.", &[]),
        ];
        let new = [
            seg("h-1", SegmentKind::H, "Intro"),
            seg("p-9", SegmentKind::P, "The limit is 90 ppm."),
            seg("p-3", SegmentKind::P, "Keep records."),
        ];
        assert_eq!(
            align(&old, &new),
            vec![vec![], vec!["p-2".to_string(), "p-0".to_string()], vec![]]
        );
    }

    #[test]
    fn unrelated_new_text_among_several_changes_is_not_paired() {
        let old = [
            entry("p-1", "Lead limit of 100 ppm applies to substrates.", &[]),
            entry("p-2", "Test every lot.", &[]),
        ];
        let new = [
            seg(
                "p-8",
                SegmentKind::P,
                "Lead limit of 90 ppm applies to paint.",
            ),
            seg("p-7", SegmentKind::P, "Completely different words here."),
            seg("li-6", SegmentKind::Li, "Test every lot."),
        ];
        let r = align(&old, &new);
        assert_eq!(r[0], ["p-1"]);
        assert!(r[1].is_empty());
        assert!(r[2].is_empty(), "kinds must match");
    }

    #[test]
    fn reference_files_read_back_with_previous_ids() {
        let text = "### header\n\n# Title › Intro (paragraph)\n# previous: p-aaa p-bbb\np-ccc = Use { \"{\" }x{ \"}\" } and { \"  \" }\n";
        assert_eq!(
            read_reference(text),
            [entry("p-ccc", "Use {x} and   ", &["p-aaa", "p-bbb"])]
        );
    }

    #[test]
    fn similarity_is_symmetric_and_bounded() {
        assert_eq!(similarity("abc", "abc"), 1.0);
        assert_eq!(similarity("ab", "cd"), 0.0);
        for (a, b) in [
            ("限量为100", "限量为90"),
            ("a", ""),
            ("", ""),
            ("lead paint", "lead"),
        ] {
            let s = similarity(a, b);
            assert!((0.0..=1.0).contains(&s), "{a:?} {b:?}: {s}");
        }
        assert!(
            (similarity("限量为100", "限量为90") - similarity("限量为90", "限量为100")).abs()
                < 1e-9
        );
    }
}
