//! The built index, read-only: what a search reads, and nothing that changes it.
//!
//! `build` makes a [`SearchIndex`] once from the articles when the bundle loads, hands over its
//! parts in [`IndexParts`] and never sees it again; from then on the index is only read (every
//! method here takes `&self`, and a tidy test keeps it so). Its fields are private to this module
//! and the search in its submodules: `search` (match, filter, count, order), `matching` (the
//! query's words, phrases and exclusions against the postings) and `facet_counts`.
//!
//! Terms live in one sorted dictionary (binary search for a word, a range for a prefix).
//! Postings are compressed (`postings`) and decoded as they are read. Each article also keeps
//! its words (`words`), which check phrases without positions in the postings.

mod correct;
mod data;
mod facet_counts;
mod matching;
mod search;

pub(crate) use data::{FieldName, IndexData};
pub use facet_counts::{BucketCount, FacetCounts};
pub use search::SearchResults;
pub(crate) use search::{every_article_in_order, search_in};

use super::completions::{Completions, PrefixTerms};
use super::dictionary::Dictionary;
use super::facets::{Facet, FacetColumn, FacetValue};
use super::lists::Lists;
use super::postings::{Postings, WithNorms};
use super::words::{Words, BREAK};

/// One field of every article: its words, its postings, and BM25's length normalization.
#[derive(Debug)]
pub(super) struct Field {
    words: Words,
    postings: Postings,
    /// Per article, what BM25 divides a term's frequency by (`bm25::length_norms`).
    length_norms: Vec<f32>,
    /// The articles' average length in words, which the norms were computed with.
    average_len: f32,
}

impl Field {
    pub(super) fn new(words: Words, postings: Postings, length_norms: Vec<f32>, average_len: f32) -> Field {
        Field { words, postings, length_norms, average_len }
    }

    fn heap_bytes(&self) -> (usize, usize) {
        (self.words.heap_bytes() + self.length_norms.capacity() * 4, self.postings.heap_bytes())
    }
}

/// Everything the build makes, handed over once to become the index.
pub(super) struct IndexParts {
    pub(super) dictionary: Dictionary,
    /// For each term, the other terms a word with that stem is filed under.
    pub(super) variants: Lists,
    /// The term of each word code.
    pub(super) code_terms: Vec<u32>,
    pub(super) title: Field,
    pub(super) body: Field,
    /// Higher is newer; 0 for undated articles.
    pub(super) recency: Vec<u32>,
    /// The publication day as a Julian day number, for the date range.
    pub(super) days: Vec<Option<i32>>,
    pub(super) facets: Vec<FacetColumn>,
    pub(super) completions: Completions,
}

/// A search index over a bundle's articles; positions in it are positions in the slice it was
/// built from.
#[derive(Debug)]
pub struct SearchIndex {
    dictionary: Dictionary,
    variants: Lists,
    code_terms: Vec<u32>,
    title: Field,
    body: Field,
    recency: Vec<u32>,
    /// Whether `recency` never grows from one article to the next: then ascending positions are
    /// already the newest-first order.
    newest_first: bool,
    days: Vec<Option<i32>>,
    facets: Vec<FacetColumn>,
    completions: Completions,
}

impl SearchIndex {
    /// The index made of what the build made.
    pub(super) fn new(parts: IndexParts) -> SearchIndex {
        let IndexParts { dictionary, variants, code_terms, title, body, recency, days, facets, completions } = parts;
        // A bundle's articles come newest first, so that order usually needs no sorting.
        let newest_first = recency.windows(2).all(|w| w[0] >= w[1]);
        SearchIndex { dictionary, variants, code_terms, title, body, recency, newest_first, days, facets, completions }
    }

    /// How many articles the index holds.
    pub fn len(&self) -> usize {
        IndexData::len(self)
    }

    pub fn is_empty(&self) -> bool {
        self.recency.is_empty()
    }

    /// Whether an article has `value` for `facet` ("unknown" always counts): a link may keep
    /// selected only what the archive has, where a crafted one named 50,000 values.
    pub fn has_value(&self, facet: Facet, value: &FacetValue) -> bool {
        self.facets[facet as usize].id(value).is_some()
    }

    /// How many distinct terms the dictionary holds.
    pub fn terms(&self) -> usize {
        self.dictionary.len()
    }

