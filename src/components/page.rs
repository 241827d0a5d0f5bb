//! The whole screen as a pure function of the app state: header, skipped-articles notice, and
//! the list, the reader, the progress or the error in the main landmark.

use crate::components::article_list::ArticleList;
use crate::components::digits_toggle::DigitsToggle;
use crate::components::error_view::ErrorView;
use crate::components::loading_view::LoadingView;
use crate::components::reader::Reader;
use crate::components::skipped_notice::SkippedNotice;
use crate::i18n::{strings_for, Strings};
use crate::route::Route;
use crate::state::{Action, AppState, Load, SharedBundle};
use sahifa_core::format_date::DateStyle;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PageProps {
    pub state: AppState,
    pub on_action: Callback<Action>,
}

#[component]
pub fn Page(props: &PageProps) -> Html {
    let state = &props.state;
    let strings = strings_for(state.bundle().map_or("ar", |b| b.0.bundle.lang.as_str()));
    let style = DateStyle { digits: state.digits, ..DateStyle::default() };
    let title = state.bundle().map_or(strings.app_name.to_owned(), |b| b.0.bundle.title.clone());
    let main = match &state.load {
        Load::Fetching { received, total, .. } => {
            html! { <LoadingView received={*received} total={*total} {strings} /> }
        }
        Load::Failed(error) => {
            let on_retry = props.on_action.reform(|()| Action::Retry);
            html! { <ErrorView error={error.clone()} {strings} {on_retry} /> }
        }
        Load::Ready(bundle) => ready_view(bundle, &state.route, strings, style),
    };
    let on_toggle = props.on_action.reform(|()| Action::ToggleDigits);
    html! {
        <div class="page" lang={strings.lang} dir={strings.dir}>
            <header class="masthead">
                <p class="masthead-title"><a href={Route::List.to_hash()}>{ title }</a></p>
                <DigitsToggle digits={state.digits} {strings} {on_toggle} />
            </header>
            if let Some(bundle) = state.bundle() {
                <SkippedNotice skipped={bundle.0.skipped().cloned().collect::<Vec<_>>()} {strings} />
            }
            <main id="main" class="content" aria-label={strings.main_landmark}>{ main }</main>
        </div>
    }
}

fn ready_view(bundle: &SharedBundle, route: &Route, strings: &'static Strings, style: DateStyle) -> Html {
    match route {
        Route::List => html! { <ArticleList bundle={bundle.clone()} {strings} {style} /> },
        Route::Article(id) => match bundle.0.bundle.article(id) {
            Some(article) => html! { <Reader article={Rc::new(article.clone())} {strings} {style} /> },
            None => html! {
                <section class="not-found" role="alert">
                    <p>{ strings.not_found }</p>
                    <p><code dir="ltr">{ id }</code></p>
                    <a href={Route::List.to_hash()}>{ strings.back_to_list }</a>
                </section>
            },
        },
    }
}
