//! What the reader asks for besides words: facet values, a date range and an order.

use super::facets::{Facet, FacetValue};
use std::collections::{BTreeMap, BTreeSet};
use time::Date;

/// The filters of a search. Values of one facet combine with OR, or with AND in the facets of
/// `all`; different facets and the date range with AND.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    pub facets: BTreeMap<Facet, BTreeSet<FacetValue>>,
    /// Facets whose ticked values an article must all have; only facets that
    /// `Facet::can_require_all`. Kept while no value is ticked, as a choice of how to tick.
    pub all: BTreeSet<Facet>,
    /// The first day of the range, included.
    pub from: Option<Date>,
    /// The last day of the range, included.
    pub to: Option<Date>,
}

impl Filters {
    /// Selects the bucket if it was not selected, and unselects it if it was.
    pub fn toggle(&mut self, facet: Facet, bucket: FacetValue) {
        let selected = self.facets.entry(facet).or_default();
        if !selected.remove(&bucket) {
            selected.insert(bucket);
        }
        if selected.is_empty() {
            self.facets.remove(&facet);
        }
    }

    /// Makes `facet` take every ticked value (AND) or any (OR); a facet where AND means
    /// nothing stays OR.
    pub fn require_all(&mut self, facet: Facet, all: bool) {
        if all && facet.can_require_all() {
            self.all.insert(facet);
        } else {
            self.all.remove(&facet);
        }
    }

    /// Whether an article must have every ticked value of `facet`.
    pub fn requires_all(&self, facet: Facet) -> bool {
        self.all.contains(&facet)
    }

    pub fn is_selected(&self, facet: Facet, bucket: &FacetValue) -> bool {
        self.facets.get(&facet).is_some_and(|s| s.contains(bucket))
    }

    /// No value ticked and no range: how values would combine filters nothing yet.
    pub fn is_empty(&self) -> bool {
        self.facets.is_empty() && self.from.is_none() && self.to.is_none()
    }
}

/// The order of the results.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Sort {
    /// Best match first (title matches above body matches), newer first among equals; with no
    /// words to match, the same as `Newest`.
    #[default]
    Relevance,
    /// Newest first, undated last.
    Newest,
    /// Oldest first, undated last.
    Oldest,
}

impl Sort {
    pub fn key(self) -> &'static str {
        match self {
            Sort::Relevance => "relevance",
            Sort::Newest => "newest",
            Sort::Oldest => "oldest",
        }
    }

    pub fn from_key(key: &str) -> Option<Sort> {
        [Sort::Relevance, Sort::Newest, Sort::Oldest].into_iter().find(|s| s.key() == key)
    }
}

/// Everything a search needs: what the app keeps in the URL.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchRequest {
    /// The text typed in the search field, as typed.
    pub query: String,
    pub filters: Filters,
    pub sort: Sort,
}
