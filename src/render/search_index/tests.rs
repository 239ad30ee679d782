//! Sharding, ranking weights and synonyms of the site index.

use super::*;
use crate::render::search::Section;
use std::collections::BTreeMap;

fn section(anchor: &str, heading: &str, text: &str) -> Section {
    Section {
        anchor: Some(anchor.into()),
        heading: heading.into(),
        text: text.into(),
    }
}

/// The data of one `PRIMER_SEARCH_LOADED(name, data);` script.
fn loaded(script: &str) -> (String, serde_json::Value) {
    let inner = script
        .strip_prefix("PRIMER_SEARCH_LOADED(")
        .and_then(|s| s.strip_suffix(");\n"))
        .expect("a loader call");
    let (name, data) = inner.split_once(',').expect("two arguments");
    (
        serde_json::from_str(name).expect("a name"),
        serde_json::from_str(data).expect("JSON data"),
    )
}

/// A decoded site index: manifest, shards in order, chunks in order.
struct Decoded {
    manifest: serde_json::Value,
    shards: Vec<serde_json::Map<String, serde_json::Value>>,
    chunks: Vec<Vec<serde_json::Value>>,
}

fn decode(files: &[(String, String)]) -> Decoded {
    let mut manifest = serde_json::Value::Null;
    let mut shards = BTreeMap::new();
    let mut chunks = BTreeMap::new();
    for (file, script) in files {
        let (name, data) = loaded(script);
        assert_eq!(format!("{name}.js"), *file, "a script names its own file");
        if let Some(n) = name.strip_prefix("t-") {
            let n: usize = n.parse().expect("shard number");
            shards.insert(n, data.as_object().expect("a shard is an object").clone());
        } else if let Some(n) = name.strip_prefix("d-") {
            let n: usize = n.parse().expect("chunk number");
            chunks.insert(n, data.as_array().expect("a chunk is an array").clone());
        } else {
            assert_eq!(name, "manifest");
            manifest = data;
        }
    }
    assert_eq!(
        shards.keys().copied().collect::<Vec<_>>(),
        (0..shards.len()).collect::<Vec<_>>()
    );
    assert_eq!(
        chunks.keys().copied().collect::<Vec<_>>(),
        (0..chunks.len()).collect::<Vec<_>>()
    );
    Decoded {
        manifest,
        shards: shards.into_values().collect(),
        chunks: chunks.into_values().collect(),
    }
}

impl Decoded {
    /// The shard a query token maps to, as search.js finds it.
    fn shard_of(&self, token: &str) -> Option<usize> {
        let firsts: Vec<&str> = self.manifest["shards"]
            .as_array()
            .expect("shards")
            .iter()
            .map(|v| v.as_str().expect("a token"))
            .collect();
        firsts
            .iter()
            .rposition(|f| utf16_cmp(f, token) != std::cmp::Ordering::Greater)
    }

    /// (doc, weight) postings of a token found through the manifest.
    fn postings(&self, token: &str) -> Vec<(u64, u64)> {
        let Some(shard) = self.shard_of(token) else {
            return Vec::new();
        };
        let Some(list) = self.shards[shard].get(token) else {
            return Vec::new();
        };
        let nums: Vec<u64> = list
            .as_array()
            .expect("a list")
            .iter()
            .map(|v| v.as_u64().expect("a number"))
            .collect();
        let mut doc = 0;
        nums.chunks(2)
            .map(|p| {
                doc += p[0];
                (doc, p[1])
            })
            .collect()
    }

    /// All documents, chunks concatenated.
    fn docs(&self) -> Vec<serde_json::Value> {
        self.chunks.iter().flatten().cloned().collect()
    }
}

fn many_modules(n: usize) -> Vec<(String, Vec<Section>)> {
    (0..n)
        .map(|m| {
            let sections = (0..4)
                .map(|s| {
                    section(
                        &format!("s{s}"),
                        &format!("Heading {m} {s}"),
                        &format!("word{m} shared text{s} 零件{m} 질식 {} ✓", m * 7 + s),
                    )
                })
                .collect();
            (format!("Module {m}"), sections)
        })
        .collect()
}

/// `modules` (title, sections) as a site's modules, the `k`-th at `m<k>/index.html`.
fn site_modules(modules: &[(String, Vec<Section>)]) -> Vec<ModuleSections<'_>> {
    modules
        .iter()
        .enumerate()
        .map(|(k, (title, sections))| ModuleSections {
            title,
            href: format!("m{k}/index.html"),
            sections,
            regulations: &[],
        })
        .collect()
}

