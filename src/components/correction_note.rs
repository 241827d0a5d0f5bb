//! The note above the list when the search corrected a word: what it searched for instead, and
//! one action to search the words as written.

use crate::i18n::Strings;
use sahifa_core::search::ParsedQuery;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CorrectionNoteProps {
    pub query: ParsedQuery,
    pub strings: &'static Strings,
    /// The reader asked to search the corrected words as written.
    pub on_as_written: Callback<()>,
}

#[component]
pub fn CorrectionNote(props: &CorrectionNoteProps) -> Html {
    let corrected: Vec<_> = props.query.words.iter().filter(|w| !w.corrections.is_empty()).collect();
    if corrected.is_empty() {
        return html! {};
    }
    // The most frequent correction of each word stands for it; the rest match too.
    let instead: Vec<&str> = corrected.iter().map(|w| w.corrections[0].as_str()).collect();
    let written: Vec<&str> = corrected.iter().map(|w| w.written.as_str()).collect();
    let strings = props.strings;
    html! {
        <p class="correction-note" role="status">
            { strings.corrected_results }{ " " }<bdi>{ instead.join(strings.list_separator) }</bdi>{ strings.corrected_then }
            <button type="button" class="as-written" onclick={props.on_as_written.reform(|_: MouseEvent| ())}>
                { strings.search_as_written }{ " " }<bdi>{ written.join(strings.list_separator) }</bdi>
            </button>
        </p>
    }
}
