//! The search index cut into pieces that a page fetches only as a query needs them: the form the
//! index takes in a sharded archive (`crate::archive` names and writes the files).
//!
//! `write` cuts a built [`SearchIndex`](super::SearchIndex) into [`IndexPieces`]; `read` holds
//! the pieces fetched so far as a [`ShardedIndex`], says which are still missing for a request,
//! and searches them with the same code as the index in memory (`index::search_in`), so that
//! both forms give the same hits in the same order with the same counts.
//!
//! The pieces, each a file of its own:
//! - the dictionary in **blocks** of consecutive terms (a term's id is its rank in the whole
//!   dictionary), each with every term's postings count and which of the block's postings files
//!   holds its lists; the directory lists each block's first term;
//! - **postings files**, binary: the title and body lists of consecutive terms of one block, each
//!   entry with the article's length in the field, so that BM25 needs no other file;
//! - **positions files**, binary, beside the postings: where each term stands in each article,
//!   read only for quoted phrases;
//! - the **completions** of wide prefixes (`completions`), in pages by prefix;
//! - one **facet column** per facet, each article's values;
//! - the articles' **dates** as runs, which the archive's first-screen file carries.

mod positions_file;
mod postings_file;
mod read;
mod wire;
mod write;

pub use read::{Piece, ShardError, ShardedIndex};
pub use wire::{BlockFile, CompletionsFile, DateRun, Directory, FacetFile};
pub use write::{IndexPieces, PostingsPiece, Sizes};
