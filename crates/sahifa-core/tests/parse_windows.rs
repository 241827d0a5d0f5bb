//! Reading through a window gives what reading the whole bytes gives: the same articles, the
//! same findings, the same fatal error at the same line and column, whatever the window's size
//! and wherever its edges fall (inside a character, a string, an escape, a number), and however
//! few articles each step of a `BundleParser` reads; and the top-level fields may come in any
//! order.

use proptest::prelude::*;
use sahifa_core::parse::{parse_bundle_from, BundleParser, ByteSource, WINDOW};
use sahifa_core::{parse_bundle, BundleError};

/// Bytes handed over at most `chunk` at a time, as a download's chunks come.
struct Chunked<'a> {
    bytes: &'a [u8],
    chunk: usize,
    at: usize,
}

impl ByteSource for Chunked<'_> {
    fn read(&mut self, buf: &mut [u8]) -> usize {
        let n = buf.len().min(self.chunk).min(self.bytes.len() - self.at);
        buf[..n].copy_from_slice(&self.bytes[self.at..self.at + n]);
        self.at += n;
        n
    }

    fn rewind(&mut self) {
        self.at = 0;
    }
}

fn check_windows(bytes: &[u8], window: usize, chunk: usize) {
    let whole = parse_bundle(bytes);
    // The read gives up where serde_json, reading the text whole, finds it is not JSON, and only
    // there (or at a field given twice before that place).
    if let Ok(text) = std::str::from_utf8(bytes) {
        let json = serde_json::from_str::<serde::de::IgnoredAny>(text.strip_prefix('\u{feff}').unwrap_or(text));
        match &whole {
            Err(BundleError::NotJson { .. }) => assert!(json.is_err(), "serde reads it: {text:?}"),
            Err(BundleError::NotABundle { message }) if message.starts_with("duplicate field") => {}
            _ => assert!(json.is_ok(), "the read went on where serde stops: {text:?}"),
        }
    }
    let windowed = parse_bundle_from(&mut Chunked { bytes, chunk, at: 0 }, window);
    assert_eq!(windowed, whole, "window {window}, chunk {chunk}: {:?}", String::from_utf8_lossy(bytes));
    // Read a few articles a step, as the app reads a large bundle between frames.
    let articles = 1 + window % 3;
    let mut source = Chunked { bytes, chunk, at: 0 };
    let mut parser = BundleParser::new(&mut source, window);
    let stepped = loop {
        if let Some(read) = parser.step(articles) {
            break read;
        }
    };
    assert_eq!(stepped, whole, "window {window}, {articles} a step: {:?}", String::from_utf8_lossy(bytes));
}

const FIXTURES: &[&[u8]] = &[
    include_bytes!("../../../static/sample/bundle.json"),
    include_bytes!("../../../tests/fixtures/mixed.json"),
    include_bytes!("../../../tests/fixtures/not-json.json"),
    include_bytes!("../../../tests/fixtures/one-bad-article.json"),
    include_bytes!("../../../tests/fixtures/version-2.json"),
    include_bytes!("../../sahifa-cli/tests/data/expected/bad.json"),
    include_bytes!("../../sahifa-cli/tests/data/expected/csv.json"),
    include_bytes!("../../sahifa-cli/tests/data/expected/feeds.json"),
    include_bytes!("../../sahifa-cli/tests/data/expected/markdown.json"),
];

#[test]
fn fixtures_read_the_same_through_any_window() {
    for bytes in FIXTURES {
        for window in (1..=64).chain([100, 1000, 4096, WINDOW]) {
            check_windows(bytes, window, 1 + window % 7);
        }
    }
}

/// The articles, the findings and the language each article inherits, as a person would check them.
fn summary(bytes: &[u8]) -> String {
    let loaded = parse_bundle(bytes).unwrap();
    let mut out: Vec<String> = loaded.bundle.articles.iter().map(|a| format!("{} lang={}", a.id, a.lang)).collect();
    out.extend(loaded.diagnostics.iter().map(|d| d.to_string()));
    out.join("\n")
}

