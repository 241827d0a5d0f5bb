//! Building the index, in steps of bounded work, so that a page can hand the main thread back
//! between them: reading the words (`read`, most of the work), sorting the dictionary (`terms`),
//! laying out each field's postings (`layout`, two passes over the articles), then the dates,
//! each facet column and the completions, a step each.
//!
//! The build only writes: what it makes goes to [`SearchIndex::new`] as [`IndexParts`] once, and
//! the index is read-only from then on. The load pipeline (`crate::load`) drives [`Indexing`] with
//! its step sizes; [`SearchIndex::build`] takes every step at once, so the build has one path
//! whether or not it is sliced.

mod dates;
mod intern;
mod layout;
mod read;
mod terms;

use super::completions::Completions;
use super::dictionary::Dictionary;
use super::facets::{Facet, FacetColumn};
use super::index::{IndexParts, SearchIndex};
use super::lists::Lists;
use super::words::Words;
use crate::model::Article;
use layout::{FieldLayout, LaidOut};
use read::WordsRead;
use terms::SortedTerms;

/// How much work one step of the build does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IndexSteps {
    /// Articles whose words one step reads.
    pub articles_read: usize,
    /// Articles one step of a postings pass lays out (a pass is far cheaper per article than
    /// reading its words).
    pub articles_laid_out: u32,
}

impl IndexSteps {
    /// Everything in one step: for a build nobody waits on between steps.
    pub const WHOLE: IndexSteps = IndexSteps { articles_read: usize::MAX, articles_laid_out: u32::MAX };
}

/// An index being built over articles that are given again at every step;
/// [`Indexing::step`] until it gives the index.
pub struct Indexing {
    stage: Stage,
    steps: IndexSteps,
}

// One `Indexing` lives at a time and a step moves its stage once: the size of the variants does
// not matter, and boxing one would only add an allocation.
#[allow(clippy::large_enum_variant)]
enum Stage {
    /// Reading the articles' words.
    Reading(WordsRead),
    /// The words are read; the dictionary comes next.
    Read(WordsRead),
    /// The postings of the title, then of the body.
    Postings { terms: SortedTerms, field: FieldLayout, other: OtherField },
    /// Both fields laid out; the dates, the facet columns a step each, and the completions remain.
    Rest(Rest),
    /// Given away by the step that finished.
    Done,
}

/// While one field's postings are laid out, what there is of the other.
enum OtherField {
    /// The title is being laid out; the body's words wait.
    BodyWords(Words),
    /// The body is being laid out; the title is done.
    Title(LaidOut),
}

/// What is made after the postings, a step at a time.
struct Rest {
    dictionary: Dictionary,
    code_terms: Vec<u32>,
    variants: Lists,
    title: LaidOut,
    body: LaidOut,
    /// Set by the step after the postings.
    dates: Option<(Vec<u32>, Vec<Option<i32>>)>,
    facets: Vec<FacetColumn>,
}

impl Indexing {
    pub fn new(steps: IndexSteps) -> Indexing {
        Indexing { stage: Stage::Reading(WordsRead::new()), steps }
    }

    /// Whether the words are still being read: the part of the build that grows with the text,
    /// against the rest, which grows with the dictionary and the postings.
    pub fn is_reading(&self) -> bool {
        matches!(self.stage, Stage::Reading(_))
    }

    /// Does the next part of the work over `articles`, which must be the same articles at every
    /// step; the index once the last part is done. Called again after that, it panics.
    pub fn step(&mut self, articles: &[Article]) -> Option<SearchIndex> {
        self.stage = match std::mem::replace(&mut self.stage, Stage::Done) {
            Stage::Reading(mut words) => {
                let start = words.read();
                let end = articles.len().min(start.saturating_add(self.steps.articles_read));
                words.add(&articles[start..end]);
                if end == articles.len() {
                    Stage::Read(words)
                } else {
                    Stage::Reading(words)
                }
            }
            Stage::Read(words) => {
                assert_eq!(words.read(), articles.len(), "Indexing::step: the articles changed between steps");
                let (terms, title, body) = words.into_parts();
                let terms = SortedTerms::new(terms);
                let field = FieldLayout::new(title, terms.order.len());
                Stage::Postings { terms, field, other: OtherField::BodyWords(body) }
            }
            Stage::Postings { terms, mut field, other } => {
                if !field.step(&terms.code_variants, &terms.order, self.steps.articles_laid_out) {
                    Stage::Postings { terms, field, other }
                } else {
                    match other {
                        OtherField::BodyWords(body) => {
                            // The title's layout goes before the body's counters are allocated.
                            let title = OtherField::Title(field.finish());
                            let field = FieldLayout::new(body, terms.order.len());
                            Stage::Postings { terms, field, other: title }
                        }
                        OtherField::Title(title) => {
                            let (dictionary, code_terms, variants) = terms.into_parts();
                            let body = field.finish();
                            let facets = Vec::with_capacity(Facet::ALL.len());
                            Stage::Rest(Rest { dictionary, code_terms, variants, title, body, dates: None, facets })
                        }
                    }
                }
            }
            Stage::Rest(mut rest) => {
                if rest.dates.is_none() {
                    rest.dates = Some(dates::dates(articles));
                } else if rest.facets.len() < Facet::ALL.len() {
                    rest.facets.push(FacetColumn::build(Facet::ALL[rest.facets.len()], articles));
                } else {
                    return Some(rest.into_index());
                }
                Stage::Rest(rest)
            }
            Stage::Done => panic!("Indexing::step: the index was already given"),
        };
        None
    }
}

impl Rest {
    /// The completions, the last part, and the index.
    fn into_index(self) -> SearchIndex {
        let Rest { dictionary, code_terms, variants, title, body, dates, facets } = self;
        let postings = |t| title.postings.len(t) + body.postings.len(t);
        let completions = Completions::build(&dictionary, postings);
        let (recency, days) = dates.expect("the dates come before the completions");
        SearchIndex::new(IndexParts {
            dictionary,
            variants,
            code_terms,
            title: title.into_field(),
            body: body.into_field(),
            recency,
            days,
            facets,
            completions,
        })
    }
}

impl SearchIndex {
    /// The index over these articles, in one go; positions in it are positions in the slice.
    pub fn build(articles: &[Article]) -> SearchIndex {
        let mut indexing = Indexing::new(IndexSteps::WHOLE);
        loop {
            if let Some(index) = indexing.step(articles) {
                return index;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    use crate::model::Article;

    /// The index over these articles, read and laid out `articles_a_step` articles a step.
    fn built_in_steps(articles: &[Article], articles_a_step: u32) -> SearchIndex {
        let steps = IndexSteps { articles_read: articles_a_step as usize, articles_laid_out: articles_a_step };
        let mut indexing = Indexing::new(steps);
        let mut taken = 0;
        loop {
            taken += 1;
            if let Some(index) = indexing.step(articles) {
                // Reading a step each part, the dictionary, both passes of both fields a step each
                // part, the dates, each facet, the completions.
                let parts = articles.len().div_ceil(articles_a_step as usize).max(1);
                let rest = 1 + Facet::ALL.len() + 1;
                assert_eq!(
                    taken,
                    parts + 1 + 4 * parts + rest,
                    "{} articles, {articles_a_step} a step",
                    articles.len()
                );
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
}
