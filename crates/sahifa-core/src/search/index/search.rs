//! Running a search: match and score the query, apply the filters, count the facets, order.
//!
//! One call gives everything the screen shows for a search: the list's hits in order, every
//! facet's counts, and, when a date range is set, the matches the timeline draws (every filter
//! but the range), so that a keystroke runs one search whatever is on screen.
//!
//! Per-article state lives in dense arrays as long as the bundle: for a few tens of thousands
//! of articles that is cheaper than any map, and every step is a pass over postings or arrays.

use super::correct::{correct, did_you_mean};
use super::data::IndexData;
use super::facet_counts::{filter_and_count, FacetCounts};
use super::matching::{matching, Scores};
use super::SearchIndex;
use crate::search::filters::{SearchRequest, Sort};
use crate::search::query::ParsedQuery;

/// From this many hits on, a radix sort ranks them faster than a comparison sort (README's
/// benchmarks show where the two cross).
const RADIX_FROM: usize = 8_192;
/// Recency ranks above this share the last rank when sorting by relevance: 24 bits of the
/// packed key, some sixteen million distinct dates, far more than any archive has.
const RECENCY_MAX: u32 = (1 << 24) - 1;

/// What a search found.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchResults {
    /// Positions of the matching articles in the slice the index was built from, in order.
    pub hits: Vec<u32>,
    /// When the request has a date range: the articles that pass every filter but the range,
    /// ascending. The timeline draws these, so choosing a period does not shrink the chart to
    /// that period. `None` without a range: the timeline draws `hits`.
    pub hits_in_any_period: Option<Vec<u32>>,
    /// One entry per facet, in `Facet::ALL` order.
    pub facets: Vec<FacetCounts>,
    /// The query as it was read, for highlighting.
    pub query: ParsedQuery,
}

impl SearchIndex {
    /// Runs a search. Never fails: a query with nothing to search for lists every article.
    /// Words it has in few articles or not at all are also corrected (`correct`); the
    /// results' query says with what.
    pub fn search(&self, request: &SearchRequest) -> SearchResults {
        let mut query = ParsedQuery::parse(&request.query);
        correct(self, &mut query);
        search_query(self, request, query)
    }

    /// For a search that found nothing (`searched`, its results' query): the same search with
    /// each word replaced by its most frequent neighbour one edit away, when that finds
    /// something. It runs that search to know.
    pub fn did_you_mean(&self, request: &SearchRequest, searched: &ParsedQuery) -> Option<String> {
        did_you_mean(self, request, searched)
    }

    /// The search with no word corrected, as a sharded archive runs it.
    pub fn search_as_written(&self, request: &SearchRequest) -> SearchResults {
        search_in(self, request)
    }
}

/// Runs a search over what `data` holds, which must be every part the request reads. It takes
/// the words as written: a sharded archive holds only the dictionary blocks a search fetched,
/// which corrections, spread over the whole dictionary, would not be in.
pub(crate) fn search_in(data: &impl IndexData, request: &SearchRequest) -> SearchResults {
    search_query(data, request, ParsedQuery::parse(&request.query))
}

fn search_query(data: &impl IndexData, request: &SearchRequest, query: ParsedQuery) -> SearchResults {
    let (matching, scores) = matching(data, &query);
    let filtered = filter_and_count(data, matching, &request.filters);
    let ranked = !query.words.is_empty() || !query.phrases.is_empty();
    let hits = order(data, filtered.hits, request.sort, ranked.then_some(&scores));
    SearchResults { hits, hits_in_any_period: filtered.in_any_period, facets: filtered.facets, query }
}

/// Every article in the order `sort` gives a search with nothing to search for: what a search
/// with no query and no filter lists, read from the dates alone.
pub(crate) fn every_article_in_order(data: &impl IndexData, sort: Sort) -> Vec<u32> {
    order(data, (0..data.recency().len() as u32).collect(), sort, None)
}

/// Orders the hits; `scores` is `None` when the query had no words to rank by.
fn order(data: &impl IndexData, mut hits: Vec<u32>, sort: Sort, scores: Option<&Scores>) -> Vec<u32> {
    let all_recency = data.recency();
    let recency = |d: &u32| all_recency[*d as usize];
    match (sort, scores) {
        (Sort::Relevance, Some(s)) => {
            // Each hit's ranking keys packed into one integer, inverted so that the greatest
            // sorts first: integers compare several times faster than tuples with a float,
            // and many of them can be radix sorted. A score is never negative, and the bits
            // of non-negative floats order as the floats do. Among equal keys the lower
            // position comes first: the tuples say so, and the radix sort is stable over
            // hits that come in ascending positions.
            let mut keyed: Vec<(u64, u32)> = hits
                .iter()
                .map(|&d| {
                    let i = d as usize;
                    let key = u64::from(!s.corrected[i]) << 63
                        | u64::from(s.title_words[i]) << 56
                        | u64::from(s.score[i].to_bits()) << 24
                        | u64::from(all_recency[i].min(RECENCY_MAX));
                    (!key, d)
                })
                .collect();
            if keyed.len() > RADIX_FROM {
                radsort::sort_by_key(&mut keyed, |&(key, _)| key);
            } else {
                keyed.sort_unstable();
            }
            hits.clear();
            hits.extend(keyed.into_iter().map(|(_, d)| d));
        }
        (Sort::Relevance | Sort::Newest, _) if data.newest_first() => {}
        (Sort::Relevance | Sort::Newest, _) => hits.sort_unstable_by(|a, b| recency(b).cmp(&recency(a)).then(a.cmp(b))),
        (Sort::Oldest, _) => hits.sort_unstable_by_key(|d| (recency(d) == 0, recency(d), *d)),
    }
    hits
}
