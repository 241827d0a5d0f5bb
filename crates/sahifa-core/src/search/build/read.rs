//! The build's first part, and most of its work: reading every article's words.
//!
//! `fast_fold` normalizes and splits the text in one pass over its bytes, and `intern` maps each
//! word to the id of its stem, remembering the frequent words in a cache. Each field's words are
//! kept as a sequence of word codes, numbered in the order words are first met, from which
//! `layout` lays out the postings.
//!
//! What the build holds at its peak stays in the page for good (wasm memory never shrinks), so it
//! keeps no large temporaries: the word sequences are built compressed as they are read, in
//! blocks allocated once; the interning tables are small and dropped before the postings are
//! laid out; and the postings are measured first and then written into bytes allocated once at
//! their exact size.

use super::intern::{Interner, Terms};
use crate::model::Article;
use crate::search::fast_fold::WordReader;
use crate::search::words::{Words, BREAK};

/// The words of the articles read so far.
pub(super) struct WordsRead {
    interner: Interner,
    title: Words,
    body: Words,
    reader: WordReader,
    /// One buffer for the word being read, reused for every word.
    word: String,
    read: usize,
}

impl WordsRead {
    pub(super) fn new() -> WordsRead {
        WordsRead {
            interner: Interner::default(),
            title: Words::new(),
            body: Words::new(),
            reader: WordReader::new(),
            word: String::new(),
            read: 0,
        }
    }

    /// Reads the words of these articles, which follow the ones read before.
    pub(super) fn add(&mut self, articles: &[Article]) {
        for a in articles {
            self.add_article(a);
        }
        self.read += articles.len();
    }

    /// One article's words. Kept out of line on purpose: V8 first runs wasm code unoptimized and
    /// swaps in optimized code only at a call, never inside a running loop, so the loop over the
    /// articles inlined into `add` would run unoptimized for the whole build.
    #[inline(never)]
    fn add_article(&mut self, a: &Article) {
        let title = std::iter::once(&a.title);
        add_words(&self.reader, &mut self.interner, &mut self.title, &mut self.word, title);
        add_words(&self.reader, &mut self.interner, &mut self.body, &mut self.word, &a.body);
    }

    /// How many articles have been read.
    pub(super) fn read(&self) -> usize {
        self.read
    }

    /// The terms met and each field's words, the interning tables dropped.
    pub(super) fn into_parts(self) -> (Terms, Words, Words) {
        (self.interner.into_terms(), self.title, self.body)
    }
}

/// Appends one article's field to `words`: the codes of its words' stems, a `BREAK` between
/// paragraphs.
fn add_words<'a>(
    reader: &WordReader,
    interner: &mut Interner,
    words: &mut Words,
    word: &mut String,
    paragraphs: impl IntoIterator<Item = &'a String>,
) {
    let mut len = 0;
    for (i, paragraph) in paragraphs.into_iter().enumerate() {
        if i > 0 {
            words.push(BREAK);
            len += 1;
        }
        reader.for_each_word(paragraph, word, |w| {
            words.push(interner.stem(w));
            len += 1;
        });
    }
    words.close(len);
}
