//! The app: one reducer, and the effects that connect it to the browser (the fetch, the hash,
//! the document's shell). Everything on screen is `Page`, a pure view of the state.

use crate::browser;
use crate::components::page::Page;
use crate::i18n::strings_for;
use crate::load::load_bundle;
use crate::route::Route;
use crate::state::{Action, AppState, Load, SharedBundle};
use gloo::events::EventListener;
use std::rc::Rc;
use yew::prelude::*;

#[component]
pub fn App() -> Html {
    let state = use_reducer(|| match browser::bundle_url() {
        Ok(url) => AppState::new(url, browser::current_route()),
        Err(refused) => {
            AppState { load: Load::Failed(refused), ..AppState::new(String::new(), browser::current_route()) }
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

    // Follow the hash: links, the back button and reloads all go through it.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                dispatcher.dispatch(Action::Navigate(browser::current_route()))
            });
            move || drop(listener)
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
