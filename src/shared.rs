//! The loaded bundle and its search index as components share them: cheap to clone, compared by
//! identity, and read through accessors.

use sahifa_core::search::SearchIndex;
use sahifa_core::{Article, Bundle, LoadedBundle, UiLang};
use std::rc::Rc;

/// A loaded bundle shared between components. Equality is identity: one load, one bundle, so
/// props compare in O(1) however large the archive.
#[derive(Debug, Clone)]
pub struct SharedBundle(pub Rc<LoadedBundle>);

impl PartialEq for SharedBundle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl SharedBundle {
    pub fn bundle(&self) -> &Bundle {
        &self.0.bundle
    }

    /// Every article, newest first; the search's hits are positions in this slice.
    pub fn articles(&self) -> &[Article] {
        &self.0.bundle.articles
    }

    /// The UI language when no one chose one: the bundle's own, as far as sahifa has words for it.
    pub fn ui_lang(&self) -> UiLang {
        UiLang::of_tag(&self.0.bundle.lang)
    }
}

/// The search index of the loaded bundle, shared like the bundle and compared by identity.
#[derive(Debug, Clone)]
pub struct SharedIndex(pub Rc<SearchIndex>);

impl PartialEq for SharedIndex {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl SharedIndex {
    pub fn index(&self) -> &SearchIndex {
        &self.0
    }
}
