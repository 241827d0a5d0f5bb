//! What reading the bundle found wrong, in one small disclosure above the results: how many
//! problems, exactly, how many articles they kept off the screen, and the first of them as
//! `sahifa validate` prints them (which article, which field, what was left out), so a reader
//! knows the archive is not whole without being stopped by it, and its publisher what to fix.

use crate::hooks::use_digits::use_digits;
use crate::i18n::Strings;
use crate::shared::SharedBundle;
use sahifa_core::bidi::without_overrides;
use sahifa_core::{Diagnostic, Severity};
use yew::prelude::*;

/// How many problems the list shows: enough to see what kind of thing is wrong and where, few
/// enough that a bundle with ten thousand costs the page nothing; the rest are counted, and
/// `sahifa validate` lists them all.
pub const PROBLEMS_LISTED: usize = 50;

/// A line longer than this (a megabyte-long URL quoted in its warning) is cut: the list is for
/// finding the problem, `sahifa validate` for reading it whole.
const LINE_CHARS: usize = 300;

#[derive(Properties, PartialEq)]
pub struct BundleProblemsProps {
    pub bundle: SharedBundle,
    pub strings: &'static Strings,
}

#[component]
pub fn BundleProblems(props: &BundleProblemsProps) -> Html {
    let digits = use_digits();
    let all = &props.bundle.0.diagnostics;
    if all.is_empty() {
        return html! {};
    }
    let strings = props.strings;
    let is_error = |d: &&Diagnostic| d.severity == Severity::Error;
    let skipped = all.iter().filter(is_error).count();
    let mut summary = strings.problems.of(all.len() as u64);
    if skipped > 0 {
        summary = format!("{summary} · {}", strings.problems_skipped.of(skipped as u64));
    }
    // The skipped articles first: what is missing from the archive matters more to someone who
    // relies on it than a link left out of an article that is there.
    let listed = all.iter().filter(is_error).chain(all.iter().filter(|d| !is_error(d))).take(PROBLEMS_LISTED);
    let unlisted = all.len().saturating_sub(PROBLEMS_LISTED);
    // A landmark of its own, beside the masthead and the main content: a reader going by
    // landmarks finds it, and skips it.
    html! {
        <aside class="bundle-problems" aria-label={strings.problems_label}>
            <details>
                <summary>{ digits.apply(&summary) }</summary>
                <p>{ strings.problems_hint }{ " " }<code dir="ltr" lang="en">{ "sahifa validate" }</code></p>
                // The findings are the core's, in English; each quotes the bundle (an id, a URL, an
                // event's label), isolated and with no bidi override left in it.
                <ul dir="ltr" lang="en">
                    { for listed.map(|d| html! { <li><bdi>{ line(d) }</bdi></li> }) }
                </ul>
                if unlisted > 0 {
                    <p>{ digits.apply(&strings.problems_unlisted.of(unlisted as u64)) }</p>
                }
            </details>
        </aside>
    }
}

/// One finding as `sahifa validate` prints it, cut to `LINE_CHARS`.
fn line(diagnostic: &Diagnostic) -> String {
    let text = diagnostic.to_string();
    let safe = without_overrides(&text);
    match safe.char_indices().nth(LINE_CHARS) {
        Some((cut, _)) => format!("{}…", &safe[..cut]),
        None => safe.into_owned(),
    }
}
