//! Search: Arabic-aware normalization, tokenization and light stemming, an inverted index over
//! the bundle's articles, queries with facets and filters, and highlighting.
//!
//! # How the app uses it
//!
//! Build a [`SearchIndex`] once from `bundle.articles` when the bundle loads (the load pipeline,
//! `crate::load`, does it in steps with [`Indexing`]); it is derived data and never part of the
//! bundle, and once built it is only read. Keep a [`SearchRequest`] (query, [`Filters`], [`Sort`]) in the
//! app state and in the URL ([`SearchRequest::to_query_string`] and
//! [`SearchRequest::from_query_string`]); on each change call [`SearchIndex::search`] once: it
//! returns article positions in order, the facet counts, and with a date range the matches the
//! timeline draws. Highlight titles and paragraphs with
//! [`highlight_ranges`] and the results' parsed query, and show a [`snippet`] under each hit.
//!
//! # Normalization ([`normalize`])
//!
//! Applied alike to the text and to the query, one character at a time (so that each normalized
//! character maps back to the original bytes it came from). The index build reads the text's
//! words through a faster path over its bytes (`fast_fold`, with tables filled from the character
//! path), and tests hold it to the same words on arbitrary text and on the corpus:
//! - tashkeel (U+064B–U+065F), superscript alef (U+0670), Quranic marks and tatweel are removed;
//! - أ إ آ ٱ become ا, ى becomes ي, ة becomes ه: writers and typists use these interchangeably;
//! - ؤ and ئ become ء. The seat of a hamza is a spelling convention that varies between
//!   countries and writers (مسؤول and مسئول, شؤون and شئون are both common in news), while the
//!   hamza itself is part of the word. Folding the seats to ء makes those spellings meet; folding
//!   them to و and ي instead would not (مسوول against مسيول), and dropping the hamza would merge
//!   more words than it reunites;
//! - Arabic-Indic and Persian digits become ASCII digits, Persian ی and ک become ي and ك;
//! - the loan letters of foreign and dialect names fold to the Arabic letters they are drawn
//!   from, as other writers spell the same names: پ → ب, چ → ج, ژ → ز, ڤ ڥ → ف, ڨ → ق,
//!   گ ڭ → ك (README's "Loan letters, measured");
//! - presentation forms (ﻻ, ﷲ, isolated and final letter shapes) become the letters they show,
//!   through a small table derived from Unicode's compatibility decompositions;
//! - Latin letters lose case and accents; zero-width joiners and soft hyphens are removed, and
//!   bidi controls become spaces so that they separate words.
//!
//! A known cost: ى → ي makes على ("on") and علي ("Ali") one word. The two spellings are used
//! for each other too often to keep them apart.
//!
//! # Stemming ([`stem`], [`variants`])
//!
//! Light on purpose. The article and its certain combinations (ال وال بال كال فال لل ولل فلل)
//! come off, then one plural or pronoun ending (ون ين ها هم هما), never leaving fewer than three
//! letters. A single leading و ب ل is ambiguous, and so is the plural ات; rather than guess, the
//! index files such a word under its stem and its variants (وزير under وزير and زير, الشركات
//! under شركات, شركه and شرك), and a query word looks for its stem and its variants. So سجن،
//! السجن، بالسجن، للسجن، وسجنهم meet, شركة meets الشركات, and قال meets وقال. Broken plurals
//! (سجن, سجون) change the inside of the word, which no stripping undoes and pattern rules guess
//! badly (read as فعول of فعل, قبول would meet قبل and وقود meet وقد), so the common ones are
//! listed with their singulars (`plurals`: 75 plurals from detention and casualties to courts,
//! places, people and institutions, each read for a second meaning), and سورية with سوريا.
//!
//! Every rule was kept only where, on the corpus, it found more than it wrongly merged; what
//! was measured, the wrong merges that remain and the rules left out for it are in README's
//! "Stemming, measured".
//!
//! Not done: spelling variants that normalization cannot see beyond the listed سوريا and سورية,
//! and broken plurals that are not listed.
//!
//! # Queries ([`ParsedQuery`])
//!
//! All words must match. `"…"` is a phrase, `-word` and `-"…"` exclude, and `a OR b` (capitals,
//! so that the English "or" stays a word; or `a | b`, `a|b`) matches either word: between plain
//! words only, and not the Arabic أو, which readers search for as a word.
//!
//! The last word, while it is being typed (no space after it yet), matches every article that a
//! word beginning with it would: the terms it begins, with or without a certain particle, and
//! the stems it becomes when it ends part-way into a suffix (اللاجئي is لاجء of اللاجئين) or
//! begins a listed plural. When it may still be any word (one letter, a particle alone such as
//! ال or وا), or when its completions were cut to the per-keystroke budget, it only ranks the
//! results and narrows nothing, so the list never empties in the middle of a word. Results are
//! ranked by how many query words the title matches, then BM25 (title weighted above body), then
//! date; or sorted newest or oldest first, undated articles last.
//!
//! # Corrections (`index/correct`)
//!
//! A word of the query that the index has in at most two postings, or not at all, also matches
//! the dictionary terms one edit from its stem (a letter left out, one too many, one changed, two
//! neighbours swapped: مجلسس finds مجلس, الاتنخابات finds انتخابات), and their variants, for
//! stems of 4 to 24 letters in one script; a word with up to 40 postings, only the neighbours
//! twenty times as frequent. A quoted word is never corrected. An article that
//! matches a word only through a correction ranks below every article that has each word as
//! written, and the results' query carries the corrections (the app says what it searched for
//! and offers the words as written, [`as_written`]); highlights and snippets follow them. The
//! candidates are made from the word and looked up in the sorted dictionary, so the index has
//! nothing more to build or hold. A sharded archive searches the words as written: its
//! dictionary comes in blocks, and a word's corrections are spread over many of them.
//!
//! # Facets and filters ([`Filters`], [`FacetCounts`])
//!
//! Source, publisher, tags, places, people, organizations, language and year. Values of one facet
//! combine with OR, facets and the date range with AND; each facet's counts apply every filter
//! but its own, so choosing a value never hides the other values of the same facet. Articles
//! without a value are counted under [`FacetValue::Unknown`]. The date range is inclusive and leaves
//! out undated articles.

mod bm25;
mod build;
mod completions;
mod dictionary;
mod facet_view;
mod facets;
mod fast_fold;
mod filters;
mod fold_table;
mod highlight;
mod index;
mod lists;
mod normalize;
mod plurals;
mod postings;
mod query;
pub mod shards;
mod sort;
mod stem;
mod tokenize;
mod url;
mod varint;
mod words;

pub use build::{IndexSteps, Indexing};
pub use facet_view::{by_name, name_matches};
pub use facets::{Facet, FacetValue};
pub use filters::{Filters, SearchRequest, Sort};
pub use highlight::{highlight_ranges, snippet, Snippet};
pub use index::{BucketCount, FacetCounts, SearchIndex, SearchResults};
pub use normalize::{normalize, normalize_mapped, Normalized};
pub use query::{as_written, ParsedQuery, QueryWord};
pub use stem::{stem, variants};
pub use tokenize::tokens;
pub use url::{MAX_FACET_VALUES, MAX_QUERY_CHARS};
