//! What the app's test binaries share: the bundles they read, the states and props they build
//! from them, the server-side render (natively) and the mount into the page (in the browser): one
//! place to follow a change of props.

#[cfg(target_arch = "wasm32")]
pub mod dom;
#[cfg(not(target_arch = "wasm32"))]
pub mod ssr;

use sahifa_core::format_date::DateStyle;
use sahifa_core::parse_bundle;
use sahifa_core::timeline::DateRange;
use sahifa_web::components::page::Page;
use sahifa_web::components::timeline::TimelineProps;
use sahifa_web::i18n::{strings_for, Strings};
use sahifa_web::location::{Location, Route};
use sahifa_web::shared::SharedBundle;
use sahifa_web::state::{AppContext, AppState, Load};
use std::rc::Rc;
use yew::prelude::*;

/// The built-in sample: one Arabic article, the seed, with an event on another day.
pub const SAMPLE: &[u8] = include_bytes!("../../static/sample/bundle.json");

/// Arabic, English and bare articles with mixed-direction text and stray bidi controls (read by
/// the reader's snapshots, which only run natively).
#[cfg(not(target_arch = "wasm32"))]
pub const MIXED: &[u8] = include_bytes!("../fixtures/mixed.json");

pub fn sample() -> SharedBundle {
    SharedBundle(Rc::new(parse_bundle(SAMPLE).expect("the sample bundle reads")))
}

/// The sample loaded, at `route`, before the index is built.
pub fn sample_state(route: Route) -> AppState {
    AppState {
        load: Load::Ready(sample().into()),
        ..AppState::new("sample/bundle.json".into(), Location { route, ..Default::default() })
    }
}

#[derive(Properties, PartialEq)]
pub struct ProvidedPageProps {
    pub state: AppState,
    /// Rendered as a `<sahifa-viewer>` on a host's page.
    #[prop_or_default]
    pub embedded: bool,
}

/// The whole page inside the context `App` gives it, its reducer starting from `state`.
#[component]
pub fn ProvidedPage(props: &ProvidedPageProps) -> Html {
    let state = use_reducer(|| props.state.clone());
    html! {
        <ContextProvider<AppContext> context={state}>
            <Page embedded={props.embedded} />
        </ContextProvider<AppContext>>
    }
}

/// The timeline over every article of `bundle`, in the bundle's language.
pub fn timeline_props(
    bundle: SharedBundle,
    selected: Option<DateRange>,
    on_select: Callback<Option<DateRange>>,
) -> TimelineProps {
    let strings = strings_for(&bundle.bundle().lang);
    timeline_props_in(strings, bundle, selected, on_select)
}

/// The timeline over every article of `bundle`, with the UI in `strings`' language.
pub fn timeline_props_in(
    strings: &'static Strings,
    bundle: SharedBundle,
    selected: Option<DateRange>,
    on_select: Callback<Option<DateRange>>,
) -> TimelineProps {
    TimelineProps {
        hits: Rc::new((0..bundle.articles().len()).collect()),
        strings,
        catalogue: bundle.into(),
        selected,
        on_select,
        place: None,
        on_place: Callback::noop(),
        style: DateStyle::default(),
    }
}