fn build(modules: &[(String, Vec<Section>)], locale: &str, synonyms: &Synonyms) -> Decoded {
    let entries = site_modules(modules);
    decode(
        &site_files(locale, &entries, &TokenCache::default(), synonyms).expect("pieces in memory"),
    )
}

#[test]
fn every_token_is_found_through_the_manifest_and_shards_are_small() {
    let modules = many_modules(120);
    let files = site_files(
        "en",
        &site_modules(&modules),
        &TokenCache::default(),
        &Synonyms::default(),
    )
    .expect("pieces in memory");
    let d = decode(&files);
    assert!(
        d.shards.len() > 3,
        "the index is split ({} shards)",
        d.shards.len()
    );
    let mut all = Vec::new();
    for (n, shard) in d.shards.iter().enumerate() {
        for token in shard.keys() {
            assert_eq!(d.shard_of(token), Some(n), "{token} maps to its shard");
            all.push(token.clone());
        }
    }
    let mut sorted = all.clone();
    sorted.sort_by(|a, b| utf16_cmp(a, b));
    sorted.dedup();
    assert_eq!(
        all, sorted,
        "tokens are unique and in UTF-16 order across shards"
    );
    // A shard closes at the first token that reaches the budget: every shard but the last
    // is full, and without its last token it was not.
    for (n, shard) in d.shards.iter().enumerate() {
        let entries: Vec<usize> = shard
            .iter()
            .map(|(t, list)| json(t).len() + json(list).len() + 2)
            .collect();
        let before_last: usize = entries[..entries.len() - 1].iter().sum();
        assert!(before_last < SHARD_BYTES, "t-{n}: {before_last}");
        if n + 1 < d.shards.len() {
            assert!(
                entries.iter().sum::<usize>() + 30 >= SHARD_BYTES,
                "t-{n} is full"
            );
        }
    }
    // Each section is a document; postings point at the right ones.
    assert_eq!(d.manifest["docs"], 480);
    assert_eq!(
        d.postings("word7").iter().map(|p| p.0).collect::<Vec<_>>(),
        [28, 29, 30, 31]
    );
    assert_eq!(d.postings("零件").len(), 480);
    assert_eq!(d.postings("질식").len(), 480);
    assert!(d.postings("absent").is_empty());
    assert_eq!(
        d.shard_of(""),
        None,
        "a token before the first shard has none"
    );
}

#[test]
fn chunks_cover_every_document_once_in_order() {
    let modules = many_modules(60);
    let d = build(&modules, "en", &Synonyms::default());
    let docs = d.docs();
    assert_eq!(docs.len(), 240);
    let starts: Vec<u64> = d.manifest["chunks"]
        .as_array()
        .expect("chunks")
        .iter()
        .map(|v| v.as_u64().expect("a number"))
        .collect();
    assert_eq!(starts.len(), d.chunks.len());
    let mut expected = 0;
    for (start, chunk) in starts.iter().zip(&d.chunks) {
        assert_eq!(*start, expected);
        expected += chunk.len() as u64;
    }
    assert_eq!(docs[5][2], "../m1/index.html#s1");
    assert_eq!(docs[5][0], "Module 1");
    assert_eq!(docs[5][1], "Heading 1 1");
}

#[test]
fn tokens_sort_by_utf16_code_units_as_javascript_compares_them() {
    // U+FF21 (full-width A) is before U+1F600 in code points, after it in UTF-16
    // (0xFF21 > 0xD83D, the high surrogate).
    assert_eq!(
        utf16_cmp("\u{ff21}", "\u{1f600}"),
        std::cmp::Ordering::Greater
    );
    assert!("\u{ff21}" < "\u{1f600}", "Rust orders by code point");
    let sections = [section("a", "", "\u{20000}\u{20001} \u{ff76}\u{ff80} 𝐀 ｱ")];
    let d = build(
        &[("T".to_string(), sections.to_vec())],
        "ja",
        &Synonyms::default(),
    );
    let tokens: Vec<&String> = d.shards.iter().flat_map(|s| s.keys()).collect();
    let mut sorted = tokens.clone();
    sorted.sort_by(|a, b| utf16_cmp(a, b));
    assert_eq!(tokens, sorted);
    assert!(
        !d.postings("\u{20000}\u{20001}").is_empty(),
        "astral Han bigrams are found"
    );
}

