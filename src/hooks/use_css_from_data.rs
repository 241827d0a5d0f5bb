//! Computed inline styles that a strict Content-Security-Policy still allows.
//!
//! A page served with `style-src 'self'` (as sahifa must be, to embed in careful sites) blocks
//! every `style="…"` attribute, but not styles set through the CSSOM. Components that need a
//! computed style (a bar's height, a grid column) write it as `data-css="prop: value; …"`, and
//! these hooks copy those declarations onto each element's `style` after a render.

use web_sys::wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

/// The attribute components write their computed declarations into.
pub const ATTRIBUTE: &str = "data-css";

/// Applies the `data-css` declarations of `root` and of every element inside it after each render.
/// An element is written to only when it is new or its declarations changed since the last
/// render: a render that moves the focus or the selection leaves every bar's height as it was,
/// and rewriting them all took several calls into the DOM for each (measured).
#[hook]
pub fn use_css_from_data(root: NodeRef) {
    let applied = use_mut_ref(Vec::<(Element, String)>::new);
    use_effect(move || {
        let Some(root) = root.cast::<Element>() else { return };
        let mut elements = vec![root.clone()];
        if let Ok(found) = root.query_selector_all(&format!("[{ATTRIBUTE}]")) {
            elements.extend((0..found.length()).filter_map(|i| found.item(i)?.dyn_into::<Element>().ok()));
        }
        let mut applied = applied.borrow_mut();
        let mut now = Vec::with_capacity(elements.len());
        for element in elements {
            let Some(css) = element.get_attribute(ATTRIBUTE) else { continue };
            if applied.get(now.len()).is_none_or(|(was, was_css)| *was != element || *was_css != css) {
                apply(&element, &css);
            }
            now.push((element, css));
        }
        *applied = now;
    });
}

/// Applies `css`, the `data-css` that `element` is rendered with, to it alone, and only when it
/// changes: for a component whose descendants that write `data-css` apply their own with
/// `use_css_from_data`.
/// Sweeping the whole page instead, on every change of the search, re-applied every bar's
/// style through hundreds of calls into the DOM (measured).
#[hook]
pub fn use_own_css_from_data(element: NodeRef, css: String) {
    use_effect_with(css, move |css| {
        if let Some(element) = element.cast::<Element>() {
            apply(&element, css);
        }
    });
}

fn apply(element: &Element, css: &str) {
    let Some(element) = element.dyn_ref::<HtmlElement>() else { return };
    let style = element.style();
    for (property, value) in css.split(';').filter_map(|declaration| declaration.split_once(':')) {
        // A property the browser does not know is ignored, as it would be in a stylesheet.
        let _ = style.set_property(property.trim(), value.trim());
    }
}
