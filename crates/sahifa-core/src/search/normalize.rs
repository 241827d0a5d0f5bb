//! Normalization: the one folding applied alike to article text and to what the reader types.
//!
//! Folding is done character by character, so every normalized character comes from exactly one
//! original character; `normalize_mapped` keeps that link for highlighting.

use super::fold_table::{self, Folded};
use std::ops::Range;

/// What one original character becomes.
enum Fold {
    /// Nothing: a diacritic, tatweel, a joiner.
    Drop,
    One(char),
    Many(&'static str),
}

/// The folding rules; see the module documentation of `search` for why each exists.
fn fold(c: char) -> Fold {
    match c {
        'A'..='Z' => Fold::One(c.to_ascii_lowercase()),
        '\0'..='\u{7f}' => Fold::One(c),
        // Tashkeel, superscript alef, tatweel, Quranic annotation marks.
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{06D6}'..='\u{06ED}' => Fold::Drop,
        // Combining marks of Latin text written decomposed (NFD).
        '\u{0300}'..='\u{036F}' => Fold::Drop,
        // Soft hyphen, zero-width joiners and the BOM sit inside words: they must not split one.
        '\u{00AD}' | '\u{200B}'..='\u{200D}' | '\u{FEFF}' => Fold::Drop,
        // Bidi controls separate words: a mark between two words must not glue them together.
        '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => Fold::One(' '),
        'أ' | 'إ' | 'آ' | 'ٱ' => Fold::One('ا'),
        'ؤ' | 'ئ' => Fold::One('ء'),
        'ى' | 'ی' => Fold::One('ي'),
        'ة' => Fold::One('ه'),
        'ک' => Fold::One('ك'),
        '\u{0660}'..='\u{0669}' => Fold::One(digit(c, 0x0660)),
        '\u{06F0}'..='\u{06F9}' => Fold::One(digit(c, 0x06F0)),
        // The Arabic letters themselves, the common case, skip the table. The loan letters of
        // foreign and dialect names (پ چ ژ ڤ ڥ ڨ ڭ گ), for sounds Arabic lacks, are in it: each
        // meets the Arabic letter it is drawn from and that other writers use (ڨردان and
        // قردان, ڤوكس and فوكس).
        '\u{0621}'..='\u{064A}' => Fold::One(c),
        _ => match fold_table::lookup(c) {
            Some(Folded::One(f)) => Fold::One(f),
            Some(Folded::Many("")) => Fold::Drop,
            Some(Folded::Many(s)) => Fold::Many(s),
            None if c.is_uppercase() => lowercase(c),
            None => Fold::One(c),
        },
    }
}

fn digit(c: char, zero: u32) -> char {
    char::from_digit(u32::from(c) - zero, 10).unwrap_or(c)
}

/// Lower case beyond ASCII; the rare letters that lower to two characters (İ) keep the first.
fn lowercase(c: char) -> Fold {
    Fold::One(c.to_lowercase().next().unwrap_or(c))
}

/// Calls `emit` with each character of the normalized form of `text`, without building it.
pub(super) fn for_each_folded(text: &str, mut emit: impl FnMut(char)) {
    for c in text.chars() {
        match fold(c) {
            Fold::Drop => {}
            Fold::One(f) => emit(f),
            Fold::Many(s) => s.chars().for_each(&mut emit),
        }
    }
}

/// The normalized form of `text`.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Most characters stay as they are: copy them in runs rather than one by one.
    let mut unchanged = 0;
    for (at, c) in text.char_indices() {
        let folded = fold(c);
        if matches!(folded, Fold::One(f) if f == c) {
            continue;
        }
        out.push_str(&text[unchanged..at]);
        unchanged = at + c.len_utf8();
        match folded {
            Fold::Drop => {}
            Fold::One(f) => out.push(f),
            Fold::Many(s) => out.push_str(s),
        }
    }
    out.push_str(&text[unchanged..]);
    out
}

