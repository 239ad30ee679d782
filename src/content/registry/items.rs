//! Where the items and keys of the registry's YAML sequences are, for located diagnostics.

use std::ops::Range;

/// Byte ranges of the items of the block sequence under the key at `key_at`, stopping at
/// `limit` (the end of the enclosing item). Empty for a flow sequence.
pub(super) fn sequence_items(text: &str, key_at: usize, limit: usize) -> Vec<Range<usize>> {
    let line_start = |at: usize| text[..at].rfind('\n').map_or(0, |i| i + 1);
    let key_indent = key_at - line_start(key_at);
    let mut starts = Vec::new();
    let mut item_indent: Option<usize> = None;
    let mut end = limit;
    let mut offset = text[key_at..limit]
        .find('\n')
        .map_or(limit, |i| key_at + i + 1);
    while offset < limit {
        let line_end = text[offset..limit]
            .find('\n')
            .map_or(limit, |i| offset + i + 1);
        let line = &text[offset..line_end];
        let body = line.trim_start_matches(' ');
        let indent = line.len() - body.len();
        offset = line_end;
        if body.trim().is_empty() || body.starts_with('#') {
            continue;
        }
        let dash = body
            .strip_prefix('-')
            .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\n', '\r']));
        match item_indent {
            None if dash && indent >= key_indent => {
                item_indent = Some(indent);
                starts.push(line_end - line.len() + indent);
            }
            Some(i) if dash && indent == i => starts.push(line_end - line.len() + indent),
            Some(i) if indent > i => {}
            _ => {
                end = line_end - line.len();
                break;
            }
        }
    }
    let mut ranges = Vec::with_capacity(starts.len());
    for (k, &start) in starts.iter().enumerate() {
        ranges.push(start..starts.get(k + 1).copied().unwrap_or(end));
    }
    ranges
}

/// Offset of key `name` of the mapping that is the sequence item `item` (which starts at
/// its `-`), in block style or in flow style on the item's first line.
pub(super) fn key_in_item(text: &str, item: Range<usize>, name: &str) -> Option<usize> {
    let first = item.start + 1;
    let first =
        first + text[first..item.end].len() - text[first..item.end].trim_start_matches(' ').len();
    let line_start = text[..item.start].rfind('\n').map_or(0, |i| i + 1);
    let key_indent = first - line_start;
    let pattern = format!("{name}:");
    let first_line_end = text[first..item.end]
        .find('\n')
        .map_or(item.end, |i| first + i);
    if text[first..].starts_with('{') {
        let line = &text[first..first_line_end];
        return line
            .match_indices(&pattern)
            .find(|(i, _)| line[..*i].ends_with([' ', '{', ',']))
            .map(|(i, _)| first + i);
    }
    if text[first..].starts_with(&pattern) {
        return Some(first);
    }
    let mut offset = (first_line_end + 1).min(item.end);
    while offset < item.end {
        let line_end = text[offset..item.end]
            .find('\n')
            .map_or(item.end, |i| offset + i + 1);
        let line = &text[offset..line_end];
        let body = line.trim_start_matches(' ');
        if line.len() - body.len() == key_indent && body.starts_with(&pattern) {
            return Some(offset + key_indent);
        }
        offset = line_end;
    }
    None
}
