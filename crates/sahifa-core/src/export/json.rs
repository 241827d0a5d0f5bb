//! Articles as a bundle (docs/bundle-format.md) that `sahifa validate` accepts and `sahifa build`
//! reads like any bundle: the archive's title, language and description, and each article as
//! its canonical content (`integrity::canonical_article`), the record as the reader was shown it.
//! No integrity record: the centre's signature covers its whole archive, not a part of it.

use crate::integrity::{canonical_article, json_string};
use crate::{Article, FORMAT_VERSION};

pub(super) const TAIL: &str = "\n]}\n";

pub(super) fn head(archive: &super::Archive) -> String {
    let mut out = format!("{{\"sahifa\":{FORMAT_VERSION},\"title\":");
    json_string(&mut out, archive.title);
    out.push_str(",\"lang\":");
    json_string(&mut out, archive.lang);
    if let Some(description) = archive.description {
        out.push_str(",\"description\":");
        json_string(&mut out, description);
    }
    out.push_str(",\"articles\":[");
    out
}

/// Article number `at`: one a line, so that a diff of two exports reads article by article.
pub(super) fn item(at: usize, article: &Article) -> String {
    let separator = if at == 0 { "\n" } else { ",\n" };
    format!("{separator}{}", canonical_article(article))
}
