//! The sharded archive against the bundle it was written from: the same hits in the same
//! order with the same facet counts for a list of queries with filters, on the sample, on a
//! generated archive cut into many small pieces and, when it is beside the repository, on the
//! corpus; its rows and articles are the bundle's; and every bad file gets its own error.

use sahifa_core::archive::{write_archive, Archive, ArchiveError, ArchiveFile, ArchiveSizes};
use sahifa_core::search::shards::Sizes;
use sahifa_core::search::{Facet, FacetValue, Filters, SearchIndex, SearchRequest, Sort};
use sahifa_core::wire::{ArticleRecord, BundleRecord, SourceRecord};
use sahifa_core::{parse_bundle, Article};
use std::collections::BTreeMap;
use std::path::Path;

/// Pieces far smaller than an archive's, so that a small bundle still spans many blocks,
/// postings files, completion pages, chunks and list pages.
const SMALL: ArchiveSizes = ArchiveSizes {
    rows_per_chunk: 5,
    bodies_per_chunk: 3,
    names_per_page: 4,
    ids_per_bucket: 2,
    index: Sizes { block: 200, postings: 300, completions: 120 },
};

/// The files of an archive by path, as a host would serve them.
struct Host(BTreeMap<String, Vec<u8>>);

impl Host {
    fn new(files: Vec<ArchiveFile>) -> Host {
        Host(files.into_iter().map(|f| (f.path, f.bytes)).collect())
    }

    fn open(&self) -> Archive {
        let mut archive = Archive::from_manifest(&self.0["manifest.json"]).expect("the manifest reads");
        for name in archive.first_files() {
            archive.add(&name, &self.0[&name]).expect("the first files are good");
        }
        archive
    }

