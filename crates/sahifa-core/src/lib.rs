//! sahifa-core: the bundle format and the pure logic behind the reader and the `sahifa` command.
//!
//! Nothing here does IO or reads a clock: bytes, and "today" where it matters, come in as
//! arguments. The crate compiles natively and for `wasm32-unknown-unknown`, and has no web
//! crates in its tree (a tidy test in `xtask` checks both).

pub mod arabic_date;
pub mod arabic_words;
pub mod archive;
pub mod bidi;
pub mod citation;
pub mod date;
pub mod date_entry;
pub mod diagnostic;
pub mod digits;
pub mod direction;
pub mod export;
pub mod format_date;
pub mod hijri;
pub mod integrity;
pub mod load;
pub mod long_text;
pub mod model;
pub mod one_sort;
pub mod paragraph_ref;
pub mod parse;
pub mod plural;
pub mod provenance;
pub mod relative_date;
pub mod search;
pub mod timeline;
pub mod ui_lang;
pub mod value_names;
pub mod wire;

pub use date::ArticleDate;
pub use diagnostic::{Diagnostic, Severity, Subject};
pub use model::{Article, Bundle, Event, Source};
pub use parse::{parse_bundle, BundleError, LoadedBundle};
pub use ui_lang::UiLang;

/// The bundle format version this build reads and writes.
pub const FORMAT_VERSION: u64 = 1;
