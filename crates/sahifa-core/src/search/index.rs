//! The inverted index and its lookups; `build` makes it.
//!
//! It is built once from the articles when the bundle loads, and never stored. Terms live in one
//! sorted dictionary (binary search for a word, a range for a prefix). Postings are compressed
//! (`postings`) and decoded as they are read. Each article also keeps its words, which check
//! phrases without positions in the postings: as LEB128 word codes, numbered in the order the
//! build first met them, so that the frequent words, met early, take one byte.

use super::completions::Completions;
use super::facets::FacetColumn;
use super::postings::Postings;
use super::varint;
use std::ops::Range;

/// In a word sequence, the boundary between two paragraphs: no phrase crosses it.
pub(super) const BREAK: u32 = u32::MAX;

/// Lists of `u32` stored end to end, one list per position.
#[derive(Debug)]
pub(super) struct Lists {
    pub(super) offsets: Vec<u32>,
    pub(super) items: Vec<u32>,
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

/// Each article's words in one field, as word codes: 0 for a paragraph break, the code plus one
/// for a word, each as LEB128.
///
/// The codes are kept in blocks of whole articles, each allocated once near its final size: one
/// growing buffer would double past the size it ends at (holding both buffers while it moves)
/// and be copied once more to shrink, and the build's peak is memory the page keeps.
pub(super) struct Words {
    blocks: Vec<Box<[u8]>>,
    /// Where each block starts, counting every byte of the blocks before it.
    block_starts: Vec<u32>,
    /// The block being written, sealed into `blocks` once it holds `BLOCK` bytes or more.
    open: Vec<u8>,
    /// Where each article's words start, counted like `block_starts`; one more entry at the end.
    pub(super) starts: Vec<u32>,
    /// How many words and breaks each article has.
    pub(super) lens: Vec<u32>,
}

/// How many bytes a block holds at least (the last may hold fewer): small next to a field's words (megabytes on the corpus),
/// so that little is ever unused, and large enough that finding a block is a few steps.
const BLOCK: usize = 1 << 16;

impl Words {
    pub(super) fn new() -> Words {
        Words { blocks: Vec::new(), block_starts: Vec::new(), open: Vec::new(), starts: vec![0], lens: Vec::new() }
    }

    pub(super) fn push(&mut self, code: u32) {
        varint::push(&mut self.open, code.wrapping_add(1));
    }

    /// Ends the current article, of `len` words and breaks.
    pub(super) fn close(&mut self, len: usize) {
        self.starts.push(self.open_start() + self.open.len() as u32);
        self.lens.push(len as u32);
        if self.open.len() >= BLOCK {
            self.seal();
            // The next block is allocated once, with room for the article that crosses `BLOCK`.
            self.open.reserve_exact(BLOCK + BLOCK / 8);
        }
    }

    /// Ends the writing: the open block is sealed, and the lists shrink to their size.
    pub(super) fn finish(&mut self) {
        self.seal();
        self.blocks.shrink_to_fit();
        self.block_starts.shrink_to_fit();
        self.starts.shrink_to_fit();
        self.lens.shrink_to_fit();
    }

    /// Where the open block starts.
    fn open_start(&self) -> u32 {
        self.block_starts.last().copied().unwrap_or(0) + self.blocks.last().map_or(0, |b| b.len() as u32)
    }

    /// Moves the open block, at its exact size, to `blocks`.
    fn seal(&mut self) {
        if !self.open.is_empty() {
            self.block_starts.push(self.open_start());
            self.blocks.push(std::mem::take(&mut self.open).into_boxed_slice());
        }
    }

    /// The codes of article `doc`'s words, `BREAK` between paragraphs; once `finish`ed.
    pub(super) fn codes(&self, doc: u32) -> impl Iterator<Item = u32> + '_ {
        let doc = doc as usize;
        let (start, end) = (self.starts[doc], self.starts[doc + 1]);
        // An article lies in one block: the last that starts at or before it (any, if it is empty).
        let block = self.block_starts.partition_point(|&s| s <= start).saturating_sub(1);
        let bytes: &[u8] = match (self.blocks.get(block), self.block_starts.get(block)) {
            (Some(b), Some(&s)) if start < end => &b[(start - s) as usize..(end - s) as usize],
            _ => &[],
        };
        let mut at = 0;
        std::iter::from_fn(move || (at < bytes.len()).then(|| varint::read(bytes, &mut at).wrapping_sub(1)))
    }

