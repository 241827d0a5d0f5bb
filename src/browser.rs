//! What the app reads from and writes to the page around it: the bundle URL in the query,
//! the route in the hash, and the document's language, direction and title.

use crate::bundle_url::{origin_allowed, ALLOWED_ORIGINS_META, SAMPLE_BUNDLE};
use crate::route::Route;
use crate::state::LoadError;
use web_sys::{Document, Url, UrlSearchParams};

fn document() -> Document {
    gloo::utils::document()
}

/// The current route, from `location.hash`.
pub fn current_route() -> Route {
    Route::from_hash(&gloo::utils::window().location().hash().unwrap_or_default())
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
        if let Ok(heading) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(heading) {
            let _ = heading.focus();
        }
    }
    gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
}
