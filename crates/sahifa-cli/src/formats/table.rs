//! Tables of articles: JSON Lines (one object a line) and CSV with a header row, each record
//! read through the field mapping. Their text is taken as HTML-escaped, as exports from web
//! pages and CMS databases are (`entities`).

use super::entities::decode_reader_text;
use super::fields::article_from;
use super::Read;
use crate::article::{Draft, Origin};
use crate::mapping::Mapping;
use crate::problem::Problem;
use serde_json::{Map, Value};
use std::path::Path;

/// One article a non-blank line; a line that is not a JSON object is skipped and reported.
pub fn read_jsonl(path: &Path, text: &str, mapping: &Mapping) -> Read {
    let mut read = Read::default();
    for (index, line) in text.lines().enumerate() {
        let number = index + 1;
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Value>(line) {
            Ok(Value::Object(values)) => push(&mut read, path, number, &values, mapping),
            Ok(_) => read.problems.push(Problem::new(path, Some(number), "not an object", "the line is JSON but not an object; each line must be one {\"title\": …, \"date\": …, \"body\": …} object")),
            Err(e) => read.problems.push(Problem::new(path, Some(number), "bad JSON", format!("the line is not valid JSON at column {}: {e}", e.column()))),
        }
    }
    read
}

/// One article a row, named by the header row; an unreadable row is skipped and reported.
pub fn read_csv(path: &Path, text: &str, mapping: &Mapping) -> Read {
    let mut read = Read::default();
    let mut reader = csv::ReaderBuilder::new().has_headers(true).from_reader(text.as_bytes());
    let headers = match reader.headers() {
        Ok(headers) => headers.clone(),
        Err(e) => {
            read.problems.push(Problem::new(path, Some(1), "bad CSV", format!("the header row cannot be read: {e}")));
            return read;
        }
    };
    for row in reader.records() {
        match row {
            Ok(row) => {
                let line = row.position().map_or(0, |p| p.line() as usize);
                let values: Map<String, Value> = headers
                    .iter()
                    .zip(row.iter())
                    .filter(|(_, v)| !v.trim().is_empty())
                    .map(|(k, v)| (k.trim().to_owned(), Value::String(v.to_owned())))
                    .collect();
                push(&mut read, path, line, &values, mapping);
            }
            Err(e) => {
                let line = e.position().map(|p| p.line() as usize);
                read.problems.push(Problem::new(path, line, "bad CSV", format!("the row cannot be read ({e}); every row needs as many fields as the header, with quotes around fields that hold commas")));
            }
        }
    }
    read
}

fn push(read: &mut Read, path: &Path, line: usize, values: &Map<String, Value>, mapping: &Mapping) {
    match article_from(values, mapping) {
        Ok(mut record) => {
            decode_reader_text(&mut record);
            read.drafts.push(Draft { record, origin: Origin { file: path.to_owned(), line } })
        }
        Err(e) => read.problems.push(Problem::new(path, Some(line), "bad field", e)),
    }
}
