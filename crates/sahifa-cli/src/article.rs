//! One article between its source and the bundle: what a reader made of it (a draft), and the
//! checks and additions every draft goes through whatever its format (a finished record).

use crate::problem::Problem;
use sahifa_core::arabic_date::parse_date_line;
use sahifa_core::date::write_day;
use sahifa_core::relative_date::find_events;
use sahifa_core::wire::{ArticleRecord, EventRecord, SourceRecord};
use sahifa_core::ArticleDate;
use std::path::PathBuf;

/// An article as a format reader found it; its date is still as the source wrote it.
#[derive(Debug, Clone)]
pub struct Draft {
    pub record: ArticleRecord,
    pub origin: Origin,
}

/// Where a draft came from: the file and the 1-based line its article starts on.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Origin {
    pub file: PathBuf,
    pub line: usize,
}

impl Origin {
    pub fn problem(&self, reason: &'static str, message: impl Into<String>) -> Problem {
        Problem::new(&self.file, Some(self.line), reason, message)
    }
}

/// An article ready for the bundle: it has a title, a body and a date in the bundle's spelling.
#[derive(Debug, Clone)]
pub struct Finished {
    pub record: ArticleRecord,
    pub date: ArticleDate,
    pub origin: Origin,
}

/// Checks a draft and completes it: the date in canonical form, the source as a name and URL,
/// and the events its body refers to. Events the source lists itself win over found ones on
/// the same day, since a person chose their label.
pub fn finish(draft: Draft, bundle_lang: &str) -> Result<Finished, Problem> {
    let Draft { mut record, origin } = draft;
    if record.title.as_deref().is_none_or(|t| t.trim().is_empty()) {
        return Err(origin.problem(
            "no title",
            "the article has no title; give it one (or map a column to it with --map title=COLUMN)",
        ));
    }
    let body: Vec<String> =
        record.body.take().unwrap_or_default().into_iter().filter(|p| !p.trim().is_empty()).collect();
    if body.is_empty() {
        return Err(origin.problem(
            "no body",
            "the article has no body text; add its paragraphs (or map a column to it with --map body=COLUMN)",
        ));
    }
    record.body = Some(body);
    let Some(written) = record.date.as_deref().map(str::trim).filter(|d| !d.is_empty()) else {
        return Err(origin.problem(
            "no date",
            "the article has no date; give it one (or map a column to it with --map date=COLUMN)",
        ));
    };
    let date = parse_date_line(written).map_err(|e| origin.problem("bad date", format!("the date {e}")))?;
    record.date = Some(date.to_string());
    record.title = record.title.map(|t| t.trim().to_owned());
    record.source = record.source.take().map(|source| match source {
        SourceRecord::Name(name) => SourceRecord::Full { name, url: None },
        full => full,
    });
    if record.lang.as_deref() == Some(bundle_lang) {
        record.lang = None;
    }
    add_found_events(&mut record, date);
    Ok(Finished { record, date, origin })
}

fn add_found_events(record: &mut ArticleRecord, date: ArticleDate) {
    let body = record.body.as_deref().unwrap_or_default();
    for found in find_events(body, date.day) {
        let mut day = String::new();
        write_day(&mut day, found.date).expect("writing to a String cannot fail");
        if !record.events.iter().any(|e| e.date == day) {
            record.events.push(EventRecord { date: day, label: found.sentence });
        }
    }
    record.events.sort_by(|a, b| (&a.date, &a.label).cmp(&(&b.date, &b.label)));
}
