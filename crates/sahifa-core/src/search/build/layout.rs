//! One field's postings, laid out from its word sequences a step at a time.
//!
//! Two passes over the articles: the first measures each term's list, the second writes it into
//! bytes allocated once at their exact size. Each word counts for its term and the term's
//! variants. The postings are counted by word code rather than by term: the frequent words, met
//! first, have the low codes, so the counters they touch sit together in cache.

use crate::search::bm25::length_norms;
use crate::search::index::Field;
use crate::search::lists::Lists;
use crate::search::postings::{Postings, PostingsBuilder};
use crate::search::words::{Words, BREAK};

pub(super) struct FieldLayout {
    words: Words,
    postings: PostingsBuilder,
    /// The articles' words, counted while measuring.
    total_len: usize,
    /// The next article of the current pass.
    next: u32,
    /// Where each term's list starts, once measuring is done and writing has begun.
    offsets: Option<Vec<u32>>,
}

/// A field whose postings are laid out, before it becomes part of the index.
pub(super) struct LaidOut {
    pub(super) words: Words,
    pub(super) postings: Postings,
    pub(super) length_norms: Vec<f32>,
    pub(super) average_len: f32,
}

impl LaidOut {
    pub(super) fn into_field(self) -> Field {
        Field::new(self.words, self.postings, self.length_norms, self.average_len)
    }
}

impl FieldLayout {
    pub(super) fn new(mut words: Words, terms: usize) -> FieldLayout {
        words.finish();
        FieldLayout { words, postings: PostingsBuilder::new(terms), total_len: 0, next: 0, offsets: None }
    }

    /// Measures, or then writes, the next `articles`: true once every article is written.
    /// `variants` are by word code, and `order` is the word code of each term.
    pub(super) fn step(&mut self, variants: &Lists, order: &[u32], articles: u32) -> bool {
        let docs = self.words.lens().len() as u32;
        let end = docs.min(self.next.saturating_add(articles));
        let (words, postings) = (&self.words, &mut self.postings);
        match self.offsets {
            None => {
                for d in self.next..end {
                    self.total_len += occurrences(words, variants, d, postings);
                    postings.measure(d);
                }
                self.next = end;
                if end == docs {
                    self.offsets = Some(postings.start(order));
                    self.next = 0;
                }
                false
            }
            Some(_) => {
                for d in self.next..end {
                    occurrences(words, variants, d, postings);
                    postings.write(d);
                }
                self.next = end;
                end == docs
            }
        }
    }

    pub(super) fn finish(self) -> LaidOut {
        let docs = self.words.lens().len();
        let average_len = if docs == 0 { 0.0 } else { self.total_len as f32 / docs as f32 };
        let length_norms = length_norms(self.words.lens(), average_len);
        let offsets = self.offsets.unwrap_or_default();
        LaidOut { words: self.words, postings: self.postings.finish(offsets), length_norms, average_len }
    }
}

/// Gives `postings` the occurrences of article `doc`'s words by word code: a word counts for its
/// own code and for its variants'. Returns how many words the article has.
fn occurrences(words: &Words, variants: &Lists, doc: u32, postings: &mut PostingsBuilder) -> usize {
    let mut len = 0;
    for code in words.codes(doc).filter(|&c| c != BREAK) {
        len += 1;
        postings.occur(code);
        for &v in variants.get(code) {
            postings.occur(v);
        }
    }
    len
}
