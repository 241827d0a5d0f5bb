//! The words a reader selects in one paragraph of the body, as characters from the paragraph's
//! start: what a link to a quote keeps (`sahifa_core::paragraph_ref`). A paragraph's text nodes
//! are exactly its text (marks and parts are elements around pieces of it), so the characters
//! before the selection are the paragraph's.

use yew::{Callback, NodeRef};

/// A selection inside paragraph `index` (from 0): characters `start..end` of its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Selected {
    pub index: usize,
    pub start: u32,
    pub end: u32,
}

/// Tells `on_select` of each selection that lies inside one paragraph under `body`; the
/// returned function stops listening. A selection elsewhere, or across paragraphs, is not told:
/// the last one stays, since pressing the button that uses it may collapse it first.
#[cfg(target_arch = "wasm32")]
pub fn watch(body: NodeRef, on_select: Callback<Selected>) -> impl FnOnce() {
    let listener = gloo::events::EventListener::new(&gloo::utils::document(), "selectionchange", move |_| {
        if let Some(selected) = body.cast::<web_sys::Element>().and_then(|body| selected_in(&body)) {
            on_select.emit(selected);
        }
    });
    move || drop(listener)
}

#[cfg(not(target_arch = "wasm32"))]
pub fn watch(_: NodeRef, _: Callback<Selected>) -> impl FnOnce() {
    || {}
}

#[cfg(target_arch = "wasm32")]
fn selected_in(body: &web_sys::Element) -> Option<Selected> {
    use wasm_bindgen::{JsCast, JsValue};
    // Inside a shadow root, Chromium gives the selection from the root (`getSelection`, its
    // own); the document's would stop at the viewer's element.
    let root = body.get_root_node();
    let from_root = js_sys::Reflect::get(&root, &JsValue::from_str("getSelection"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call0(&root).ok())
        .and_then(|s| s.dyn_into::<web_sys::Selection>().ok());
    let selection = from_root.or_else(|| gloo::utils::document().get_selection().ok().flatten())?;
    if selection.is_collapsed() || selection.range_count() == 0 {
        return None;
    }
    let range = selection.get_range_at(0).ok()?;
    let paragraph_of = |node: web_sys::Node| {
        let element = match node.dyn_into::<web_sys::Element>() {
            Ok(element) => element,
            Err(node) => node.parent_element()?,
        };
        element.closest(".paragraph > p").ok().flatten()
    };
    let paragraph = paragraph_of(range.start_container().ok()?)?;
    if paragraph_of(range.end_container().ok()?).as_ref() != Some(&paragraph) || !body.contains(Some(&paragraph)) {
        return None;
    }
    let number: usize = paragraph.parent_element()?.get_attribute("data-paragraph")?.parse().ok()?;
    let before = gloo::utils::document().create_range().ok()?;
    before.set_start(&paragraph, 0).ok()?;
    before.set_end(&range.start_container().ok()?, range.start_offset().ok()?).ok()?;
    let chars =
        |range: &web_sys::Range| String::from(range.unchecked_ref::<js_sys::Object>().to_string()).chars().count();
    let start = u32::try_from(chars(&before)).ok()?;
    let end = start.checked_add(u32::try_from(chars(&range)).ok()?)?;
    Some(Selected { index: number.checked_sub(1)?, start, end })
}
