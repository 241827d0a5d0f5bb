//! `--map title=headline,date=published`: which column or key of a table holds which field of
//! an article, with the usual names of static sites and exports as defaults.

use std::collections::BTreeMap;

/// The article fields a table can fill, and the names looked for when no `--map` names them.
const FIELDS: &[(&str, &[&str])] = &[
    ("id", &["id", "guid", "slug"]),
    ("title", &["title", "headline"]),
    ("date", &["date", "published", "pubDate", "pub_date", "publishDate"]),
    ("body", &["body", "content", "text"]),
    ("summary", &["summary", "description", "abstract"]),
    ("byline", &["byline", "author"]),
    ("publisher", &["publisher"]),
    ("source", &["source"]),
    ("source_url", &["source_url"]),
    ("url", &["url", "link", "permalink"]),
    ("lang", &["lang", "language"]),
    ("tags", &["tags", "categories", "keywords"]),
    ("places", &["places"]),
    ("people", &["people"]),
    ("organizations", &["organizations"]),
    ("events", &["events"]),
    ("provenance", &["provenance"]),
    ("captured", &["captured", "captured_at"]),
    ("sha256", &["sha256"]),
    ("collector", &["collector", "collected_by"]),
    ("archived", &["archived", "archived_url", "archive_url"]),
    ("verification", &["verification", "verification_status"]),
    ("verification_note", &["verification_note"]),
];

/// For each field, the keys to look for, in order.
#[derive(Debug, Clone)]
pub struct Mapping(BTreeMap<&'static str, Vec<String>>);

impl Default for Mapping {
    fn default() -> Self {
        Mapping(FIELDS.iter().map(|(field, names)| (*field, names.iter().map(|n| n.to_string()).collect())).collect())
    }
}

impl Mapping {
    /// Reads `field=key,field=key`; a mapped field looks only at its key.
    pub fn parse(spec: &str) -> Result<Self, String> {
        let mut mapping = Mapping::default();
        for pair in spec.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let Some((field, key)) = pair.split_once('=') else {
                return Err(format!(
                    "--map: \"{pair}\" is not FIELD=COLUMN; write for example --map title=headline,date=published"
                ));
            };
            let (field, key) = (field.trim(), key.trim());
            let Some((known, _)) = FIELDS.iter().find(|(f, _)| *f == field) else {
                let names: Vec<&str> = FIELDS.iter().map(|(f, _)| *f).collect();
                return Err(format!(
                    "--map: there is no article field \"{field}\"; the fields are {}",
                    names.join(", ")
                ));
            };
            if key.is_empty() {
                return Err(format!("--map: the field \"{field}\" is mapped to an empty column name"));
            }
            mapping.0.insert(known, vec![key.to_owned()]);
        }
        Ok(mapping)
    }

    /// The keys that may hold `field`.
    pub fn keys(&self, field: &str) -> &[String] {
        self.0.get(field).map_or(&[], Vec::as_slice)
    }
}
