//! Building the index: reading every article's words, then sorting the dictionary and laying out
//! the postings.
//!
//! Reading the words is most of the work: `fast_fold` normalizes and splits the text in one pass
//! over its bytes, and `intern` maps each word to the id of its stem, remembering the frequent
//! words in a cache. The postings are then counted by word code rather than by term: codes are
//! numbered in the order words are first met, so the counters of the frequent words sit together.
//!
//! What the build holds at its peak stays in the page for good (wasm memory never shrinks), so it
//! keeps no large temporaries: the word sequences are built compressed as they are read, in
//! blocks allocated once; the interning tables are small and dropped before the postings are
//! laid out; and the postings are measured first and then written into bytes allocated once at
//! their exact size. On the corpus the build allocates at most 2 MB more than the index keeps.

use super::completions::Completions;
use super::facets::{Facet, FacetColumn};
use super::fast_fold::WordReader;
use super::index::{Field, Lists, SearchIndex, Words, BREAK};
use super::intern::Interner;
use super::postings::PostingsBuilder;
use super::run::length_norms;
use crate::model::Article;

/// Builds a [`SearchIndex`] a slice of articles at a time, so that a page can index a large
/// bundle between frames and keep answering input; [`SearchIndex::build`] does it in one go.
pub struct IndexBuilder {
    interner: Interner,
    title: Words,
    body: Words,
    reader: WordReader,
    /// One buffer for the word being read, reused for every word.
    word: String,
    added: usize,
}

impl Default for IndexBuilder {
    fn default() -> IndexBuilder {
        IndexBuilder {
            interner: Interner::default(),
            title: Words::new(),
            body: Words::new(),
            reader: WordReader::new(),
            word: String::new(),
            added: 0,
        }
    }
}

impl IndexBuilder {
    pub fn new() -> IndexBuilder {
        IndexBuilder::default()
    }

    /// Reads the words of these articles, which follow the ones added before.
    pub fn add(&mut self, articles: &[Article]) {
        for a in articles {
            self.add_article(a);
        }
        self.added += articles.len();
    }

    /// One article's words. Kept out of line on purpose: V8 first runs wasm code unoptimized and
    /// swaps in optimized code only at a call, never inside a running loop, so the loop over the
    /// articles inlined into `add` ran unoptimized for the whole build (measured in Node on the
    /// corpus: 40 ms of a cold 490 ms index build).
    #[inline(never)]
    fn add_article(&mut self, a: &Article) {
        let title = std::iter::once(&a.title);
        add_words(&self.reader, &mut self.interner, &mut self.title, &mut self.word, title);
        add_words(&self.reader, &mut self.interner, &mut self.body, &mut self.word, &a.body);
    }

    /// How many articles have been added.
    pub fn added(&self) -> usize {
        self.added
    }

    /// The index over `articles`, whose first ones are those added, in the same order; any not
    /// added yet are added now.
    ///
    /// # Panics
    ///
    /// If fewer articles are given than were added: the index would not match them.
    pub fn finish(mut self, articles: &[Article]) -> SearchIndex {
        assert!(
            self.added <= articles.len(),
            "IndexBuilder::finish: {} articles added, only {} given",
            self.added,
            articles.len()
        );
        self.add(&articles[self.added..]);
        let IndexBuilder { interner, title, body, .. } = self;
        // The interning tables go first: nothing past reading needs them.
        let terms = interner.into_terms();

        // Sort the dictionary; word codes stay the order terms were met, and map to sorted ids.
        let count = terms.len();
        let order = sorted_by_text(count, &|id| terms.get(id as usize));
        let mut code_terms = vec![0u32; count];
        for (new, &old) in order.iter().enumerate() {
            code_terms[old as usize] = new as u32;
        }
        let mut term_text = String::with_capacity(terms.text_len());
        let mut term_ends = Vec::with_capacity(count);
        for &old in &order {
            term_text.push_str(terms.get(old as usize));
            term_ends.push(term_text.len() as u32);
        }
        // The postings are counted by word code rather than by term: the frequent words, met
        // first, have the low codes, so the counters they touch sit together in cache.
        let mut code_variants =
            Lists { offsets: Vec::with_capacity(count + 1), items: Vec::with_capacity(terms.variant_count()) };
        code_variants.offsets.push(0);
        for code in 0..count {
            code_variants.items.extend_from_slice(terms.variants(code));
            code_variants.close();
        }
        drop(terms);
        let title = Field::new(title, &code_variants, &order);
        let body = Field::new(body, &code_variants, &order);

        let mut variants =
            Lists { offsets: Vec::with_capacity(count + 1), items: Vec::with_capacity(code_variants.items.len()) };
        variants.offsets.push(0);
        for &old in &order {
            variants.items.extend(code_variants.get(old).iter().map(|&v| code_terms[v as usize]));
            variants.close();
        }
        drop((code_variants, order));
        let (recency, days) = dates(articles);
        let facets = Facet::ALL.iter().map(|&f| FacetColumn::build(f, articles)).collect();
        // A bundle's articles come newest first, so that order usually needs no sorting.
        let newest_first = recency.windows(2).all(|w| w[0] >= w[1]);
        let mut index = SearchIndex {
            term_text,
            term_ends,
            variants,
            code_terms,
            title,
            body,
            recency,
            newest_first,
            days,
            facets,
            completions: Completions::default(),
        };
        index.completions = Completions::build(&index);
        index
    }
}

