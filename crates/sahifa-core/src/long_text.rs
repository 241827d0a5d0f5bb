//! Bundle text too long for a browser to lay out in one go, split for display: words longer than
//! any word of a language (shown unwrapped, in a box of their own that scrolls), paragraphs of
//! many pages (shown in parts the browser lays out only when they come into view), and names
//! shown as labels (cut, with an ellipsis). The text itself is never changed: these are ranges
//! of it, or a copy for a label.
//!
//! Why: Chromium wraps an unbroken run of joined Arabic letters in time that grows with the
//! square of its length (the line breaker shapes the rest of the run again at each line), so one
//! 100,000-letter word held the page for seconds wherever it was wrapped; left unwrapped it is
//! shaped once. A paragraph of a megabyte is laid out whole whenever any of it shows, unless it
//! is cut into blocks the browser may skip. README, "Long words and paragraphs", has the figures.

use std::borrow::Cow;
use std::ops::Range;

/// Runs of at least this many bytes without a space are shown unwrapped. Far above any word
/// (Arabic letters take two bytes) or any address a reader would want wrapped, and low enough
/// that wrapping a run just under it costs a line breaker no more than ordinary text does.
pub const LONG_RUN_BYTES: usize = 1_000;

/// Paragraphs longer than this are shown in parts of about this many bytes, cut at a space.
pub const PART_BYTES: usize = 16_384;

/// How far past a part's length a space is looked for before the part is cut where it stands
/// (inside a long run, which is then shown as two boxes).
const SPACE_SEARCH_BYTES: usize = 4_096;

/// Labels (a facet value, a source's name, a title in a list of titles) show at most this many
/// characters.
pub const LABEL_CHARS: usize = 200;

/// A paragraph shows at most this many marks of a search: a real paragraph never holds so many
/// matches, and each is an element the page must make.
pub const MARKS_SHOWN: usize = 1_000;

/// One piece of a text: a byte range, and whether it is a run too long to wrap.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Run {
    pub range: Range<usize>,
    pub unbroken: bool,
}

/// `text` as consecutive pieces covering it, alternating between ordinary text and runs of
/// [`LONG_RUN_BYTES`] or more without whitespace. Text shorter than that is one piece, found
/// without reading it.
pub fn runs(text: &str) -> Vec<Run> {
    if text.len() < LONG_RUN_BYTES {
        return vec![Run { range: 0..text.len(), unbroken: false }];
    }
    let mut pieces = Vec::new();
    let mut plain_from = 0;
    let mut word_from = None;
    // A word that ends is a piece of its own if it is long, with the ordinary text before it.
    let close_word = |pieces: &mut Vec<Run>, plain_from: &mut usize, start: usize, end: usize| {
        if end - start >= LONG_RUN_BYTES {
            if start > *plain_from {
                pieces.push(Run { range: *plain_from..start, unbroken: false });
            }
            pieces.push(Run { range: start..end, unbroken: true });
            *plain_from = end;
        }
    };
    for (at, c) in text.char_indices() {
        match (c.is_whitespace(), word_from) {
            (true, Some(start)) => {
                close_word(&mut pieces, &mut plain_from, start, at);
                word_from = None;
            }
            (false, None) => word_from = Some(at),
            _ => {}
        }
    }
    if let Some(start) = word_from {
        close_word(&mut pieces, &mut plain_from, start, text.len());
    }
    if plain_from < text.len() || pieces.is_empty() {
        pieces.push(Run { range: plain_from..text.len(), unbroken: false });
    }
    pieces
}

/// `paragraph` as consecutive byte ranges of about [`PART_BYTES`], each ending after a space
/// where one comes soon enough; one range when it is not longer than that.
pub fn parts(paragraph: &str) -> Vec<Range<usize>> {
    let mut parts = Vec::with_capacity(paragraph.len() / PART_BYTES + 1);
    let mut start = 0;
    while paragraph.len() - start > PART_BYTES {
        let mut end = floor_char_boundary(paragraph, start + PART_BYTES);
        let window = &paragraph[end..floor_char_boundary(paragraph, end + SPACE_SEARCH_BYTES)];
        if let Some((at, space)) = window.char_indices().find(|(_, c)| c.is_whitespace()) {
            end += at + space.len_utf8();
        }
        parts.push(start..end);
        start = end;
    }
    parts.push(start..paragraph.len());
    parts
}

/// `text` cut to [`LABEL_CHARS`] characters, an ellipsis after it when it was cut.
pub fn label(text: &str) -> Cow<'_, str> {
    // A text of no more bytes than the limit has no more characters than it either.
    if text.len() <= LABEL_CHARS {
        return Cow::Borrowed(text);
    }
    match text.char_indices().nth(LABEL_CHARS) {
        Some((cut, _)) => Cow::Owned(format!("{}…", &text[..cut])),
        None => Cow::Borrowed(text),
    }
}

