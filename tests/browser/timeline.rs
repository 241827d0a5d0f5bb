//! Browser tests of the timeline in headless Chromium: a synthetic archive of thousands of
//! articles, driven by the keyboard, with real layout to check the mirrored direction.

use crate::common::dom::mount_point;
use crate::common::timeline_props;
use sahifa_core::parse_bundle;
use sahifa_core::timeline::{default_week_start, range_of_buckets, Bucket, DateRange, DayCounts, Overview};
use sahifa_web::components::timeline::{Timeline, MAX_BARS};
use sahifa_web::i18n::strings_for;
use sahifa_web::shared::SharedBundle;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit};
use yew::scheduler::flush;
use yew::Callback;

/// An Arabic bundle of `n` articles spread over 2013–2018, a few of them undated.
fn synthetic(n: usize) -> SharedBundle {
    synthetic_and(n, &[])
}

/// `synthetic(n)` and one more article on each of `days`.
fn synthetic_and(n: usize, days: &[&str]) -> SharedBundle {
    let extra = days
        .iter()
        .enumerate()
        .map(|(i, day)| format!(r#"{{"id": "x{i}", "title": "مقالة بتاريخ {day}", "date": "{day}", "body": ["نص"]}}"#));
    let articles: Vec<String> = (0..n)
        .map(|i| {
            let date = if i % 97 == 0 {
                String::new()
            } else {
                format!(r#""date": "{}-{:02}-{:02}","#, 2013 + i % 6, 1 + (i / 6) % 12, 1 + (i * 7) % 28)
            };
            format!(r#"{{"id": "a{i}", "title": "مقالة رقم {i}", {date} "body": ["نص"]}}"#)
        })
        .chain(extra)
        .collect();
    let json = format!(r#"{{"sahifa": 1, "title": "أرشيف", "lang": "ar", "articles": [{}]}}"#, articles.join(","));
    SharedBundle(Rc::new(parse_bundle(json.as_bytes()).expect("the synthetic bundle reads")))
}

/// Mounts the timeline over every article; what it reports through `on_select` lands in the cell.
fn mount(id: &str, bundle: SharedBundle) -> (Element, Rc<RefCell<Option<Option<DateRange>>>>) {
    let root = mount_point(id);
    root.set_attribute("style", "inline-size: 800px").unwrap();
    let reported = Rc::new(RefCell::new(None));
    let sink = reported.clone();
    let on_select = Callback::from(move |range| *sink.borrow_mut() = Some(range));
    yew::Renderer::<Timeline>::with_root_and_props(root.clone(), timeline_props(bundle, None, on_select)).render();
    (root, reported)
}

fn press(target: &Element, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

fn focused() -> HtmlElement {
    gloo::utils::document().active_element().expect("something has focus").dyn_into().unwrap()
}

fn left_of(element: &Element) -> f64 {
    element.get_bounding_client_rect().left()
}

#[wasm_bindgen_test]
async fn arrows_follow_the_right_to_left_drawing_and_enter_selects_the_focused_period() {
    let bundle = synthetic(3000);
    let dates = bundle.articles().iter().map(|a| a.date.map(|d| d.day));
    let overview = Overview::new(&DayCounts::new(dates), default_week_start("ar"), MAX_BARS).unwrap();
    let view = overview.view;
    let (root, reported) = mount("timeline-keys-test", bundle);
    flush().await;
    show_chart(&root).await;

    let stop: HtmlElement = root.query_selector("[role=option][tabindex='0']").unwrap().unwrap().dyn_into().unwrap();
    stop.focus().unwrap();
    let newest = left_of(&stop);
    let oldest = left_of(&root.query_selector("[role=option]").unwrap().unwrap());
    assert!(oldest > newest, "time runs from the right (older) to the left (newer)");

    press(&focused(), "ArrowRight");
    flush().await;
    let older = focused();
    assert_eq!(older.get_attribute("role").as_deref(), Some("option"));
    assert!(left_of(&older) > newest, "ArrowRight moves to the bar visually on the right");

    press(&older, "ArrowLeft");
    flush().await;
    assert!(left_of(&focused()) < left_of(&older), "ArrowLeft moves to the bar visually on the left");
    assert_eq!(left_of(&focused()), newest);

    press(&focused(), "Enter");
    flush().await;
    let expected = range_of_buckets(view.grid, view.last, view.last);
    assert_eq!(*reported.borrow(), Some(Some(expected)));

    press(&focused(), "Escape");
    assert_eq!(*reported.borrow(), Some(None), "Escape clears the filter");
}

#[wasm_bindgen_test]
async fn twenty_thousand_articles_keep_the_timeline_under_1500_elements() {
    let (root, _) = mount("timeline-size-test", synthetic(20_000));
    flush().await;
    show_chart(&root).await;
    open_period_list(&root).await;
    let elements = root.query_selector_all("*").unwrap().length();
    assert!(elements < 1500, "{elements} elements");
    let list = root.query_selector(".tl-list").unwrap().unwrap();
    list.set_scroll_top(200_000);
    list.dispatch_event(&web_sys::Event::new("scroll").unwrap()).unwrap();
    flush().await;
    let after = root.query_selector_all("*").unwrap().length();
    assert!(after < 1500, "{after} elements after scrolling");
    assert!(root.query_selector(".tl-list a").unwrap().is_some(), "rows render where the list is scrolled to");
    console_log!("timeline elements at 20,000 articles: {elements} (after scroll {after})");
}

/// Opens the chart where the test's window is narrow enough for it to wait behind its button
/// (a phone's layout).
async fn show_chart(root: &Element) {
    let button: HtmlElement = root.query_selector(".timeline-button").unwrap().expect("the button").dyn_into().unwrap();
    if button.get_attribute("aria-expanded").as_deref() == Some("false") {
        button.click();
        flush().await;
    }
}

/// Opens the period's list, which is closed until a period is chosen.
async fn open_period_list(root: &Element) {
    root.query_selector("details.tl-period-list")
        .unwrap()
        .expect("the period's list")
        .set_attribute("open", "")
        .unwrap();
    flush().await;
}

fn click_button(root: &Element, name: &str) {
    let buttons = root.query_selector_all(".tl-toolbar button").unwrap();
    let button = (0..buttons.length())
        .filter_map(|i| buttons.item(i)?.dyn_into::<HtmlElement>().ok())
        .find(|b| b.text_content().is_some_and(|t| t.contains(name)))
        .unwrap_or_else(|| panic!("a button named {name}"));
    button.click();
}

#[wasm_bindgen_test]
async fn a_typo_d_year_keeps_the_whole_span_and_every_move_under_1500_elements() {
    let bundle = synthetic_and(3000, &["0202-05-01", "9999-12-31"]);
    let strings = strings_for(&bundle.0.bundle.lang);
    let (root, _) = mount("timeline-typo-test", bundle);
    flush().await;
    show_chart(&root).await;
    let mut most = 0;
    let moves =
        [strings.timeline_show_all, strings.timeline_zoom_out, strings.timeline_zoom_out, strings.timeline_older];
    for name in moves.into_iter().chain([strings.timeline_older; 4]).chain([strings.timeline_newer; 8]) {
        click_button(&root, name);
        flush().await;
        let bars = root.query_selector_all("[role=option]").unwrap().length();
        let elements = root.query_selector_all("*").unwrap().length();
        assert!(bars <= MAX_BARS, "{bars} bars after {name}");
        assert!(elements < 1500, "{elements} elements after {name}");
        let oldest = root.query_selector("[role=option]").unwrap().unwrap().get_attribute("aria-label").unwrap();
        assert!(!oldest.contains('-'), "the chart stays in the years the dates have: {oldest}");
        most = most.max(elements);
    }
    console_log!("timeline elements with years 0202 and 9999, most seen: {most}");
}

#[wasm_bindgen_test]
async fn a_new_period_lists_its_articles_from_the_top() {
    let bundle = synthetic(3000);
    let zoom_in = strings_for(&bundle.bundle().lang).timeline_zoom_in;
    let (root, _) = mount("timeline-scroll-test", bundle);
    flush().await;
    show_chart(&root).await;
    open_period_list(&root).await;
    let list = root.query_selector(".tl-list").unwrap().unwrap();
    // Its height is in place: `flush` returned after the effects that write it, not after a
    // guess at how long they take.
    list.set_scroll_top(5_000);
    list.dispatch_event(&web_sys::Event::new("scroll").unwrap()).unwrap();
    flush().await;
    assert!(list.scroll_top() > 0, "the list scrolls");

    let buttons = root.query_selector_all(".tl-toolbar button").unwrap();
    let button = (0..buttons.length())
        .filter_map(|i| buttons.item(i)?.dyn_into::<HtmlElement>().ok())
        .find(|b| b.text_content().is_some_and(|t| t.contains(zoom_in)))
        .expect("a zoom-in button");
    button.click();
    flush().await;
    let list = root.query_selector(".tl-list").unwrap().unwrap();
    assert_eq!(list.scroll_top(), 0, "the new period's list starts at its top");
    assert!(root.query_selector(".tl-list [aria-posinset='1']").unwrap().is_some(), "its first rows are in the page");
}

#[wasm_bindgen_test]
async fn a_focused_bar_takes_the_tab_stop_and_a_click_without_a_pointer_selects_it() {
    let bundle = synthetic(3000);
    let dates = bundle.articles().iter().map(|a| a.date.map(|d| d.day));
    let view = Overview::new(&DayCounts::new(dates), default_week_start("ar"), MAX_BARS).unwrap().view;
    let (root, reported) = mount("timeline-activate-test", bundle);
    flush().await;
    show_chart(&root).await;
    let third: HtmlElement = root.query_selector_all("[role=option]").unwrap().item(2).unwrap().dyn_into().unwrap();
    third.focus().unwrap();
    flush().await;
    assert_eq!(third.get_attribute("tabindex").as_deref(), Some("0"), "the focused bar holds the tab stop");

    // A screen reader's activation: a click event whose detail is 0, with no pointer down before it.
    third.click();
    flush().await;
    let bucket = Bucket(view.first.0 + 2);
    assert_eq!(*reported.borrow(), Some(Some(range_of_buckets(view.grid, bucket, bucket))));
}
