//! The reader's marks for the open archive, read from localStorage once and written back on
//! each change (`marks.rs` holds the key and the stored form). Storage that refuses (private
//! browsing, a full quota) keeps the marks for the visit.

use crate::marks::{from_storage, storage_key, to_storage, toggled, Marked};
use std::rc::Rc;
use yew::prelude::*;

/// The marks, and the ways to change them.
#[derive(Clone, PartialEq)]
pub struct Marks {
    pub marked: Marked,
    /// Marks the article with this id, or takes its mark away.
    pub on_toggle: Callback<String>,
    pub on_clear: Callback<()>,
}

#[hook]
pub fn use_marks(source: &str) -> Marks {
    let key = storage_key(source);
    let marked = {
        let key = key.clone();
        use_state(move || Rc::new(stored(&key).map(|text| from_storage(&text)).unwrap_or_default()))
    };
    let keep = move |next: Vec<String>, marked: &UseStateHandle<Marked>| {
        store(&key, &to_storage(&next));
        marked.set(Rc::new(next));
    };
    let on_toggle = {
        let (marked, keep) = (marked.clone(), keep.clone());
        Callback::from(move |id: String| keep(toggled(&marked, &id), &marked))
    };
    let on_clear = {
        let marked = marked.clone();
        Callback::from(move |()| keep(Vec::new(), &marked))
    };
    Marks { marked: (*marked).clone(), on_toggle, on_clear }
}

#[cfg(target_arch = "wasm32")]
fn stored(key: &str) -> Option<String> {
    gloo::utils::window().local_storage().ok().flatten()?.get_item(key).ok().flatten()
}

#[cfg(target_arch = "wasm32")]
fn store(key: &str, text: &str) {
    if let Ok(Some(storage)) = gloo::utils::window().local_storage() {
        let _ = if text.is_empty() { storage.remove_item(key) } else { storage.set_item(key, text) };
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn stored(_: &str) -> Option<String> {
    None
}

#[cfg(not(target_arch = "wasm32"))]
fn store(_: &str, _: &str) {}
