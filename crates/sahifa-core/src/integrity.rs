//! What is hashed and signed so that a reader can check an archive: the canonical content of an
//! article and of a bundle, the message the centre's key signs, and how recorded hashes compare
//! with the articles a reader has. The hashing and the signature check themselves are the
//! caller's (the CLI's crates, the browser's Web Crypto); this module only says over which bytes.
//!
//! The canonical content is defined over the article as the reader is shown it (after the parse
//! has trimmed, checked and made overrides isolates), so that a change a reader could see always
//! changes the hash, and a change of JSON spelling (white space, key order, a body given as one
//! string) never does. docs/bundle-format.md, "Integrity", is the definition; this is its code.

use crate::date::write_day;
use crate::model::{Article, Bundle};
use crate::provenance::Provenance;
use crate::wire::IntegrityRecord;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::fmt::Write;

/// What precedes the bundle's hash in the message a key signs, so that a signature made for a
/// sahifa bundle can never be passed off as one over anything else.
pub const SIGNED_PREFIX: &str = "sahifa-signature-v1:";

/// The canonical content of an article: a JSON object with no white space, its members in the
/// order of docs/bundle-format.md, empty and absent parts left out, strings escaped as
/// `JSON.stringify` escapes them.
pub fn canonical_article(article: &Article) -> String {
    let mut out = Object::open();
    out.text("id", &article.id);
    out.text("title", &article.title);
    if let Some(date) = &article.date {
        out.text("date", &date.to_string());
    }
    out.text("lang", &article.lang);
    out.optional("summary", article.summary.as_deref());
    out.optional("byline", article.byline.as_deref());
    out.optional("publisher", article.publisher.as_deref());
    if let Some(source) = &article.source {
        let mut inner = Object::open();
        inner.text("name", &source.name);
        inner.optional("url", source.url.as_deref());
        out.raw("source", &inner.close());
    }
    out.optional("url", article.url.as_deref());
    for (key, names) in [
        ("tags", &article.tags),
        ("places", &article.places),
        ("people", &article.people),
        ("organizations", &article.organizations),
    ] {
        out.texts(key, names);
    }
    out.objects("events", &article.events, |event| {
        let mut inner = Object::open();
        inner.text("date", &day(event.date));
        inner.text("label", &event.label);
        inner.close()
    });
    out.texts("body", &article.body);
    if let Some(provenance) = &article.provenance {
        out.raw("provenance", &canonical_provenance(provenance));
    }
    out.close()
}

fn canonical_provenance(provenance: &Provenance) -> String {
    let mut out = Object::open();
    if let Some(captured) = &provenance.captured {
        out.text("captured", &captured.to_string());
    }
    out.optional("sha256", provenance.sha256.as_deref());
    out.optional("collector", provenance.collector.as_deref());
    out.objects("archived", &provenance.archived, |copy| {
        let mut inner = Object::open();
        inner.text("archive", &copy.archive);
        inner.text("url", &copy.url);
        if let Some(captured) = &copy.captured {
            inner.text("captured", &captured.to_string());
        }
        inner.close()
    });
    if let Some(verification) = &provenance.verification {
        let mut inner = Object::open();
        inner.text("status", verification.status.as_str());
        inner.optional("note", verification.note.as_deref());
        out.raw("verification", &inner.close());
    }
    out.objects("corrections", &provenance.corrections, |correction| {
        let mut inner = Object::open();
        inner.text("date", &day(correction.date));
        inner.text("change", &correction.change);
        inner.close()
    });
    out.close()
}

/// The canonical content of a bundle: its title, language and description as the reader is
/// shown them, and each article's id and hash, ordered by the bytes of the id.
pub fn canonical_bundle(bundle: &Bundle, hashes: &BTreeMap<String, String>) -> String {
    let mut out = Object::open();
    out.text("title", &bundle.title);
    out.text("lang", &bundle.lang);
    out.optional("description", bundle.description.as_deref());
    let pairs: Vec<(&String, &String)> = hashes.iter().collect();
    out.objects("articles", &pairs, |(id, hash)| {
        let mut pair = String::from("[");
        json_string(&mut pair, id);
        pair.push(',');
        json_string(&mut pair, hash);
        pair.push(']');
        pair
    });
    out.close()
}

/// The bytes a centre's key signs: the prefix, then the bundle's hash in lowercase hex.
pub fn signed_message(bundle_hash: &str) -> String {
    format!("{SIGNED_PREFIX}{bundle_hash}")
}

/// SHA-256 in lowercase hex, as the integrity record writes every hash.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

/// Each article's hash, by id.
pub fn article_hashes(bundle: &Bundle) -> BTreeMap<String, String> {
    bundle.articles.iter().map(|a| (a.id.clone(), sha256_hex(canonical_article(a).as_bytes()))).collect()
}

