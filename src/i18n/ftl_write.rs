//! Writing arbitrary text as Fluent message values, escaped so that it parses back
//! unchanged (`{`, `}`, line-start `[` `*` `.`, significant spaces; docs/formats.md §4).

/// A string literal placeable: `{ "…" }` with `\` and `"` escaped.
fn literal(text: &str) -> String {
    format!(
        "{{ \"{}\" }}",
        text.replace('\\', "\\\\").replace('"', "\\\"")
    )
}

fn escape_line(line: &str, last: bool) -> String {
    let body = line.trim_start_matches(' ');
    let lead = &line[..line.len() - body.len()];
    let (body, trail) = if last {
        let t = body.trim_end_matches(' ');
        (t, &body[t.len()..])
    } else {
        (body, "")
    };
    let mut out = String::with_capacity(line.len() + 8);
    if !lead.is_empty() {
        out.push_str(&literal(lead));
    }
    for (i, c) in body.chars().enumerate() {
        match c {
            '{' | '}' => out.push_str(&literal(&c.to_string())),
            '[' | '*' | '.' if i == 0 && lead.is_empty() => out.push_str(&literal(&c.to_string())),
            _ => out.push(c),
        }
    }
    if !trail.is_empty() {
        out.push_str(&literal(trail));
    }
    out
}

/// The value part of a message for `text`: either ` text` on the id's line or, for
/// several lines, each line indented on its own line.
pub fn value(text: &str) -> String {
    let text = text.replace("\r\n", "\n");
    if text.is_empty() {
        return format!(" {}", literal(""));
    }
    let lines: Vec<&str> = text.split('\n').collect();
    if lines.len() == 1 {
        return format!(" {}", escape_line(lines[0], true));
    }
    let mut out = String::new();
    for (i, line) in lines.iter().enumerate() {
        out.push_str("\n    ");
        let escaped = escape_line(line, i + 1 == lines.len());
        // An empty line inside a value would end the message: keep it as an empty literal.
        out.push_str(if escaped.is_empty() {
            "{ \"\" }"
        } else {
            &escaped
        });
    }
    out
}

/// A whole message: `id = value` followed by a newline.
pub fn message(id: &str, text: &str) -> String {
    format!("{id} ={}\n", value(text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_bundle::{FluentBundle, FluentResource};

    fn round_trip(text: &str) -> String {
        let ftl = message("m", text);
        let res =
            FluentResource::try_new(ftl.clone()).unwrap_or_else(|_| panic!("did not parse: {ftl}"));
        let mut bundle = FluentBundle::new(vec!["en".parse().unwrap()]);
        bundle.set_use_isolating(false);
        bundle.add_resource(res).unwrap();
        let pattern = bundle.get_message("m").and_then(|m| m.value()).unwrap();
        let mut errors = vec![];
        bundle
            .format_pattern(pattern, None, &mut errors)
            .into_owned()
    }

    proptest::proptest! {
        /// Any text (CRLF aside, which is normalized) survives write → parse unchanged.
        #[test]
        fn any_text_round_trips(text in "[a-z{}\\[\\]*.# \"\\\\\n\u{a0}\u{3000}中文🧸-]{0,40}") {
            proptest::prop_assert_eq!(round_trip(&text), text);
        }
    }

    #[test]
    fn tricky_texts_survive_write_then_parse() {
        for text in [
            "Use {name} or } alone",
            "[x] starts with a bracket",
            "* star",
            ".dot",
            "  two leading spaces",
            "trailing  ",
            "",
            "   ",
            "line one\nline two",
            "a\n[b]\n*c\n.d",
            "quote \" and backslash \\",
            "中文含{变量}",
            "emoji 🧸 outside the BMP",
        ] {
            assert_eq!(round_trip(text), text, "for {text:?}");
        }
    }
}
