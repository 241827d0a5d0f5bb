//! Search on the real corpus: how long the index takes to build and where that time goes, how
//! long each keystroke's search takes while queries are typed, and how much memory the index
//! holds, by structure, and takes at most while it is built. Prints figures; asserts nothing
//! about time.
//!
//! `cargo bench -p sahifa-core --bench search_bench [-- corpus.jsonl]`
//!
//! `cargo bench` builds with the release profile, which optimizes for size (`opt-level = "z"`,
//! for the app's wasm) everywhere but this crate; prefix the command with
//! `CARGO_PROFILE_BENCH_OPT_LEVEL=3` to build the rest for speed too, as README's figures are.

mod corpus;

use sahifa_core::load::LoadSteps;
use sahifa_core::search::{
    normalize, stem, tokens, variants, Facet, FacetValue, Indexing, SearchIndex, SearchRequest, Sort,
};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::{Duration, Instant};

/// The system allocator, counting: in wasm, memory never shrinks, so the most the build holds at
/// once (its high-water mark) matters as much as what the index keeps.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let live = LIVE.fetch_add(layout.size(), Relaxed) + layout.size();
        PEAK.fetch_max(live, Relaxed);
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
        let live = LIVE.fetch_add(new_size, Relaxed) + new_size;
        PEAK.fetch_max(live, Relaxed);
        LIVE.fetch_sub(layout.size(), Relaxed);
        // SAFETY: as for `alloc`.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Queries as a reader would type them, with the spelling variants readers use.
const QUERIES: &[&str] = &[
    "سوريا",
    "سورية",
    "الرياض",
    "كرة القدم",
    "كره القدم",
    "النفط",
    "أسعار النفط",
    "مجلس الأمن",
    "مجلس الامن الدولي",
    "\"مجلس الأمن\"",
    "ولي العهد",
    "الأمم المتحدة",
    "الامم المتحده",
    "إيران",
    "ايران -النووي",
    "وزارة الصحة",
    "وزاره الصحه",
    "ترامب",
    "كأس العالم",
    "كاس العالم 2018",
    "المسئولين",
    "المسؤولين",
    "اليمن الحوثيين",
    "السجون",
    "بالسجن",
    "الشركات السعودية",
    "تونس",
    "الانتخابات البرلمانية",
    "Trump",
    "FIFA",
];

/// How many times the index is built.
const BUILDS: usize = 5;

