use super::*;
use crate::content::segment::SegmentKind;
use crate::diagnostics::Diagnostic;
use time::Date;

const GOOD: &str = "# The registry.
parts:
  - part: 1250
    title: Safety Standard for Toys
    federal_register: 82 FR 8989
    effective: 2017-04-30
    editions:
      - standard: ASTM F963-17
        federal_register: 82 FR 8989
        effective: 2017-04-30
      - standard: ASTM F963-23
        federal_register: 89 FR 3344
        effective: 2024-04-20
      # an announced successor
      - standard: ASTM F963-27
        federal_register: 93 FR 1
        effective: 2027-06-01
        confirmed: false
  - part: 1219
    title: Safety Standard for Full-Size Baby Cribs
    editions:
      - { standard: ASTM F1169-25, federal_register: 91 FR 23908, effective: 2026-08-01 }
  - part: 1501
    title: Method for Identifying Toys
";

fn load(text: &str) -> (Option<Registry>, Vec<Diagnostic>) {
    let mut out = Vec::new();
    let r = Registry::load(SourceFile::new(PATH, text), &mut out);
    (r, out)
}

fn day(y: i32, m: u8, d: u8) -> Date {
    Date::from_calendar_date(y, time::Month::try_from(m).unwrap(), d).unwrap()
}

#[test]
fn parses_sorted_with_titles_as_segments() {
    let (r, out) = load(GOOD);
    assert!(out.is_empty(), "{out:?}");
    let r = r.unwrap();
    assert_eq!(
        r.parts.iter().map(|p| p.number).collect::<Vec<_>>(),
        [1219, 1250, 1501]
    );
    let toys = r.part(1250).unwrap();
    assert_eq!(
        toys.title.id,
        crate::content::segment::segment_id(SegmentKind::Title, "Safety Standard for Toys")
    );
    assert_eq!(toys.title.context, "16 CFR part 1250");
    assert_eq!(r.file.line_col(toys.title.range.start), (4, 12));
    assert_eq!(toys.effective, Some(day(2017, 4, 30)));
    assert_eq!(toys.editions.len(), 3);
    assert!(!toys.editions[2].confirmed && toys.editions[1].confirmed);
    assert_eq!(r.file.line_col(toys.editions[2].offset), (15, 7));
    assert_eq!(r.part(1219).unwrap().editions[0].standard, "ASTM F1169-25");
    assert!(r.part(1501).unwrap().editions.is_empty());
    assert!(r.part(1500).is_none());
}

#[test]
fn the_edition_in_force_is_the_latest_in_effect_and_later_ones_are_successors() {
    let (r, _) = load(GOOD);
    let r = r.unwrap();
    let toys = r.part(1250).unwrap();
    let at = |d| toys.families_at(d);
    let now = at(day(2026, 11, 20));
    assert_eq!(now.len(), 1);
    assert_eq!(now[0].family, "ASTM F963");
    assert_eq!(now[0].in_force.unwrap().standard, "ASTM F963-23");
    assert_eq!(
        now[0]
            .successors
            .iter()
            .map(|e| e.standard.as_str())
            .collect::<Vec<_>>(),
        ["ASTM F963-27"]
    );
    // On the effective date itself the new edition is in force.
    assert_eq!(
        at(day(2024, 4, 20))[0].in_force.unwrap().standard,
        "ASTM F963-23"
    );
    assert_eq!(
        at(day(2024, 4, 19))[0].in_force.unwrap().standard,
        "ASTM F963-17"
    );
    let later = at(day(2027, 6, 1));
    assert_eq!(later[0].in_force.unwrap().standard, "ASTM F963-27");
    assert!(later[0].successors.is_empty());
    let before = at(day(2010, 1, 1));
    assert!(before[0].in_force.is_none());
    assert_eq!(before[0].successors.len(), 3);
    let cribs = r.family_at("ASTM F1169", day(2026, 7, 31));
    assert_eq!(cribs.len(), 1);
    assert_eq!(cribs[0].0.number, 1219);
    assert!(cribs[0].1.in_force.is_none());
    assert_eq!(cribs[0].1.successors[0].standard, "ASTM F1169-25");
}

