//! The index's terms, sorted, end to end in one text: a word is found by binary search, and the
//! terms a prefix begins are one contiguous range.

use std::ops::Range;

/// The sorted terms; a term's id is its rank.
#[derive(Debug, Default)]
pub(super) struct Dictionary {
    text: String,
    /// `ends[t]` is where term `t` ends in `text`.
    ends: Vec<u32>,
}

impl Dictionary {
    /// The dictionary of these terms, which must come sorted.
    pub(super) fn from_sorted<'a>(terms: impl ExactSizeIterator<Item = &'a str>, text_len: usize) -> Dictionary {
        let mut text = String::with_capacity(text_len);
        let mut ends = Vec::with_capacity(terms.len());
        for term in terms {
            text.push_str(term);
            ends.push(text.len() as u32);
        }
        Dictionary { text, ends }
    }

    /// How many terms there are.
    pub(super) fn len(&self) -> usize {
        self.ends.len()
    }

    /// The text of term `t`.
    pub(super) fn term(&self, t: usize) -> &str {
        let start = if t == 0 { 0 } else { self.ends[t - 1] as usize };
        &self.text[start..self.ends[t] as usize]
    }

    /// The id of a term, if the dictionary has it.
    pub(super) fn find(&self, term: &str) -> Option<u32> {
        let at = self.first_not_below(term);
        (at < self.len() && self.term(at) == term).then_some(at as u32)
    }

    /// The ids of the terms that start with `prefix`.
    pub(super) fn with_prefix(&self, prefix: &str) -> Range<u32> {
        let start = self.first_not_below(prefix) as u32;
        start..start + self.count_with_prefix(prefix, start..self.len() as u32)
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

    fn first_not_below(&self, term: &str) -> usize {
        let (mut lo, mut hi) = (0, self.len());
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

    pub(super) fn heap_bytes(&self) -> usize {
        self.text.capacity() + self.ends.capacity() * 4
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_are_found_whole_and_by_prefix() {
        let terms = ["ab", "abc", "abd", "b", "سجن", "سجون"];
        let dictionary = Dictionary::from_sorted(terms.iter().copied(), 0);
        assert_eq!(dictionary.len(), 6);
        assert_eq!(dictionary.find("abc"), Some(1));
        assert_eq!(dictionary.find("a"), None);
        assert_eq!(dictionary.with_prefix("ab"), 0..3);
        assert_eq!(dictionary.with_prefix("سج"), 4..6);
        assert_eq!(dictionary.with_prefix("c"), 4..4);
        assert_eq!(dictionary.term(5), "سجون");
    }
}
