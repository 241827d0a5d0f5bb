//! Stable article ids, so that rebuilding an archive keeps every deep link working.
//!
//! An id the source gives is kept when it is safe in a link (letters, digits, `-`, `_`, `.`);
//! any other id, a URL, or else the date and title, is hashed to 16 hex digits of SHA-256.

use sahifa_core::wire::ArticleRecord;
use sha2::{Digest, Sha256};

const LONGEST_KEPT_ID: usize = 100;

/// Gives the record its id; `day` is its publication day, `YYYY-MM-DD`.
pub fn assign(record: &mut ArticleRecord, day: &str) {
    let given = record.id.as_deref().map(str::trim).filter(|id| !id.is_empty());
    let id = match (given, record.url.as_deref().map(str::trim).filter(|u| !u.is_empty())) {
        (Some(id), _) if usable(id) => id.to_owned(),
        (Some(id), _) => hashed("id", id),
        (None, Some(url)) => hashed("url", url),
        (None, None) => hashed("date+title", &format!("{day}\n{}", record.title.as_deref().unwrap_or_default().trim())),
    };
    record.id = Some(id);
}

/// Whether an id can go into a link as it is.
fn usable(id: &str) -> bool {
    id.chars().count() <= LONGEST_KEPT_ID && id.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

fn hashed(kind: &str, value: &str) -> String {
    let digest = Sha256::digest(format!("sahifa-id:{kind}:{value}").as_bytes());
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}

/// The id a file name gives: its stem, without the `NNN_` ordering prefix some archives put in
/// front (`000_e5bda383449404da.txt` is `e5bda383449404da`).
pub fn from_file_stem(stem: &str) -> String {
    match stem.split_once('_') {
        Some((order, rest)) if !order.is_empty() && !rest.is_empty() && order.bytes().all(|b| b.is_ascii_digit()) => {
            rest.to_owned()
        }
        _ => stem.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id_of(id: Option<&str>, url: Option<&str>, title: &str) -> String {
        let mut record = ArticleRecord {
            id: id.map(Into::into),
            url: url.map(Into::into),
            title: Some(title.into()),
            ..Default::default()
        };
        assign(&mut record, "2022-01-31");
        record.id.unwrap()
    }

    #[test]
    fn ids_are_kept_hashed_or_derived() {
        assert_eq!(id_of(Some("ant-AL-sport-1-20180101"), None, "t"), "ant-AL-sport-1-20180101");
        assert_eq!(id_of(Some("https://example.org/a?b"), None, "t").len(), 16);
        assert_eq!(
            id_of(None, Some("https://example.org/a"), "t"),
            id_of(None, Some("https://example.org/a"), "other")
        );
        assert_ne!(id_of(None, None, "a"), id_of(None, None, "b"));
        assert_eq!(from_file_stem("000_e5bda383449404da"), "e5bda383449404da");
        assert_eq!(from_file_stem("my_article"), "my_article");
    }
}
