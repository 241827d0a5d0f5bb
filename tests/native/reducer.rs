//! The reducer, action by action: the state changes each action should make, and no others.

use crate::common::sample;
use sahifa_core::digits::Digits;
use sahifa_web::limits::Limit;
use sahifa_web::location::{Location, Route};
use sahifa_web::settings::ReaderSettings;
use sahifa_web::state::{Action, AppState, Load, LoadError};
use std::rc::Rc;
use yew::Reducible;

fn start() -> Rc<AppState> {
    Rc::new(AppState::new("sample/bundle.json".into(), Location::default()))
}

fn reduce(state: Rc<AppState>, actions: impl IntoIterator<Item = Action>) -> Rc<AppState> {
    actions.into_iter().fold(state, |state, action| state.reduce(action))
}

#[test]
fn progress_is_recorded_while_fetching_and_ignored_after() {
    let state = reduce(start(), [Action::Progress { received: 10, total: Some(100) }]);
    assert_eq!(state.load, Load::Fetching { url: "sample/bundle.json".into(), received: 10, total: Some(100) });
    let bundle = sample();
    let loaded = reduce(state, [Action::Loaded(bundle.clone().into())]);
    let after = reduce(loaded.clone(), [Action::Progress { received: 20, total: Some(100) }]);
    assert!(Rc::ptr_eq(&loaded, &after), "a late progress report changes nothing");
    assert_eq!(after.load, Load::Ready(bundle.into()));
}

#[test]
fn retry_refetches_the_failed_url_and_bumps_the_attempt() {
    let error =
        LoadError::Http { url: "sample/bundle.json".into(), status: 503, status_text: "Service Unavailable".into() };
    let state = reduce(start(), [Action::Failed(error), Action::Retry]);
    assert_eq!(state.load, Load::Fetching { url: "sample/bundle.json".into(), received: 0, total: None });
    assert_eq!(state.attempt, 1);
}

#[test]
fn retry_after_an_archive_file_failed_opens_the_archive_again_not_the_file() {
    let start = Rc::new(AppState::new("archive/manifest.json".into(), Location::default()));
    let file = "archive/i/0123456789abcdef.bin";
    let error = LoadError::Http { url: file.into(), status: 503, status_text: "Service Unavailable".into() };
    let state = reduce(start, [Action::Failed(error), Action::Retry]);
    assert_eq!(state.load, Load::Fetching { url: "archive/manifest.json".into(), received: 0, total: None });
}

#[test]
fn retry_does_nothing_unless_loading_failed() {
    let state = start();
    let after = reduce(state.clone(), [Action::Retry]);
    assert!(Rc::ptr_eq(&state, &after));
}

#[test]
fn cancel_stops_a_load_and_what_arrives_after_it_is_not_shown() {
    let state = reduce(start(), [Action::Progress { received: 10, total: None }, Action::Cancel]);
    assert_eq!(state.load, Load::Failed(LoadError::Cancelled { url: "sample/bundle.json".into() }));
    // A parse that was already past its last check finishes: the screen still says cancelled.
    let late = reduce(state.clone(), [Action::Loaded(sample().into())]);
    assert!(Rc::ptr_eq(&state, &late), "a load that ends after a cancel changes nothing");
    let again = reduce(state, [Action::Retry]);
    assert_eq!(again.load, Load::Fetching { url: "sample/bundle.json".into(), received: 0, total: None });
    assert_eq!(again.attempt, 1);
    // Only a load on its way can be cancelled.
    let loaded = reduce(again, [Action::Loaded(sample().into())]);
    assert!(Rc::ptr_eq(&loaded, &reduce(loaded.clone(), [Action::Cancel])));
}

#[test]
fn a_timed_out_load_can_be_tried_again() {
    let error = LoadError::TimedOut { url: "sample/bundle.json".into(), limit: Limit::Stalled, seconds: 20 };
    assert!(error.retryable());
    assert!(LoadError::Cancelled { url: "sample/bundle.json".into() }.retryable());
    let state = reduce(start(), [Action::Failed(error), Action::Retry]);
    assert_eq!(state.load, Load::Fetching { url: "sample/bundle.json".into(), received: 0, total: None });
}