#[test]
fn scripts_escape_markup_and_are_loader_calls() {
    let sections = [section("a", "H <b>", "x </script> y")];
    let files = site_files(
        "en",
        &[ModuleSections {
            title: "T</script>",
            href: "m/index.html".into(),
            sections: &sections,
            regulations: &[],
        }],
        &TokenCache::default(),
        &Synonyms::default(),
    )
    .expect("pieces in memory");
    let names: Vec<&str> = files.iter().map(|f| f.0.as_str()).collect();
    assert_eq!(names, ["t-0.js", "d-0.js", "manifest.js"]);
    for (_, script) in &files {
        assert!(!script.contains('<'), "{script}");
        assert!(script.starts_with("PRIMER_SEARCH_LOADED(\""));
    }
    let d = decode(&files);
    assert_eq!(
        d.docs()[0],
        serde_json::json!(["T</script>", "H <b>", "../m/index.html#a", "x </script> y"])
    );
    assert_eq!(d.manifest["lang"], "en");
}

#[test]
fn an_empty_site_has_an_empty_manifest() {
    let files = site_files("zh-CN", &[], &TokenCache::default(), &Synonyms::default())
        .expect("pieces in memory");
    assert_eq!(files.len(), 1);
    let d = decode(&files);
    assert_eq!(
        d.manifest,
        serde_json::json!({"lang": "zh", "docs": 0, "shards": [], "chunks": []})
    );
}

#[test]
fn a_title_or_front_matter_regulation_boosts_the_first_section() {
    let lead = [
        section("intro", "Intro", "Limits for children's products."),
        section("lead", "Lead", "lead"),
    ];
    let fire = [section(
        "a",
        "Tests",
        "lead lead lead lead lead lead lead lead 16 CFR 1501 1501 1501",
    )];
    let regs = ["16 CFR 1501".to_string()];
    let entries = [
        ModuleSections {
            title: "Flammability",
            href: "fire/index.html".into(),
            sections: &fire,
            regulations: &[],
        },
        ModuleSections {
            title: "Lead and phthalates",
            href: "lead/index.html".into(),
            sections: &lead,
            regulations: &regs,
        },
    ];
    let d = decode(
        &site_files("en", &entries, &TokenCache::default(), &Synonyms::default())
            .expect("pieces in memory"),
    );
    let lead = d.postings("lead");
    assert_eq!(lead.iter().map(|p| p.0).collect::<Vec<_>>(), [0, 1, 2]);
    // Title tokens count once in every section, and BOOST more on the first one.
    assert_eq!(lead[0].1, 8);
    assert_eq!(lead[1].1, 1 + u64::from(BOOST));
    assert_eq!(lead[2].1, 3);
    // The regulation is found on the module's first section even though its text lacks it.
    assert_eq!(d.postings("1501"), [(0, 3), (1, u64::from(BOOST))]);
    assert_eq!(d.postings("cfr"), [(0, 1), (1, u64::from(BOOST))]);
}

#[test]
fn aliases_find_the_sections_where_the_term_appears() {
    let synonyms = Synonyms::new(
        "zh-CN",
        &[
            ("拉绳".to_string(), vec!["抽绳".to_string()]),
            ("unused".to_string(), vec![String::new()]),
        ],
    );
    let modules = vec![(
        "儿童服装".to_string(),
        vec![
            section("a", "", "上衣的拉绳和拉绳"),
            section("b", "", "拉链"),
        ],
    )];
    let d = build(&modules, "zh-CN", &synonyms);
    assert_eq!(d.postings("抽绳"), [(0, 2)]);
    assert_eq!(d.postings("抽"), [(0, 2)]);
    assert_eq!(d.postings("拉绳"), [(0, 2)]);
    let english = Synonyms::new(
        "en",
        &[("small parts".to_string(), vec!["tiny pieces".into()])],
    );
    let modules = vec![(
        "T".to_string(),
        vec![
            section("a", "", "Small parts test"),
            section("b", "", "small toys and parts"),
        ],
    )];
    let d = build(&modules, "en", &english);
    assert_eq!(
        d.postings("tiny"),
        [(0, 1)],
        "a term matches as a word sequence"
    );
    let pieces = &crate::render::search::tokens("pieces", "en")[0];
    assert_eq!(
        d.postings(pieces),
        [(0, 1)],
        "alias tokens are stemmed like text"
    );
}

#[test]
fn a_title_alias_boosts_like_the_title() {
    let synonyms = Synonyms::new("zh-CN", &[("拉绳".to_string(), vec!["抽绳".to_string()])]);
    let modules = vec![("服装拉绳".to_string(), vec![section("a", "", "正文")])];
    let d = build(&modules, "zh-CN", &synonyms);
    assert_eq!(d.postings("抽绳"), [(0, 1 + u64::from(BOOST))]);
}

