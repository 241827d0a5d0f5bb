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

/// One article a non-blank line, each handed to `each` as it is read, so that a file of a
/// million articles is never in memory whole; a line that is not a JSON object is skipped and
/// reported. A line that is not UTF-8 ends the reading of the file (a legacy encoding would
/// otherwise give a problem a line), the articles before it kept.
pub fn stream_jsonl(path: &Path, mapping: &Mapping, each: &mut dyn FnMut(Draft)) -> Vec<Problem> {
    let file = match std::fs::File::open(path) {
        Ok(file) => file,
        Err(e) => return vec![Problem::new(path, None, "unreadable", format!("cannot be read: {e}"))],
    };
    let mut reader = std::io::BufReader::new(file);
    let (mut problems, mut bytes, mut number) = (Vec::new(), Vec::new(), 0);
    loop {
        bytes.clear();
        match std::io::BufRead::read_until(&mut reader, b'\n', &mut bytes) {
            Ok(0) => return problems,
            Ok(_) => number += 1,
            Err(e) => {
                problems.push(Problem::new(path, Some(number + 1), "unreadable", format!("cannot be read: {e}")));
                return problems;
            }
        }
        let Ok(line) = std::str::from_utf8(&bytes) else {
            problems.push(super::not_utf8(path, number));
            return problems;
        };
        let line = if number == 1 { line.strip_prefix('\u{feff}').unwrap_or(line) } else { line };
        let line = line.strip_suffix('\n').unwrap_or(line);
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.trim().is_empty() {
            continue;
        }
        let mut read = Read::default();
        match serde_json::from_str::<Value>(line) {
            Ok(Value::Object(values)) => push(&mut read, path, number, &values, mapping),
            Ok(_) => read.problems.push(Problem::new(path, Some(number), "not an object", "the line is JSON but not an object; each line must be one {\"title\": …, \"date\": …, \"body\": …} object")),
            Err(e) => read.problems.push(Problem::new(path, Some(number), "bad JSON", format!("the line is not valid JSON at column {}: {e}", e.column()))),
        }
        problems.append(&mut read.problems);
        read.drafts.into_iter().for_each(&mut *each);
    }
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
