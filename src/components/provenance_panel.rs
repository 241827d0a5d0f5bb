//! The reader's provenance panel: how far the centre verified the article and why, when and by
//! whom the original was captured, the captured file's hash, the archives' copies, corrections.

use crate::components::reader::DateLine;
use crate::i18n::Strings;
use sahifa_core::format_date::DateStyle;
use sahifa_core::provenance::VerificationStatus;
use sahifa_core::{Article, ArticleDate};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProvenancePanelProps {
    pub article: Rc<Article>,
    pub strings: &'static Strings,
    pub style: DateStyle,
}

/// Labels in the UI's language; the bundle's own words (notes, names, changes) as written, in
/// the article's language and direction, each isolated so it cannot reorder the label beside it.
#[component]
pub fn ProvenancePanel(props: &ProvenancePanelProps) -> Html {
    let Some(p) = props.article.provenance.as_deref() else {
        return html! {};
    };
    let (strings, style) = (props.strings, props.style);
    let label = |text: &'static str| html! { <dt lang={strings.lang.code()} dir={strings.dir}>{ text }</dt> };
    html! {
        <section class="reader-provenance" aria-label={strings.provenance_heading}>
            <h2 lang={strings.lang.code()} dir={strings.dir}>{ strings.provenance_heading }</h2>
            <dl>
                if let Some(verification) = &p.verification {
                    { label(strings.verification_label) }
                    <dd class={classes!("verification", verification.status.as_str())}>
                        <strong lang={strings.lang.code()} dir={strings.dir}>{ status_text(strings, verification.status) }</strong>
                        if let Some(note) = &verification.note {
                            { " · " }<bdi>{ note }</bdi>
                        }
                    </dd>
                }
                if let Some(captured) = p.captured {
                    { label(strings.captured_label) }
                    <dd><DateLine date={Some(captured)} {style} {strings} /></dd>
                }
                if let Some(collector) = &p.collector {
                    { label(strings.collector_label) }
                    <dd><bdi>{ collector }</bdi></dd>
                }
                if let Some(hash) = &p.sha256 {
                    { label(strings.file_hash_label) }
                    <dd><code dir="ltr">{ hash }</code></dd>
                }
                if !p.archived.is_empty() {
                    { label(strings.archived_label) }
                    <dd>
                        <ul>
                            { for p.archived.iter().map(|copy| html! {
                                <li>
                                    <a href={copy.url.clone()} rel="noopener noreferrer"><bdi>{ &copy.archive }</bdi></a>
                                    if copy.captured.is_some() {
                                        { " " }<DateLine date={copy.captured} {style} {strings} />
                                    }
                                    <small class="print-only" dir="ltr">{ &copy.url }</small>
                                </li>
                            }) }
                        </ul>
                    </dd>
                }
                if !p.corrections.is_empty() {
                    { label(strings.corrections_label) }
                    <dd>
                        <ol>
                            { for p.corrections.iter().map(|correction| html! {
                                <li>
                                    <DateLine date={Some(ArticleDate::from_day(correction.date))} {style} {strings} />
                                    { " · " }<bdi>{ &correction.change }</bdi>
                                </li>
                            }) }
                        </ol>
                    </dd>
                }
            </dl>
        </section>
    }
}

fn status_text(strings: &Strings, status: VerificationStatus) -> &'static str {
    match status {
        VerificationStatus::Unverified => strings.status_unverified,
        VerificationStatus::Verified => strings.status_verified,
        VerificationStatus::Disputed => strings.status_disputed,
        VerificationStatus::Retracted => strings.status_retracted,
    }
}