impl SearchIndex {
    /// The index over these articles; positions in it are positions in the slice.
    pub fn build(articles: &[Article]) -> SearchIndex {
        IndexBuilder::new().finish(articles)
    }
}

/// The ids `0..count` in the order of their `text`; equal texts come in no particular order.
/// Most comparisons are settled by a radix sort on the first eight bytes; only texts that share
/// them are compared whole (corpus, natively: 4 ms where comparing the texts took 11). Used for
/// the dictionary and for facet values, through one `dyn` closure so that the module has one
/// copy of it.
pub(super) fn sorted_by_text<'a>(count: usize, text: &dyn Fn(u32) -> &'a str) -> Vec<u32> {
    let prefix = |t: &str| {
        let mut bytes = [0u8; 8];
        let n = t.len().min(8);
        bytes[..n].copy_from_slice(&t.as_bytes()[..n]);
        u64::from_be_bytes(bytes)
    };
    let mut keyed: Vec<(u64, u32)> = (0..count as u32).map(|id| (prefix(text(id)), id)).collect();
    radsort::sort_by_key(&mut keyed, |k| k.0);
    for run in keyed.chunk_by_mut(|a, b| a.0 == b.0).filter(|r| r.len() > 1) {
        run.sort_unstable_by(|a, b| text(a.1).cmp(text(b.1)));
    }
    keyed.into_iter().map(|(_, id)| id).collect()
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

impl Field {
    /// Builds the postings from the word sequences: each word counts for its term and the term's
    /// variants. `variants` are by word code, and `order` is the word code of each term.
    fn new(mut words: Words, variants: &Lists, order: &[u32]) -> Field {
        words.finish();
        let docs = words.lens.len() as u32;
        let mut postings = PostingsBuilder::new(order.len());
        let mut total_len = 0usize;
        for d in 0..docs {
            total_len += occurrences(&words, variants, d, &mut postings);
            postings.measure(d);
        }
        let offsets = postings.start(order);
        for d in 0..docs {
            occurrences(&words, variants, d, &mut postings);
            postings.write(d);
        }
        let average_len = if docs == 0 { 0.0 } else { total_len as f32 / docs as f32 };
        let length_norms = length_norms(&words.lens, average_len);
        Field { words, postings: postings.finish(offsets), length_norms }
    }
}

/// Gives `postings` the occurrences of article `doc`'s words by word code: a word counts for its
/// own code and for its variants'. Returns how many words the article has.
fn occurrences(words: &Words, variants: &Lists, doc: u32, postings: &mut PostingsBuilder) -> usize {
    let mut len = 0;
    for code in words.codes(doc).filter(|&c| c != BREAK) {
        len += 1;
        postings.occur(code);
        for &v in variants.get(code) {
            postings.occur(v);
        }
    }
    len
}

/// Each article's recency rank (higher is newer, 0 undated) and day.
fn dates(articles: &[Article]) -> (Vec<u32>, Vec<Option<i32>>) {
    let mut dated: Vec<u32> = (0..articles.len() as u32).filter(|&i| articles[i as usize].date.is_some()).collect();
    dated.sort_by_key(|&i| articles[i as usize].date);
    // Articles of the same date share a rank, so the date alone decides among them.
    let mut recency = vec![0u32; articles.len()];
    let mut rank = 0;
    for (k, &i) in dated.iter().enumerate() {
        if k == 0 || articles[i as usize].date != articles[dated[k - 1] as usize].date {
            rank += 1;
        }
        recency[i as usize] = rank;
    }
    let days = articles.iter().map(|a| a.date.map(|d| d.day.to_julian_day())).collect();
    (recency, days)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn check(texts: &[&str]) {
        let mut want: Vec<u32> = (0..texts.len() as u32).collect();
        want.sort_by_key(|&i| texts[i as usize]);
        assert_eq!(sorted_by_text(texts.len(), &|i| texts[i as usize]), want, "{texts:?}");
    }

    #[test]
    fn texts_sharing_eight_bytes_are_compared_whole() {
        check(&[]);
        check(&["مكتبة", "مكتب", "مكتبات", "مكتبتنا", "abcdefgh", "abcdefg", "abcdefghi", "abcdefgha", "a", "", "é"]);
    }

    proptest! {
        #[test]
        fn equal_texts_sort_together(texts in proptest::collection::vec("[ab\u{627}]{0,10}", 0..60)) {
            let sorted: Vec<&str> = sorted_by_text(texts.len(), &|i| texts[i as usize].as_str())
                .into_iter()
                .map(|i| texts[i as usize].as_str())
                .collect();
            let mut want: Vec<&str> = texts.iter().map(String::as_str).collect();
            want.sort_unstable();
            prop_assert_eq!(sorted, want);
        }

        #[test]
        fn sorted_as_the_texts(texts in proptest::collection::btree_set("[ab\u{627}\u{628}]{0,12}", 0..40)) {
            let texts: Vec<&str> = texts.iter().rev().map(String::as_str).collect();
            check(&texts);
        }
    }
}