#[test]
fn unknown_keys_are_located_errors() {
    let (r, out) = load(&GOOD.replace(
        "    federal_register: 82 FR 8989\n    effective",
        "    federal_register: 82 FR 8989\n    efective",
    ));
    assert!(r.is_none());
    assert_eq!(
        (out[0].code, out[0].line, out[0].column),
        ("unknown-key", 6, 5)
    );
    let (_, out) = load(&GOOD.replace(
        "        confirmed: false",
        "        confirmed: false\n        note: x",
    ));
    assert_eq!((out[0].code, out[0].line), ("unknown-key", 19));
}

#[test]
fn bad_dates_and_designations_are_located_at_their_value() {
    let text = GOOD
        .replace("effective: 2024-04-20", "effective: 2024-02-30")
        .replace(
            "effective: 2017-04-30\n    editions",
            "effective: 2017-4-30\n    editions",
        )
        .replace("standard: ASTM F1169-25", "standard: F1169");
    let (r, out) = load(&text);
    let found: Vec<(usize, usize, &str)> = out
        .iter()
        .map(|d| (d.line, d.column, d.message.as_str()))
        .collect();
    assert_eq!(found.len(), 3, "{found:?}");
    assert_eq!((found[0].0, found[0].1), (6, 16));
    assert!(found[0].2.contains("not written YYYY-MM-DD"));
    assert_eq!((found[1].0, found[1].1), (13, 20));
    assert!(found[1].2.contains("not a day of the calendar"));
    assert_eq!((found[2].0, found[2].1), (22, 21));
    assert!(found[2].2.contains("`F1169` is not a standard designation"));
    assert!(out.iter().all(|d| d.code == "invalid-value"));
    // The rest of the registry is still used.
    let r = r.unwrap();
    assert_eq!(r.part(1250).unwrap().editions.len(), 2);
    assert_eq!(r.part(1250).unwrap().effective, None);
}

#[test]
fn duplicates_are_errors() {
    let (r, out) = load(&format!("{GOOD}  - part: 1219\n    title: Again\n"));
    assert_eq!((out[0].line, out[0].column), (25, 11));
    assert!(
        out[0]
            .message
            .contains("part 1219 is listed twice (first on line 19)")
    );
    assert_eq!(
        r.unwrap().part(1219).unwrap().title.text,
        "Safety Standard for Full-Size Baby Cribs"
    );
    let (_, out) = load(&GOOD.replace("ASTM F963-27", "ASTM F963-23"));
    assert_eq!(out[0].line, 15);
    assert!(out[0].message.contains("listed twice"));
    let (_, out) = load(&GOOD.replace("2027-06-01", "2024-04-20"));
    assert!(
        out[0].message.contains("both take effect on 2024-04-20"),
        "{}",
        out[0].message
    );
}

#[test]
fn dates_print_as_written() {
    assert_eq!(iso(day(2026, 8, 1)), "2026-08-01");
}

const RULES: &str = "parts:
  - part: 1250
    title: Safety Standard for Toys
    editions:
      - standard: ASTM F963-23
        federal_register: 89 FR 3344
        effective: 2024-04-20
      - standard: ANSI/CAN/UL 12402-9:2022
        federal_register: 90 FR 58096
        effective: 2026-06-15
      - standard: ANSI/APSP/ICC-16 2017
        federal_register: 90 FR 58096
        effective: 2026-06-15
    rules:
      - sections: [1250.5]
        title: Neck floats
        federal_register: 90 FR 58096
        effective: 2026-06-15
      - sections: [1250.4, \"1250.10\"]
        title: Water beads
        federal_register: 90 FR 57855
        effective: 2026-03-12
        confirmed: false
  - part: 1609
    title: Text of the Flammable Fabrics Act
    confirmed: false
    rules:
      - { sections: [1609.1], title: Apparel, federal_register: 40 FR 1, effective: 1975-01-01 }
";

#[test]
fn rules_parse_in_date_order_with_sections_as_written_and_titles_as_segments() {
    let (r, out) = load(RULES);
    assert!(out.is_empty(), "{out:?}");
    let r = r.unwrap();
    let toys = r.part(1250).unwrap();
    assert!(toys.confirmed);
    assert!(!r.part(1609).unwrap().confirmed);
    let rules: Vec<(&[String], &str, bool)> = toys
        .rules
        .iter()
        .map(|r| (r.sections.as_slice(), r.title.text.as_str(), r.confirmed))
        .collect();
    assert_eq!(
        rules,
        [
            (
                &["1250.4".to_string(), "1250.10".to_string()][..],
                "Water beads",
                false
            ),
            (&["1250.5".to_string()][..], "Neck floats", true),
        ]
    );
    assert_eq!(toys.rules[0].citation(), "16 CFR 1250.4, 1250.10");
    assert_eq!(toys.rules[0].title.context, "16 CFR 1250.4, 1250.10");
    assert_eq!(toys.rules[1].effective, day(2026, 6, 15));
    assert!(toys.rules[1].url().ends_with("/section-1250.5"));
    assert_eq!(r.file.line_col(toys.rules[1].title.range.start), (16, 16));
    // Standards of other bodies are editions like ASTM's, each its own family.
    let families: Vec<&str> = toys
        .families_at(day(2026, 12, 7))
        .iter()
        .map(|f| f.family)
        .collect();
    assert_eq!(
        families,
        ["ASTM F963", "ANSI/CAN/UL 12402-9", "ANSI/APSP/ICC-16"]
    );
    // Every title, the parts' and the rules', in one order for translation.
    let titles: Vec<&str> = r.titles().map(|t| t.text.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Safety Standard for Toys",
            "Water beads",
            "Neck floats",
            "Text of the Flammable Fabrics Act",
            "Apparel"
        ]
    );
    assert_eq!(r.title_index(1), 3);
}

