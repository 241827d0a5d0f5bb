//! The bundle parser against arbitrary bytes, damaged bundles, and valid articles mixed with
//! garbage ones carrying hostile text: it never panics, the windowed read agrees with the whole
//! one, no valid article is lost, and nothing it hands the views keeps a bidi override or a link
//! a browser would not take as a full web address.

use crate::hostile_text::{has_override, text};
use proptest::prelude::*;
use sahifa_core::parse::{parse_bundle_from, SliceSource};
use sahifa_core::{parse_bundle, Article, LoadedBundle, Severity, Subject};
use serde_json::{json, Value};
use std::collections::BTreeSet;

/// Addresses a link could carry: `javascript:`, `data:` and `vbscript:` in any case and with the
/// blanks and controls a browser skips; `http:javascript:`-style relative forms; and real ones.
fn url() -> impl Strategy<Value = String> {
    let scheme = prop::sample::select(vec![
        "javascript",
        "JaVaScRiPt",
        "java\tscript",
        "data",
        "vbscript",
        "file",
        "http",
        "https",
        "HTTPS",
        "ftp",
    ]);
    let lead = prop::sample::select(vec!["", " ", "\u{1}", "\t", "\u{0}", "\u{a0}"]);
    let joint = prop::sample::select(vec!["://", ":", ":/", ":///", ":\\\\", "://\\", ": //", ":%2F%2F", "&#58;//"]);
    let rest = prop::sample::select(vec![
        "alert(1)",
        "javascript:alert(1)",
        "evil.example/x",
        "text/html,<script>alert(1)</script>",
        "example.org/a?b=\"><img src=x onerror=alert(1)>",
        "@evil.example",
        "",
    ]);
    (lead, scheme, joint, rest).prop_map(|(lead, scheme, joint, rest)| format!("{lead}{scheme}{joint}{rest}"))
}

/// `url` as a browser reads an `href` (WHATWG URL: C0 controls and spaces stripped at the ends,
/// tabs and newlines removed anywhere): whether it is an http(s) address with its own host,
/// rather than one resolved against the reader's page.
fn browser_takes_as_full_web_address(url: &str) -> bool {
    let url: String =
        url.trim_matches(|c: char| c <= ' ').chars().filter(|c| !matches!(c, '\t' | '\n' | '\r')).collect();
    let Some((scheme, rest)) = url.split_once(':') else { return false };
    let slashes = rest.chars().take_while(|c| matches!(c, '/' | '\\')).count();
    matches!(scheme.to_ascii_lowercase().as_str(), "http" | "https") && slashes == 2 && rest.len() > 2
}

/// A valid day, the absurd ends of the calendar included, sometimes with a time.
fn date() -> impl Strategy<Value = String> {
    (0u32..=9999, 1u32..=12, 1u32..=28, prop::option::of((0u32..24, 0u32..60))).prop_map(|(y, m, d, time)| match time {
        Some((h, min)) => format!("{y:04}-{m:02}-{d:02}T{h:02}:{min:02}Z"),
        None => format!("{y:04}-{m:02}-{d:02}"),
    })
}

/// A valid article with hostile text in every field it shows (its id made unique by `articles`).
fn valid_article() -> impl Strategy<Value = Value> {
    let names = || prop::collection::vec(text(), 0..3);
    (
        (text(), text(), prop::collection::vec(text(), 0..3), prop::option::of(date())),
        (text(), text(), text(), (text(), url()), url()),
        (names(), names(), names(), names()),
        (prop::collection::vec((date(), text()), 0..3), prop::option::of(text())),
    )
        .prop_map(
            |((id, title, body, date), (summary, byline, publisher, source, url), entities, (events, lang))| {
                let (tags, places, people, organizations) = entities;
                let events: Vec<Value> =
                    events.into_iter().map(|(date, label)| json!({"date": date, "label": label})).collect();
                let mut paragraphs = vec![format!("p{}", body.first().cloned().unwrap_or_default())];
                paragraphs.extend(body.iter().skip(1).cloned());
                let mut article = json!({
                    "id": id, "title": format!("t{title}"), "body": paragraphs,
                    "summary": summary, "byline": byline, "publisher": publisher,
                    "source": {"name": source.0, "url": source.1}, "url": url,
                    "tags": tags, "places": places, "people": people, "organizations": organizations,
                    "events": events,
                });
                if let Some(date) = date {
                    article["date"] = json!(date);
                }
                if let Some(lang) = lang {
                    article["lang"] = json!(lang);
                }
                article
            },
        )
}

