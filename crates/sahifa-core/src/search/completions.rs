//! The completions a word still being typed looks through: its most frequent dictionary terms.
//!
//! A short prefix such as ا (typed as الأ) begins tens of thousands of terms. Ranking them by
//! their postings on every keystroke cost more than the search itself, so the prefixes that
//! begin many terms have their most frequent completions chosen once, when the index is built;
//! a prefix that begins few terms is looked at directly, which is cheap.

use super::dictionary::Dictionary;
use std::ops::Range;

/// A prefix beginning more terms than this has its completions chosen in advance. Looking at
/// this many terms on a keystroke costs a few microseconds; the table holds a few hundred
/// prefixes.
const WIDE: usize = 256;

/// While a word is typed, its completions are looked up through at most this many postings, the
/// most frequent completions first. A prefix such as ق (typed as الق) completes to thousands of
/// terms; their most frequent ones give nearly the same results in a fraction of the time, and
/// the finished word matches in full.
const PREFIX_POSTINGS: usize = 20_000;

/// The chosen completions of every prefix that begins more than `WIDE` terms, sorted by prefix.
#[derive(Debug, Default)]
pub(super) struct Completions {
    prefixes: Vec<(Box<str>, Box<[u32]>)>,
}

impl Completions {
    /// Chooses the completions of the wide prefixes of the dictionary, whose term `t` has
    /// `postings(t)` postings.
    pub(super) fn build(dictionary: &Dictionary, postings: impl Fn(u32) -> usize) -> Completions {
        let mut prefixes = Vec::new();
        // Prefixes still to split into longer ones, with their range of terms.
        let mut wide = vec![(String::new(), 0..dictionary.len() as u32)];
        while let Some((prefix, range)) = wide.pop() {
            let mut t = range.start;
            while t < range.end {
                let term = dictionary.term(t as usize);
                let Some(next) = term[prefix.len()..].chars().next() else {
                    // The prefix itself as a term: it sorts first and begins no longer prefix.
                    t += 1;
                    continue;
                };
                let longer = format!("{prefix}{next}");
                let end = t + dictionary.count_with_prefix(&longer, t..range.end);
                if (end - t) as usize > WIDE {
                    prefixes.push((longer.as_str().into(), most_frequent(&postings, t..end).into()));
                    wide.push((longer, t..end));
                }
                t = end;
            }
        }
        crate::one_sort::sort(&mut prefixes);
        Completions { prefixes }
    }

    /// The completions of `prefix` to search: the most frequent terms it begins, in descending
    /// order of postings, within `PREFIX_POSTINGS`.
    pub(super) fn of(&self, dictionary: &Dictionary, prefix: &str, postings: impl Fn(u32) -> usize) -> PrefixTerms {
        match self.prefixes.binary_search_by(|(p, _)| p.as_ref().cmp(prefix)) {
            Ok(at) => PrefixTerms { terms: self.prefixes[at].1.to_vec(), every_term: false },
            Err(_) => PrefixTerms::narrow(&postings, dictionary.with_prefix(prefix)),
        }
    }

    /// Every wide prefix with its chosen completions, sorted by prefix.
    pub(super) fn wide(&self) -> &[(Box<str>, Box<[u32]>)] {
        &self.prefixes
    }

    pub(super) fn heap_bytes(&self) -> usize {
        let entry = std::mem::size_of::<(Box<str>, Box<[u32]>)>();
        self.prefixes.iter().map(|(p, ts)| entry + p.len() + ts.len() * 4).sum()
    }
}

/// The terms a prefix begins that a search looks through.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct PrefixTerms {
    /// The most frequent first, within `PREFIX_POSTINGS`.
    pub(crate) terms: Vec<u32>,
    /// Whether they are every term the prefix begins: then the articles they match are every
    /// article a word with this prefix could match. A wide prefix (chosen in advance) counts
    /// as cut, whether or not its terms all fitted, so that both forms of an archive, which
    /// keep its list alone, agree.
    pub(crate) every_term: bool,
}

impl PrefixTerms {
    /// The completions of a narrow prefix, whose terms are `range`.
    pub(crate) fn narrow(postings: &impl Fn(u32) -> usize, range: Range<u32>) -> PrefixTerms {
        let terms = most_frequent(postings, range.clone());
        PrefixTerms { every_term: terms.len() == range.len(), terms }
    }
}

/// The terms of `range` with the most postings, most first, as many as fit in `PREFIX_POSTINGS`.
pub(super) fn most_frequent(postings: &impl Fn(u32) -> usize, range: Range<u32>) -> Vec<u32> {
    within_budget(range.map(|t| (postings(t), t)).collect())
}

/// Of these (postings, term) pairs, the terms with the most postings, most first, until the next
/// would go over `PREFIX_POSTINGS`; the most frequent is taken even alone over it.
pub(super) fn within_budget(mut sized: Vec<(usize, u32)>) -> Vec<u32> {
    crate::one_sort::sort_by(&mut sized, |a, b| b.cmp(a));
    sized.dedup();
    let mut budget = PREFIX_POSTINGS;
    sized
        .into_iter()
        .enumerate()
        .take_while(|&(i, (size, _))| {
            let fits = size <= budget || i == 0;
            budget = budget.saturating_sub(size);
            fits
        })
        .map(|(_, (_, t))| t)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 600 terms w000…w599; term `wN` has N % 7 + 1 postings, so frequencies differ.
    fn dictionary() -> (Dictionary, impl Fn(u32) -> usize) {
        let terms: Vec<String> = (0..600).map(|n| format!("w{n:03}")).collect();
        (Dictionary::from_sorted(terms.iter().map(String::as_str), 0), |t: u32| t as usize % 7 + 1)
    }

    #[test]
    fn wide_prefixes_are_chosen_in_advance_and_narrow_ones_on_demand() {
        let (dictionary, postings) = dictionary();
        let completions = Completions::build(&dictionary, &postings);
        // Only w begins more than WIDE terms; w0 … w5 begin 100 each.
        let prefixes: Vec<&str> = completions.prefixes.iter().map(|(p, _)| p.as_ref()).collect();
        assert_eq!(prefixes, ["w"]);
        for prefix in ["w", "w1", "w59", "x", ""] {
            assert_eq!(
                completions.of(&dictionary, prefix, &postings).terms,
                most_frequent(&postings, dictionary.with_prefix(prefix)),
                "{prefix}"
            );
        }
        let w = completions.of(&dictionary, "w", &postings).terms;
        assert_eq!(w.len(), 600);
        let sizes: Vec<usize> = w.iter().map(|&t| postings(t)).collect();
        assert!(sizes.windows(2).all(|s| s[0] >= s[1]), "most frequent first: {sizes:?}");
        assert_eq!((sizes[0], sizes[599]), (7, 1));
    }

    #[test]
    fn completions_stop_at_the_postings_budget() {
        // za has 15,000 postings, zb 10,000, zc 3,000, yb 25,000.
        let dictionary = Dictionary::from_sorted(["yb", "za", "zb", "zc"].into_iter(), 0);
        let postings = |t: u32| [25_000, 15_000, 10_000, 3_000][t as usize];
        let completions = Completions::build(&dictionary, postings);
        let chosen = |prefix| -> Vec<&str> {
            completions.of(&dictionary, prefix, postings).terms.iter().map(|&t| dictionary.term(t as usize)).collect()
        };
        // The most frequent first, until the next would go over the budget.
        assert_eq!(chosen("z"), ["za"]);
        // One term over the budget on its own is still searched.
        assert_eq!(chosen("y"), ["yb"]);
        assert!(chosen("x").is_empty());
    }
}
