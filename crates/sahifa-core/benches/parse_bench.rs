//! Parsing a bundle (the corpus by default): the fastest of five parses, the most memory a parse
//! holds at once beyond the input's bytes, and what the parsed bundle keeps. Asserts nothing.
//!
//! `cargo bench -p sahifa-core --bench parse_bench [-- bundle.json]`, the bundle made by
//! `sahifa build` (see `cargo xtask bench`); without it the example says so and stops.

use sahifa_core::parse_bundle;
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::{Duration, Instant};

/// The system allocator, counting: in wasm, memory never shrinks, so the most a parse holds at
/// once stays as the page's memory for good.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        PEAK.fetch_max(LIVE.fetch_add(layout.size(), Relaxed) + layout.size(), Relaxed);
        // SAFETY: the caller's contract for `alloc` is passed on unchanged.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Relaxed);
        // SAFETY: as for `alloc`.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // Counted as the new block arriving before the old one leaves, as a moving realloc does.
        PEAK.fetch_max(LIVE.fetch_add(new_size, Relaxed) + new_size, Relaxed);
        LIVE.fetch_sub(layout.size(), Relaxed);
        // SAFETY: as for `alloc`.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn main() {
    // `cargo bench` passes `--bench`; the first other argument is the bundle.
    let path = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with("--"))
        .unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/../../target/e2e/corpus.json").to_owned());
    let Ok(bytes) = std::fs::read(&path) else {
        println!("no bundle at {path}; make one with `cargo xtask bench` or pass its path");
        return;
    };
    let mb = |n: usize| n as f64 / 1e6;
    let (mut fastest, mut peak, mut kept, mut articles) = (Duration::MAX, 0, 0, 0);
    for _ in 0..5 {
        let before = LIVE.load(Relaxed);
        PEAK.store(before, Relaxed);
        let start = Instant::now();
        let loaded = parse_bundle(&bytes).expect("the bundle reads");
        fastest = fastest.min(start.elapsed());
        peak = PEAK.load(Relaxed) - before;
        kept = LIVE.load(Relaxed) - before;
        articles = loaded.bundle.articles.len();
    }
    println!("{path}: {:.1} MB, {articles} articles", mb(bytes.len()));
    println!("parse: {:.0} ms (fastest of 5)", fastest.as_secs_f64() * 1e3);
    println!("held at most beyond the input: {:.1} MB; kept: {:.1} MB", mb(peak), mb(kept));
}
