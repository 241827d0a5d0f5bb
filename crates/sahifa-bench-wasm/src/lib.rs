//! The core's search and timeline behind a thin wasm-bindgen surface, for `cargo xtask bench`
//! to time in Chromium against the JS search libraries. Exports only; the core does the work.
//!
//! Everything sits behind `cfg(target_arch = "wasm32")`: natively the crate is empty, so the
//! workspace's native tests neither build web crates for it nor find anything to run.

#![cfg(target_arch = "wasm32")]

use js_sys::{Uint8Array, WebAssembly};
use sahifa_core::load::{BundleLoad, LoadStep, LoadSteps, Loading};
use sahifa_core::parse::ByteSource;
use sahifa_core::search::{SearchIndex, SearchRequest};
use sahifa_core::timeline::{
    default_week_start, range_of_buckets, zoom, Bounds, Bucket, DayCounts, Histogram, Overview, View,
};
use sahifa_core::Article;
use sahifa_core::LoadedBundle;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The most bars the app's chart draws (`MAX_BARS` in the app's timeline panel), so the
/// timeline steps here bucket the dates as the app does.
const MAX_BARS: u32 = 80;

/// The app's allocator (see its `main.rs`).
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// A loaded bundle, its search index, and the timeline state the app would hold for it.
#[wasm_bindgen]
pub struct Handle {
    loaded: Rc<LoadedBundle>,
    index: SearchIndex,
    parse_ms: f64,
    index_ms: f64,
    parsed_memory: f64,
    counts: DayCounts,
    view: Option<(View, Bounds)>,
}

/// Parses the bundle and builds its index through the app's load pipeline, with the app's step
/// sizes, taking the steps one after the other (the app hands the main thread back between
/// slices of them), timing each part with the page's clock.
///
/// The bytes stay in JavaScript and are read through the parser's window, as the app reads its
/// download's chunks: only the articles made from them take wasm memory.
#[wasm_bindgen]
pub fn load(bytes: &Uint8Array) -> Result<Handle, JsValue> {
    let start = now();
    let mut source = JsBytes { bytes, offset: 0 };
    let mut load = BundleLoad::new(&mut source, LoadSteps::default());
    let mut parsed = None;
    loop {
        match load.step() {
            LoadStep::Working => {}
            LoadStep::Articles(loaded) => parsed = Some((loaded, now(), memory_bytes())),
            LoadStep::Searchable(index) => {
                let indexed = now();
                let (loaded, parsed_at, parsed_memory) = parsed.expect("the articles come before the index");
                return Ok(Handle {
                    loaded,
                    index,
                    parse_ms: parsed_at - start,
                    index_ms: indexed - parsed_at,
                    parsed_memory,
                    counts: DayCounts::new(std::iter::empty()),
                    view: None,
                });
            }
            LoadStep::Failed(error) => return Err(JsValue::from_str(&error.to_string())),
        }
    }
}

/// A JavaScript byte array read a piece at a time.
struct JsBytes<'a> {
    bytes: &'a Uint8Array,
    offset: u32,
}

impl ByteSource for JsBytes<'_> {
    fn read(&mut self, buf: &mut [u8]) -> usize {
        let n = (self.bytes.length() - self.offset).min(buf.len() as u32);
        self.bytes.subarray(self.offset, self.offset + n).copy_to(&mut buf[..n as usize]);
        self.offset += n;
        n as usize
    }

    fn rewind(&mut self) {
        self.offset = 0;
    }
}

/// The size of the module's linear memory: everything Rust holds, and its high-water mark,
/// since wasm memory never shrinks.
#[wasm_bindgen]
pub fn memory_bytes() -> f64 {
    wasm_bindgen::memory()
        .unchecked_into::<WebAssembly::Memory>()
        .buffer()
        .unchecked_into::<js_sys::ArrayBuffer>()
        .byte_length() as f64
}

#[wasm_bindgen]
impl Handle {
    pub fn articles(&self) -> u32 {
        self.article_list().len() as u32
    }

    /// Milliseconds from the first step to the articles, reading the bytes from JavaScript.
    pub fn parse_ms(&self) -> f64 {
        self.parse_ms
    }

    /// Milliseconds from the articles to the index.
    pub fn index_ms(&self) -> f64 {
        self.index_ms
    }

    /// The module's memory once the bundle was parsed, before the index was built: what the
    /// bytes and the articles took, apart from the index.
    pub fn memory_after_parse(&self) -> f64 {
        self.parsed_memory
    }

    /// The index's own heap, as the core estimates it.
    pub fn index_bytes(&self) -> f64 {
        self.index.heap_bytes() as f64
    }

    /// One keystroke's search, facets included, as the app runs it; the number of hits.
    pub fn search(&self, query: &str) -> u32 {
        let request = SearchRequest { query: query.to_owned(), ..SearchRequest::default() };
        self.index.search(&request).hits.len() as u32
    }

    /// Counts every article's day and opens the overview, as the timeline does when its hits
    /// change; the number of bars on the overview.
    pub fn count_days(&mut self) -> u32 {
        self.counts = DayCounts::new(self.article_list().iter().map(|a| a.date.map(|d| d.day)));
        let lang = self.article_list().first().map_or("ar", |a| a.lang.as_str());
        self.view = Overview::new(&self.counts, default_week_start(lang), MAX_BARS).map(|o| (o.view, o.bounds));
        self.histogram().map_or(0, |h| h.counts.len() as u32)
    }

    /// A zoom around the middle of the view and the histogram of the new view: what a zoom
    /// click costs the core. The number of bars.
    pub fn zoom(&mut self, factor: f64) -> u32 {
        let Some((view, bounds)) = self.view else { return 0 };
        let range = view.range();
        let middle = range.from + (range.to - range.from) / 2;
        self.view = Some((zoom(&view, middle, factor, &bounds), bounds));
        self.histogram().map_or(0, |h| h.counts.len() as u32)
    }

    /// Selecting the `bar`-th bar of the view: its days become the date filter and the search
    /// runs again, as a click on a bar makes the app do. The number of hits.
    pub fn select_bar(&self, bar: u32) -> u32 {
        let Some((view, _)) = self.view else { return 0 };
        let bucket = Bucket(view.first.0 + bar.min(view.bucket_count() as u32 - 1) as i32);
        let range = range_of_buckets(view.grid, bucket, bucket);
        let mut request = SearchRequest::default();
        request.filters.from = Some(range.from);
        request.filters.to = Some(range.to);
        self.index.search(&request).hits.len() as u32
    }

    fn article_list(&self) -> &[Article] {
        &self.loaded.bundle.articles
    }

    fn histogram(&self) -> Option<Histogram> {
        self.view.map(|(view, _)| Histogram::new(&self.counts, view))
    }
}

fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}
