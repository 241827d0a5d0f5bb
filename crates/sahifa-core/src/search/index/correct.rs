//! Corrections: a word the index has in few articles, or not at all, also looks for the terms one
//! edit away from it (a letter left out, one too many, one changed, two neighbours swapped).
//!
//! The candidates are made from the word and looked up in the sorted dictionary the index already
//! holds, so corrections cost the build nothing and the index no memory; the work is bounded per
//! word (its length is), and per query (the words corrected are).

use super::data::IndexData;
use super::matching::terms_of;
use super::SearchIndex;
use crate::search::filters::SearchRequest;
use crate::search::normalize::normalize;
use crate::search::query::ParsedQuery;
use crate::search::stem::variants;

/// A word whose terms have at most this many postings (titles and bodies) is corrected to every
/// neighbour the dictionary has.
const FEW: usize = 2;
/// A word with more postings, up to this many, is corrected only to neighbours `COMMONER` times
/// as frequent: a left-out letter often makes another rare word, which some articles share.
const RARE: usize = 40;
const COMMONER: usize = 20;
/// Stems of fewer letters are not corrected: one edit of a three-letter stem is another word.
/// Four rather than five: on the quality report (README), a left-out letter is found @50 in
/// 0.58 of cases instead of 0.44, swapped letters in 0.80 instead of 0.74, while correctly
/// spelled title words are given corrections (ranked below them) in 0.05 instead of 0.02.
const MIN_LETTERS: usize = 4;
/// Nor of more: a run of letters pasted into the box costs no more than a long word.
const MAX_LETTERS: usize = 24;
/// At most this many words of a query are corrected, the first ones.
const MAX_WORDS: usize = 4;

/// The letters a correction may add or change to, by script: a word is corrected within its
/// own, and a word that mixes scripts is not corrected.
const ARABIC: &str = "ءابتثجحخدذرزسشصضطظعغفقكلمنهوي";
const LATIN: &str = "abcdefghijklmnopqrstuvwxyz";

/// Fills the corrections of the query's words that the index has in few articles.
pub(super) fn correct(index: &SearchIndex, query: &mut ParsedQuery) {
    for word in query.words.iter_mut().filter(|w| !w.exact && !w.open).take(MAX_WORDS) {
        let (terms, _) = terms_of(index, word);
        let found: usize = terms.iter().map(|term| index.postings_of_term(term.id)).sum();
        if found > RARE {
            continue;
        }
        let mut corrections: Vec<(usize, String)> = word
            .terms
            .iter()
            .flat_map(|t| one_edit_away(t))
            .filter(|c| !word.terms.contains(c))
            .filter_map(|c| index.find(&c).map(|t| (index.postings_of_term(t), c)))
            .collect();
        // A rare word that is not very rare is corrected only to far more common neighbours.
        if found > FEW {
            corrections.retain(|&(postings, _)| postings >= found * COMMONER);
        }
        // The most frequent first: the one a reader is told about. (Found rather than sorted:
        // each sort of another type is several kilobytes of wasm.)
        if let Some(most) = corrections.iter().enumerate().max_by_key(|(_, (postings, _))| *postings).map(|(i, _)| i) {
            corrections.swap(0, most);
        }
        let mut corrections: Vec<String> = corrections.into_iter().map(|(_, c)| c).collect();
        // As the word spelled so would: its variants too, after them.
        let more: Vec<String> = corrections.iter().flat_map(|c| variants(c)).collect();
        for v in more {
            if !corrections.contains(&v) && !word.terms.contains(&v) {
                corrections.push(v);
            }
        }
        word.corrections = corrections;
    }
}

/// For a search that found nothing: the query with each word replaced by its most frequent
/// neighbour one edit away, if that query finds something.
pub(super) fn did_you_mean(index: &SearchIndex, request: &SearchRequest, searched: &ParsedQuery) -> Option<String> {
    let words = searched.phrases.iter().flatten().chain(&searched.words);
    let nearest: Vec<(&str, String)> = words
        .filter(|w| !w.open)
        .filter_map(|w| {
            let found = w
                .terms
                .iter()
                .flat_map(|t| one_edit_away(t).into_iter().filter_map(move |c| index.find(&c).map(|id| (id, t, c))));
            let (_, from, near) = found.max_by_key(|(id, _, _)| index.postings_of_term(*id))?;
            // The particles the stem left out stay as written: الحسكت gives الحسكه.
            let word = w.written.strip_suffix(from.as_str()).map_or(near.clone(), |head| format!("{head}{near}"));
            Some((w.written.as_str(), word))
        })
        .collect();
    if nearest.is_empty() {
        return None;
    }
    let replaced = |chunk: &str| {
        let bare = chunk.trim_matches(|c: char| !c.is_alphanumeric());
        let word = normalize(bare);
        match nearest.iter().find(|(written, _)| *written == word) {
            Some((_, near)) => chunk.replacen(bare, near, 1),
            None => chunk.to_owned(),
        }
    };
    let suggestion = request.query.split(' ').map(replaced).collect::<Vec<_>>().join(" ");
    let request = SearchRequest { query: suggestion, ..request.clone() };
    (!index.search(&request).hits.is_empty()).then_some(request.query)
}

/// Every string one edit from `term`, within its script; none for a term too short or too long.
pub(super) fn one_edit_away(term: &str) -> Vec<String> {
    let letters: Vec<char> = term.chars().collect();
    let n = letters.len();
    let alphabet = [ARABIC, LATIN].into_iter().find(|a| letters.iter().all(|c| a.contains(*c)));
    let Some(alphabet) = alphabet.filter(|_| (MIN_LETTERS..=MAX_LETTERS).contains(&n)) else {
        return Vec::new();
    };
    let spell = |letters: &[char]| letters.iter().collect::<String>();
    let mut out = Vec::with_capacity(n * (2 * alphabet.chars().count() + 2));
    for i in 0..n {
        let mut left_out = letters.clone();
        left_out.remove(i);
        out.push(spell(&left_out));
        if i + 1 < n && letters[i] != letters[i + 1] {
            let mut swapped = letters.clone();
            swapped.swap(i, i + 1);
            out.push(spell(&swapped));
        }
    }
    for c in alphabet.chars() {
        for i in 0..=n {
            let mut added = letters.clone();
            added.insert(i, c);
            out.push(spell(&added));
            if i < n && letters[i] != c {
                let mut changed = letters.clone();
                changed[i] = c;
                out.push(spell(&changed));
            }
        }
    }
    crate::one_sort::sort(&mut out);
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_edit_covers_the_four_kinds_and_stays_bounded() {
        let edits = one_edit_away("مجلسس");
        for near in ["مجلس", "مجسلس", "مجلسسن", "مجلسن", "جملسس"] {
            assert!(edits.contains(&near.to_owned()), "{near}");
        }
        assert!(!edits.contains(&"مجلسس".to_owned()));
        assert!(one_edit_away("سجن").is_empty(), "too short");
        assert!(one_edit_away(&"س".repeat(100_000)).is_empty(), "too long");
        assert!(one_edit_away("مجلسsecurity").is_empty(), "mixed scripts");
        assert!(one_edit_away("ًًًًًً").is_empty(), "not letters of either script");
        assert!(one_edit_away("secrity").contains(&"security".to_owned()));
    }
}
