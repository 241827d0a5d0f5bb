//! Search: Arabic-aware normalization, tokenization and light stemming, an inverted index over
//! the bundle's articles, queries with facets and filters, and highlighting.

mod fold_table;
mod normalize;
mod stem;
mod tokenize;

pub use normalize::{normalize, normalize_into, normalize_mapped, Normalized};
pub use stem::{stem, typed_prefixes, variants};
pub use tokenize::tokens;
