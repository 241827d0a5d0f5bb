//! One field's postings, compressed: for each term, the articles that have it and how often.
//!
//! A term's list is its length, then one entry per article in ascending order: the gap from the
//! previous article (from 0 for the first) shifted left by one, with the low bit set when the
//! frequency is above 1, as LEB128; then, if the bit is set, the frequency in one byte. Gaps are
//! small for the frequent terms and most frequencies are 1, so an entry takes about two bytes
//! where plain arrays took five, and a list is decoded as it is read, as fast as memory is.
//! The length comes first so that a term's document frequency costs one read.

use super::varint;

/// Frequencies are saturated at 255: BM25 barely tells 255 from more.
const MAX_FREQ: u32 = u8::MAX as u32;

#[derive(Debug)]
pub(super) struct Postings {
    /// Where each term's list starts in `bytes`; one more entry at the end.
    offsets: Vec<u32>,
    bytes: Vec<u8>,
}

impl Postings {
    /// How many articles have term `t`.
    pub(super) fn len(&self, t: u32) -> usize {
        let mut at = self.offsets[t as usize] as usize;
        varint::read(&self.bytes, &mut at) as usize
    }

    /// The articles having term `t`, ascending, with the term's frequency in each.
    pub(super) fn of(&self, t: u32) -> Entries<'_> {
        let mut at = self.offsets[t as usize] as usize;
        let left = varint::read(&self.bytes, &mut at);
        Entries { bytes: &self.bytes, at, left, doc: 0 }
    }

    pub(super) fn heap_bytes(&self) -> usize {
        self.offsets.capacity() * 4 + self.bytes.capacity()
    }
}

/// The entries of one term's list, decoded as they are read.
pub(super) struct Entries<'a> {
    bytes: &'a [u8],
    at: usize,
    left: u32,
    doc: u32,
}

impl Iterator for Entries<'_> {
    /// An article and the term's frequency in it.
    type Item = (u32, u8);

    #[inline]
    fn next(&mut self) -> Option<(u32, u8)> {
        self.left = self.left.checked_sub(1)?;
        let coded = varint::read(self.bytes, &mut self.at);
        self.doc += coded >> 1;
        let freq = if coded & 1 == 0 {
            1
        } else {
            self.at += 1;
            self.bytes[self.at - 1]
        };
        Some((self.doc, freq))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left as usize, Some(self.left as usize))
    }
}

/// A field's postings of one term in memory, with each article's length norm beside it.
pub(crate) struct WithNorms<'a> {
    pub(super) entries: Entries<'a>,
    pub(super) length_norms: &'a [f32],
}

impl Iterator for WithNorms<'_> {
    type Item = (u32, u8, f32);

    #[inline]
    fn next(&mut self) -> Option<(u32, u8, f32)> {
        let (d, f) = self.entries.next()?;
        Some((d, f, self.length_norms[d as usize]))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.entries.size_hint()
    }
}

/// The coded gap of one entry, and its frequency byte if it has one.
fn coded(gap: u32, freq: u32) -> (u32, Option<u8>) {
    let freq = freq.min(MAX_FREQ);
    ((gap << 1) | u32::from(freq > 1), (freq > 1).then_some(freq as u8))
}

/// Lays postings out in two passes over the same articles, so that the bytes are allocated once
/// at their exact size: first every article is read and `measure`d, then `start` places the lists
/// and every article is read and `write`n again, in the same order. Reading an article is calling
/// `occur` with the key of a list for each occurrence; a key is the caller's name for a list
/// (the build uses word codes, so that the counters of frequent words sit together), and `start`
/// lays the lists out in the order of the terms. Articles come in ascending order, below 2³¹ (the
/// gap keeps one bit for the frequency).
pub(super) struct PostingsBuilder {
    lists: Vec<ListState>,
    /// The keys the current article has met, each once.
    met: Vec<u32>,
    bytes: Vec<u8>,
}

/// One list while it is built. Its counters sit side by side, so that counting an occurrence and
/// then the article's entry touch one cache line.
#[derive(Clone, Copy, Default)]
struct ListState {
    count: u32,
    /// While measuring, the list's entry bytes; once started, where its next entry goes.
    size: u32,
    /// The last article with an entry.
    last: u32,
    /// Occurrences in the current article; 0 between articles.
    freq: u32,
}

impl PostingsBuilder {
    pub(super) fn new(lists: usize) -> PostingsBuilder {
        PostingsBuilder { lists: vec![ListState::default(); lists], met: Vec::new(), bytes: Vec::new() }
    }

    /// One occurrence of the list `key` in the article being read.
    #[inline]
    pub(super) fn occur(&mut self, key: u32) {
        let list = &mut self.lists[key as usize];
        if list.freq == 0 {
            self.met.push(key);
        }
        list.freq += 1;
    }

    /// Ends article `doc` while measuring: counts its entries.
    pub(super) fn measure(&mut self, doc: u32) {
        self.each_entry(doc, |_, list, gap, freq| {
            list.count += 1;
            list.size += (varint::len(gap) + usize::from(freq.is_some())) as u32;
        });
    }

