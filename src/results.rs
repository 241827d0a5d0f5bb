//! What the list, the facets and the timeline show for the current search: derived from the
//! bundle, the index and the search state on every change, never stored.

use crate::catalogue::Catalogue;
use sahifa_core::search::{FacetCounts, ParsedQuery, SearchIndex, SearchRequest};
use std::rc::Rc;

/// The outcome of one search, in the shapes the components take.
#[derive(Debug, Clone, PartialEq)]
pub struct Results {
    /// The matching articles (positions in the bundle), in the chosen order.
    pub hits: Rc<Vec<usize>>,
    /// The matches whatever their date (every filter but the date range): the timeline draws
    /// these, so choosing a period does not shrink the chart to that period.
    pub timeline_hits: Rc<Vec<usize>>,
    pub facets: Vec<FacetCounts>,
    pub query: ParsedQuery,
    /// With no hits: a search of the nearest words that finds something (a bundle's index only).
    pub did_you_mean: Option<String>,
    /// False until the index is built; meanwhile `hits` is every article, newest first.
    pub ready: bool,
}

/// Runs `request` against the index: one search gives the list, the facets and the timeline.
pub fn search(catalogue: &Catalogue, index: Option<&SearchIndex>, request: &SearchRequest) -> Results {
    let found = match catalogue {
        Catalogue::Bundle(_) => match index {
            // Nothing found for the words alone: one more search, to know that the suggestion
            // finds something. (With filters, the filters are the likelier reason.)
            Some(index) => {
                let found = index.search(request);
                let nothing = found.hits.is_empty() && request.filters.is_empty();
                let suggestion = nothing.then(|| index.did_you_mean(request, &found.query)).flatten();
                #[cfg(not(target_arch = "wasm32"))]
                SEARCHES_RUN.with(|runs| runs.set(runs.get() + 1 + u64::from(nothing)));
                return Results { did_you_mean: suggestion, ..shaped(found) };
            }
            None => return every_article(catalogue.len()),
        },
        Catalogue::Archive(shared) => {
            let archive = shared.handle.archive.borrow();
            if let Some(found) = archive.front_results(request) {
                return shaped(found);
            }
            match archive.missing_for_search(request) {
                Ok(missing) if missing.is_empty() => match archive.search(request) {
                    Ok(found) => found,
                    Err(_) => return pending(),
                },
                // The files on their way (`Browse` asks for them): nothing to show as a number.
                _ => return pending(),
            }
        }
    };
    #[cfg(not(target_arch = "wasm32"))]
    SEARCHES_RUN.with(|runs| runs.set(runs.get() + 1));
    shaped(found)
}

/// A search's results in the shapes the components take.
fn shaped(found: sahifa_core::search::SearchResults) -> Results {
    let positions = |hits: &[u32]| Rc::new(hits.iter().map(|&h| h as usize).collect::<Vec<_>>());
    let hits = positions(&found.hits);
    let timeline_hits = match &found.hits_in_any_period {
        Some(any_period) => positions(any_period),
        None => hits.clone(),
    };
    Results { hits, timeline_hits, facets: found.facets, query: found.query, did_you_mean: None, ready: true }
}

/// Before a bundle's index is built: every article, newest first.
fn every_article(count: usize) -> Results {
    let all: Rc<Vec<usize>> = Rc::new((0..count).collect());
    Results {
        hits: all.clone(),
        timeline_hits: all,
        facets: Vec::new(),
        query: ParsedQuery::parse(""),
        did_you_mean: None,
        ready: false,
    }
}

/// While an archive's files for the search are on their way.
fn pending() -> Results {
    Results { ready: false, ..every_article(0) }
}

// How many searches have run on this thread: the native tests check that a render runs one. Not
// in the app, which has nothing to do with the count.
#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    static SEARCHES_RUN: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// How many searches have run on this thread so far.
#[cfg(not(target_arch = "wasm32"))]
pub fn searches_run() -> u64 {
    SEARCHES_RUN.with(|runs| runs.get())
}

#[cfg(test)]
mod tests {
    use super::*;
    use sahifa_core::parse_bundle;

    fn bundle() -> sahifa_core::Bundle {
        let text = r#"{"sahifa":1,"title":"t","lang":"ar","articles":[
            {"id":"a","title":"هجوم على السجن","date":"2022-01-31","body":["نص عن السجون."]},
            {"id":"b","title":"المياه في الريف","date":"2021-05-02","body":["نص عن المياه."]},
            {"id":"c","title":"سجن آخر","date":"2020-01-01","body":["فقرة."]}]}"#;
        parse_bundle(text.as_bytes()).unwrap().bundle
    }

    fn catalogue(bundle: &sahifa_core::Bundle) -> Catalogue {
        let loaded = sahifa_core::LoadedBundle { bundle: bundle.clone(), diagnostics: Vec::new() };
        Catalogue::Bundle(crate::shared::SharedBundle(Rc::new(loaded)))
    }

    #[test]
    fn before_the_index_every_article_shows_and_search_is_not_ready() {
        let bundle = bundle();
        let catalogue = catalogue(&bundle);
        let results = search(&catalogue, None, &SearchRequest { query: "سجن".into(), ..Default::default() });
        assert!(!results.ready);
        assert_eq!(*results.hits, vec![0, 1, 2]);
    }

    #[test]
    fn the_timeline_sees_the_matches_without_the_date_range() {
        let bundle = bundle();
        let index = SearchIndex::build(&bundle.articles);
        let mut request = SearchRequest { query: "السجن".into(), ..Default::default() };
        request.filters.from = sahifa_core::date::parse_day("2022-01-01").ok();
        let results = search(&catalogue(&bundle), Some(&index), &request);
        assert!(results.ready);
        let titles = |hits: &[usize]| hits.iter().map(|&i| bundle.articles[i].id.as_str()).collect::<Vec<_>>();
        assert_eq!(titles(&results.hits), ["a"]);
        let mut wider = titles(&results.timeline_hits);
        wider.sort();
        assert_eq!(wider, ["a", "c"]);
    }
}
