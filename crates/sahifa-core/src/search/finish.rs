//! The index build's last part, after the words are read: the dictionary sorted, the postings laid
//! out, the dates, facets and completions. In steps, so that a page can hand the main thread back
//! between them: done in one go it was a 170 ms task on the corpus in Chromium.
//!
//! Laying out a field's postings takes two passes over its articles (see `PostingsBuilder`), and
//! each pass goes a few thousand articles a step; the dictionary before, and the dates, each facet
//! column and the completions after, are a step each. [`IndexBuilder::finish`] takes every step at
//! once, so the build has one path whether or not it is sliced.

use super::build::IndexBuilder;
use super::completions::Completions;
use super::facets::{Facet, FacetColumn};
use super::index::{Field, Lists, SearchIndex, Words, BREAK};
use super::intern::Terms;
use super::postings::PostingsBuilder;
use super::run::length_norms;
use crate::model::Article;

/// How many articles one step of a postings pass reads: a few milliseconds of work in wasm.
const ARTICLES_A_STEP: u32 = 2_000;

/// An index being finished; [`Finishing::step`] until it gives the index.
pub struct Finishing<'a> {
    articles: &'a [Article],
    stage: Stage,
    /// How many articles one step of a postings pass reads.
    articles_a_step: u32,
}

// One `Finishing` lives at a time and a step moves its stage once: the size of the variants does
// not matter, and boxing one would only add an allocation.
#[allow(clippy::large_enum_variant)]
enum Stage {
    /// The words are read; the dictionary comes next.
    Read(IndexBuilder),
    /// The postings of the title, then of the body.
    Postings { dictionary: Dictionary, field: FieldBuilder, other: OtherField },
    /// Both fields laid out: the dates, facets and completions remain.
    Fields { dictionary: Dictionary, title: Field, body: Field },
    /// The index but for some of its facet columns, which come a step each, and its completions.
    Facets(SearchIndex),
    /// The index but for its completions.
    Completions(SearchIndex),
    /// Given away by the step that finished.
    Done,
}

/// While one field's postings are laid out, what there is of the other.
enum OtherField {
    /// The title is being laid out; the body's words wait.
    BodyWords(Words),
    /// The body is being laid out; the title is done.
    Title(Field),
}

/// The sorted dictionary, and how the word codes of reading map onto it.
struct Dictionary {
    term_text: String,
    term_ends: Vec<u32>,
    /// The sorted id of each word code.
    code_terms: Vec<u32>,
    /// The word code of each sorted term.
    order: Vec<u32>,
    /// The variants of each word code, by word code.
    code_variants: Lists,
}

impl<'a> Finishing<'a> {
    /// Finishing the index over `articles`, whose first ones are those `builder` read, in the same
    /// order; any not read yet are read in the first step.
    ///
    /// # Panics
    ///
    /// If fewer articles are given than were added: the index would not match them.
    pub fn new(builder: IndexBuilder, articles: &'a [Article]) -> Finishing<'a> {
        assert!(
            builder.added() <= articles.len(),
            "IndexBuilder::finish: {} articles added, only {} given",
            builder.added(),
            articles.len()
        );
        Finishing { articles, stage: Stage::Read(builder), articles_a_step: ARTICLES_A_STEP }
    }

    /// Does the next part of the work; the index once the last part is done. Called again after
    /// that, it panics.
    pub fn step(&mut self) -> Option<SearchIndex> {
        match std::mem::replace(&mut self.stage, Stage::Done) {
            Stage::Read(mut builder) => {
                builder.add(&self.articles[builder.added()..]);
                let (terms, title, body) = builder.into_parts();
                let dictionary = Dictionary::new(terms);
                let field = FieldBuilder::new(title, dictionary.order.len());
                self.stage = Stage::Postings { dictionary, field, other: OtherField::BodyWords(body) };
                None
            }
            Stage::Postings { dictionary, mut field, other } => {
                if !field.step(&dictionary.code_variants, &dictionary.order, self.articles_a_step) {
                    self.stage = Stage::Postings { dictionary, field, other };
                    return None;
                }
                self.stage = match other {
                    OtherField::BodyWords(body) => {
                        // The title's builder goes before the body's counters are allocated.
                        let title = OtherField::Title(field.finish());
                        let field = FieldBuilder::new(body, dictionary.order.len());
                        Stage::Postings { dictionary, field, other: title }
                    }
                    OtherField::Title(title) => Stage::Fields { dictionary, title, body: field.finish() },
                };
                None
            }
            Stage::Fields { dictionary, title, body } => {
                self.stage = Stage::Facets(assemble(dictionary, title, body, self.articles));
                None
            }
            Stage::Facets(mut index) => {
                let facet = Facet::ALL[index.facets.len()];
                index.facets.push(FacetColumn::build(facet, self.articles));
                self.stage = if index.facets.len() == Facet::ALL.len() {
                    Stage::Completions(index)
                } else {
                    Stage::Facets(index)
                };
                None
            }
            Stage::Completions(mut index) => {
                index.completions = Completions::build(&index);
                Some(index)
            }
            Stage::Done => panic!("Finishing::step: the index was already given"),
        }
    }
}

impl IndexBuilder {
    /// The index over `articles`, whose first ones are those added, in the same order; any not
    /// added yet are added now.
    ///
    /// # Panics
    ///
    /// If fewer articles are given than were added: the index would not match them.
    pub fn finish(self, articles: &[Article]) -> SearchIndex {
        let mut finishing = Finishing::new(self, articles);
        loop {
            if let Some(index) = finishing.step() {
                return index;
            }
        }
    }