/// An element of `articles` that must be skipped, with hostile text where it has text.
fn garbage_article() -> impl Strategy<Value = Value> {
    (0usize..15, text()).prop_map(|(kind, hostile)| {
        let id = hostile.clone();
        match kind {
            0 => json!(5),
            1 => json!(hostile),
            2 => Value::Null,
            3 => json!([hostile]),
            4 => json!({"id": id, "body": ["p"]}),
            5 => json!({"id": id, "title": " \n", "body": ["p"]}),
            6 => json!({"id": id, "title": 5, "body": ["p"]}),
            7 => json!({"id": id, "title": "t", "body": [" ", ""]}),
            8 => json!({"id": id, "title": "t", "body": [1]}),
            9 => json!({"id": id, "title": "t", "body": ["p"], "date": format!("x{hostile}")}),
            10 => json!({"id": id, "title": "t", "body": ["p"], "date": "2023-02-29"}),
            11 => json!({"id": id, "title": "t", "body": ["p"], "tags": 5}),
            12 => json!({"id": id, "title": "t", "body": ["p"], "source": {"url": "https://example.org"}}),
            13 => json!({DUPLICATE: true}),
            _ => json!({"title": hostile, "body": ["p"]}),
        }
    })
}

/// Stands for a copy of the last valid article before it, id and all (`articles`).
const DUPLICATE: &str = "duplicate of the last valid article";

/// The elements of `articles`, each id (when it has one) made unique by the element's place and
/// whether it is valid, and each `DUPLICATE` the last valid article again (or a number, before
/// the first).
fn articles(elements: &[(bool, Value)]) -> Vec<Value> {
    let mut last_valid = json!(5);
    let mut out = Vec::new();
    for (n, (valid, element)) in elements.iter().enumerate() {
        let mut element = element.clone();
        if element.get(DUPLICATE).is_some() {
            element = last_valid.clone();
        } else if let Some(id) = element.get_mut("id") {
            *id = json!(format!("{}{n}:{}", if *valid { "v" } else { "g" }, id.as_str().unwrap_or_default()));
        }
        if *valid {
            last_valid = element.clone();
        }
        out.push(element);
    }
    out
}

