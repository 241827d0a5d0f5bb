//! Export and print, under the search: what to take (the search's results or the marked
//! articles, with their counts), a download button a format, the dossier, and clearing the
//! marks, behind one disclosure whose summary says how many are marked. An empty choice says
//! there is nothing to export and how to get something, instead of giving an empty file; in a
//! sharded archive it says exactly which part is taken. A function over state the list view
//! keeps (`ExportChoice`), not a component: a component of its own cost 2 KB more.

use crate::catalogue::Catalogue;
use crate::config::UrlBinding;
use crate::i18n::Strings;
use crate::marks::Marked;
use sahifa_core::digits::Digits;
use sahifa_core::export::Format;
use std::rc::Rc;
use yew::prelude::*;

/// The most articles a dossier prints: a longer one is more than a browser lays out for print
/// in reasonable time, and more than anyone reads on paper.
pub const DOSSIER_LIMIT: usize = 500;

pub struct ExportPanelOf<'a> {
    pub catalogue: &'a Catalogue,
    /// The search's results (positions), in their order.
    pub hits: &'a Rc<Vec<usize>>,
    pub marked: &'a Marked,
    pub strings: &'static Strings,
    pub digits: Digits,
    pub links: UrlBinding,
    pub on_clear_marks: Callback<()>,
    /// Opens the dossier of these articles; `true` when they are the marked ones.
    pub on_dossier: Callback<(Rc<Vec<usize>>, bool)>,
    pub choice: ExportChoice,
}

/// What the panel remembers between renders: whether the marked articles are chosen, and
/// where the last export stands.
#[derive(Clone)]
pub struct ExportChoice {
    pub marked: UseStateHandle<bool>,
    pub status: UseStateHandle<Status>,
}

#[hook]
pub fn use_export_choice() -> ExportChoice {
    ExportChoice { marked: use_state(|| false), status: use_state(|| Status::Idle) }
}

/// Where an export stands, as the status line says it. Natively (SSR) no export runs, so only
/// `Idle` is ever made there.
#[derive(Clone, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub enum Status {
    Idle,
    Writing { written: usize, of: usize },
    Done { name: String, count: usize },
    Failed,
}

