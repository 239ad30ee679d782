//! The only module that knows the YAML crate: typed parsing with file-absolute positions,
//! and a small locator that finds a key's position for semantic errors.

use crate::diagnostics::Diagnostic;
use crate::source::SourceFile;
use serde::de::DeserializeOwned;

/// Parses `file.text[range]` as one YAML document into `T`.
///
/// For front matter the range starts at the opening `---` line, which YAML reads as a
/// document start, so the parser's line numbers are already those of the whole file.
pub fn parse<T: DeserializeOwned>(
    file: &SourceFile,
    range: std::ops::Range<usize>,
) -> Result<T, Diagnostic> {
    let text = &file.text[range.clone()];
    yaml_serde::from_str::<T>(text).map_err(|err| {
        let (message, code) = describe(&err.to_string());
        let offset = match err.location() {
            Some(loc) => {
                let line_start = file.offset_of(file.line_col(range.start).0 + loc.line() - 1, 1);
                // The crate counts columns in characters, 1-based.
                let (line, _) = file.line_col(line_start);
                file.offset_of(line, loc.column())
            }
            None => range.start,
        };
        Diagnostic::error(code, file, offset, message)
    })
}

/// Removes the crate's own " at line N column M" suffix and names the problem.
fn describe(raw: &str) -> (String, &'static str) {
    let message = match raw.find(" at line ") {
        Some(i) => raw[..i].to_string(),
        None => raw.to_string(),
    };
    let message = message.trim_end_matches('.').to_string();
    let code = if message.contains("unknown field") {
        "unknown-key"
    } else if message.contains("missing field") {
        "missing-key"
    } else if message.contains("invalid type")
        || message.contains("invalid value")
        || message.contains("unknown variant")
    {
        "invalid-value"
    } else {
        "yaml-syntax"
    };
    (message, code)
}

/// Finds the byte offset of a nested key such as `audiences` › `china` › `locales`
/// in block or flow style. Returns the deepest key found, or `start` if none is.
pub fn locate_key(file: &SourceFile, start: usize, path: &[&str]) -> usize {
    let text = &file.text;
    let mut pos = start;
    let mut parent_indent: Option<usize> = None;
    for key in path {
        let Some((found, indent)) = find_key_after(text, pos, key, parent_indent) else {
            return pos;
        };
        pos = found;
        parent_indent = Some(indent);
    }
    pos
}

/// Offset of `value` as a whole token at or after `from` (for items in a list), or `from`
/// when it is not found. An empty `value` is never searched for: it would match everywhere.
pub fn locate_value(file: &SourceFile, from: usize, value: &str) -> usize {
    let text = &file.text;
    if value.is_empty() || from > text.len() {
        return from;
    }
    let boundary =
        |c: Option<char>| c.is_none_or(|c| !(c.is_alphanumeric() || c == '-' || c == '_'));
    // `match_indices` moves past each match, so the search always ends.
    text[from..]
        .match_indices(value)
        .map(|(i, _)| from + i)
        .find(|&at| {
            boundary(text[..at].chars().next_back())
                && boundary(text[at + value.len()..].chars().next())
        })
        .unwrap_or(from)
}

/// Offset of the value of the key at `key_at` (`title: Value` → `V`): the first character
/// after the colon and any spaces on the key's line, or the key itself when the value is on
/// a later line or empty.
pub fn locate_scalar(file: &SourceFile, key_at: usize) -> usize {
    let text = &file.text;
    let line_end = text[key_at..].find('\n').map_or(text.len(), |i| key_at + i);
    let line = &text[key_at..line_end];
    let Some(colon) = line.find(':') else {
        return key_at;
    };
    let after = &line[colon + 1..];
    let value = after.trim_start_matches([' ', '\t']);
    if value.is_empty() || value.starts_with('#') {
        key_at
    } else {
        key_at + colon + 1 + (after.len() - value.len())
    }
}

