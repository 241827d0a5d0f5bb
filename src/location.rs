//! Where the reader is, and how the URL spells it, in both directions: `Location` (a route and
//! the search around it) to and from the hash (`#/`, `#/article/<id>`, each optionally followed by
//! `?<search state>`), and to and from the one query parameter an embedded viewer keeps it in (the
//! same text without the `#`). The search state's own query string is `search::url`.
//!
//! Hashes need no server rewrite rules, so deep links work on any static host and under any
//! sub-path, survive a reload, and the back button steps through them. Reading never fails: what
//! it cannot read falls back to the list and no search. A link is anyone's to craft: what it
//! may ask for is bounded as it is read (`search::url`: 50 values a facet, a query of 1,000
//! characters), and once the archive is indexed it keeps only the facet values the archive has
//! (`known_to`).

use crate::chart_place::{self, ChartPlace};
use crate::paragraph_link;
use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use sahifa_core::paragraph_ref::ParagraphRef;
use sahifa_core::search::{Filters, SearchIndex, SearchRequest};

/// A place in the app.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Route {
    #[default]
    List,
    Article(String),
}

/// A route and the search state around it: everything the URL carries for a viewer.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Location {
    pub route: Route,
    pub search: SearchRequest,
    /// Where the reader left the timeline, once they moved it.
    pub chart: Option<ChartPlace>,
    /// The paragraph of the open article a link points at (`paragraph_link`); only with
    /// `Route::Article`.
    pub paragraph: Option<ParagraphRef>,
}

const LIST_PATH: &str = "#/";
const ARTICLE_PREFIX: &str = "#/article/";

/// What an article id keeps unescaped in the hash, besides non-ASCII (see `encode_id`).
const ID_ESCAPED: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'~');

impl Location {
    /// Reads a `location.hash` value (or a link's `href`).
    pub fn from_hash(hash: &str) -> Location {
        let (path, query) = hash.split_once('?').unwrap_or((hash, ""));
        // The first value of a key that reads, as a link that names a key twice means.
        let values_of = |wanted: &'static str| {
            query
                .split('&')
                .filter_map(|pair| pair.split_once('='))
                .filter(move |(key, _)| *key == wanted)
                .map(|(_, value)| percent_decode_str(value).decode_utf8_lossy())
        };
        let chart = values_of(chart_place::KEY).find_map(|value| ChartPlace::from_value(&value));
        let route = Route::from_hash(path);
        let paragraph = values_of(paragraph_link::KEY)
            .find_map(|value| paragraph_link::from_value(&value))
            .filter(|_| matches!(route, Route::Article(_)));
        Location { route, search: SearchRequest::from_query_string(query), chart, paragraph }
    }

    /// The hash that leads here, for an `href` or the address bar.
    pub fn to_hash(&self) -> String {
        let mut query = self.search.to_query_string();
        if let Some(chart) = self.chart {
            let pair = format!("{}={}", chart_place::KEY, chart.to_value());
            query = if query.is_empty() { pair } else { format!("{query}&{pair}") };
        }
        if let (Some(paragraph), Route::Article(_)) = (&self.paragraph, &self.route) {
            let pair = format!("{}={}", paragraph_link::KEY, paragraph_link::to_value(paragraph));
            query = if query.is_empty() { pair } else { format!("{query}&{pair}") };
        }
        let path = self.route.to_hash();
        if query.is_empty() {
            path
        } else {
            format!("{path}?{query}")
        }
    }

    /// Reads an embedded viewer's query-parameter value (already decoded from the host's URL).
    pub fn from_param(value: &str) -> Location {
        Location::from_hash(&format!("#{value}"))
    }

    /// The value of an embedded viewer's query parameter: the hash without its `#`. `None` for
    /// the default location, so a viewer at rest leaves the host's URL alone.
    pub fn to_param(&self) -> Option<String> {
        (*self != Location::default()).then(|| self.to_hash().split_off(1))
    }

    /// This search with another route: links keep the search and the chart's place, so "back"
    /// returns to the results as they were; a paragraph belongs to the article it was in.
    pub fn with_route(&self, route: Route) -> Location {
        Location { route, paragraph: None, ..self.clone() }
    }

    /// This place with the open article's paragraph `paragraph`.
    pub fn with_paragraph(&self, paragraph: ParagraphRef) -> Location {
        Location { paragraph: Some(paragraph), ..self.clone() }
    }
}