/// A normalized text that remembers where each of its characters came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Normalized {
    pub text: String,
    /// One entry per character of `text`, in order: its byte offset in `text`, and the bytes of
    /// the original it came from. Dropped characters (diacritics) join the span of the character
    /// before them, so a highlighted letter takes its diacritics along.
    spans: Vec<(usize, Range<usize>)>,
}

/// Normalizes `text` and keeps the map back to the original bytes.
pub fn normalize_mapped(text: &str) -> Normalized {
    let mut out = String::with_capacity(text.len());
    let mut spans: Vec<(usize, Range<usize>)> = Vec::with_capacity(text.len() / 2);
    for (at, c) in text.char_indices() {
        let origin = at..at + c.len_utf8();
        let mut emit = |f: char, out: &mut String| {
            spans.push((out.len(), origin.clone()));
            out.push(f);
        };
        match fold(c) {
            Fold::Drop => {
                if let Some((_, last)) = spans.last_mut() {
                    last.end = origin.end;
                }
            }
            Fold::One(f) => emit(f, &mut out),
            Fold::Many(s) => s.chars().for_each(|f| emit(f, &mut out)),
        }
    }
    Normalized { text: out, spans }
}

impl Normalized {
    /// The original bytes behind a byte range of the normalized text (empty if `range` is).
    pub fn original(&self, range: Range<usize>) -> Range<usize> {
        let first = self.spans.partition_point(|(at, _)| *at < range.start);
        let past = self.spans.partition_point(|(at, _)| *at < range.end);
        match (self.spans.get(first), past.checked_sub(1).and_then(|i| self.spans.get(i))) {
            (Some((_, a)), Some((_, b))) if first < past => a.start..b.end,
            _ => 0..0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{expect, Expect};

    fn check(input: &str, expect: Expect) {
        expect.assert_eq(&normalize(input));
    }

    #[test]
    fn folds_arabic_spellings_together() {
        check("السِّجْنُ", expect!["السجن"]);
        check("أحمد إبراهيم آمنة ٱلله", expect!["احمد ابراهيم امنه الله"]);
        check("مستشفى", expect!["مستشفي"]);
        check("مدرسة", expect!["مدرسه"]);
        check("مسؤول مسئول شؤون شئون", expect!["مسءول مسءول شءون شءون"]);
        check("جمـــيل", expect!["جميل"]);
        check("٢٠١٨ و۱۹۹۰", expect!["2018 و1990"]);
        check("ﻻ ﷲ ﻣﺼﺮ", expect!["لا الله مصر"]);
        check("Café MÜNCHEN İstanbul", expect!["cafe munchen istanbul"]);
        check("Cafe\u{301}", expect!["cafe"]);
        check("فارسی کتاب", expect!["فارسي كتاب"]);
        check("پ چ ژ ڤ ڥ ڨ گ ڭ", expect!["ب ج ز ف ف ق ك ك"]);
        check("ڨردان ڤوكس پاريس \u{FB56}", expect!["قردان فوكس باريس ب"]);
        check("a\u{200F}b\u{200C}c", expect!["a bc"]);
        check("", expect![""]);
    }

    fn check_map(input: &str, norm: Range<usize>, expect: Expect) {
        let n = normalize_mapped(input);
        let orig = n.original(norm.clone());
        expect.assert_eq(&format!("{} -> {:?} «{}»", &n.text[norm], orig, &input[orig.clone()]));
    }

    #[test]
    fn maps_normalized_ranges_back_to_original_bytes() {
        // "سجن" inside "بالسِّجْنِ": the match takes its diacritics along, the prefix stays out.
        check_map("بالسِّجْنِ", 6..12, expect!["سجن -> 6..20 «سِّجْنِ»"]);
        check_map("ﻻ بأس", 0..4, expect!["لا -> 0..3 «ﻻ»"]);
        check_map("ﻻ بأس", 0..2, expect!["ل -> 0..3 «ﻻ»"]);
        check_map("Éte", 0..2, expect!["et -> 0..3 «Ét»"]);
        check_map("abc", 3..3, expect![" -> 0..0 «»"]);
    }
}
