//! One wire record checked and turned into an `Article`, its strings moved rather than copied.

use super::fields::{non_empty, shown, trimmed, web_url};
use super::provenance::valid_provenance;
use crate::bidi::without_overrides;
use crate::date::{parse_day, ArticleDate};
use crate::diagnostic::Severity;
use crate::model::{Article, Event, Source};
use crate::wire::{ArticleRecord, EventRecord, SourceRecord};

/// Checks one record. Missing essentials skip the article (an error each, all reported at
/// once); a bad optional part is dropped with a warning and the article kept.
///
/// An article that gives no language of its own comes back with an empty `lang`: the bundle's
/// may not have been read yet (its fields come in any order), so the caller settles it.
pub(super) fn validate_article(record: ArticleRecord, report: &mut dyn FnMut(Severity, String)) -> Option<Article> {
    let ArticleRecord {
        id,
        title,
        date,
        lang,
        summary,
        byline,
        publisher,
        source,
        url,
        tags,
        places,
        people,
        organizations,
        events,
        body,
        provenance,
    } = record;
    let id = non_empty(id);
    let title = shown(non_empty(title));
    // A blank date is an undated article: spreadsheets write empty cells as "".
    let date_text = date.as_deref().map(str::trim).filter(|d| !d.is_empty());
    let date = match date_text {
        None => None,
        Some(text) => match ArticleDate::parse(text) {
            Ok(date) => Some(date),
            Err(e) => {
                report(Severity::Error, format!("skipped: the \"date\" {e}"));
                None
            }
        },
    };
    let mut body: Vec<String> = body.into_iter().flatten().filter_map(|p| shown(non_empty(Some(p)))).collect();
    // serde grows the list by doubling; the article keeps it for the life of the page.
    body.shrink_to_fit();
    let missing: Vec<&str> = [("id", id.is_none()), ("title", title.is_none()), ("body", body.is_empty())]
        .into_iter()
        .filter_map(|(field, absent)| absent.then_some(field))
        .collect();
    if !missing.is_empty() {
        let fields = missing.iter().map(|f| format!("\"{f}\"")).collect::<Vec<_>>().join(", ");
        report(
            Severity::Error,
            format!("skipped: missing or empty {fields}; every article needs an id, a title and a body"),
        );
    }
    if date_text.is_some() && date.is_none() {
        return None;
    }
    let (id, title) = (id?, title?);
    if body.is_empty() {
        return None;
    }
    let events = events.into_iter().filter_map(|event| valid_event(event, report)).collect();
    Some(Article {
        id,
        title,
        date,
        // An attribute, and shown as a value of the language facet: safe as every shown text.
        lang: shown(non_empty(lang)).unwrap_or_default(),
        body,
        summary: shown(non_empty(summary)),
        byline: shown(non_empty(byline)),
        publisher: shown(non_empty(publisher)),
        source: source.and_then(|s| valid_source(s, report)),
        url: web_url("url", url, report),
        tags: names(tags),
        places: names(places),
        people: names(people),
        organizations: names(organizations),
        events,
        provenance: provenance.and_then(|p| valid_provenance(p, report)),
    })
}

fn valid_event(event: EventRecord, report: &mut dyn FnMut(Severity, String)) -> Option<Event> {
    match parse_day(&event.date) {
        Ok(date) if !event.label.trim().is_empty() => {
            Some(Event { date, label: without_overrides(&trimmed(event.label)).into_owned() })
        }
        Ok(_) => {
            report(Severity::Warning, format!("the event on {} has no label and is left out", event.date));
            None
        }
        Err(why) => {
            report(
                Severity::Warning,
                format!(
                    "the event \"{}\" is left out: its date \"{}\" is not YYYY-MM-DD ({why})",
                    event.label, event.date
                ),
            );
            None
        }
    }
}

fn valid_source(record: SourceRecord, report: &mut dyn FnMut(Severity, String)) -> Option<Source> {
    let (name, url) = match record {
        SourceRecord::Name(name) => (name, None),
        SourceRecord::Full { name, url } => (name, url),
    };
    let url = web_url("source.url", url, report);
    shown(non_empty(Some(name))).map(|name| Source { name, url })
}

/// Trimmed, non-empty names, without repeats, in their given order, shown safely.
fn names(values: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(values.len());
    for value in values.into_iter().filter_map(|v| shown(non_empty(Some(v)))) {
        if !out.contains(&value) {
            out.push(value);
        }
    }
    out
}
