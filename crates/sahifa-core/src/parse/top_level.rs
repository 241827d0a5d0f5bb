//! The bundle's JSON read in one pass through a window: the top-level object, its fields kept
//! as raw JSON text, and each element of `articles` parsed on its own and handed on, so that only
//! the window and the article being read exist beside what the caller keeps.
//!
//! serde_json parses every value; this file reads only the punctuation between them. Errors are
//! those serde_json gives for the whole text read at once as an object of raw fields (its `null`
//! fields absent): the same message at the same line and column, whatever the window, so that a
//! bundle reads the same in the app, in `sahifa validate` and in the tests.

use super::source::ByteSource;
use super::window::{NotUtf8, Window};
use crate::wire::ArticleRecord;
use serde::de::{Deserialize, IgnoredAny};
use serde_json::value::RawValue;
use serde_json::Deserializer;

/// The top-level fields as raw JSON text: `None` when absent or `null`.
#[derive(Default)]
pub(super) struct TopLevel {
    pub sahifa: Option<String>,
    pub title: Option<String>,
    pub lang: Option<String>,
    pub description: Option<String>,
    pub articles: Articles,
}

#[derive(Default)]
pub(super) enum Articles {
    #[default]
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

/// Why the input is not a bundle at all; offsets are input offsets, BOM included.
pub(super) enum Fatal {
    NotUtf8 {
        offset: usize,
    },
    /// Not JSON: serde's message, and the offset serde would have given its line and column,
    /// which count from after the byte order mark (`bom` bytes, if any).
    Syntax {
        message: String,
        offset: usize,
        bom: usize,
    },
    /// JSON whose top level is an object serde could not read as a bundle's.
    NotABundle {
        message: String,
    },
    /// JSON, but an array or a single value.
    NotAnObject,
}

impl From<NotUtf8> for Fatal {
    fn from(NotUtf8(offset): NotUtf8) -> Self {
        Fatal::NotUtf8 { offset }
    }
}

/// A top-level key, matched after serde has unescaped it.
#[derive(serde::Deserialize, Clone, Copy, PartialEq)]
#[serde(field_identifier, rename_all = "lowercase")]
enum Key {
    Sahifa,
    Title,
    Lang,
    Description,
    Articles,
    #[serde(other)]
    Other,
}

/// What serde made of the window's text from where the parse stands.
enum Attempt<T> {
    /// A value, and how many bytes it took.
    Parsed(T, usize),
    /// An error, and the index in the text where serde placed it.
    Failed(serde_json::Error, usize),
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
    bom: usize,
    phase: Phase,
    top: TopLevel,
    /// The top-level keys met, so that a repeated one is an error, as serde makes it.
    seen: Vec<Key>,
}

impl<'s> TopLevelReader<'s> {
    /// A reader of `source` through a window of `size` bytes.
    pub(super) fn new(source: &'s mut dyn ByteSource, size: usize) -> TopLevelReader<'s> {
        TopLevelReader {
            window: Window::new(source, size),
            bom: 0,
            phase: Phase::Start,
            top: TopLevel::default(),
            seen: Vec::new(),
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

    /// The source, for a report that reads the input again to place an error.
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
            self.bom = '\u{feff}'.len_utf8();
            self.window.advance(self.bom);
        }
        // The bundle must open with `{` after any white space; white space JSON does not allow
        // (a no-break space) is an error at that space, as serde reports it.
        let mut stray_space = None;
        let first = loop {
            let rest = self.window.rest();
            let found = rest.char_indices().find(|(_, c)| !c.is_whitespace());
            let spaces = &rest[..found.map_or(rest.len(), |(i, _)| i)];
            if stray_space.is_none() {
                let stray = spaces.bytes().position(|b| !matches!(b, b' ' | b'\n' | b'\t' | b'\r'));
                stray_space = stray.map(|i| self.window.offset() + i);
            }
            self.window.advance(spaces.len());
            if let Some((_, c)) = found {
                break Some(c);
            }
            if !self.window.more()? {
                break None;
            }
        };
        if let Some(offset) = stray_space {
            return Err(Fatal::Syntax { message: "expected value".into(), offset: offset + 1, bom: self.bom });
        }
        if first != Some('{') {
            return self.not_an_object();
        }
        self.window.advance(1);
        Ok(())
    }

    /// A bundle that is an array or a single value: it is read whole, since only whether it is
    /// JSON at all is left to say.
    fn not_an_object(&mut self) -> Result<(), Fatal> {
        self.window.read_all()?;
        let rest = self.window.rest();
        match serde_json::from_str::<IgnoredAny>(rest) {
            Ok(_) => Err(Fatal::NotAnObject),
            Err(e) => Err(self.serde_error(&e, index_of(rest, &e))),
        }
    }

    /// One member of the top-level object, read as serde reads a struct's map, or its end: then
    /// the top-level fields. The value of `articles` is only begun (see `element`).
    fn member(&mut self, first: bool) -> Result<Option<TopLevel>, Fatal> {
        match (self.skip_space()?, first) {
            (Some(b'}'), _) => {
                self.window.advance(1);
                // Only white space may follow the bundle.
                return match self.skip_space()? {
                    Some(_) => Err(self.punctuation("trailing characters")),
                    None => Ok(Some(std::mem::take(&mut self.top))),
                };
            }
            (Some(b'"'), true) => {}
            (Some(b','), false) => {
                self.window.advance(1);
                match self.skip_space()? {
                    Some(b'"') => {}
                    Some(b'}') => return Err(self.punctuation("trailing comma")),
                    Some(_) => return Err(self.punctuation("key must be a string")),
                    None => return Err(self.punctuation("EOF while parsing a value")),
                }
            }
            (Some(_), true) => return Err(self.punctuation("key must be a string")),
            (Some(_), false) => return Err(self.punctuation("expected `,` or `}`")),
            (None, _) => return Err(self.punctuation("EOF while parsing an object")),
        }
        self.phase = Phase::Object { first: false };
        let key = self.parse(&mut |text| {
            let mut stream = Deserializer::from_str(text).into_iter::<Key>();
            match stream.next() {
                Some(Ok(key)) => Attempt::Parsed(key, stream.byte_offset()),
                Some(Err(e)) => failed(text, e),
                None => Attempt::Parsed(Key::Other, 0),
            }
        })?;
        if key != Key::Other {
            if self.seen.contains(&key) {
                let message = <serde_json::Error as serde::de::Error>::duplicate_field(key.name()).to_string();
                return Err(Fatal::NotABundle { message });
            }
            self.seen.push(key);
        }
        match self.skip_space()? {
            Some(b':') => self.window.advance(1),
            Some(_) => return Err(self.punctuation("expected `:`")),
            None => return Err(self.punctuation("EOF while parsing an object")),
        }
        if self.skip_space()?.is_none() {
            return Err(self.punctuation("EOF while parsing a value"));
        }
        let field: fn(&mut TopLevel) -> &mut Option<String> = match key {
            Key::Sahifa => |top| &mut top.sahifa,
            Key::Title => |top| &mut top.title,
            Key::Lang => |top| &mut top.lang,
            Key::Description => |top| &mut top.description,
            Key::Articles => return self.articles().map(|()| None),
            Key::Other => return self.raw_value(false).map(|_| None),
        };
        *field(&mut self.top) = self.raw_value(true)?.filter(|raw| raw != "null");
        Ok(None)
    }

    /// Begins the value of `articles`, the parse standing on its first byte. The array's
    /// punctuation is read as serde skips a raw value's; its elements are read by `element`.
    fn articles(&mut self) -> Result<(), Fatal> {
        if !self.window.rest().starts_with('[') {
            self.top.articles = match self.raw_value(true)?.as_deref() {
                Some("null") => Articles::Missing,
                _ => Articles::NotAnArray,
            };
            return Ok(());
        }
        self.window.advance(1);
        match self.skip_space()? {
            Some(b']') => {
                self.window.advance(1);
                self.top.articles = Articles::Read;
            }
            Some(_) => self.phase = Phase::Articles { next: 0 },
            None => return Err(self.punctuation("EOF while parsing a list")),
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
                    Some(b']') => Err(self.punctuation("expected value")),
                    Some(_) => {
                        self.phase = Phase::Articles { next: index + 1 };
                        Ok(())
                    }
                    None => Err(self.punctuation("EOF while parsing a value")),
                }
            }
            Some(b']') => {
                self.window.advance(1);
                self.top.articles = Articles::Read;
                self.phase = Phase::Object { first: false };
                Ok(())
            }
            Some(_) => Err(self.punctuation("expected `,` or `]`")),
            None => Err(self.punctuation("EOF while parsing a list")),
        }
    }

