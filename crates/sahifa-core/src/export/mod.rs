//! A set of articles written as one file a reader downloads: CSV for spreadsheets, JSON in the
//! bundle format, BibTeX and RIS for reference managers. Pure: the caller gives the articles,
//! each with the archive's link to it, and today; the file comes out as a head, one piece an
//! article and a tail, so that the app can write a large set in slices and hand each piece to
//! the browser as it goes.

mod csv;
mod json;

use crate::citation::{bibtex, ris, Cited};
use crate::Article;
use time::Date;

/// The four forms a set of articles can be exported in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Json,
    Bibtex,
    Ris,
}

impl Format {
    pub const ALL: [Format; 4] = [Format::Csv, Format::Json, Format::Bibtex, Format::Ris];

    /// The name a reader knows the format by, on its button.
    pub fn name(self) -> &'static str {
        match self {
            Format::Csv => "CSV",
            Format::Json => "JSON",
            Format::Bibtex => "BibTeX",
            Format::Ris => "RIS",
        }
    }

    /// The downloaded file's extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Bibtex => "bib",
            Format::Ris => "ris",
        }
    }

    /// The file's media type, with its charset where the type has one.
    pub fn media_type(self) -> &'static str {
        match self {
            Format::Csv => "text/csv;charset=utf-8",
            Format::Json => "application/json",
            Format::Bibtex => "application/x-bibtex;charset=utf-8",
            Format::Ris => "application/x-research-info-systems;charset=utf-8",
        }
    }

    /// What the file opens with: the CSV's byte-order mark and header, the bundle's top level.
    pub fn head(self, archive: &Archive) -> String {
        match self {
            Format::Csv => csv::head(),
            Format::Json => json::head(archive),
            Format::Bibtex | Format::Ris => String::new(),
        }
    }

    /// Article number `at` (from 0) of the file, `link` the archive's address of it.
    pub fn item(self, archive: &Archive, at: usize, article: &Article, link: &str) -> String {
        let cited = || Cited { article, archive: archive.title, link, accessed: archive.today };
        match self {
            Format::Csv => csv::row(article, link),
            Format::Json => json::item(at, article),
            Format::Bibtex => format!("{}\n\n", bibtex(&cited())),
            Format::Ris => format!("{}\n\n", ris(&cited())),
        }
    }

    /// What the file closes with.
    pub fn tail(self) -> &'static str {
        match self {
            Format::Json => json::TAIL,
            Format::Csv | Format::Bibtex | Format::Ris => "",
        }
    }
}

/// The archive the articles come from, as the exported file names it.
#[derive(Debug, Clone, Copy)]
pub struct Archive<'a> {
    pub title: &'a str,
    /// The archive's default language (BCP 47), which the bundle format requires.
    pub lang: &'a str,
    pub description: Option<&'a str>,
    /// The day of the export: the access date of the citations.
    pub today: Option<Date>,
}

/// The whole file of `articles`, each with its link, in one go.
pub fn whole(format: Format, archive: &Archive, articles: &[(&Article, &str)]) -> String {
    let mut out = format.head(archive);
    for (at, (article, link)) in articles.iter().enumerate() {
        out.push_str(&format.item(archive, at, article, link));
    }
    out.push_str(format.tail());
    out
}

#[cfg(test)]
mod tests;