/// Offset of item `index` (0-based) of the block or flow sequence under the key at
/// `key_at`, or the key itself when it cannot be found.
pub fn locate_item(file: &SourceFile, key_at: usize, index: usize) -> usize {
    let text = &file.text;
    let line_end = text[key_at..].find('\n').map_or(text.len(), |i| key_at + i);
    let key_line = &text[key_at..line_end];
    if let Some(open) = key_line.find('[') {
        // Flow style: split on commas outside quotes.
        let start = key_at + open + 1;
        let mut item = 0;
        let mut quote: Option<char> = None;
        let mut item_start = start;
        for (i, c) in text[start..line_end].char_indices() {
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, '"' | '\'') => quote = Some(c),
                (None, ',' | ']') => {
                    if item == index {
                        return skip_spaces(text, item_start);
                    }
                    item += 1;
                    item_start = start + i + 1;
                }
                _ => {}
            }
        }
        return key_at;
    }
    let mut item = 0;
    let mut offset = (line_end + 1).min(text.len());
    for line in text[offset..].split_inclusive('\n') {
        let body = line.trim_start_matches(' ');
        if let Some(rest) = body.strip_prefix('-')
            && (rest.is_empty() || rest.starts_with([' ', '\n', '\r']))
        {
            if item == index {
                let dash = offset + (line.len() - body.len());
                return skip_spaces(text, dash + 1);
            }
            item += 1;
        } else if !(body.trim().is_empty() || body.starts_with('#') || line.starts_with(' ')) {
            break; // the next key: the sequence has ended
        }
        offset += line.len();
    }
    key_at
}

fn skip_spaces(text: &str, at: usize) -> usize {
    at + text[at..].len() - text[at..].trim_start_matches([' ', '\t']).len()
}

fn find_key_after(
    text: &str,
    from: usize,
    key: &str,
    parent_indent: Option<usize>,
) -> Option<(usize, usize)> {
    let line_start = text[..from].rfind('\n').map_or(0, |i| i + 1);
    // A flow mapping on the parent's own line: `china: { locales: [...] }`.
    if parent_indent.is_some() {
        let line_end = text[from..].find('\n').map_or(text.len(), |i| from + i);
        if let Some(i) = find_token_key(&text[from..line_end], key) {
            let indent = text[line_start..].len() - text[line_start..].trim_start().len();
            return Some((from + i, indent));
        }
    }
    let mut offset = text[from..].find('\n').map_or(text.len(), |i| from + i + 1);
    if parent_indent.is_none() {
        offset = line_start;
    }
    while offset < text.len() {
        let end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
        let line = &text[offset..end];
        let body = line.trim_start_matches(' ');
        let indent = line.len() - body.len();
        let blank = body.trim().is_empty() || body.starts_with('#');
        if !blank && parent_indent.is_some_and(|p| indent <= p) {
            return None;
        }
        let unquoted = body
            .strip_prefix('"')
            .and_then(|b| b.strip_prefix(key))
            .and_then(|b| b.strip_prefix('"'));
        let rest = unquoted.or_else(|| body.strip_prefix(key));
        if rest.is_some_and(|r| r.starts_with(':')) {
            return Some((offset + indent, indent));
        }
        offset = end + 1;
    }
    None
}

fn find_token_key(line: &str, key: &str) -> Option<usize> {
    let pattern = format!("{key}:");
    line.match_indices(&pattern)
        .find(|(i, _)| line[..*i].ends_with([' ', '{', ',']))
        .map(|(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Meta {
        title: String,
        order: Option<u32>,
    }

    #[test]
    fn errors_are_located_in_the_whole_file() {
        let f = SourceFile::new("m.md", "---\ntitle: A\ntitel: B\n---\nbody\n");
        let end = f.text.find("\n---\n").map_or(0, |i| i + 1);
        let err = parse::<Meta>(&f, 0..end).unwrap_err();
        assert_eq!((err.line, err.column, err.code), (3, 1, "unknown-key"));
        assert!(
            err.message.starts_with("unknown field `titel`"),
            "{}",
            err.message
        );
    }

    #[test]
    fn type_errors_point_at_the_value() {
        let f = SourceFile::new("m.md", "---\ntitle: A\norder: heavy\n---\n");
        let end = f.text.find("\n---\n").map_or(0, |i| i + 1);
        let err = parse::<Meta>(&f, 0..end).unwrap_err();
        assert_eq!((err.line, err.code), (3, "invalid-value"));
    }

    #[test]
    fn locates_keys_in_block_and_flow_style() {
        let f = SourceFile::new(
            "site.yaml",
            "title: T\naudiences:\n  china: { locales: [zh-CN, xx] }\n  korea:\n    locales: [ko]\n",
        );
        let china = locate_key(&f, 0, &["audiences", "china", "locales"]);
        assert_eq!(f.line_col(china), (3, 12));
        assert_eq!(f.line_col(locate_value(&f, china, "xx")), (3, 29));
        let korea = locate_key(&f, 0, &["audiences", "korea", "locales"]);
        assert_eq!(f.line_col(korea), (5, 5));
    }
}
