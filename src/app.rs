//! The app: one reducer, and the effects that connect it to the browser (the fetch, indexing,
//! the URL, the document's shell). Everything on screen is `Page`, a pure view of the state.

use crate::browser;
use crate::components::page::Page;
use crate::i18n::strings_for;
use crate::load::load_bundle;
use crate::route::{Location, Route};
use crate::state::{Action, AppState, Load, SharedBundle, SharedIndex};
use gloo::events::EventListener;
use sahifa_core::search::SearchIndex;
use std::rc::Rc;
use yew::prelude::*;

#[component]
pub fn App() -> Html {
    let state = use_reducer(|| match browser::bundle_url() {
        Ok(url) => AppState::new(url, browser::current_location()),
        Err(refused) => {
            AppState { load: Load::Failed(refused), ..AppState::new(String::new(), browser::current_location()) }
        }
    });

    // Fetch when the URL or the retry count changes.
    let fetching = match &state.load {
        Load::Fetching { url, .. } => Some(url.clone()),
        _ => None,
    };
    {
        let dispatcher = state.dispatcher();
        use_effect_with((fetching, state.attempt), move |(url, _)| {
            if let Some(url) = url.clone() {
                wasm_bindgen_futures::spawn_local(async move {
                    let progress = dispatcher.clone();
                    let report = move |received, total| progress.dispatch(Action::Progress { received, total });
                    match load_bundle(&url, report).await {
                        Ok(loaded) => dispatcher.dispatch(Action::Loaded(SharedBundle(Rc::new(loaded)))),
                        Err(error) => dispatcher.dispatch(Action::Failed(error)),
                    }
                });
            }
        });
    }

    // Index once the list is on screen: the reader sees articles first, and search a moment later.
    {
        let dispatcher = state.dispatcher();
        use_effect_with(state.bundle().cloned(), move |bundle| {
            if let Some(bundle) = bundle.clone() {
                wasm_bindgen_futures::spawn_local(async move {
                    browser::next_frame().await;
                    let index = SearchIndex::build(&bundle.0.bundle.articles);
                    dispatcher.dispatch(Action::Indexed(SharedIndex(Rc::new(index))));
                });
            }
        });
    }

    // Follow the URL: links, the back button and reloads all go through the hash.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                dispatcher.dispatch(Action::Navigate(browser::current_location()))
            });
            move || drop(listener)
        });
    }

    // And write it: every change of route or search is in the address bar, so a link or a
    // reload restores it. Only typing replaces the entry; everything else is a step of "back".
    {
        let previous = use_mut_ref(|| state.location());
        use_effect_with(state.location(), move |location: &Location| {
            let before = previous.replace(location.clone());
            let typing = before.route == location.route
                && before.search.filters == location.search.filters
                && before.search.sort == location.search.sort
                && !before.search.query.is_empty();
            browser::write_location(location, !typing);
        });
    }

    // The document's language, direction and title follow the bundle and the open article.
    {
        let bundle = state.bundle().cloned();
        use_effect_with((bundle, state.route.clone()), |(bundle, route)| {
            let Some(bundle) = bundle else { return };
            let bundle = &bundle.0.bundle;
            let strings = strings_for(&bundle.lang);
            let title = match route {
                Route::Article(id) => bundle.article(id).map(|a| format!("{} — {}", a.title, bundle.title)),
                Route::List => None,
            };
            browser::set_document_shell(
                strings.lang,
                bundle.direction().as_attr(),
                title.as_deref().unwrap_or(&bundle.title),
            );
            if matches!(route, Route::Article(_)) {
                browser::focus_heading();
            }
        });
    }

    let on_action = {
        let dispatcher = state.dispatcher();
        Callback::from(move |action| dispatcher.dispatch(action))
    };
    html! { <Page state={(*state).clone()} {on_action} /> }
}