    /// Ends measuring: lays the lists out in term order (`order[t]` is the key of term `t`'s
    /// list), allocates the bytes, writes each list's length, and returns the offsets by term.
    pub(super) fn start(&mut self, order: &[u32]) -> Vec<u32> {
        let mut offsets = Vec::with_capacity(order.len() + 1);
        let mut end = 0u32;
        for &key in order {
            let list = &mut self.lists[key as usize];
            offsets.push(end);
            let entries = end + varint::len(list.count) as u32;
            end = entries + list.size;
            list.size = entries;
        }
        offsets.push(end);
        self.bytes = vec![0; end as usize];
        for (&key, &at) in order.iter().zip(&offsets) {
            varint::write(&mut self.bytes[at as usize..], self.lists[key as usize].count);
        }
        self.lists.iter_mut().for_each(|l| l.last = 0);
        offsets
    }

    /// Ends article `doc` while writing, its occurrences given as they were when measuring:
    /// writes its entries.
    pub(super) fn write(&mut self, doc: u32) {
        self.each_entry(doc, |bytes, list, gap, freq| {
            let at = list.size as usize;
            let mut next = at + varint::write(&mut bytes[at..], gap);
            if let Some(f) = freq {
                bytes[next] = f;
                next += 1;
            }
            list.size = next as u32;
        });
    }

    /// Calls `entry` once for each list the article met, with the entry's coded gap and
    /// frequency byte, and readies the lists for the next article.
    fn each_entry(&mut self, doc: u32, mut entry: impl FnMut(&mut [u8], &mut ListState, u32, Option<u8>)) {
        for &key in &self.met {
            let list = &mut self.lists[key as usize];
            let (gap, freq) = coded(doc - list.last, list.freq);
            entry(&mut self.bytes, list, gap, freq);
            list.last = doc;
            list.freq = 0;
        }
        self.met.clear();
    }

    pub(super) fn finish(self, offsets: Vec<u32>) -> Postings {
        Postings { offsets, bytes: self.bytes }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Builds postings from (term, article, frequency) entries given in article order, keyed by
    /// the term in reverse, to check that `start` lays the lists out by term.
    fn build(terms: usize, entries: &[(u32, u32, u32)]) -> Postings {
        let key = |t: u32| terms as u32 - 1 - t;
        let order: Vec<u32> = (0..terms as u32).map(key).collect();
        let mut docs: Vec<u32> = entries.iter().map(|e| e.1).collect();
        docs.dedup();
        // Each article's occurrences, interleaved so that no term's come together.
        let keys = |d: u32| {
            let of_doc: Vec<(u32, u32)> = entries.iter().filter(|e| e.1 == d).map(|&(t, _, f)| (key(t), f)).collect();
            let most = of_doc.iter().map(|e| e.1).max().unwrap_or(0);
            (0..most).flat_map(move |i| of_doc.clone().into_iter().filter(move |e| e.1 > i).map(|e| e.0))
        };
        let mut builder = PostingsBuilder::new(terms);
        for &d in &docs {
            keys(d).for_each(|k| builder.occur(k));
            builder.measure(d);
        }
        let offsets = builder.start(&order);
        for &d in &docs {
            keys(d).for_each(|k| builder.occur(k));
            builder.write(d);
        }
        builder.finish(offsets)
    }

    #[test]
    fn edges_round_trip() {
        let big = (1 << 31) - 1;
        let entries = [(0, 0, 1), (2, 0, 255), (0, 1, 2), (2, 5, 1000), (0, 200, 1), (0, big, 7)];
        let p = build(4, &entries);
        let of = |t| p.of(t).collect::<Vec<_>>();
        assert_eq!(of(0), [(0, 1), (1, 2), (200, 1), (big, 7)]);
        assert_eq!(of(1), []);
        assert_eq!(of(2), [(0, 255), (5, 255)]);
        assert_eq!(of(3), []);
        assert_eq!((p.len(0), p.len(1), p.len(2), p.len(3)), (4, 0, 2, 0));
        assert_eq!(p.bytes.len(), p.heap_bytes() - p.offsets.capacity() * 4);
        let empty = build(0, &[]);
        assert!(empty.bytes.is_empty());
    }

    proptest! {
        #[test]
        fn lists_round_trip(docs in proptest::collection::vec(
            proptest::collection::btree_map(0u32..6, 1u32..400, 0..6), 0..60),
        ) {
            let entries: Vec<(u32, u32, u32)> = docs
                .iter()
                .enumerate()
                .flat_map(|(d, terms)| terms.iter().map(move |(&t, &f)| (t, d as u32 * 1000, f)))
                .collect();
            let p = build(6, &entries);
            for t in 0..6 {
                let want: Vec<(u32, u8)> =
                    entries.iter().filter(|e| e.0 == t).map(|&(_, d, f)| (d, f.min(255) as u8)).collect();
                prop_assert_eq!(p.len(t), want.len());
                prop_assert_eq!(p.of(t).collect::<Vec<_>>(), want);
            }
        }
    }
}