    /// The rest of the build in steps, for a page to run between frames.
    pub fn finishing(self, articles: &[Article]) -> Finishing<'_> {
        Finishing::new(self, articles)
    }
}

impl Dictionary {
    /// Sorts the terms; word codes stay the order terms were met, and map to sorted ids. The
    /// interning tables went before this: nothing past reading needs them.
    fn new(terms: Terms) -> Dictionary {
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
        let mut code_variants =
            Lists { offsets: Vec::with_capacity(count + 1), items: Vec::with_capacity(terms.variant_count()) };
        code_variants.offsets.push(0);
        for code in 0..count {
            code_variants.items.extend_from_slice(terms.variants(code));
            code_variants.close();
        }
        Dictionary { term_text, term_ends, code_terms, order, code_variants }
    }
}

/// The index from its parts, once both fields' postings are laid out: without its facet columns
/// and completions yet.
fn assemble(dictionary: Dictionary, title: Field, body: Field, articles: &[Article]) -> SearchIndex {
    let Dictionary { term_text, term_ends, code_terms, order, code_variants } = dictionary;
    let mut variants =
        Lists { offsets: Vec::with_capacity(order.len() + 1), items: Vec::with_capacity(code_variants.items.len()) };
    variants.offsets.push(0);
    for &old in &order {
        variants.items.extend(code_variants.get(old).iter().map(|&v| code_terms[v as usize]));
        variants.close();
    }
    drop((code_variants, order));
    let (recency, days) = dates(articles);
    // A bundle's articles come newest first, so that order usually needs no sorting.
    let newest_first = recency.windows(2).all(|w| w[0] >= w[1]);
    SearchIndex {
        term_text,
        term_ends,
        variants,
        code_terms,
        title,
        body,
        recency,
        newest_first,
        days,
        facets: Vec::with_capacity(Facet::ALL.len()),
        completions: Completions::default(),
    }
}

/// One field's postings, laid out from its word sequences a step at a time: each word counts for
/// its term and the term's variants. The postings are counted by word code rather than by term:
/// the frequent words, met first, have the low codes, so the counters they touch sit together in
/// cache.
struct FieldBuilder {
    words: Words,
    postings: PostingsBuilder,
    /// The articles' words, counted while measuring.
    total_len: usize,
    /// The next article of the current pass.
    next: u32,
    /// Where each term's list starts, once measuring is done and writing has begun.
    offsets: Option<Vec<u32>>,
}

impl FieldBuilder {
    fn new(mut words: Words, terms: usize) -> FieldBuilder {
        words.finish();
        FieldBuilder { words, postings: PostingsBuilder::new(terms), total_len: 0, next: 0, offsets: None }
    }

    /// Measures, or then writes, the next `articles`: true once every article is written.
    /// `variants` are by word code, and `order` is the word code of each term.
    fn step(&mut self, variants: &Lists, order: &[u32], articles: u32) -> bool {
        let docs = self.words.lens.len() as u32;
        let end = docs.min(self.next.saturating_add(articles));
        let (words, postings) = (&self.words, &mut self.postings);
        match self.offsets {
            None => {
                for d in self.next..end {
                    self.total_len += occurrences(words, variants, d, postings);
                    postings.measure(d);
                }
                self.next = end;
                if end == docs {
                    self.offsets = Some(postings.start(order));
                    self.next = 0;
                }
                false
            }
            Some(_) => {
                for d in self.next..end {
                    occurrences(words, variants, d, postings);
                    postings.write(d);
                }
                self.next = end;
                end == docs
            }
        }
    }

    fn finish(self) -> Field {
        let docs = self.words.lens.len();
        let average_len = if docs == 0 { 0.0 } else { self.total_len as f32 / docs as f32 };
        let length_norms = length_norms(&self.words.lens, average_len);
        let offsets = self.offsets.unwrap_or_default();
        Field { words: self.words, postings: self.postings.finish(offsets), length_norms }
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    use crate::model::Article;

    /// The index over these articles, its postings laid out `articles_a_step` articles a step.
    fn built_in_steps(articles: &[Article], articles_a_step: u32) -> SearchIndex {
        let mut finishing = IndexBuilder::new().finishing(articles);
        finishing.articles_a_step = articles_a_step;
        let mut steps = 0;
        loop {
            steps += 1;
            if let Some(index) = finishing.step() {
                // Reading, both passes of both fields a step each part, the dates, each facet,
                // the completions.
                let passes = 4 * articles.len().div_ceil(articles_a_step as usize).max(1);
                let rest = 1 + Facet::ALL.len() + 1;
                assert_eq!(steps, 1 + passes + rest, "{} articles, {articles_a_step} a step", articles.len());
                return index;
            }
        }
    }

    proptest! {
        #[test]
        fn the_index_is_the_same_however_many_articles_a_step(
            texts in proptest::collection::vec(("[وسجنال ]{1,12}", "[وسجنال .]{0,40}"), 0..12),
            articles_a_step in 1u32..5,
        ) {
            let articles: Vec<Article> = texts
                .iter()
                .enumerate()
                .map(|(i, (title, body))| Article::new(&i.to_string(), title, "ar", vec![body.clone()]))
                .collect();
            let whole = format!("{:?}", SearchIndex::build(&articles));
            prop_assert_eq!(format!("{:?}", built_in_steps(&articles, articles_a_step)), whole);
        }
    }

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
