//! Reading a bundle from bytes: fatal problems end the read, an invalid article is skipped and
//! reported, and every valid article is kept.

use crate::date::{parse_day, ArticleDate};
use crate::diagnostic::{Diagnostic, Severity, Subject};
use crate::direction::inferred_lang;
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
        self.diagnostics.iter().filter(|d| d.severity == Severity::Error)
    }
}

/// Why a bundle could not be read at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BundleError {
    /// The bytes are not UTF-8 text.
    NotUtf8 { line: usize, column: usize },
    /// The text is not JSON.
    NotJson { line: usize, column: usize, message: String },
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

/// The top level, every field left as raw JSON: the version is checked before anything else is
/// interpreted, and each article can fail on its own.
#[derive(Deserialize)]
struct Head<'a> {
    #[serde(borrow)]
    sahifa: Option<&'a RawValue>,
    #[serde(borrow)]
    title: Option<&'a RawValue>,
    #[serde(borrow)]
    lang: Option<&'a RawValue>,
    #[serde(borrow)]
    description: Option<&'a RawValue>,
    #[serde(borrow)]
    articles: Option<&'a RawValue>,
}

/// Just the id of an article that failed to parse, to name it in the report.
#[derive(Deserialize)]
struct IdOnly {
    #[serde(default, deserialize_with = "crate::wire::lenient_id")]
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
    // serde would read a struct from an array too; a bundle is an object, so say so plainly
    // (after making sure the text is JSON at all, so syntax errors keep their line and column).
    if !text.trim_start().starts_with('{') {
        serde_json::from_str::<serde::de::IgnoredAny>(text).map_err(|e| json_error(text, e))?;
        return Err(BundleError::NotABundle { message: "the file holds a JSON array or value, not an object".into() });
    }
    let head: Head = serde_json::from_str(text).map_err(|e| json_error(text, e))?;
    check_version(head.sahifa)?;
    let raw_articles: Vec<&RawValue> = match head.articles {
        None => return Err(BundleError::NotABundle { message: "it has no \"articles\" array".into() }),
        Some(raw) => serde_json::from_str(raw.get()).map_err(|_| BundleError::NotABundle {
            message: "\"articles\" must be an array of article objects".into(),
        })?,
    };

    let mut diagnostics = Vec::new();
    let mut bundle_text = |field: &str, raw: Option<&RawValue>, fallback: &str| -> Option<String> {
        let value = raw.map(|r| serde_json::from_str::<Option<String>>(r.get()));
        let message = match value {
            Some(Ok(text)) => match non_empty(text) {
                Some(text) => return Some(text),
                None => format!("it has no \"{field}\"{fallback}"),
            },
            None => format!("it has no \"{field}\"{fallback}"),
            Some(Err(_)) => format!("\"{field}\" must be a string{fallback}"),
        };
        // A missing optional field (no fallback to announce) is not worth a warning; a wrong type is.
        if !fallback.is_empty() || raw.is_some() {
            diagnostics.push(Diagnostic { severity: Severity::Warning, subject: Subject::Bundle, message });
        }
        None
    };
    let title =
        bundle_text("title", head.title, "; the page shows \"sahifa\" instead").unwrap_or_else(|| "sahifa".into());
    let lang = bundle_text("lang", head.lang, "; articles without their own are taken as Arabic (\"ar\")")
        .unwrap_or_else(|| "ar".into());
    let description = bundle_text("description", head.description, "");

