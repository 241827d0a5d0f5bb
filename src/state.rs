//! The app's state and the actions that change it: one pure reducer, no side effects.
//!
//! Fetching, URL sync and the page title live in effects (`app.rs`), which read this state and
//! dispatch actions back.

use crate::catalogue::Catalogue;
use crate::chart_place::ChartPlace;
use crate::limits::Limit;
use crate::location::{known_to, Location, Route};
use crate::settings::ReaderSettings;
use crate::shared::{SharedBundle, SharedIndex};
use sahifa_core::paragraph_ref::ParagraphRef;
use sahifa_core::search::SearchRequest;
use std::rc::Rc;
use yew::{Reducible, UseReducerHandle};

/// The state and the way to change it, as `App` provides them to everything under it through
/// one `ContextProvider` (Yew's `examples/contexts` pattern): `Page` reads it, and hands the
/// components below it what they show as props and what they report as callbacks.
pub type AppContext = UseReducerHandle<AppState>;

/// Why the bundle could not be shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// `?bundle=` names an origin the deployer did not allow, or redirects to one: `url` is
    /// where the request ended.
    Refused { url: String },
    /// An embedded viewer was given no bundle address (`src`).
    NoSource,
    /// The request failed before any response: offline, DNS, CORS.
    Network { url: String, detail: String },
    /// The server answered with an error status.
    Http { url: String, status: u16, status_text: String },
    /// The bytes arrived but are not a bundle this build can read.
    Invalid { url: String, detail: String },
    /// No answer within the first-byte limit, or nothing more within the stall limit
    /// (`crate::limits`): `seconds` is the limit that ran out.
    TimedOut { url: String, limit: Limit, seconds: u32 },
    /// The reader stopped the load.
    Cancelled { url: String },
}

impl LoadError {
    /// The URL the error is about.
    pub fn url(&self) -> &str {
        match self {
            LoadError::NoSource => "",
            LoadError::Refused { url }
            | LoadError::Network { url, .. }
            | LoadError::Http { url, .. }
            | LoadError::Invalid { url, .. }
            | LoadError::TimedOut { url, .. }
            | LoadError::Cancelled { url } => url,
        }
    }

    /// Whether trying again could help (a refused origin or a broken file will not change).
    pub fn retryable(&self) -> bool {
        !matches!(self, LoadError::Refused { .. } | LoadError::NoSource | LoadError::Invalid { .. })
    }
}

/// Where loading the bundle stands.
#[derive(Debug, Clone, PartialEq)]
pub enum Load {
    Fetching { url: String, received: u64, total: Option<u64> },
    Failed(LoadError),
    Ready(Catalogue),
}

/// Everything the screen shows is derived from this.
#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    /// What the page was asked to open (a bundle, or an archive's manifest): what a retry opens.
    pub source: String,
    pub load: Load,
    pub route: Route,
    /// The search on screen: query, facets, date range and order. Kept when an article opens.
    pub search: SearchRequest,
    /// Where the reader left the timeline; `None` until they move it.
    pub chart: Option<ChartPlace>,
    /// The paragraph of the open article a link points at.
    pub paragraph: Option<ParagraphRef>,
    /// Built after the bundle loads; until then the list shows every article and search waits.
    pub index: Option<SharedIndex>,
    /// The reader's own choices: text size, theme, digits, UI language. Kept per browser.
    pub settings: ReaderSettings,
    /// Bumped by a retry, so the fetch effect runs again for the same URL.
    pub attempt: u32,
}

impl AppState {
    /// The state at start-up, fetching `url`, at the place the URL's hash names.
    pub fn new(url: String, location: Location) -> Self {
        AppState {
            source: url.clone(),
            load: Load::Fetching { url, received: 0, total: None },
            route: location.route,
            search: location.search,
            chart: location.chart,
            paragraph: location.paragraph,
            index: None,
            settings: ReaderSettings::default(),
            attempt: 0,
        }
    }

