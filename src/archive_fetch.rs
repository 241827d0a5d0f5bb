//! Fetching one file of a sharded archive: resolved against the manifest's URL, retried once
//! when the network or the server stumbles, checked against the hash its name carries with the
//! browser's own SHA-256 (Web Crypto), then added to the archive.

use crate::state::LoadError;
use js_sys::{ArrayBuffer, Uint8Array};
use sahifa_core::archive::{digest_matches, Archive};
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

/// How long to wait before the one retry of a file, in milliseconds.
const RETRY_AFTER_MS: i32 = 1_000;

/// Fetches `name` of the archive at `manifest_url` and adds it to `archive`.
pub async fn fetch_into(archive: &RefCell<Archive>, manifest_url: &str, name: &str) -> Result<(), LoadError> {
    let url = file_url(manifest_url, name)?;
    let bytes = match bytes_of(&url, request(&url)).await {
        Err(error) if error.retryable() => {
            crate::browser::sleep_ms(RETRY_AFTER_MS).await;
            bytes_of(&url, request(&url)).await?
        }
        other => other?,
    };
    check(name, &url, &bytes).await?;
    archive.borrow_mut().add_checked(name, &bytes).map_err(|e| LoadError::Invalid { url, detail: e.to_string() })
}

/// Fetches the files the first screen needs, side by side, and adds them in order.
pub async fn fetch_first(archive: &mut Archive, manifest_url: &str) -> Result<(), LoadError> {
    let mut started = Vec::new();
    for name in archive.first_files() {
        let url = file_url(manifest_url, &name)?;
        let promise = request(&url);
        started.push((name, url, promise));
    }
    for (name, url, promise) in started {
        let bytes = bytes_of(&url, promise).await?;
        check(&name, &url, &bytes).await?;
        archive.add_checked(&name, &bytes).map_err(|e| LoadError::Invalid { url, detail: e.to_string() })?;
    }
    Ok(())
}

fn file_url(manifest_url: &str, name: &str) -> Result<String, LoadError> {
    web_sys::Url::new_with_base(name, manifest_url)
        .map(|u| u.href())
        .map_err(|_| LoadError::Invalid { url: name.to_owned(), detail: "not a file name of this archive".into() })
}

/// Whether `bytes` are the file `name` names, by the hash in the name.
async fn check(name: &str, url: &str, bytes: &[u8]) -> Result<(), LoadError> {
    match matches_name(name, bytes).await {
        Some(false) => Err(LoadError::Invalid {
            url: url.to_owned(),
            detail: sahifa_core::archive::ArchiveError::HashMismatch(name.to_owned()).to_string(),
        }),
        // Without Web Crypto (a page on plain http other than localhost) only the file's
        // kind is checked: docs/archive-format.md says so.
        _ => Ok(()),
    }
}

/// Whether `bytes` hash to what `name` carries, by the browser's SHA-256; `None` where the page
/// may not use Web Crypto.
pub async fn matches_name(name: &str, bytes: &[u8]) -> Option<bool> {
    sha256(bytes).await.map(|digest| digest_matches(name, &digest))
}

/// The request for `url`, started now.
fn request(url: &str) -> js_sys::Promise {
    gloo::utils::window().fetch_with_str(url)
}

/// The whole body of the response `promise` brings.
async fn bytes_of(url: &str, promise: js_sys::Promise) -> Result<Vec<u8>, LoadError> {
    let network = |e: JsValue| LoadError::Network { url: url.to_owned(), detail: crate::load::describe(&e) };
    let response: Response = JsFuture::from(promise).await.map_err(network)?.unchecked_into();
    if !response.ok() {
        return Err(LoadError::Http {
            url: url.to_owned(),
            status: response.status(),
            status_text: response.status_text(),
        });
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(network)?).await.map_err(network)?;
    Ok(Uint8Array::new(&buffer.unchecked_into::<ArrayBuffer>()).to_vec())
}

/// The SHA-256 of `bytes` from Web Crypto, where the page may use it.
async fn sha256(bytes: &[u8]) -> Option<Vec<u8>> {
    let crypto = gloo::utils::window().crypto().ok()?;
    // `subtle` is undefined outside secure contexts; the binding would not say so.
    let subtle = js_sys::Reflect::get(&crypto, &JsValue::from_str("subtle")).ok()?;
    let subtle: web_sys::SubtleCrypto = subtle.dyn_into().ok()?;
    let promise = subtle.digest_with_str_and_u8_array("SHA-256", bytes).ok()?;
    let digest = JsFuture::from(promise).await.ok()?;
    Some(Uint8Array::new(&digest).to_vec())
}
