//! PDF handouts: one per (site, module) and a booklet per site, linked from the pages.

use crate::harness::TestProject;
use serde_json::Value;
use std::collections::BTreeMap;

fn media_box(pdf: &[u8]) -> String {
    let text = String::from_utf8_lossy(pdf);
    let start = text.find("/MediaBox").expect("a page has a MediaBox");
    let end = text[start..].find(']').expect("closed") + start;
    text[start + 9..end + 1].trim().to_string()
}

#[test]
fn handouts_and_booklets_are_written_linked_and_sized_per_audience() {
    let p = TestProject::fixture("basic");
    let run = p.run(&["build", "--strict"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for site in ["alpha/vi", "alpha/en", "beta/zh-CN", "beta/en"] {
        for pdf in ["first", "second", "all-modules"] {
            let bytes = std::fs::read(p.root().join(format!("public/{site}/handouts/{pdf}.pdf")))
                .unwrap_or_else(|e| panic!("{site}/{pdf}: {e}"));
            assert!(bytes.starts_with(b"%PDF-"), "{site}/{pdf}");
        }
    }
    let a4 = std::fs::read(p.root().join("public/alpha/vi/handouts/first.pdf")).expect("pdf");
    assert!(
        media_box(&a4).starts_with("[0 0 595.27"),
        "{}",
        media_box(&a4)
    );
    let letter = std::fs::read(p.root().join("public/beta/zh-CN/handouts/first.pdf")).expect("pdf");
    assert_eq!(media_box(&letter), "[0 0 612 792]");
    assert!(
        p.read("public/alpha/vi/first/index.html")
            .contains("href=\"../handouts/first.pdf\"")
    );
    assert!(
        p.read("public/alpha/vi/index.html")
            .contains("href=\"handouts/all-modules.pdf\"")
    );
    let no_pdf = TestProject::fixture("basic");
    assert_eq!(no_pdf.run(&["build", "--no-pdf"]).code, 0);
    assert!(
        !no_pdf
            .read("public/alpha/vi/first/index.html")
            .contains("handouts/"),
        "no link to a handout that was not built"
    );
}

#[test]
fn a_character_missing_from_every_font_is_a_warning_naming_it() {
    let p = TestProject::fixture("basic");
    let ftl = p
        .read("locales/vi/modules/first.ftl")
        .replace("Tháo pin ra trước.", "Tháo pin ra trước 𓀀.");
    p.write("locales/vi/modules/first.ftl", &ftl);
    let run = p.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("warning: `𓀀` (U+13000) in segment `p-b98aac20bb` is in none of the theme's handout fonts"), "{}", run.stderr);
    assert_eq!(p.run(&["build", "--strict"]).code, 1);
}

#[test]
fn two_builds_with_handouts_are_byte_identical_whatever_the_thread_count() {
    let p = TestProject::fixture("basic");
    assert_eq!(p.run_with_threads(&["build"], 1).code, 0);
    let first = p.tree("public");
    assert_eq!(p.run_with_threads(&["build"], 3).code, 0);
    let second = p.tree("public");
    assert_eq!(
        first.keys().collect::<Vec<_>>(),
        second.keys().collect::<Vec<_>>()
    );
    assert!(first.keys().any(|k| k.ends_with(".pdf")));
    for (path, bytes) in &first {
        assert!(bytes == &second[path], "{path} differs between builds");
    }
}

/// Builds `p` with `PRIMER_HANDOUT_DATA` set and returns the data of
/// every handout by its path without `.json` (`gamma/zh-CN/handouts/cribs`).
fn handout_data(p: &TestProject) -> BTreeMap<String, Value> {
    let dir = tempfile::tempdir().expect("temp dir");
    let run = p.run_with_env(&["build"], 2, &[("PRIMER_HANDOUT_DATA", dir.path())]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut out = BTreeMap::new();
    for entry in walkdir::WalkDir::new(dir.path()) {
        let entry = entry.expect("readable");
        let rel = entry.path().strip_prefix(dir.path()).expect("inside");
        if let Some(key) = rel.to_str().and_then(|r| r.strip_suffix(".json")) {
            let bytes = std::fs::read(entry.path()).expect("read");
            let value = serde_json::from_slice(&bytes).unwrap_or_else(|e| panic!("{key}: {e}"));
            out.insert(key.to_string(), value);
        }
    }
    assert!(!out.is_empty(), "no handout data saved");
    out
}

/// Every value under `v` (depth first) for which `pick` holds.
fn find<'v>(v: &'v Value, pick: &dyn Fn(&Value) -> bool) -> Vec<&'v Value> {
    let mut out = Vec::new();
    if pick(v) {
        out.push(v);
    }
    match v {
        Value::Array(items) => items.iter().for_each(|i| out.extend(find(i, pick))),
        Value::Object(map) => map.values().for_each(|i| out.extend(find(i, pick))),
        _ => {}
    }
    out
}

