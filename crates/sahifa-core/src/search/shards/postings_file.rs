//! A postings file of a sharded archive: the title and body lists of consecutive terms.
//!
//! `SPF1`, then the first term's id and the number of terms as LEB128; then per term its title
//! list and its body list, each its length and then one entry per article, ascending: the gap
//! from the previous article shifted left by one with the low bit set when the frequency is
//! above 1, the frequency byte if so, and the article's length in the field. The layout of
//! `postings` in memory, with the length added, read back once on arrival and checked then, so
//! that no malformed file can make a later search read out of bounds.

use crate::search::varint;

const MAGIC: &[u8; 4] = b"SPF1";
/// Frequencies are saturated at 255, as in memory.
const MAX_FREQ: u32 = u8::MAX as u32;

/// One posting: an article, the term's frequency there, and the article's length in the field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Entry {
    pub(super) doc: u32,
    pub(super) freq: u8,
    pub(super) len: u32,
}

/// A term's two lists, in field order (title, body).
pub(super) type TermLists = [Vec<Entry>; 2];

/// Writes the lists of consecutive terms from `first`.
pub(super) fn write(first: u32, terms: &[TermLists]) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    varint::push(&mut out, first);
    varint::push(&mut out, terms.len() as u32);
    for lists in terms {
        for list in lists {
            varint::push(&mut out, list.len() as u32);
            let mut last = 0;
            for e in list {
                let freq = u32::from(e.freq).min(MAX_FREQ);
                varint::push(&mut out, ((e.doc - last) << 1) | u32::from(freq > 1));
                if freq > 1 {
                    out.push(freq as u8);
                }
                varint::push(&mut out, e.len);
                last = e.doc;
            }
        }
    }
    out
}

/// Reads a file back: its first term and each term's lists. `None` when the bytes are not such
/// a file, or name an article at or beyond `articles`.
pub(super) fn read(bytes: &[u8], articles: u32) -> Option<(u32, Vec<TermLists>)> {
    let mut r = Reader::new(bytes.strip_prefix(MAGIC)?);
    let first = r.varint()?;
    let count = r.varint()?;
    let mut terms = Vec::with_capacity(count.min(1 << 16) as usize);
    for _ in 0..count {
        let mut lists: TermLists = [Vec::new(), Vec::new()];
        for list in &mut lists {
            let n = r.varint()?;
            list.reserve(n.min(1 << 20) as usize);
            let mut doc = 0u32;
            for i in 0..n {
                let coded = r.varint()?;
                let gap = coded >> 1;
                // Articles ascend strictly after the first.
                if i > 0 && gap == 0 {
                    return None;
                }
                doc = doc.checked_add(gap)?;
                let freq = if coded & 1 == 1 { r.byte()? } else { 1 };
                let len = r.varint()?;
                if doc >= articles {
                    return None;
                }
                list.push(Entry { doc, freq, len });
            }
        }
        terms.push(lists);
    }
    r.at_end().then_some((first, terms))
}

/// A bounds-checked reader over untrusted bytes.
pub(super) struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    pub(super) fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { bytes, at: 0 }
    }

    pub(super) fn at_end(&self) -> bool {
        self.at == self.bytes.len()
    }

    fn byte(&mut self) -> Option<u8> {
        let b = *self.bytes.get(self.at)?;
        self.at += 1;
        Some(b)
    }

    pub(super) fn varint(&mut self) -> Option<u32> {
        let mut value = 0u32;
        for shift in (0..35).step_by(7) {
            let b = self.byte()?;
            value |= u32::from(b & 0x7f).checked_shl(shift)?;
            if b & 0x80 == 0 {
                return Some(value);
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn lists_round_trip_and_bad_files_are_refused() {
        let e = |doc, freq, len| Entry { doc, freq, len };
        let terms = vec![[vec![e(0, 1, 3), e(5, 2, 7)], vec![]], [vec![], vec![e(2, 255, 1_000_000), e(9, 1, 0)]]];
        let bytes = write(40, &terms);
        assert_eq!(read(&bytes, 10), Some((40, terms.clone())));
        // An article beyond the archive, a cut file, a wrong magic, trailing bytes.
        assert_eq!(read(&bytes, 9), None);
        assert_eq!(read(&bytes[..bytes.len() - 1], 10), None);
        assert_eq!(read(b"XXXX", 10), None);
        assert_eq!(read(&[&bytes[..], &[0]].concat(), 10), None);
    }

    proptest! {
        #[test]
        fn any_bytes_read_without_panicking(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
            let _ = read(&[&MAGIC[..], &bytes].concat(), 1000);
        }
    }
}