#[test]
fn the_cache_reuses_pieces_and_synonyms_are_part_of_the_key() {
    let cache = TokenCache::default();
    let sections = [section("a", "", "拉绳")];
    let module = ModuleSections {
        title: "T",
        href: "m/index.html".into(),
        sections: &sections,
        regulations: &[],
    };
    let none = Synonyms::default();
    let some = Synonyms::new("zh-CN", &[("拉绳".to_string(), vec!["抽绳".to_string()])]);
    let (key, a) = cache.piece("zh", &module, &none);
    let (again, same) = cache.piece("zh", &module, &none);
    assert!(Arc::ptr_eq(&a, &same) && key == again);
    let (other, b) = cache.piece("zh", &module, &some);
    assert!(!Arc::ptr_eq(&a, &b) && key != other);
    assert!(b.postings().any(|(t, _)| t == "抽绳"));
}

#[test]
fn sites_with_the_same_pieces_share_a_key_and_others_do_not() {
    let cache = TokenCache::default();
    let none = Synonyms::default();
    let a = [section("a", "", "small parts")];
    let b = [section("a", "", "small parts for this audience only")];
    let module = |sections: &'static [Section]| ModuleSections {
        title: "T",
        href: "m/index.html".into(),
        sections,
        regulations: &[],
    };
    let a: &'static [Section] = Box::leak(Box::new(a));
    let b: &'static [Section] = Box::leak(Box::new(b));
    let key =
        |locale: &str, sections| SiteIndex::new(locale, &[module(sections)], &cache, &none).key;
    assert_eq!(key("en", a), key("en", a));
    assert_ne!(key("en", a), key("en", b));
    assert_ne!(key("en", a), key("vi", a));
    assert_eq!(
        SiteIndex::new("en", &[module(a)], &cache, &none)
            .files()
            .expect("pieces in memory"),
        site_files("en", &[module(a)], &cache, &none).expect("pieces in memory")
    );
}

#[test]
fn a_piece_gives_back_its_documents_and_postings() {
    let docs = ["[\"a\"]".to_string(), String::new(), "[\"ç\"]".to_string()];
    let postings: [(&str, &[(u32, u32)]); 3] = [
        ("a", &[(0, 3), (2, 1)]),
        ("bé", &[]),
        ("零件", &[(1, BOOST)]),
    ];
    let piece = Piece::new(&docs, &postings);
    assert_eq!(piece.doc_count(), 3);
    let loaded = piece.load_docs().expect("held in memory");
    assert_eq!(loaded.iter().collect::<Vec<_>>(), docs);
    assert_eq!(piece.postings().collect::<Vec<_>>(), postings.to_vec());
}

#[test]
fn pieces_whose_documents_wait_in_a_spill_file_give_the_same_files() {
    let modules = many_modules(40);
    let sections = site_modules(&modules);
    let none = Synonyms::default();
    let held = site_files("en", &sections, &TokenCache::default(), &none).expect("in memory");
    // All spilled, then some held and the rest spilled.
    for budget in [0, 4_000] {
        let spilled = site_files("en", &sections, &TokenCache::spilling_beyond(budget), &none);
        assert_eq!(held, spilled.expect("read back"), "budget {budget}");
    }
}

#[test]
fn numbers_and_tokens_are_written_as_json_writes_them() {
    for n in [0, 7, 10, 99, 100, 4_096, 1_000_000, u32::MAX] {
        let mut out = String::from("x");
        push_u32(&mut out, n);
        assert_eq!(out, format!("x{n}"));
    }
    for text in [
        "",
        "lead",
        "16",
        "1500.19",
        "người",
        "拉绳",
        "a\"b",
        "a\\b",
        "<script>",
        "tab\there",
        "\u{1}",
        "\u{7f}",
        "€",
        "\u{8}\u{c}\r\n\u{1f}",
        "\u{2028}",
        "end\\",
    ] {
        let mut out = String::new();
        push_json_str(&mut out, text);
        assert_eq!(out, json(text), "{text:?}");
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig {
        cases: 1_000,
        failure_persistence: None,
        ..proptest::prelude::ProptestConfig::default()
    })]
    #[test]
    fn any_text_is_written_as_json_writes_it(text in "\\PC{0,12}|[\u{0}-\u{7f}]{0,24}") {
        let mut out = String::new();
        push_json_str(&mut out, &text);
        proptest::prop_assert_eq!(out, json(&text));
    }
}

#[test]
fn a_module_without_sections_adds_no_documents_and_no_tokens() {
    let regulations = ["16 CFR 1501".to_string()];
    let empty = ModuleSections {
        title: "Small parts",
        href: "small-parts/index.html".into(),
        sections: &[],
        regulations: &regulations,
    };
    let files = site_files("en", &[empty], &TokenCache::default(), &Synonyms::default())
        .expect("pieces in memory");
    let (_, manifest) = loaded(&files.last().expect("a manifest").1);
    assert_eq!(manifest["docs"], 0);
    assert_eq!(manifest["shards"], serde_json::json!([]));
}