impl Route {
    /// Reads the path part of a hash; anything unknown is the list.
    pub fn from_hash(path: &str) -> Route {
        match path.strip_prefix(ARTICLE_PREFIX) {
            Some(id) if !id.is_empty() => Route::Article(decode_id(id)),
            _ => Route::List,
        }
    }

    /// The hash that leads here, without a search.
    pub fn to_hash(&self) -> String {
        match self {
            Route::List => LIST_PATH.to_owned(),
            Route::Article(id) => format!("{ARTICLE_PREFIX}{}", encode_id(id)),
        }
    }
}

/// `search` without the facet values no article of `index` has: a link selects only what the
/// archive holds, so the panel never shows a box for a value that is not there.
pub fn known_to(search: SearchRequest, index: &SearchIndex) -> SearchRequest {
    // Built anew through `Filters::toggle`, the panel's own path: `BTreeSet::retain` would bring
    // another copy of the tree's code into the app (with `pop_last` for the bound: 3.6 KB
    // gzipped, measured).
    let mut filters = Filters { facets: Default::default(), ..search.filters };
    for (&facet, values) in &search.filters.facets {
        for value in values.iter().filter(|value| index.has_value(facet, value)) {
            filters.toggle(facet, value.clone());
        }
    }
    SearchRequest { filters, ..search }
}

/// Escapes the ASCII a hash must not hold raw (`?`, `#`, `/`, `%`, space…) and keeps the rest,
/// so Arabic ids stay readable in links: browsers show and accept non-ASCII in a fragment, and
/// escape it themselves in `location.hash`.
fn encode_id(id: &str) -> String {
    let mut out = String::with_capacity(id.len());
    let mut rest = id;
    while !rest.is_empty() {
        let ascii = rest.find(|c: char| !c.is_ascii()).unwrap_or(rest.len());
        out.extend(utf8_percent_encode(&rest[..ascii], ID_ESCAPED));
        rest = &rest[ascii..];
        let other = rest.find(|c: char| c.is_ascii()).unwrap_or(rest.len());
        out.push_str(&rest[..other]);
        rest = &rest[other..];
    }
    out
}

