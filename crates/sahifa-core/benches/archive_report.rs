//! What a reader's page fetches from a sharded archive, counted rather than timed: the first
//! screen, each of twenty queries typed a letter at a time as the app sends them (with its first
//! page of rows), the most frequent word, a facet filter, opening an article, and a second visit.
//! Bytes are counted as a host serves them, gzipped. Asserts nothing.
//!
//! `cargo bench -p sahifa-core --bench archive_report [-- bundle.json]`, the bundle made by
//! `sahifa build` (see `cargo xtask bench`); without it the report says so and stops.

use flate2::{write::GzEncoder, Compression};
use sahifa_core::archive::{write_archive, Archive, ArchiveSizes};
use sahifa_core::parse_bundle;
use sahifa_core::search::{Facet, FacetValue, Filters, SearchIndex, SearchRequest};
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;

/// Typical queries, in the corpus's words: places, bodies, people, two-word names.
const QUERIES: [&str; 20] = [
    "سوريا",
    "الرياض",
    "كرة القدم",
    "النفط",
    "مجلس الأمن",
    "الحوثيين",
    "ولي العهد",
    "امريكا",
    "مكة",
    "الامارات",
    "الأمم المتحدة",
    "كأس العالم",
    "ترامب",
    "أسعار النفط",
    "اللاجئين",
    "الانتخابات البرلمانية",
    "وزير الخارجية",
    "البنك المركزي",
    "حقوق الإنسان",
    "فيروس كورونا",
];
/// Rows on the app's first page of results.
const PAGE: usize = 20;

/// The archive's files, and what a visit has fetched of them.
struct Host {
    files: BTreeMap<String, Vec<u8>>,
    gzipped: BTreeMap<String, usize>,
}

/// One visit's fetching: what is in the page's cache, and what it cost.
#[derive(Default)]
struct Visit {
    cached: BTreeSet<String>,
    requests: usize,
    /// Requests that had to wait for an earlier one's answer: round trips.
    rounds: usize,
    bytes: usize,
    /// Bytes by kind of file.
    by_kind: BTreeMap<&'static str, usize>,
}

impl Host {
    fn gzip(&self, name: &str) -> usize {
        self.gzipped[name]
    }

    /// What a file is, from its folder and its first bytes.
    fn kind(&self, name: &str) -> &'static str {
        let bytes = &self.files[name];
        match (name.split('/').next().unwrap_or(""), bytes.get(..4)) {
            ("i", Some(b"SPF1")) => "postings",
            ("i", Some(b"SPP1")) => "positions",
            ("i", _) if bytes.starts_with(b"{\"start\"") => "dictionary blocks",
            ("i", _) if bytes.starts_with(b"{\"prefixes\"") => "completions",
            ("i", _) if bytes.starts_with(b"{\"facet\"") => "facet columns",
            ("i", _) => "directory",
            ("r", _) => "rows",
            ("a", _) => "articles",
            ("k", _) => "id buckets",
            ("l", _) => "chunk lists",
            _ => "first screen",
        }
    }

    /// Fetches, round after round, what `missing` names; counts what was not cached.
    fn fetch(&self, archive: &mut Archive, visit: &mut Visit, mut missing: impl FnMut(&Archive) -> Vec<String>) {
        loop {
            let names: Vec<String> = missing(archive);
            if names.is_empty() {
                return;
            }
            let fresh: Vec<&String> = names.iter().filter(|n| !visit.cached.contains(*n)).collect();
            if !fresh.is_empty() {
                visit.rounds += 1;
            }
            for name in &names {
                if visit.cached.insert(name.clone()) {
                    visit.requests += 1;
                    visit.bytes += self.gzip(name);
                    *visit.by_kind.entry(self.kind(name)).or_default() += self.gzip(name);
                }
                archive.add(name, &self.files[name]).expect("the archive's own files are good");
            }
        }
    }
}

