//! The whole screen, from the app state it reads from `App`'s context: header, skipped-articles
//! notice, and in the main landmark the progress, the error, the reader, or the search with its
//! facets, timeline and results. The components under it take what they show as props and report
//! through callbacks; only this one reaches the state.

use crate::components::article_list::ArticleList;
use crate::components::error_view::ErrorView;
use crate::components::facet_panel::FacetPanel;
use crate::components::language_switch::LanguageSwitch;
use crate::components::loading_view::LoadingView;
use crate::components::reader::{Neighbour, Reader};
use crate::components::reader_controls::ReaderControls;
use crate::components::search_box::SearchBox;
use crate::components::skipped_notice::SkippedNotice;
use crate::components::timeline::Timeline;
use crate::hooks::use_css_from_data::use_own_css_from_data;
use crate::i18n::{ui_strings, Strings};
use crate::location::{Location, Route};
use crate::results::search;
use crate::settings::SettingsChange;
use crate::shared::{SharedBundle, SharedIndex};
use crate::state::{Action, AppContext, Load};
use sahifa_core::format_date::DateStyle;
use sahifa_core::search::{Facet, FacetValue, SearchRequest, Sort};
use sahifa_core::timeline::DateRange;
use sahifa_core::UiLang;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PageProps {
    /// The UI language the deployer chose; by default the bundle's language decides.
    #[prop_or_default]
    pub ui_lang: Option<UiLang>,
    /// A `<sahifa-viewer>` on a host's page rather than the standalone page.
    #[prop_or_default]
    pub embedded: bool,
}

