//! Translation QA: the checks and the number reading they rely on.

use super::*;

/// The first implementation of [`numbers`], kept as the reference its faster form must
/// agree with.
fn numbers_reference(text: &str) -> BTreeSet<String> {
    let chars: Vec<char> = text
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            _ => c,
        })
        .collect();
    let mut out = BTreeSet::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let mut groups = vec![String::new()];
        while i < chars.len() {
            let c = chars[i];
            if c.is_ascii_digit() {
                if let Some(g) = groups.last_mut() {
                    g.push(c);
                }
                i += 1;
                continue;
            }
            let run = chars[i + 1..]
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .count();
            let separator = match c {
                '.' | ',' | '٫' => run > 0,
                ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\'' => run == 3,
                _ => false,
            };
            if !separator {
                break;
            }
            groups.push(String::new());
            i += 1;
        }
        out.insert(match groups.split_last() {
            Some((last, rest)) if !rest.is_empty() && last.len() != 3 => {
                format!("{}.{last}", rest.concat())
            }
            _ => groups.concat(),
        });
    }
    out
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig {
        cases: 2_000,
        failure_persistence: None,
        ..proptest::prelude::ProptestConfig::default()
    })]
    #[test]
    fn numbers_agree_with_the_reference(
        text in "[0-9０-９.,٫ \u{a0}\u{202f}\u{2009}'a年%-]{0,40}"
    ) {
        proptest::prop_assert_eq!(numbers(&text), numbers_reference(&text));
    }
}

fn codes(source: &str, translation: &str) -> Vec<&'static str> {
    check(source, translation)
        .into_iter()
        .map(|p| p.code)
        .collect()
}

#[test]
fn facts_found_once_check_like_the_source_text() {
    let memo = SourceMemo::default();
    let cases = [
        (
            "Lead: 100 ppm, see [16 CFR 1303](https://www.ecfr.gov/) and `code`.",
            "铅：1000 ppm，见 [16 CFR 1303](https://www.ecfr.gov/)。",
        ),
        (
            "Lead: 100 ppm, see [16 CFR 1303](https://www.ecfr.gov/) and `code`.",
            "<b>Chì</b>: 100 ppm, `code`",
        ),
        (
            "For ages 3 to 6, under 16 CFR 1501.",
            "Cho trẻ 3–8 tuổi, theo 16 CFR 1500.",
        ),
        ("No numbers here.", "   "),
    ];
    for (source, translation) in cases {
        let facts = memo.facts(source);
        assert!(
            std::sync::Arc::ptr_eq(&facts, &memo.facts(source)),
            "found once"
        );
        let messages = |problems: Vec<Problem>| -> Vec<String> {
            problems
                .into_iter()
                .map(|p| format!("{}: {}", p.code, p.message))
                .collect()
        };
        let expected = messages(check(source, translation));
        assert!(
            !expected.is_empty(),
            "each case has a problem: {source} / {translation}"
        );
        assert_eq!(
            messages(check_against(&facts, source, translation)),
            expected
        );
    }
}

#[test]
fn numbers_are_normalized() {
    let n = |t: &str| numbers(t).into_iter().collect::<Vec<_>>();
    assert_eq!(n("1,000 and 1.000 and 1 000"), ["1000"]);
    assert_eq!(n("0.1% or 0,1%"), ["0.1"]);
    assert_eq!(
        n("16 CFR 1500.19(b), 2026-11-20"),
        ["11", "1500.19", "16", "20", "2026"]
    );
    assert_eq!(n("１００ ppm"), ["100"]);
    assert_eq!(n("ages 3 to 6"), ["3", "6"]);
}

#[test]
fn an_empty_or_blank_translation_fails() {
    for blank in ["", " ", "\n\n", "\u{3000}"] {
        assert_eq!(codes("Hidden.", blank), ["qa-empty"], "{blank:?}");
    }
}

#[test]
fn a_changed_number_fails_and_extra_numbers_pass() {
    assert_eq!(
        codes("The limit is 100 ppm.", "限量为1000 ppm。"),
        ["qa-number"]
    );
    assert!(codes("Mandatory from July 8, 2026.", "自2026年7月8日起强制执行。").is_empty());
    assert!(codes("The limit is 0.1%.", "Giới hạn là 0,1%.").is_empty());
}

#[test]
fn citations_links_and_code_must_match() {
    assert_eq!(
        codes("See 16 CFR 1501.", "见 16 CFR 1501 和 16 CFR 1500。"),
        ["qa-citation"]
    );
    assert_eq!(
        codes(
            "Read [the rule](https://a.org/x).",
            "Đọc [quy định](https://a.org/y)."
        ),
        ["qa-link"]
    );
    assert_eq!(
        codes("Read [the rule](https://a.org/x).", "Đọc quy định."),
        ["qa-link"]
    );
    assert_eq!(codes("Use `ASTM`.", "Dùng ASTM."), ["qa-code"]);
    assert!(
        codes(
            "Read [the rule](https://a.org/x) in 16 CFR 1501.",
            "阅读 16 CFR 1501 中的[规定](https://a.org/x)。"
        )
        .is_empty()
    );
}

#[test]
fn untrusted_markup_fails() {
    assert_eq!(
        codes("Click here.", "Bấm <script>alert(1)</script> đây."),
        ["qa-html"]
    );
    assert_eq!(
        codes(
            "Read [this](https://a.org).",
            "Đọc [đây](javascript:alert(1))."
        ),
        ["qa-javascript", "qa-link"]
    );
}