/// The bundle's integrity record, read: `Ok(None)` when it has none, and when it cannot be read,
/// what is wrong with it, said for the centre that must build and sign it again.
pub fn recorded(bundle: &Bundle) -> Result<Option<IntegrityRecord>, String> {
    let Some(json) = &bundle.integrity else { return Ok(None) };
    serde_json::from_str(json).map(Some).map_err(|e| {
        format!(
            "\"integrity\" cannot be read ({e}), so no article can be checked: every article is shown as unsigned; run `sahifa build` and `sahifa sign` again"
        )
    })
}

/// Lowercase hex.
pub fn hex(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(out, "{b:02x}");
    }
    out
}

/// The bytes hex spells, in either case; `None` for anything else.
pub fn from_hex(text: &str) -> Option<Vec<u8>> {
    let text = text.trim();
    if text.len() % 2 != 0 {
        return None;
    }
    (0..text.len()).step_by(2).map(|at| u8::from_str_radix(text.get(at..at + 2)?, 16).ok()).collect()
}

/// How one article stands against the hashes recorded for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recorded {
    /// Its content hashes to what was recorded.
    Same,
    /// It hashes to something else: it was changed after the hashes were recorded.
    Changed,
    /// No hash was recorded for its id: it was added afterwards.
    Unlisted,
}

/// How the articles a reader has compare with the hashes the bundle records.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Comparison {
    pub same: Vec<String>,
    pub changed: Vec<String>,
    pub unlisted: Vec<String>,
    /// Ids recorded that no readable article has: removed, or made unreadable, since.
    pub missing: Vec<String>,
}

/// Each article's standing, given its hash as the caller computed it.
pub fn compare<'a>(
    recorded: &BTreeMap<String, String>,
    computed: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Comparison {
    let mut comparison = Comparison::default();
    let mut seen = std::collections::BTreeSet::new();
    for (id, hash) in computed {
        seen.insert(id);
        let list = match standing(recorded, id, hash) {
            Recorded::Same => &mut comparison.same,
            Recorded::Changed => &mut comparison.changed,
            Recorded::Unlisted => &mut comparison.unlisted,
        };
        list.push(id.to_owned());
    }
    comparison.missing = recorded.keys().filter(|id| !seen.contains(id.as_str())).cloned().collect();
    for list in [&mut comparison.same, &mut comparison.changed, &mut comparison.unlisted] {
        crate::one_sort::sort(list);
    }
    comparison
}

/// One article's standing.
pub fn standing(recorded: &BTreeMap<String, String>, id: &str, hash: &str) -> Recorded {
    match recorded.get(id) {
        Some(expected) if expected.eq_ignore_ascii_case(hash) => Recorded::Same,
        Some(_) => Recorded::Changed,
        None => Recorded::Unlisted,
    }
}

fn day(date: time::Date) -> String {
    let mut out = String::new();
    let _ = write_day(&mut out, date);
    out
}

/// A JSON object written member by member, in the order the calls come.
struct Object(String);

impl Object {
    fn open() -> Object {
        Object(String::from("{"))
    }

    fn key(&mut self, key: &str) {
        if self.0.len() > 1 {
            self.0.push(',');
        }
        json_string(&mut self.0, key);
        self.0.push(':');
    }

    fn raw(&mut self, key: &str, json: &str) {
        self.key(key);
        self.0.push_str(json);
    }

    fn text(&mut self, key: &str, value: &str) {
        self.key(key);
        json_string(&mut self.0, value);
    }

    fn optional(&mut self, key: &str, value: Option<&str>) {
        if let Some(value) = value {
            self.text(key, value);
        }
    }

    fn texts(&mut self, key: &str, values: &[String]) {
        self.objects(key, values, |value| {
            let mut out = String::new();
            json_string(&mut out, value);
            out
        });
    }

    /// An array member, left out when empty.
    fn objects<T>(&mut self, key: &str, values: &[T], write: impl Fn(&T) -> String) {
        if values.is_empty() {
            return;
        }
        self.key(key);
        self.0.push('[');
        for (at, value) in values.iter().enumerate() {
            if at > 0 {
                self.0.push(',');
            }
            self.0.push_str(&write(value));
        }
        self.0.push(']');
    }

    fn close(mut self) -> String {
        self.0.push('}');
        self.0
    }
}

/// A JSON string as `JSON.stringify` writes it: `"` and `\` escaped, the control characters
/// below U+0020 as `\b \t \n \f \r` or `\u00xx` in lowercase hex, everything else as it is.
pub(crate) fn json_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\u{c}' => out.push_str("\\f"),
            '\r' => out.push_str("\\r"),
            c if c < ' ' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}
