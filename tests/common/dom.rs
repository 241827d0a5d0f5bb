//! Mounting in the browser: a fresh element in the page for each test, under the app's stylesheet.

use web_sys::Element;

const STYLE: &str = include_str!("../../static/style.css");

/// A fresh element in the body for one test, with the app's stylesheet on the page.
pub fn mount_point(id: &str) -> Element {
    let document = gloo::utils::document();
    if document.get_element_by_id("sahifa-style").is_none() {
        let style = document.create_element("style").unwrap();
        style.set_id("sahifa-style");
        style.set_text_content(Some(STYLE));
        document.head().unwrap().append_child(&style).unwrap();
    }
    let root = document.create_element("div").unwrap();
    root.set_id(id);
    document.body().unwrap().append_child(&root).unwrap();
    root
}
