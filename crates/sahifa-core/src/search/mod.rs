//! Search: Arabic-aware normalization, tokenization and light stemming, an inverted index over
//! the bundle's articles, queries with facets and filters, and highlighting.

mod facets;
mod filters;
mod fold_table;
mod highlight;
mod index;
mod normalize;
mod query;
mod run;
mod stem;
mod tokenize;
mod url;

pub use facets::{Bucket, Facet};
pub use filters::{Filters, SearchRequest, Sort};
pub use highlight::{highlight_ranges, snippet, Snippet};
pub use index::SearchIndex;
pub use normalize::{normalize, normalize_into, normalize_mapped, Normalized};
pub use query::{ParsedQuery, QueryWord};
pub use run::{BucketCount, FacetCounts, SearchResults};
pub use stem::{stem, typed_prefixes, variants};
pub use tokenize::tokens;
