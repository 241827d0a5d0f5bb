//! The app's views in headless Chromium: the reader and the list laid out for real, the panic
//! view, and search compiled to wasm.

use crate::common::dom::mount_point;
use crate::common::{sample_state, ProvidedPage, ProvidedPageProps, SAMPLE};
use sahifa_core::parse_bundle;
use sahifa_web::location::Route;
use sahifa_web::panic_view;
use sahifa_web::state::AppState;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};
use yew::scheduler::flush;

fn render(root: Element, state: AppState) {
    yew::Renderer::<ProvidedPage>::with_root_and_props(root, ProvidedPageProps { state, embedded: false }).render();
}

#[wasm_bindgen_test]
async fn the_reader_lays_out_right_to_left() {
    let root = mount_point("reader-test");
    render(root.clone(), sample_state(Route::Article("e5bda383449404da".into())));
    flush().await;
    let article = root.query_selector("article").unwrap().expect("the reader renders an <article>");
    let style = gloo::utils::window().get_computed_style(&article).unwrap().unwrap();
    assert_eq!(style.get_property_value("direction").unwrap(), "rtl");
    let body = root.query_selector(".reader-body p").unwrap().unwrap();
    let paragraph_style = gloo::utils::window().get_computed_style(&body).unwrap().unwrap();
    assert_eq!(paragraph_style.get_property_value("text-align").unwrap(), "start");
    let heading: HtmlElement = root.query_selector("h1").unwrap().unwrap().dyn_into().unwrap();
    assert!(heading.inner_text().contains("سجن الحسكة"));
}

#[wasm_bindgen_test]
async fn the_list_links_each_article_by_its_title() {
    let root = mount_point("list-test");
    render(root.clone(), sample_state(Route::List));
    flush().await;
    let links = root.query_selector_all("ol.entries li a").unwrap();
    assert_eq!(links.length(), 1);
    let link: HtmlElement = links.get(0).unwrap().dyn_into().unwrap();
    assert_eq!(link.get_attribute("href").as_deref(), Some("#/article/e5bda383449404da"));
    // textContent, not innerText: list entries off screen are skipped by `content-visibility`,
    // and innerText reports only what is rendered.
    assert!(link.text_content().unwrap_or_default().starts_with("متحدث التحالف الأسبق"));
}

#[wasm_bindgen_test]
fn the_panic_view_shows_the_message_as_text() {
    let root = mount_point("panic-test");
    panic_view::show(&root, "boom <img src=x onerror=alert(1)>");
    assert!(root.query_selector("img").unwrap().is_none(), "the message is never parsed as HTML");
    assert_eq!(root.query_selector("[role=alert]").unwrap().map(|e| e.tag_name()), Some("SECTION".into()));
    assert!(root.text_content().unwrap().contains("boom <img"));
}

#[wasm_bindgen_test]
fn search_runs_in_wasm_and_meets_spelling_variants() {
    use sahifa_core::search::{SearchIndex, SearchRequest};
    let bundle = parse_bundle(SAMPLE).unwrap().bundle;
    let index = SearchIndex::build(&bundle.articles);
    // The seed writes الحسكة and داعش; readers type them with a ha, a diacritic or a prefix.
    for query in ["الحسكه", "داعِش", "بالحسكة", "السجون"] {
        let found = index.search(&SearchRequest { query: query.into(), ..Default::default() });
        assert_eq!(found.hits, vec![0], "{query}");
    }
    let none = index.search(&SearchRequest { query: "-داعش".into(), ..Default::default() });
    assert!(none.hits.is_empty());
}

/// A bundle written to break the layout: a title, a source, a publisher, facet values and a body
/// each one unbroken word of 20,000 characters, and in one article a body word of 100,000 (for
/// the snippet: laying that out in the reader takes Chromium seconds, whatever the CSS).
fn hostile_state(route: Route) -> AppState {
    use sahifa_core::search::{SearchIndex, SearchRequest};
    use sahifa_web::shared::{SharedBundle, SharedIndex};
    use sahifa_web::state::Load;
    use std::rc::Rc;
    let long = |c: &str| c.repeat(20_000);
    let (title, source, publisher, tag) = (long("ع"), long("m"), long("ن"), long("t"));
    let article = |id: &str, date: &str, word: &str| {
        format!(
            r#"{{"id": "{id}", "title": "{title}", "date": "{date}", "source": {{"name": "{source}", "url": "https://example.org/{source}"}},
            "publisher": "{publisher}", "tags": ["{tag}"], "places": ["{tag}"], "people": ["{title}"], "byline": "{source}",
            "body": ["مقدمة {word} خاتمة", "{source}"]}}"#
        )
    };
    let json = format!(
        r#"{{"sahifa": 1, "title": "{title}", "lang": "ar", "articles": [{}, {}]}}"#,
        article("a", "2022-01-31", &"ب".repeat(100_000)),
        article("b", "2022-02-01", &"ب".repeat(20_000))
    );
    let bundle = SharedBundle(Rc::new(parse_bundle(json.as_bytes()).expect("the hostile bundle reads")));
    let index = SharedIndex(Rc::new(SearchIndex::build(&bundle.0.bundle.articles)));
    AppState {
        load: Load::Ready(bundle.into()),
        index: Some(index),
        search: SearchRequest { query: "ببب".into(), ..Default::default() },
        route,
        ..AppState::new(String::new(), Default::default())
    }
}

#[wasm_bindgen_test]
async fn unbroken_text_from_the_bundle_never_widens_the_page() {
    for (id, route) in [("hostile-list", Route::List), ("hostile-reader", Route::Article("b".into()))] {
        let root = mount_point(id);
        // The mount scrolls as the app's right-to-left <html> does: text running off the left of
        // an Arabic page counts in its width (in a left-to-right box it is cut off, unseen), and
        // what other tests left in the page does not.
        root.set_attribute("dir", "rtl").unwrap();
        root.set_attribute("style", "overflow: auto").unwrap();
        render(root.clone(), hostile_state(route));
        flush().await;
        let (width, room) = (root.scroll_width(), root.client_width());
        let snippet = root.query_selector(".entry-snippet").unwrap().and_then(|e| e.text_content());
        root.remove();
        assert!(width <= room, "{id}: the page is {width} px wide in {room} px");
        assert!(snippet.is_none_or(|s| s.chars().count() < 200), "{id}: the snippet is a window");
    }
}