    /// A value left as raw JSON text, the parse standing on its first byte; its text only when
    /// `keep` asks for it.
    fn raw_value(&mut self, keep: bool) -> Result<Option<String>, Fatal> {
        self.parse(&mut |text| {
            let mut de = Deserializer::from_str(text);
            match <&RawValue>::deserialize(&mut de) {
                Ok(raw) => Attempt::Parsed(keep.then(|| raw.get().to_owned()), raw.get().len()),
                Err(e) => failed(text, e),
            }
        })
    }

    /// Runs `attempt` on the window's text until its outcome cannot depend on bytes not yet
    /// read: a value or an error that reaches the window's end may read differently with more
    /// text (`12` might be `123`, `-` might be `-5`), so the window grows and it runs again.
    fn parse<T>(&mut self, attempt: &mut dyn FnMut(&str) -> Attempt<T>) -> Result<T, Fatal> {
        loop {
            let rest = self.window.rest();
            let outcome = attempt(rest);
            let reaches_end = match &outcome {
                Attempt::Parsed(_, end) | Attempt::Failed(_, end) => *end >= rest.len(),
            };
            if reaches_end && self.window.more()? {
                continue;
            }
            return match outcome {
                Attempt::Parsed(value, end) => {
                    self.window.advance(end);
                    Ok(value)
                }
                Attempt::Failed(e, at) => Err(self.serde_error(&e, at)),
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

    /// An error about the byte the parse stands on (or the input's end), placed as serde places
    /// an error about a byte it peeked at: just after it.
    fn punctuation(&self, message: &str) -> Fatal {
        let at_end = self.window.rest().is_empty();
        Fatal::Syntax {
            message: message.to_owned(),
            offset: self.window.offset() + usize::from(!at_end),
            bom: self.bom,
        }
    }

    fn serde_error(&self, error: &serde_json::Error, at: usize) -> Fatal {
        let message = error.to_string();
        let message = message.split(" at line ").next().unwrap_or(&message).to_owned();
        Fatal::Syntax { message, offset: self.window.offset() + at, bom: self.bom }
    }
}

/// One element of `articles`. A record parsed straight from the window is the usual case; when
/// that fails, the element is scanned as raw JSON, since a syntax error anywhere ends the read
/// while an element that is JSON but not an article is only skipped.
fn article(text: &str) -> Attempt<Element> {
    let mut stream = Deserializer::from_str(text).into_iter::<ArticleRecord>();
    let error = match stream.next() {
        Some(Ok(record)) => return Attempt::Parsed(Element::Record(record), stream.byte_offset()),
        Some(Err(error)) => Some(error),
        None => None,
    };
    let mut de = Deserializer::from_str(text);
    match (<&RawValue>::deserialize(&mut de), error) {
        (Ok(raw), Some(error)) => {
            Attempt::Parsed(Element::Invalid { error, raw: raw.get().to_owned() }, raw.get().len())
        }
        (Ok(_), None) => unreachable!("serde read a value where its stream found none"),
        (Err(e), _) => failed(text, e),
    }
}

fn failed<T>(text: &str, error: serde_json::Error) -> Attempt<T> {
    let at = index_of(text, &error);
    Attempt::Failed(error, at)
}

/// The index in `text` of serde's line and column (a column counts bytes from the line's start).
fn index_of(text: &str, error: &serde_json::Error) -> usize {
    let line_start = match error.line() {
        0 => return text.len(),
        1 => 0,
        line => text.bytes().enumerate().filter(|(_, b)| *b == b'\n').nth(line - 2).map_or(text.len(), |(i, _)| i + 1),
    };
    line_start + error.column()
}

impl Key {
    fn name(self) -> &'static str {
        match self {
            Key::Sahifa => "sahifa",
            Key::Title => "title",
            Key::Lang => "lang",
            Key::Description => "description",
            Key::Articles => "articles",
            Key::Other => "",
        }
    }
}
