//! Computed inline styles that a strict Content-Security-Policy still allows.
//!
//! A page served with `style-src 'self'` (as sahifa must be, to embed in careful sites) blocks
//! every `style="…"` attribute, but not styles set through the CSSOM. Components that need a
//! computed style (a bar's height, a grid column) write it as `data-css="prop: value; …"`, and
//! this hook copies those declarations onto each element's `style` after every render.

use web_sys::wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

/// The attribute components write their computed declarations into.
pub const ATTRIBUTE: &str = "data-css";

/// Applies the `data-css` declarations of `root` and of every element inside it after each render.
#[hook]
pub fn use_css_from_data(root: NodeRef) {
    use_effect(move || {
        if let Some(root) = root.cast::<Element>() {
            apply(&root);
            if let Ok(elements) = root.query_selector_all(&format!("[{ATTRIBUTE}]")) {
                for i in 0..elements.length() {
                    if let Some(element) = elements.item(i).and_then(|node| node.dyn_into::<Element>().ok()) {
                        apply(&element);
                    }
                }
            }
        }
    });
}

fn apply(element: &Element) {
    let Some(css) = element.get_attribute(ATTRIBUTE) else { return };
    let Some(element) = element.dyn_ref::<HtmlElement>() else { return };
    let style = element.style();
    for (property, value) in css.split(';').filter_map(|declaration| declaration.split_once(':')) {
        // A property the browser does not know is ignored, as it would be in a stylesheet.
        let _ = style.set_property(property.trim(), value.trim());
    }
}
