//! Sorting ids by the text they stand for, fast: the dictionary's terms and each facet's values.

/// The ids `0..count` in the order of their `text`; equal texts come in no particular order.
/// Most comparisons are settled by a radix sort on the first eight bytes; only texts that share
/// them are compared whole, which on Arabic terms (many share a first letter or two) is far
/// cheaper than comparing every pair. Used for the dictionary and for facet values, through one
/// `dyn` closure so that the module has one copy of it.
pub(super) fn sorted_by_text<'a>(count: usize, text: &dyn Fn(u32) -> &'a str) -> Vec<u32> {
    let prefix = |t: &str| {
        let mut bytes = [0u8; 8];
        let n = t.len().min(8);
        bytes[..n].copy_from_slice(&t.as_bytes()[..n]);
        u64::from_be_bytes(bytes)
    };
    let mut keyed: Vec<(u64, u32)> = (0..count as u32).map(|id| (prefix(text(id)), id)).collect();
    radsort::sort_by_key(&mut keyed, |k| k.0);
    for run in keyed.chunk_by_mut(|a, b| a.0 == b.0).filter(|r| r.len() > 1) {
        run.sort_unstable_by(|a, b| text(a.1).cmp(text(b.1)));
    }
    keyed.into_iter().map(|(_, id)| id).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn check(texts: &[&str]) {
        let mut want: Vec<u32> = (0..texts.len() as u32).collect();
        want.sort_by_key(|&i| texts[i as usize]);
        assert_eq!(sorted_by_text(texts.len(), &|i| texts[i as usize]), want, "{texts:?}");
    }

    #[test]
    fn texts_sharing_eight_bytes_are_compared_whole() {
        check(&[]);
        check(&["مكتبة", "مكتب", "مكتبات", "مكتبتنا", "abcdefgh", "abcdefg", "abcdefghi", "abcdefgha", "a", "", "é"]);
    }

    proptest! {
        #[test]
        fn equal_texts_sort_together(texts in proptest::collection::vec("[ab\u{627}]{0,10}", 0..60)) {
            let sorted: Vec<&str> = sorted_by_text(texts.len(), &|i| texts[i as usize].as_str())
                .into_iter()
                .map(|i| texts[i as usize].as_str())
                .collect();
            let mut want: Vec<&str> = texts.iter().map(String::as_str).collect();
            want.sort_unstable();
            prop_assert_eq!(sorted, want);
        }

        #[test]
        fn sorted_as_the_texts(texts in proptest::collection::btree_set("[ab\u{627}\u{628}]{0,12}", 0..40)) {
            let texts: Vec<&str> = texts.iter().rev().map(String::as_str).collect();
            check(&texts);
        }
    }
}
