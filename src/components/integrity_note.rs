//! The article's integrity, said above its text: signed (with the key and where the centre
//! publishes it), unsigned, or changed since signing, which is an alert, never hidden.

use crate::i18n::Strings;
use crate::integrity_state::{first_state, IntegrityState};
use crate::shared::SharedBundle;
use sahifa_core::Article;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct IntegrityNoteProps {
    pub article: Rc<Article>,
    /// The bundle the article is from; `None` for a sharded archive, which records no hashes.
    pub bundle: Option<SharedBundle>,
    pub strings: &'static Strings,
}

#[component]
pub fn IntegrityNote(props: &IntegrityNoteProps) -> Html {
    let first = first_state(props.bundle.as_ref().map(SharedBundle::bundle));
    let state = use_state_eq(|| first.clone());
    {
        let state = state.clone();
        let (bundle, article) = (props.bundle.clone(), props.article.clone());
        use_effect_with((article.id.clone(), bundle.clone()), move |_| {
            state.set(first.clone());
            #[cfg(target_arch = "wasm32")]
            if let (IntegrityState::Checking, Some(bundle)) = (&first, bundle) {
                wasm_bindgen_futures::spawn_local(async move {
                    state.set(crate::integrity_check::check(bundle.bundle(), &article).await);
                });
            }
            #[cfg(not(target_arch = "wasm32"))]
            let _ = (bundle, article);
        });
    }
    let strings = props.strings;
    let (class, role, text) = match &*state {
        IntegrityState::Checking => ("checking", "status", strings.integrity_checking),
        IntegrityState::Signed { .. } => ("signed", "status", strings.integrity_signed),
        IntegrityState::Changed => ("changed", "alert", strings.integrity_changed),
        IntegrityState::Unsigned => ("unsigned", "status", strings.integrity_unsigned),
        IntegrityState::SignatureBroken => ("broken", "alert", strings.integrity_broken),
        IntegrityState::CannotCheck => ("unchecked", "status", strings.integrity_cannot_check),
    };
    html! {
        <div class={classes!("integrity", class)} {role} lang={strings.lang.code()} dir={strings.dir}>
            <p class="integrity-text">{ text }</p>
            if let IntegrityState::Signed { key, published_at } = &*state {
                <p class="integrity-key">
                    { strings.integrity_key }{ ": " }<code dir="ltr">{ key }</code>
                    if let Some(address) = published_at {
                        { " · " }{ strings.integrity_published_at }{ " " }
                        <a href={address.clone()} rel="noopener noreferrer" dir="ltr">{ address }</a>
                    }
                </p>
            }
        </div>
    }
}
