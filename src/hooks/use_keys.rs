//! The viewer's keys (`crate::keys`), wired: a standalone page hears them from the whole
//! document (nothing may have focus), an embedded viewer only from inside itself (the host's
//! page has its own keys), through the handler this hook returns for its root.

use crate::keys::{command, Command, Press};
use crate::location::{Location, Route};
use crate::state::Action;
use web_sys::wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};
use yew::prelude::*;

/// Whether keys typed at `target` are text for it (a text field, a list, an editable region),
/// not commands; a checkbox or a button is not such a field.
fn typed_into(target: Option<web_sys::EventTarget>) -> bool {
    let Some(element) = target.and_then(|t| t.dyn_into::<Element>().ok()) else { return false };
    match element.tag_name().as_str() {
        "TEXTAREA" | "SELECT" => true,
        "INPUT" => !matches!(
            element.get_attribute("type").as_deref(),
            Some("checkbox" | "radio" | "button" | "submit" | "reset")
        ),
        _ => element.closest("[contenteditable]").ok().flatten().is_some(),
    }
}

/// The element `selector` finds inside the viewer, as an `HtmlElement`.
fn find(root: &NodeRef, selector: &str) -> Option<HtmlElement> {
    root.cast::<Element>()?.query_selector(selector).ok().flatten()?.dyn_into::<HtmlElement>().ok()
}

#[hook]
pub fn use_keys(
    root: NodeRef,
    help: UseStateHandle<bool>,
    location: Location,
    on_action: Callback<Action>,
    embedded: bool,
) -> Callback<KeyboardEvent> {
    // "/" in the reader goes back to the list first; its search field is focused once drawn.
    let focus_search = use_mut_ref(|| false);
    {
        let (root, focus_search) = (root.clone(), focus_search.clone());
        use_effect_with(location.route.clone(), move |route| {
            if *route == Route::List && std::mem::take(&mut *focus_search.borrow_mut()) {
                if let Some(field) = find(&root, "#search-query") {
                    let _ = field.focus();
                }
            }
        });
    }
    let on_key = {
        let root = root.clone();
        Callback::from(move |event: KeyboardEvent| {
            let press = Press {
                code: &event.code(),
                shift: event.shift_key(),
                other_modifier: event.ctrl_key() || event.alt_key() || event.meta_key(),
                in_field: typed_into(event.target()),
            };
            let Some(command) = command(&press) else { return };
            match command {
                Command::FocusSearch => {
                    event.prevent_default();
                    match find(&root, "#search-query") {
                        Some(field) => {
                            let _ = field.focus();
                        }
                        None => {
                            *focus_search.borrow_mut() = true;
                            on_action.emit(Action::Navigate(location.with_route(Route::List)));
                        }
                    }
                }
                // The pager's own links, as a click would follow them.
                Command::NextArticle | Command::PreviousArticle => {
                    let rel = if command == Command::NextArticle { "next" } else { "prev" };
                    if let Some(link) = find(&root, &format!(".article-pager a[rel={rel}]")) {
                        link.click();
                    }
                }
                Command::ToggleHelp => {
                    event.prevent_default();
                    help.set(!*help);
                }
                Command::CloseHelp => {
                    if *help {
                        help.set(false);
                    }
                }
            }
        })
    };
    // The document's listener is added once and calls the handler of the latest render, which
    // knows the current route and whether the list of keys is open.
    let latest = use_mut_ref(|| on_key.clone());
    *latest.borrow_mut() = on_key.clone();
    use_effect_with(embedded, move |embedded| {
        let listener = (!*embedded).then(|| document_keys(latest));
        // Kept until the effect is cleaned up, which ends the listening.
        move || {
            let _ended = listener;
        }
    });
    on_key
}

/// Hears keys from the whole document, for as long as what it returns is kept.
#[cfg(target_arch = "wasm32")]
fn document_keys(handler: std::rc::Rc<std::cell::RefCell<Callback<KeyboardEvent>>>) -> gloo::events::EventListener {
    // Not passive: "/" and "?" are kept from the page's own use of them.
    let options = gloo::events::EventListenerOptions::enable_prevent_default();
    gloo::events::EventListener::new_with_options(&gloo::utils::document(), "keydown", options, move |event| {
        if let Some(event) = event.dyn_ref::<KeyboardEvent>() {
            handler.borrow().emit(event.clone());
        }
    })
}

/// Natively (SSR) there is no document to hear: nothing is kept.
#[cfg(not(target_arch = "wasm32"))]
struct Unheard;

#[cfg(not(target_arch = "wasm32"))]
fn document_keys(_: std::rc::Rc<std::cell::RefCell<Callback<KeyboardEvent>>>) -> Unheard {
    Unheard
}
