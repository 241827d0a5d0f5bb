//! Parsing a bundle: how long it takes and the most memory it holds at once, read whole into
//! memory and given to `parse_bundle` (as the app did), or streamed to
//! `parse_bundle_from_reader` (as the app does now, from its downloaded chunks). Prints figures;
//! asserts nothing.
//!
//! `cargo run --release -p sahifa-core --example parse_bench BUNDLE.json`, for a bundle made
//! with `sahifa build` (`cargo xtask bench` leaves the corpus's in `target/bench/corpus.json`).

mod counting;

use counting::{LIVE, PEAK};
use sahifa_core::{parse_bundle, parse_bundle_from_reader, BundleError, LoadedBundle};
use std::sync::atomic::Ordering::Relaxed;
use std::time::{Duration, Instant};

/// Runs of each way of reading; the fastest is reported, the peak is the same every run.
const RUNS: usize = 5;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: parse_bench BUNDLE.json (make one with `sahifa build`)");
        std::process::exit(2);
    };
    let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or_else(|e| panic!("{path}: {e}"));
    println!("bundle: {:.1} MB", mb(size as usize));

    let whole = measure(|| {
        let bytes = std::fs::read(&path).unwrap();
        let start = Instant::now();
        let loaded = parse_bundle(&bytes);
        (loaded, start.elapsed())
    });
    report("read whole, parse_bundle", whole);
    let streamed = measure(|| {
        let file = std::fs::File::open(&path).unwrap();
        let start = Instant::now();
        (parse_bundle_from_reader(file), start.elapsed())
    });
    report("streamed from the file, parse_bundle_from_reader", streamed);

    // The same bytes already in memory both ways, to compare the two parsers' speed alone.
    let bytes = std::fs::read(&path).unwrap();
    let slice = measure(|| {
        let start = Instant::now();
        (parse_bundle(&bytes), start.elapsed())
    });
    report("bytes in memory, parse_bundle (time only)", slice);
    let reader = measure(|| {
        let start = Instant::now();
        (parse_bundle_from_reader(&bytes[..]), start.elapsed())
    });
    report("bytes in memory, parse_bundle_from_reader (time only)", reader);
}

/// What one way of reading gives: the fastest parse, the most allocated at once, and what the
/// parsed bundle keeps.
struct Figures {
    articles: usize,
    time: Duration,
    peak: usize,
    kept: usize,
}

fn measure(read: impl Fn() -> (Result<LoadedBundle, BundleError>, Duration)) -> Figures {
    let mut figures = Figures { articles: 0, time: Duration::MAX, peak: 0, kept: 0 };
    for _ in 0..RUNS {
        let before = LIVE.load(Relaxed);
        PEAK.store(before, Relaxed);
        let (loaded, time) = read();
        let loaded = loaded.unwrap_or_else(|e| panic!("{e}"));
        figures.articles = loaded.bundle.articles.len();
        figures.time = figures.time.min(time);
        figures.peak = PEAK.load(Relaxed) - before;
        figures.kept = LIVE.load(Relaxed) - before;
    }
    figures
}

fn report(name: &str, f: Figures) {
    println!(
        "{name}: {} articles in {:.0} ms, {:.1} MB allocated at most, {:.1} MB kept",
        f.articles,
        f.time.as_secs_f64() * 1000.0,
        mb(f.peak),
        mb(f.kept)
    );
}

fn mb(bytes: usize) -> f64 {
    bytes as f64 / 1e6
}