    let mut seen_ids = HashSet::with_capacity(raw_articles.len());
    let mut articles = Vec::with_capacity(raw_articles.len());
    for (index, raw) in raw_articles.into_iter().enumerate() {
        let record = match serde_json::from_str::<ArticleRecord>(raw.get()) {
            Ok(record) => record,
            Err(e) => {
                let id = serde_json::from_str::<IdOnly>(raw.get()).ok().and_then(|r| r.id);
                diagnostics.push(Diagnostic {
                    severity: Severity::Error,
                    subject: Subject::Article { index, id },
                    message: format!("skipped: {}", article_error(raw.get(), &e)),
                });
                continue;
            }
        };
        let mut report = |severity, message| {
            diagnostics.push(Diagnostic {
                severity,
                subject: Subject::Article { index, id: record.id.clone() },
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
    Ok(LoadedBundle { bundle: Bundle { title, lang, description, articles }, diagnostics })
}

/// Accepts exactly the version this build reads, and says what to write otherwise.
fn check_version(version: Option<&RawValue>) -> Result<(), BundleError> {
    let Some(version) = version else {
        return Err(BundleError::NotABundle { message: "it has no \"sahifa\" field giving the format version".into() });
    };
    let found = version.get().trim();
    if found == FORMAT_VERSION.to_string() {
        Ok(())
    } else if found.starts_with('"') {
        Err(BundleError::NotABundle {
            message: format!("\"sahifa\" is {found}, a string; write the number {FORMAT_VERSION} without quotes"),
        })
    } else {
        Err(BundleError::UnknownVersion { found: found.to_owned() })
    }
}

/// serde's message for an article that does not parse, in the bundle's terms rather than Rust's.
fn article_error(raw: &str, error: &serde_json::Error) -> String {
    if !raw.trim_start().starts_with('{') {
        return "an article must be a JSON object such as {\"id\": …, \"title\": …, \"body\": […]}".into();
    }
    let message = error.to_string();
    let message = message.split(" at line").next().unwrap_or(&message);
    if message.contains("SourceRecord") {
        return "\"source\" must be a name, or an object {\"name\": …, \"url\": …}".into();
    }
    message.replace("struct EventRecord", "an event {\"date\": …, \"label\": …}")
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
    // A blank date is an undated article: spreadsheets write empty cells as "".
    let date_text = record.date.as_deref().map(str::trim).filter(|d| !d.is_empty());
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
    let body: Vec<String> =
        record.body.iter().flatten().map(|p| p.trim()).filter(|p| !p.is_empty()).map(str::to_owned).collect();
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
    let lang = non_empty(record.lang.clone()).unwrap_or_else(|| {
        let opening = format!("{title} {}", body.first().map_or("", String::as_str));
        inferred_lang(bundle_lang, &opening)
    });
    if body.is_empty() {
        return None;
    }
    let events = record.events.iter().filter_map(|event| valid_event(event, report)).collect();
    Some(Article {
        id,
        title,
        date,
        lang,
        body,
        summary: non_empty(record.summary.clone()),
        byline: non_empty(record.byline.clone()),
        publisher: non_empty(record.publisher.clone()),
        source: record.source.as_ref().and_then(|s| source(s, report)),
        url: web_url("url", record.url.as_deref(), report),
        tags: names(&record.tags),
        places: names(&record.places),
        people: names(&record.people),
        organizations: names(&record.organizations),
        events,
    })
}

fn valid_event(event: &EventRecord, report: &mut impl FnMut(Severity, String)) -> Option<Event> {
    match parse_day(&event.date) {
        Ok(date) if !event.label.trim().is_empty() => Some(Event { date, label: event.label.trim().to_owned() }),
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

fn source(record: &SourceRecord, report: &mut impl FnMut(Severity, String)) -> Option<Source> {
    let (name, url) = match record {
        SourceRecord::Name(name) => (name, None),
        SourceRecord::Full { name, url } => (name, url.as_deref()),
    };
    let url = web_url("source.url", url, report);
    non_empty(Some(name.clone())).map(|name| Source { name, url })
}

/// A link the reader may follow: only http(s) addresses become links, so a `javascript:` or
/// `data:` URL in a bundle can never run in the reader's page.
fn web_url(field: &str, url: Option<&str>, report: &mut impl FnMut(Severity, String)) -> Option<String> {
    let url = url.map(str::trim).filter(|u| !u.is_empty())?;
    let scheme = url.split_once(':').map(|(s, _)| s.to_ascii_lowercase());
    if matches!(scheme.as_deref(), Some("http" | "https")) {
        Some(url.to_owned())
    } else {
        report(
            Severity::Warning,
            format!("the \"{field}\" {url:?} is left out: only http:// and https:// addresses are linked"),
        );
        None
    }
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
    let message = message.split(" at line ").next().unwrap_or(&message).to_owned();
    if error.is_data() {
        return BundleError::NotABundle { message };
    }
    let (line, column) = if error.line() == 0 { line_column(text.as_bytes()) } else { (error.line(), error.column()) };
    BundleError::NotJson { line, column, message }
}

/// The 1-based line and column just after `prefix` (columns count characters, not bytes).
fn line_column(prefix: &[u8]) -> (usize, usize) {
    let text = String::from_utf8_lossy(prefix);
    let line = text.matches('\n').count() + 1;
    let column = text.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}
