//! The search state a link carries (`SearchRequest` as a query string): any state within the
//! bounds writes a string that reads back to it, and any string at all reads as a state within
//! the bounds (50 values a facet, a query of 1,000 characters), however many pairs it crams in.

use proptest::prelude::*;
use sahifa_core::search::{Facet, FacetValue, SearchRequest, Sort, MAX_FACET_VALUES, MAX_QUERY_CHARS};
use time::{Date, Duration};

/// A day from year 0 to 9999, as a link's `from` and `to` can give.
fn day() -> impl Strategy<Value = Date> {
    (0i64..3_652_424).prop_map(|n| Date::from_calendar_date(0, time::Month::January, 1).unwrap() + Duration::days(n))
}

/// A facet's value as the archive has it: any text with something but white space in it (blank
/// values are the "unknown" bucket), URL punctuation and the rest included.
fn value() -> impl Strategy<Value = FacetValue> {
    prop_oneof![
        1 => Just(FacetValue::Unknown),
        6 => "[&=#%+?; a-zء-ي]{0,4}[^\\s]\\PC{0,8}".prop_map(FacetValue::Value),
    ]
}

/// Any state the app can hold, within the bounds a link is read with.
fn request() -> impl Strategy<Value = SearchRequest> {
    let facets = prop::collection::btree_map(
        prop::sample::select(Facet::ALL.to_vec()),
        prop::collection::btree_set(value(), 1..6),
        0..4,
    );
    let sort = prop::sample::select(vec![Sort::Relevance, Sort::Newest, Sort::Oldest]);
    (".{0,40}", facets, prop::option::of(day()), prop::option::of(day()), sort).prop_map(
        |(query, facets, from, to, sort)| {
            let mut request = SearchRequest { query, sort, ..SearchRequest::default() };
            request.filters.facets = facets;
            request.filters.from = from;
            request.filters.to = to;
            request
        },
    )
}

/// A query string a stranger writes: known and unknown keys, many pairs, stray separators,
/// broken escapes and long values.
fn crafted() -> impl Strategy<Value = String> {
    let key =
        prop::sample::select(vec!["q", "tag", "place", "source", "from", "to", "sort", "year", "lang", "x", "", "%71"]);
    let value = prop_oneof!["\\PC{0,12}", "%[0-9A-Fa-f]?", "ب{900,1100}", "[0-9]{4}-[0-9]{2}-[0-9]{2}"];
    let pair = (key, value, prop::sample::select(vec!["&", "&", "&&", ";", "?", "#"]));
    // And one facet named far more often than the bound, as the crafted links of issue #18 did.
    let flood = (prop::sample::select(vec!["tag", "person", "year"]), 40usize..120);
    (prop::collection::vec(pair, 0..200), flood, any::<bool>()).prop_map(|(pairs, (facet, times), lead)| {
        let mut text = String::from(if lead { "?" } else { "" });
        for (key, value, joint) in pairs {
            text.push_str(&format!("{key}={value}{joint}"));
        }
        for n in 0..times {
            text.push_str(&format!("&{facet}=v{n}"));
        }
        text
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn every_state_round_trips(request in request()) {
        let written = request.to_query_string();
        prop_assert_eq!(SearchRequest::from_query_string(&written), request, "{}", written);
    }

    #[test]
    fn any_string_reads_as_a_bounded_state(text in prop_oneof![crafted(), ".{0,200}"]) {
        let request = SearchRequest::from_query_string(&text);
        prop_assert!(request.query.chars().count() <= MAX_QUERY_CHARS);
        for values in request.filters.facets.values() {
            prop_assert!(!values.is_empty() && values.len() <= MAX_FACET_VALUES);
        }
        // And what was read is one spelling of itself.
        let written = request.to_query_string();
        prop_assert_eq!(SearchRequest::from_query_string(&written), request);
    }
}
