//! Mounting viewers: the standalone page into its `#sahifa` element, an embedded viewer into
//! the element `static/js/sahifa.js` gives it. `main.rs` exports these to JavaScript.

use crate::app::{App, AppProps};
use crate::config::ViewerConfig;
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
    // The standalone page lives as long as the page does: its handle is never destroyed.
    std::mem::forget(mount(root, ViewerConfig::standalone()));
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

/// Mounts a viewer into `root` with options `{ src, view, stateParam, lang, theme }`, as the
/// custom element reads them from its attributes (`src` already resolved against the host page).
pub fn mount_viewer(root: Element, options: &Object) -> Viewer {
    let text = |key: &str| Reflect::get(options, &JsValue::from_str(key)).ok().and_then(|v| v.as_string());
    let config =
        ViewerConfig::embedded(text("src"), text("view").as_deref(), text("stateParam"), text("lang"), text("theme"));
    mount(root, config)
}

fn mount(root: Element, config: ViewerConfig) -> Viewer {
    panic_view::install(&root);
    root.set_text_content(None);
    let handle = yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps { config }).render();
    Viewer { handle: Some(handle), root }
}
