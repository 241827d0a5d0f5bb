//! The validated bundle: what the app shows, after `parse` has checked every article.

use crate::date::ArticleDate;
use crate::direction::{direction_of, Direction};
use crate::provenance::Provenance;

/// A bundle whose articles all passed validation, newest first, undated ones last.
#[derive(Debug, Clone, PartialEq)]
pub struct Bundle {
    pub title: String,
    /// The default language of the articles and of the page around them.
    pub lang: String,
    pub description: Option<String>,
    pub articles: Vec<Article>,
    /// The bundle's `integrity` record as JSON text, read only by what checks it (`recorded`, in
    /// the integrity module), so that a reader that checks nothing carries no decoder for it;
    /// `None` when the bundle has none.
    pub integrity: Option<String>,
}

impl Bundle {
    /// The direction of the page's shell.
    pub fn direction(&self) -> Direction {
        direction_of(&self.lang)
    }

    /// The article with this id, if the bundle has it.
    pub fn article(&self, id: &str) -> Option<&Article> {
        self.articles.iter().find(|a| a.id == id)
    }
}

/// One article, complete: it has an id, a title and a body of at least one paragraph.
/// An article may be undated (an archive can hold documents whose day is unknown).
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    pub id: String,
    pub title: String,
    /// The publication date; `None` for an undated document.
    pub date: Option<ArticleDate>,
    /// Its own language, or the bundle's when it gave none.
    pub lang: String,
    pub body: Vec<String>,
    pub summary: Option<String>,
    pub byline: Option<String>,
    pub publisher: Option<String>,
    pub source: Option<Source>,
    pub url: Option<String>,
    pub tags: Vec<String>,
    pub places: Vec<String>,
    pub people: Vec<String>,
    pub organizations: Vec<String>,
    pub events: Vec<Event>,
    /// Boxed: most articles have none, and the list of articles is the app's largest value.
    pub provenance: Option<Box<Provenance>>,
}

impl Article {
    /// An article with what every article has, and none of the optional fields: undated, no
    /// summary, byline, source, entities or events.
    pub fn new(id: &str, title: &str, lang: &str, body: Vec<String>) -> Article {
        Article {
            id: id.to_owned(),
            title: title.to_owned(),
            date: None,
            lang: lang.to_owned(),
            body,
            summary: None,
            byline: None,
            publisher: None,
            source: None,
            url: None,
            tags: Vec::new(),
            places: Vec::new(),
            people: Vec::new(),
            organizations: Vec::new(),
            events: Vec::new(),
            provenance: None,
        }
    }

    /// The direction of the article's text.
    pub fn direction(&self) -> Direction {
        direction_of(&self.lang)
    }
}

/// Where an article came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub name: String,
    pub url: Option<String>,
}

/// Something that happened on another day than the article's publication.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub date: time::Date,
    pub label: String,
}
