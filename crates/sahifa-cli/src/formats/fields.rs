//! A record of named values (a JSON Lines object, a CSV row, Markdown front matter) turned into
//! an article through the field mapping.

use crate::mapping::Mapping;
use sahifa_core::wire::{
    ArchivedRecord, ArticleRecord, EventRecord, ProvenanceRecord, SourceRecord, VerificationRecord,
};
use serde_json::{Map, Value};

/// The article a record describes. `Err` says which value had the wrong shape.
pub fn article_from(values: &Map<String, Value>, mapping: &Mapping) -> Result<ArticleRecord, String> {
    let get = |field: &str| mapping.keys(field).iter().find_map(|k| values.get(k).filter(|v| !v.is_null()));
    let text = |field: &str| get(field).and_then(as_text);
    let list = |field: &str| get(field).map(as_list).unwrap_or_default();
    let source = match get("source") {
        Some(Value::Object(o)) => serde_json::from_value(Value::Object(o.clone()))
            .map_err(|e| format!("the \"source\" must be a name or {{name, url}}: {e}"))?,
        Some(v) => as_text(v).map(|name| SourceRecord::Full { name, url: text("source_url") }),
        None => None,
    };
    let events = match get("events") {
        Some(v) => serde_json::from_value::<Vec<EventRecord>>(v.clone())
            .map_err(|e| format!("the \"events\" must be a list of {{date, label}}: {e}"))?,
        None => Vec::new(),
    };
    Ok(ArticleRecord {
        id: text("id"),
        title: text("title"),
        date: text("date"),
        lang: text("lang"),
        summary: text("summary"),
        byline: text("byline"),
        publisher: text("publisher"),
        source,
        url: text("url"),
        tags: list("tags"),
        places: list("places"),
        people: list("people"),
        organizations: list("organizations"),
        events,
        body: get("body").map(as_paragraphs),
        provenance: provenance_of(&get)?,
    })
}

/// The provenance a record gives: a `provenance` object as the bundle writes it, or the flat
/// columns a spreadsheet has (`captured`, `sha256`, `collector`, `archived`, `verification`,
/// `verification_note`).
fn provenance_of<'v>(get: &dyn Fn(&str) -> Option<&'v Value>) -> Result<Option<ProvenanceRecord>, String> {
    if let Some(value) = get("provenance") {
        return serde_json::from_value(value.clone())
            .map(Some)
            .map_err(|e| format!("the \"provenance\" must be an object as docs/bundle-format.md describes it: {e}"));
    }
    let text = |field: &str| get(field).and_then(as_text);
    let archived = get("archived").map(archived_copies).unwrap_or_default();
    let verification =
        text("verification").map(|status| VerificationRecord { status, note: text("verification_note") });
    let record = ProvenanceRecord {
        captured: text("captured"),
        sha256: text("sha256"),
        collector: text("collector"),
        archived,
        verification,
        corrections: Vec::new(),
    };
    Ok((record != ProvenanceRecord::default()).then_some(record))
}

/// Archived copies from a column of addresses (separated by white space or semicolons, since
/// an address may hold a comma), each named after the archive its host belongs to.
fn archived_copies(value: &Value) -> Vec<ArchivedRecord> {
    let addresses: Vec<String> = match value {
        Value::Array(items) => items.iter().filter_map(as_text).collect(),
        other => as_text(other)
            .map(|t| {
                t.split(|c: char| c.is_whitespace() || c == ';').filter(|a| !a.is_empty()).map(str::to_owned).collect()
            })
            .unwrap_or_default(),
    };
    addresses.into_iter().map(|url| ArchivedRecord { archive: archive_name(&url), url, captured: None }).collect()
}

/// The name of the archive an address belongs to, or its host when it is none of the known ones.
fn archive_name(url: &str) -> String {
    let host = url.split("://").nth(1).unwrap_or(url).split(['/', '?', '#']).next().unwrap_or_default();
    let host = host.trim_start_matches("www.").to_ascii_lowercase();
    let known = [
        ("web.archive.org", "Wayback Machine"),
        ("archive.org", "Wayback Machine"),
        ("archive.today", "archive.today"),
        ("archive.ph", "archive.today"),
        ("archive.is", "archive.today"),
        ("perma.cc", "Perma.cc"),
    ];
    known.iter().find(|(h, _)| host == *h).map_or(host.clone(), |(_, name)| (*name).to_owned())
}

/// A scalar as text; empty text counts as absent.
fn as_text(value: &Value) -> Option<String> {
    let text = match value {
        Value::String(s) => s.trim().to_owned(),
        Value::Number(n) => n.to_string(),
        _ => return None,
    };
    (!text.is_empty()).then_some(text)
}

/// A list, or one string of items separated by commas (Latin or Arabic) or semicolons.
fn as_list(value: &Value) -> Vec<String> {
    match value {
        Value::Array(items) => items.iter().filter_map(as_text).collect(),
        Value::String(s) => {
            s.split([',', '،', ';']).map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned).collect()
        }
        other => as_text(other).into_iter().collect(),
    }
}

/// Paragraphs: a list as given, or text with one paragraph a line (blank lines between
/// paragraphs are allowed and dropped).
fn as_paragraphs(value: &Value) -> Vec<String> {
    match value {
        Value::Array(items) => items.iter().filter_map(as_text).collect(),
        other => as_text(other).map(|t| lines(&t)).unwrap_or_default(),
    }
}

/// Non-empty trimmed lines.
pub fn lines(text: &str) -> Vec<String> {
    text.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect()
}
