//! The bundle's JSON read in one pass through a window: the top-level fields kept as raw JSON
//! text, and each element of `articles` parsed on its own and handed on, so that only the window
//! and the article being read exist beside what the caller keeps.
//!
//! serde_json parses every value; this file walks only the punctuation between them, and says
//! nothing of it: at the first byte off a bundle's path it gives up, and the caller has
//! serde_json read the whole input again to say what is wrong and where. So a fatal error is
//! serde_json's own, at its line and column, whatever the window.

use super::source::ByteSource;
use super::window::{NotUtf8, Window};
use crate::wire::{ArticleRecord, BundleRecord};
use serde::de::Deserialize;
use serde_json::value::RawValue;
use serde_json::Deserializer;

/// A top-level field as raw JSON text: `None` when absent or `null`.
pub(super) type Raw = Option<Box<RawValue>>;

/// The top level as read: each field raw, the articles handed on while they were read.
pub(super) type TopLevel = BundleRecord<Raw, Raw, Articles, Box<RawValue>>;

/// What became of the `articles` field.
pub(super) enum Articles {
    Missing,
    NotAnArray,
    Read,
}

/// One element of `articles`: a record, or what serde said about an element that is valid JSON
/// but not an article record, with its text.
// The record is the usual case: boxing it would cost an allocation an article.
#[allow(clippy::large_enum_variant)]
pub(super) enum Element {
    Record(ArticleRecord),
    Invalid { error: serde_json::Error, raw: String },
}

/// Why the input is not a bundle at all.
pub(super) enum Fatal {
    /// The input offset of the first byte that is not UTF-8, byte order mark included.
    NotUtf8 { offset: usize },
    /// The input does not open with `{`: an array, a single value, or not JSON.
    NotAnObject,
    /// The input opens as an object but is not a bundle's JSON (not JSON, or a field given
    /// twice): serde_json, reading it again whole, says what and where.
    Invalid,
}

impl From<NotUtf8> for Fatal {
    fn from(NotUtf8(offset): NotUtf8) -> Self {
        Fatal::NotUtf8 { offset }
    }
}

/// The one field read apart from the others, its elements handed on one at a time.
const ARTICLES: &str = "articles";

/// What serde made of the window's text from where the parse stands.
enum Attempt<T> {
    /// A value, and how many bytes it took.
    Parsed(T, usize),
    /// An error, at this index in the text.
    Failed(usize),
}

/// Where the read stands between two steps.
#[derive(Clone, Copy)]
enum Phase {
    /// Nothing read yet.
    Start,
    /// In the top-level object, before a member or its end; `first` before the first member.
    Object { first: bool },
    /// In `articles`, standing on the first byte of element `next`.
    Articles { next: usize },
}

/// Reads the bundle from a source through a window, a part at a time: each element of `articles`
/// is handed on with its index as soon as it is read, and a step stops after as many elements as
/// it is given, so that a page can hand the main thread back while a large bundle is read.
pub(super) struct TopLevelReader<'s> {
    window: Window<'s>,
    phase: Phase,
    /// The members but an `articles` array, as the text of one object, which serde reads as the
    /// top level once the bundle ends (and where a field given twice is an error, as serde makes
    /// it): small, since the articles are not in it.
    others: String,
    /// Whether an `articles` key was met, and its value was an array, read element by element.
    articles_key: bool,
    articles_read: bool,
}

impl<'s> TopLevelReader<'s> {
    /// A reader of `source` through a window of `size` bytes.
    pub(super) fn new(source: &'s mut dyn ByteSource, size: usize) -> TopLevelReader<'s> {
        TopLevelReader {
            window: Window::new(source, size),
            phase: Phase::Start,
            others: "{".into(),
            articles_key: false,
            articles_read: false,
        }
    }

    /// Reads on until `articles` more elements of `articles` have been handed to `on_article`, or
    /// to the end of the bundle: then the top-level fields.
    pub(super) fn step(
        &mut self,
        on_article: &mut dyn FnMut(usize, Element),
        articles: usize,
    ) -> Result<Option<TopLevel>, Fatal> {
        match self.read_on(on_article, articles) {
            Err(fatal @ Fatal::NotUtf8 { .. }) => Err(fatal),
            Err(fatal) => {
                // Bytes that are not UTF-8 anywhere in the input are the first thing to mend.
                self.window.check_rest()?;
                Err(fatal)
            }
            read => read,
        }
    }

    /// The source, for a report that reads the input again.
    pub(super) fn into_source(self) -> &'s mut dyn ByteSource {
        self.window.into_source()
    }

