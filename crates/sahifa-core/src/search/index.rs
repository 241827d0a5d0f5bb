//! The inverted index and its lookups; `build` makes it.
//!
//! It is built once from the articles when the bundle loads, and never stored. Terms live in one
//! sorted dictionary (binary search for a word, a range for a prefix).
//! Postings are plain sorted `u32` article positions with a term frequency beside each, title
//! and body apart; they are compact enough (a few bytes an entry) and need no decoding on the
//! per-keystroke path. Each article also keeps its words as a sequence of term ids, which
//! checks phrases without positions in the postings.

use super::facets::FacetColumn;
use std::ops::Range;

/// In a word sequence, the boundary between two paragraphs: no phrase crosses it.
pub(super) const BREAK: u32 = u32::MAX;

/// Lists of `u32` stored end to end, one list per position.
#[derive(Debug)]
pub(super) struct Lists {
    pub(super) offsets: Vec<u32>,
    pub(super) items: Vec<u32>,
}

impl Default for Lists {
    fn default() -> Lists {
        Lists { offsets: vec![0], items: Vec::new() }
    }
}

impl Lists {
    pub(super) fn close(&mut self) {
        self.offsets.push(self.items.len() as u32);
    }

    pub(super) fn get(&self, i: u32) -> &[u32] {
        let i = i as usize;
        &self.items[self.offsets[i] as usize..self.offsets[i + 1] as usize]
    }

    fn heap_bytes(&self) -> usize {
        (self.offsets.capacity() + self.items.capacity()) * 4
    }
}

/// One field's postings: for each term, the articles that have it and how often.
#[derive(Debug, Default)]
pub(super) struct Postings {
    pub(super) offsets: Vec<u32>,
    pub(super) docs: Vec<u32>,
    /// Saturated at 255: BM25 barely tells 255 from more.
    pub(super) freqs: Vec<u8>,
}

impl Postings {
    /// The articles having term `t`, ascending, and the term's frequency in each.
    pub(super) fn of(&self, t: u32) -> (&[u32], &[u8]) {
        let r = self.offsets[t as usize] as usize..self.offsets[t as usize + 1] as usize;
        (&self.docs[r.clone()], &self.freqs[r])
    }

    fn heap_bytes(&self) -> usize {
        (self.offsets.capacity() + self.docs.capacity()) * 4 + self.freqs.capacity()
    }
}

/// One field of every article: its words as term ids, its postings, its average length.
#[derive(Debug, Default)]
pub(super) struct Field {
    pub(super) words: Lists,
    pub(super) postings: Postings,
    pub(super) average_len: f32,
}

impl Field {
    pub(super) fn len(&self, doc: u32) -> usize {
        self.words.get(doc).len()
    }
}

/// A search index over a bundle's articles; positions in it are positions in the slice it was
/// built from.
#[derive(Debug)]
pub struct SearchIndex {
    /// The terms, sorted, end to end; `term_ends[t]` is where term `t` ends.
    pub(super) term_text: String,
    pub(super) term_ends: Vec<u32>,
    /// For each term, the other terms a word with that stem is filed under.
    pub(super) variants: Lists,
    pub(super) title: Field,
    pub(super) body: Field,
    /// Higher is newer; 0 for undated articles.
    pub(super) recency: Vec<u32>,
    /// The publication day as a Julian day number, for the date range.
    pub(super) days: Vec<Option<i32>>,
    pub(super) facets: Vec<FacetColumn>,
}

impl SearchIndex {
    /// How many articles the index holds.
    pub fn len(&self) -> usize {
        self.recency.len()
    }

    pub fn is_empty(&self) -> bool {
        self.recency.is_empty()
    }

    /// How many distinct terms the dictionary holds.
    pub fn terms(&self) -> usize {
        self.term_ends.len()
    }

    fn term(&self, t: usize) -> &str {
        let start = if t == 0 { 0 } else { self.term_ends[t - 1] as usize };
        &self.term_text[start..self.term_ends[t] as usize]
    }

    /// The id of a term, if the dictionary has it.
    pub(super) fn find(&self, term: &str) -> Option<u32> {
        let at = self.first_not_below(term);
        (at < self.terms() && self.term(at) == term).then_some(at as u32)
    }

    /// The ids of the terms that start with `prefix`: a contiguous range of the sorted dictionary.
    pub(super) fn with_prefix(&self, prefix: &str) -> Range<u32> {
        let start = self.first_not_below(prefix);
        let mut end = start;
        // The range is found by a second binary search over the terms past `start`.
        let (mut lo, mut hi) = (start, self.terms());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if self.term(mid).starts_with(prefix) {
                lo = mid + 1;
                end = lo;
            } else {
                hi = mid;
            }
        }
        start as u32..end as u32
    }

    fn first_not_below(&self, term: &str) -> usize {
        let (mut lo, mut hi) = (0, self.terms());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if self.term(mid) < term {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }

    /// The approximate heap memory the index holds, in bytes.
    pub fn heap_bytes(&self) -> usize {
        self.heap_parts().iter().map(|&(_, bytes)| bytes).sum()
    }

    /// [`SearchIndex::heap_bytes`] by structure: what each part of the index holds, in bytes.
    pub fn heap_parts(&self) -> Vec<(&'static str, usize)> {
        let field = |f: &Field| (f.words.heap_bytes(), f.postings.heap_bytes());
        let (title_words, title_postings) = field(&self.title);
        let (body_words, body_postings) = field(&self.body);
        vec![
            ("term dictionary", self.term_text.capacity() + self.term_ends.capacity() * 4),
            ("variants", self.variants.heap_bytes()),
            ("title postings", title_postings),
            ("body postings", body_postings),
            ("title words", title_words),
            ("body words", body_words),
            (
                "per-article dates",
                self.recency.capacity() * 4 + self.days.capacity() * std::mem::size_of::<Option<i32>>(),
            ),
            ("facet columns", self.facets.iter().map(FacetColumn::heap_bytes).sum()),
        ]
    }
}
