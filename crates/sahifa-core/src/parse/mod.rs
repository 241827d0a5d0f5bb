//! Reading a bundle from bytes: fatal problems end the read, an invalid article is skipped and
//! reported, and every valid article is kept.
//!
//! The bytes are read once, through a window (`top_level`), so that a bundle held outside the
//! parser's memory (the app's download, in JavaScript) never has to be copied in whole: the
//! articles are built while it is read, and only the window and one article exist beside them.
//! Only a fatal error reads them again, for serde_json to say what is wrong and where.

mod article;
mod fields;
mod provenance;
mod source;
mod top_level;
mod utf8;
mod window;

pub use source::{ByteSource, SliceSource};

use crate::diagnostic::{Diagnostic, Severity, Subject};
use crate::direction::Letters;
use crate::model::{Article, Bundle};
use crate::wire::{BundleRecord, SOURCE_EXPECTED};
use crate::FORMAT_VERSION;
use article::validate_article;
use fields::{non_empty, without_overrides_owned};
use serde::de::IgnoredAny;
use serde::Deserialize;
use serde_json::error::Category;
use serde_json::value::RawValue;
use std::collections::HashSet;
use std::fmt;
use top_level::{Articles, Element, Fatal, TopLevel, TopLevelReader};

/// How many bytes of the bundle the parser holds at a time, unless one article is longer: large
/// enough that an article cut by the window's end (and parsed again) is rare, small beside the
/// articles themselves.
pub const WINDOW: usize = 512 * 1024;

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

/// Just the id of an article that failed to parse, to name it in the report.
#[derive(Deserialize)]
struct IdOnly {
    #[serde(default, deserialize_with = "crate::wire::lenient_id")]
    id: Option<String>,
}

/// Reads a bundle. Invalid articles are skipped with an error each; the rest come back sorted
/// newest first, undated last (ties by id, so the order never depends on the input's).
pub fn parse_bundle(bytes: &[u8]) -> Result<LoadedBundle, BundleError> {
    parse_bundle_from(&mut SliceSource::new(bytes), WINDOW)
}

/// Reads a bundle from `source` through a window of about `window` bytes (see `WINDOW`), with
/// the same outcome as `parse_bundle` on the same bytes.
pub fn parse_bundle_from(source: &mut dyn ByteSource, window: usize) -> Result<LoadedBundle, BundleError> {
    let mut parser = BundleParser::new(source, window);
    loop {
        if let Some(read) = parser.step(usize::MAX) {
            return read;
        }
    }
}

/// A bundle read a part at a time, for a page that hands the main thread back while a large
/// bundle is read: [`BundleParser::step`] until it gives the outcome `parse_bundle_from` gives.
pub struct BundleParser<'s> {
    /// Given up once the read ends.
    reader: Option<TopLevelReader<'s>>,
    collected: Collected,
}

/// What the articles read so far made.
#[derive(Default)]
struct Collected {
    articles: Vec<Article>,
    seen_ids: HashSet<String>,
    findings: Vec<Diagnostic>,
    /// Articles without a language of their own, by position, and what their text says.
    unsettled: Vec<(usize, Letters)>,
}

impl<'s> BundleParser<'s> {
    pub fn new(source: &'s mut dyn ByteSource, window: usize) -> BundleParser<'s> {
        BundleParser { reader: Some(TopLevelReader::new(source, window)), collected: Collected::default() }
    }

    /// Reads on until `articles` more articles are read, or to the end of the bundle: then the
    /// bundle, or why it is not one. Called again after that, it panics.
    pub fn step(&mut self, articles: usize) -> Option<Result<LoadedBundle, BundleError>> {
        let mut reader = self.reader.take().expect("BundleParser::step: the bundle was already given");
        let collected = &mut self.collected;
        match reader.step(&mut |index, element| collected.add(index, element), articles) {
            Ok(None) => {
                self.reader = Some(reader);
                None
            }
            Ok(Some(head)) => Some(std::mem::take(&mut self.collected).finish(head)),
            Err(fatal) => Some(Err(bundle_error(fatal, reader.into_source()))),
        }
    }
}

impl Collected {
    /// One element of `articles`, checked: kept, or reported and skipped.
    fn add(&mut self, index: usize, element: Element) {
        let record = match element {
            Element::Record(record) => record,
            Element::Invalid { error, raw } => {
                let id = serde_json::from_str::<IdOnly>(&raw).ok().and_then(|r| r.id);
                let message = format!("skipped: {}", article_error(&raw, &error));
                self.findings.push(article_finding(Severity::Error, index, id, message));
                return;
            }
        };
        // The id moves into the article, trimmed; findings name it as the bundle wrote it.
        let wire_id = record.id.clone();
        let findings = &mut self.findings;
        let mut report = |severity, message| findings.push(article_finding(severity, index, wire_id.clone(), message));
        match validate_article(record, &mut report) {
            Some(article) if !self.seen_ids.insert(article.id.clone()) => report(
                Severity::Error,
                format!("skipped: the id \"{}\" is already used by an earlier article; ids must be unique", article.id),
            ),
            Some(article) => {
                if article.lang.is_empty() {
                    let opening = [article.title.as_str(), article.body.first().map_or("", String::as_str)];
                    self.unsettled.push((self.articles.len(), Letters::of(&opening)));
                }
                self.articles.push(article);
            }
            None => {}
        }
    }