#[test]
fn navigation_changes_the_route_and_the_same_route_changes_nothing() {
    let state =
        reduce(start(), [Action::Navigate(Location { route: Route::Article("x".into()), ..Default::default() })]);
    assert_eq!(state.route, Route::Article("x".into()));
    let again =
        reduce(state.clone(), [Action::Navigate(Location { route: Route::Article("x".into()), ..Default::default() })]);
    assert!(Rc::ptr_eq(&state, &again));
}

#[test]
fn settings_change_and_the_same_settings_change_nothing() {
    let arabic_digits = ReaderSettings { digits: Digits::ArabicIndic, ..ReaderSettings::default() };
    let once = reduce(start(), [Action::Settings(arabic_digits)]);
    assert_eq!(once.settings.digits, Digits::ArabicIndic);
    let again = reduce(once.clone(), [Action::Settings(arabic_digits)]);
    assert!(Rc::ptr_eq(&once, &again));
}

#[test]
fn a_search_changes_only_the_search_and_the_url_can_bring_it_back() {
    use sahifa_core::search::SearchRequest;
    let typed = SearchRequest { query: "سجن".into(), ..Default::default() };
    let state =
        reduce(start(), [Action::Navigate(Location { route: Route::Article("x".into()), ..Default::default() })]);
    let searched = reduce(state, [Action::Search(typed.clone())]);
    assert_eq!(searched.search, typed);
    assert_eq!(searched.route, Route::Article("x".into()));
    let back = reduce(searched, [Action::Navigate(Location::default())]);
    assert_eq!(back.location(), Location::default());
}

/// A crafted link selects values the archive does not have: they go once the index can tell,
/// and a later link (the back button, a hash typed in) is held to the same.
#[test]
fn a_link_keeps_only_the_facet_values_the_archive_has() {
    use sahifa_core::search::SearchIndex;
    use sahifa_web::shared::SharedIndex;
    let link = |hash: &str| Location::from_hash(hash);
    let crafted = link("#/?tag=nowhere&tag=%D8%AF%D8%A7%D8%B9%D8%B4&place=nowhere");
    let state = Rc::new(AppState::new("sample/bundle.json".into(), crafted.clone()));
    // Before the index, nothing can be known: the link's values stay.
    assert_eq!(state.search, crafted.search);
    let bundle = sample();
    let index = SharedIndex(Rc::new(SearchIndex::build(bundle.articles())));
    let indexed = reduce(state, [Action::Loaded(bundle.into()), Action::Indexed(index)]);
    assert_eq!(indexed.location(), link("#/?tag=%D8%AF%D8%A7%D8%B9%D8%B4"), "the sample's tag داعش stays");
    // Back to the crafted link: the state is already what it keeps.
    let again = reduce(indexed.clone(), [Action::Navigate(crafted)]);
    assert!(Rc::ptr_eq(&indexed, &again));
    let other = reduce(indexed, [Action::Navigate(link("#/article/x?place=nowhere"))]);
    assert_eq!(other.location(), link("#/article/x"));
}

#[test]
fn a_date_range_given_the_wrong_way_round_is_the_range_between_its_days() {
    let day = |text| sahifa_core::date::parse_day(text).ok();
    let mut request = sahifa_core::search::SearchRequest::default();
    (request.filters.from, request.filters.to) = (day("2018-05-31"), day("2017-01-01"));
    let typed = reduce(start(), [Action::Search(request.clone())]);
    assert_eq!((typed.search.filters.from, typed.search.filters.to), (day("2017-01-01"), day("2018-05-31")));
    let linked =
        reduce(start(), [Action::Navigate(Location { route: Route::List, search: request, ..Location::default() })]);
    assert_eq!(linked.search, typed.search, "a link with the days reversed means the same");
}
