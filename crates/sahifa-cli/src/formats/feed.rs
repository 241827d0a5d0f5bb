//! RSS 2.0 and Atom feeds, parsed by feed-rs; the HTML of each entry is reduced to plain
//! paragraphs.

use super::html;
use crate::article::{Draft, Origin};
use crate::problem::{line_of, Problem};
use chrono::{DateTime, NaiveDateTime, Timelike, Utc};
use feed_rs::model::{Entry, Text};
use feed_rs::parser::Builder;
use sahifa_core::arabic_date::parse_date_line;
use sahifa_core::wire::ArticleRecord;
use std::path::Path;

use super::Read;

/// Reads every entry of a feed. A feed that cannot be parsed is one problem; an entry without
/// a title, a date or text is skipped later, like any other article.
pub fn read(path: &Path, bytes: &[u8]) -> Read {
    let parser = Builder::new()
        // feed-rs makes up an id for entries without one; an empty id lets ours fall back to
        // the URL, or the date and title, which are stable across rebuilds.
        .id_generator(|_, _, _| String::new())
        // Keep the publisher's calendar day and clock time: feed-rs would convert to UTC and
        // could move an article to the day before. The wall-clock time is carried as if UTC.
        .timestamp_parser(|text| {
            let date = parse_date_line(text).ok()?;
            let (h, m, s) = date.time.map_or((0, 0, 0), |t| (t.hour(), t.minute(), t.second()));
            let naive =
                NaiveDateTime::parse_from_str(&format!("{}T{h:02}:{m:02}:{s:02}", date.day), "%Y-%m-%dT%H:%M:%S")
                    .ok()?;
            Some(DateTime::from_naive_utc_and_offset(naive, Utc))
        })
        .build();
    let feed = match parser.parse(bytes) {
        Ok(feed) => feed,
        Err(e) => {
            return Read {
                drafts: Vec::new(),
                problems: vec![Problem::new(
                    path,
                    None,
                    "broken feed",
                    format!("is not a valid RSS or Atom feed ({e}); check that it is complete and well-formed XML"),
                )],
            }
        }
    };
    let raw = String::from_utf8_lossy(bytes);
    let publisher = feed.title.as_ref().map(plain_text).filter(|t| !t.is_empty());
    let mut cursor = 0;
    let drafts = feed
        .entries
        .into_iter()
        .map(|entry| {
            let line = entry_line(&raw, &entry, &mut cursor);
            let mut record = record_of(entry);
            record.lang = feed.language.clone();
            record.publisher = publisher.clone();
            Draft { record, origin: Origin { file: path.to_owned(), line } }
        })
        .collect();
    Read { drafts, problems: Vec::new() }
}

fn record_of(entry: Entry) -> ArticleRecord {
    let url = entry
        .links
        .iter()
        .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
        .map(|l| l.href.trim().to_owned());
    let summary = entry.summary.as_ref().map(|s| paragraphs(&s.content, is_html(s)));
    let (body, summary) =
        match entry.content.as_ref().and_then(|c| c.body.as_deref().map(|b| (b, c.content_type.to_string()))) {
            Some((body, kind)) => (paragraphs(body, kind.contains("html")), summary.map(|s| s.join(" "))),
            None => (summary.unwrap_or_default(), None),
        };
    let when = entry.published.or(entry.updated).map(|at| {
        if at.time() == chrono::NaiveTime::MIN {
            at.format("%Y-%m-%d").to_string()
        } else {
            format!("{}T{:02}:{:02}:{:02}", at.format("%Y-%m-%d"), at.hour(), at.minute(), at.second())
        }
    });
    let byline = entry.authors.iter().map(|a| a.name.trim()).filter(|n| !n.is_empty()).collect::<Vec<_>>().join("، ");
    ArticleRecord {
        id: Some(entry.id.trim().to_owned()).filter(|id| !id.is_empty()),
        title: entry.title.as_ref().map(plain_text),
        date: when,
        byline: Some(byline).filter(|b| !b.is_empty()),
        url,
        summary: summary.filter(|s| !s.is_empty()),
        tags: entry
            .categories
            .iter()
            .map(|c| c.label.clone().unwrap_or_else(|| c.term.clone()).trim().to_owned())
            .filter(|t| !t.is_empty())
            .collect(),
        body: Some(body),
        ..Default::default()
    }
}

fn is_html(text: &Text) -> bool {
    text.content_type.to_string().contains("html")
}

/// A title or name as one line of plain text.
fn plain_text(text: &Text) -> String {
    paragraphs(&text.content, is_html(text)).join(" ")
}

fn paragraphs(content: &str, html: bool) -> Vec<String> {
    if html {
        html::paragraphs(content)
    } else {
        content.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect()
    }
}

/// The line an entry starts near: where its id or link next appears in the file. Entries come
/// in file order, so the search goes on from the previous entry.
fn entry_line(raw: &str, entry: &Entry, cursor: &mut usize) -> usize {
    let found = std::iter::once(entry.id.as_str())
        .chain(entry.links.iter().map(|l| l.href.as_str()))
        .filter(|needle| !needle.is_empty())
        .find_map(|needle| raw.get(*cursor..)?.find(needle).map(|at| *cursor + at));
    match found {
        Some(at) => {
            *cursor = at + 1;
            line_of(raw, at)
        }
        None => line_of(raw, *cursor),
    }
}
