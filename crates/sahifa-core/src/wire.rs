//! The bundle's wire format, v1: the serde types the `sahifa` command writes and the app reads.
//!
//! Every field is optional here on purpose: one article with a missing title must not stop the
//! rest of the bundle from being read. `parse` turns records into validated `model` values and
//! reports what it had to skip.

use serde::de::{self, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use std::fmt;

/// The top level of a bundle file. `sahifa build` writes it typed, as the default parameters
/// give it. The parser reads the same record with each field left as raw JSON text (checked one
/// by one, so that a title of the wrong type is a warning, not the end of the read), the articles
/// apart, one at a time, and every field unread when it asks serde_json what is wrong with a file.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct BundleRecord<Version = u64, Text = String, Articles = Vec<ArticleRecord>, Seal = IntegrityRecord> {
    /// The format version: `1`.
    pub sahifa: Version,
    pub title: Text,
    /// The default language of the articles (BCP 47), e.g. `"ar"`.
    pub lang: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    pub articles: Articles,
    /// Each article's hash, the bundle's, and the centre's signature over them (`integrity`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integrity: Option<Seal>,
}

/// What `sahifa build` and `sahifa sign` record so that a reader can check the articles
/// (docs/bundle-format.md, "Integrity").
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct IntegrityRecord {
    /// Each article's id and the SHA-256 of its canonical content, in lowercase hex.
    #[serde(default)]
    pub articles: std::collections::BTreeMap<String, String>,
    /// The SHA-256 of the bundle's canonical content (its title, language, description and the
    /// articles' hashes), in lowercase hex.
    pub bundle: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature: Option<SignatureRecord>,
}

/// An Ed25519 signature over the bundle's hash, and the key that made it.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct SignatureRecord {
    /// The public key, 32 bytes in lowercase hex.
    pub key: String,
    /// Where the centre publishes that key, for a reader to compare.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_at: Option<String>,
    /// The signature, 64 bytes in lowercase hex.
    pub value: String,
}

/// One article as written in a bundle.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ArticleRecord {
    /// A string; a whole number is taken as its decimal spelling, since spreadsheets number rows.
    #[serde(default, deserialize_with = "lenient_id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// `YYYY-MM-DD`, optionally followed by `THH:MM[:SS]` and `Z` or `±HH:MM`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub byline: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceRecord>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, deserialize_with = "names", skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    #[serde(default, deserialize_with = "names", skip_serializing_if = "Vec::is_empty")]
    pub places: Vec<String>,
    #[serde(default, deserialize_with = "names", skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<String>,
    #[serde(default, deserialize_with = "names", skip_serializing_if = "Vec::is_empty")]
    pub organizations: Vec<String>,
    #[serde(default, deserialize_with = "nullable_list", skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<EventRecord>,
    /// The body as paragraphs of plain text. A hand-written bundle may give one string instead;
    /// it is split into paragraphs at blank lines.
    #[serde(default, deserialize_with = "paragraphs", skip_serializing_if = "Option::is_none")]
    pub body: Option<Vec<String>>,
    /// Where the article came from and how far it was checked (docs/bundle-format.md).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provenance: Option<ProvenanceRecord>,
}

/// An article's chain of custody as written; every field optional.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ProvenanceRecord {
    /// When the centre captured the original: a date as `date` takes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub captured: Option<String>,
    /// The SHA-256 of the captured file, in hex.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sha256: Option<String>,
    /// Who collected it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collector: Option<String>,
    #[serde(default, deserialize_with = "nullable_list", skip_serializing_if = "Vec::is_empty")]
    pub archived: Vec<ArchivedRecord>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification: Option<VerificationRecord>,
    #[serde(default, deserialize_with = "nullable_list", skip_serializing_if = "Vec::is_empty")]
    pub corrections: Vec<CorrectionRecord>,
}

/// A copy of the original kept by an archive (the Wayback Machine, archive.today, Perma.cc…).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ArchivedRecord {
    #[serde(default)]
    pub archive: String,
    #[serde(default)]
    pub url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub captured: Option<String>,
}

/// How far the centre has verified the article: a status of the documented vocabulary, and why.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct VerificationRecord {
    #[serde(default)]
    pub status: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// One correction made to the article after it was first published.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct CorrectionRecord {
    #[serde(default)]
    pub date: String,
    #[serde(default)]
    pub change: String,
}

