//! Highlighting: which bytes of an original text match a query, and a snippet around the first.
//!
//! Matching runs on the normalized text, word by word as the index sees words, and the ranges
//! are mapped back to the original, so a word written with diacritics or tatweel is
//! highlighted whole, marks included.

use super::normalize::normalize_mapped;
use super::query::{ParsedQuery, QueryWord};
use super::stem::{stem, variants};
use super::tokenize::tokens;
use std::ops::Range;

/// The byte ranges of `text` to highlight for `query`: sorted, not overlapping, on character
/// boundaries. A matching word is highlighted whole; a phrase from its first word to its last.
pub fn highlight_ranges(text: &str, query: &ParsedQuery) -> Vec<Range<usize>> {
    if query.words.is_empty() && query.phrases.is_empty() {
        return Vec::new();
    }
    let normalized = normalize_mapped(text);
    let words: Vec<(Range<usize>, &str, Vec<String>)> = tokens(&normalized.text)
        .map(|r| {
            let s = stem(&normalized.text[r.clone()]);
            (r, s, variants(s))
        })
        .collect();
    let matches = |w: &QueryWord, i: usize| words.get(i).is_some_and(|(_, s, v)| w.matches(s, v));
    let mut ranges: Vec<Range<usize>> = Vec::new();
    for (i, (r, _, _)) in words.iter().enumerate() {
        if query.words.iter().any(|w| matches(w, i)) {
            ranges.push(r.clone());
        }
        for phrase in &query.phrases {
            if phrase.iter().enumerate().all(|(j, w)| matches(w, i + j)) {
                ranges.push(r.start..words[i + phrase.len() - 1].0.end);
            }
        }
    }
    let mut ranges: Vec<Range<usize>> = ranges.into_iter().map(|r| normalized.original(r)).collect();
    crate::one_sort::sort_by_key(&mut ranges, |r| (r.start, r.end));
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for r in ranges {
        match merged.last_mut() {
            Some(last) if r.start < last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}

/// A window of one paragraph around its first match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippet {
    /// Which paragraph.
    pub paragraph: usize,
    /// The bytes of the paragraph shown.
    pub range: Range<usize>,
    /// The highlights inside `range`, in the paragraph's byte offsets.
    pub highlights: Vec<Range<usize>>,
}

impl Snippet {
    /// Whether the paragraph goes on before the window (the UI shows an ellipsis).
    pub fn cut_before(&self) -> bool {
        self.range.start > 0
    }

    /// Whether the paragraph goes on after the window.
    pub fn cut_after(&self, paragraph: &str) -> bool {
        self.range.end < paragraph.len()
    }
}

/// The first paragraph that matches, cut to at most `width` characters (at least one) around
/// its first match (a third of them before it), at word boundaries where there are any.
/// `None` if none matches.
///
/// A match longer than the window (one enormous word, as a hostile bundle may hold) is cut at a
/// character, like the paragraph, and its highlight with it: the window is bounded whatever
/// the text.
pub fn snippet(paragraphs: &[String], query: &ParsedQuery, width: usize) -> Option<Snippet> {
    paragraphs.iter().enumerate().find_map(|(paragraph, text)| {
        let highlights = highlight_ranges(text, query);
        let first = highlights.first()?.clone();
        let starts: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        let at = starts.partition_point(|&i| i < first.start);
        let mut start = starts[at.saturating_sub(width / 3)];
        if start > 0 {
            // Begin after a space, unless the only space is past the match.
            if let Some(space) = text[start..first.start].find(char::is_whitespace) {
                start += space + text[start + space..].chars().next().map_or(1, char::len_utf8);
            }
        }
        let limit = starts[(starts.partition_point(|&i| i < start) + width.max(1)).min(starts.len() - 1)];
        let mut end = limit;
        if end < text.len() {
            if let Some(space) = text[first.end.min(end)..end].rfind(char::is_whitespace) {
                end = first.end.min(end) + space;
            }
        }
        let end = end.max(first.end.min(limit));
        let highlights =
            highlights.into_iter().map(|h| h.start.max(start)..h.end.min(end)).filter(|h| h.start < h.end).collect();
        Some(Snippet { paragraph, range: start..end, highlights })
    })
}
