//! Export and print, under the search: what to take (the search's results or the marked
//! articles, with their counts), a download button a format, the dossier, and clearing the
//! marks, behind one disclosure whose summary says how many are marked. An empty choice says
//! there is nothing to export and how to get something, instead of giving an empty file; in a
//! sharded archive it says exactly which part is taken.

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

#[derive(Properties, PartialEq)]
pub struct ExportPanelProps {
    pub catalogue: Catalogue,
    /// The search's results (positions), in their order.
    pub hits: Rc<Vec<usize>>,
    pub marked: Marked,
    pub strings: &'static Strings,
    pub digits: Digits,
    pub links: UrlBinding,
    pub on_clear_marks: Callback<()>,
    /// Opens the dossier of these articles; `true` when they are the marked ones.
    pub on_dossier: Callback<(Rc<Vec<usize>>, bool)>,
}

/// Where an export stands, as the status line says it. Natively (SSR) no export runs, so only
/// `Idle` is ever made there.
#[derive(Clone, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
enum Status {
    Idle,
    Writing { written: usize, of: usize },
    Done { name: String, count: usize },
    Failed,
}

#[component]
pub fn ExportPanel(props: &ExportPanelProps) -> Html {
    let strings = props.strings;
    let marked_chosen = use_state(|| false);
    let status = use_state(|| Status::Idle);
    let archive = matches!(props.catalogue, Catalogue::Archive(_));
    let positions = if *marked_chosen { marked_positions(&props.catalogue, &props.marked) } else { props.hits.clone() };
    // An archive exports what it has: the rows fetched so far, counted against the whole.
    let at_hand: Rc<Vec<usize>> = if archive {
        Rc::new(positions.iter().copied().filter(|&i| props.catalogue.with_row(i, |_| ()).is_some()).collect())
    } else {
        positions.clone()
    };
    let count = |n: usize| props.digits.apply(&n.to_string());
    let fill = |text: &str, n: usize, of: usize| text.replace("{n}", &count(n)).replace("{of}", &count(of));
    let choice = |marked: bool, label: &str, n: usize| {
        let chosen = marked_chosen.clone();
        html! {
            <label>
                <input type="radio" name="export-scope" checked={*marked_chosen == marked}
                    onchange={Callback::from(move |_: Event| chosen.set(marked))} />
                { format!("{label} ({})", count(n)) }
            </label>
        }
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
            if positions.is_empty() {
                <p class="export-empty">{ if *marked_chosen { strings.export_none_marked } else { strings.export_nothing } }</p>
            } else {
                if archive {
                    <p class="export-note">{ fill(strings.export_archive_note, at_hand.len(), positions.len()) }</p>
                    <p class="export-note">{ strings.export_archive_json }</p>
                }
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

/// The marked articles this archive has (by their place in it, so in its order).
fn marked_positions(catalogue: &Catalogue, marked: &[String]) -> Rc<Vec<usize>> {
    let mut positions: Vec<usize> = marked.iter().filter_map(|id| catalogue.position_of(id)).collect();
    positions.sort_unstable();
    Rc::new(positions)
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