/// Where an article came from: a name, or a name and a URL.
///
/// Read by hand rather than as an untagged enum: that buffers the value and tries each variant,
/// and the failed try formats an error message, for every article whose source is an object (all
/// of those `sahifa build` writes), which is most of a bundle.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(untagged)]
pub enum SourceRecord {
    Name(String),
    Full {
        name: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        url: Option<String>,
    },
}

/// What a reader of the bundle is told when `source` is neither form.
pub(crate) const SOURCE_EXPECTED: &str = "\"source\" must be a name, or an object {\"name\": …, \"url\": …}";

impl<'de> Deserialize<'de> for SourceRecord {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<SourceRecord, D::Error> {
        /// The keys of a source object; others are ignored, as in any record.
        #[derive(Deserialize)]
        #[serde(field_identifier, rename_all = "lowercase")]
        enum Key {
            Name,
            Url,
            #[serde(other)]
            Other,
        }
        struct Source;
        impl<'de> Visitor<'de> for Source {
            type Value = SourceRecord;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(SOURCE_EXPECTED)
            }
            fn visit_str<E: de::Error>(self, name: &str) -> Result<SourceRecord, E> {
                Ok(SourceRecord::Name(name.to_owned()))
            }
            fn visit_string<E: de::Error>(self, name: String) -> Result<SourceRecord, E> {
                Ok(SourceRecord::Name(name))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<SourceRecord, A::Error> {
                let expected = || de::Error::custom(SOURCE_EXPECTED);
                let (mut name, mut url) = (None, None);
                while let Some(key) = map.next_key::<Key>()? {
                    match key {
                        Key::Name => name = Some(map.next_value::<String>().map_err(|_| expected())?),
                        Key::Url => url = map.next_value::<Option<String>>().map_err(|_| expected())?,
                        Key::Other => {
                            map.next_value::<de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(SourceRecord::Full { name: name.ok_or_else(expected)?, url })
            }
        }
        deserializer.deserialize_any(Source)
    }
}

/// Something that happened on another day than the article's publication.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(expecting = "an event {\"date\": …, \"label\": …}")]
pub struct EventRecord {
    pub date: String,
    pub label: String,
}

/// Accepts the body as an array of paragraphs or as one string with blank lines between them,
/// without buffering the (large) body the way an untagged enum would.
fn paragraphs<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Vec<String>>, D::Error> {
    struct Paragraphs;
    impl<'de> Visitor<'de> for Paragraphs {
        type Value = Option<Vec<String>>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("an array of paragraph strings, or one string")
        }
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
            Ok(Some(split_paragraphs(text)))
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
            let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(8));
            while let Some(p) = seq.next_element::<String>()? {
                out.push(p);
            }
            Ok(Some(out))
        }
    }
    deserializer.deserialize_any(Paragraphs)
}

/// Splits text into paragraphs at lines that are blank (or only white space); the lines of one
/// paragraph keep their line breaks, trimmed.
pub fn split_paragraphs(text: &str) -> Vec<String> {
    let mut paragraphs = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() {
            if !current.is_empty() {
                paragraphs.push(current.join("\n"));
                current.clear();
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        paragraphs.push(current.join("\n"));
    }
    paragraphs
}

/// An id given as a string or a whole number.
pub(crate) fn lenient_id<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    struct Id;
    impl<'de> Visitor<'de> for Id {
        type Value = Option<String>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a string id")
        }
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_str<E: de::Error>(self, id: &str) -> Result<Self::Value, E> {
            Ok(Some(id.to_owned()))
        }
        fn visit_u64<E: de::Error>(self, id: u64) -> Result<Self::Value, E> {
            Ok(Some(id.to_string()))
        }
        fn visit_i64<E: de::Error>(self, id: i64) -> Result<Self::Value, E> {
            Ok(Some(id.to_string()))
        }
    }
    deserializer.deserialize_any(Id)
}

/// A list of names: `null` is an empty list and one string a list of one, as people write them.
fn names<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<String>, D::Error> {
    struct Names;
    impl<'de> Visitor<'de> for Names {
        type Value = Vec<String>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("an array of strings")
        }
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(Vec::new())
        }
        fn visit_str<E: de::Error>(self, name: &str) -> Result<Self::Value, E> {
            Ok(vec![name.to_owned()])
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
            let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(4));
            while let Some(name) = seq.next_element::<String>()? {
                out.push(name);
            }
            Ok(out)
        }
    }
    deserializer.deserialize_any(Names)
}

/// A list where `null` means empty.
fn nullable_list<'de, D: Deserializer<'de>, T: Deserialize<'de>>(deserializer: D) -> Result<Vec<T>, D::Error> {
    Ok(Option::<Vec<T>>::deserialize(deserializer)?.unwrap_or_default())
}