#[test]
fn bad_rules_are_located_errors_that_drop_only_the_rule() {
    let text = RULES
        .replace("sections: [1250.5]", "sections: [1251.5]")
        .replace(
            "federal_register: 90 FR 57855",
            "federal_register: FR 57855",
        )
        .replace("effective: 1975-01-01", "effective: 1975-13-01");
    let (r, out) = load(&text);
    let found: Vec<(usize, usize, &str)> = out
        .iter()
        .map(|d| (d.line, d.column, d.message.as_str()))
        .collect();
    assert_eq!(found.len(), 3, "{found:?}");
    assert_eq!((found[0].0, found[0].1), (15, 20));
    assert!(
        found[0]
            .2
            .contains("`1251.5` is not a section of part 1250")
    );
    assert_eq!((found[1].0, found[1].1), (21, 27));
    assert!(
        found[1]
            .2
            .contains("`FR 57855` is not a Federal Register citation")
    );
    assert_eq!(found[2].0, 28);
    assert!(found[2].2.contains("has no month 13"), "{}", found[2].2);
    assert!(out.iter().all(|d| d.code == "invalid-value"));
    let r = r.unwrap();
    assert!(r.part(1250).unwrap().rules.is_empty());
    assert_eq!(r.part(1250).unwrap().editions.len(), 3);

    let (_, out) = load(&RULES.replace("sections: [1250.5]", "sections: []"));
    assert_eq!((out[0].line, out[0].column), (15, 19));
    assert!(out[0].message.contains("at least one section"));
    let (_, out) = load(&RULES.replace(
        "        title: Neck floats\n",
        "        title: Neck floats\n        note: x\n",
    ));
    assert_eq!((out[0].code, out[0].line), ("unknown-key", 17));
    let (_, out) = load(&RULES.replace("90 FR 57855", "90 FR 58096"));
    assert!(
        out[0]
            .message
            .contains("the rule 90 FR 58096 is listed twice in this part"),
        "{}",
        out[0].message
    );
    let (_, out) = load(&RULES.replace("title: Apparel", "title: \"\""));
    assert!(
        out[0]
            .message
            .contains("the title of the rule for § 1609.1 is empty")
    );
}

#[test]
fn federal_register_citations_of_parts_and_editions_are_checked() {
    let (r, out) = load(&GOOD.replace(
        "federal_register: 82 FR 8989\n    effective",
        "federal_register: 82FR8989\n    effective",
    ));
    assert_eq!((out[0].line, out[0].column), (5, 23));
    assert!(
        out[0]
            .message
            .contains("`82FR8989` is not a Federal Register citation")
    );
    assert_eq!(r.unwrap().part(1250).unwrap().federal_register, None);
    let (r, out) = load(&GOOD.replace("federal_register: 93 FR 1", "federal_register: 93 F.R. 1"));
    assert_eq!(out[0].line, 16);
    assert_eq!(r.unwrap().part(1250).unwrap().editions.len(), 2);
}
