//! Fetching one file of a sharded archive: resolved against the manifest's URL, held to the
//! deployer's time limits and retried once when the network or the server stumbles, checked
//! against the hash its name carries with the browser's own SHA-256 (Web Crypto), then added to
//! the archive.

use crate::fetch_watch::FetchWatch;
use crate::limits::Limits;
use crate::state::LoadError;
use js_sys::Uint8Array;
use sahifa_core::archive::{digest_matches, Archive};
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// How long to wait before the one retry of a file, in milliseconds.
const RETRY_AFTER_MS: i32 = 1_000;

/// Fetches `name` of the archive at `manifest_url` and adds it to `archive`.
pub async fn fetch_into(
    archive: &RefCell<Archive>,
    manifest_url: &str,
    name: &str,
    limits: Limits,
) -> Result<(), LoadError> {
    let url = file_url(manifest_url, name)?;
    let bytes = match bytes_of(&url, &FetchWatch::start(limits)).await {
        Err(error) if error.retryable() => {
            crate::browser::sleep_ms(RETRY_AFTER_MS).await;
            bytes_of(&url, &FetchWatch::start(limits)).await?
        }
        other => other?,
    };
    check(name, &url, &bytes).await?;
    archive.borrow_mut().add_checked(name, &bytes).map_err(|e| LoadError::Invalid { url, detail: e.to_string() })
}

/// Fetches the files the first screen needs, side by side, and adds them in order.
pub async fn fetch_first(archive: &mut Archive, manifest_url: &str, limits: Limits) -> Result<(), LoadError> {
    let mut started = Vec::new();
    for name in archive.first_files() {
        let url = file_url(manifest_url, &name)?;
        // Each its own clock, from its own start: they run side by side.
        let watch = FetchWatch::start(limits);
        let promise = watch.request(&url);
        started.push((name, url, watch, promise));
    }
    for (name, url, watch, promise) in started {
        let bytes = bytes_from(&url, &watch, promise).await?;
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

/// The whole body of `url`, within `watch`'s limits.
async fn bytes_of(url: &str, watch: &FetchWatch) -> Result<Vec<u8>, LoadError> {
    bytes_from(url, watch, watch.request(url)).await
}

/// The whole body of the response `promise` brings, within `watch`'s limits.
async fn bytes_from(url: &str, watch: &FetchWatch, promise: js_sys::Promise) -> Result<Vec<u8>, LoadError> {
    let response = watch.answer(url, promise).await?;
    if !response.ok() {
        return Err(LoadError::Http {
            url: url.to_owned(),
            status: response.status(),
            status_text: response.status_text(),
        });
    }
    let mut bytes = Vec::new();
    watch
        .body(url, &response, |chunk| {
            let at = bytes.len();
            bytes.resize(at + chunk.length() as usize, 0);
            chunk.copy_to(&mut bytes[at..]);
        })
        .await?;
    Ok(bytes)
}

/// The SHA-256 of `bytes` from Web Crypto, where the page may use it.
pub(crate) async fn sha256(bytes: &[u8]) -> Option<Vec<u8>> {
    let crypto = gloo::utils::window().crypto().ok()?;
    // `subtle` is undefined outside secure contexts; the binding would not say so.
    let subtle = js_sys::Reflect::get(&crypto, &JsValue::from_str("subtle")).ok()?;
    let subtle: web_sys::SubtleCrypto = subtle.dyn_into().ok()?;
    let promise = subtle.digest_with_str_and_u8_array("SHA-256", bytes).ok()?;
    let digest = JsFuture::from(promise).await.ok()?;
    Some(Uint8Array::new(&digest).to_vec())
}