pub fn export_panel(props: ExportPanelOf) -> Html {
    let strings = props.strings;
    let (marked_chosen, status) = (props.choice.marked.clone(), props.choice.status.clone());
    let archive = matches!(props.catalogue, Catalogue::Archive(_));
    // An archive exports what it has, the rows fetched so far, and says how many of the whole.
    let whole = if *marked_chosen { props.marked.len() } else { props.hits.len() };
    let at_hand: Rc<Vec<usize>> = match (*marked_chosen, archive) {
        (true, _) => marked_positions(props.catalogue, props.marked),
        (false, true) => {
            Rc::new(props.hits.iter().copied().filter(|&i| props.catalogue.with_row(i, |_| ()).is_some()).collect())
        }
        (false, false) => props.hits.clone(),
    };
    let digits = props.digits;
    let fill = |text: &str, n: usize, of: usize| fill(text, n, of, digits);
    let choice = |marked: bool, label: &str, n: usize| {
        choice(&marked_chosen, marked, format!("{label} ({})", digits.apply(&n.to_string())))
    };
    let busy = matches!(*status, Status::Writing { .. });
    let buttons = Format::ALL.into_iter().filter(|&f| !(archive && f == Format::Json)).map(|format| {
        let onclick = {
            let (status, at_hand, catalogue, links) =
                (status.clone(), at_hand.clone(), props.catalogue.clone(), props.links.clone());
            let name = format!("sahifa-{}.{}", if *marked_chosen { "marked" } else { "results" }, format.extension());
            Callback::from(move |_: MouseEvent| save(format, at_hand.clone(), catalogue.clone(), links.clone(), name.clone(), status.clone()))
        };
        html! { <button type="button" disabled={busy} {onclick}>{ format!("{} {}", strings.export_download, format.name()) }</button> }
    });
    let message = match &*status {
        Status::Idle => String::new(),
        Status::Writing { written, of } => fill(strings.export_writing, *written, *of),
        Status::Done { name, count: n } => fill(strings.export_done, *n, 0).replace("{name}", name),
        Status::Failed => strings.export_failed.to_owned(),
    };
    let dossier = {
        let (on_dossier, at_hand, marked) = (props.on_dossier.clone(), at_hand.clone(), *marked_chosen);
        Callback::from(move |_: MouseEvent| on_dossier.emit((at_hand.clone(), marked)))
    };
    html! {
        <details class="export-panel">
            <summary>{ format!("{} · {}", strings.export_heading, props.digits.apply(&strings.marked.of(props.marked.len() as u64))) }</summary>
            <fieldset class="export-scope">
                <legend>{ strings.export_what }</legend>
                { choice(false, strings.export_results, props.hits.len()) }
                { choice(true, strings.export_marked, props.marked.len()) }
            </fieldset>
            if whole == 0 {
                <p class="export-empty">{ if *marked_chosen { strings.export_none_marked } else { strings.export_nothing } }</p>
            }
            if archive && whole > 0 {
                <p class="export-note">{ fill(strings.export_archive_note, at_hand.len(), whole) }</p>
                <p class="export-note">{ strings.export_archive_json }</p>
            }
            if !at_hand.is_empty() {
                <div class="export-actions">
                    { for buttons }
                    if at_hand.len() <= DOSSIER_LIMIT {
                        <button type="button" onclick={dossier}>{ strings.dossier_open }</button>
                    }
                </div>
                if at_hand.len() > DOSSIER_LIMIT {
                    <p class="export-note">{ fill(strings.dossier_too_many, at_hand.len(), DOSSIER_LIMIT) }</p>
                }
            }
            if !props.marked.is_empty() {
                <button type="button" class="marks-clear" onclick={props.on_clear_marks.reform(|_: MouseEvent| ())}>{ strings.marks_clear }</button>
            }
            <p class="export-status" role="status">{ message }</p>
        </details>
    }
}

/// `text` with its counts `{n}` and `{of}` written in the reader's digits.
#[inline(never)]
fn fill(text: &str, n: usize, of: usize, digits: Digits) -> String {
    text.replace("{n}", &digits.apply(&n.to_string())).replace("{of}", &digits.apply(&of.to_string()))
}

/// One of the two choices, a radio button labelled `label`.
#[inline(never)]
fn choice(chosen: &UseStateHandle<bool>, marked: bool, label: String) -> Html {
    let onchange = {
        let chosen = chosen.clone();
        Callback::from(move |_: Event| chosen.set(marked))
    };
    html! {
        <label>
            <input type="radio" name="export-scope" checked={**chosen == marked} {onchange} />
            { label }
        </label>
    }
}

/// The marked articles at hand (every one of a bundle's; an archive's whose rows are in), in the
/// archive's order.
fn marked_positions(catalogue: &Catalogue, marked: &[String]) -> Rc<Vec<usize>> {
    let at_hand = |i: &usize| catalogue.with_row(*i, |a| marked.contains(&a.id)) == Some(true);
    Rc::new((0..catalogue.len()).filter(at_hand).collect())
}

#[cfg(target_arch = "wasm32")]
fn save(
    format: Format,
    positions: Rc<Vec<usize>>,
    catalogue: Catalogue,
    links: UrlBinding,
    name: String,
    status: UseStateHandle<Status>,
) {
    let of = positions.len();
    status.set(Status::Writing { written: 0, of });
    wasm_bindgen_futures::spawn_local(async move {
        let progress = status.clone();
        let done = crate::export_file::save(format, &positions, &catalogue, &links, &name, move |written| {
            progress.set(Status::Writing { written, of })
        })
        .await;
        status.set(match done {
            Ok(count) => Status::Done { name, count },
            Err(_) => Status::Failed,
        });
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn save(_: Format, _: Rc<Vec<usize>>, _: Catalogue, _: UrlBinding, _: String, _: UseStateHandle<Status>) {}
