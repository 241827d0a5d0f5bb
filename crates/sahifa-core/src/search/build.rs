//! Building the index: reading every article's words, then sorting the dictionary and laying out
//! the postings.

use super::facets::{Facet, FacetColumn};
use super::index::{Field, Lists, Postings, SearchIndex, BREAK};
use super::stem::{stem, variants};
use super::tokenize::for_each_word;
use crate::model::Article;
use rustc_hash::FxHashMap;

/// Interns terms during the build, before they are sorted.
#[derive(Default)]
struct Interner {
    ids: FxHashMap<Box<str>, u32>,
    terms: Vec<Box<str>>,
    /// The variants of each term, once it has been met as the stem of a word.
    variants: Vec<Option<Vec<u32>>>,
    /// The term of each word already met: most words recur, and a lookup is cheaper than
    /// stemming again. Words of up to 15 bytes (nearly all) are keyed by their bytes packed in
    /// an integer: comparing keys then reads no other memory (the lookups are the costliest step
    /// of the build), and the whole build ran about a fifth faster than with string keys.
    short_words: FxHashMap<u128, u32>,
    long_words: FxHashMap<Box<str>, u32>,
}

/// A word of up to 15 bytes as an integer: its bytes, then its length in the last byte.
fn packed(word: &str) -> Option<u128> {
    let bytes = word.as_bytes();
    let mut key = [0u8; 16];
    key.get_mut(..bytes.len()).filter(|_| bytes.len() < 16)?.copy_from_slice(bytes);
    key[15] = bytes.len() as u8;
    Some(u128::from_le_bytes(key))
}

impl Interner {
    fn id(&mut self, term: &str) -> u32 {
        if let Some(&id) = self.ids.get(term) {
            return id;
        }
        let id = self.terms.len() as u32;
        self.ids.insert(term.into(), id);
        self.terms.push(term.into());
        self.variants.push(None);
        id
    }

    /// The id of the stem of a word, with its variants interned too.
    fn stem(&mut self, word: &str) -> u32 {
        let key = packed(word);
        let known = match key {
            Some(k) => self.short_words.get(&k),
            None => self.long_words.get(word),
        };
        if let Some(&id) = known {
            return id;
        }
        let id = self.id(stem(word));
        match key {
            Some(k) => self.short_words.insert(k, id),
            None => self.long_words.insert(word.into(), id),
        };
        if self.variants[id as usize].is_none() {
            let found = variants(&self.terms[id as usize].clone());
            let ids = found.iter().map(|v| self.id(v)).collect();
            self.variants[id as usize] = Some(ids);
        }
        id
    }
}

/// Builds a [`SearchIndex`] a slice of articles at a time, so that a page can index a large
/// bundle between frames and keep answering input; [`SearchIndex::build`] does it in one go.
#[derive(Default)]
pub struct IndexBuilder {
    interner: Interner,
    title: Lists,
    body: Lists,
    /// One buffer for the word being read, reused for every word.
    word: String,
    added: usize,
}

impl IndexBuilder {
    pub fn new() -> IndexBuilder {
        IndexBuilder::default()
    }

    /// Reads the words of these articles, which follow the ones added before.
    pub fn add(&mut self, articles: &[Article]) {
        for a in articles {
            let title = std::iter::once(&a.title);
            add_words(&mut self.interner, &mut self.title, &mut self.word, title);
            add_words(&mut self.interner, &mut self.body, &mut self.word, &a.body);
        }
        self.added += articles.len();
    }

    /// How many articles have been added.
    pub fn added(&self) -> usize {
        self.added
    }

    /// The index over `articles`, whose first ones are those added, in the same order; any not
    /// added yet are added now.
    ///
    /// # Panics
    ///
    /// If fewer articles are given than were added: the index would not match them.
    pub fn finish(mut self, articles: &[Article]) -> SearchIndex {
        assert!(
            self.added <= articles.len(),
            "IndexBuilder::finish: {} articles added, only {} given",
            self.added,
            articles.len()
        );
        self.add(&articles[self.added..]);
        let IndexBuilder { interner, mut title, mut body, .. } = self;

        // Sort the dictionary and renumber everything to sorted ids.
        let mut order: Vec<u32> = (0..interner.terms.len() as u32).collect();
        order.sort_unstable_by(|&a, &b| interner.terms[a as usize].cmp(&interner.terms[b as usize]));
        let mut renumber = vec![0u32; order.len()];
        for (new, &old) in order.iter().enumerate() {
            renumber[old as usize] = new as u32;
        }
        let mut term_text = String::new();
        let mut term_ends = Vec::with_capacity(order.len());
        let mut term_variants = Lists::default();
        for &old in &order {
            term_text.push_str(&interner.terms[old as usize]);
            term_ends.push(term_text.len() as u32);
            let vs = interner.variants[old as usize].iter().flatten();
            term_variants.items.extend(vs.map(|&v| renumber[v as usize]));
            term_variants.close();
        }
        for words in [&mut title.items, &mut body.items] {
            for w in words.iter_mut().filter(|w| **w != BREAK) {
                *w = renumber[*w as usize];
            }
        }
        drop(interner);

        let terms = order.len();
        let title = Field::new(title, &term_variants, terms);
        let body = Field::new(body, &term_variants, terms);
        let (recency, days) = dates(articles);
        let facets = Facet::ALL.iter().map(|&f| FacetColumn::build(f, articles)).collect();
        SearchIndex { term_text, term_ends, variants: term_variants, title, body, recency, days, facets }
    }
}

