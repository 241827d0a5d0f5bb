//! The bundle's problems as the page shows them: every one counted, the first listed with the
//! article and the field each is about, however many there are.

use crate::common::ssr::{check, render};
use crate::common::{ProvidedPage, ProvidedPageProps};
use expect_test::expect;
use sahifa_core::parse_bundle;
use sahifa_web::location::Location;
use sahifa_web::shared::SharedBundle;
use sahifa_web::state::{AppState, Load};
use std::rc::Rc;

/// Three warnings (a description of the wrong type, a `javascript:` URL, an event on no real
/// day) and an article skipped for having no title.
const PROBLEMS: &[u8] = include_bytes!("../fixtures/problems.json");

/// The page with `bundle` loaded, rendered, and the problems' disclosure cut out of it.
async fn problems_shown(bundle: &[u8]) -> String {
    let loaded = SharedBundle(Rc::new(parse_bundle(bundle).expect("the bundle reads")));
    let state = AppState { load: Load::Ready(loaded.into()), ..AppState::new(String::new(), Location::default()) };
    let html = render::<ProvidedPage>(ProvidedPageProps { state, embedded: false }).await;
    let class = html.find(r#"class="bundle-problems""#).expect("the problems are shown");
    let start = html[..class].rfind("<aside").expect("in a landmark of their own");
    let end = start + html[start..].find("</aside>").expect("the notice closes") + "</aside>".len();
    html[start..end].to_owned()
}

#[tokio::test]
async fn warnings_and_skipped_articles_are_counted_and_listed_with_where_each_is() {
    // Closed: one line for the reader; opened, what the publisher needs, skipped articles first.
    check(
        &problems_shown(PROBLEMS).await,
        expect![[r#"
            <aside aria-label="مشكلات في بيانات الأرشيف" class="bundle-problems">
            <details>
            <summary>4 مشكلات في بيانات هذا الأرشيف · مقالة واحدة لم تُعرض</summary>
            <p>المقالة التي فيها خطأ لا تُعرض، والتنبيه يُسقط من المقالة الجزء الذي يسمّيه وحده. يرى ناشر الأرشيف كل المشكلات، ليصلحها في مصدرها، بالأمر <code dir="ltr" lang="en">sahifa validate</code>
            </p>
            <ul dir="ltr" lang="en">
            <li>
            <bdi>error: article #3 (id "bad-no-title"): skipped: missing or empty "title"; every article needs an id, a title and a body</bdi>
            </li>
            <li>
            <bdi>warning: bundle: "description" must be a string</bdi>
            </li>
            <li>
            <bdi>warning: article #1 (id "kept-url"): the "url" "javascript:alert(1)" is left out: only full http:// and https:// addresses are linked</bdi>
            </li>
            <li>
            <bdi>warning: article #2 (id "kept-event"): the event "جلسة المحكمة" is left out: its date "2023-13-40" is not YYYY-MM-DD (there is no month 13)</bdi>
            </li>
            </ul>
            </details>
            </aside>"#]],
    );
}

#[tokio::test]
async fn ten_thousand_problems_are_counted_exactly_and_listed_in_a_bounded_list() {
    // One English article with 10,000 events on no real day: a warning each.
    let events = vec![r#"{"date":"2023-02-30","label":"x"}"#; 10_000].join(",");
    let bundle = format!(
        r#"{{"sahifa":1,"title":"t","lang":"en","articles":[{{"id":"a","title":"t","events":[{events}],"body":["b"]}}]}}"#
    );
    let shown = problems_shown(bundle.as_bytes()).await;
    assert!(shown.contains("<summary>10000 problems in this archive's data</summary>"), "{shown}");
    assert_eq!(shown.matches("<li>").count(), sahifa_web::components::bundle_problems::PROBLEMS_LISTED);
    assert!(shown.contains("<p>and 9950 more, not listed here</p>"), "{shown}");
    assert!(shown.contains("list every problem, to fix it at the source, with"), "{shown}");
}

#[tokio::test]
async fn a_bundle_read_without_a_problem_shows_no_notice() {
    let bundle = br#"{"sahifa":1,"title":"t","lang":"ar","articles":[{"id":"a","title":"t","body":["b"]}]}"#;
    let loaded = SharedBundle(Rc::new(parse_bundle(bundle).unwrap()));
    let state = AppState { load: Load::Ready(loaded.into()), ..AppState::new(String::new(), Location::default()) };
    let html = render::<ProvidedPage>(ProvidedPageProps { state, embedded: false }).await;
    assert!(!html.contains("bundle-problems"), "{html}");
}

#[tokio::test]
async fn a_bidi_override_quoted_in_a_problem_is_shown_as_an_isolate() {
    // The event's label is quoted in its warning as the bundle wrote it: an RLO there would
    // reverse the rest of the line.
    let bundle = "{\"sahifa\":1,\"title\":\"t\",\"lang\":\"en\",\"articles\":[{\"id\":\"a\",\"title\":\"t\",\
        \"events\":[{\"date\":\"soon\",\"label\":\"\u{202e}court\"}],\"body\":[\"b\"]}]}";
    let shown = problems_shown(bundle.as_bytes()).await;
    assert!(shown.contains("the event \"\u{2067}court\" is left out"), "{shown}");
    assert!(!shown.contains('\u{202e}'), "{shown}");
}
