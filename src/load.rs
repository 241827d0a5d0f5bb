//! The app's only fetch: the bundle's bytes, with progress, then parsed by the core.

use crate::state::LoadError;
use js_sys::Uint8Array;
use sahifa_core::{parse_bundle, LoadedBundle};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ReadableStreamDefaultReader, ReadableStreamReadResult, Response};

/// Downloads and parses the bundle at `url`, reporting `(received, total)` bytes as they come.
pub async fn load_bundle(url: &str, on_progress: impl Fn(u64, Option<u64>)) -> Result<LoadedBundle, LoadError> {
    let bytes = fetch_bytes(url, on_progress).await?;
    parse_bundle(&bytes).map_err(|e| LoadError::Invalid { url: url.to_owned(), detail: e.to_string() })
}

async fn fetch_bytes(url: &str, on_progress: impl Fn(u64, Option<u64>)) -> Result<Vec<u8>, LoadError> {
    let network = |e: JsValue| LoadError::Network { url: url.to_owned(), detail: describe(&e) };
    let window = web_sys::window().ok_or_else(|| network(JsValue::from_str("no window")))?;
    let response: Response = JsFuture::from(window.fetch_with_str(url)).await.map_err(network)?.unchecked_into();
    if !response.ok() {
        return Err(LoadError::Http {
            url: url.to_owned(),
            status: response.status(),
            status_text: response.status_text(),
        });
    }
    // Content-Length counts the bytes on the wire: with compression it is smaller than what the
    // stream yields, so it only sizes the progress bar and is never trusted as the body's size.
    let total = response.headers().get("content-length").ok().flatten().and_then(|v| v.parse::<u64>().ok());
    let Some(body) = response.body() else {
        return Ok(Vec::new());
    };
    let reader: ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    // The chunks wait on the JS side, and are copied into wasm memory once, into a buffer of the
    // exact size: growing a buffer chunk by chunk would double it and copy it on the way, and
    // wasm memory never shrinks, so that peak would stay for the life of the page.
    let chunks = js_sys::Array::new();
    let mut received: u64 = 0;
    loop {
        let chunk: ReadableStreamReadResult = JsFuture::from(reader.read()).await.map_err(network)?.unchecked_into();
        if chunk.get_done().unwrap_or(true) {
            break;
        }
        let chunk = Uint8Array::new(&chunk.get_value());
        received += u64::from(chunk.length());
        chunks.push(&chunk);
        on_progress(received, total);
    }
    let mut bytes = vec![0; received as usize];
    let mut at = 0;
    for chunk in chunks.iter() {
        let chunk = Uint8Array::new(&chunk);
        let end = at + chunk.length() as usize;
        chunk.copy_to(&mut bytes[at..end]);
        at = end;
    }
    Ok(bytes)
}

/// A readable line for a JS error value (`TypeError: Failed to fetch`).
fn describe(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.to_string()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "the request failed".to_owned())
}