    /// The bundle, once its top level is read whole.
    fn finish(self, head: TopLevel) -> Result<LoadedBundle, BundleError> {
        let Collected { mut articles, seen_ids, mut findings, unsettled } = self;
        // Memory the parse no longer needs goes before the article list is copied to its final size.
        drop(seen_ids);
        check_version(head.sahifa.as_deref().map(RawValue::get))?;
        match head.articles {
            Articles::Missing => {
                return Err(BundleError::NotABundle { message: "it has no \"articles\" array".into() })
            }
            Articles::NotAnArray => {
                return Err(BundleError::NotABundle {
                    message: "\"articles\" must be an array of article objects".into(),
                })
            }
            Articles::Read => {}
        }

        let mut diagnostics = Vec::new();
        let mut bundle_text = |field: &str, raw: Option<&RawValue>, fallback: &str| -> Option<String> {
            let value = raw.map(|raw| serde_json::from_str::<Option<String>>(raw.get()));
            let message = match value {
                Some(Ok(text)) => match non_empty(text) {
                    Some(text) => return Some(crate::bidi::without_overrides(&text).into_owned()),
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
        let title = bundle_text("title", head.title.as_deref(), "; the page shows \"sahifa\" instead")
            .unwrap_or_else(|| "sahifa".into());
        let lang =
            bundle_text("lang", head.lang.as_deref(), "; articles without their own are taken as Arabic (\"ar\")")
                .unwrap_or_else(|| "ar".into());
        let description = bundle_text("description", head.description.flatten().as_deref(), "");
        let integrity = head.integrity.map(|raw| raw.get().to_owned());
        diagnostics.append(&mut findings);

        for (at, letters) in unsettled {
            articles[at].lang = letters.lang_in(&lang);
        }
        // Option orders None first, so comparing b to a puts the newest first and undated last. Ids
        // are unique, so the order is total and an unstable sort (which needs no buffer) gives the
        // same result as a stable one.
        crate::one_sort::sort_by(&mut articles, |a, b| b.date.cmp(&a.date).then_with(|| a.id.cmp(&b.id)));
        // The list grew by doubling, its count unknown until the end; the index built next can reuse
        // the space given back.
        articles.shrink_to_fit();
        Ok(LoadedBundle { bundle: Bundle { title, lang, description, articles, integrity }, diagnostics })
    }
}

/// A finding about the article at `index`. It quotes the bundle's own text (the id, a bad date,
/// an event's label, serde's view of a value), and the page's notice and `sahifa validate` print
/// it: an override there would reverse the rest of the line, so it becomes an isolate, as in
/// every text the views show (`bidi`).
fn article_finding(severity: Severity, index: usize, id: Option<String>, message: String) -> Diagnostic {
    let subject = Subject::Article { index, id: id.map(without_overrides_owned) };
    Diagnostic { severity, subject, message: without_overrides_owned(message) }
}

/// Accepts exactly the version this build reads, and says what to write otherwise.
fn check_version(version: Option<&str>) -> Result<(), BundleError> {
    let Some(version) = version else {
        return Err(BundleError::NotABundle { message: "it has no \"sahifa\" field giving the format version".into() });
    };
    let found = version.trim();
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
    let message = serde_message(error);
    // A source of the wrong type: serde's message ends with the expectation; say only that.
    if message.contains(SOURCE_EXPECTED) {
        return SOURCE_EXPECTED.into();
    }
    message
}

/// serde's message without the place its `Display` ends with (" at line L column C"), which a
/// report gives apart, or not at all.
fn serde_message(error: &serde_json::Error) -> String {
    let message = error.to_string();
    let place = format!(" at line {} column {}", error.line(), error.column());
    message.strip_suffix(&place).unwrap_or(&message).to_owned()
}

/// The top level with every field read and thrown away: what serde_json is asked to read the
/// input as when it is not a bundle, so that the only errors are its syntax errors and a field
/// given twice.
type Unread = BundleRecord<Option<IgnoredAny>, Option<IgnoredAny>, Option<IgnoredAny>, IgnoredAny>;

/// A fatal problem in the terms a person reads. Bytes that are not UTF-8 are placed by reading
/// the input again up to them; anything else is what serde_json says reading it again whole.
fn bundle_error(fatal: Fatal, source: &mut dyn ByteSource) -> BundleError {
    let error = match fatal {
        // Columns count characters from 1, the byte order mark among them.
        Fatal::NotUtf8 { offset } => {
            let place = source::place(source, offset);
            return BundleError::NotUtf8 { line: place.line, column: place.chars + 1 };
        }
        Fatal::NotAnObject => match source::reread::<IgnoredAny>(source) {
            Ok(_) => {
                let message = "the file holds a JSON array or value, not an object".into();
                return BundleError::NotABundle { message };
            }
            Err(error) => error,
        },
        Fatal::Invalid => source::reread::<Unread>(source)
            .expect_err("the window's read gives up only where serde_json finds the input is not a bundle's JSON"),
    };
    let message = serde_message(&error);
    match error.classify() {
        // Read as `Unread`, only a field given twice is JSON but not a bundle's.
        Category::Data => BundleError::NotABundle { message },
        // The source cannot fail, so `Io` does not occur.
        Category::Syntax | Category::Eof | Category::Io => {
            BundleError::NotJson { line: error.line(), column: error.column(), message }
        }
    }
}