    /// Fetches what `missing` names until it names nothing; how many rounds it took.
    fn fetch(&self, archive: &mut Archive, mut missing: impl FnMut(&Archive) -> Vec<String>) -> usize {
        let mut rounds = 0;
        loop {
            let names = missing(archive);
            if names.is_empty() {
                return rounds;
            }
            rounds += 1;
            assert!(rounds < 10, "a request kept asking for files: {names:?}");
            for name in names {
                let bytes = self.0.get(&name).unwrap_or_else(|| panic!("the archive names {name}, which it lacks"));
                archive.add(&name, bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
            }
        }
    }
}

fn bundle_json(title: &str, records: Vec<ArticleRecord>) -> Vec<u8> {
    let bundle: BundleRecord = BundleRecord {
        sahifa: 1,
        title: title.into(),
        lang: "ar".into(),
        description: None,
        articles: records,
        integrity: None,
    };
    serde_json::to_vec(&bundle).unwrap()
}

/// Requests over these articles: words whole and being typed, exclusions, every facet's
/// values, date ranges and each order.
fn requests(articles: &[Article], words: &[&str]) -> Vec<SearchRequest> {
    let index = SearchIndex::build(articles);
    let facets = index.search(&SearchRequest::default()).facets;
    let mut requests = vec![SearchRequest::default()];
    for &w in words {
        requests.push(SearchRequest { query: w.into(), ..Default::default() });
    }
    for counts in facets.iter() {
        for bucket in counts.buckets.iter().take(3) {
            let mut filters = Filters::default();
            filters.toggle(counts.facet, bucket.bucket.clone());
            let query = words.first().copied().unwrap_or("").into();
            requests.push(SearchRequest { query, filters: filters.clone(), sort: Sort::Relevance });
            requests.push(SearchRequest { filters, sort: Sort::Oldest, ..Default::default() });
        }
    }
    // Two values of a facet with AND, as with OR: the counts fall, and must fall alike.
    for counts in facets.iter().filter(|c| c.facet.can_require_all()) {
        let values: Vec<_> = counts.buckets.iter().filter(|b| b.bucket != FacetValue::Unknown).take(2).collect();
        if values.len() == 2 {
            let mut filters = Filters::default();
            for value in values {
                filters.toggle(counts.facet, value.bucket.clone());
            }
            requests.push(SearchRequest { filters: filters.clone(), ..Default::default() });
            filters.require_all(counts.facet, true);
            let query = words.first().copied().unwrap_or("").into();
            requests.push(SearchRequest { query, filters: filters.clone(), sort: Sort::Relevance });
            requests.push(SearchRequest { filters, sort: Sort::Oldest, ..Default::default() });
        }
    }
    let mut dated: Vec<_> = articles.iter().filter_map(|a| a.date).map(|d| d.day).collect();
    dated.sort();
    if let (Some(&from), Some(&to)) = (dated.get(dated.len() / 4), dated.get(dated.len() * 3 / 4)) {
        for &w in words.iter().take(3) {
            let filters = Filters { from: Some(from), to: Some(to), ..Default::default() };
            requests.push(SearchRequest { query: w.into(), filters, sort: Sort::Newest });
        }
    }
    requests
}

/// Every request answered by the archive as by the bundle's index; the hits' rows and articles
/// are the bundle's.
fn same_answers(bundle: &[u8], sizes: ArchiveSizes, words: &[&str]) {
    let articles = parse_bundle(bundle).unwrap().bundle.articles;
    let index = SearchIndex::build(&articles);
    let host = Host::new(write_archive(bundle, sizes).unwrap());
    let mut archive = host.open();
    assert_eq!(archive.manifest().articles as usize, articles.len());
    host.fetch(&mut archive, |a| a.first_files());
    let days: Vec<_> = articles.iter().map(|a| a.date.map(|d| d.day)).collect();
    assert_eq!(archive.days(), days, "the timeline's days, from the first screen");
    let first_page: Vec<u32> = (0..articles.len().min(20) as u32).collect();
    assert!(archive.missing_rows(&first_page).is_empty(), "the first screen's rows come with it");
    for sort in [Sort::Relevance, Sort::Newest, Sort::Oldest] {
        let request = SearchRequest { sort, ..Default::default() };
        let (front, full) = (archive.front_results(&request).unwrap(), index.search(&request));
        assert_eq!(front.hits, full.hits, "the first screen's order, {sort:?}");
        for (shown, all) in front.facets.iter().zip(&full.facets) {
            // The first screen holds each facet's 50 most common values and its articles with
            // none, with the counts the whole index gives them, in its order.
            let kept: Vec<_> = all.buckets.iter().filter(|b| shown.buckets.contains(b)).cloned().collect();
            assert_eq!(shown.buckets, kept, "{:?}", shown.facet);
            let values = all.buckets.iter().filter(|b| matches!(b.bucket, FacetValue::Value(_)));
            assert!(values.take(50).all(|b| shown.buckets.contains(b)), "{:?}", shown.facet);
            assert!(all.buckets.iter().filter(|b| b.bucket == FacetValue::Unknown).all(|b| shown.buckets.contains(b)));
        }
    }
    let filtered = SearchRequest { query: "x".into(), ..Default::default() };
    assert!(archive.front_results(&filtered).is_none(), "a query needs the index");
    for request in requests(&articles, words) {
        host.fetch(&mut archive, |a| a.missing_for_search(&request).unwrap().into_iter().collect());
        // A sharded archive searches the words as written; the built index, only where it
        // corrected none, gives the same.
        let expected = index.search_as_written(&request);
        assert_eq!(archive.search(&request).unwrap(), expected, "{request:?}");
        let corrected = index.search(&request);
        if corrected.query.words.iter().all(|w| w.corrections.is_empty()) {
            assert_eq!(corrected, expected, "{request:?}");
        }
        let page: Vec<u32> = expected.hits.iter().copied().take(10).collect();
        host.fetch(&mut archive, |a| a.missing_rows(&page).into_iter().collect());
        for &p in &page {
            let (row, article) = (archive.row(p).unwrap(), &articles[p as usize]);
            assert_eq!((&row.id, &row.title, row.date), (&article.id, &article.title, article.date));
        }
    }
    for p in [0, articles.len() as u32 / 2, articles.len() as u32 - 1] {
        host.fetch(&mut archive, |a| a.missing_article(p).into_iter().collect());
        assert_eq!(archive.article(p), Some(&articles[p as usize]));
    }
    // A cold link names the article by id: every id finds its number, and an id the archive
    // does not have is told apart from one not fetched yet.
    for (number, article) in articles.iter().enumerate() {
        host.fetch(&mut archive, |a| a.missing_number(&article.id).into_iter().collect());
        assert_eq!(archive.number_of(&article.id), Some(Some(number as u32)), "{}", article.id);
    }
    let absent = "no-such-article-id";
    host.fetch(&mut archive, |a| a.missing_number(absent).into_iter().collect());
    assert_eq!(archive.number_of(absent), Some(None));
}

fn sample() -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../static/sample/bundle.json")).unwrap()
}

