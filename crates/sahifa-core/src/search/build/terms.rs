//! The dictionary sorted once every word is read: word codes stay the order terms were met, and
//! map to the sorted ids the index searches by.

use super::intern::Terms;
use crate::search::dictionary::Dictionary;
use crate::search::lists::Lists;
use crate::search::sort::sorted_by_text;

/// The sorted dictionary, and how the word codes of reading map onto it.
pub(super) struct SortedTerms {
    pub(super) dictionary: Dictionary,
    /// The sorted id of each word code.
    pub(super) code_terms: Vec<u32>,
    /// The word code of each sorted term.
    pub(super) order: Vec<u32>,
    /// The variants of each word code, by word code.
    pub(super) code_variants: Lists,
}

impl SortedTerms {
    /// Sorts the terms. The interning tables went before this: nothing past reading needs them.
    pub(super) fn new(terms: Terms) -> SortedTerms {
        let count = terms.len();
        let order = sorted_by_text(count, &|id| terms.get(id as usize));
        let mut code_terms = vec![0u32; count];
        for (new, &old) in order.iter().enumerate() {
            code_terms[old as usize] = new as u32;
        }
        let dictionary = Dictionary::from_sorted(order.iter().map(|&old| terms.get(old as usize)), terms.text_len());
        let mut code_variants = Lists::with_capacity(count, terms.variant_count());
        for code in 0..count {
            code_variants.extend(terms.variants(code).iter().copied());
            code_variants.close();
        }
        SortedTerms { dictionary, code_terms, order, code_variants }
    }

    /// The dictionary, the term of each word code, and each term's variants by sorted id.
    pub(super) fn into_parts(self) -> (Dictionary, Vec<u32>, Lists) {
        let SortedTerms { dictionary, code_terms, order, code_variants } = self;
        let mut variants = Lists::with_capacity(order.len(), code_variants.item_count());
        for &old in &order {
            variants.extend(code_variants.get(old).iter().map(|&v| code_terms[v as usize]));
            variants.close();
        }
        (dictionary, code_terms, variants)
    }
}
