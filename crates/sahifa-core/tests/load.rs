//! The load pipeline: whatever its step sizes, it gives what parsing and indexing in one go give,
//! the articles before the index, and a clear end.

use proptest::prelude::*;
use sahifa_core::load::{BundleLoad, LoadStep, LoadSteps, Loading};
use sahifa_core::parse::SliceSource;
use sahifa_core::search::{IndexSteps, SearchIndex, SearchRequest};
use sahifa_core::{parse_bundle, BundleError};

/// Runs the pipeline to its end: the articles' step, how many steps came before it, and the end.
fn run(bytes: &[u8], steps: LoadSteps) -> (Option<String>, usize, Result<SearchIndex, BundleError>) {
    let mut source = SliceSource::new(bytes);
    let mut load = BundleLoad::new(&mut source, steps);
    let (mut articles, mut before_articles, mut taken) = (None, 0, 0);
    loop {
        taken += 1;
        match load.step() {
            LoadStep::Working => {}
            LoadStep::Articles(loaded) => {
                assert!(articles.is_none(), "the articles are given once");
                articles = Some(format!("{:?}", loaded));
                before_articles = taken;
            }
            LoadStep::Searchable(index) => {
                assert!(articles.is_some(), "the articles come before the index");
                return (articles, before_articles, Ok(index));
            }
            LoadStep::Failed(error) => return (articles, before_articles, Err(error)),
        }
    }
}

fn bundle(titles: &[String]) -> String {
    let articles: Vec<String> = titles
        .iter()
        .enumerate()
        .map(|(i, t)| format!(r#"{{"id":"a{i}","title":{t:?},"date":"2020-01-{:02}","body":["{t} نص"]}}"#, i % 28 + 1))
        .collect();
    format!(r#"{{"sahifa":1,"title":"t","lang":"ar","articles":[{}]}}"#, articles.join(","))
}

proptest! {
    #[test]
    fn any_step_sizes_give_the_one_go_result(
        titles in proptest::collection::vec("[وسجنال ]{1,12}", 0..10),
        parsed in 1usize..4, read in 1usize..4, laid_out in 1u32..4, window in 64usize..512,
    ) {
        let text = bundle(&titles);
        let steps = LoadSteps { window, articles_parsed: parsed, index: IndexSteps { articles_read: read, articles_laid_out: laid_out } };
        let (articles, before, index) = run(text.as_bytes(), steps);
        let whole = parse_bundle(text.as_bytes()).unwrap();
        prop_assert_eq!(articles, Some(format!("{:?}", whole)));
        // The parse goes a few articles a step, so a bundle of many takes several.
        prop_assert!(before >= titles.len().div_ceil(parsed));
        let index = index.unwrap();
        let one_go = SearchIndex::build(&whole.bundle.articles);
        prop_assert_eq!(format!("{index:?}"), format!("{one_go:?}"));
        for query in ["", "سجن", "ال"] {
            let request = SearchRequest { query: query.into(), ..SearchRequest::default() };
            prop_assert_eq!(index.search(&request), one_go.search(&request));
        }
    }
}

#[test]
fn bytes_that_are_no_bundle_end_the_load_before_any_article() {
    let (articles, _, end) = run(b"{\"sahifa\": 9, \"articles\": []}", LoadSteps::default());
    assert_eq!(articles, None);
    assert_eq!(end.unwrap_err(), BundleError::UnknownVersion { found: "9".into() });
}
