//! How `parse_bundle` reads bundle bytes: fatal errors, skipped articles, warnings and order.
//!
//! Every case goes through `check`, which prints what a person would see: the ids of the
//! articles that were kept, in the reader's order, and every diagnostic line, or the fatal error.
//! `UPDATE_EXPECT=1 cargo test -p sahifa-core` rewrites the snapshots after a deliberate change.

use expect_test::{expect, Expect};
use sahifa_core::parse_bundle;

const SAMPLE: &[u8] = include_bytes!("../../../static/sample/bundle.json");
const FORMAT_DOC: &str = include_str!("../../../docs/bundle-format.md");

fn check(bytes: impl AsRef<[u8]>, expect: Expect) {
    let actual = match parse_bundle(bytes.as_ref()) {
        Ok(loaded) => {
            let ids: Vec<&str> = loaded.bundle.articles.iter().map(|a| a.id.as_str()).collect();
            let mut out = format!("articles: {}\n", ids.join(", "));
            for diagnostic in &loaded.diagnostics {
                out.push_str(&format!("{diagnostic}\n"));
            }
            out
        }
        Err(error) => format!("fatal: {error}\n"),
    };
    expect.assert_eq(&actual);
}

/// A v1 bundle around the given articles, written as JSON text.
fn bundle(articles: &str) -> String {
    format!(r#"{{"sahifa": 1, "title": "أرشيف", "lang": "ar", "articles": [{articles}]}}"#)
}

#[test]
fn bytes_that_are_not_a_bundle_end_the_read() {
    check(
        b"{\"sahifa\": 1,\n \"title\": \"caf\xe9\"}",
        expect![[r#"
        fatal: the file is not UTF-8 text (first bad byte at line 2, column 15); save it as UTF-8 and try again
    "#]],
    );
    check(
        "{\"sahifa\": 1,\n  \"title\": \"أرشيف\",\n  \"lang\": ar}",
        expect![[r#"
        fatal: the file is not valid JSON at line 3, column 11: expected value
    "#]],
    );
    check(
        r#"{"sahifa": 1, "articles": ["#,
        expect![[r#"
        fatal: the file is not valid JSON at line 1, column 27: EOF while parsing a list
    "#]],
    );
    check(
        "",
        expect![[r#"
        fatal: the file is not valid JSON at line 1, column 0: EOF while parsing a value
    "#]],
    );
    check(
        r#"[{"id": "a", "title": "t", "body": ["p"]}]"#,
        expect![[r#"
            fatal: the file is JSON but not a sahifa bundle: the file holds a JSON array or value, not an object; a bundle looks like {"sahifa": 1, "title": …, "lang": …, "articles": […]} (see docs/bundle-format.md, or make one with `sahifa build`)
        "#]],
    );
    check(
        r#""sahifa""#,
        expect![[r#"
            fatal: the file is JSON but not a sahifa bundle: the file holds a JSON array or value, not an object; a bundle looks like {"sahifa": 1, "title": …, "lang": …, "articles": […]} (see docs/bundle-format.md, or make one with `sahifa build`)
        "#]],
    );
    check(
        r#"{"title": "أرشيف", "lang": "ar", "articles": []}"#,
        expect![[r#"
        fatal: the file is JSON but not a sahifa bundle: it has no "sahifa" field giving the format version; a bundle looks like {"sahifa": 1, "title": …, "lang": …, "articles": […]} (see docs/bundle-format.md, or make one with `sahifa build`)
    "#]],
    );
    check(
        r#"{"sahifa": 1, "title": "أرشيف", "lang": "ar"}"#,
        expect![[r#"
        fatal: the file is JSON but not a sahifa bundle: it has no "articles" array; a bundle looks like {"sahifa": 1, "title": …, "lang": …, "articles": […]} (see docs/bundle-format.md, or make one with `sahifa build`)
    "#]],
    );
    check(
        r#"{"sahifa": 1, "title": "a", "lang": "ar", "title": "b", "articles": [1x]}"#,
        expect![[r#"
            fatal: the file is JSON but not a sahifa bundle: duplicate field `title`; a bundle looks like {"sahifa": 1, "title": …, "lang": …, "articles": […]} (see docs/bundle-format.md, or make one with `sahifa build`)
        "#]],
    );
    check(
        r#"{"sahifa": 1, "title": 5, "lang": "ar", "articles": []}"#,
        expect![[r#"
            articles: 
            warning: bundle: "title" must be a string; the page shows "sahifa" instead
        "#]],
    );
}

#[test]
fn only_format_version_1_is_read() {
    let with_version = |v: &str| format!(r#"{{"sahifa": {v}, "title": "t", "lang": "ar", "articles": []}}"#);
    check(
        with_version("2"),
        expect![[r#"
        fatal: the bundle is format version 2, and this build of sahifa reads version 1; rebuild the bundle with a matching `sahifa build`, or update the viewer
    "#]],
    );
    check(
        with_version(r#""1""#),
        expect![[r#"
            fatal: the file is JSON but not a sahifa bundle: "sahifa" is "1", a string; write the number 1 without quotes; a bundle looks like {"sahifa": 1, "title": …, "lang": …, "articles": […]} (see docs/bundle-format.md, or make one with `sahifa build`)
        "#]],
    );
    check(
        with_version("1.0"),
        expect![[r#"
        fatal: the bundle is format version 1.0, and this build of sahifa reads version 1; rebuild the bundle with a matching `sahifa build`, or update the viewer
    "#]],
    );
    check(
        with_version("null"),
        expect![[r#"
        fatal: the file is JSON but not a sahifa bundle: it has no "sahifa" field giving the format version; a bundle looks like {"sahifa": 1, "title": …, "lang": …, "articles": […]} (see docs/bundle-format.md, or make one with `sahifa build`)
    "#]],
    );
    check(
        r#"{ "sahifa" :  1 , "title": "t", "lang": "ar", "articles": [] }"#,
        expect![[r#"
            articles: 
        "#]],
    );
}

#[test]
fn a_byte_order_mark_is_ignored() {
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend(bundle(r#"{"id": "a", "title": "t", "body": ["p"]}"#).as_bytes());
    check(
        bytes,
        expect![[r#"
        articles: a
    "#]],
    );
}

#[test]
fn a_bundle_without_title_or_lang_is_read_with_warnings() {
    check(
        r#"{"sahifa": 1, "title": " ", "articles": [{"id": "a", "title": "t", "body": "p"}]}"#,
        expect![[r#"
            articles: a
            warning: bundle: it has no "title"; the page shows "sahifa" instead
            warning: bundle: it has no "lang"; articles without their own are taken as Arabic ("ar")
        "#]],
    );
}

#[test]
fn each_article_stands_alone_and_the_valid_ones_are_kept() {
    let table = [
        (
            "missing title",
            r#"{"id": "a", "date": "2022-01-31", "body": ["p"]}"#,
            expect![[r#"
                articles: 
                error: article #1 (id "a"): skipped: missing or empty "title"; every article needs an id, a title and a body
            "#]],
        ),
        (
            "blank id, no title, no body",
            r#"{"id": "  "}"#,
            expect![[r#"
                articles: 
                error: article #1 (id "  "): skipped: missing or empty "id", "title", "body"; every article needs an id, a title and a body
            "#]],
        ),
        (
            "a day that does not exist",
            r#"{"id": "a", "title": "t", "date": "2023-02-29", "body": ["p"]}"#,
            expect![[r#"
                articles: 
                error: article #1 (id "a"): skipped: the "date" "2023-02-29" is not a date: February 2023 has no day 29; write it as YYYY-MM-DD, optionally followed by THH:MM or THH:MM:SS and Z or ±HH:MM
            "#]],
        ),
        (
            "a bad date and a missing title are both reported",
            r#"{"id": "a", "date": "31/01/2022", "body": ["p"]}"#,
            expect![[r#"
                articles: 
                error: article #1 (id "a"): skipped: the "date" "31/01/2022" is not a date: the day must have a year, a month and a day joined by '-'; write it as YYYY-MM-DD, optionally followed by THH:MM or THH:MM:SS and Z or ±HH:MM
                error: article #1 (id "a"): skipped: missing or empty "title"; every article needs an id, a title and a body
            "#]],
        ),
        (
            "an empty date string",
            r#"{"id": "a", "title": "t", "date": "", "body": ["p"]}"#,
            expect![[r#"
                articles: a
            "#]],
        ),
        (
            "empty body array",
            r#"{"id": "a", "title": "t", "body": []}"#,
            expect![[r#"
                articles: 
                error: article #1 (id "a"): skipped: missing or empty "body"; every article needs an id, a title and a body
            "#]],
        ),
        (
            "body of blank paragraphs",
            r#"{"id": "a", "title": "t", "body": ["", "  \n "]}"#,
            expect![[r#"
                articles: 
                error: article #1 (id "a"): skipped: missing or empty "body"; every article needs an id, a title and a body
            "#]],
        ),
        (
            "body as an empty string",
            r#"{"id": "a", "title": "t", "body": ""}"#,
            expect![[r#"
                articles: 
                error: article #1 (id "a"): skipped: missing or empty "body"; every article needs an id, a title and a body
            "#]],
        ),
        (
            "title of the wrong type",
            r#"{"id": "a", "title": 5, "body": ["p"]}"#,
            expect![[r#"
                articles: 
                error: article #1 (id "a"): skipped: invalid type: integer `5`, expected a string
            "#]],
        ),
        (
            "body of the wrong type",
            r#"{"id": "a", "title": "t", "body": {"text": "p"}}"#,
            expect![[r#"
                articles: 
                error: article #1 (id "a"): skipped: invalid type: map, expected an array of paragraph strings, or one string
            "#]],
        ),
        (
            "a paragraph of the wrong type",
            r#"{"id": "a", "title": "t", "body": ["p", 2]}"#,
            expect![[r#"
                articles: 
                error: article #1 (id "a"): skipped: invalid type: integer `2`, expected a string
            "#]],
        ),
        (
            "a numeric id",
            r#"{"id": 7, "title": "t", "body": ["p"]}"#,
            expect![[r#"
                articles: 7
            "#]],
        ),
        (
            "an optional list of the wrong type",
            r#"{"id": "a", "title": "t", "body": ["p"], "tags": "one tag"}"#,
            expect![[r#"
                articles: a
            "#]],
        ),
        (
            "an optional list given as null",
            r#"{"id": "a", "title": "t", "body": ["p"], "places": null}"#,
            expect![[r#"
                articles: a
            "#]],
        ),
        (
            "an event without a label",
            r#"{"id": "a", "title": "t", "body": ["p"], "events": [{"date": "2022-01-20"}]}"#,
            expect![[r#"
                articles: 
                error: article #1 (id "a"): skipped: missing field `label`
            "#]],
        ),
        (
            "an event that is not an object",
            r#"{"id": "a", "title": "t", "body": ["p"], "events": ["2022-01-20"]}"#,
            expect![[r#"
                articles: 
                error: article #1 (id "a"): skipped: invalid type: string "2022-01-20", expected an event {"date": …, "label": …}
            "#]],
        ),
        (
            "a source object without a name",
            r#"{"id": "a", "title": "t", "body": ["p"], "source": {"url": "https://example.org"}}"#,
            expect![[r#"
                articles: 
                error: article #1 (id "a"): skipped: "source" must be a name, or an object {"name": …, "url": …}
            "#]],
        ),
        (
            "a source that is a number",
            r#"{"id": "a", "title": "t", "body": ["p"], "source": 5}"#,
            expect![[r#"
                articles: 
                error: article #1 (id "a"): skipped: "source" must be a name, or an object {"name": …, "url": …}
            "#]],
        ),
        (
            "a source whose name is a list",
            r#"{"id": "a", "title": "t", "body": ["p"], "source": {"name": ["n"]}}"#,
            expect![[r#"
                articles: 
                error: article #1 (id "a"): skipped: "source" must be a name, or an object {"name": …, "url": …}
            "#]],
        ),
        (
            "an article that is not an object",
            r#""a""#,
            expect![[r#"
                articles: 
                error: article #1: skipped: an article must be a JSON object such as {"id": …, "title": …, "body": […]}
            "#]],
        ),
        (
            "a field given twice",
            r#"{"id": "a", "title": "t", "title": "u", "body": ["p"]}"#,
            expect![[r#"
                articles: 
                error: article #1 (id "a"): skipped: duplicate field `title`
            "#]],
        ),
    ];
    for (case, article, expect) in table {
        let good = r#"{"id": "good", "title": "t", "body": ["p"]}"#;
        let text = bundle(&format!("{article}, {good}"));
        let loaded = parse_bundle(text.as_bytes()).unwrap_or_else(|e| panic!("{case}: {e}"));
        let kept: Vec<&str> = loaded.bundle.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(kept.last(), Some(&"good"), "{case}: the valid article after it is kept");
        check(bundle(article), expect);
    }
}

#[test]
fn ids_are_unique_and_the_first_valid_one_wins() {
    check(
        bundle(
            r#"{"id": "a", "title": "first", "date": "2022-01-01", "body": ["p"]},
               {"id": "b", "title": "t", "body": ["p"]},
               {"id": " a ", "title": "second", "date": "2023-01-01", "body": ["p"]}"#,
        ),
        expect![[r#"
            articles: a, b
            error: article #3 (id " a "): skipped: the id "a" is already used by an earlier article; ids must be unique
        "#]],
    );
    check(
        bundle(
            r#"{"id": "a", "title": "", "body": ["p"]},
               {"id": "a", "title": "t", "body": ["p"]}"#,
        ),
        expect![[r#"
            articles: a
            error: article #1 (id "a"): skipped: missing or empty "title"; every article needs an id, a title and a body
        "#]],
    );
}

#[test]
fn articles_come_newest_first_and_undated_last() {
    check(
        bundle(
            r#"{"id": "undated-b", "title": "t", "body": ["p"]},
               {"id": "old", "title": "t", "date": "2019-05-01", "body": ["p"]},
               {"id": "undated-a", "title": "t", "date": null, "body": ["p"]},
               {"id": "day", "title": "t", "date": "2022-01-31", "body": ["p"]},
               {"id": "evening", "title": "t", "date": "2022-01-31T21:00+03:00", "body": ["p"]},
               {"id": "morning", "title": "t", "date": "2022-01-31 08:30:15Z", "body": ["p"]},
               {"id": "day-twin", "title": "t", "date": "2022-01-31", "body": ["p"]}"#,
        ),
        expect![[r#"
            articles: evening, morning, day, day-twin, old, undated-a, undated-b
        "#]],
    );
}

#[test]
fn the_body_as_one_string_is_split_at_blank_lines() {
    let text = bundle(
        r#"{"id": "a", "title": "t",
            "body": "  First paragraph,\nsame paragraph.\r\n\r\nSecond.\n\n\n\nThird.\n \nstill third.\n\n"}"#,
    );
    let loaded = parse_bundle(text.as_bytes()).unwrap();
    expect![[r#"
        [
            "First paragraph,\nsame paragraph.",
            "Second.",
            "Third.",
            "still third.",
        ]
    "#]]
    .assert_debug_eq(&loaded.bundle.articles[0].body);
    assert!(loaded.diagnostics.is_empty());
}

#[test]
fn a_bad_optional_part_is_dropped_with_a_warning_and_the_article_kept() {
    check(
        bundle(
            r#"{"id": "a", "title": "t", "body": ["p"], "events": [
                {"date": "2022-01-20", "label": "kept"},
                {"date": "20 January 2022", "label": "not a day"},
                {"date": "2022-01-20T10:00", "label": "has a time"},
                {"date": "2022-02-30", "label": "no such day"},
                {"date": "2022-01-21", "label": "  "}
            ]}"#,
        ),
        expect![[r#"
            articles: a
            warning: article #1 (id "a"): the event "not a day" is left out: its date "20 January 2022" is not YYYY-MM-DD (the day must have a year, a month and a day joined by '-')
            warning: article #1 (id "a"): the event "has a time" is left out: its date "2022-01-20T10:00" is not YYYY-MM-DD (the year takes four digits, the month and the day two each)
            warning: article #1 (id "a"): the event "no such day" is left out: its date "2022-02-30" is not YYYY-MM-DD (February 2022 has no day 30)
            warning: article #1 (id "a"): the event on 2022-01-21 has no label and is left out
        "#]],
    );
    let text =
        bundle(r#"{"id": "a", "title": "t", "body": ["p"], "events": [{"date": "2022-01-20", "label": " kept "}]}"#);
    let events = &parse_bundle(text.as_bytes()).unwrap().bundle.articles[0].events;
    expect![[r#"
        [
            Event {
                date: 2022-01-20,
                label: "kept",
            },
        ]
    "#]]
    .assert_debug_eq(events);
}

#[test]
fn source_is_a_name_or_a_name_and_url() {
    let text = bundle(
        r#"{"id": "name", "title": "t", "body": ["p"], "source": "نورث برس"},
           {"id": "object", "title": "t", "body": ["p"], "source": {"name": "Example Wire", "url": "https://example.org/a"}},
           {"id": "object-without-url", "title": "t", "body": ["p"], "source": {"name": "Example Wire"}},
           {"id": "blank-name", "title": "t", "body": ["p"], "source": {"name": " ", "url": "https://example.org"}},
           {"id": "null", "title": "t", "body": ["p"], "source": null},
           {"id": "object-with-more", "title": "t", "body": ["p"], "source": {"kind": {"a": [1]}, "url": null, "name": "W\"ire"}}"#,
    );
    let loaded = parse_bundle(text.as_bytes()).unwrap();
    assert!(loaded.diagnostics.is_empty());
    let sources: Vec<String> = loaded.bundle.articles.iter().map(|a| format!("{}: {:?}", a.id, a.source)).collect();
    expect![[r#"
        blank-name: None
        name: Some(Source { name: "نورث برس", url: None })
        null: None
        object: Some(Source { name: "Example Wire", url: Some("https://example.org/a") })
        object-with-more: Some(Source { name: "W\"ire", url: None })
        object-without-url: Some(Source { name: "Example Wire", url: None })"#]]
    .assert_eq(&sources.join("\n"));
}

#[test]
fn optional_text_is_trimmed_lists_deduplicated_and_lang_inherited() {
    let text = bundle(
        r#"{"id": " a ", "title": " t ", "lang": "en", "body": ["p"], "summary": "  ",
            "tags": ["b", " a ", "", "b"], "unknown": {"ignored": true}},
           {"id": "b", "title": "t", "lang": "", "body": ["p"]}"#,
    );
    let loaded = parse_bundle(text.as_bytes()).unwrap();
    assert!(loaded.diagnostics.is_empty());
    let lines: Vec<String> = loaded
        .bundle
        .articles
        .iter()
        .map(|a| {
            let dir = a.direction().as_attr();
            format!("{:?} {:?} lang={} dir={dir} summary={:?} tags={:?}", a.id, a.title, a.lang, a.summary, a.tags)
        })
        .collect();
    expect![[r#"
        "a" "t" lang=en dir=ltr summary=None tags=["b", "a"]
        "b" "t" lang=ar dir=rtl summary=None tags=[]"#]]
    .assert_eq(&lines.join("\n"));
}

#[test]
fn the_sample_bundle_reads_cleanly() {
    check(
        SAMPLE,
        expect![[r#"
        articles: e5bda383449404da
    "#]],
    );
    let loaded = parse_bundle(SAMPLE).unwrap();
    let article = &loaded.bundle.articles[0];
    assert_eq!(article.body.len(), 16);
    assert_eq!(article.date.map(|d| d.to_string()).as_deref(), Some("2022-01-31"));
    let events: Vec<String> = article.events.iter().map(|e| e.date.to_string()).collect();
    assert_eq!(events, ["2022-01-20"]);
    assert_eq!(article.direction().as_attr(), "rtl");
}

/// The examples in docs/bundle-format.md are meant to be copied: they must read with no finding.
#[test]
fn the_documented_examples_read_cleanly() {
    let examples = json_examples(FORMAT_DOC);
    assert_eq!(examples.iter().map(|(name, _)| *name).collect::<Vec<_>>(), ["minimal", "full"]);
    for (name, json) in examples {
        let loaded = parse_bundle(json.as_bytes()).unwrap_or_else(|e| panic!("{name}: {e}"));
        let findings: Vec<String> = loaded.diagnostics.iter().map(|d| d.to_string()).collect();
        assert!(findings.is_empty(), "{name}: {findings:#?}");
    }
}

/// The ```json blocks announced by an `<!-- example: NAME -->` line, in document order.
fn json_examples(doc: &str) -> Vec<(&str, String)> {
    let mut out = Vec::new();
    let mut lines = doc.lines();
    while let Some(line) = lines.next() {
        let Some(name) = line.trim().strip_prefix("<!-- example:").and_then(|r| r.strip_suffix("-->")) else {
            continue;
        };
        assert_eq!(lines.next().map(str::trim), Some("```json"), "example {name} must open a ```json block");
        let body: Vec<&str> = lines.by_ref().take_while(|l| l.trim() != "```").collect();
        out.push((name.trim(), body.join("\n")));
    }
    out
}

/// The lenient spellings the date grammar reads, so that the schema's pattern can match them.
/// `Z03` is refused: a zone is `Z` alone, or a sign and hours.
#[test]
fn lenient_date_spellings() {
    let dates = [
        "2022-01-31t09:05",
        "2022-01-31T09:05z",
        "2022-01-31T09:05+03",
        "2022-01-31T09:05+25:59",
        "2022-01-31T09:05Z03",
    ];
    let articles: Vec<String> = dates
        .iter()
        .enumerate()
        .map(|(i, date)| format!(r#"{{"id": "{i} {date}", "title": "t", "date": "{date}", "body": ["p"]}}"#))
        .collect();
    check(
        bundle(&articles.join(", ")),
        expect![[r#"
            articles: 1 2022-01-31T09:05z, 2 2022-01-31T09:05+03, 3 2022-01-31T09:05+25:59
            error: article #1 (id "0 2022-01-31t09:05"): skipped: the "date" "2022-01-31t09:05" is not a date: the year takes four digits, the month and the day two each; write it as YYYY-MM-DD, optionally followed by THH:MM or THH:MM:SS and Z or ±HH:MM
            error: article #5 (id "4 2022-01-31T09:05Z03"): skipped: the "date" "2022-01-31T09:05Z03" is not a date: the zone must be Z or ±HH:MM; write it as YYYY-MM-DD, optionally followed by THH:MM or THH:MM:SS and Z or ±HH:MM
        "#]],
    );
}

/// docs/bundle-format.md: only http(s) addresses are linked, and a `description` that is not a
/// string is dropped without a word (the schema asks for the canonical form there).
#[test]
fn links_are_http_only_and_a_wrong_description_is_dropped() {
    check(
        r#"{"sahifa": 1, "title": "t", "lang": "ar", "description": 5, "articles": [
            {"id": "a", "title": "t", "body": ["p"], "url": " HTTPS://example.org/a ", "source": {"name": "n", "url": ""}},
            {"id": "b", "title": "t", "body": ["p"], "url": "javascript:alert(1)"},
            {"id": "c", "title": "t", "body": ["p"], "url": "/news/17", "source": {"name": " ", "url": "ftp://example.org"}}
        ]}"#,
        expect![[r#"
            articles: a, b, c
            warning: bundle: "description" must be a string
            warning: article #2 (id "b"): the "url" "javascript:alert(1)" is left out: only full http:// and https:// addresses are linked
            warning: article #3 (id "c"): the "source.url" "ftp://example.org" is left out: only full http:// and https:// addresses are linked
            warning: article #3 (id "c"): the "url" "/news/17" is left out: only full http:// and https:// addresses are linked
        "#]],
    );
}

#[test]
fn only_full_web_addresses_become_links() {
    // A scheme without `//` is resolved against the page by a browser (`https:evil.example/x`
    // is a path on the reader's own site), so it is no address of its own.
    check(
        r#"{"sahifa": 1, "title": "t", "lang": "ar", "articles": [
            {"id": "a", "title": "t", "body": ["p"], "url": "http:javascript:alert(1)"},
            {"id": "b", "title": "t", "body": ["p"], "url": "https:evil.example/x"},
            {"id": "c", "title": "t", "body": ["p"], "url": "https:/evil.example/x"},
            {"id": "d", "title": "t", "body": ["p"], "url": "https:///evil.example/x"},
            {"id": "e", "title": "t", "body": ["p"], "url": "https:\\\\evil.example/x"},
            {"id": "f", "title": "t", "body": ["p"], "url": "http://"},
            {"id": "g", "title": "t", "body": ["p"], "url": "http://example.org/a b"},
            {"id": "h", "title": "t", "body": ["p"], "url": "HTTPS://javascript:alert(1)"},
            {"id": "i", "title": "t", "body": ["p"], "url": "https://example.org:8443/a:b"},
            {"id": "j", "title": "t", "body": ["p"], "url": "https://user:pass@[::1]:80"}
        ]}"#,
        expect![[r#"
            articles: a, b, c, d, e, f, g, h, i, j
            warning: article #1 (id "a"): the "url" "http:javascript:alert(1)" is left out: only full http:// and https:// addresses are linked
            warning: article #2 (id "b"): the "url" "https:evil.example/x" is left out: only full http:// and https:// addresses are linked
            warning: article #3 (id "c"): the "url" "https:/evil.example/x" is left out: only full http:// and https:// addresses are linked
            warning: article #4 (id "d"): the "url" "https:///evil.example/x" is left out: only full http:// and https:// addresses are linked
            warning: article #5 (id "e"): the "url" "https:\\\\evil.example/x" is left out: only full http:// and https:// addresses are linked
            warning: article #6 (id "f"): the "url" "http://" is left out: only full http:// and https:// addresses are linked
            warning: article #8 (id "h"): the "url" "HTTPS://javascript:alert(1)" is left out: only full http:// and https:// addresses are linked
        "#]],
    );
}

#[test]
fn no_text_the_reader_is_shown_keeps_a_bidi_override() {
    // An override (U+202D, U+202E) reverses the letters after it wherever the text lands (a
    // facet, a tooltip, the tab's title); the parse makes each an isolate once, for every view.
    let rlo = "\u{202e}";
    let text = format!(
        r#"{{"sahifa": 1, "title": "{rlo}t", "description": "{rlo}d", "lang": "ar", "articles": [
            {{"id": "a", "title": "{rlo}t", "body": ["{rlo}p"], "summary": "{rlo}s", "byline": "{rlo}b",
              "publisher": "{rlo}p", "source": {{"name": "{rlo}n"}}, "tags": ["{rlo}t"], "places": ["{rlo}p"],
              "people": ["{rlo}p"], "organizations": ["{rlo}o"], "events": [{{"date": "2022-01-20", "label": "{rlo}e"}}]}}
        ]}}"#
    );
    let loaded = sahifa_core::parse_bundle(text.as_bytes()).unwrap();
    // Debug writes the controls as escapes.
    let shown = format!("{:?}", loaded.bundle);
    assert!(!shown.contains("\\u{202e}"), "an override left in {shown}");
    assert_eq!(shown.matches("\\u{2067}").count(), 13, "every field kept its text: {shown}");
}
