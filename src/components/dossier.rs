//! The dossier: the search's results or the marked articles as one document to print, shown
//! first on screen with its Print button. A cover says what it holds (the archive, the search's
//! words, filters, dates and order, or that these are the marked articles; the day it was made
//! and the count); then each article on its own pages, with its date, source, original and its
//! address in the archive, and its text. The page numbers and breaks are the print styles'.
//! A function, not a component: it keeps no state of its own.

use crate::catalogue::Catalogue;
use crate::components::cite_panel::article_address;
use crate::components::facet_panel::{facet_name, none_of};
use crate::components::print_record::{print, today};
use crate::components::reader::DateLine;
use crate::config::UrlBinding;
use crate::i18n::Strings;
use crate::location::{Location, Route};
use sahifa_core::format_date::DateStyle;
use sahifa_core::search::{FacetValue, SearchRequest, Sort};
use sahifa_core::value_names::value_name;
use sahifa_core::{Article, ArticleDate};
use yew::prelude::*;

/// What the dossier shows, and where it comes from.
pub struct DossierOf<'a> {
    pub catalogue: &'a Catalogue,
    pub positions: &'a [usize],
    /// The marked articles rather than the search's results.
    pub marked: bool,
    pub request: &'a SearchRequest,
    pub links: &'a UrlBinding,
    pub strings: &'static Strings,
    pub style: DateStyle,
    pub on_close: Callback<()>,
    /// The cover's heading, which takes the focus when the dossier opens.
    pub heading: NodeRef,
}

pub fn dossier(of: DossierOf) -> Html {
    let strings = of.strings;
    let articles: Vec<Html> =
        of.positions.iter().filter_map(|&i| of.catalogue.with_row(i, |a| article(&of, a))).collect();
    let day = |day| day_line(day, of.style, strings);
    let filters = &of.request.filters;
    let mut chosen: Vec<Html> = filters
        .facets
        .iter()
        .map(|(facet, values)| {
            let names: Vec<String> = values
                .iter()
                .map(|value| match value {
                    FacetValue::Value(v) => value_name(*facet, v, strings.lang).into_owned(),
                    FacetValue::Unknown => none_of(strings, *facet).to_owned(),
                })
                .collect();
            html! { <li>{ facet_name(strings, *facet) }{ ": " }<bdi>{ names.join("، ") }</bdi></li> }
        })
        .collect();
    if let Some(from) = filters.from {
        chosen.push(html! { <li>{ strings.date_from }{ " " }{ day(from) }</li> });
    }
    if let Some(to) = filters.to {
        chosen.push(html! { <li>{ strings.date_to }{ " " }{ day(to) }</li> });
    }
    let sort = match of.request.sort {
        Sort::Relevance => strings.sort_relevance,
        Sort::Newest => strings.sort_newest,
        Sort::Oldest => strings.sort_oldest,
    };
    let query = of.request.query.trim();
    html! {
        <section class="dossier" aria-labelledby="dossier-heading">
            <div class="dossier-tools">
                <button type="button" onclick={Callback::from(|_: MouseEvent| print())}>{ strings.dossier_print }</button>
                <button type="button" onclick={of.on_close.reform(|_: MouseEvent| ())}>{ strings.back_to_list }</button>
            </div>
            <header class="dossier-cover">
                <p class="dossier-archive"><bdi>{ of.catalogue.title() }</bdi></p>
                <h1 id="dossier-heading" ref={of.heading.clone()} tabindex="-1">{ strings.dossier_title }</h1>
                <dl>
                    { row(strings.dossier_from, text(if of.marked { strings.export_marked } else { strings.export_results })) }
                    if !of.marked {
                        { row(strings.dossier_query, if query.is_empty() { text(strings.dossier_none) } else { html! { <bdi>{ query.to_owned() }</bdi> } }) }
                        { row(strings.dossier_filters, if chosen.is_empty() { text(strings.dossier_none) } else { html! { <ul>{ for chosen }</ul> } }) }
                        { row(strings.sort_label, text(sort)) }
                    }
                    if let Some(made) = today() { { row(strings.dossier_made, day(made)) } }
                    { row(strings.dossier_count, html! { of.style.digits.apply(&articles.len().to_string()) }) }
                </dl>
                if matches!(of.catalogue, Catalogue::Archive(_)) {
                    <p>{ strings.dossier_archive_note }</p>
                }
            </header>
            { for articles }
        </section>
    }
}

/// A line of the cover. Functions rather than closures, so that each is compiled once, not at
/// every line that calls it.
#[inline(never)]
fn row(label: &str, value: Html) -> Html {
    html! { <><dt>{ label.to_owned() }</dt><dd>{ value }</dd></> }
}

#[inline(never)]
fn text(text: &'static str) -> Html {
    Html::from(text)
}

#[inline(never)]
fn day_line(day: time::Date, style: DateStyle, strings: &'static Strings) -> Html {
    html! { <DateLine date={Some(ArticleDate::from_day(day))} {style} {strings} /> }
}

/// One article of the dossier, which begins a page.
fn article(of: &DossierOf, article: &Article) -> Html {
    let strings = of.strings;
    let link = article_address(of.links, &Location::default().with_route(Route::Article(article.id.clone())));
    html! {
        <article class="dossier-article" key={article.id.clone()} lang={article.lang.clone()} dir={article.direction().as_attr()}>
            <h2>{ article.title.clone() }</h2>
            <p class="dossier-meta" lang={strings.lang.code()} dir={strings.dir}>
                <DateLine date={article.date} style={of.style} {strings} />
                if let Some(source) = &article.source {
                    { " · " }{ strings.source_label }{ ": " }<bdi>{ source.name.clone() }</bdi>
                }
                if let Some(publisher) = &article.publisher {
                    { " · " }<bdi>{ publisher.clone() }</bdi>
                }
            </p>
            <ul class="dossier-links" lang={strings.lang.code()} dir={strings.dir}>
                <li>{ strings.dossier_in_archive }{ ": " }<bdi dir="ltr">{ link }</bdi></li>
                if let Some(url) = &article.url {
                    <li>{ strings.original_url_label }{ ": " }<bdi dir="ltr">{ url.clone() }</bdi></li>
                }
            </ul>
            { for article.body.iter().map(|p| html! { <p>{ p.clone() }</p> }) }
        </article>
    }
}
