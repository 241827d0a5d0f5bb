//! How long an article takes to read, from its word count and its language.
//!
//! Silent reading is slower in Arabic than in English: the IReST study (Trauzettel-Klosinski et
//! al., 2012, the same passages translated into 17 languages and read by adults) measured
//! 138 words a minute for Arabic against 228 for English. Arabic words are also fuller (clitics
//! join article, preposition and pronoun to the word). We use 140 for Arabic, and 230 for
//! everything else, between IReST's English figure and the 238 of Brysbaert's 2019 review of 190
//! studies of silent non-fiction reading.

use sahifa_core::UiLang;

pub const ARABIC_WORDS_PER_MINUTE: usize = 140;
pub const OTHER_WORDS_PER_MINUTE: usize = 230;

/// Whole minutes, rounded up, and never less than one.
pub fn reading_minutes<'a>(paragraphs: impl IntoIterator<Item = &'a String>, lang: &str) -> u32 {
    let words: usize = paragraphs.into_iter().map(|p| p.split_whitespace().count()).sum();
    let rate = if UiLang::of_tag(lang) == UiLang::Arabic { ARABIC_WORDS_PER_MINUTE } else { OTHER_WORDS_PER_MINUTE };
    u32::try_from(words.div_ceil(rate).max(1)).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(n: usize) -> Vec<String> {
        vec![vec!["كلمة"; n].join(" ")]
    }

    #[test]
    fn arabic_reads_at_140_words_a_minute_and_rounds_up() {
        assert_eq!(reading_minutes(&words(140), "ar"), 1);
        assert_eq!(reading_minutes(&words(141), "ar"), 2);
        assert_eq!(reading_minutes(&words(700), "ar-SY"), 5);
    }

    #[test]
    fn other_languages_read_faster_and_nothing_reads_in_zero() {
        assert_eq!(reading_minutes(&words(700), "en"), 4);
        assert_eq!(reading_minutes(&[], "en"), 1);
    }
}
