//! The app: one reducer, provided to everything under it through one context, and the effects
//! that connect it to the browser (the fetch, indexing, the URL, the document's shell).
//! Everything on screen is `Page`, a view of that state.

use crate::browser;
use crate::catalogue::Catalogue;
use crate::components::page::Page;
use crate::config::{BundleSource, UrlBinding, ViewerConfig};
use crate::fetch_watch::FetchWatch;
use crate::i18n::ui_strings;
use crate::load::{load_bundle, Loaded};
use crate::location::{Location, Route};
use crate::settings::{ReaderSettings, Theme};
use crate::shared::{SharedBundle, SharedIndex};
use crate::shared_archive::{ArchiveEvent, SharedArchive};
use crate::state::{Action, AppContext, AppState, Load, LoadError};
use gloo::events::EventListener;
use sahifa_core::citation::{meta_tags, Cited};
use sahifa_core::long_text::label;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub config: ViewerConfig,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let config = &props.config;
    let state = use_reducer(|| {
        let location = browser::read_location(&config.url).unwrap_or_else(|| config.start.clone());
        let settings = stored_settings(config);
        match browser::bundle_url(&config.bundle) {
            Ok(url) => AppState { settings, ..AppState::new(url, location) },
            Err(error) => AppState { load: Load::Failed(error), settings, ..AppState::new(String::new(), location) },
        }
    });

    // The reader's settings outlive the visit, in this browser only.
    use_effect_with(state.settings, |settings| {
        // Private browsing can refuse storage; the settings then last for the visit.
        if let Ok(Some(storage)) = gloo::utils::window().local_storage() {
            let _ = storage.set_item(SETTINGS_KEY, &settings.to_storage());
        }
    });

    // Load when the URL or the retry count changes: the articles, then the index, from one
    // pipeline (`load.rs`).
    let fetching = match &state.load {
        Load::Fetching { url, .. } => Some(url.clone()),
        _ => None,
    };
    {
        let dispatcher = state.dispatcher();
        // `?bundle=` came from a link anyone can craft; an embedded viewer's `src`, from the
        // deployer, who may point it anywhere.
        let check_origin = config.bundle == BundleSource::Page;
        let limits = config.limits;
        use_effect_with((fetching, state.attempt), move |(url, _)| {
            // Shared with the cleanup below, which runs once the load is no longer on screen
            // (cancelled, failed, in, or the viewer gone): aborting a fetch that ended is nothing.
            let watch = url.as_ref().map(|_| Rc::new(FetchWatch::start(limits)));
            if let (Some(url), Some(watch)) = (url.clone(), watch.clone()) {
                wasm_bindgen_futures::spawn_local(async move {
                    let progress = dispatcher.clone();
                    let report = move |received, total| progress.dispatch(Action::Progress { received, total });
                    let loaded = dispatcher.clone();
                    let on_loaded = move |step| match step {
                        Loaded::Articles(bundle) => loaded.dispatch(Action::Loaded(SharedBundle(bundle).into())),
                        Loaded::Searchable(index) => loaded.dispatch(Action::Indexed(SharedIndex(Rc::new(index)))),
                        Loaded::Archive(archive, manifest_url) => {
                            let events = loaded.clone();
                            let on_event = Callback::from(move |event| match event {
                                ArchiveEvent::Grew => events.dispatch(Action::ArchiveGrew),
                                ArchiveEvent::Failed(error) => events.dispatch(Action::Failed(error)),
                            });
                            let shared = SharedArchive::new(archive, manifest_url, limits, on_event);
                            loaded.dispatch(Action::Loaded(Catalogue::Archive(shared)));
                        }
                    };
                    match load_bundle(&url, check_origin, &watch, report, on_loaded).await {
                        // The state already says so, or there is no viewer left to tell.
                        Ok(()) | Err(LoadError::Cancelled { .. }) => {}
                        Err(error) => dispatcher.dispatch(Action::Failed(error)),
                    }
                });
            }
            move || {
                if let Some(watch) = watch {
                    watch.cancel();
                }
            }
        });
    }

    // Follow the URL: links, the back button and reloads all go through it. The hash changes
    // on a link; history steps fire popstate, which is all an embedded viewer's parameter has.
    {
        let dispatcher = state.dispatcher();
        let binding = config.url.clone();
        let start = config.start.clone();
        use_effect_with(binding, move |binding: &UrlBinding| {
            let listeners = ["hashchange", "popstate"].map(|event| {
                let (dispatcher, binding, start) = (dispatcher.clone(), binding.clone(), start.clone());
                EventListener::new(&gloo::utils::window(), event, move |_| {
                    let location = match &binding {
                        // A hash that is not a route (`#main`, say) is the page's own business.
                        UrlBinding::Hash => browser::read_location(&binding),
                        // No parameter: the viewer is back at its start, as the host first had it.
                        UrlBinding::Param(_) => browser::read_location(&binding).or_else(|| Some(start.clone())),
                        UrlBinding::Off => None,
                    };
                    if let Some(location) = location {
                        dispatcher.dispatch(Action::Navigate(location));
                    }
                })
            });
            move || drop(listeners)
        });
    }

    // And write it: every change of route, search or chart is in the URL, so a link or a reload
    // restores it. Only typing and moving the chart replace the entry; everything else is a
    // step of "back".
    {
        let previous = use_mut_ref(|| state.location());
        let binding = config.url.clone();
        use_effect_with(state.location(), move |location: &Location| {
            let before = previous.replace(location.clone());
            let typing = before.route == location.route
                && before.search.filters == location.search.filters
                && before.search.sort == location.search.sort
                && !before.search.query.is_empty();
            // Zooming and panning are steps through one view, not places to go back to.
            let moving_chart = before.chart != location.chart
                && Location { chart: None, ..before.clone() } == Location { chart: None, ..location.clone() };
            // After the frame is painted: pushing history costs a couple of milliseconds, which
            // the reader should not wait for between a click and what it changes on screen.
            let (binding, location) = (binding.clone(), location.clone());
            wasm_bindgen_futures::spawn_local(async move {
                browser::next_frame().await;
                browser::write_location(&binding, &location, !typing && !moving_chart);
            });
        });
    }

    // The document's language, direction and title follow the bundle and the open article,
    // when the viewer is the page; an embedded one leaves the host's document alone.
    {
        let catalogue = state.catalogue().cloned().filter(|_| config.owns_document);
        use_effect_with((catalogue, state.route.clone(), state.settings.ui_lang), |(catalogue, route, ui_lang)| {
            let Some(catalogue) = catalogue else { return };
            let strings = ui_strings(*ui_lang, catalogue.ui_lang());
            let name = catalogue.title();
            let title = match route {
                Route::Article(id) => catalogue.with_article(id, |a| format!("{} — {}", label(&a.title), label(&name))),
                Route::List => None,
            };
            browser::set_document_shell(strings.lang.code(), strings.dir, title.as_deref().unwrap_or(&label(&name)));
            // The open article's citation tags, for reference managers reading the page; the
            // list has none.
            let tags = match route {
                Route::Article(id) => catalogue.with_article(id, |article| {
                    let here = Location::default().with_route(route.clone());
                    let link = browser::location_url(&UrlBinding::Hash, &here).unwrap_or_default();
                    meta_tags(&Cited { article, archive: &name, link: &link, accessed: None })
                }),
                Route::List => None,
            };
            browser::set_citation_meta(&tags.unwrap_or_default());
        });
    }

    // An embedded viewer keeps its place in a query parameter, not the host's hash: its own
    // links (`#/…`) are followed here instead of by the browser.
    let on_click = {
        let dispatcher = state.dispatcher();
        let follow_links_here = config.url != UrlBinding::Hash;
        Callback::from(move |event: MouseEvent| {
            if !follow_links_here || event.ctrl_key() || event.meta_key() || event.shift_key() || event.button() != 0 {
                return;
            }
            if let Some(href) = browser::internal_link(&event) {
                event.prevent_default();
                dispatcher.dispatch(Action::Navigate(Location::from_hash(&href)));
            }
        })
    };
    html! {
        <div class="sahifa-viewer" onclick={on_click}>
            <ContextProvider<AppContext> context={state.clone()}>
                <Page ui_lang={config.ui_lang} embedded={!config.owns_document} links={config.url.clone()} />
            </ContextProvider<AppContext>>
        </div>
    }
}

/// Where the reader's settings are kept in the browser.
const SETTINGS_KEY: &str = "sahifa.settings";

/// The settings this browser kept, or the defaults with the deployer's theme.
fn stored_settings(config: &ViewerConfig) -> ReaderSettings {
    let stored =
        gloo::utils::window().local_storage().ok().flatten().and_then(|s| s.get_item(SETTINGS_KEY).ok().flatten());
    match stored {
        Some(text) => ReaderSettings::from_storage(&text),
        None => {
            let theme = config.theme.as_deref().and_then(Theme::from_attr).unwrap_or_default();
            ReaderSettings { theme, ..ReaderSettings::default() }
        }
    }
}
