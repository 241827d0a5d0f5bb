//! A paragraph of an article as a link names it, and what such a link finds in the article as it
//! is now: a link is evidence only while it points at the words it was made for, so it carries a
//! short fingerprint of the paragraph's text and says "changed" rather than mark other words.
//!
//! The fingerprint is not a security measure (anyone can write a link); it only tells a reader
//! that the text moved under a link made in good faith. 24 bits of FNV-1a keep the link short
//! and let one edit in about sixteen million go unnoticed.

use std::ops::Range;

/// A paragraph, and perhaps some words of it, as a link names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParagraphRef {
    /// The paragraph's place in the body, from 1, as a reader counts.
    pub number: u32,
    /// The text's `fingerprint` when the link was made; a hand-written link may leave it out,
    /// and then points at whatever the paragraph says now.
    pub fingerprint: Option<u32>,
    /// The quoted words, in characters (not bytes: a link is text, and characters are what
    /// survive any encoding of it), from the paragraph's start, end excluded.
    pub quote: Option<(u32, u32)>,
}

/// What a link to a paragraph finds in an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// The paragraph at this index of the body (from 0), and the quoted words as a byte range of
    /// its text. A paragraph that moved (others added or removed before it) is found by its
    /// fingerprint.
    At { index: usize, quote: Option<Range<usize>> },
    /// The article has a paragraph at that place, but its text is not the linked one.
    Changed,
    /// The article has no paragraph at that place, nor one with the linked text.
    Missing,
}

/// The bits of the fingerprint a link keeps.
pub const FINGERPRINT_BITS: u32 = 24;

/// A short fingerprint of a paragraph's text: FNV-1a over its UTF-8 bytes, folded to
/// `FINGERPRINT_BITS` (xor-folding keeps every byte's influence on the kept bits).
pub fn fingerprint(text: &str) -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    for &byte in text.as_bytes() {
        hash = (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193);
    }
    (hash >> FINGERPRINT_BITS) ^ (hash & ((1 << FINGERPRINT_BITS) - 1))
}

/// The link to paragraph `index` (from 0) of `body`, with the words at characters `quote`
/// (`start..end`, as a browser's selection counts them) when given; `None` when there is no
/// such paragraph or it has fewer characters than the quote names.
pub fn cite(body: &[String], index: usize, quote: Option<(u32, u32)>) -> Option<ParagraphRef> {
    let text = body.get(index)?;
    let quote = match quote {
        Some(quote) => Some(quote_range(text, quote).map(|_| quote)?),
        None => None,
    };
    Some(ParagraphRef {
        number: u32::try_from(index).ok()?.checked_add(1)?,
        fingerprint: Some(fingerprint(text)),
        quote,
    })
}

impl ParagraphRef {
    /// Where this link points in `body`.
    pub fn find(&self, body: &[String]) -> Found {
        let at = (self.number as usize).checked_sub(1);
        let index = match (self.fingerprint, at.and_then(|at| body.get(at))) {
            (None, Some(_)) => at,
            (Some(print), Some(text)) if fingerprint(text) == print => at,
            (Some(print), _) => body.iter().position(|text| fingerprint(text) == print),
            (None, None) => None,
        };
        match index {
            Some(index) => Found::At { index, quote: self.quote.and_then(|quote| quote_range(&body[index], quote)) },
            None if at.is_some_and(|at| at < body.len()) => Found::Changed,
            None => Found::Missing,
        }
    }
}

/// The byte range of characters `start..end` of `text`, when the text has them.
fn quote_range(text: &str, (start, end): (u32, u32)) -> Option<Range<usize>> {
    if start >= end {
        return None;
    }
    let mut offsets = text.char_indices().map(|(at, _)| at).chain([text.len()]);
    let from = offsets.nth(start as usize)?;
    let to = offsets.nth((end - start - 1) as usize)?;
    Some(from..to)
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{expect, Expect};

    fn body(paragraphs: &[&str]) -> Vec<String> {
        paragraphs.iter().map(|&p| p.to_owned()).collect()
    }

    fn check(link: Option<ParagraphRef>, now: &[&str], expected: Expect) {
        let now = body(now);
        let found = link.expect("a link").find(&now);
        let shown = match &found {
            Found::At { index, quote: Some(range) } => {
                format!("paragraph {index}, quoting {:?}", &now[*index][range.clone()])
            }
            other => format!("{other:?}"),
        };
        expected.assert_eq(&shown);
    }

    #[test]
    fn a_fingerprint_is_short_and_follows_the_text() {
        expect!["652c15"].assert_eq(&format!("{:06x}", fingerprint("أعلنت وزارة الداخلية")));
        assert!(fingerprint("a") < 1 << FINGERPRINT_BITS);
        assert_ne!(fingerprint("أعلنت وزارة الداخلية"), fingerprint("أعلنت وزارة الداخليه"));
    }

    #[test]
    fn a_link_finds_its_paragraph_or_says_why_not() {
        let then = body(&["الأول", "قال المحامي إن الحكم صدر غيابياً", "الثالث"]);
        let quote = ("قال المحامي ".chars().count() as u32, "قال المحامي إن الحكم".chars().count() as u32);
        let link = cite(&then, 1, Some(quote));
        check(
            link,
            &["الأول", "قال المحامي إن الحكم صدر غيابياً", "الثالث"],
            expect![[r#"paragraph 1, quoting "إن الحكم""#]],
        );
        // A paragraph added before it: the words are found where they went.
        check(
            link,
            &["مقدمة", "الأول", "قال المحامي إن الحكم صدر غيابياً"],
            expect![[r#"paragraph 2, quoting "إن الحكم""#]],
        );
        check(link, &["الأول", "قال المحامي إن الحكم صدر حضورياً", "الثالث"], expect!["Changed"]);
        check(link, &["الأول"], expect!["Missing"]);
        check(cite(&then, 0, None), &["الأول"], expect!["At { index: 0, quote: None }"]);
        // Written by hand: a number alone points at the paragraph as it is now.
        let by_hand = Some(ParagraphRef { number: 3, fingerprint: None, quote: None });
        check(by_hand, &["أ", "ب", "ج"], expect!["At { index: 2, quote: None }"]);
        check(by_hand, &["أ"], expect!["Missing"]);
        // Crafted: paragraph 0, and words past the paragraph's end, mark nothing.
        check(Some(ParagraphRef { number: 0, fingerprint: None, quote: None }), &["أ"], expect!["Missing"]);
        let past_the_end = Some(ParagraphRef { number: 1, fingerprint: None, quote: Some((2, 900)) });
        check(past_the_end, &["أب"], expect!["At { index: 0, quote: None }"]);
    }

    #[test]
    fn a_quote_past_the_paragraph_is_no_link() {
        let then = body(&["سجن"]);
        assert_eq!(cite(&then, 0, Some((1, 3))).and_then(|link| link.quote), Some((1, 3)));
        assert_eq!(cite(&then, 0, Some((1, 4))), None, "three letters");
        assert_eq!(cite(&then, 0, Some((2, 2))), None, "an empty quote");
        assert_eq!(cite(&then, 1, None), None);
    }
}