/// The largest character boundary of `text` at or before `at` (or its end).
fn floor_char_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn shown(text: &str) -> Vec<(usize, bool)> {
        runs(text).iter().map(|r| (r.range.len(), r.unbroken)).collect()
    }

    #[test]
    fn ordinary_text_is_one_piece() {
        assert_eq!(shown("كلمة وكلمة"), vec![(19, false)]);
        assert_eq!(shown(""), vec![(0, false)]);
        let prose = "كلمة ".repeat(1_000);
        assert_eq!(shown(&prose), vec![(prose.len(), false)]);
    }

    #[test]
    fn a_long_run_is_its_own_piece_wherever_it_stands() {
        let word = "ب".repeat(LONG_RUN_BYTES / 2);
        assert_eq!(shown(&word), vec![(LONG_RUN_BYTES, true)]);
        assert_eq!(shown(&format!("قبل {word} بعد")), vec![(7, false), (LONG_RUN_BYTES, true), (7, false)]);
        assert_eq!(shown(&format!("{word} {word}")), vec![(LONG_RUN_BYTES, true), (1, false), (LONG_RUN_BYTES, true)]);
        // One byte short of the limit is wrapped as any word is.
        let short = "x".repeat(LONG_RUN_BYTES - 1);
        assert_eq!(shown(&format!("{short} {short}")), vec![(2 * LONG_RUN_BYTES - 1, false)]);
    }

    #[test]
    fn a_megabyte_paragraph_is_cut_after_spaces() {
        let paragraph = "كلمة سجن ".repeat(120_000);
        let cut = parts(&paragraph);
        assert!(cut.len() > paragraph.len() / (PART_BYTES + SPACE_SEARCH_BYTES));
        for part in &cut[..cut.len() - 1] {
            assert!(paragraph[part.clone()].ends_with(' '), "{part:?}");
            assert!((PART_BYTES..=PART_BYTES + SPACE_SEARCH_BYTES).contains(&part.len()), "{part:?}");
        }
        assert_eq!(parts("قصيرة"), vec![0..10]);
    }

    #[test]
    fn labels_are_cut_to_a_length_with_an_ellipsis() {
        assert_eq!(label("مصدر"), "مصدر");
        let long = "ب".repeat(LABEL_CHARS + 1);
        assert_eq!(label(&long), format!("{}…", "ب".repeat(LABEL_CHARS)));
        assert_eq!(label(&"ب".repeat(LABEL_CHARS)), "ب".repeat(LABEL_CHARS));
    }

    fn texts() -> impl Strategy<Value = String> {
        // Words of any length, some far over the limit, between spaces of several kinds.
        let word = prop_oneof![
            "[a-zب-ي]{0,12}",
            (1usize..3_000, prop::sample::select(vec!['x', 'ب', '😀'])).prop_map(|(n, c)| c.to_string().repeat(n)),
        ];
        prop::collection::vec((word, prop::sample::select(vec![" ", "\n", "\u{a0}", "\u{3000}"])), 0..40)
            .prop_map(|words| words.into_iter().map(|(w, s)| w + s).collect())
    }

    proptest! {
        #[test]
        fn pieces_cover_the_text_in_order_and_mark_exactly_the_long_runs(text in texts()) {
            let pieces = runs(&text);
            let mut at = 0;
            for piece in &pieces {
                prop_assert_eq!(piece.range.start, at);
                let shown = &text[piece.range.clone()];
                let long_run = shown.len() >= LONG_RUN_BYTES && !shown.chars().any(char::is_whitespace);
                prop_assert_eq!(piece.unbroken, long_run);
                if !piece.unbroken {
                    prop_assert!(shown.split(char::is_whitespace).all(|w| w.len() < LONG_RUN_BYTES));
                }
                at = piece.range.end;
            }
            prop_assert_eq!(at, text.len());
        }

        #[test]
        fn parts_cover_the_paragraph_on_character_boundaries(text in texts(), repeat in 1usize..40) {
            let paragraph = text.repeat(repeat);
            let cut = parts(&paragraph);
            let mut at = 0;
            for part in &cut {
                prop_assert_eq!(part.start, at);
                prop_assert!(paragraph.get(part.clone()).is_some());
                prop_assert!(part.len() <= PART_BYTES + SPACE_SEARCH_BYTES + 4);
                at = part.end;
            }
            prop_assert_eq!(at, paragraph.len());
        }

        #[test]
        fn a_label_is_a_prefix_of_its_text(text in texts()) {
            let shown = label(&text);
            let kept = shown.strip_suffix('…').filter(|_| shown.len() != text.len()).unwrap_or(&shown);
            prop_assert!(text.starts_with(kept));
            prop_assert!(kept.chars().count() <= LABEL_CHARS);
        }
    }
}
