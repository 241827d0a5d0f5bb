//! The digits the reader chose, for the parts of the page that write numbers but are given no
//! date style: the result count, the facet counts, the count of the bundle's problems, the download's progress.
//!
//! Read from the context `App` provides rather than handed down as a prop by `Page`: only the
//! setting is read, never the rest of the state, and a second context of its own cost 1.7 KB of
//! the size budget where this costs almost nothing. Without a provider (a component rendered
//! alone) numbers are Western, the setting's default.

use crate::state::AppContext;
use sahifa_core::digits::Digits;
use yew::prelude::*;

#[hook]
pub fn use_digits() -> Digits {
    use_context::<AppContext>().map_or(Digits::Western, |state| state.settings.digits)
}
