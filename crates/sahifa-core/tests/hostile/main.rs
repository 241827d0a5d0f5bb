//! The parsers a stranger's input reaches, fuzzed with property tests (issue #18): the bundle
//! parser on arbitrary and damaged bytes and on valid articles mixed with garbage, the date
//! grammar, and the search state a URL carries. Each property stays well under a few seconds in
//! `cargo test`; every crash a property finds is kept in `regressions.rs` as a plain test.

mod bundle;
mod dates;
mod hostile_text;
mod regressions;
mod url_state;