fn main() {
    let path = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with("--"))
        .unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/../../target/e2e/corpus.json").to_owned());
    let Ok(bundle) = std::fs::read(&path) else {
        println!("no bundle at {path}; make one with `cargo xtask bench` or pass its path");
        return;
    };
    let files = write_archive(&bundle, ArchiveSizes::default()).expect("the bundle reads");
    let gzipped = files
        .iter()
        .map(|f| {
            let mut gz = GzEncoder::new(Vec::new(), Compression::new(6));
            gz.write_all(&f.bytes).unwrap();
            (f.path.clone(), gz.finish().unwrap().len())
        })
        .collect();
    let host = Host { files: files.into_iter().map(|f| (f.path, f.bytes)).collect(), gzipped };
    let total: usize = host.files.keys().map(|n| host.gzip(n)).sum();
    println!("{path}: {} files, {:.1} MB gzipped in all", host.files.len(), total as f64 / 1e6);

    let kb = |b: usize| b as f64 / 1e3;
    let open = |visit: &mut Visit| {
        let mut archive = Archive::from_manifest(&host.files["manifest.json"]).unwrap();
        visit.requests += 1;
        visit.rounds += 1;
        visit.bytes += host.gzip("manifest.json");
        host.fetch(&mut archive, visit, |a| a.first_files());
        archive
    };
    let mut first = Visit::default();
    let mut archive = open(&mut first);
    println!(
        "first screen: {} requests in {} round trips, {:.1} KB (manifest, first-screen file, directory)",
        first.requests,
        first.rounds,
        kb(first.bytes)
    );

    // Each query in a fresh page: what typing it costs alone.
    let mut each = Vec::new();
    for query in QUERIES {
        let mut visit = Visit { cached: first.cached.clone(), ..Default::default() };
        let mut a = open(&mut Visit::default());
        type_query(&host, &mut a, &mut visit, query);
        each.push((query, visit.requests, visit.rounds, visit.bytes));
    }
    each.sort_by_key(|e| e.3);
    println!("a query typed letter by letter, searching at every letter, fresh page after the first screen, with its first {PAGE} rows:");
    for (query, requests, rounds, bytes) in &each {
        println!("  {query}: {requests} requests, {rounds} round trips, {:.1} KB", kb(*bytes));
    }
    let median = each[each.len() / 2].3;
    println!("  median {:.1} KB, max {:.1} KB", kb(median), kb(each.last().unwrap().3));

    // As the app fetches, at a typist's pace.
    let mut settled = Vec::new();
    for query in QUERIES {
        let mut visit = Visit { cached: first.cached.clone(), ..Default::default() };
        let mut a = open(&mut Visit::default());
        type_query_settled(&host, &mut a, &mut visit, query);
        settled.push((visit.requests, visit.bytes));
    }
    settled.sort_by_key(|p| p.1);
    println!(
        "a query typed as the app fetches (a word being typed waits for a pause), fresh page: median {} requests, {:.1} KB; max {:.1} KB",
        settled[settled.len() / 2].0,
        kb(settled[settled.len() / 2].1),
        kb(settled.last().unwrap().1)
    );

    // Each query pasted whole (or typed faster than the page searches), with its first rows.
    let mut pasted = Vec::new();
    for query in QUERIES {
        let mut visit = Visit { cached: first.cached.clone(), ..Default::default() };
        let mut a = open(&mut Visit::default());
        search_and_page(&host, &mut a, &mut visit, &SearchRequest { query: query.to_owned(), ..Default::default() });
        pasted.push((visit.requests, visit.bytes));
    }
    pasted.sort_by_key(|p| p.1);
    println!(
        "a query pasted, fresh page: median {} requests, {:.1} KB; max {:.1} KB",
        pasted[pasted.len() / 2].0,
        kb(pasted[pasted.len() / 2].1),
        kb(pasted.last().unwrap().1)
    );

    // All twenty in one visit, the cache shared.
    let mut visit = Visit { cached: first.cached.clone(), ..Default::default() };
    for query in QUERIES {
        type_query(&host, &mut archive, &mut visit, query);
    }
    println!("all twenty in one visit: {} requests, {:.1} KB", visit.requests, kb(visit.bytes));
    let kinds: Vec<String> = visit.by_kind.iter().map(|(k, b)| format!("{k} {:.0} KB", kb(*b))).collect();
    println!("  of which: {}", kinds.join(", "));

    let articles = parse_bundle(&bundle).unwrap().bundle.articles;
    let index = SearchIndex::build(&articles);
    let frequent = most_frequent_word(&index, &articles);
    let mut visit = Visit { cached: first.cached.clone(), ..Default::default() };
    let mut a = open(&mut Visit::default());
    type_query(&host, &mut a, &mut visit, &frequent);
    println!("the most frequent word ({frequent}), typed: {} requests, {:.1} KB", visit.requests, kb(visit.bytes));

    let source = index.search(&SearchRequest::default()).facets.into_iter().find(|f| f.facet == Facet::Source);
    if let Some(bucket) = source.and_then(|f| f.buckets.into_iter().find(|b| matches!(b.bucket, FacetValue::Value(_))))
    {
        let mut filters = Filters::default();
        filters.toggle(Facet::Source, bucket.bucket.clone());
        let request = SearchRequest { filters, ..Default::default() };
        let mut visit = Visit { cached: first.cached.clone(), ..Default::default() };
        let mut a = open(&mut Visit::default());
        search_and_page(&host, &mut a, &mut visit, &request);
        println!("a source filter, no query: {} requests, {:.1} KB", visit.requests, kb(visit.bytes));
    }

    let mut sizes = Vec::new();
    for p in (0..articles.len() as u32).step_by(97) {
        let mut visit = Visit { cached: first.cached.clone(), ..Default::default() };
        let mut a = open(&mut Visit::default());
        // The link names the article by id: its bucket gives the number, then its chunk.
        let id = &articles[p as usize].id;
        host.fetch(&mut a, &mut visit, |a| a.missing_number(id).into_iter().collect());
        let number = a.number_of(id).flatten().expect("every id is in its bucket");
        host.fetch(&mut a, &mut visit, |a| a.missing_article(number).into_iter().collect());
        sizes.push((visit.requests, visit.bytes));
    }
    sizes.sort_by_key(|s| s.1);
    println!(
        "opening an article from a cold link by its id: {}–{} requests, median {:.1} KB, max {:.1} KB",
        sizes.iter().map(|s| s.0).min().unwrap(),
        sizes.iter().map(|s| s.0).max().unwrap(),
        kb(sizes[sizes.len() / 2].1),
        kb(sizes.last().unwrap().1)
    );
    println!("a second visit with the HTTP cache: 1 request (the manifest, revalidated), 0 KB of hashed files");
}

