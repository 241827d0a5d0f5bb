//! Each article's words in one field, as compressed word codes: what phrases are checked against.
//!
//! The build writes them as it reads the articles; the index reads them back, one article at a time.

use super::varint;

/// In a word sequence, the boundary between two paragraphs: no phrase crosses it.
pub(super) const BREAK: u32 = u32::MAX;

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
    starts: Vec<u32>,
    /// How many words and breaks each article has.
    lens: Vec<u32>,
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

    /// How many words and breaks each article has.
    pub(super) fn lens(&self) -> &[u32] {
        &self.lens
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

    pub(super) fn heap_bytes(&self) -> usize {
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
