//! The shared test corpus (`shared/corpus/arabic-news.jsonl` beside the repository), read into
//! articles for the benchmarks; its text stays outside the project.

use sahifa_core::{Article, ArticleDate, Source};
use serde::Deserialize;
use std::path::PathBuf;

/// One line of the corpus file.
#[derive(Deserialize)]
struct Line {
    id: String,
    title: String,
    published: Option<String>,
    source: String,
    url: String,
    category: Option<String>,
    body: String,
}

/// Where the corpus is: the first argument, `SAHIFA_CORPUS`, or the shared folder next to the
/// repository.
fn path() -> PathBuf {
    std::env::args()
        .skip(1)
        .find(|a| !a.starts_with("--"))
        .or_else(|| std::env::var("SAHIFA_CORPUS").ok())
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/arabic-news.jsonl"))
}

/// The corpus as articles and its size in bytes, or `None` (with a message) when it is absent.
pub fn load() -> Option<(Vec<Article>, usize)> {
    let path = path();
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: no corpus at {} (pass its path as the first argument or in SAHIFA_CORPUS)", path.display());
        return None;
    };
    let articles = text
        .lines()
        .filter_map(|l| serde_json::from_str::<Line>(l).ok())
        .map(|l| Article {
            id: l.id,
            title: l.title,
            date: l.published.and_then(|d| ArticleDate::parse(&d).ok()),
            lang: "ar".into(),
            body: l.body.split("\n\n").map(str::to_owned).collect(),
            summary: None,
            byline: None,
            publisher: None,
            source: Some(Source { name: l.source, url: None }),
            url: Some(l.url),
            tags: l.category.into_iter().collect(),
            places: Vec::new(),
            people: Vec::new(),
            organizations: Vec::new(),
            events: Vec::new(),
            provenance: None,
        })
        .collect();
    Some((articles, text.len()))
}