    fn read_on(
        &mut self,
        on_article: &mut dyn FnMut(usize, Element),
        articles: usize,
    ) -> Result<Option<TopLevel>, Fatal> {
        let mut left = articles;
        loop {
            match self.phase {
                Phase::Start => {
                    self.open()?;
                    self.phase = Phase::Object { first: true };
                }
                Phase::Object { first } => {
                    if let Some(top) = self.member(first)? {
                        return Ok(Some(top));
                    }
                }
                Phase::Articles { next } => {
                    if left == 0 {
                        return Ok(None);
                    }
                    self.element(next, on_article)?;
                    left -= 1;
                }
            }
        }
    }

    /// The bundle's opening: a byte order mark, white space, and the `{` after them.
    fn open(&mut self) -> Result<(), Fatal> {
        while self.window.rest().is_empty() && self.window.more()? {}
        if self.window.rest().starts_with('\u{feff}') {
            self.window.advance('\u{feff}'.len_utf8());
        }
        if self.skip_space()? != Some(b'{') {
            return Err(Fatal::NotAnObject);
        }
        self.window.advance(1);
        Ok(())
    }

    /// One member of the top-level object, or its end: then the top-level fields. The value of
    /// `articles`, when an array, is only begun (see `element`).
    fn member(&mut self, first: bool) -> Result<Option<TopLevel>, Fatal> {
        match (self.skip_space()?, first) {
            (Some(b'}'), _) => {
                self.window.advance(1);
                // Only white space may follow the bundle.
                return match self.skip_space()? {
                    Some(_) => Err(Fatal::Invalid),
                    None => self.top_level().map(Some),
                };
            }
            (Some(b'"'), true) => {}
            (Some(b','), false) => {
                self.window.advance(1);
                if self.skip_space()? != Some(b'"') {
                    return Err(Fatal::Invalid);
                }
            }
            _ => return Err(Fatal::Invalid),
        }
        self.phase = Phase::Object { first: false };
        // The key decoded, to compare, and as written, to pass on to serde with its value.
        let (key, written) = self.parse(&mut |text| {
            let mut stream = Deserializer::from_str(text).into_iter::<String>();
            match stream.next() {
                Some(Ok(key)) => {
                    let end = stream.byte_offset();
                    Attempt::Parsed((key, text[..end].to_owned()), end)
                }
                Some(Err(e)) => failed(text, &e),
                None => Attempt::Failed(text.len()),
            }
        })?;
        if self.skip_space()? != Some(b':') {
            return Err(Fatal::Invalid);
        }
        self.window.advance(1);
        if self.skip_space()?.is_none() {
            return Err(Fatal::Invalid);
        }
        if key == ARTICLES {
            if self.articles_key {
                return Err(Fatal::Invalid);
            }
            self.articles_key = true;
            if self.window.rest().starts_with('[') {
                return self.articles().map(|()| None);
            }
        }
        let value = self.parse(&mut |text| match <&RawValue>::deserialize(&mut Deserializer::from_str(text)) {
            Ok(raw) => Attempt::Parsed(raw.get().to_owned(), raw.get().len()),
            Err(e) => failed(text, &e),
        })?;
        if self.others.len() > 1 {
            self.others.push(',');
        }
        self.others.push_str(&written);
        self.others.push(':');
        self.others.push_str(&value);
        Ok(None)
    }

    /// The top-level fields, once the bundle's object has closed.
    fn top_level(&mut self) -> Result<TopLevel, Fatal> {
        self.others.push('}');
        let top: BundleRecord<Raw, Raw, Raw, Box<RawValue>> =
            serde_json::from_str(&self.others).map_err(|_| Fatal::Invalid)?;
        let articles = match (self.articles_read, top.articles) {
            (true, _) => Articles::Read,
            (false, Some(_)) => Articles::NotAnArray,
            (false, None) => Articles::Missing,
        };
        Ok(BundleRecord {
            sahifa: top.sahifa,
            title: top.title,
            lang: top.lang,
            description: top.description,
            articles,
            integrity: top.integrity,
        })
    }

