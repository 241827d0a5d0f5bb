//! What the views read articles through, whichever form the archive came in: a bundle, every
//! article in memory, or a sharded archive, the articles fetched so far. A view asks for the
//! rows it shows; what is not in yet it shows as on its way, never as missing.

use crate::shared::SharedBundle;
use crate::shared_archive::SharedArchive;
use sahifa_core::{Article, UiLang};

#[derive(Debug, Clone, PartialEq)]
pub enum Catalogue {
    Bundle(SharedBundle),
    Archive(SharedArchive),
}

impl Catalogue {
    pub fn title(&self) -> String {
        match self {
            Catalogue::Bundle(b) => b.bundle().title.clone(),
            Catalogue::Archive(a) => a.handle.archive.borrow().manifest().title.clone(),
        }
    }

    /// The articles' default language (BCP 47).
    pub fn lang(&self) -> String {
        match self {
            Catalogue::Bundle(b) => b.bundle().lang.clone(),
            Catalogue::Archive(a) => a.handle.archive.borrow().manifest().lang.clone(),
        }
    }

    /// The UI language when no one chose one: the archive's own, as far as sahifa has words.
    pub fn ui_lang(&self) -> UiLang {
        UiLang::of_tag(&self.lang())
    }

    /// How many articles there are.
    pub fn len(&self) -> usize {
        match self {
            Catalogue::Bundle(b) => b.articles().len(),
            Catalogue::Archive(a) => a.handle.days.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The publication day of article `i`.
    pub fn day(&self, i: usize) -> Option<time::Date> {
        match self {
            Catalogue::Bundle(b) => b.articles().get(i)?.date.map(|d| d.day),
            Catalogue::Archive(a) => *a.handle.days.get(i)?,
        }
    }

    /// `f` of article `i` as the list shows it (an archive's rows carry a lead of the body and
    /// no events), or `None` while it is on its way.
    pub fn with_row<R>(&self, i: usize, f: impl FnOnce(&Article) -> R) -> Option<R> {
        match self {
            Catalogue::Bundle(b) => b.articles().get(i).map(f),
            Catalogue::Archive(a) => a.handle.archive.borrow().row(i as u32).map(f),
        }
    }

    /// `f` of the whole article `id`, once it is here.
    pub fn with_article<R>(&self, id: &str, f: impl FnOnce(&Article) -> R) -> Option<R> {
        match self {
            Catalogue::Bundle(b) => b.bundle().article(id).map(f),
            Catalogue::Archive(a) => {
                let archive = a.handle.archive.borrow();
                archive.number_of(id).flatten().and_then(|n| archive.article(n)).map(f)
            }
        }
    }

    /// Whether the archive has article `id`: `None` while that is not known yet.
    pub fn has_article(&self, id: &str) -> Option<bool> {
        match self {
            Catalogue::Bundle(b) => Some(b.bundle().article(id).is_some()),
            Catalogue::Archive(a) => a.handle.archive.borrow().number_of(id).map(|n| n.is_some()),
        }
    }

    /// Asks for article `id`: its number first, then its chunk.
    pub fn want_article(&self, id: &str) {
        if let Catalogue::Archive(a) = self {
            let archive = a.handle.archive.borrow();
            let missing = match archive.number_of(id) {
                None => archive.missing_number(id),
                Some(Some(n)) => archive.missing_article(n).into_iter().next(),
                Some(None) => None,
            };
            drop(archive);
            a.want(missing);
        }
    }

    /// The number of article `id` among all, when known.
    pub fn position_of(&self, id: &str) -> Option<usize> {
        match self {
            Catalogue::Bundle(b) => b.articles().iter().position(|a| a.id == id),
            Catalogue::Archive(a) => a.handle.archive.borrow().number_of(id).flatten().map(|n| n as usize),
        }
    }

    /// Whether every article's events are at hand (the timeline's markers): a bundle's are, an
    /// archive's come only with whole articles.
    pub fn has_events(&self) -> bool {
        matches!(self, Catalogue::Bundle(_))
    }

    /// Asks for the rows of these articles; each that arrives renders the views again.
    pub fn want_rows(&self, positions: &[usize]) {
        if let Catalogue::Archive(a) = self {
            let positions: Vec<u32> = positions.iter().map(|&p| p as u32).collect();
            let missing = a.handle.archive.borrow().missing_rows(&positions);
            a.want_rows(missing);
        }
    }

    /// The bundle, when the archive came as one.
    pub fn bundle(&self) -> Option<&SharedBundle> {
        match self {
            Catalogue::Bundle(b) => Some(b),
            Catalogue::Archive(_) => None,
        }
    }
}

impl From<SharedBundle> for Catalogue {
    fn from(bundle: SharedBundle) -> Catalogue {
        Catalogue::Bundle(bundle)
    }
}
