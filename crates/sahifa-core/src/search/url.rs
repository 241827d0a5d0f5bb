//! The search state as a URL query string, so a link or a reload restores what was on screen.
//!
//! `q=…&source=…&tag=…&all=tag&from=YYYY-MM-DD&to=…&sort=newest`: one pair per selected value,
//! in a fixed order, so one state has one spelling. An empty value (`source=`) is the "unknown"
//! bucket; `all=tag` makes the tags combine with AND (a facet where AND means nothing is skipped).
//! Reading is forgiving: keys it does not know (the app's own, such as the open article) and
//! values it cannot read (a bad date) are skipped, never an error. It is bounded too, since a
//! link is anyone's to craft: at most `MAX_FACET_VALUES` values a facet (the first in the link)
//! and a query of `MAX_QUERY_CHARS`.

use super::facets::{Facet, FacetValue};
use super::filters::{SearchRequest, Sort};
use crate::date::{parse_day, write_day};

/// The most values a query string selects in one facet: more than a reader ticks by hand, few
/// enough for the panel to stay quick (a crafted link with 50,000 made as many checkboxes and
/// held the tab for 6 s).
pub const MAX_FACET_VALUES: usize = 50;

/// The longest query a query string carries, in characters.
pub const MAX_QUERY_CHARS: usize = 1_000;

impl SearchRequest {
    /// The query string, without a leading `?`; empty for the default state.
    pub fn to_query_string(&self) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        if !self.query.is_empty() {
            out.append_pair("q", &self.query);
        }
        for (facet, buckets) in &self.filters.facets {
            for bucket in buckets {
                out.append_pair(
                    facet.key(),
                    match bucket {
                        FacetValue::Value(v) => v,
                        FacetValue::Unknown => "",
                    },
                );
            }
        }
        for facet in &self.filters.all {
            out.append_pair("all", facet.key());
        }
        for (key, day) in [("from", self.filters.from), ("to", self.filters.to)] {
            if let Some(day) = day {
                let mut text = String::new();
                // Writing into a String cannot fail.
                let _ = write_day(&mut text, day);
                out.append_pair(key, &text);
            }
        }
        if self.sort != Sort::default() {
            out.append_pair("sort", self.sort.key());
        }
        out.finish()
    }

    /// Reads a query string, with or without its leading `?`.
    pub fn from_query_string(text: &str) -> SearchRequest {
        let text = text.strip_prefix('?').unwrap_or(text);
        let mut request = SearchRequest::default();
        for (key, value) in form_urlencoded::parse(text.as_bytes()) {
            match &*key {
                "q" => {
                    request.query = value.into_owned();
                    if let Some((end, _)) = request.query.char_indices().nth(MAX_QUERY_CHARS) {
                        request.query.truncate(end);
                    }
                }
                "from" => request.filters.from = parse_day(&value).ok(),
                "to" => request.filters.to = parse_day(&value).ok(),
                "sort" => request.sort = Sort::from_key(&value).unwrap_or_default(),
                "all" => {
                    if let Some(facet) = Facet::from_key(&value) {
                        request.filters.require_all(facet, true);
                    }
                }
                key => {
                    if let Some(facet) = Facet::from_key(key) {
                        let bucket = match value.trim() {
                            "" => FacetValue::Unknown,
                            _ => FacetValue::Value(value.into_owned()),
                        };
                        let selected = request.filters.facets.entry(facet).or_default();
                        if selected.len() < MAX_FACET_VALUES {
                            selected.insert(bucket);
                        }
                    }
                }
            }
        }
        request
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{expect, Expect};

    /// Reads the string, writes it back, and checks that reading that gives the same state.
    fn check(text: &str, expect: Expect) {
        let request = SearchRequest::from_query_string(text);
        let written = request.to_query_string();
        assert_eq!(SearchRequest::from_query_string(&written), request);
        expect.assert_eq(&written);
    }

    #[test]
    fn round_trips_in_one_canonical_spelling() {
        check("", expect![""]);
        check("?sort=relevance", expect![""]);
        check(
            "q=%D8%A7%D9%84%D8%B3%D8%AC%D9%86&sort=newest&tag=b&tag=a&source=BBC+Arabic&to=2018-12-31&from=2018-01-01",
            expect!["q=%D8%A7%D9%84%D8%B3%D8%AC%D9%86&source=BBC+Arabic&tag=a&tag=b&from=2018-01-01&to=2018-12-31&sort=newest"],
        );
        check(
            "q=كرة القدم&place=&place=الرياض",
            expect![
                "q=%D9%83%D8%B1%D8%A9+%D8%A7%D9%84%D9%82%D8%AF%D9%85&place=%D8%A7%D9%84%D8%B1%D9%8A%D8%A7%D8%B6&place="
            ],
        );
        check("q=a%26b%3Dc+%22x%22", expect!["q=a%26b%3Dc+%22x%22"]);
    }

    #[test]
    fn a_crafted_link_asks_for_a_bounded_search() {
        let mut text = format!("q={}", "ب".repeat(5_000));
        for i in (0..50_000).rev() {
            text.push_str(&format!("&tag=v{i}"));
        }
        let request = SearchRequest::from_query_string(&text);
        assert_eq!(request.query.chars().count(), MAX_QUERY_CHARS);
        let tags = &request.filters.facets[&Facet::Tag];
        assert_eq!(tags.len(), MAX_FACET_VALUES);
        // The first the link names, not the first in order: v49999 down to v49950.
        assert!(tags.contains(&FacetValue::Value("v49950".into())));
        assert!(!tags.contains(&FacetValue::Value("v0".into())));
    }

    #[test]
    fn skips_what_it_cannot_read() {
        check("article=abc&from=2018-02-30&to=yesterday&sort=random&year=2015&%FF=1", expect!["year=2015"]);
        check("q=%E0%A4&&&=&lang", expect!["q=%EF%BF%BD&lang="]);
        // AND only where it means something: a source, a year, a garbled key are ignored.
        check("all=source&all=year&all=TAG&all=%FF&all=", expect![""]);
    }

    #[test]
    fn and_within_a_facet_is_kept_per_facet() {
        check("all=person&tag=a&tag=b&all=tag&all=tag", expect!["tag=a&tag=b&all=tag&all=person"]);
    }
}
