//! A sahifa bundle as an input (.json): its articles as they are, so that a bundle exported from
//! the app (a search's results, a reader's selection) merges into a new build like any source.
//! Its integrity record is not read: the build computes the new bundle's own.

use super::Read;
use crate::article::{Draft, Origin};
use crate::problem::{line_of, Problem};
use sahifa_core::wire::{ArticleRecord, BundleRecord};
use serde_json::value::RawValue;
use std::path::Path;

pub fn read(path: &Path, text: &str) -> Read {
    let mut read = Read::default();
    let top: BundleRecord<serde::de::IgnoredAny, serde::de::IgnoredAny, Vec<&RawValue>, serde::de::IgnoredAny> =
        match serde_json::from_str(text) {
            Ok(top) => top,
            Err(e) => {
                let why = format!("is not a sahifa bundle ({e}); check it with `sahifa validate`");
                read.problems.push(Problem::new(path, Some(e.line()), "not a bundle", why));
                return read;
            }
        };
    for raw in top.articles {
        // Where the record starts in the file, for the messages that name its line.
        let line = line_of(text, raw.get().as_ptr() as usize - text.as_ptr() as usize);
        match serde_json::from_str::<ArticleRecord>(raw.get()) {
            Ok(record) => read.drafts.push(Draft { record, origin: Origin { file: path.to_owned(), line } }),
            Err(e) => read.problems.push(Problem::new(
                path,
                Some(line),
                "bad article",
                format!("{e}; check it with `sahifa validate`"),
            )),
        }
    }
    read
}