/// Every string the views show from a bundle (the id is in addresses only; an article's language
/// is an attribute, and a value of the language facet too).
fn shown_text(loaded: &LoadedBundle) -> Vec<&str> {
    let bundle = &loaded.bundle;
    let mut out = vec![bundle.title.as_str()];
    out.extend(bundle.description.as_deref());
    for article in &bundle.articles {
        let Article {
            title,
            lang,
            body,
            summary,
            byline,
            publisher,
            source,
            tags,
            places,
            people,
            organizations,
            events,
            ..
        } = article;
        out.extend([title.as_str(), lang.as_str()]);
        out.extend(body.iter().map(String::as_str));
        out.extend([summary, byline, publisher].into_iter().flatten().map(String::as_str));
        out.extend(source.iter().map(|s| s.name.as_str()));
        out.extend([tags, places, people, organizations].into_iter().flatten().map(String::as_str));
        out.extend(events.iter().map(|e| e.label.as_str()));
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Any bytes at all: a bundle or a fatal error, the same through a small window.
    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400), window in 1usize..48) {
        let whole = parse_bundle(&bytes);
        prop_assert_eq!(parse_bundle_from(&mut SliceSource::new(&bytes), window), whole);
    }

    /// A bundle with a few bytes changed anywhere: the truncations, stray quotes and lone UTF-8
    /// lead bytes of a damaged download.
    #[test]
    fn damaged_bundles_never_panic(
        article in valid_article(),
        damage in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..3), 1..6),
    ) {
        let mut bytes = serde_json::to_vec(&json!({"sahifa": 1, "title": "t", "lang": "ar", "articles": [article]})).unwrap();
        for (at, byte, how) in damage {
            let at = at.index(bytes.len() + 1);
            match how {
                0 => bytes.insert(at, byte),
                1 if at < bytes.len() => bytes[at] = byte,
                _ => bytes.truncate(at),
            }
        }
        let whole = parse_bundle(&bytes);
        prop_assert_eq!(parse_bundle_from(&mut SliceSource::new(&bytes), 7), whole);
    }

    /// Valid articles among garbage: every valid one comes out, every garbage one is skipped and
    /// named by its place, and what the views get keeps no override and links only full web
    /// addresses.
    #[test]
    fn valid_articles_are_never_lost_among_garbage(
        elements in prop::collection::vec(prop_oneof![
            valid_article().prop_map(|article| (true, article)),
            garbage_article().prop_map(|article| (false, article)),
        ], 0..10),
        title in text(),
    ) {
        let articles = articles(&elements);
        let text = serde_json::to_vec(&json!({"sahifa": 1, "title": title, "lang": "ar", "articles": articles})).unwrap();
        let loaded = parse_bundle(&text).expect("a bundle");

        let valid: BTreeSet<String> = articles.iter().zip(&elements)
            .filter(|(_, (valid, _))| *valid)
            .map(|(article, _)| article["id"].as_str().unwrap().trim().to_owned())
            .collect();
        let out: BTreeSet<String> = loaded.bundle.articles.iter().map(|a| a.id.clone()).collect();
        prop_assert_eq!(out, valid);

        let garbage: BTreeSet<usize> = elements.iter().enumerate().filter(|(_, (valid, _))| !valid).map(|(n, _)| n).collect();
        let skipped: BTreeSet<usize> = loaded.skipped().map(|d| match d.subject {
            Subject::Article { index, .. } => index,
            Subject::Bundle => usize::MAX,
        }).collect();
        prop_assert_eq!(skipped, garbage);

        for shown in shown_text(&loaded) {
            prop_assert!(!has_override(shown), "an override is shown: {:?}", shown);
        }
        for article in &loaded.bundle.articles {
            for url in article.url.iter().chain(article.source.iter().filter_map(|s| s.url.as_ref())) {
                prop_assert!(browser_takes_as_full_web_address(url), "linked: {:?}", url);
            }
        }
        let dates: Vec<_> = loaded.bundle.articles.iter().map(|a| a.date).collect();
        prop_assert!(dates.windows(2).all(|pair| pair[0] >= pair[1]), "newest first: {:?}", dates);
    }

    /// What the skipped-articles notice and `sahifa validate` print quotes the bundle's text (a
    /// bad date, an event's label, an id): it keeps no override either, or the rest of the line
    /// would read backwards.
    #[test]
    fn findings_keep_no_override(elements in prop::collection::vec(garbage_article(), 1..6), label in text()) {
        let elements: Vec<(bool, Value)> = elements.into_iter().map(|element| (false, element)).collect();
        let mut articles = articles(&elements);
        articles.push(json!({"id": "v", "title": "t", "body": ["p"], "events": [{"date": format!("x{label}"), "label": label}]}));
        let text = serde_json::to_vec(&json!({"sahifa": 1, "title": "t", "lang": "ar", "articles": articles})).unwrap();
        let loaded = parse_bundle(&text).expect("a bundle");
        for finding in &loaded.diagnostics {
            prop_assert!(!has_override(&finding.to_string()), "{:?}", finding);
        }
        prop_assert!(loaded.diagnostics.iter().any(|d| d.severity == Severity::Warning));
    }
}
