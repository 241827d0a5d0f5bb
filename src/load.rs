//! The app's only fetch: the bundle's bytes, with progress, then parsed by the core as a stream.

use crate::state::LoadError;
use js_sys::Uint8Array;
use sahifa_core::{parse_bundle_from_reader, LoadedBundle};
use std::io::Read;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ReadableStreamDefaultReader, ReadableStreamReadResult, Response};

/// Downloads and parses the bundle at `url`, reporting `(received, total)` bytes as they come.
pub async fn load_bundle(url: &str, on_progress: impl Fn(u64, Option<u64>)) -> Result<LoadedBundle, LoadError> {
    let chunks = fetch_chunks(url, on_progress).await?;
    parse_bundle_from_reader(Chunks::new(chunks))
        .map_err(|e| LoadError::Invalid { url: url.to_owned(), detail: e.to_string() })
}

/// The body's chunks as the stream gave them, as JS `Uint8Array`s.
async fn fetch_chunks(url: &str, on_progress: impl Fn(u64, Option<u64>)) -> Result<js_sys::Array, LoadError> {
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
    let chunks = js_sys::Array::new();
    let Some(body) = response.body() else {
        return Ok(chunks);
    };
    let reader: ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    // The chunks wait on the JS side: wasm memory never shrinks, so the whole body copied into it
    // would stay as a peak for the life of the page. The parser takes them one at a time instead.
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
    Ok(chunks)
}

/// The downloaded chunks read in order, only the current one copied into wasm memory.
struct Chunks {
    chunks: js_sys::Array,
    next: u32,
    /// The current chunk's bytes: one buffer, reused, the size of the largest chunk.
    current: Vec<u8>,
    at: usize,
}

impl Chunks {
    fn new(chunks: js_sys::Array) -> Self {
        Chunks { chunks, next: 0, current: Vec::new(), at: 0 }
    }
}

impl Read for Chunks {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        while self.at == self.current.len() {
            if self.next == self.chunks.length() {
                return Ok(0);
            }
            let chunk = Uint8Array::new(&self.chunks.get(self.next));
            // Read chunks are let go, so the JS side can free them while the rest is parsed.
            self.chunks.set(self.next, JsValue::UNDEFINED);
            self.next += 1;
            self.current.resize(chunk.length() as usize, 0);
            chunk.copy_to(&mut self.current);
            self.at = 0;
        }
        let n = out.len().min(self.current.len() - self.at);
        out[..n].copy_from_slice(&self.current[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

/// A readable line for a JS error value (`TypeError: Failed to fetch`).
fn describe(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.to_string()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "the request failed".to_owned())
}
