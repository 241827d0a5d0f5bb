//! Reading one input file into article drafts, whatever its format.

mod bundle;
mod entities;
mod feed;
mod fields;
mod html;
mod markdown;
mod sidecar;
mod table;
mod text;

use crate::article::Draft;
use crate::inputs::Format;
use crate::mapping::Mapping;
use crate::problem::{line_of, Problem};
use std::path::Path;

/// What one file gave: its articles, and a problem for each part that had to be skipped.
#[derive(Default)]
pub struct Read {
    pub drafts: Vec<Draft>,
    pub problems: Vec<Problem>,
}

/// Reads `path`, already known to be of `format` (never `Auto`), handing each article's draft to
/// `each` as it is read (JSON Lines a line at a time; the other formats once the file is read);
/// the problems found.
pub fn read_each(path: &Path, format: Format, mapping: &Mapping, each: &mut dyn FnMut(Draft)) -> Vec<Problem> {
    if format == Format::Jsonl {
        return table::stream_jsonl(path, mapping, each);
    }
    let read = read(path, format, mapping);
    read.drafts.into_iter().for_each(each);
    read.problems
}

/// Reads `path`, already known to be of `format` (never `Auto`).
fn read(path: &Path, format: Format, mapping: &Mapping) -> Read {
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) => return skipped(Problem::new(path, None, "unreadable", format!("cannot be read: {e}"))),
    };
    // Feeds declare their own encoding in the XML prolog; the feed parser honours it.
    if format == Format::Feed {
        return feed::read(path, &bytes);
    }
    let text = match utf8(path, &bytes) {
        Ok(text) => text,
        Err(problem) => return skipped(problem),
    };
    match format {
        Format::Text => one(text::read(path, text).and_then(|d| sidecar::apply(path, d))),
        Format::Markdown => one(markdown::read(path, text, mapping).and_then(|d| sidecar::apply(path, d))),
        Format::Jsonl => unreachable!("JSON Lines are streamed by read_each"),
        Format::Csv => table::read_csv(path, text, mapping),
        Format::Bundle => bundle::read(path, text),
        Format::Feed | Format::Auto => {
            unreachable!("feeds are read above, and Auto is resolved by inputs::collect")
        }
    }
}

fn one(result: Result<Draft, Problem>) -> Read {
    match result {
        Ok(draft) => Read { drafts: vec![draft], problems: Vec::new() },
        Err(problem) => skipped(problem),
    }
}

fn skipped(problem: Problem) -> Read {
    Read { drafts: Vec::new(), problems: vec![problem] }
}

/// The file as text, without a byte-order mark; other encodings are refused with the line of
/// the first byte that is not UTF-8.
fn utf8<'a>(path: &Path, bytes: &'a [u8]) -> Result<&'a str, Problem> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.strip_prefix('\u{feff}').unwrap_or(text)),
        Err(e) => {
            let valid = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
            Err(not_utf8(path, line_of(valid, valid.len())))
        }
    }
}

/// The file has a byte that is not UTF-8 on `line`.
fn not_utf8(path: &Path, line: usize) -> Problem {
    Problem::new(
        path,
        Some(line),
        "not UTF-8",
        "is not UTF-8 text (it may be Windows-1256 or another legacy encoding); save it as UTF-8, for example with `iconv -f WINDOWS-1256 -t UTF-8`",
    )
}
