//! CSV as RFC 4180 writes it (every field in double quotes, quotes doubled, lines ended by CRLF),
//! after a UTF-8 byte-order mark, without which spreadsheet programs read Arabic as Latin-1.
//! Hand-written: one fixed row shape needs a dozen lines, where the `csv` crate's writer would
//! bring its generic serializer into the app.
//!
//! A cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return is a formula to a
//! spreadsheet program, which a stranger's article could use to run one on the reader's machine
//! ("CSV injection"). As OWASP recommends, such a cell is prefixed with a single quote inside
//! its double quotes, so that it is read as text.

use crate::Article;

/// The columns, in order: the header row names them.
const COLUMNS: [&str; 10] = ["id", "title", "date", "source", "publisher", "tags", "people", "places", "url", "link"];

/// Between the values of one cell that holds several (tags, people, places).
const VALUES_SEPARATOR: &str = "; ";

/// The byte-order mark and the header row.
pub(super) fn head() -> String {
    let mut out = String::from("\u{feff}");
    line(&mut out, COLUMNS.iter().map(|c| (*c).to_owned()));
    out
}

/// One article's row.
pub(super) fn row(article: &Article, link: &str) -> String {
    let optional = |value: Option<&str>| value.unwrap_or_default().to_owned();
    let cells = [
        article.id.clone(),
        article.title.clone(),
        article.date.map(|d| d.to_string()).unwrap_or_default(),
        optional(article.source.as_ref().map(|s| s.name.as_str())),
        optional(article.publisher.as_deref()),
        article.tags.join(VALUES_SEPARATOR),
        article.people.join(VALUES_SEPARATOR),
        article.places.join(VALUES_SEPARATOR),
        optional(article.url.as_deref()),
        link.to_owned(),
    ];
    let mut out = String::new();
    line(&mut out, cells.into_iter());
    out
}

fn line(out: &mut String, cells: impl Iterator<Item = String>) {
    for (at, cell) in cells.enumerate() {
        if at > 0 {
            out.push(',');
        }
        out.push('"');
        if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
            out.push('\'');
        }
        out.push_str(&cell.replace('"', "\"\""));
        out.push('"');
    }
    out.push_str("\r\n");
}
