//! The bundle's top level read in one pass: the small fields kept as raw JSON, each article
//! handed to an `ArticleSink` as soon as it is read, so the bundle's text is never held whole.

use super::{check_version, tentative_lang, ArticleSink};
use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};
use serde_json::value::RawValue;
use std::fmt;

/// What the top level held. A field is `None` when it is missing or `null`, as for a derived
/// `Option` field.
pub(super) struct TopLevel {
    pub sahifa: Option<Box<RawValue>>,
    pub title: Option<Box<RawValue>>,
    pub lang: Option<Box<RawValue>>,
    pub description: Option<Box<RawValue>>,
    pub articles: Option<Articles>,
}

/// The `articles` field, when it is there and not `null`.
pub(super) enum Articles {
    NotAnArray,
    Read(ArticleSink),
}

/// Reads one JSON value to its end (trailing text included): `Some` for an object, `None` for
/// any other JSON value, which is read through so that syntax errors keep their place.
pub(super) fn read_top_level<'de, R: serde_json::de::Read<'de>>(
    de: &mut serde_json::Deserializer<R>,
) -> serde_json::Result<Option<TopLevel>> {
    let top = de.deserialize_any(TopLevelVisitor)?;
    de.end()?;
    Ok(top)
}

/// The fields the reader knows; the rest are read past.
#[derive(Deserialize)]
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

struct TopLevelVisitor;

impl<'de> Visitor<'de> for TopLevelVisitor {
    type Value = Option<TopLevel>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a bundle object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        // The outer Option says whether the key was seen, so a repeated key is refused even when
        // its first value was null, as serde's derived structs do.
        let mut sahifa: Option<Option<Box<RawValue>>> = None;
        let (mut title, mut lang, mut description) = (None, None, None);
        let mut articles = None;
        while let Some(key) = map.next_key::<Key>()? {
            let (name, slot) = match key {
                Key::Sahifa => ("sahifa", &mut sahifa),
                Key::Title => ("title", &mut title),
                Key::Lang => ("lang", &mut lang),
                Key::Description => ("description", &mut description),
                Key::Articles => {
                    if articles.is_some() {
                        return Err(de::Error::duplicate_field("articles"));
                    }
                    // A version already known to be wrong ends the read with that error; the
                    // articles are only read past, so nothing is built for nothing.
                    let skip = matches!(&sahifa, Some(v) if check_version(v.as_deref()).is_err());
                    let lang = tentative_lang(lang.as_ref().and_then(Option::as_deref));
                    articles = Some(map.next_value_seed(ArticlesSeed { skip, lang })?);
                    continue;
                }
                Key::Other => {
                    map.next_value::<IgnoredAny>()?;
                    continue;
                }
            };
            if slot.is_some() {
                return Err(de::Error::duplicate_field(name));
            }
            *slot = Some(map.next_value::<Option<Box<RawValue>>>()?);
        }
        Ok(Some(TopLevel {
            sahifa: sahifa.flatten(),
            title: title.flatten(),
            lang: lang.flatten(),
            description: description.flatten(),
            articles: articles.flatten(),
        }))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(None)
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
}

/// Reads the `articles` value: an array is read article by article, `null` counts as missing,
/// and anything else is read past and reported once the whole bundle has been read.
struct ArticlesSeed {
    skip: bool,
    lang: String,
}

impl<'de> DeserializeSeed<'de> for ArticlesSeed {
    type Value = Option<Articles>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ArticlesSeed {
    type Value = Option<Articles>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an array of articles")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut sink = ArticleSink::new(self.lang);
        if self.skip {
            while seq.next_element::<IgnoredAny>()?.is_some() {}
        } else {
            // Each article's text lives only while it is turned into an article.
            while let Some(raw) = seq.next_element::<Box<RawValue>>()? {
                sink.take(&raw);
            }
        }
        Ok(Some(Articles::Read(sink)))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Some(Articles::NotAnArray))
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
        Ok(Some(Articles::NotAnArray))
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
        Ok(Some(Articles::NotAnArray))
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
        Ok(Some(Articles::NotAnArray))
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
        Ok(Some(Articles::NotAnArray))
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<Self::Value, E> {
        Ok(Some(Articles::NotAnArray))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
}
