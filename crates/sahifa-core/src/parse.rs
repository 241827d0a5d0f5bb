//! Reading a bundle from bytes: fatal problems end the read, an invalid article is skipped and
//! reported, and every valid article is kept.

use crate::date::{parse_day, ArticleDate};
use crate::diagnostic::{Diagnostic, Severity, Subject};
use crate::model::{Article, Bundle, Event, Source};
use crate::wire::{ArticleRecord, EventRecord, SourceRecord};
use crate::FORMAT_VERSION;
use serde::Deserialize;
use serde_json::value::RawValue;
use std::collections::HashSet;
use std::fmt;

/// A bundle that could be read, and what was found wrong in it.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadedBundle {
    pub bundle: Bundle,
    pub diagnostics: Vec<Diagnostic>,
}

impl LoadedBundle {
    /// The findings that made an article be skipped.
    pub fn skipped(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
    }
}

/// Why a bundle could not be read at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BundleError {
    /// The bytes are not UTF-8 text.
    NotUtf8 { line: usize, column: usize },
    /// The text is not JSON.
    NotJson {
        line: usize,
        column: usize,
        message: String,
    },
    /// JSON, but not shaped like a bundle.
    NotABundle { message: String },
    /// A bundle of a format version this build does not read.
    UnknownVersion { found: String },
}

impl fmt::Display for BundleError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            BundleError::NotUtf8 { line, column } => write!(
                f,
                "the file is not UTF-8 text (first bad byte at line {line}, column {column}); save it as UTF-8 and try again"
            ),
            BundleError::NotJson { line, column, message } => write!(
                f,
                "the file is not valid JSON at line {line}, column {column}: {message}"
            ),
            BundleError::NotABundle { message } => write!(
                f,
                "the file is JSON but not a sahifa bundle: {message}; a bundle looks like {{\"sahifa\": {FORMAT_VERSION}, \"title\": …, \"lang\": …, \"articles\": […]}} (see docs/bundle-format.md, or make one with `sahifa build`)"
            ),
            BundleError::UnknownVersion { found } => write!(
                f,
                "the bundle is format version {found}, and this build of sahifa reads version {FORMAT_VERSION}; rebuild the bundle with a matching `sahifa build`, or update the viewer"
            ),
        }
    }
}

/// The top level, read with the articles left as raw JSON so each can fail on its own.
#[derive(Deserialize)]
struct Head<'a> {
    sahifa: Option<&'a RawValue>,
    title: Option<String>,
    lang: Option<String>,
    description: Option<String>,
    #[serde(borrow)]
    articles: Option<Vec<&'a RawValue>>,
}

/// Just the id of an article that failed to parse, to name it in the report.
#[derive(Deserialize)]
struct IdOnly {
    id: Option<String>,
}

/// Reads a bundle. Invalid articles are skipped with an error each; the rest come back sorted
/// newest first, undated last (ties by id, so the order never depends on the input's).
pub fn parse_bundle(bytes: &[u8]) -> Result<LoadedBundle, BundleError> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let (line, column) = line_column(&bytes[..e.valid_up_to()]);
        BundleError::NotUtf8 { line, column }
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let head: Head = serde_json::from_str(text).map_err(|e| json_error(text, e))?;
    let version = head.sahifa.ok_or_else(|| BundleError::NotABundle {
        message: "it has no \"sahifa\" field giving the format version".into(),
    })?;
    if version.get() != FORMAT_VERSION.to_string() {
        return Err(BundleError::UnknownVersion {
            found: version.get().to_owned(),
        });
    }
    let raw_articles = head.articles.ok_or_else(|| BundleError::NotABundle {
        message: "it has no \"articles\" array".into(),
    })?;

    let mut diagnostics = Vec::new();
    let mut bundle_issue = |message: String| {
        diagnostics.push(Diagnostic {
            severity: Severity::Warning,
            subject: Subject::Bundle,
            message,
        })
    };
    let title = non_empty(head.title).unwrap_or_else(|| {
        bundle_issue("it has no \"title\"; the page shows \"sahifa\" instead".into());
        "sahifa".into()
    });
    let lang = non_empty(head.lang).unwrap_or_else(|| {
        bundle_issue(
            "it has no \"lang\"; articles without their own are taken as Arabic (\"ar\")".into(),
        );
        "ar".into()
    });

    let mut seen_ids = HashSet::with_capacity(raw_articles.len());
    let mut articles = Vec::with_capacity(raw_articles.len());
    for (index, raw) in raw_articles.into_iter().enumerate() {
        let record = match serde_json::from_str::<ArticleRecord>(raw.get()) {
            Ok(record) => record,
            Err(e) => {
                let id = serde_json::from_str::<IdOnly>(raw.get())
                    .ok()
                    .and_then(|r| r.id);
                diagnostics.push(Diagnostic {
                    severity: Severity::Error,
                    subject: Subject::Article { index, id },
                    message: format!(
                        "skipped: {}",
                        e.to_string().split(" at line").next().unwrap_or("")
                    ),
                });
                continue;
            }
        };
        let mut report = |severity, message| {
            diagnostics.push(Diagnostic {
                severity,
                subject: Subject::Article {
                    index,
                    id: record.id.clone(),
                },
                message,
            })
        };
        match validate_article(&record, &lang, &mut report) {
            Some(article) if !seen_ids.insert(article.id.clone()) => report(
                Severity::Error,
                format!("skipped: the id \"{}\" is already used by an earlier article; ids must be unique", article.id),
            ),
            Some(article) => articles.push(article),
            None => {}
        }
    }
    // Option orders None first, so comparing b to a puts the newest first and undated last.
    articles.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.id.cmp(&b.id)));
    Ok(LoadedBundle {
        bundle: Bundle {
            title,
            lang,
            description: non_empty(head.description),
            articles,
        },
        diagnostics,
    })
}

