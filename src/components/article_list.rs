//! The list of articles, newest first: each entry a link named by its title, with date and source.

use crate::components::reader::DateLine;
use crate::i18n::Strings;
use crate::route::Route;
use crate::state::SharedBundle;
use sahifa_core::format_date::DateStyle;
use yew::prelude::*;

/// How many entries the list adds at a time: a long archive should not put tens of thousands
/// of links into the page before the reader has seen the first screen.
pub const PAGE_SIZE: usize = 100;

#[derive(Properties, PartialEq)]
pub struct ArticleListProps {
    pub bundle: SharedBundle,
    pub strings: &'static Strings,
    pub style: DateStyle,
}

#[component]
pub fn ArticleList(props: &ArticleListProps) -> Html {
    let shown = use_state(|| PAGE_SIZE);
    let articles = &props.bundle.0.bundle.articles;
    let remaining = articles.len().saturating_sub(*shown);
    let show_more = {
        let shown = shown.clone();
        Callback::from(move |_| shown.set(*shown + PAGE_SIZE))
    };
    html! {
        <section class="article-list" aria-labelledby="articles-heading">
            <h1 id="articles-heading">{ props.strings.articles_heading }</h1>
            <ol class="entries">
                { for articles.iter().take(*shown).map(|article| html! {
                    <li class="entry" key={article.id.clone()} lang={article.lang.clone()} dir={article.direction().as_attr()}>
                        <a class="entry-title" href={Route::Article(article.id.clone()).to_hash()}>{ &article.title }</a>
                        <p class="entry-meta">
                            <DateLine date={article.date} lang={article.lang.clone()} style={props.style} strings={props.strings} />
                            if let Some(source) = &article.source {
                                <span class="entry-source">{ &source.name }</span>
                            }
                        </p>
                    </li>
                }) }
            </ol>
            if remaining > 0 {
                <button type="button" class="show-more" onclick={show_more}>
                    { more_label(props.strings, remaining.min(PAGE_SIZE), remaining) }
                </button>
            }
        </section>
    }
}

fn more_label(strings: &Strings, next: usize, remaining: usize) -> String {
    if strings.lang == "ar" {
        format!("عرض {next} مقالة أخرى (بقي {remaining})")
    } else {
        format!("Show {next} more ({remaining} left)")
    }
}
