//! What the app reads from and writes to the page around it: the bundle URL, the route and
//! search in the URL (the hash, or one query parameter when embedded), and the document's
//! language, direction and title. The URL's text is spelled and read by `crate::location`:
//! here it only moves between that and `window.location` and the history.

use crate::bundle_url::{origin_allowed, ALLOWED_ORIGINS_SELECTOR, EMBEDDED_BUNDLE, SAMPLE_BUNDLE};
use crate::config::{BundleSource, UrlBinding};
use crate::location::Location;
use crate::state::LoadError;
use wasm_bindgen::JsCast;
use web_sys::{Document, Url, UrlSearchParams};

fn document() -> Document {
    gloo::utils::document()
}

/// The bundle to open. On the standalone page: `?bundle=` resolved against the page when its
/// origin is allowed, the sample otherwise; a refused URL is an error the reader sees, never a
/// silent fallback. An embedded viewer opens what its `src` says: the deployer wrote it.
pub fn bundle_url(source: &BundleSource) -> Result<String, LoadError> {
    match source {
        BundleSource::Url(url) => Ok(url.clone()),
        BundleSource::Missing => Err(LoadError::NoSource),
        BundleSource::Page => page_bundle_url(),
    }
}

fn page_bundle_url() -> Result<String, LoadError> {
    let search = gloo::utils::window().location().search().unwrap_or_default();
    let requested = UrlSearchParams::new_with_str(&search).ok().and_then(|p| p.get("bundle")).filter(|u| !u.is_empty());
    match requested {
        Some(requested) => allowed_here(&requested),
        None if embedded_bundle().is_some() => Ok(EMBEDDED_BUNDLE.to_owned()),
        None => Ok(SAMPLE_BUNDLE.to_owned()),
    }
}

/// The text of the bundle packed into the page (`sahifa pack`), left in JavaScript as a string:
/// read as the element's text, never as markup.
pub fn embedded_bundle() -> Option<wasm_bindgen::JsValue> {
    let element = document().query_selector("script#sahifa-bundle[type=\"application/json\"]").ok().flatten()?;
    js_sys::Reflect::get(&element, &"textContent".into()).ok()
}

/// `url` resolved against the page, when the deployer allows its origin here: the page's own,
/// or one its `<meta name="sahifa-allowed-origins">` lists. Asked of the address a link names,
/// and again of the one the fetch ended at, since a redirect can lead anywhere.
pub fn allowed_here(url: &str) -> Result<String, LoadError> {
    let location = gloo::utils::window().location();
    let refused = || LoadError::Refused { url: url.to_owned() };
    let resolved = Url::new_with_base(url, &location.href().unwrap_or_default()).map_err(|_| refused())?;
    if origin_allowed(&resolved.origin(), &location.origin().unwrap_or_default(), &allowed_origins()) {
        Ok(resolved.href())
    } else {
        Err(refused())
    }
}

/// The deployer's allowlist from `<meta name="sahifa-allowed-origins" content="…">`.
fn allowed_origins() -> String {
    document()
        .query_selector(ALLOWED_ORIGINS_SELECTOR)
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
        .unwrap_or_default()
}

/// What the page's `<meta name="…" content="…">` says, where the deployer wrote one.
pub fn meta_content(name: &str) -> Option<String> {
    document().query_selector(&format!("meta[name=\"{name}\"]")).ok().flatten()?.get_attribute("content")
}

/// The route and search the URL holds for this viewer, if any.
pub fn read_location(binding: &UrlBinding) -> Option<Location> {
    let location = gloo::utils::window().location();
    match binding {
        UrlBinding::Hash => Some(Location::from_hash(&location.hash().unwrap_or_default())),
        UrlBinding::Param(name) => UrlSearchParams::new_with_str(&location.search().unwrap_or_default())
            .ok()
            .and_then(|params| params.get(name))
            .map(|value| Location::from_param(&value)),
        UrlBinding::Off => None,
    }
}

/// Puts `location` in the address bar without reloading: a new history entry when `push`, so
/// the back button returns to what was on screen before, else in place (typing a query should
/// not leave one entry per keystroke). Nothing is written when the URL already says it.
pub fn write_location(binding: &UrlBinding, location: &Location, push: bool) {
    let current = read_location(binding);
    if current.as_ref() == Some(location) || (current.is_none() && *location == Location::default()) {
        return;
    }
    let window = gloo::utils::window();
    let Some(target) = location_url(binding, location) else { return };
    let Ok(history) = window.history() else { return };
    let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
    let _ = if push {
        history.push_state_with_url(&state, "", Some(&target))
    } else {
        history.replace_state_with_url(&state, "", Some(&target))
    };
}

/// The whole address that opens `location` in this viewer, for a link a reader copies: the
/// page's own with the hash (standalone, or inside a frame), or the host's with this viewer's
/// parameter. `None` for a viewer that keeps no state in the URL: no address can reopen it.
pub fn location_url(binding: &UrlBinding, location: &Location) -> Option<String> {
    let url = Url::new(&gloo::utils::window().location().href().ok()?).ok()?;
    match binding {
        UrlBinding::Off => return None,
        UrlBinding::Hash => url.set_hash(&location.to_hash()),
        // Only this viewer's parameter changes: the host's path, its other parameters and its
        // hash stay as they are.
        UrlBinding::Param(name) => match location.to_param() {
            Some(value) => url.search_params().set(name, &value),
            None => url.search_params().delete(name),
        },
    }
    Some(url.href())
}

/// Puts the open article's `citation_*` meta tags in the document's head, replacing the last
/// article's (none: the list, or a page that closed the article). Only the tags made here are
/// removed: a deployer's own stay.
pub fn set_citation_meta(tags: &[(&str, String)]) {
    let document = document();
    if let Ok(old) = document.query_selector_all("meta[data-sahifa-citation]") {
        for at in 0..old.length() {
            if let Some(meta) = old.item(at).and_then(|node| node.dyn_into::<web_sys::Element>().ok()) {
                meta.remove();
            }
        }
    }
    let Ok(Some(head)) = document.query_selector("head") else { return };
    for (name, content) in tags {
        let Ok(meta) = document.create_element("meta") else { return };
        let _ = meta.set_attribute("name", name);
        let _ = meta.set_attribute("content", content);
        let _ = meta.set_attribute("data-sahifa-citation", "");
        let _ = head.append_child(&meta);
    }
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

/// Resolves after `ms` milliseconds.
pub async fn sleep_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = gloo::utils::window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// The `#/…` target of the link a click landed in, if it was one of the viewer's own links.
pub fn internal_link(event: &web_sys::MouseEvent) -> Option<String> {
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    let link = target.closest("a[href^='#/']").ok()??;
    link.get_attribute("href")
}
