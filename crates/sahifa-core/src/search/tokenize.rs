//! Tokenization of normalized text: words are runs of letters and digits, in any script.
//!
//! Everything else separates words: spaces, Latin and Arabic punctuation (، ؛ ؟ « » “ ”),
//! symbols, and the bidi controls, which normalization has already turned into spaces.

use std::ops::Range;

/// The byte ranges of the words of an already normalized text, in order.
pub fn tokens(normalized: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut chars = normalized.char_indices().peekable();
    std::iter::from_fn(move || {
        let start = loop {
            let (at, c) = chars.next()?;
            if is_word_char(c) {
                break at;
            }
        };
        let mut end = normalized.len();
        while let Some(&(at, c)) = chars.peek() {
            if !is_word_char(c) {
                end = at;
                break;
            }
            chars.next();
        }
        Some(start..end)
    })
}

/// Calls `f` with each normalized word of an original text, in order: the words `tokens` finds
/// in `normalize(text)`, in one pass and without building the normalized text. `word` is the
/// caller's buffer, reused from call to call. The index build reads words with
/// `fast_fold::WordReader`, which is tested against this definition, one character at a time.
#[cfg(test)]
pub(super) fn for_each_word(text: &str, word: &mut String, mut f: impl FnMut(&str)) {
    word.clear();
    super::normalize::for_each_folded(text, |c| {
        if is_word_char(c) {
            word.push(c);
        } else if !word.is_empty() {
            f(word);
            word.clear();
        }
    });
    if !word.is_empty() {
        f(word);
    }
}

/// A letter or digit of any script; ASCII and the Arabic letters, nearly all of the text, are
/// answered without the general Unicode tables, which dominated the index build.
pub(super) fn is_word_char(c: char) -> bool {
    match c {
        'a'..='z' | '0'..='9' | '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' => true,
        '\0'..='\u{7f}' => c.is_ascii_alphanumeric(),
        _ => c.is_alphanumeric(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::normalize::normalize;
    use expect_test::{expect, Expect};

    fn check(input: &str, expect: Expect) {
        let text = normalize(input);
        let words: Vec<&str> = tokens(&text).map(|r| &text[r]).collect();
        let mut in_one_pass = Vec::new();
        for_each_word(input, &mut String::new(), |w| in_one_pass.push(w.to_owned()));
        assert_eq!(in_one_pass, words);
        expect.assert_eq(&words.join("|"));
    }

    #[test]
    fn splits_on_spaces_punctuation_and_controls() {
        check("قال الوزير، «إن الاتفاق؛ قريب»؟", expect!["قال|الوزير|ان|الاتفاق|قريب"]);
        check("“كرة القدم” (FIFA) 2018-06-14", expect!["كره|القدم|fifa|2018|06|14"]);
        check("Paris\u{200F}باريس\u{2067}Roma\u{2069}", expect!["paris|باريس|roma"]);
        check("مُحَمَّد", expect!["محمد"]);
        check("...!؟،", expect![""]);
        check("", expect![""]);
        check("a", expect!["a"]);
    }
}