    /// Where the reader is, as the URL says it.
    pub fn location(&self) -> Location {
        Location {
            route: self.route.clone(),
            search: self.search.clone(),
            chart: self.chart,
            paragraph: self.paragraph,
        }
    }

    /// The articles, once the bundle or the archive's first screen is in.
    pub fn catalogue(&self) -> Option<&Catalogue> {
        match &self.load {
            Load::Ready(catalogue) => Some(catalogue),
            _ => None,
        }
    }

    /// The bundle, once loaded, when the archive came as one.
    pub fn bundle(&self) -> Option<&SharedBundle> {
        self.catalogue().and_then(Catalogue::bundle)
    }
}

/// What can happen.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Progress {
        received: u64,
        total: Option<u64>,
    },
    Loaded(Catalogue),
    Indexed(SharedIndex),
    /// A file of the sharded archive came in.
    ArchiveGrew,
    Failed(LoadError),
    /// The reader stopped the load on its way.
    Cancel,
    Retry,
    /// The URL changed (a link, the back button, a reload): route and search follow it.
    Navigate(Location),
    /// The reader changed the search; the route stays.
    Search(SearchRequest),
    /// The reader moved the timeline (its scale, focus or direction).
    Chart(ChartPlace),
    Settings(ReaderSettings),
}

/// A date range given the wrong way round (its end before its start) is the range between the
/// two days: the reader meant those days, and the list and the timeline must agree on them.
fn in_order(mut search: SearchRequest) -> SearchRequest {
    if let (Some(from), Some(to)) = (search.filters.from, search.filters.to) {
        if to < from {
            search.filters.from = Some(to);
            search.filters.to = Some(from);
        }
    }
    search
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
            // A load that ends after the reader cancelled it is not shown: the screen says
            // cancelled until they try again.
            Action::Loaded(_) if !matches!(self.load, Load::Fetching { .. }) => return self,
            Action::Loaded(bundle) => {
                next.load = Load::Ready(bundle);
                next.index = None;
            }
            // What a link selected that the archive does not have goes, once it can be known.
            Action::Indexed(index) => {
                next.search = known_to(next.search, index.index());
                next.index = Some(index);
            }
            Action::ArchiveGrew => match &self.load {
                Load::Ready(Catalogue::Archive(archive)) => {
                    next.load = Load::Ready(Catalogue::Archive(archive.grown()))
                }
                _ => return self,
            },
            Action::Failed(error) => next.load = Load::Failed(error),
            Action::Cancel => {
                let Load::Fetching { url, .. } = &self.load else { return self };
                next.load = Load::Failed(LoadError::Cancelled { url: url.clone() });
            }
            Action::Retry => {
                let Load::Failed(_) = &self.load else { return self };
                // The bundle or the manifest again, not the file the error names: a sharded
                // archive's file that failed is fetched again as the archive is opened anew.
                next.load = Load::Fetching { url: self.source.clone(), received: 0, total: None };
                next.attempt += 1;
            }
            Action::Navigate(location) => {
                let search = match &self.index {
                    Some(index) => known_to(in_order(location.search), index.index()),
                    None => in_order(location.search),
                };
                if location.route == self.route
                    && search == self.search
                    && location.chart == self.chart
                    && location.paragraph == self.paragraph
                {
                    return self;
                }
                next.route = location.route;
                next.search = search;
                next.chart = location.chart;
                next.paragraph = location.paragraph;
            }
            Action::Search(search) if in_order(search.clone()) == self.search => return self,
            Action::Search(search) => next.search = in_order(search),
            Action::Chart(place) if Some(place) == self.chart => return self,
            Action::Chart(place) => next.chart = Some(place),
            Action::Settings(settings) if settings == self.settings => return self,
            Action::Settings(settings) => next.settings = settings,
        }
        Rc::new(next)
    }
}