/// Types `query` at a typist's pace as the app fetches for it (`src/shared_archive.rs`): a word
/// being typed fetches nothing until typing pauses, a finished word (a space typed) fetches at
/// once; then the whole query and its first page's rows.
fn type_query_settled(host: &Host, archive: &mut Archive, visit: &mut Visit, query: &str) {
    for (at, _) in query.match_indices(' ') {
        let request = SearchRequest { query: query[..=at].to_owned(), ..Default::default() };
        host.fetch(archive, visit, |a| a.missing_for_search(&request).unwrap().into_iter().collect());
    }
    let request = SearchRequest { query: query.to_owned(), ..Default::default() };
    search_and_page(host, archive, visit, &request);
}

/// Types `query` a character at a time, searching after each, then fetches the first page's
/// rows: what the app would fetch if it searched at every letter.
fn type_query(host: &Host, archive: &mut Archive, visit: &mut Visit, query: &str) {
    let mut typed = String::new();
    for c in query.chars() {
        typed.push(c);
        let request = SearchRequest { query: typed.clone(), ..Default::default() };
        host.fetch(archive, visit, |a| a.missing_for_search(&request).unwrap().into_iter().collect());
    }
    let request = SearchRequest { query: query.to_owned(), ..Default::default() };
    search_and_page(host, archive, visit, &request);
}

fn search_and_page(host: &Host, archive: &mut Archive, visit: &mut Visit, request: &SearchRequest) {
    host.fetch(archive, visit, |a| a.missing_for_search(request).unwrap().into_iter().collect());
    let hits: Vec<u32> = archive.search(request).unwrap().hits.into_iter().take(PAGE).collect();
    host.fetch(archive, visit, |a| a.missing_rows(&hits).into_iter().collect());
}

/// The word of the archive's text that the most articles have.
fn most_frequent_word(index: &SearchIndex, articles: &[sahifa_core::Article]) -> String {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for a in articles.iter().take(500) {
        let mut seen = BTreeSet::new();
        for w in a.body.iter().flat_map(|p| p.split_whitespace()) {
            if seen.insert(w) {
                *counts.entry(w).or_default() += 1;
            }
        }
    }
    let candidates: Vec<&str> = {
        let mut v: Vec<(&str, usize)> = counts.into_iter().collect();
        v.sort_by_key(|e| std::cmp::Reverse(e.1));
        v.into_iter().take(20).map(|(w, _)| w).collect()
    };
    let hits = |w: &str| index.search(&SearchRequest { query: format!("{w} "), ..Default::default() }).hits.len();
    candidates.into_iter().max_by_key(|w| hits(w)).unwrap_or("في").to_owned()
}
