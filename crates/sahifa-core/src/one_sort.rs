//! Sorting where speed does not count, through one compiled sort shared by every caller.
//!
//! `slice::sort_by` compiles a whole sort for each element type and each closure, and at the
//! core's `opt-level = 3` each copy is several kilobytes of wasm the reader downloads (README's
//! size section). The lists sorted here are sorted once, at load or on a click, or are a few
//! items long: they sort positions through a `dyn` comparison, one copy for all of them, and
//! the items are then moved into place. The ranking sorts, which run on every keystroke over
//! every hit, keep their own.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in the order they came in.
pub fn sort_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    let mut order: Vec<u32> = (0..items.len() as u32).collect();
    sort_positions(&mut order, &|a, b| compare(&items[a as usize], &items[b as usize]));
    permute(items, &mut order);
}

/// Sorts `items` in their own order.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// Sorts `items` by the key `key` gives each, keeping equal keys in the order they came in.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// The one compiled sort: of positions, by a comparison of what they point at.
#[inline(never)]
fn sort_positions(order: &mut [u32], compare: &dyn Fn(u32, u32) -> Ordering) {
    order.sort_by(|&a, &b| compare(a, b));
}

/// Moves `items[order[i]]` to `i` for every `i`, following each cycle of the permutation once;
/// `order` is used up (each position is marked done as it is filled).
fn permute<T>(items: &mut [T], order: &mut [u32]) {
    const DONE: u32 = u32::MAX;
    for start in 0..order.len() {
        let mut at = start;
        while order[at] != DONE {
            let from = order[at] as usize;
            order[at] = DONE;
            if from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn sorts_as_the_standard_stable_sort(items in proptest::collection::vec((0u8..6, any::<u16>()), 0..80)) {
            let mut want = items.clone();
            want.sort_by_key(|p| p.0);
            let mut got = items;
            sort_by_key(&mut got, |p| p.0);
            prop_assert_eq!(got, want);
        }

        #[test]
        fn sorts_strings_in_their_order(items in proptest::collection::vec("[ab\u{627}]{0,4}", 0..40)) {
            let mut want = items.clone();
            want.sort();
            let mut got = items;
            sort(&mut got);
            prop_assert_eq!(got, want);
        }
    }
}
