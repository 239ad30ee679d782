//! Generated front matter: every field a module has, with values that are mostly valid and
//! sometimes empty, blank, huge, non-ASCII, full of control or YAML-special characters, of
//! the wrong type, missing, duplicated or unknown.

use proptest::prelude::*;

/// How a string is written in YAML.
#[derive(Debug, Clone, Copy)]
pub enum Quote {
    /// As is (YAML may read it as another type, or fail).
    Plain,
    /// `'…'`.
    Single,
    /// `"…"` with escapes.
    Double,
    /// A `|` block (top-level keys only).
    Block,
}

/// A YAML value.
#[derive(Debug, Clone)]
pub enum Yaml {
    /// A string.
    Str(String, Quote),
    /// An integer.
    Int(i64),
    /// A boolean.
    Bool(bool),
    /// `null`.
    Null,
    /// A block (`- a`) or flow (`[a, b]`) sequence.
    List(Vec<Yaml>, bool),
    /// A one-entry flow mapping.
    Map(String, Box<Yaml>),
    /// Text written verbatim after the key.
    Raw(String),
}

/// The front matter of a module: key → value, in order (keys may repeat or be unknown).
#[derive(Debug, Clone)]
pub struct Front {
    /// The entries.
    pub entries: Vec<(String, Yaml)>,
}

fn double_quoted(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

impl Yaml {
    /// The value as written after `key:` (with its leading space or newline), at
    /// `indent` spaces for block forms.
    fn render(&self, indent: usize, top: bool) -> String {
        let pad = " ".repeat(indent + 2);
        match self {
            Yaml::Str(s, Quote::Plain) => format!(" {}", s.replace('\n', " ")),
            Yaml::Str(s, Quote::Single) => {
                format!(" '{}'", s.replace('\'', "''").replace('\n', " "))
            }
            Yaml::Str(s, Quote::Block) if top => {
                let mut out = String::from(" |2-");
                for line in s.split('\n') {
                    out.push('\n');
                    out.push_str(&pad);
                    out.push_str(line);
                }
                out
            }
            Yaml::Str(s, _) => format!(" {}", double_quoted(s)),
            Yaml::Int(i) => format!(" {i}"),
            Yaml::Bool(b) => format!(" {b}"),
            Yaml::Null => " null".to_string(),
            Yaml::List(items, true) => {
                let items: Vec<String> = items
                    .iter()
                    .map(|i| i.render(indent, false).trim_start().to_string())
                    .collect();
                format!(" [{}]", items.join(", "))
            }
            Yaml::List(items, false) if items.is_empty() => " []".to_string(),
            Yaml::List(items, false) => items
                .iter()
                .map(|i| format!("\n{pad}-{}", i.render(indent + 2, false)))
                .collect(),
            Yaml::Map(k, v) => format!(" {{ {k}:{} }}", v.render(indent, false)),
            Yaml::Raw(r) => format!(" {r}"),
        }
    }
}

impl Front {
    /// The front matter with its `---` fences and a final newline.
    pub fn render(&self) -> String {
        let mut out = String::from("---\n");
        for (key, value) in &self.entries {
            out.push_str(key);
            out.push(':');
            out.push_str(&value.render(0, true));
            out.push('\n');
        }
        out.push_str("---\n");
        out
    }
}

/// Words in the scripts Primer serves, with marks that change direction or join.
pub const WORDS: &[&str] = &[
    "Small",
    "parts",
    "toys",
    "lead",
    "test",
    "儿童产品",
    "玩具",
    "小零件",
    "어린이제품",
    "침대",
    "người",
    "tiêu",
    "dùng",
    "Đồ chơi",
    "bagian kecil",
    "\u{200F}עברית\u{200F}",
    "\u{202B}العربية\u{202C}",
    "e\u{301}",
    "🧸",
];

/// Characters that mean something to YAML, Markdown, HTML, typst or Fluent.
const SPECIAL: &[&str] = &[
    ": ",
    " #",
    "- ",
    "? ",
    "&a",
    "*a",
    "!tag",
    "%",
    "@",
    "`",
    "|",
    ">",
    "{",
    "}",
    "[",
    "]",
    ",",
    "'",
    "\"",
    "---",
    "...",
    "yes",
    "null",
    "~",
    "1e3",
    "0x1F",
    ".inf",
    "# ",
    "**b**",
    "[l](first.md)",
    "<b>x</b>",
    "1. ",
    "> ",
    "[^src]",
    "$x$",
    "#set page()",
    "{ -small-parts }",
];

/// Characters nobody types on purpose.
const CONTROL: &[&str] = &[
    "\u{0}", "\u{7}", "\u{8}", "\u{1b}", "\u{7f}", "\u{85}", "\u{2028}", "\u{2029}", "\u{feff}",
    "\u{200b}", "\r", "\t", "\n",
];

/// A phrase: words of any script with, sometimes, special or control characters.
pub fn phrase() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        6 => proptest::sample::select(WORDS).prop_map(str::to_string),
        2 => proptest::sample::select(SPECIAL).prop_map(str::to_string),
        1 => proptest::sample::select(CONTROL).prop_map(str::to_string),
    ];
    proptest::collection::vec(piece, 1..6).prop_map(|p| p.join(" "))
}

