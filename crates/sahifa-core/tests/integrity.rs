//! The canonical content that hashes and signatures cover, and the provenance a bundle carries:
//! what the canonical form is, what changes it and what does not, and how bad provenance is told.

use expect_test::{expect, Expect};
use sahifa_core::integrity::{article_hashes, canonical_article, canonical_bundle, compare, recorded, sha256_hex};
use sahifa_core::parse_bundle;

fn loaded(json: &str) -> sahifa_core::LoadedBundle {
    parse_bundle(json.as_bytes()).expect("the test's bundle reads")
}

/// The canonical content of the first article, and every diagnostic.
fn check(json: &str, expect: Expect) {
    let loaded = loaded(json);
    let mut out = canonical_article(&loaded.bundle.articles[0]);
    out.push('\n');
    for diagnostic in &loaded.diagnostics {
        out.push_str(&format!("{diagnostic}\n"));
    }
    expect.assert_eq(&out);
}

const FULL: &str = r#"{"sahifa": 1, "title": "أرشيف", "lang": "ar", "articles": [{
  "id": "a1", "title": " عنوان \"مقتبس\" ", "date": "2022-01-31", "byline": "كاتب",
  "source": {"name": "نورث برس", "url": "https://npasyria.com/"}, "url": "https://example.org/a1",
  "tags": ["سجن", "سجن"], "events": [{"date": "2022-01-20", "label": "هجوم"}],
  "body": ["فقرة\tأولى", "فقرة ثانية"],
  "provenance": {
    "captured": "2022-01-31T10:15Z", "sha256": "ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789",
    "collector": "فريق الرصد",
    "archived": [{"archive": "Wayback Machine", "url": "https://web.archive.org/web/2022/https://example.org/a1", "captured": "2022-02-01"}],
    "verification": {"status": "Verified", "note": "قورن بشهادتين"},
    "corrections": [{"date": "2022-03-01", "change": "تصحيح الاسم"}, {"date": "2022-02-10", "change": "تصحيح التاريخ"}]
  }
}]}"#;

#[test]
fn the_canonical_form_is_the_article_as_shown_in_a_fixed_order() {
    check(
        FULL,
        expect![[r#"
            {"id":"a1","title":"عنوان \"مقتبس\"","date":"2022-01-31","lang":"ar","byline":"كاتب","source":{"name":"نورث برس","url":"https://npasyria.com/"},"url":"https://example.org/a1","tags":["سجن"],"events":[{"date":"2022-01-20","label":"هجوم"}],"body":["فقرة\tأولى","فقرة ثانية"],"provenance":{"captured":"2022-01-31T10:15Z","sha256":"abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789","collector":"فريق الرصد","archived":[{"archive":"Wayback Machine","url":"https://web.archive.org/web/2022/https://example.org/a1","captured":"2022-02-01"}],"verification":{"status":"verified","note":"قورن بشهادتين"},"corrections":[{"date":"2022-03-01","change":"تصحيح الاسم"},{"date":"2022-02-10","change":"تصحيح التاريخ"}]}}
        "#]],
    );
}

#[test]
fn json_spelling_does_not_change_the_hash() {
    let pretty = r#"{"sahifa": 1, "title": "T", "lang": "ar", "articles": [
        {"id": "a", "title": "عنوان", "source": {"name": "مصدر"}, "tags": "وسم", "body": ["أولى", "ثانية"]}]}"#;
    let respelled = r#"{"articles":[{"body":"أولى\n\nثانية","tags":["وسم"],"source":"مصدر","title":"  عنوان","id":"a"}],"lang":"ar","title":"T","sahifa":1}"#;
    let hash = |json: &str| article_hashes(&loaded(json).bundle);
    assert_eq!(hash(pretty), hash(respelled));
}

#[test]
fn one_character_changes_the_hash_and_compare_names_the_article() {
    let original = loaded(FULL).bundle;
    let recorded = article_hashes(&original);
    let edited = loaded(&FULL.replace("فقرة ثانية", "فقرة ثالثة")).bundle;
    let now = article_hashes(&edited);
    assert_ne!(recorded, now);
    let comparison = compare(&recorded, now.iter().map(|(id, hash)| (id.as_str(), hash.as_str())));
    assert_eq!(comparison.changed, ["a1"]);
    assert!(comparison.same.is_empty() && comparison.unlisted.is_empty() && comparison.missing.is_empty());
}