/// Articles made of a few hundred words that share prefixes, so that some prefixes are wide.
fn generated(count: usize) -> Vec<u8> {
    let letters: Vec<char> = "سجنكتبلمعرد".chars().collect();
    let mut seed = 7u64;
    let mut next = |n: usize| {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (seed >> 33) as usize % n
    };
    // Some 4,000 words over three first letters: each letter begins a wide prefix.
    let word = |i: usize| -> String {
        let l = |k: usize| letters[(i / k) % letters.len()];
        [['س', 'ك', 'م'][i % 3], l(3), l(33), l(363)].iter().collect()
    };
    let records = (0..count)
        .map(|i| {
            let text = |words: usize, next: &mut dyn FnMut(usize) -> usize| {
                (0..words).map(|_| word(next(4_000))).collect::<Vec<_>>().join(" ")
            };
            let prefix = ["", "ال", "و", "بال"][next(4)];
            ArticleRecord {
                id: Some(format!("g{i}")),
                title: Some(format!("{prefix}{}", text(4, &mut next))),
                date: (next(10) > 0).then(|| format!("20{:02}-{:02}-{:02}", 10 + next(10), 1 + next(12), 1 + next(28))),
                source: Some(SourceRecord::Name(["وكالة", "صحيفة", "إذاعة"][next(3)].into())),
                tags: (0..next(3)).map(|_| ["سياسة", "اقتصاد", "رياضة", "ثقافة"][next(4)].to_owned()).collect(),
                people: (0..next(2)).map(|_| format!("شخص {}", next(30))).collect(),
                body: Some((0..1 + next(3)).map(|_| text(5 + next(40), &mut next)).collect()),
                ..Default::default()
            }
        })
        .collect();
    bundle_json("مولّد", records)
}

#[test]
fn the_sample_archive_answers_as_its_bundle() {
    same_answers(
        &sample(),
        SMALL,
        &[
            "عدل",
            "حقوق الإنسان",
            "المعتق",
            "-الإنسان عدل",
            "مركز",
            "\"حقوق الإنسان\"",
            "\"الإنسان حقوق\"",
            "عدل -\"حقوق الإنسان\"",
        ],
    );
    same_answers(&sample(), ArchiveSizes::default(), &["عدل", "الاعتقال"]);
}

#[test]
fn a_generated_archive_in_many_pieces_answers_as_its_bundle() {
    let bundle = generated(400);
    // Phrases from the text itself, so that they match somewhere, and the same words reversed.
    let first = parse_bundle(&bundle).unwrap().bundle.articles[0].body[0].clone();
    let words: Vec<&str> = first.split(' ').take(3).collect();
    let phrase = format!("\"{} {}\"", words[1], words[2]);
    let reversed = format!("\"{} {}\" {}", words[2], words[1], words[0]);
    let excluded = format!("{} -\"{} {}\"", words[0], words[1], words[2]);
    same_answers(&bundle, SMALL, &[&phrase, &reversed, &excluded]);
    same_answers(&bundle, SMALL, &["سجن", "السج", "الس", "س", "سك", "والسجنن -سكت", "بالسن", "سنك سب", "سمعر"]);
}

#[test]
fn the_corpus_archive_answers_as_its_bundle() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/arabic-news.jsonl");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: the corpus is not at {} (see README)", path.display());
        return;
    };
    // A quarter of the corpus keeps the test quick in a debug build; the whole corpus is the bench's.
    let records = text
        .lines()
        .take(3_000)
        .map(|line| {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            let s = |k: &str| v[k].as_str().map(str::to_owned);
            ArticleRecord {
                id: s("id"),
                title: s("title"),
                date: s("published"),
                source: s("source").map(SourceRecord::Name),
                tags: s("category").into_iter().collect(),
                body: s("body").map(|b| b.split("\n").filter(|p| !p.trim().is_empty()).map(str::to_owned).collect()),
                ..Default::default()
            }
        })
        .collect();
    let bundle = bundle_json("corpus", records);
    let words = [
        "سوريا",
        "النفط",
        "الانتخابات البرلمانية",
        "ال",
        "الق",
        "مجلس ا",
        "ترامب -روسيا",
        "المعتقلين",
        "\"مجلس الأمن\"",
        "\"الأمم المتحدة\" سوريا",
        "النفط -\"أسعار النفط\"",
    ];
    same_answers(&bundle, ArchiveSizes::default(), &words);
}

#[test]
fn a_cold_link_goes_from_its_id_bucket_straight_to_the_article() {
    let bundle = generated(200);
    let articles = parse_bundle(&bundle).unwrap().bundle.articles;
    let host = Host::new(write_archive(&bundle, SMALL).unwrap());
    for p in [0, 99, 199] {
        let mut archive = host.open();
        let id = &articles[p].id;
        // The bucket's list page, then the bucket; then the article's chunk, which the bucket
        // names, with no list page of chunks between.
        assert_eq!(host.fetch(&mut archive, |a| a.missing_number(id).into_iter().collect()), 2);
        let number = archive.number_of(id).unwrap().unwrap();
        assert_eq!(host.fetch(&mut archive, |a| a.missing_article(number).into_iter().collect()), 1, "{id}");
        assert_eq!(archive.article(number), Some(&articles[p]));
    }
}