/// A string value: mostly a phrase; sometimes empty, blank or huge.
pub fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        12 => phrase(),
        1 => Just(String::new()),
        1 => proptest::sample::select(&[" ", "   ", "\t", "\u{3000}", "\u{a0}", " \n "][..])
            .prop_map(str::to_string),
        1 => (proptest::sample::select(WORDS), 500..4000usize)
            .prop_map(|(w, n)| vec![w; n].join(" ")),
    ]
}

fn quote() -> impl Strategy<Value = Quote> {
    prop_oneof![
        3 => Just(Quote::Double),
        2 => Just(Quote::Plain),
        2 => Just(Quote::Single),
        1 => Just(Quote::Block),
    ]
}

/// A string, or now and then a value of the wrong type.
fn string_value() -> impl Strategy<Value = Yaml> {
    prop_oneof![
        20 => (text(), quote()).prop_map(|(s, q)| Yaml::Str(s, q)),
        1 => any::<i64>().prop_map(Yaml::Int),
        1 => any::<bool>().prop_map(Yaml::Bool),
        1 => Just(Yaml::Null),
        1 => proptest::collection::vec(phrase(), 0..3)
            .prop_map(|v| Yaml::List(v.into_iter().map(|s| Yaml::Str(s, Quote::Double)).collect(), true)),
        1 => phrase().prop_map(|s| Yaml::Map("k".into(), Box::new(Yaml::Str(s, Quote::Double)))),
    ]
}

fn list_of(item: impl Strategy<Value = Yaml>, max: usize) -> impl Strategy<Value = Yaml> {
    (proptest::collection::vec(item, 0..max), any::<bool>())
        .prop_map(|(items, flow)| Yaml::List(items, flow))
}

fn objectives() -> impl Strategy<Value = Yaml> {
    let item = prop_oneof![
        12 => (text(), prop_oneof![Just(Quote::Double), Just(Quote::Single), Just(Quote::Plain)])
            .prop_map(|(s, q)| Yaml::Str(s, q)),
        1 => any::<i64>().prop_map(Yaml::Int),
        1 => Just(Yaml::Null),
    ];
    prop_oneof![
        10 => list_of(item, 4),
        1 => string_value(),
    ]
}

fn category() -> impl Strategy<Value = Yaml> {
    prop_oneof![
        12 => proptest::sample::select(&["toys", "cribs", "clothing", "general"][..])
            .prop_map(|c| Yaml::Str(c.into(), Quote::Plain)),
        1 => string_value(),
    ]
}

fn order() -> impl Strategy<Value = Yaml> {
    prop_oneof![
        10 => (-5i64..50).prop_map(Yaml::Int),
        1 => any::<i64>().prop_map(Yaml::Int),
        1 => Just(Yaml::Raw("1e400".into())),
        1 => string_value(),
    ]
}

fn reviewed() -> impl Strategy<Value = Yaml> {
    let date = (1990u32..2100, 0u32..14, 0u32..33)
        .prop_map(|(y, m, d)| Yaml::Str(format!("{y:04}-{m:02}-{d:02}"), Quote::Plain));
    prop_oneof![
        10 => Just(Yaml::Str("2026-10-01".into(), Quote::Plain)),
        3 => date,
        1 => string_value(),
    ]
}

fn regulations() -> impl Strategy<Value = Yaml> {
    let item = prop_oneof![
        6 => proptest::sample::select(
            &["16 CFR 1501", "16 CFR 1500.19", "16 CFR part 1303", "ASTM F963", "16 CFR §§ 1615、1616"][..]
        ).prop_map(|s| Yaml::Str(s.into(), Quote::Plain)),
        1 => (text(), quote()).prop_map(|(s, q)| Yaml::Str(s, q)),
    ];
    prop_oneof![
        10 => list_of(item, 4),
        1 => string_value(),
    ]
}

