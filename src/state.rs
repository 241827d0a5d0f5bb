//! The app's state and the actions that change it: one pure reducer, no side effects.
//!
//! Fetching, URL sync and the page title live in effects (`app.rs`), which read this state and
//! dispatch actions back.

use crate::route::Route;
use sahifa_core::digits::Digits;
use sahifa_core::LoadedBundle;
use std::rc::Rc;
use yew::Reducible;

/// A loaded bundle shared between components. Equality is identity: one load, one bundle, so
/// props compare in O(1) however large the archive.
#[derive(Debug, Clone)]
pub struct SharedBundle(pub Rc<LoadedBundle>);

impl PartialEq for SharedBundle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Why the bundle could not be shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// `?bundle=` names an origin the deployer did not allow.
    Refused { url: String },
    /// The request failed before any response: offline, DNS, CORS.
    Network { url: String, detail: String },
    /// The server answered with an error status.
    Http { url: String, status: u16, status_text: String },
    /// The bytes arrived but are not a bundle this build can read.
    Invalid { url: String, detail: String },
}

impl LoadError {
    /// The URL the error is about.
    pub fn url(&self) -> &str {
        match self {
            LoadError::Refused { url }
            | LoadError::Network { url, .. }
            | LoadError::Http { url, .. }
            | LoadError::Invalid { url, .. } => url,
        }
    }

    /// Whether trying again could help (a refused origin or a broken file will not change).
    pub fn retryable(&self) -> bool {
        matches!(self, LoadError::Network { .. } | LoadError::Http { .. })
    }
}

/// Where loading the bundle stands.
#[derive(Debug, Clone, PartialEq)]
pub enum Load {
    Fetching { url: String, received: u64, total: Option<u64> },
    Failed(LoadError),
    Ready(SharedBundle),
}

/// Everything the screen shows is derived from this.
#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub load: Load,
    pub route: Route,
    pub digits: Digits,
    /// Bumped by a retry, so the fetch effect runs again for the same URL.
    pub attempt: u32,
}

impl AppState {
    /// The state at start-up, fetching `url`, at the place the URL's hash names.
    pub fn new(url: String, route: Route) -> Self {
        AppState { load: Load::Fetching { url, received: 0, total: None }, route, digits: Digits::Western, attempt: 0 }
    }

    /// The bundle, once loaded.
    pub fn bundle(&self) -> Option<&SharedBundle> {
        match &self.load {
            Load::Ready(bundle) => Some(bundle),
            _ => None,
        }
    }
}

/// What can happen.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Progress { received: u64, total: Option<u64> },
    Loaded(SharedBundle),
    Failed(LoadError),
    Retry,
    Navigate(Route),
    ToggleDigits,
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Progress { received, total } => match &mut next.load {
                Load::Fetching { received: r, total: t, .. } => {
                    *r = received;
                    *t = total;
                }
                // A late progress report after the end changes nothing.
                _ => return self,
            },
            Action::Loaded(bundle) => next.load = Load::Ready(bundle),
            Action::Failed(error) => next.load = Load::Failed(error),
            Action::Retry => {
                let Load::Failed(error) = &self.load else { return self };
                next.load = Load::Fetching { url: error.url().to_owned(), received: 0, total: None };
                next.attempt += 1;
            }
            Action::Navigate(route) if route == self.route => return self,
            Action::Navigate(route) => next.route = route,
            Action::ToggleDigits => {
                next.digits = match self.digits {
                    Digits::Western => Digits::ArabicIndic,
                    Digits::ArabicIndic => Digits::Western,
                }
            }
        }
        Rc::new(next)
    }
}
