//! The JSON shapes of the index's pieces in a sharded archive (the postings are binary:
//! `postings_file`). File names are the archive's; here they are opaque strings.

use serde::{Deserialize, Serialize};

/// What a page reads before any piece: where the blocks and the completion pages start, the
/// facet columns' files, and the fields' average lengths BM25 normalizes by.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Directory {
    /// How many terms the dictionary has.
    pub terms: u32,
    /// Each block's first term, the id of that term, and the block's file, in term order.
    pub blocks: Vec<(String, u32, String)>,
    /// Each page's first prefix and its file, in prefix order.
    pub completions: Vec<(String, String)>,
    /// One file per facet, in `Facet::ALL` order.
    pub facets: Vec<String>,
    pub title_average: f32,
    pub body_average: f32,
}

/// A block of the dictionary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BlockFile {
    /// The id of the block's first term.
    pub start: u32,
    /// The terms, sorted.
    pub terms: Vec<String>,
    /// Each term's postings, titles and bodies together (what the completions rank by).
    pub postings: Vec<u32>,
    /// Which of `files` holds each term's lists.
    pub file: Vec<u32>,
    /// The postings files of the block's terms, in term order.
    pub files: Vec<String>,
    /// Which of `position_files` holds each term's positions.
    pub positions: Vec<u32>,
    /// The positions files of the block's terms, for phrases, in term order.
    pub position_files: Vec<String>,
}

/// A page of the completions of wide prefixes: each prefix with its chosen terms and their
/// postings counts, most frequent first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CompletionsFile {
    pub prefixes: Vec<(String, Vec<(u32, u32)>)>,
}

/// One facet's column: its distinct values, sorted, and each article's value ids (ascending,
/// empty for none), in article order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FacetFile {
    /// The facet's key, as in a URL (`source`, `tag`, …).
    pub facet: String,
    pub values: Vec<String>,
    pub ids: Vec<Vec<u32>>,
}

/// Consecutive articles with the same recency rank and day: `(recency, day, articles)`, the
/// day a Julian day number, `None` for undated articles.
pub type DateRun = (u32, Option<i32>, u32);