/// The text of inlines, as `plain` in the handout module makes it.
fn plain(inlines: &Value) -> String {
    let mut s = String::new();
    for i in inlines.as_array().into_iter().flatten() {
        match i["t"].as_str() {
            Some("text" | "sup" | "code") => s.push_str(i["v"].as_str().unwrap_or_default()),
            Some("fallback") => {
                s.push_str(&format!("{{{}}}", i["marker"].as_str().unwrap_or_default()));
                s.push_str(&plain(&i["c"]));
            }
            Some(_) => s.push_str(&plain(&i["c"])),
            None => {}
        }
    }
    s
}

/// The paragraph or option whose text (`c`) contains `needle`.
fn leaf<'v>(data: &'v Value, needle: &str) -> &'v Value {
    let found = find(data, &|v| {
        v.get("c").is_some_and(|c| c.is_array())
            && v.get("en").is_some()
            && plain(&v["c"]).contains(needle)
    });
    found
        .first()
        .copied()
        .unwrap_or_else(|| panic!("no leaf with {needle:?} in {data}"))
}

fn kinds<'v>(inlines: &'v Value, t: &str) -> Vec<&'v Value> {
    find(inlines, &|v| v["t"] == t)
}

#[test]
fn bilingual_english_lines_are_rendered_markdown_not_source() {
    let data = handout_data(&TestProject::fixture("handouts"));
    let handout = &data["gamma/zh-CN/handouts/cribs"];
    let para = leaf(handout, "油漆中的铅限量");
    let en = &para["en"];
    assert_eq!(
        plain(en),
        "The lead limit is 90 ppm1 in paint. See the eCFR and the CPSC guide.",
        "{en}"
    );
    // The footnote mark has the number of the translated line's.
    assert_eq!(kinds(en, "sup")[0]["v"], kinds(&para["c"], "sup")[0]["v"]);
    assert_eq!(plain(&kinds(en, "strong")[0]["c"]), "paint");
    let links: Vec<(&str, String)> = kinds(en, "link")
        .iter()
        .map(|l| (l["url"].as_str().unwrap_or_default(), plain(&l["c"])))
        .collect();
    assert_eq!(
        links,
        [
            (
                "https://www.ecfr.gov/current/title-16/part-1303",
                "the eCFR".to_string()
            ),
            // A reference-style link, defined at the end of the module.
            ("https://www.cpsc.gov/guide", "CPSC guide".to_string()),
        ]
    );
    // The title's English line, and the bilingual fixture's bold text.
    assert_eq!(plain(&handout["modules"][0]["title_en"]), "Full-size cribs");
    let basic = handout_data(&TestProject::fixture("basic"));
    let bold = leaf(&basic["beta/zh-CN/handouts/first"], "小零件");
    assert_eq!(plain(&kinds(&bold["en"], "strong")[0]["c"]), "small parts");
}