/// Checks one record. Missing essentials skip the article (an error each, all reported at
/// once); a bad optional part is dropped with a warning and the article kept.
pub fn validate_article(
    record: &ArticleRecord,
    bundle_lang: &str,
    report: &mut impl FnMut(Severity, String),
) -> Option<Article> {
    let id = non_empty(record.id.clone());
    let title = non_empty(record.title.clone());
    let date = match record.date.as_deref() {
        None => None,
        Some(text) => match ArticleDate::parse(text) {
            Ok(date) => Some(date),
            Err(e) => {
                report(Severity::Error, format!("skipped: the \"date\" {e}"));
                None
            }
        },
    };
    let body: Vec<String> = record
        .body
        .iter()
        .flatten()
        .filter(|p| !p.trim().is_empty())
        .cloned()
        .collect();
    let missing: Vec<&str> = [
        ("id", id.is_none()),
        ("title", title.is_none()),
        ("body", body.is_empty()),
    ]
    .into_iter()
    .filter_map(|(field, absent)| absent.then_some(field))
    .collect();
    if !missing.is_empty() {
        let fields = missing
            .iter()
            .map(|f| format!("\"{f}\""))
            .collect::<Vec<_>>()
            .join(", ");
        report(
            Severity::Error,
            format!(
                "skipped: missing or empty {fields}; every article needs an id, a title and a body"
            ),
        );
    }
    if record.date.is_some() && date.is_none() {
        return None;
    }
    let (id, title) = (id?, title?);
    if body.is_empty() {
        return None;
    }
    let events = record
        .events
        .iter()
        .filter_map(|event| valid_event(event, report))
        .collect();
    Some(Article {
        id,
        title,
        date,
        lang: non_empty(record.lang.clone()).unwrap_or_else(|| bundle_lang.to_owned()),
        body,
        summary: non_empty(record.summary.clone()),
        byline: non_empty(record.byline.clone()),
        publisher: non_empty(record.publisher.clone()),
        source: record.source.as_ref().and_then(source),
        url: non_empty(record.url.clone()),
        tags: names(&record.tags),
        places: names(&record.places),
        people: names(&record.people),
        organizations: names(&record.organizations),
        events,
    })
}

fn valid_event(event: &EventRecord, report: &mut impl FnMut(Severity, String)) -> Option<Event> {
    match parse_day(&event.date) {
        Ok(date) if !event.label.trim().is_empty() => Some(Event {
            date,
            label: event.label.trim().to_owned(),
        }),
        Ok(_) => {
            report(
                Severity::Warning,
                format!("the event on {} has no label and is left out", event.date),
            );
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

fn source(record: &SourceRecord) -> Option<Source> {
    let (name, url) = match record {
        SourceRecord::Name(name) => (name, None),
        SourceRecord::Full { name, url } => (name, url.clone()),
    };
    non_empty(Some(name.clone())).map(|name| Source {
        name,
        url: non_empty(url),
    })
}

/// Trimmed, non-empty names, without repeats, in their given order.
fn names(values: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(values.len());
    for value in values.iter().map(|v| v.trim()).filter(|v| !v.is_empty()) {
        if !out.iter().any(|seen| seen == value) {
            out.push(value.to_owned());
        }
    }
    out
}

fn non_empty(value: Option<String>) -> Option<String> {
    value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
}

fn json_error(text: &str, error: serde_json::Error) -> BundleError {
    let message = error.to_string();
    let message = message
        .split(" at line ")
        .next()
        .unwrap_or(&message)
        .to_owned();
    if error.is_data() {
        return BundleError::NotABundle { message };
    }
    let (line, column) = if error.line() == 0 {
        line_column(text.as_bytes())
    } else {
        (error.line(), error.column())
    };
    BundleError::NotJson {
        line,
        column,
        message,
    }
}

/// The 1-based line and column just after `prefix` (columns count characters, not bytes).
fn line_column(prefix: &[u8]) -> (usize, usize) {
    let text = String::from_utf8_lossy(prefix);
    let line = text.matches('\n').count() + 1;
    let column = text.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}