    /// The approximate heap memory the index holds, in bytes.
    pub fn heap_bytes(&self) -> usize {
        self.heap_parts().iter().map(|&(_, bytes)| bytes).sum()
    }

    /// [`SearchIndex::heap_bytes`] by structure: what each part of the index holds, in bytes.
    pub fn heap_parts(&self) -> Vec<(&'static str, usize)> {
        let (title_words, title_postings) = self.title.heap_bytes();
        let (body_words, body_postings) = self.body.heap_bytes();
        vec![
            ("term dictionary", self.dictionary.heap_bytes()),
            ("variants", self.variants.heap_bytes()),
            ("word codes", self.code_terms.capacity() * 4),
            ("title postings", title_postings),
            ("body postings", body_postings),
            ("title words", title_words),
            ("body words", body_words),
            (
                "per-article dates",
                self.recency.capacity() * 4 + self.days.capacity() * std::mem::size_of::<Option<i32>>(),
            ),
            ("facet columns", self.facets.iter().map(FacetColumn::heap_bytes).sum()),
            ("completions", self.completions.heap_bytes()),
        ]
    }

    /// What a sharded archive is cut from (`shards`): the parts, read-only.
    pub(super) fn dictionary(&self) -> &Dictionary {
        &self.dictionary
    }

    pub(super) fn completion_table(&self) -> &Completions {
        &self.completions
    }

    /// A field's postings, each article's length in it, and the average length.
    pub(super) fn field_parts(&self, field: FieldName) -> (&Postings, &[u32], f32) {
        let field = self.field(field);
        (&field.postings, field.words.lens(), field.average_len)
    }

    /// The term of each word of article `d`'s field in order, `None` at a paragraph break.
    pub(super) fn word_terms(&self, field: FieldName, d: u32) -> impl Iterator<Item = Option<u32>> + '_ {
        self.field(field).words.codes(d).map(|code| (code != BREAK).then(|| self.code_terms[code as usize]))
    }

    /// The other terms a word with term `t` is filed under.
    pub(super) fn variants_of(&self, t: u32) -> &[u32] {
        self.variants.get(t)
    }

    fn field(&self, field: FieldName) -> &Field {
        match field {
            FieldName::Title => &self.title,
            FieldName::Body => &self.body,
        }
    }
}

impl IndexData for SearchIndex {
    type Postings<'a> = WithNorms<'a>;

    fn len(&self) -> usize {
        self.recency.len()
    }

    fn find(&self, term: &str) -> Option<u32> {
        self.dictionary.find(term)
    }

    fn completions(&self, prefix: &str) -> PrefixTerms {
        self.completions.of(&self.dictionary, prefix, |t| self.postings_of_term(t))
    }

    fn postings_len(&self, field: FieldName, t: u32) -> usize {
        self.field(field).postings.len(t)
    }

    fn postings(&self, field: FieldName, t: u32) -> WithNorms<'_> {
        let field = self.field(field);
        WithNorms { entries: field.postings.of(t), length_norms: &field.length_norms }
    }

    /// The words are read once, as they are decoded, and the read stops at the first match: bit
    /// `i` of `state` says that the words just read match the phrase's first `i + 1` words (the
    /// shift-and method), so a word is compared only with the positions it could continue.
    fn has_phrase(&self, d: u32, phrase: &[Vec<u32>]) -> bool {
        let Some(last) = phrase.len().checked_sub(1) else { return true };
        // The query keeps at most 16 words, so a phrase's positions fit in the bits.
        debug_assert!(phrase.len() <= 64);
        let matches =
            |w: u32, terms: &[u32]| terms.contains(&w) || self.variants.get(w).iter().any(|v| terms.contains(v));
        [&self.title, &self.body].iter().any(|field| {
            let mut state = 0u64;
            field.words.codes(d).any(|code| {
                let mut live = if code == BREAK { 0 } else { (state << 1) | 1 };
                state = 0;
                while live != 0 {
                    let i = live.trailing_zeros();
                    if matches(self.code_terms[code as usize], &phrase[i as usize]) {
                        state |= 1 << i;
                    }
                    live &= live - 1;
                }
                state & (1 << last) != 0
            })
        })
    }

    fn recency(&self) -> &[u32] {
        &self.recency
    }

    fn newest_first(&self) -> bool {
        self.newest_first
    }

    fn days(&self) -> &[Option<i32>] {
        &self.days
    }

    fn facets(&self) -> &[FacetColumn] {
        &self.facets
    }
}
