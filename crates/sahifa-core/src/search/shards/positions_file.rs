//! A positions file of a sharded archive: where each word of consecutive terms stands in each
//! article, for quoted phrases. Fetched only when a query has one.
//!
//! `SPP1`, then the first term's id and the number of terms as LEB128; then per term, per field
//! (title, body), its articles: their number, then for each the gap from the previous article,
//! how many positions, and the positions as gaps (the first from 0). A position counts every word
//! and paragraph break of the field before it, as the built index's word sequences do, so that
//! two words stand next to each other exactly when their positions differ by one.

use crate::search::varint;

const MAGIC: &[u8; 4] = b"SPP1";

/// A term's articles in one field, each with the positions of the term there, ascending.
pub(super) type FieldPositions = Vec<(u32, Vec<u32>)>;
/// A term's positions in the title and in the body.
pub(super) type TermPositions = [FieldPositions; 2];

/// One term's positions in one field, already in the file's form: how many articles, and their
/// entries. The build appends an article at a time, so the archive never holds the positions as
/// lists.
#[derive(Debug, Clone, Default)]
pub(super) struct Encoded {
    articles: u32,
    last_doc: u32,
    bytes: Vec<u8>,
}

impl Encoded {
    /// Appends article `doc`'s positions, ascending; articles come in ascending order.
    pub(super) fn push(&mut self, doc: u32, positions: impl ExactSizeIterator<Item = u32>) {
        varint::push(&mut self.bytes, doc - self.last_doc);
        varint::push(&mut self.bytes, positions.len() as u32);
        let mut last = 0;
        for p in positions {
            varint::push(&mut self.bytes, p - last);
            last = p;
        }
        self.last_doc = doc;
        self.articles += 1;
    }

    /// About the bytes it will take in a file.
    pub(super) fn len(&self) -> usize {
        self.bytes.len() + 5
    }
}

/// Writes the encoded positions of consecutive terms from `first`, each term's title then body.
pub(super) fn write_encoded(first: u32, terms: &[[Encoded; 2]]) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    varint::push(&mut out, first);
    varint::push(&mut out, terms.len() as u32);
    for fields in terms {
        for field in fields {
            varint::push(&mut out, field.articles);
            out.extend_from_slice(&field.bytes);
        }
    }
    out
}

#[cfg(test)]
fn write(first: u32, terms: &[TermPositions]) -> Vec<u8> {
    let encoded: Vec<[Encoded; 2]> = terms
        .iter()
        .map(|fields| {
            fields.clone().map(|articles| {
                let mut e = Encoded::default();
                articles.into_iter().for_each(|(doc, at)| e.push(doc, at.into_iter()));
                e
            })
        })
        .collect();
    write_encoded(first, &encoded)
}

/// Reads a file back; `None` when the bytes are not such a file or name an article at or
/// beyond `articles`.
pub(super) fn read(bytes: &[u8], articles: u32) -> Option<(u32, Vec<TermPositions>)> {
    let mut r = super::postings_file::Reader::new(bytes.strip_prefix(MAGIC)?);
    let first = r.varint()?;
    let count = r.varint()?;
    let mut terms = Vec::with_capacity(count.min(1 << 16) as usize);
    for _ in 0..count {
        let mut fields: TermPositions = [Vec::new(), Vec::new()];
        for field in &mut fields {
            let n = r.varint()?;
            let mut doc = 0u32;
            for i in 0..n {
                let gap = r.varint()?;
                if i > 0 && gap == 0 {
                    return None;
                }
                doc = doc.checked_add(gap)?;
                if doc >= articles {
                    return None;
                }
                let c = r.varint()?;
                let mut positions = Vec::with_capacity(c.min(1 << 16) as usize);
                let mut p = 0u32;
                for j in 0..c {
                    let gap = r.varint()?;
                    if j > 0 && gap == 0 {
                        return None;
                    }
                    p = p.checked_add(gap)?;
                    positions.push(p);
                }
                field.push((doc, positions));
            }
        }
        terms.push(fields);
    }
    r.at_end().then_some((first, terms))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn positions_round_trip_and_bad_files_are_refused() {
        let terms = vec![[vec![(0, vec![0, 3]), (4, vec![1])], vec![]], [vec![], vec![(2, vec![7, 8, 100_000])]]];
        let bytes = write(9, &terms);
        assert_eq!(read(&bytes, 5), Some((9, terms.clone())));
        assert_eq!(read(&bytes, 4), None);
        assert_eq!(read(&bytes[..bytes.len() - 1], 5), None);
        assert_eq!(read(b"SPF1", 5), None);
    }

    proptest! {
        #[test]
        fn any_bytes_read_without_panicking(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
            let _ = read(&[&MAGIC[..], &bytes].concat(), 1000);
        }
    }
}
