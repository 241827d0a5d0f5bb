//! Links that open the archive's list filtered by one value: `#/?place=<value>`. The URL reader
//! in `route.rs` accepts exactly these keys, so the names here and there must agree.

/// What a filter link narrows the list by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FilterKey {
    Person,
    Place,
    Org,
    Tag,
    Source,
}

impl FilterKey {
    /// The query key in the hash.
    pub fn as_str(self) -> &'static str {
        match self {
            FilterKey::Person => "person",
            FilterKey::Place => "place",
            FilterKey::Org => "org",
            FilterKey::Tag => "tag",
            FilterKey::Source => "source",
        }
    }
}

/// The hash of the list filtered to articles whose `key` is `value`. The value is
/// form-urlencoded (space as `+`), so any name, in any script, survives the round trip.
pub fn filter_href(key: FilterKey, value: &str) -> String {
    let query = form_urlencoded::Serializer::new(String::new()).append_pair(key.as_str(), value).finish();
    format!("#/?{query}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_percent_encoded_and_read_back_unchanged() {
        assert_eq!(filter_href(FilterKey::Place, "Idlib"), "#/?place=Idlib");
        assert_eq!(filter_href(FilterKey::Org, "A&B = C?#"), "#/?org=A%26B+%3D+C%3F%23");
        let name = "سجن غويران \u{202e} (al-Hasakah)";
        let href = filter_href(FilterKey::Person, name);
        assert!(href.is_ascii(), "{href}");
        let query = href.strip_prefix("#/?").unwrap();
        let pairs: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes()).into_owned().collect();
        assert_eq!(pairs, [("person".to_owned(), name.to_owned())]);
    }

    #[test]
    fn every_key_has_its_own_name() {
        let keys = [FilterKey::Person, FilterKey::Place, FilterKey::Org, FilterKey::Tag, FilterKey::Source];
        assert_eq!(keys.map(FilterKey::as_str), ["person", "place", "org", "tag", "source"]);
    }
}