#[test]
fn label_spans_print_their_text_marked_as_english_labels() {
    let data = handout_data(&TestProject::fixture("handouts"));
    let handout = &data["gamma/zh-CN/handouts/cribs"];
    let labels: Vec<String> = kinds(handout, "label")
        .iter()
        .inspect(|l| assert_eq!(l["lang"], "en", "{l}"))
        .map(|l| plain(&l["c"]))
        .collect();
    let warning = "Failure to follow these warnings could result in serious injury or death.";
    let cell = "WARNING: Infants can suffocate.";
    let option = "Infants can suffocate.";
    // Paragraph, table cell and quiz option, each in the translation and in English.
    for (text, times) in [(warning, 2), (cell, 2), (option, 2)] {
        assert_eq!(
            labels.iter().filter(|l| *l == text).count(),
            times,
            "{text}: {labels:?}"
        );
    }
    let tags = find(handout, &|v| v.as_str().is_some_and(|s| s.contains("span")));
    assert!(tags.is_empty(), "{tags:?}");
}

#[test]
fn answer_key_options_keep_their_formatting_and_fallback_marks() {
    let data = handout_data(&TestProject::fixture("handouts"));
    let handout = &data["gamma/zh-CN/handouts/cribs"];
    let questions = find(handout, &|v| v.get("kind") == Some(&Value::from("quiz")))[0]["questions"]
        .as_array()
        .expect("questions")
        .clone();
    let right = |q: &Value| -> Vec<String> {
        q["options"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|o| o["correct"] == true)
            .map(|o| {
                format!(
                    "{} {}",
                    o["letter"].as_str().unwrap_or_default(),
                    plain(&o["c"])
                )
            })
            .collect()
    };
    assert_eq!(right(&questions[0]), ["A Infants can suffocate."]);
    assert_eq!(kinds(&questions[0]["options"][0]["c"], "label").len(), 1);
    // Two right answers: a bold one and one shown in English, marked as untranslated.
    assert_eq!(
        right(&questions[1]),
        [
            "A 油漆为 90 ppm",
            "B {尚未翻译}100 ppm for the substrate, see the guide"
        ]
    );
    let fallback = &questions[1]["options"][1]["c"][0];
    assert_eq!(
        (&fallback["t"], &fallback["lang"]),
        (&"fallback".into(), &"en".into())
    );
    assert_eq!(
        kinds(fallback, "link")[0]["url"],
        "https://www.cpsc.gov/guide"
    );
    assert_eq!(questions[1]["instruction"], "请选出所有正确的选项。");
    assert_eq!(questions[0]["instruction"], Value::Null);
    assert_eq!(questions[2]["instruction"], Value::Null);
}

/// The property: nothing in a handout is Markdown or HTML source printed as text.
#[test]
fn no_text_in_handout_data_is_markdown_source() {
    for fixture in ["basic", "handouts"] {
        for (handout, data) in handout_data(&TestProject::fixture(fixture)) {
            let source = find(&data, &|v| {
                v.as_str().is_some_and(|s| {
                    ["[^", "](", "**", "<span", "</"]
                        .iter()
                        .any(|m| s.contains(m))
                })
            });
            assert!(source.is_empty(), "{fixture} {handout}: {source:?}");
        }
    }
}

/// typst broke Korean between any two syllables (침/대 in a title); words stay whole, and
/// the PDF's text has no characters added to do it.
#[test]
fn korean_words_stay_whole_and_their_text_extracts_unchanged() {
    let p = TestProject::fixture("handouts");
    let data = handout_data(&p);
    let handout = &data["korea/ko/handouts/cribs"];
    assert_eq!(
        plain(&handout["modules"][0]["title"]),
        "표준 규격 유아용 침대와 비표준 규격 유아용 침대"
    );
    // A link and the particle after it are one word.
    let words = kinds(handout, "word");
    assert!(
        words
            .iter()
            .any(|w| plain(&w["c"]) == "eCFR과" && kinds(w, "link").len() == 1),
        "{words:?}"
    );
    let extracted = std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(p.root().join("public/korea/ko/handouts/cribs.pdf"))
        .arg("-")
        .output();
    match extracted {
        Ok(out) if out.status.success() => {
            let text = String::from_utf8_lossy(&out.stdout);
            assert!(text.contains("유아용 침대와"), "{text}");
            assert!(!text.contains('\u{2060}'), "{text}");
        }
        // poppler is installed in CI (.ci/run), not needed for `cargo test`.
        #[allow(clippy::print_stderr)]
        _ => eprintln!("pdftotext not available: the extracted text was not checked"),
    }
}