#[test]
fn articles_before_lang_still_inherit_it() {
    let articles = r#""articles": [
        {"id": "latin", "title": "Field notes from the north-east", "body": ["A report on water."]},
        {"id": "arabic", "title": "تقرير عن المياه في الحسكة", "body": ["نص التقرير"]},
        {"id": "own", "title": "t", "lang": "fr", "body": ["p"]},
        {"id": "bad", "title": "t"}
    ]"#;
    let lang_last = format!(r#"{{{articles}, "title": 5, "sahifa": 1, "lang": "en"}}"#);
    let lang_first = format!(r#"{{"sahifa": 1, "lang": "en", "title": 5, {articles}}}"#);
    let summary_last = summary(lang_last.as_bytes());
    assert_eq!(summary_last, summary(lang_first.as_bytes()));
    expect_test::expect![[r#"
        arabic lang=und-Arab
        latin lang=en
        own lang=fr
        warning: bundle: "title" must be a string; the page shows "sahifa" instead
        error: article #4 (id "bad"): skipped: missing or empty "body"; every article needs an id, a title and a body"#]]
    .assert_eq(&summary_last);
}

#[test]
fn a_bundle_without_lang_reads_its_articles_as_arabic_whatever_the_order() {
    let text = r#"{"articles": [{"id": "a", "title": "Field notes from the north-east", "body": ["p"]}], "sahifa": 1}"#;
    expect_test::expect![[r#"
        a lang=und-Latn
        warning: bundle: it has no "title"; the page shows "sahifa" instead
        warning: bundle: it has no "lang"; articles without their own are taken as Arabic ("ar")"#]]
    .assert_eq(&summary(text.as_bytes()));
}

/// The parser judges none of the punctuation between values itself: an error there is what serde
/// says, at the place serde says, about the same text read whole.
#[test]
fn punctuation_errors_are_serdes_own() {
    #[derive(serde::Deserialize)]
    #[allow(dead_code)]
    struct Head<'a> {
        #[serde(borrow)]
        sahifa: Option<&'a serde_json::value::RawValue>,
        #[serde(borrow)]
        articles: Option<&'a serde_json::value::RawValue>,
    }
    let texts = [
        "{",
        "{\"sahifa\"",
        "{\"sahifa\" 1}",
        "{\"sahifa\":",
        "{\"sahifa\": 1,}",
        "{\"sahifa\": 1,",
        "{\"sahifa\": 1, 2}",
        "{\"sahifa\": 1 \"x\": 2}",
        "{1: 2}",
        "{\"sahifa\": 1}\n x",
        "{\"articles\": [",
        "{\"articles\": [{}",
        "{\"articles\": [{},",
        "{\"articles\": [{},]}",
        "{\"articles\": [{}\n {}]}",
        "{\"articles\": [1x]}",
        "\u{a0}{}",
    ];
    for text in texts {
        let serde = serde_json::from_str::<Head>(text).err().unwrap();
        let message = serde.to_string().split(" at line ").next().unwrap().to_owned();
        let expected = BundleError::NotJson { line: serde.line(), column: serde.column(), message };
        assert_eq!(parse_bundle(text.as_bytes()).unwrap_err(), expected, "{text:?}");
    }
}

/// Lines and columns count from the start of the input, not of the window the error is found in.
#[test]
fn errors_deep_in_a_later_window_keep_their_place() {
    let articles: Vec<String> =
        (0..2000).map(|i| format!(r#"  {{"id": "{i}", "title": "عنوان {i}", "body": ["نص"]}}"#)).collect();
    let good = format!("{{\"sahifa\": 1, \"articles\": [\n{}\n]}}", articles.join(",\n"));
    let at = good.find(r#""id": "1500""#).unwrap();

    let mut not_json = good.clone().into_bytes();
    not_json[at + 4] = b';';
    let serde = serde_json::from_slice::<serde::de::IgnoredAny>(&not_json).unwrap_err();
    let windowed = parse_bundle_from(&mut Chunked { bytes: &not_json, chunk: 4096, at: 0 }, 1024).unwrap_err();
    assert_eq!(windowed, BundleError::NotJson { line: 1502, column: serde.column(), message: "expected `:`".into() });
    assert_eq!(serde.line(), 1502);

    let mut not_utf8 = good.into_bytes();
    let title = at + r#""id": "1500", "title": "ع"#.len() - 1;
    not_utf8[title] = 0xFF;
    let windowed = parse_bundle_from(&mut Chunked { bytes: &not_utf8, chunk: 4096, at: 0 }, 1024).unwrap_err();
    // The line's characters before the bad byte: two spaces, the id and the opening of the title.
    let column = r#"  {"id": "1500", "title": ""#.chars().count() + 1;
    assert_eq!(windowed, BundleError::NotUtf8 { line: 1502, column });
}

/// Pieces of a bundle, some valid and some not; glued with random white space and shuffled.
fn text() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "t",
        "أرشيف",
        "سجن الحسكة",
        "Field notes",
        "\\n",
        "\\u0627\\u0644",
        "\\ud83d\\ude00",
        "\\\"",
        "😀",
        "é",
        " ",
        "",
    ])
    .prop_map(str::to_owned)
}

fn space() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec!["", "", " ", "\n", "\n  ", "\t", "\r\n"])
}

fn field() -> impl Strategy<Value = String> {
    prop_oneof![
        text().prop_map(|t| format!(r#""id": "{t}x""#)),
        (0u32..5).prop_map(|n| format!(r#""id": {n}"#)),
        text().prop_map(|t| format!(r#""title": "{t}""#)),
        Just(r#""title": 5"#.to_owned()),
        prop::sample::select(vec!["2022-01-31", "2023-02-29", "", "31/01/2022", "2022-01-31T21:00+03:00"])
            .prop_map(|d| format!(r#""date": "{d}""#)),
        prop::sample::select(vec!["en", "", "ar-Latn"]).prop_map(|l| format!(r#""lang": "{l}""#)),
        (text(), text()).prop_map(|(a, b)| format!(r#""body": ["{a}", "{b}"]"#)),
        text().prop_map(|t| format!(r#""body": "{t}\n\n{t}""#)),
        Just(r#""body": {"text": "p"}"#.to_owned()),
        Just(r#""tags": ["b", " a ", "", "b"]"#.to_owned()),
        Just(r#""source": {"url": "https://example.org"}"#.to_owned()),
        Just(r#""url": "javascript:alert(1)""#.to_owned()),
        Just(r#""events": [{"date": "2022-01-20", "label": "x"}, {"date": "bad", "label": "y"}]"#.to_owned()),
        Just(r#""extra": {"nested": [1, -2.5e3, {"a": null, "b": [true, false]}]}"#.to_owned()),
    ]
}

fn article() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => (prop::collection::vec((field(), space()), 0..6), text(), text()).prop_map(|(fields, title, body)| {
            let mut parts: Vec<String> = fields.into_iter().map(|(f, s)| format!("{s}{f}")).collect();
            parts.push(format!(r#""title": "{title}t", "body": ["{body}p"]"#));
            format!("{{{}}}", parts.join(","))
        }),
        1 => prop::sample::select(vec!["5", "\"a\"", "null", "[]", "[1]"]).prop_map(str::to_owned),
    ]
}

fn articles() -> impl Strategy<Value = String> {
    prop_oneof![
        9 => prop::collection::vec((article(), space()), 0..6).prop_map(|articles| {
            let items: Vec<String> = articles.into_iter().map(|(a, s)| format!("{s}{a}{s}")).collect();
            format!(r#""articles": [{}]"#, items.join(","))
        }),
        1 => prop::sample::select(vec![r#""articles": null"#, r#""articles": {}"#]).prop_map(str::to_owned),
    ]
}

/// The top level's fields, each at most once (but now and then one twice), in any order.
fn bundle() -> impl Strategy<Value = Vec<u8>> {
    let version = prop::sample::select(vec!["1", "1", "1", "1", "1", "1", "2", "\"1\"", "null"]);
    let optional = |values: Vec<&'static str>| prop::option::of(prop::sample::select(values));
    (
        (version, articles()),
        (
            optional(vec![r#""title": "أرشيف""#, r#""title": 5"#, r#""title": " ""#]),
            optional(vec![r#""lang": "en""#, r#""lang": "ar""#, r#""lang": 5"#, r#""lang": " ""#]),
            optional(vec![
                r#""description": "d""#,
                r#""other": [{"x": "y"}, 1e5]"#,
                r#""description": 5"#,
                r#""sahif\u0061": 1"#,
            ]),
        ),
        prop::collection::vec(space(), 8),
        (any::<bool>(), 0usize..40),
    )
        .prop_flat_map(|((version, articles), (title, lang, other), spaces, (bom, twice))| {
            let mut entries = vec![format!(r#""sahifa": {version}"#), articles];
            entries.extend([title, lang, other].into_iter().flatten().map(str::to_owned));
            if let Some(again) = entries.get(twice).cloned() {
                entries.push(again);
            }
            (Just(entries).prop_shuffle(), Just(spaces), Just(bom))
        })
        .prop_map(|(entries, spaces, bom)| {
            let entries: Vec<String> =
                entries.iter().zip(spaces.iter().cycle()).map(|(e, s)| format!("{s}{e}{s}")).collect();
            let text = format!("{}{{{}}}{}", if bom { "\u{feff}" } else { "" }, entries.join(","), spaces[7]);
            text.into_bytes()
        })
}

/// A byte-level change that may break the JSON, or the UTF-8.
#[derive(Debug, Clone)]
enum Damage {
    None,
    Delete(usize),
    Insert(usize, u8),
    Truncate(usize),
}

fn damage() -> impl Strategy<Value = Damage> {
    let byte =
        prop::sample::select(vec![b',', b'}', b']', b'[', b'"', b'\\', b':', b'x', b'-', b'1', b'\n', 0xFF, 0xD8]);
    prop_oneof![
        3 => Just(Damage::None),
        1 => any::<usize>().prop_map(Damage::Delete),
        1 => (any::<usize>(), byte).prop_map(|(at, b)| Damage::Insert(at, b)),
        1 => any::<usize>().prop_map(Damage::Truncate),
    ]
}

fn damaged(mut bytes: Vec<u8>, damage: &Damage) -> Vec<u8> {
    let len = bytes.len().max(1);
    match *damage {
        Damage::None => {}
        Damage::Delete(at) if !bytes.is_empty() => {
            bytes.remove(at % len);
        }
        Damage::Delete(_) => {}
        Damage::Insert(at, byte) => bytes.insert(at % (bytes.len() + 1), byte),
        Damage::Truncate(at) => bytes.truncate(at % len),
    }
    bytes
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(600))]

    #[test]
    fn generated_bundles_read_the_same_through_any_window(
        bytes in bundle(),
        damage in damage(),
        window in prop_oneof![1usize..=16, 17usize..=300],
        chunk in 1usize..=9,
    ) {
        check_windows(&damaged(bytes, &damage), window, chunk);
    }
}
