//! Links that filter the archive by one value: a person, place, organization or tag named in an
//! article opens the list of every article that names it. The URL is the search state's own
//! spelling (`Location::to_hash`), so these links and the facets can never disagree.

use crate::location::{Location, Route};
use sahifa_core::search::{Facet, FacetValue, SearchRequest};

/// The hash of the list filtered to articles whose `facet` has `value`.
pub fn filter_href(facet: Facet, value: &str) -> String {
    let mut search = SearchRequest::default();
    search.filters.toggle(facet, FacetValue::Value(value.to_owned()));
    Location { route: Route::List, search, ..Location::default() }.to_hash()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_filter_link_reads_back_as_that_one_filter() {
        for (facet, value) in [
            (Facet::Place, "Idlib"),
            (Facet::Organization, "A&B = C?#"),
            (Facet::Person, "سجن غويران \u{202e} (al-Hasakah)"),
            (Facet::Tag, "  spaced  "),
        ] {
            let href = filter_href(facet, value);
            let location = Location::from_hash(&href);
            assert_eq!(location.route, Route::List, "{href}");
            assert!(
                location.search.filters.is_selected(facet, &FacetValue::Value(value.to_owned())),
                "{href} for {value:?}"
            );
            assert_eq!(location.search.query, "");
        }
    }
}