fn audiences() -> impl Strategy<Value = Yaml> {
    let id = prop_oneof![
        6 => proptest::sample::select(&["alpha", "beta"][..]).prop_map(str::to_string),
        1 => proptest::sample::select(&["gamma", "", " ", "ALPHA", "all"][..]).prop_map(str::to_string),
    ]
    .prop_map(|s| Yaml::Str(s, Quote::Double));
    prop_oneof![
        6 => Just(None),
        3 => Just(Some(Yaml::Str("all".into(), Quote::Plain))),
        6 => list_of(id, 3).prop_map(Some),
        1 => string_value().prop_map(Some),
    ]
    .prop_map(|v| v.unwrap_or(Yaml::Raw("all".into())))
}

/// Audience-page front matter: a title and, mostly, a summary, of any kind of value.
pub fn page_front() -> impl Strategy<Value = Front> {
    let title = prop_oneof![4 => tame_string(), 1 => string_value()];
    let summary = prop_oneof![
        4 => tame_string().prop_map(Some),
        1 => string_value().prop_map(Some),
        1 => Just(None),
    ];
    (title, summary).prop_map(|(title, summary)| {
        let mut entries = vec![("title".to_string(), title)];
        entries.extend(summary.map(|s| ("summary".to_string(), s)));
        Front { entries }
    })
}

/// Module front matter: mostly valid YAML of the right types (so that most cases reach
/// translation and rendering), sometimes anything.
pub fn module_front() -> impl Strategy<Value = Front> {
    prop_oneof![4 => tame_front(), 1 => wild_front()]
}

fn tame_string() -> impl Strategy<Value = Yaml> {
    phrase().prop_map(|s| Yaml::Str(s, Quote::Double))
}

/// Valid front matter whose strings may still hold anything.
fn tame_front() -> impl Strategy<Value = Front> {
    let audiences = proptest::sample::select(&["all", "[alpha]", "[beta]", "[alpha, beta]"][..]);
    (
        tame_string(),
        tame_string(),
        proptest::sample::select(&["toys", "cribs", "clothing", "general"][..]),
        -5i64..50,
        audiences,
        proptest::collection::vec(tame_string(), 0..3),
    )
        .prop_map(|(title, summary, category, order, audiences, objectives)| {
            let entries = vec![
                ("title".to_string(), title),
                ("summary".to_string(), summary),
                ("category".to_string(), Yaml::Raw(category.into())),
                ("order".to_string(), Yaml::Int(order)),
                ("audiences".to_string(), Yaml::Raw(audiences.into())),
                ("regulations".to_string(), Yaml::Raw("[16 CFR 1501]".into())),
                ("reviewed".to_string(), Yaml::Raw("2026-10-01".into())),
                ("objectives".to_string(), Yaml::List(objectives, false)),
            ];
            Front { entries }
        })
}

/// The fields in order, each now and then dropped, with values of any kind; sometimes an
/// unknown or a repeated key.
fn wild_front() -> impl Strategy<Value = Front> {
    let fields = (
        string_value(),
        string_value(),
        category(),
        order(),
        audiences(),
        regulations(),
        reviewed(),
        objectives(),
    );
    let drops = proptest::collection::vec(proptest::bool::weighted(0.04), 8);
    let extra = prop_oneof![
        20 => Just(None),
        1 => Just(Some(("colour".to_string(), Yaml::Str("red".into(), Quote::Plain)))),
        1 => string_value().prop_map(|v| Some(("title".to_string(), v))),
    ];
    (fields, drops, extra).prop_map(|(f, drops, extra)| {
        let (title, summary, category, order, audiences, regulations, reviewed, objectives) = f;
        let all = [
            ("title", title),
            ("summary", summary),
            ("category", category),
            ("order", order),
            ("audiences", audiences),
            ("regulations", regulations),
            ("reviewed", reviewed),
            ("objectives", objectives),
        ];
        let mut entries: Vec<(String, Yaml)> = all
            .into_iter()
            .zip(drops)
            .filter(|(_, drop)| !drop)
            .map(|((k, v), _)| (k.to_string(), v))
            .collect();
        entries.extend(extra);
        Front { entries }
    })
}
