//! A record of named values (a JSON Lines object, a CSV row, Markdown front matter) turned into
//! an article through the field mapping.

use crate::mapping::Mapping;
use sahifa_core::wire::{ArticleRecord, EventRecord, SourceRecord};
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
    })
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
