//! The app's only fetch: the bundle's bytes, with progress, then parsed by the core a slice at a time.

use crate::browser::TimeSlices;
use crate::state::LoadError;
use js_sys::{Array, Uint8Array};
use sahifa_core::parse::{BundleParser, ByteSource, WINDOW};
use sahifa_core::LoadedBundle;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ReadableStreamDefaultReader, ReadableStreamReadResult, Response};

/// How many articles the parse reads between two looks at the clock: well under a millisecond.
const PARSE_STEP: usize = 50;

/// Downloads and parses the bundle at `url`, reporting `(received, total)` bytes as they come.
/// The parse goes in time slices (`TimeSlices`): on the corpus, read in one go, it was a task of
/// 140–210 ms in Chromium with the first render after it, and input waited for it.
pub async fn load_bundle(url: &str, on_progress: impl Fn(u64, Option<u64>)) -> Result<LoadedBundle, LoadError> {
    let chunks = fetch_chunks(url, on_progress).await?;
    let mut source = Chunks { chunks, index: 0, offset: 0 };
    let mut parser = BundleParser::new(&mut source, WINDOW);
    let mut slices = TimeSlices::start();
    let loaded = loop {
        if let Some(read) = parser.step(PARSE_STEP) {
            break read;
        }
        slices.between_steps().await;
    };
    loaded.map_err(|e| LoadError::Invalid { url: url.to_owned(), detail: e.to_string() })
}

/// The download's chunks, still in JavaScript, read a piece at a time into the parser's window:
/// wasm memory never shrinks, so the whole download copied in would stay as the page's memory
/// for good, beside the articles made from it.
struct Chunks {
    chunks: Array,
    index: u32,
    offset: u32,
}

impl ByteSource for Chunks {
    fn read(&mut self, buf: &mut [u8]) -> usize {
        while self.index < self.chunks.length() {
            let chunk: Uint8Array = self.chunks.get(self.index).unchecked_into();
            let n = (chunk.length() - self.offset).min(buf.len() as u32);
            if n == 0 {
                self.index += 1;
                self.offset = 0;
                continue;
            }
            chunk.subarray(self.offset, self.offset + n).copy_to(&mut buf[..n as usize]);
            self.offset += n;
            return n as usize;
        }
        0
    }

    fn rewind(&mut self) {
        self.index = 0;
        self.offset = 0;
    }
}

async fn fetch_chunks(url: &str, on_progress: impl Fn(u64, Option<u64>)) -> Result<Array, LoadError> {
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
    let chunks = Array::new();
    let Some(body) = response.body() else {
        return Ok(chunks);
    };
    let reader: ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    // The chunks stay on the JS side until the parser reads them (see `Chunks`).
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

/// A readable line for a JS error value (`TypeError: Failed to fetch`).
fn describe(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.to_string()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "the request failed".to_owned())
}