    /// Begins the array of `articles`, the parse standing on its `[`.
    fn articles(&mut self) -> Result<(), Fatal> {
        self.window.advance(1);
        self.articles_read = true;
        match self.skip_space()? {
            Some(b']') => self.window.advance(1),
            Some(_) => self.phase = Phase::Articles { next: 0 },
            None => return Err(Fatal::Invalid),
        }
        Ok(())
    }

    /// Element `index` of `articles`, parsed alone and handed on, and the punctuation after it.
    fn element(&mut self, index: usize, on_article: &mut dyn FnMut(usize, Element)) -> Result<(), Fatal> {
        let element = self.parse(&mut |text| article(text))?;
        on_article(index, element);
        match self.skip_space()? {
            Some(b',') => {
                self.window.advance(1);
                match self.skip_space()? {
                    Some(b']') | None => Err(Fatal::Invalid),
                    Some(_) => {
                        self.phase = Phase::Articles { next: index + 1 };
                        Ok(())
                    }
                }
            }
            Some(b']') => {
                self.window.advance(1);
                self.phase = Phase::Object { first: false };
                Ok(())
            }
            _ => Err(Fatal::Invalid),
        }
    }

    /// Runs `attempt` on the window's text until its outcome cannot depend on bytes not yet
    /// read: a value or an error that reaches the window's end may read differently with more
    /// text (`12` might be `123`, `-` might be `-5`), so the window grows and it runs again.
    fn parse<T>(&mut self, attempt: &mut dyn FnMut(&str) -> Attempt<T>) -> Result<T, Fatal> {
        loop {
            let rest = self.window.rest();
            let outcome = attempt(rest);
            let reaches_end = match &outcome {
                Attempt::Parsed(_, end) | Attempt::Failed(end) => *end >= rest.len(),
            };
            if reaches_end && self.window.more()? {
                continue;
            }
            return match outcome {
                Attempt::Parsed(value, end) => {
                    self.window.advance(end);
                    Ok(value)
                }
                Attempt::Failed(_) => Err(Fatal::Invalid),
            };
        }
    }

    /// Skips JSON white space, reading on as needed; the next byte, `None` at the input's end.
    fn skip_space(&mut self) -> Result<Option<u8>, Fatal> {
        loop {
            let rest = self.window.rest().as_bytes();
            match rest.iter().position(|b| !matches!(b, b' ' | b'\n' | b'\t' | b'\r')) {
                Some(i) => {
                    let byte = rest[i];
                    self.window.advance(i);
                    return Ok(Some(byte));
                }
                None => {
                    self.window.advance(rest.len());
                    if !self.window.more()? {
                        return Ok(None);
                    }
                }
            }
        }
    }
}

/// One element of `articles`. A record parsed straight from the window is the usual case; when
/// that fails, the element is scanned as raw JSON, since a syntax error anywhere ends the read
/// while an element that is JSON but not an article is only skipped.
fn article(text: &str) -> Attempt<Element> {
    let mut stream = Deserializer::from_str(text).into_iter::<ArticleRecord>();
    let error = match stream.next() {
        Some(Ok(record)) => return Attempt::Parsed(Element::Record(record), stream.byte_offset()),
        Some(Err(error)) => error,
        // Only white space is left: the element is cut by the window's end, or missing.
        None => return Attempt::Failed(text.len()),
    };
    match <&RawValue>::deserialize(&mut Deserializer::from_str(text)) {
        Ok(raw) => Attempt::Parsed(Element::Invalid { error, raw: raw.get().to_owned() }, raw.get().len()),
        Err(e) => failed(text, &e),
    }
}

/// A failure at the index in `text` of serde's line and column (a column counts bytes from the
/// line's start).
fn failed<T>(text: &str, error: &serde_json::Error) -> Attempt<T> {
    let line_start = match error.line() {
        0 => return Attempt::Failed(text.len()),
        1 => 0,
        line => text.bytes().enumerate().filter(|(_, b)| *b == b'\n').nth(line - 2).map_or(text.len(), |(i, _)| i + 1),
    };
    Attempt::Failed(line_start + error.column())
}
