//! The JSON shapes a page reads first: the manifest, the first-screen file, and the lists that
//! name the chunks of rows and of articles.

use crate::search::shards::DateRun;
use crate::wire::ArticleRecord;
use serde::{Deserialize, Serialize};

/// The manifest format version this build reads and writes.
pub const ARCHIVE_VERSION: u64 = 1;

/// `manifest.json`: the one file without a hash in its name, so it is the one a host caches
/// briefly. Every name in it is relative to the manifest's own folder.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    /// The archive format version: `1`.
    pub sahifa_archive: u64,
    pub title: String,
    /// The default language of the articles (BCP 47).
    pub lang: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// How many articles the archive has.
    pub articles: u32,
    /// The first-screen file ([`Front`]).
    pub front: String,
    /// The search index's directory (`search::shards::Directory`).
    pub index: String,
    /// The chunks of list rows: each article without its body, but for a lead.
    pub rows: ChunkList,
    /// The chunks of whole articles, for the reader.
    pub bodies: ChunkList,
    /// The id buckets (`archive::ids`): chunk `b` is bucket `b`, `per_chunk` the ids a bucket
    /// holds on average.
    pub ids: ChunkList,
}

/// Chunks of consecutive articles, named through list pages so that the manifest stays the
/// same size whatever the archive's: `pages[p]` is a file holding a JSON array of the names of
/// chunks `p * per_page` onwards.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChunkList {
    /// Articles per chunk (the last may have fewer).
    pub per_chunk: u32,
    /// Chunk names per list page (the last may have fewer).
    pub per_page: u32,
    pub pages: Vec<String>,
}

/// What the first screen shows before any query: the newest rows, every article's date (the
/// timeline, and the date filter), and each facet's most common values.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Front {
    /// The rows of the first chunk, as in the rows chunks.
    pub newest: Vec<ArticleRecord>,
    /// Every article's recency rank and day, in runs, in article order.
    pub dates: Vec<DateRun>,
    /// One per facet, in `Facet::ALL` order.
    pub facets: Vec<FacetSummary>,
}

/// A facet over the whole archive: how many distinct values it has, and the most common ones.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FacetSummary {
    pub facet: String,
    pub distinct: u32,
    /// The most common values with their articles, most first.
    pub top: Vec<(String, u32)>,
    /// The articles with no value.
    #[serde(default)]
    pub unknown: u32,
}
