//! What the app reads from and writes to the page around it: the bundle URL in the query,
//! the route in the hash, and the document's language, direction and title.

use crate::bundle_url::{origin_allowed, ALLOWED_ORIGINS_META, SAMPLE_BUNDLE};
use crate::route::Location;
use crate::state::LoadError;
use wasm_bindgen::JsCast;
use web_sys::{Document, Url, UrlSearchParams};

fn document() -> Document {
    gloo::utils::document()
}

/// The current route and search, from `location.hash`.
pub fn current_location() -> Location {
    Location::from_hash(&gloo::utils::window().location().hash().unwrap_or_default())
}

/// Puts `location` in the address bar without reloading: a new history entry when `push`, so
/// the back button returns to what was on screen before, else in place (typing a query should
/// not leave one entry per keystroke). Writing the same hash again does nothing.
pub fn write_location(location: &Location, push: bool) {
    let window = gloo::utils::window();
    let hash = location.to_hash();
    let current = window.location().hash().unwrap_or_default();
    if Location::from_hash(&current) == *location {
        return;
    }
    let Ok(history) = window.history() else { return };
    let _ = if push {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&hash))
    } else {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&hash))
    };
}

/// The bundle to open: `?bundle=` resolved against the page when its origin is allowed, the
/// sample otherwise. A refused URL is an error the reader sees, never a silent fallback.
pub fn bundle_url() -> Result<String, LoadError> {
    let location = gloo::utils::window().location();
    let href = location.href().unwrap_or_default();
    let search = location.search().unwrap_or_default();
    let requested = UrlSearchParams::new_with_str(&search).ok().and_then(|p| p.get("bundle")).filter(|u| !u.is_empty());
    let Some(requested) = requested else {
        return Ok(SAMPLE_BUNDLE.to_owned());
    };
    let refused = || LoadError::Refused { url: requested.clone() };
    let resolved = Url::new_with_base(&requested, &href).map_err(|_| refused())?;
    let page_origin = location.origin().unwrap_or_default();
    if origin_allowed(&resolved.origin(), &page_origin, &allowed_origins()) {
        Ok(resolved.href())
    } else {
        Err(refused())
    }
}

/// The deployer's allowlist from `<meta name="sahifa-allowed-origins" content="…">`.
fn allowed_origins() -> String {
    document()
        .query_selector(&format!("meta[name=\"{ALLOWED_ORIGINS_META}\"]"))
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
        .unwrap_or_default()
}

/// Sets `<html lang dir>` and the tab's title.
pub fn set_document_shell(lang: &str, dir: &str, title: &str) {
    let document = document();
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", lang);
        let _ = root.set_attribute("dir", dir);
    }
    document.set_title(title);
}

/// Moves focus to the article's heading, so keyboard and screen-reader users land on it.
pub fn focus_heading() {
    if let Ok(Some(heading)) = document().query_selector(".reader h1") {
        if let Ok(heading) = heading.dyn_into::<web_sys::HtmlElement>() {
            let _ = heading.focus();
        }
    }
    gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
}

/// Resolves after the browser has painted the next frame, so work started after it does not
/// delay what is already on screen.
pub async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let window = gloo::utils::window();
        let after_paint = wasm_bindgen::closure::Closure::once_into_js(move || {
            let _ =
                gloo::utils::window().set_timeout_with_callback_and_timeout_and_arguments_0(resolve.unchecked_ref(), 0);
        });
        let _ = window.request_animation_frame(after_paint.unchecked_ref());
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
