//! A query against the postings: the articles that have every word, the phrases and none of the
//! exclusions, each with the scores the ranking reads.

use super::data::{FieldName, IndexData};
use crate::search::bm25;
use crate::search::completions::within_budget;
use crate::search::query::{ParsedQuery, QueryWord};

/// A term met only as a completion of the word being typed weighs less than the word itself.
const PREFIX_WEIGHT: f32 = 0.5;
/// A term met only as a correction of a word weighs less than the word itself.
const CORRECTED_WEIGHT: f32 = 0.5;
/// Within articles that match the same number of words in their title, title matches still
/// weigh more than body matches.
const TITLE_WEIGHT: f32 = 2.0;

/// Per-article scores of the words of a query.
pub(super) struct Scores {
    /// How many of the query's words the title matches: the first ranking key.
    pub(super) title_words: Vec<u8>,
    pub(super) score: Vec<f32>,
    /// Whether a word matched only through a correction: such articles rank below every article
    /// that has each word as it was written.
    pub(super) corrected: Vec<bool>,
}

/// A dictionary term a query word looks for.
#[derive(Debug, Clone, Copy)]
pub(super) struct WordTerm {
    pub(super) id: u32,
    weight: f32,
    corrected: bool,
}

/// The articles that match the query's words, phrases and exclusions, ascending, with scores.
pub(super) fn matching(data: &impl IndexData, query: &ParsedQuery) -> (Vec<u32>, Scores) {
    let n = data.len();
    let mut scores = Scores { title_words: vec![0; n], score: vec![0.0; n], corrected: vec![false; n] };
    let words: Vec<&QueryWord> = query.words.iter().chain(query.phrases.iter().flatten()).collect();
    // The words that narrow the results, last, so that the last word read is one of them.
    let mut read: Vec<(Vec<WordTerm>, bool)> = words.iter().map(|w| terms_of(data, w)).collect();
    crate::one_sort::sort_by_key(&mut read, |&(_, narrows)| narrows);
    let narrowing = read.iter().filter(|(_, narrows)| *narrows).count();
    let mut matching: Vec<u32> = if words.is_empty() {
        (0..n as u32).collect()
    } else {
        let mut matched_words = vec![0u8; n];
        let mut best = [vec![0f32; n], vec![0f32; n]];
        let mut seen = vec![false; n];
        let mut touched = Vec::new();
        for (terms, narrows) in &read {
            touched.clear();
            // The corrections come last: the articles they touch first matched no term as written.
            let mut as_written = 0;
            for term in terms {
                for (field, best) in FieldName::BOTH.into_iter().zip(best.iter_mut()) {
                    score_term(data, field, term.id, term.weight, best, &mut seen, &mut touched);
                }
                if !term.corrected {
                    as_written = touched.len();
                }
            }
            for &d in &touched[as_written..] {
                scores.corrected[d as usize] = true;
            }
            for &d in &touched {
                let d = d as usize;
                matched_words[d] += u8::from(*narrows);
                scores.score[d] += TITLE_WEIGHT * best[0][d] + best[1][d];
                scores.title_words[d] += u8::from(best[0][d] > 0.0);
                (best[0][d], best[1][d], seen[d]) = (0.0, 0.0, false);
            }
        }
        let all_words = |d: &u32| matched_words[*d as usize] as usize == narrowing;
        if narrowing == 0 || touched.len() > n / 8 {
            // Many candidates: one pass over every article gives them in order.
            (0..n as u32).filter(all_words).collect()
        } else {
            // Only the articles the last word touched can have every word.
            touched.retain(all_words);
            touched.sort_unstable();
            touched
        }
    };
    let terms = |phrases: &[Vec<QueryWord>]| -> Vec<Vec<Vec<u32>>> {
        let words = |p: &Vec<QueryWord>| p.iter().map(|w| exact_terms(data, w).collect()).collect();
        phrases.iter().map(words).collect()
    };
    let (wanted, unwanted) = (terms(&query.phrases), terms(&query.excluded_phrases));
    if !wanted.is_empty() || !unwanted.is_empty() {
        let has = |d: u32, p: &[Vec<u32>]| data.has_phrase(d, p);
        matching.retain(|&d| wanted.iter().all(|p| has(d, p)) && !unwanted.iter().any(|p| has(d, p)));
    }
    if !query.excluded.is_empty() {
        let mut excluded = vec![false; n];
        for t in query.excluded.iter().flat_map(|w| exact_terms(data, w)) {
            for field in FieldName::BOTH {
                data.postings(field, t).for_each(|(d, _, _)| excluded[d as usize] = true);
            }
        }
        matching.retain(|&d| !excluded[d as usize]);
    }
    (matching, scores)
}

/// The dictionary terms a query word matches, with their weight, and whether they narrow the
/// results: a word being typed whose completions were cut to the budget, or that may still
/// become any word, only ranks them, so that no article any finished word would match is lost.
pub(super) fn terms_of(data: &impl IndexData, word: &QueryWord) -> (Vec<WordTerm>, bool) {
    let term = |id, weight, corrected| WordTerm { id, weight, corrected };
    let mut terms: Vec<WordTerm> = exact_terms(data, word).map(|t| term(t, 1.0, false)).collect();
    let mut narrows = !word.open;
    // The completions that are not already exact terms; with several prefixes, the most
    // frequent of all, within the one budget.
    let mut completions = Vec::new();
    for prefix in &word.prefixes {
        let found = data.completions(prefix);
        narrows &= found.every_term;
        completions.extend(found.terms);
    }
    if word.prefixes.len() > 1 {
        completions.sort_unstable();
        completions.dedup();
        let all = completions.len();
        completions = within_budget(completions.into_iter().map(|t| (data.postings_of_term(t), t)).collect());
        narrows &= completions.len() == all;
    }
    completions.retain(|t| !terms.iter().any(|e| e.id == *t));
    terms.extend(completions.into_iter().map(|t| term(t, PREFIX_WEIGHT, false)));
    let corrections: Vec<u32> = word.corrections.iter().filter_map(|c| data.find(c)).collect();
    let new = corrections.into_iter().filter(|t| !terms.iter().any(|e| e.id == *t)).collect::<Vec<_>>();
    terms.extend(new.into_iter().map(|t| term(t, CORRECTED_WEIGHT, true)));
    (terms, narrows)
}

fn exact_terms<'a>(data: &'a impl IndexData, word: &'a QueryWord) -> impl Iterator<Item = u32> + 'a {
    word.terms.iter().filter_map(|t| data.find(t))
}

/// Adds one term's BM25 score to `best` for every article whose `field` has it, keeping the best
/// score per article (a word's prefix completions do not add up).
fn score_term(
    data: &impl IndexData,
    field: FieldName,
    t: u32,
    weight: f32,
    best: &mut [f32],
    seen: &mut [bool],
    touched: &mut Vec<u32>,
) {
    let scale = weight * bm25::idf(data.len(), data.postings_len(field, t)) * (bm25::K1 + 1.0);
    for (d, f, length_norm) in data.postings(field, t) {
        let i = d as usize;
        let s = bm25::term_score(scale, f32::from(f), length_norm);
        best[i] = best[i].max(s);
        if !seen[i] {
            seen[i] = true;
            touched.push(d);
        }
    }
}
