//! sahifa-web: the reader app. Pure parts (state, routes, strings, components) build natively
//! for tests; the parts that touch the browser build for wasm32 only.

pub mod bundle_url;
pub mod components;
pub mod hooks;
pub mod i18n;
pub mod results;
pub mod route;
pub mod state;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod load;
#[cfg(target_arch = "wasm32")]
pub mod panic_view;

/// The id of the element the app mounts into, in `index.html`.
pub const ROOT_ID: &str = "sahifa";

/// Starts the app in the page's `#sahifa` element (or the body when a page has none).
#[cfg(target_arch = "wasm32")]
pub fn start() {
    panic_view::install(ROOT_ID);
    match gloo::utils::document().get_element_by_id(ROOT_ID) {
        Some(root) => {
            root.set_text_content(None);
            yew::Renderer::<app::App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<app::App>::new().render();
        }
    }
}