/// Undoes percent-escapes, and only those: form decoding would also read `+` as a space, and
/// links to ids with a `+` would stop opening. Escapes that do not form UTF-8 are kept as
/// written rather than lost.
fn decode_id(id: &str) -> String {
    percent_decode_str(id).decode_utf8().map_or_else(|_| id.to_owned(), |decoded| decoded.into_owned())
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use sahifa_core::search::{Facet, FacetValue, Sort, MAX_FACET_VALUES, MAX_QUERY_CHARS};

    #[test]
    fn locations_carry_the_search_beside_the_route() {
        let location = Location::from_hash("#/article/x?q=%D8%B3%D8%AC%D9%86&place=%D8%AD%D9%84%D8%A8&sort=oldest");
        assert_eq!(location.route, Route::Article("x".into()));
        assert_eq!(location.search.query, "سجن");
        assert_eq!(location.search.sort, Sort::Oldest);
        assert!(location.search.filters.is_selected(Facet::Place, &FacetValue::Value("حلب".into())));
        assert_eq!(Location::from_hash(&location.to_hash()), location);
        assert_eq!(Location::from_hash("#/").to_hash(), "#/");
        assert_eq!(Location::from_hash("#/?q=a").with_route(Route::Article("y".into())).to_hash(), "#/article/y?q=a");
    }

    #[test]
    fn an_article_s_paragraph_rides_beside_the_search() {
        let location = Location::from_hash("#/article/x?q=a&tl=month.2015-03-01&para=3.652c15.2-9");
        let paragraph = location.paragraph.expect("a paragraph");
        assert_eq!((paragraph.number, paragraph.fingerprint, paragraph.quote), (3, Some(0x65_2c15), Some((2, 9))));
        assert_eq!(location.to_hash(), "#/article/x?q=a&tl=month.2015-03-01&para=3.652c15.2-9");
        // Another article's link, and "back", leave the paragraph behind.
        assert_eq!(location.with_route(Route::List).to_hash(), "#/?q=a&tl=month.2015-03-01");
        assert_eq!(location.with_route(Route::Article("y".into())).paragraph, None);
        // The list has no paragraphs; a garbled value is none, and the rest of the link holds.
        assert_eq!(Location::from_hash("#/?para=3").paragraph, None);
        let garbled = Location::from_hash("#/article/x?para=%FF%00..-&q=a");
        assert_eq!((garbled.paragraph, garbled.search.query.as_str()), (None, "a"));
        assert_eq!(Location::from_hash("#/article/x?para=zz&para=2").paragraph.map(|p| p.number), Some(2));
        // An embedded viewer keeps it in its own parameter, as the rest.
        assert_eq!(location.to_param().as_deref(), Some("/article/x?q=a&tl=month.2015-03-01&para=3.652c15.2-9"));
        assert_eq!(Location::from_param(&location.to_param().unwrap()), location);
    }

    /// Links written by earlier builds, and what they open: every one must keep opening.
    #[test]
    fn hashes_round_trip_and_unknown_ones_mean_the_list() {
        let table = [
            ("", Route::List),
            ("#", Route::List),
            ("#/", Route::List),
            ("#/article/", Route::List),
            ("#/nowhere", Route::List),
            ("#main", Route::List),
            ("#/article/e5bda383449404da", Route::Article("e5bda383449404da".into())),
            ("#/article/a%20b%2Fc", Route::Article("a b/c".into())),
            ("#/article/a+b", Route::Article("a+b".into())),
            ("#/article/%D8%B3%D8%AC%D9%86", Route::Article("سجن".into())),
            ("#/article/سجن", Route::Article("سجن".into())),
            ("#/article/%E2%28", Route::Article("%E2%28".into())),
            ("#/article/100%", Route::Article("100%".into())),
        ];
        for (hash, route) in table {
            assert_eq!(Route::from_hash(hash), route, "reading {hash:?}");
            assert_eq!(Route::from_hash(&route.to_hash()), route, "round trip of {route:?}");
        }
    }

    /// The spelling written today, which is the one earlier builds wrote.
    #[test]
    fn ids_are_written_as_before() {
        let hash = |id: &str| Route::Article(id.into()).to_hash();
        assert_eq!(hash("e5bda383449404da"), "#/article/e5bda383449404da");
        assert_eq!(hash("a b/c?d#e%f+g"), "#/article/a%20b%2Fc%3Fd%23e%25f%2Bg");
        assert_eq!(hash("سجن-2022_v1.~"), "#/article/سجن-2022_v1.~");
        assert_eq!(hash("سجن غويران"), "#/article/سجن%20غويران");
    }

    #[test]
    fn a_viewer_s_parameter_is_the_hash_without_its_hash_sign() {
        let location = Location::from_hash("#/article/x?q=سجن&tag=a");
        let value = location.to_param().unwrap();
        assert_eq!(value, "/article/x?q=%D8%B3%D8%AC%D9%86&tag=a");
        assert_eq!(Location::from_param(&value), location);
        assert_eq!(Location::default().to_param(), None);
        assert_eq!(Location::from_param(""), Location::default());
        assert_eq!(Location::from_param("/?q=a").search.query, "a");
    }

    /// A crafted link: 50,000 values in one facet, 60 in another, a 5,000-letter query.
    #[test]
    fn a_link_asks_for_a_bounded_search() {
        let mut hash = format!("#/?q={}", "ب".repeat(5_000));
        for i in 0..50_000 {
            hash.push_str(&format!("&tag=v{i}"));
        }
        for i in 0..60 {
            hash.push_str(&format!("&place=p{i:02}"));
        }
        let search = Location::from_hash(&hash).search;
        assert_eq!(search.query.chars().count(), MAX_QUERY_CHARS);
        let values = |facet| search.filters.facets[&facet].len();
        assert_eq!((values(Facet::Tag), values(Facet::Place)), (MAX_FACET_VALUES, MAX_FACET_VALUES));
        // The first the link names are kept.
        assert!(search.filters.is_selected(Facet::Place, &FacetValue::Value("p49".into())));
        assert!(!search.filters.is_selected(Facet::Place, &FacetValue::Value("p50".into())));
    }

    #[test]
    fn once_indexed_a_link_keeps_only_the_values_the_archive_has() {
        let bundle = sahifa_core::parse_bundle(
            br#"{"sahifa":1,"title":"t","lang":"ar","articles":[
                {"id":"a","title":"t","body":["p"],"tags":["water"],"places":["Aleppo"]}]}"#,
        )
        .unwrap();
        let index = SearchIndex::build(&bundle.bundle.articles);
        let search = Location::from_hash("#/?q=x&tag=water&tag=fire&place=Homs&person=&year=1999").search;
        let kept = known_to(search, &index);
        assert_eq!(kept.query, "x");
        assert_eq!(
            kept.to_query_string(),
            "q=x&tag=water&person=",
            "the unknown bucket stays: it is a value every archive can have"
        );
    }

    proptest! {
        #[test]
        fn any_text_reads_as_some_location(text in ".*") {
            let from_hash = Location::from_hash(&text);
            let from_param = Location::from_param(&text);
            // What was read writes a hash that reads back the same.
            prop_assert_eq!(Location::from_hash(&from_hash.to_hash()), from_hash);
            prop_assert_eq!(Location::from_hash(&from_param.to_hash()), from_param);
        }

        /// A crafted hash: any route text, then hundreds of pairs of known and unknown keys; it
        /// reads as a location within the bounds that writes itself back the same.
        #[test]
        fn a_crafted_hash_reads_as_a_bounded_location(
            route in prop_oneof![Just(String::new()), "/article/\\PC{0,20}", "\\PC{0,10}"],
            pairs in proptest::collection::vec(
                (prop::sample::select(vec!["q", "tag", "place", "org", "year", "from", "sort", "zz"]), "[^&#]{0,12}"),
                0..300,
            ),
        ) {
            let query: Vec<String> = pairs.iter().map(|(key, value)| format!("{key}={value}")).collect();
            let location = Location::from_hash(&format!("#{route}?{}", query.join("&")));
            prop_assert!(location.search.query.chars().count() <= MAX_QUERY_CHARS);
            prop_assert!(location.search.filters.facets.values().all(|values| values.len() <= MAX_FACET_VALUES));
            prop_assert_eq!(Location::from_hash(&location.to_hash()), location);
        }

        #[test]
        fn any_location_round_trips(
            id in proptest::option::of(".+"),
            query in ".*",
            place in proptest::option::of(".*\\S.*"),
            chart in proptest::option::of((0usize..7, -3_000i32..3_000, any::<bool>())),
            paragraph in proptest::option::of((1u32.., proptest::option::of(0u32..1 << 24), Just(None))),
        ) {
            let chart = chart.map(|(scale, days, flipped)| ChartPlace {
                scale: sahifa_core::timeline::Scale::ALL[scale],
                at: time::Date::from_calendar_date(2000, time::Month::January, 1).unwrap() + time::Duration::days(days.into()),
                flipped,
            });
            let mut search = SearchRequest { query, ..SearchRequest::default() };
            if let Some(place) = place {
                search.filters.toggle(Facet::Place, FacetValue::Value(place));
            }
            let route = id.map_or(Route::List, Route::Article);
            // A paragraph is only ever an article's.
            let paragraph = paragraph
                .filter(|_| matches!(route, Route::Article(_)))
                .map(|(number, fingerprint, quote)| ParagraphRef { number, fingerprint, quote });
            let location = Location { route, search, chart, paragraph };
            prop_assert_eq!(Location::from_hash(&location.to_hash()), location.clone());
            let param = location.to_param();
            prop_assert_eq!(param.map_or_else(Location::default, |p| Location::from_param(&p)), location);
        }
    }
}
