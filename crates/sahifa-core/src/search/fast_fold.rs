//! The index build's word reader: normalization and tokenization in one pass over the bytes, with
//! table lookups for the characters nearly all the text is made of.
//!
//! The character path (`normalize::for_each_folded` then `tokenize::is_word_char`) is the
//! definition; it costs a `match` and a UTF-8 decode per character, and reading the words took
//! most of the build. Here an ASCII byte, or the two bytes of a character of the Arabic block
//! (U+0600–U+06FF: lead bytes 0xD8–0xDB), index a table that says what the character becomes;
//! any other character goes through the character path. The tables are filled from the
//! character path itself when a reader is made, so the two cannot disagree, and a test checks
//! that they give the same words on arbitrary text and on the corpus.

use super::normalize::for_each_folded;
use super::tokenize::is_word_char;

/// What one character does to the word being read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    /// It is a letter or digit that normalization leaves as it is: the word takes its bytes.
    Keep,
    /// It folds to another letter or digit, which the word takes.
    Letter(char),
    /// It folds to nothing (a diacritic, tatweel): the word goes on.
    Drop,
    /// It folds to one character that is not part of a word: the word ends.
    Separator,
    /// Anything else: ask the character path.
    Slow,
}

/// The first lead byte of the Arabic block in UTF-8: U+0600 is `D8 80`.
const ARABIC_LEAD: u8 = 0xD8;

/// Reads the normalized words of text; see the module documentation.
pub(super) struct WordReader {
    ascii: [Step; 128],
    /// U+0600–U+06FF, by code point minus U+0600: (lead byte − 0xD8) × 64 + continuation bits.
    arabic: [Step; 256],
}

impl WordReader {
    pub(super) fn new() -> WordReader {
        WordReader {
            ascii: std::array::from_fn(|b| step(char::from(b as u8))),
            arabic: std::array::from_fn(|i| char::from_u32(0x0600 + i as u32).map_or(Step::Slow, step)),
        }
    }

    /// Calls `f` with each normalized word of `text`, in order: exactly the words of
    /// `tokens(&normalize(text))`. A word that normalization leaves as it is, most of them, is
    /// passed as a slice of `text`; the others are built in `word`, the caller's buffer, reused
    /// from call to call.
    pub(super) fn for_each_word(&self, text: &str, word: &mut String, mut f: impl FnMut(&str)) {
        word.clear();
        let bytes = text.as_bytes();
        // `text[kept..at]` is the end of the current word, letters kept as they are and not yet
        // copied into `word`.
        let mut kept = 0;
        let mut at = 0;
        while let Some(&b) = bytes.get(at) {
            let (step, len) = if b < 0x80 {
                (self.ascii[usize::from(b)], 1)
            } else if (ARABIC_LEAD..ARABIC_LEAD + 4).contains(&b) {
                // `text` is UTF-8, so a lead byte is followed by its continuation byte.
                let low = usize::from(bytes[at + 1] & 0x3F);
                (self.arabic[usize::from(b - ARABIC_LEAD) << 6 | low], 2)
            } else {
                (Step::Slow, text[at..].chars().next().map_or(1, char::len_utf8))
            };
            if step == Step::Keep {
                at += len;
                continue;
            }
            let ends_word = step == Step::Separator;
            if ends_word && word.is_empty() {
                // The whole word is in `text` as it is: no copy.
                if kept < at {
                    f(&text[kept..at]);
                }
            } else {
                word.push_str(&text[kept..at]);
            }
            match step {
                Step::Letter(c) => word.push(c),
                Step::Separator => end_word(word, &mut f),
                Step::Slow => for_each_folded(&text[at..at + len], |c| {
                    if is_word_char(c) {
                        word.push(c);
                    } else {
                        end_word(word, &mut f);
                    }
                }),
                Step::Keep | Step::Drop => {}
            }
            at += len;
            kept = at;
        }
        if word.is_empty() {
            if kept < at {
                f(&text[kept..at]);
            }
        } else {
            word.push_str(&text[kept..at]);
            end_word(word, &mut f);
        }
    }
}

fn end_word(word: &mut String, f: &mut impl FnMut(&str)) {
    if !word.is_empty() {
        f(word);
        word.clear();
    }
}