impl SearchIndex {
    /// The index over these articles; positions in it are positions in the slice.
    pub fn build(articles: &[Article]) -> SearchIndex {
        IndexBuilder::new().finish(articles)
    }
}

/// Appends one article's field to `lists`: the stems of its words as term ids, a `BREAK` between
/// paragraphs.
fn add_words<'a>(
    interner: &mut Interner,
    lists: &mut Lists,
    word: &mut String,
    paragraphs: impl IntoIterator<Item = &'a String>,
) {
    for (i, paragraph) in paragraphs.into_iter().enumerate() {
        if i > 0 {
            lists.items.push(BREAK);
        }
        for_each_word(paragraph, word, |w| lists.items.push(interner.stem(w)));
    }
    lists.close();
}

impl Field {
    /// Builds the postings from the word sequences: each word counts for its term and the term's
    /// variants.
    fn new(mut words: Lists, variants: &Lists, terms: usize) -> Field {
        // The sequences grew by doubling; the index keeps them for as long as the bundle is open.
        words.items.shrink_to_fit();
        let docs = words.offsets.len() - 1;
        // First pass: each article's distinct terms and frequencies, and each term's count.
        // A term's frequency is counted in place, reset when an article first meets it: no
        // sorting, and the arrays are small enough to stay in cache.
        let mut pairs: Vec<(u32, u8)> = Vec::new();
        let mut pair_ends = Vec::with_capacity(docs);
        let mut counts = vec![0u32; terms + 1];
        let mut last_doc = vec![u32::MAX; terms];
        let mut freq = vec![0u32; terms];
        let mut distinct = Vec::new();
        let mut total_len = 0usize;
        for d in 0..docs as u32 {
            distinct.clear();
            for &w in words.get(d).iter().filter(|&&w| w != BREAK) {
                total_len += 1;
                for &t in std::iter::once(&w).chain(variants.get(w)) {
                    let t = t as usize;
                    if last_doc[t] != d {
                        last_doc[t] = d;
                        freq[t] = 0;
                        distinct.push(t as u32);
                    }
                    freq[t] += 1;
                }
            }
            for &t in &distinct {
                pairs.push((t, freq[t as usize].min(u32::from(u8::MAX)) as u8));
                counts[t as usize + 1] += 1;
            }
            pair_ends.push(pairs.len());
        }
        // Second pass: scatter into per-term lists; articles arrive in order, so each list is sorted.
        for t in 1..counts.len() {
            counts[t] += counts[t - 1];
        }
        let offsets = counts.clone();
        let mut next = counts;
        let mut post_docs = vec![0u32; pairs.len()];
        let mut freqs = vec![0u8; pairs.len()];
        let mut start = 0;
        for (d, &end) in pair_ends.iter().enumerate() {
            for &(t, f) in &pairs[start..end] {
                let at = next[t as usize] as usize;
                post_docs[at] = d as u32;
                freqs[at] = f;
                next[t as usize] += 1;
            }
            start = end;
        }
        let average_len = if docs == 0 { 0.0 } else { total_len as f32 / docs as f32 };
        Field { words, postings: Postings { offsets, docs: post_docs, freqs }, average_len }
    }
}

/// Each article's recency rank (higher is newer, 0 undated) and day.
fn dates(articles: &[Article]) -> (Vec<u32>, Vec<Option<i32>>) {
    let mut dated: Vec<u32> = (0..articles.len() as u32).filter(|&i| articles[i as usize].date.is_some()).collect();
    dated.sort_by_key(|&i| articles[i as usize].date);
    // Articles of the same date share a rank, so the date alone decides among them.
    let mut recency = vec![0u32; articles.len()];
    let mut rank = 0;
    for (k, &i) in dated.iter().enumerate() {
        if k == 0 || articles[i as usize].date != articles[dated[k - 1] as usize].date {
            rank += 1;
        }
        recency[i as usize] = rank;
    }
    let days = articles.iter().map(|a| a.date.map(|d| d.day.to_julian_day())).collect();
    (recency, days)
}