#[test]
fn compare_tells_added_and_removed_articles() {
    let recorded = [("a".to_owned(), "1".to_owned()), ("gone".to_owned(), "2".to_owned())].into_iter().collect();
    let comparison = compare(&recorded, [("a", "1"), ("new", "3")]);
    assert_eq!(
        (comparison.same, comparison.unlisted, comparison.missing),
        (vec!["a".to_owned()], vec!["new".to_owned()], vec!["gone".to_owned()])
    );
}

#[test]
fn the_bundle_form_orders_articles_by_id_and_covers_the_title() {
    let bundle = loaded(FULL).bundle;
    let hashes = [("b".to_owned(), "2".to_owned()), ("a".to_owned(), "1".to_owned())].into_iter().collect();
    expect![[r#"{"title":"أرشيف","lang":"ar","articles":[["a","1"],["b","2"]]}"#]]
        .assert_eq(&canonical_bundle(&bundle, &hashes));
}

#[test]
fn control_characters_are_escaped_as_json_stringify_does() {
    let json = r#"{"sahifa": 1, "title": "T", "lang": "en", "articles": [{"id": "a", "title": "x\u0001y\\z", "body": ["b"]}]}"#;
    let canonical = canonical_article(&loaded(json).bundle.articles[0]);
    assert_eq!(canonical, r#"{"id":"a","title":"x\u0001y\\z","lang":"en","body":["b"]}"#);
    assert_eq!(sha256_hex(b"abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

#[test]
fn bad_provenance_is_dropped_part_by_part_and_the_article_kept() {
    check(
        r#"{"sahifa": 1, "title": "T", "lang": "ar", "articles": [{"id": "a", "title": "عنوان", "body": ["نص"],
          "provenance": {"captured": "yesterday", "sha256": "abc", "collector": "فريق",
            "archived": [{"archive": "", "url": "https://web.archive.org/x"}, {"archive": "Perma.cc", "url": "javascript:alert(1)"}],
            "verification": {"status": "true", "note": "?"},
            "corrections": [{"date": "2022-13-01", "change": "x"}, {"date": "2022-01-02", "change": " "}]}}]}"#,
        expect![[r#"
            {"id":"a","title":"عنوان","lang":"ar","body":["نص"],"provenance":{"collector":"فريق"}}
            warning: article #1 (id "a"): the "provenance.captured" is left out: "yesterday" is not a date: the day must have a year, a month and a day joined by '-'; write it as YYYY-MM-DD, optionally followed by THH:MM or THH:MM:SS and Z or ±HH:MM
            warning: article #1 (id "a"): the "provenance.sha256" "abc" is left out: a SHA-256 is 64 hexadecimal digits, as `sha256sum FILE` prints it
            warning: article #1 (id "a"): the archived copy "https://web.archive.org/x" is left out: each copy needs the "archive"'s name and its "url"
            warning: article #1 (id "a"): the "provenance.archived.url" "javascript:alert(1)" is left out: only full http:// and https:// addresses are linked
            warning: article #1 (id "a"): the "provenance.verification" is left out: its status "true" is not one of unverified, verified, disputed, retracted
            warning: article #1 (id "a"): a correction is left out: its date "2022-13-01" is not YYYY-MM-DD (there is no month 13)
            warning: article #1 (id "a"): the correction of 2022-01-02 is left out: it does not say what changed
        "#]],
    );
}

#[test]
fn an_unreadable_integrity_record_leaves_the_articles_and_says_what_it_means() {
    let loaded = loaded(
        r#"{"sahifa": 1, "title": "T", "lang": "ar", "integrity": {"articles": 5}, "articles": [{"id": "a", "title": "t", "body": ["b"]}]}"#,
    );
    assert_eq!(loaded.bundle.articles.len(), 1);
    assert!(loaded.diagnostics.is_empty());
    let why = recorded(&loaded.bundle).expect_err("the record does not read");
    assert!(why.contains("every article is shown as unsigned"), "{why}");
    assert_eq!(
        recorded(&parse_bundle(br#"{"sahifa": 1, "title": "T", "lang": "ar", "articles": []}"#).unwrap().bundle),
        Ok(None)
    );
}