fn main() {
    let Some((articles, bytes)) = corpus::load() else {
        return;
    };
    println!("corpus: {} articles, {:.1} MB of JSON lines", articles.len(), bytes as f64 / 1e6);

    // The machine may be shared: build a few times and keep the fastest and the median.
    let mut builds = Vec::new();
    let mut index = None;
    for _ in 0..BUILDS {
        // The previous index is dropped first, so that it does not count in this build's peak.
        drop(index.take());
        let before = LIVE.load(Relaxed);
        PEAK.store(before, Relaxed);
        let start = Instant::now();
        index = Some(SearchIndex::build(&articles));
        builds.push((start.elapsed(), PEAK.load(Relaxed) - before, LIVE.load(Relaxed) - before));
    }
    let Some(index) = index else { return };
    let (_, peak, kept) = builds[BUILDS - 1];
    let mut builds: Vec<Duration> = builds.into_iter().map(|(t, _, _)| t).collect();
    builds.sort_unstable();
    println!(
        "build: fastest {:.0} ms, median {:.0} ms of {BUILDS}; {} terms",
        ms(builds[0]),
        ms(builds[BUILDS / 2]),
        index.terms()
    );
    println!("build memory: {:.1} MB allocated at most, {:.1} MB kept", mb(peak), mb(kept));
    // Built in the steps the load pipeline takes in a page: the longest single step is what
    // holds the page between two hand-backs.
    let mut indexing = Indexing::new(LoadSteps::default().index);
    let (mut longest, mut reading, mut finish) = (Duration::ZERO, Duration::ZERO, Duration::ZERO);
    loop {
        let was_reading = indexing.is_reading();
        let start = Instant::now();
        let done = indexing.step(&articles).is_some();
        let took = start.elapsed();
        longest = longest.max(took);
        *(if was_reading { &mut reading } else { &mut finish }) += took;
        if done {
            break;
        }
    }
    println!("built in the pipeline's steps: longest step {:.1} ms", ms(longest));
    build_time_parts(&articles, reading, finish);

    println!("index memory: {:.1} MB (heap, approximate)", mb(index.heap_bytes()));
    for (part, bytes) in index.heap_parts() {
        println!("  {part:<20} {:>6.2} MB", mb(bytes));
    }

    let mut keystrokes = Vec::new();
    for query in QUERIES {
        let mut typed = String::new();
        let mut last = 0;
        for c in query.chars() {
            typed.push(c);
            let request = SearchRequest { query: typed.clone(), ..SearchRequest::default() };
            let start = Instant::now();
            let results = index.search(&request);
            keystrokes.push((start.elapsed(), typed.clone()));
            last = results.hits.len();
        }
        println!("  {query:<24} {last:>6} hits");
    }
    keystrokes.sort_unstable();
    let slowest: Vec<String> =
        keystrokes.iter().rev().take(3).map(|(t, q)| format!("{q:?} {:.1} ms", ms(*t))).collect();
    let mut keystrokes: Vec<Duration> = keystrokes.into_iter().map(|(t, _)| t).collect();
    report("per keystroke, no filters", &mut keystrokes);
    println!("  slowest: {}", slowest.join(", "));

    // The same typing with a facet and a date range selected and the newest first.
    let mut filtered = Vec::new();
    let mut request = SearchRequest { sort: Sort::Newest, ..SearchRequest::default() };
    request.filters.toggle(Facet::Year, FacetValue::Value("2018".into()));
    request.filters.from = time::Date::from_calendar_date(2018, time::Month::March, 1).ok();
    for query in QUERIES {
        let mut typed = String::new();
        for c in query.chars() {
            typed.push(c);
            request.query = typed.clone();
            let start = Instant::now();
            index.search(&request);
            filtered.push(start.elapsed());
        }
    }
    report("per keystroke, year + date range + newest", &mut filtered);
}

/// Where the build's time goes: reading the words (`add`) and the rest (`finish`), and, as a
/// yardstick for reading, what normalizing and tokenizing the text alone take, and what stemming
/// every word anew would take (the build remembers the stems of the words it meets often, and
/// stems the others again).
fn build_time_parts(articles: &[sahifa_core::Article], reading: Duration, finish: Duration) {
    let start = Instant::now();
    let mut words = Vec::new();
    for a in articles {
        for text in std::iter::once(&a.title).chain(&a.body) {
            let text = normalize(text);
            words.extend(tokens(&text).map(|r| text[r].to_owned()));
        }
    }
    let tokenizing = start.elapsed();
    let start = Instant::now();
    let stems: usize = words.iter().map(|w| std::hint::black_box(variants(stem(w))).len()).sum();
    let stemming = start.elapsed();
    println!(
        "build time: reading the words {:.0} ms, finish (dictionary, postings, dates, facets) {:.0} ms",
        ms(reading),
        ms(finish)
    );
    println!(
        "  yardsticks: normalize + tokenize {:.0} ms, stem + variants of all {} words {:.0} ms ({stems} variants)",
        ms(tokenizing),
        words.len(),
        ms(stemming)
    );
}

fn report(what: &str, times: &mut [Duration]) {
    times.sort_unstable();
    let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
    println!(
        "{what}: {} searches, p50 {:.2} ms, p95 {:.2} ms, max {:.2} ms",
        times.len(),
        ms(at(0.5)),
        ms(at(0.95)),
        ms(at(1.0))
    );
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn mb(bytes: usize) -> f64 {
    bytes as f64 / 1e6
}
