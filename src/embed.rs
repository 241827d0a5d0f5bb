//! Mounting viewers: the standalone page into its `#sahifa` element, an embedded viewer into
//! the element `static/js/sahifa.js` gives it. `main.rs` exports these to JavaScript.

use crate::app::{App, AppProps};
use crate::browser;
use crate::config::ViewerConfig;
use crate::limits::{Limits, FIRST_BYTE_META, STALL_META};
use crate::panic_view;
use js_sys::{Object, Reflect};
use wasm_bindgen::JsValue;
use web_sys::Element;
use yew::AppHandle;

/// The id of the element the standalone page mounts into, in `index.html`.
pub const PAGE_ROOT_ID: &str = "sahifa";

/// Starts the standalone page in its `#sahifa` element.
pub fn start_page() {
    let document = gloo::utils::document();
    let root = match document.get_element_by_id(PAGE_ROOT_ID) {
        Some(root) => root,
        None => match document.body() {
            Some(body) => body.into(),
            None => return,
        },
    };
    let config = ViewerConfig { limits: limits(None, None), ..ViewerConfig::standalone() };
    // The standalone page lives as long as the page does: its handle is never destroyed.
    std::mem::forget(mount(root, config));
}

/// One mounted viewer; `destroy` unmounts it and frees what it held (listeners, timers, memory).
pub struct Viewer {
    handle: Option<AppHandle<App>>,
    root: Element,
}

impl Viewer {
    pub fn destroy(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
        panic_view::forget(&self.root);
    }
}

/// Mounts a viewer into `root` with options `{ src, view, stateParam, lang, theme,
/// firstByteSeconds, stallSeconds }`, as the custom element reads them from its attributes
/// (`src` already resolved against the host page).
pub fn mount_viewer(root: Element, options: &Object) -> Viewer {
    let text = |key: &str| Reflect::get(options, &JsValue::from_str(key)).ok().and_then(|v| v.as_string());
    let config =
        ViewerConfig::embedded(text("src"), text("view").as_deref(), text("stateParam"), text("lang"), text("theme"));
    let limits = limits(text("firstByteSeconds"), text("stallSeconds"));
    mount(root, ViewerConfig { limits, ..config })
}

/// The time limits a viewer's attributes set, else the page's `<meta>`s, else the defaults.
fn limits(first_byte: Option<String>, stall: Option<String>) -> Limits {
    let meta = |name| browser::meta_content(name);
    let (first_meta, stall_meta) = (meta(FIRST_BYTE_META), meta(STALL_META));
    Limits::read(&[first_byte.as_deref(), first_meta.as_deref()], &[stall.as_deref(), stall_meta.as_deref()])
}

fn mount(root: Element, config: ViewerConfig) -> Viewer {
    panic_view::install(&root);
    root.set_text_content(None);
    let handle = yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps { config }).render();
    Viewer { handle: Some(handle), root }
}
