//! The parsers a stranger's input reaches, tried with hostile input (issue #18); every crash or
//! broken promise found is kept in `regressions.rs` as a plain test.

mod regressions;
