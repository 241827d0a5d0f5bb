//! What a search reads, whoever holds it: the built index in memory, or the parts of a sharded
//! archive fetched so far. The search (`search`, `matching`, `facet_counts`) is written once
//! against this trait, so both forms of an archive give the same answers by construction.

use crate::search::completions::PrefixTerms;
use crate::search::facets::FacetColumn;

/// A field of every article, as the search names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FieldName {
    Title,
    Body,
}

impl FieldName {
    pub(crate) const BOTH: [FieldName; 2] = [FieldName::Title, FieldName::Body];
}

/// The data a search reads. Terms are numbered by their rank in the whole sorted dictionary,
/// articles by their position (newest first).
pub(crate) trait IndexData {
    /// One term's postings in one field: each article having it, ascending, with the term's
    /// frequency and the article's BM25 length norm for the field.
    type Postings<'a>: Iterator<Item = (u32, u8, f32)>
    where
        Self: 'a;

    /// How many articles there are.
    fn len(&self) -> usize;
    /// The id of a term, if the dictionary has it.
    fn find(&self, term: &str) -> Option<u32>;
    /// The completions of a prefix of a word being typed, most frequent first, within the
    /// completions' budget (`completions`), and whether they are all it begins.
    fn completions(&self, prefix: &str) -> PrefixTerms;
    /// How many articles have term `t` in `field`.
    fn postings_len(&self, field: FieldName, t: u32) -> usize;
    fn postings(&self, field: FieldName, t: u32) -> Self::Postings<'_>;
    /// Whether article `d`'s title or body has the phrase, each word given by the terms it matches.
    fn has_phrase(&self, d: u32, phrase: &[Vec<u32>]) -> bool;
    /// Higher is newer; 0 for undated articles.
    fn recency(&self) -> &[u32];
    /// Whether `recency` never grows from one article to the next.
    fn newest_first(&self) -> bool;
    /// The publication day as a Julian day number.
    fn days(&self) -> &[Option<i32>];
    /// One column per facet, in `Facet::ALL` order.
    fn facets(&self) -> &[FacetColumn];

    /// How many postings term `t` has, in titles and bodies together.
    fn postings_of_term(&self, t: u32) -> usize {
        self.postings_len(FieldName::Title, t) + self.postings_len(FieldName::Body, t)
    }
}