    fn heap_bytes(&self) -> usize {
        self.blocks.iter().map(|b| b.len()).sum::<usize>()
            + self.open.capacity()
            + self.blocks.capacity() * std::mem::size_of::<Box<[u8]>>()
            + (self.block_starts.capacity() + self.starts.capacity() + self.lens.capacity()) * 4
    }
}

/// The blocks are a matter of memory: shown as one sequence of bytes.
impl std::fmt::Debug for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let bytes: Vec<u8> = self.blocks.iter().flat_map(|b| b.iter()).chain(&self.open).copied().collect();
        f.debug_struct("Words").field("bytes", &bytes).field("starts", &self.starts).field("lens", &self.lens).finish()
    }
}

/// One field of every article: its words, its postings, and BM25's length normalization.
#[derive(Debug)]
pub(super) struct Field {
    pub(super) words: Words,
    pub(super) postings: Postings,
    /// Per article, what BM25 divides a term's frequency by (`run::length_norms`).
    pub(super) length_norms: Vec<f32>,
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
    /// The term of each word code.
    pub(super) code_terms: Vec<u32>,
    pub(super) title: Field,
    pub(super) body: Field,
    /// Higher is newer; 0 for undated articles.
    pub(super) recency: Vec<u32>,
    /// Whether `recency` never grows from one article to the next: then ascending positions are
    /// already the newest-first order.
    pub(super) newest_first: bool,
    /// The publication day as a Julian day number, for the date range.
    pub(super) days: Vec<Option<i32>>,
    pub(super) facets: Vec<FacetColumn>,
    pub(super) completions: Completions,
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

    pub(super) fn term(&self, t: usize) -> &str {
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
        let start = self.first_not_below(prefix) as u32;
        start..start + self.count_with_prefix(prefix, start..self.terms() as u32)
    }

    /// How many terms at the start of `range` start with `prefix`, when those that do come first.
    pub(super) fn count_with_prefix(&self, prefix: &str, range: Range<u32>) -> u32 {
        let (mut lo, mut hi) = (range.start as usize, range.end as usize);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if self.term(mid).starts_with(prefix) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo as u32 - range.start
    }

    /// How many postings term `t` has, in titles and bodies together.
    pub(super) fn postings_of_term(&self, t: u32) -> usize {
        self.title.postings.len(t) + self.body.postings.len(t)
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
        let field = |f: &Field| (f.words.heap_bytes() + f.length_norms.capacity() * 4, f.postings.heap_bytes());
        let (title_words, title_postings) = field(&self.title);
        let (body_words, body_postings) = field(&self.body);
        vec![
            ("term dictionary", self.term_text.capacity() + self.term_ends.capacity() * 4),
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_codes_round_trip_with_breaks_and_empty_articles() {
        let articles: [&[u32]; 4] = [&[0, 5, BREAK, 127, 128], &[], &[BREAK], &[u32::MAX - 1, 16_383, 0]];
        let mut words = Words::new();
        for a in articles {
            a.iter().for_each(|&c| words.push(c));
            words.close(a.len());
        }
        words.finish();
        for (d, a) in articles.iter().enumerate() {
            assert_eq!(words.codes(d as u32).collect::<Vec<_>>(), *a);
            assert_eq!(words.lens[d] as usize, a.len());
        }
        // A break and the most frequent words take one byte each.
        assert_eq!(words.starts[1], 1 + 1 + 1 + 2 + 2);
    }

    #[test]
    fn word_codes_round_trip_across_blocks() {
        // Articles of every size around the block's, empty ones among them.
        let sizes = [0, 1, BLOCK - 3, 0, 5, BLOCK, 2 * BLOCK + 7, 0, 300, 1];
        let article = |d: usize, n: usize| (0..n as u32).map(move |i| (i * 37 + d as u32) % 200);
        let mut words = Words::new();
        for (d, &n) in sizes.iter().enumerate() {
            article(d, n).for_each(|c| words.push(c));
            words.close(n);
        }
        words.finish();
        assert!(words.blocks.len() > 2);
        for (d, &n) in sizes.iter().enumerate() {
            assert!(words.codes(d as u32).eq(article(d, n)), "article {d}");
        }
    }
}
