//! A facet's values as a reader narrows and orders them in the panel: a filter typed in any
//! spelling (the search's own normalization, so `احمد` finds `أحمد` and `مدرسه` finds
//! `مدرسة`), and an order by name that reads as an alphabetical one in Arabic.

use super::normalize::normalize;

/// Whether a value named `name` matches what the reader typed in the facet's filter box: the
/// typed text, normalized, appears anywhere in the normalized name. Nothing typed matches all.
pub fn name_matches(name: &str, typed: &str) -> bool {
    let typed = normalize(typed.trim());
    typed.is_empty() || normalize(name).contains(&typed)
}

/// The positions of `names` in alphabetical order. Normalized Arabic letters stand in Unicode
/// in the order of the alphabet (alif, ba, ta … waw, ya), once hamza seats, taa marbuta and
/// alif maqsura are folded as the search folds them; Latin is compared without case. Equal
/// names keep their order.
pub fn by_name<S: AsRef<str>>(names: &[S]) -> Vec<usize> {
    let keys: Vec<String> = names.iter().map(|n| normalize(n.as_ref())).collect();
    let mut order: Vec<usize> = (0..names.len()).collect();
    crate::one_sort::sort_by(&mut order, |&a, &b| keys[a].cmp(&keys[b]));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_filter_matches_any_spelling_anywhere_in_the_name() {
        assert!(name_matches("أحمد الخطيب", "احمد"));
        assert!(name_matches("أحمد الخطيب", "الخطيب"));
        assert!(name_matches("مدرسة النور", "مدرسه"));
        assert!(name_matches("Human Rights Watch", "rights"));
        assert!(name_matches("دمشق", "  "));
        assert!(!name_matches("دمشق", "حلب"));
    }

    #[test]
    fn names_order_as_the_alphabet_does() {
        let names = ["يوسف", "إبراهيم", "زياد", "بشير", "Zoe", "adam", "ثامر", "أحمد"];
        let ordered: Vec<&str> = by_name(&names).into_iter().map(|i| names[i]).collect();
        assert_eq!(ordered, ["adam", "Zoe", "إبراهيم", "أحمد", "بشير", "ثامر", "زياد", "يوسف"]);
    }
}