#[component]
pub fn Page(props: &PageProps) -> Html {
    let state = use_context::<AppContext>().expect("Page is rendered inside App's context provider");
    let on_action = {
        let dispatcher = state.dispatcher();
        Callback::from(move |action| dispatcher.dispatch(action))
    };
    let settings = state.settings;
    // Arabic until a bundle says otherwise: sahifa is Arabic first.
    let bundle_lang = state.bundle().map_or(UiLang::Arabic, SharedBundle::ui_lang);
    // The reader's own choice first, then the deployer's, then the bundle's language.
    let strings = ui_strings(settings.ui_lang.or(props.ui_lang), bundle_lang);
    let style = DateStyle { digits: settings.digits, ..DateStyle::default() };
    let title = state.bundle().map_or(strings.app_name.to_owned(), |b| b.bundle().title.clone());
    let main = match &state.load {
        Load::Fetching { received, total, .. } => {
            html! { <LoadingView received={*received} total={*total} {strings} /> }
        }
        Load::Failed(error) => {
            let on_retry = on_action.reform(|()| Action::Retry);
            html! { <ErrorView error={error.clone()} {strings} {on_retry} embedded={props.embedded} /> }
        }
        Load::Ready(bundle) => html! {
            <Browse bundle={bundle.clone()} index={state.index.clone()} route={state.route.clone()}
                search={state.search.clone()} {strings} {style} on_action={on_action.clone()} />
        },
    };
    let on_settings = on_action.reform(Action::Settings);
    let on_lang = on_settings.reform(move |lang| settings.apply(SettingsChange::UiLang(Some(lang))));
    let root = use_node_ref();
    // Only the page's own declarations: the parts inside that write `data-css` apply theirs.
    let css = settings.css_vars();
    use_own_css_from_data(root.clone(), css.clone());
    // The skip link moves focus itself: a `#main` hash would be taken for a route, and in an
    // embedded viewer it would change the host page's URL.
    let main_ref = use_node_ref();
    let skip = {
        let main_ref = main_ref.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            if let Some(main) = main_ref.cast::<web_sys::HtmlElement>() {
                let _ = main.focus();
            }
        })
    };
    html! {
        <div ref={root} class="page" part="page" lang={strings.lang.code()} dir={strings.dir} data-theme={settings.theme.as_attr()}
            data-css={css}>
            <a class="skip-link" href="#main" onclick={skip}>{ strings.skip_to_content }</a>
            <header class="masthead">
                <p class="masthead-title"><a href={Route::List.to_hash()}>{ title }</a></p>
                <div class="masthead-tools">
                    <LanguageSwitch current={strings.lang} on_change={on_lang} />
                    <ReaderControls {settings} on_change={on_settings} {strings} />
                </div>
            </header>
            if let Some(bundle) = state.bundle() {
                <SkippedNotice skipped={bundle.skipped().cloned().collect::<Vec<_>>()} {strings} />
            }
            <main ref={main_ref} id="main" class="content" tabindex="-1" aria-label={strings.main_landmark}>{ main }</main>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct BrowseProps {
    bundle: SharedBundle,
    index: Option<SharedIndex>,
    route: Route,
    search: SearchRequest,
    strings: &'static Strings,
    style: DateStyle,
    on_action: Callback<Action>,
}

/// A loaded bundle: the search and its results, or one article.
#[component]
fn Browse(props: &BrowseProps) -> Html {
    let results =
        use_memo((props.bundle.clone(), props.index.clone(), props.search.clone()), |(bundle, index, request)| {
            search(bundle.bundle(), index.as_ref().map(SharedIndex::index), request)
        });
    let strings = props.strings;
    let location = Location { route: props.route.clone(), search: props.search.clone() };
    let on_clear = props.on_action.reform(|()| Action::Search(SearchRequest::default()));
    match &props.route {
        Route::Article(id) => match props.bundle.bundle().article(id) {
            Some(article) => {
                let (previous, next) = neighbours(&props.bundle, &results.hits, id);
                html! {
                    <Reader article={Rc::new(article.clone())} query={results.query.clone()} {location} {strings}
                        style={props.style} {previous} {next} />
                }
            }
            None => html! {
                <section class="not-found" role="alert">
                    <p>{ strings.not_found }</p>
                    <p><code dir="ltr">{ id }</code></p>
                    <a href={location.with_route(Route::List).to_hash()}>{ strings.back_to_list }</a>
                </section>
            },
        },
        Route::List => {
            let on_query = edit(&props.search, &props.on_action, |r, q: String| r.query = q);
            let on_sort = edit(&props.search, &props.on_action, |r, s: Sort| r.sort = s);
            let on_toggle = edit(&props.search, &props.on_action, |r, (facet, bucket): (Facet, FacetValue)| {
                r.filters.toggle(facet, bucket)
            });
            let on_dates =
                edit(&props.search, &props.on_action, |r, (from, to): (Option<time::Date>, Option<time::Date>)| {
                    r.filters.from = from;
                    r.filters.to = to;
                });
            let on_select = edit(&props.search, &props.on_action, |r, range: Option<DateRange>| {
                r.filters.from = range.map(|d| d.from);
                r.filters.to = range.map(|d| d.to);
            });
            let filters = &props.search.filters;
            let selected = filters.from.zip(filters.to).map(|(from, to)| DateRange::new(from, to));
            html! {
                <div class="browse">
                    <SearchBox query={props.search.query.clone()} sort={props.search.sort} count={results.hits.len()}
                        ready={results.ready} {strings} {on_query} {on_sort} />
                    <div class="browse-columns">
                        <FacetPanel facets={results.facets.clone()} filters={filters.clone()} {strings}
                            {on_toggle} {on_dates} on_clear={on_clear.clone()} />
                        <div class="browse-results">
                            <Timeline bundle={props.bundle.clone()} hits={results.timeline_hits.clone()} {selected}
                                {on_select} {strings} style={props.style} />
                            <ArticleList key={location.to_hash()} bundle={props.bundle.clone()} hits={results.hits.clone()}
                                query={results.query.clone()} location={location.clone()} {strings} style={props.style} {on_clear} />
                        </div>
                    </div>
                </div>
            }
        }
    }
}

/// A callback that applies one edit to the current search and dispatches the result.
fn edit<T: 'static>(
    request: &SearchRequest,
    on_action: &Callback<Action>,
    apply: impl Fn(&mut SearchRequest, T) + 'static,
) -> Callback<T> {
    let (request, on_action) = (request.clone(), on_action.clone());
    Callback::from(move |value| {
        let mut next = request.clone();
        apply(&mut next, value);
        on_action.emit(Action::Search(next));
    })
}

/// The articles before and after `id` in the list the reader came from (the current results),
/// as the reader's previous and next links.
fn neighbours(bundle: &SharedBundle, hits: &[usize], id: &str) -> (Neighbour, Neighbour) {
    let articles = bundle.articles();
    let Some(at) = hits.iter().position(|&i| articles.get(i).is_some_and(|a| a.id == id)) else {
        return (None, None);
    };
    let entry = |i: Option<&usize>| i.and_then(|&i| articles.get(i)).map(|a| (a.id.clone(), a.title.clone()));
    (entry(at.checked_sub(1).and_then(|p| hits.get(p))), entry(hits.get(at + 1)))
}
