//! What the properties found, each kept as the plain test of its input.

use sahifa_core::parse_bundle;

/// `findings_keep_no_override` found it: a skipped element whose id was an override alone
/// (`["\u202d"]`, whose first item serde reads as the id). The skipped-articles notice printed
/// the id, the bad date and the event's label as written, so the rest of each line read
/// backwards; now each override is an isolate there too.
#[test]
fn a_finding_quotes_the_bundle_without_its_overrides() {
    let text = r#"{"sahifa": 1, "title": "t", "lang": "ar", "articles": [
        ["\u202d"],
        {"id": "a\u202e", "title": "t", "body": ["p"], "date": "2022-\u202e01-31"},
        {"id": "b", "title": "t", "body": ["p"], "events": [{"date": "x\u202e", "label": "\u202eevent"}]}
    ]}"#;
    let findings: Vec<String> =
        parse_bundle(text.as_bytes()).unwrap().diagnostics.iter().map(|d| d.to_string()).collect();
    expect_test::expect![[r#"
        [
            "error: article #1 (id \"\u{2066}\"): skipped: missing or empty \"title\", \"body\"; every article needs an id, a title and a body",
            "error: article #2 (id \"a\u{2067}\"): skipped: the \"date\" \"2022-\u{2067}01-31\" is not a date: the year takes four digits, the month and the day two each; write it as YYYY-MM-DD, optionally followed by THH:MM or THH:MM:SS and Z or ±HH:MM",
            "warning: article #3 (id \"b\"): the event \"\u{2067}event\" is left out: its date \"x\u{2067}\" is not YYYY-MM-DD (the day must have a year, a month and a day joined by '-')",
        ]
    "#]].assert_debug_eq(&findings);
}

/// `valid_articles_are_never_lost_among_garbage` found it, and the hostile journeys saw it in
/// the language facet: an article's own `lang` was the one text the parse did not make safe, so
/// an override there (`"\u202den"`) reversed the letters of its facet value.
#[test]
fn an_article_s_language_keeps_no_override() {
    let text = r#"{"sahifa": 1, "title": "t", "lang": "ar", "articles": [
        {"id": "a", "title": "t", "body": ["p"], "lang": "\u202dSyria \u202een"}
    ]}"#;
    let loaded = parse_bundle(text.as_bytes()).unwrap();
    assert_eq!(loaded.bundle.articles[0].lang, "\u{2066}Syria \u{2067}en");
}