#[test]
fn an_id_bucket_written_before_it_named_chunks_still_leads_to_the_article() {
    let bundle = generated(60);
    let articles = parse_bundle(&bundle).unwrap().bundle.articles;
    // Every bucket as archives before 2026-12-07 wrote them: ids and numbers only, under names
    // made from that content, and the list pages and manifest naming them again.
    let mut files = write_archive(&bundle, SMALL).unwrap();
    let mut renamed = BTreeMap::new();
    for file in files.iter_mut().filter(|f| f.path.starts_with("k/")) {
        let mut bucket: serde_json::Value = serde_json::from_slice(&file.bytes).unwrap();
        bucket.as_object_mut().unwrap().remove("bodies").expect("buckets name their chunks");
        file.bytes = serde_json::to_vec(&bucket).unwrap();
        let path = sahifa_core::archive::content_name("k", "json", &file.bytes);
        renamed.insert(std::mem::replace(&mut file.path, path.clone()), path);
    }
    let mut pages = BTreeMap::new();
    for file in files.iter_mut().filter(|f| f.path.starts_with("l/")) {
        let names: Vec<String> = serde_json::from_slice(&file.bytes).unwrap();
        if names.iter().any(|n| renamed.contains_key(n)) {
            let names: Vec<&String> = names.iter().map(|n| &renamed[n]).collect();
            file.bytes = serde_json::to_vec(&names).unwrap();
            let path = sahifa_core::archive::content_name("l", "json", &file.bytes);
            pages.insert(std::mem::replace(&mut file.path, path.clone()), path);
        }
    }
    let manifest = files.iter_mut().find(|f| f.path == "manifest.json").unwrap();
    let mut text = String::from_utf8(manifest.bytes.clone()).unwrap();
    for (old, new) in &pages {
        text = text.replace(old.as_str(), new);
    }
    manifest.bytes = text.into_bytes();
    let host = Host::new(files);
    let mut archive = host.open();
    let id = &articles[30].id;
    assert_eq!(host.fetch(&mut archive, |a| a.missing_number(id).into_iter().collect()), 2);
    let number = archive.number_of(id).unwrap().unwrap();
    // The chunk's list page first, then the chunk.
    assert_eq!(host.fetch(&mut archive, |a| a.missing_article(number).into_iter().collect()), 2);
    assert_eq!(archive.article(number), Some(&articles[30]));
}

#[test]
fn bad_files_get_errors_that_name_them() {
    let host = Host::new(write_archive(&sample(), SMALL).unwrap());
    let manifest = String::from_utf8(host.0["manifest.json"].clone()).unwrap();
    let err = |bytes: &str| Archive::from_manifest(bytes.as_bytes()).unwrap_err();
    assert!(matches!(
        err(&manifest.replace("\"sahifa_archive\": 1", "\"sahifa_archive\": 2")),
        ArchiveError::UnsupportedVersion(2)
    ));
    assert!(matches!(err("{\"sahifa\": 1}"), ArchiveError::NotAManifest(_)));
    assert!(matches!(err("not json"), ArchiveError::NotAManifest(_)));
    let front = Archive::from_manifest(manifest.as_bytes()).unwrap().manifest().front.clone();
    assert!(matches!(err(&manifest.replace(&front, "../../etc/passwd")), ArchiveError::BadManifest(_)));

    let mut archive = Archive::from_manifest(manifest.as_bytes()).unwrap();
    let index = archive.manifest().index.clone();
    // The directory is read against the dates, which come with the first-screen file.
    assert_eq!(archive.add(&index, &host.0[&index]), Err(ArchiveError::Unexpected(index.clone())));
    let mut damaged = host.0[&front].clone();
    damaged[10] ^= 1;
    assert_eq!(archive.add(&front, &damaged), Err(ArchiveError::HashMismatch(front.clone())));
    assert_eq!(archive.add_checked(&front, b"{}"), Err(ArchiveError::Malformed(front.clone())));
    assert_eq!(
        archive.add("i/0000000000000000.json", b""),
        Err(ArchiveError::HashMismatch("i/0000000000000000.json".into()))
    );
    archive.add(&front, &host.0[&front]).unwrap();
    archive.add(&index, &host.0[&index]).unwrap();
    let message = ArchiveError::HashMismatch(front.clone()).to_string();
    assert!(message.contains(&front) && message.contains("upload"), "{message}");

    // A facet value the archive lacks selects nothing, as in memory.
    let mut filters = Filters::default();
    filters.toggle(Facet::Source, FacetValue::Value("لا مصدر".into()));
    let request = SearchRequest { filters, ..Default::default() };
    host.fetch(&mut archive, |a| a.missing_for_search(&request).unwrap().into_iter().collect());
    assert_eq!(archive.search(&request).unwrap().hits, Vec::<u32>::new());
}

#[test]
fn the_same_bundle_writes_the_same_files() {
    let bundle = generated(50);
    assert_eq!(write_archive(&bundle, SMALL).unwrap(), write_archive(&bundle, SMALL).unwrap());
    let files = write_archive(&bundle, SMALL).unwrap();
    assert_eq!(files.last().unwrap().path, "manifest.json", "the manifest is written last");
}
