//! The search field, the result count and the order: the top of the list view.

use crate::hooks::use_digits::use_digits;
use crate::i18n::{results_count, Strings};
use sahifa_core::search::Sort;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SearchBoxProps {
    pub query: AttrValue,
    pub sort: Sort,
    pub count: usize,
    /// False while the index is being built: the field works, and says search is on its way.
    pub ready: bool,
    /// A sharded archive's files for this search are on their way.
    #[prop_or_default]
    pub fetching: bool,
    pub strings: &'static Strings,
    pub on_query: Callback<String>,
    pub on_sort: Callback<Sort>,
}

#[component]
pub fn SearchBox(props: &SearchBoxProps) -> Html {
    let strings = props.strings;
    let on_input = props.on_query.reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    let on_sort = props
        .on_sort
        .reform(|e: Event| Sort::from_key(&e.target_unchecked_into::<HtmlSelectElement>().value()).unwrap_or_default());
    // Enter would submit the form and reload the page; results already follow each keystroke.
    let on_submit = Callback::from(|e: SubmitEvent| e.prevent_default());
    // With no words to rank by, "best match" is the newest first: the control says what the list
    // is, and the order chosen comes back with the first word typed.
    let unranked = props.query.trim().is_empty();
    let shown = if unranked && props.sort == Sort::Relevance { Sort::Newest } else { props.sort };
    let digits = use_digits();
    let status = match (props.ready, props.fetching) {
        (true, _) => digits.apply(&results_count(strings, props.count)),
        (false, true) => strings.searching.to_owned(),
        (false, false) => strings.search_preparing.to_owned(),
    };
    html! {
        <form class="search-box" role="search" onsubmit={on_submit}>
            <label for="search-query">{ strings.search_label }</label>
            <input id="search-query" type="search" value={props.query.clone()} oninput={on_input}
                placeholder={strings.search_placeholder} autocomplete="off" dir="auto" />
            <div class="search-status-row">
                <p class="search-status" role="status" aria-live="polite">{ status }</p>
                <label class="sort">
                    { strings.sort_label }{ " " }
                    <select onchange={on_sort}>
                        { for [(Sort::Relevance, strings.sort_relevance), (Sort::Newest, strings.sort_newest), (Sort::Oldest, strings.sort_oldest)]
                            .into_iter()
                            .map(|(sort, label)| html! {
                                <option value={sort.key()} selected={sort == shown}
                                    disabled={unranked && sort == Sort::Relevance}>{ label }</option>
                            }) }
                    </select>
                </label>
            </div>
        </form>
    }
}