/// What the character path does with `c`.
fn step(c: char) -> Step {
    let mut folded = [None; 2];
    let mut n = 0;
    for_each_folded(c.encode_utf8(&mut [0; 4]), |f| {
        if let Some(slot) = folded.get_mut(n) {
            *slot = Some(f);
        }
        n += 1;
    });
    match (n, folded[0]) {
        (0, _) => Step::Drop,
        (1, Some(f)) if f == c && is_word_char(f) => Step::Keep,
        (1, Some(f)) if is_word_char(f) => Step::Letter(f),
        (1, Some(_)) => Step::Separator,
        _ => Step::Slow,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::tokenize::for_each_word;
    use proptest::prelude::*;

    fn fast(text: &str) -> Vec<String> {
        let mut words = Vec::new();
        WordReader::new().for_each_word(text, &mut String::new(), |w| words.push(w.to_owned()));
        words
    }

    fn reference(text: &str) -> Vec<String> {
        let mut words = Vec::new();
        for_each_word(text, &mut String::new(), |w| words.push(w.to_owned()));
        words
    }

    #[test]
    fn the_tables_say_what_the_character_path_does() {
        let reader = WordReader::new();
        assert_eq!(reader.ascii[usize::from(b'Q')], Step::Letter('q'));
        assert_eq!(reader.ascii[usize::from(b'q')], Step::Keep);
        assert_eq!(reader.arabic[0x28], Step::Keep, "ب");
        assert_eq!(reader.ascii[usize::from(b' ')], Step::Separator);
        assert_eq!(reader.arabic[0x23], Step::Letter('ا'), "أ");
        assert_eq!(reader.arabic[0x4E], Step::Drop, "fatha");
        assert_eq!(reader.arabic[0x40], Step::Drop, "tatweel");
        assert_eq!(reader.arabic[0x61], Step::Letter('1'), "Arabic-Indic one");
        assert_eq!(reader.arabic[0x0C], Step::Separator, "Arabic comma");
        assert_eq!(reader.arabic[0x1C], Step::Separator, "Arabic letter mark");
    }

    #[test]
    fn reads_the_same_words_as_the_character_path() {
        for text in [
            "قال الوزير، «إن الاتفاق؛ قريب»؟",
            "السِّجْنُ جمـــيل ٢٠١٨ و۱۹۹۰ ﻻ ﷲ ﻣﺼﺮ",
            "Café MÜNCHEN İstanbul Cafe\u{301} a\u{200F}b\u{200C}c",
            "Paris\u{200F}باريس\u{2067}Roma\u{2069} فارسی کتاب",
            "",
        ] {
            assert_eq!(fast(text), reference(text), "{text}");
        }
    }

    /// Characters from every class the folding treats differently, and any character at all.
    fn character() -> impl Strategy<Value = char> {
        prop_oneof![
            proptest::char::range('\u{0621}', '\u{064A}'),
            proptest::char::range('\u{0600}', '\u{06FF}'),
            proptest::char::range('\u{064B}', '\u{065F}'),
            proptest::char::range('\u{0660}', '\u{0669}'),
            proptest::char::range('\u{06F0}', '\u{06F9}'),
            proptest::char::range('\u{FB50}', '\u{FDFF}'),
            proptest::char::range('\u{FE70}', '\u{FEFF}'),
            proptest::char::range('\u{0000}', '\u{007F}'),
            proptest::char::range('\u{00A0}', '\u{024F}'),
            proptest::char::range('\u{0300}', '\u{036F}'),
            proptest::char::range('\u{1E00}', '\u{1EFF}'),
            proptest::char::range('\u{2000}', '\u{206F}'),
            proptest::char::range('\u{FF01}', '\u{FF5E}'),
            proptest::char::range('\u{0370}', '\u{04FF}'),
            any::<char>(),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn reads_the_same_words_as_the_character_path_on_any_text(
            text in proptest::collection::vec(character(), 0..40).prop_map(String::from_iter),
        ) {
            prop_assert_eq!(fast(&text), reference(&text));
        }
    }

    /// Every title and body of the shared corpus, when it is beside the repository.
    #[test]
    fn reads_the_same_words_as_the_character_path_on_the_corpus() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus/arabic-news.jsonl");
        let Ok(corpus) = std::fs::read_to_string(path) else {
            eprintln!("skipped: no corpus at {path}");
            return;
        };
        let (reader, mut word) = (WordReader::new(), String::new());
        let (mut fast_words, mut reference_words) = (Vec::new(), Vec::new());
        for line in corpus.lines() {
            let Ok(article) = serde_json::from_str::<serde_json::Value>(line) else { continue };
            for text in ["title", "body"].iter().filter_map(|k| article[k].as_str()) {
                fast_words.clear();
                reference_words.clear();
                reader.for_each_word(text, &mut word, |w| fast_words.push(w.to_owned()));
                for_each_word(text, &mut word, |w| reference_words.push(w.to_owned()));
                assert_eq!(fast_words, reference_words, "{text}");
            }
        }
    }
}
