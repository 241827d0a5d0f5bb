//! The whole screen, from the app state it reads from `App`'s context: header, the bundle's
//! problems, and in the main landmark the progress, the error, the reader, or the search with its
//! facets, timeline and results. The components under it take what they show as props and report
//! through callbacks; only this one reaches the state.

use crate::catalogue::Catalogue;
use crate::chart_place::ChartPlace;
use crate::components::article_list::ArticleList;
use crate::components::bundle_problems::BundleProblems;
use crate::components::correction_note::CorrectionNote;
use crate::components::dossier::{dossier, DossierOf};
use crate::components::error_view::ErrorView;
use crate::components::export_panel::{export_panel, use_export_choice, ExportPanelOf};
use crate::components::facet_panel::FacetPanel;
use crate::components::keys_help::KeysHelp;
use crate::components::language_switch::LanguageSwitch;
use crate::components::loading_view::LoadingView;
use crate::components::reader::{Neighbour, Reader};
use crate::components::reader_controls::ReaderControls;
use crate::components::search_box::SearchBox;
use crate::components::timeline::Timeline;
use crate::config::UrlBinding;
use crate::hooks::use_css_from_data::use_own_css_from_data;
use crate::hooks::use_keys::use_keys;
use crate::hooks::use_marks::use_marks;
use crate::i18n::{ui_strings, Strings};
use crate::location::{Location, Route};
use crate::results::{search, Results};
use crate::settings::SettingsChange;
use crate::shared::SharedIndex;
use crate::state::{Action, AppContext, Load};
use sahifa_core::archive::answered_by_front;
use sahifa_core::bidi::without_overrides;
use sahifa_core::format_date::DateStyle;
use sahifa_core::long_text::label;
use sahifa_core::paragraph_ref::ParagraphRef;
use sahifa_core::search::{as_written, Facet, FacetValue, ParsedQuery, SearchRequest, Sort};
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
    /// Where this viewer keeps its place in the URL, which a copied link names.
    #[prop_or(UrlBinding::Hash)]
    pub links: UrlBinding,
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
    let bundle_lang = state.catalogue().map_or(UiLang::Arabic, Catalogue::ui_lang);
    // The reader's own choice first, then the deployer's, then the bundle's language.
    let strings = ui_strings(settings.ui_lang.or(props.ui_lang), bundle_lang);
    let style = DateStyle { digits: settings.digits, calendars: settings.calendars, ..DateStyle::default() };
    let title = state.catalogue().map_or(strings.app_name.to_owned(), Catalogue::title);
    let main = match &state.load {
        Load::Fetching { received, total, .. } => {
            let on_cancel = on_action.reform(|()| Action::Cancel);
            html! { <LoadingView received={*received} total={*total} {strings} {on_cancel} /> }
        }
        Load::Failed(error) => {
            let on_retry = on_action.reform(|()| Action::Retry);
            html! { <ErrorView error={error.clone()} {strings} {on_retry} embedded={props.embedded} /> }
        }
        Load::Ready(catalogue) => html! {
            <Browse catalogue={catalogue.clone()} index={state.index.clone()} route={state.route.clone()}
                search={state.search.clone()} chart={state.chart} paragraph={state.paragraph} {strings} {style}
                on_action={on_action.clone()} links={props.links.clone()} source={state.source.clone()} />
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
    let help = use_state(|| false);
    let on_key = use_keys(root.clone(), help.clone(), state.location(), on_action.clone(), props.embedded);
    html! {
        <div ref={root} class="page" part="page" lang={strings.lang.code()} dir={strings.dir} data-theme={settings.theme.as_attr()}
            data-css={css} onkeydown={props.embedded.then_some(on_key)}>
            <a class="skip-link" href="#main" onclick={skip}>{ strings.skip_to_content }</a>
            <header class="masthead">
                <p class="masthead-title"><a href={Route::List.to_hash()}>{ label(&title).into_owned() }</a></p>
                <div class="masthead-tools">
                    <LanguageSwitch current={strings.lang} on_change={on_lang} />
                    <ReaderControls {settings} on_change={on_settings} {strings} />
                </div>
            </header>
            // A sharded archive carries no findings: its writer left out the articles its bundle
            // skipped, and its chunks are read without a word (docs/archive-format.md).
            if let Some(bundle) = state.catalogue().and_then(Catalogue::bundle) {
                <BundleProblems bundle={bundle.clone()} {strings} />
            }
            <main ref={main_ref} id="main" class="content" tabindex="-1" aria-label={strings.main_landmark}>{ main }</main>
            if *help {
                <KeysHelp {strings} on_close={{ let help = help.clone(); Callback::from(move |()| help.set(false)) }} />
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct BrowseProps {
    catalogue: Catalogue,
    index: Option<SharedIndex>,
    route: Route,
    search: SearchRequest,
    chart: Option<ChartPlace>,
    paragraph: Option<ParagraphRef>,
    strings: &'static Strings,
    style: DateStyle,
    on_action: Callback<Action>,
    links: UrlBinding,
    /// What the page opened (a bundle, an archive's manifest): whose marks these are.
    source: AttrValue,
}

/// A loaded bundle or archive: the search and its results, or one article.
#[component]
fn Browse(props: &BrowseProps) -> Html {
    let fresh = use_memo(
        (props.catalogue.clone(), props.index.clone(), props.search.clone()),
        |(catalogue, index, request)| search(catalogue, index.as_ref().map(SharedIndex::index), request),
    );
    // While an archive fetches what a new search needs, the last results stay on screen (the
    // status says a search is on its way): a list that emptied at every keystroke would flash.
    let last = use_mut_ref(|| None::<Rc<Results>>);
    let marks = use_marks(&props.source);
    // The dossier on screen, of these articles (marked ones when `true`), in place of the list.
    let shown_dossier = use_state(|| None::<(Rc<Vec<usize>>, bool)>);
    let dossier_heading = use_node_ref();
    let export_choice = use_export_choice();
    {
        let heading = dossier_heading.clone();
        use_effect_with(shown_dossier.is_some(), move |open| {
            if let (true, Some(heading)) = (*open, heading.cast::<web_sys::HtmlElement>()) {
                let _ = heading.focus();
            }
        });
    }
    let fetching = matches!(props.catalogue, Catalogue::Archive(_)) && !fresh.ready;
    let results = if fetching {
        last.borrow().clone().unwrap_or_else(|| fresh.clone())
    } else {
        *last.borrow_mut() = Some(fresh.clone());
        fresh.clone()
    };
    {
        // What the screen needs from an archive and does not have: the search's files, and
        // the article open in the reader. The list asks for its own rows.
        // The last search whose files went ahead, and the one waiting for typing to pause: files
        // arriving for the first fetch what they lead to at once; a search being typed waits.
        let settled = use_mut_ref(|| (None::<SearchRequest>, None::<SearchRequest>));
        let deps = (props.catalogue.clone(), props.search.clone(), props.route.clone(), results.hits.clone());
        use_effect_with(deps, move |(catalogue, request, route, hits)| {
            if let Catalogue::Archive(shared) = catalogue {
                if !answered_by_front(request) {
                    let missing = shared.handle.archive.borrow().missing_for_search(request).unwrap_or_default();
                    // A word still being typed waits for a pause; a finished one goes at once.
                    let typing = ParsedQuery::parse(&request.query).words.iter().any(|w| !w.prefixes.is_empty());
                    let (went_ahead, waiting) = settled.borrow().clone();
                    if went_ahead.as_ref() != Some(request) && waiting.as_ref() != Some(request) {
                        // A new search: typed, if its words differ from the last one's.
                        let last = waiting.as_ref().or(went_ahead.as_ref());
                        shared.note_search(last.is_some_and(|last| last.query != request.query));
                    }
                    if typing && went_ahead.as_ref() != Some(request) {
                        // Files arriving for an earlier search do not restart the wait.
                        if waiting.as_ref() != Some(request) {
                            settled.borrow_mut().1 = Some(request.clone());
                            let (settled, request) = (settled.clone(), request.clone());
                            shared.want_settled(missing, move || *settled.borrow_mut() = (Some(request), None));
                        }
                    } else {
                        *settled.borrow_mut() = (Some(request.clone()), None);
                        shared.want_search(missing);
                    }
                }
                if let Route::Article(id) = route {
                    catalogue.want_article(id);
                    catalogue.want_rows(&around(catalogue, hits, id));
                }
            }
        });
    }
    let strings = props.strings;
    let location = Location {
        route: props.route.clone(),
        search: props.search.clone(),
        chart: props.chart,
        paragraph: props.paragraph,
    };
    let on_clear = props.on_action.reform(|()| Action::Search(SearchRequest::default()));
    match &props.route {
        Route::Article(id) => match props.catalogue.with_article(id, |a| Rc::new(a.clone())) {
            Some(article) => {
                let marked = marks.marked.contains(id);
                let on_mark = marks.on_toggle.reform({
                    let id = id.clone();
                    move |()| id.clone()
                });
                let (previous, next) = neighbours(&props.catalogue, &results.hits, id);
                let place = place_in(&props.catalogue, &results.hits, id).map(|at| (at + 1, results.hits.len()));
                html! {
                    <Reader {article} query={results.query.clone()} {location} {strings}
                        style={props.style} {previous} {next} {place} bundle={bundle_of(&props.catalogue)}
                        links={props.links.clone()} archive={props.catalogue.title()} {marked} {on_mark} />
                }
            }
            None if props.catalogue.has_article(id) != Some(false) => html! {
                <p class="loading" role="status">{ strings.article_loading }</p>
            },
            None => html! {
                <section class="not-found" role="alert">
                    <p>{ strings.not_found }</p>
                    // The id is the link's, which anyone can craft: shown as bundle text is.
                    <p><code dir="ltr">{ without_overrides(id).into_owned() }</code></p>
                    <a href={location.with_route(Route::List).to_hash()}>{ strings.back_to_list }</a>
                </section>
            },
        },
        Route::List if shown_dossier.is_some() => {
            let (positions, marked) = (*shown_dossier).clone().unwrap_or_default();
            let on_close = Callback::from(move |()| shown_dossier.set(None));
            dossier(DossierOf {
                catalogue: &props.catalogue,
                positions: &positions,
                marked,
                request: &props.search,
                links: &props.links,
                strings,
                style: props.style,
                on_close,
                heading: dossier_heading,
            })
        }
        Route::List => {
            let on_query = edit(&props.search, &props.on_action, |r, q: String| r.query = q);
            let on_sort = edit(&props.search, &props.on_action, |r, s: Sort| r.sort = s);
            let on_query_chosen = on_query.clone();
            let searched = results.query.clone();
            let on_as_written =
                edit(&props.search, &props.on_action, move |r, ()| r.query = as_written(&r.query, &searched));
            let on_toggle = edit(&props.search, &props.on_action, |r, (facet, bucket): (Facet, FacetValue)| {
                r.filters.toggle(facet, bucket)
            });
            let on_all = edit(&props.search, &props.on_action, |r, (facet, all): (Facet, bool)| {
                r.filters.require_all(facet, all)
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
            let ready = results.ready && !fetching;
            html! {
                <div class="browse">
                    <SearchBox query={props.search.query.clone()} sort={props.search.sort} count={results.hits.len()}
                        {ready} {fetching} {strings} {on_query} {on_sort} />
                    <div class="browse-columns">
                        <FacetPanel facets={results.facets.clone()} filters={filters.clone()} {strings}
                            {on_toggle} {on_all} {on_dates} on_clear={on_clear.clone()} offer_clear={!(ready && results.hits.is_empty())}
                            style={props.style} />
                        <div class="browse-results">
                            <CorrectionNote query={results.query.clone()} {strings} {on_as_written} />
                            <Timeline catalogue={props.catalogue.clone()} hits={results.timeline_hits.clone()} {selected}
                                {on_select} place={props.chart} on_place={props.on_action.reform(Action::Chart)} {strings} style={props.style} />
                            // Offered once the results are the search's: before, the list is every article.
                            if ready {
                                { export_panel(ExportPanelOf {
                                    catalogue: &props.catalogue,
                                    hits: &results.hits,
                                    marked: &marks.marked,
                                    strings,
                                    digits: props.style.digits,
                                    links: props.links.clone(),
                                    on_clear_marks: marks.on_clear.clone(),
                                    on_dossier: Callback::from(move |chosen| shown_dossier.set(Some(chosen))),
                                    choice: export_choice,
                                }) }
                            }
                            // A new search is a new list (from its first page); moving the chart is not.
                            <ArticleList key={Location { chart: None, ..location.clone() }.to_hash()} catalogue={props.catalogue.clone()} hits={results.hits.clone()}
                                ready={results.ready} query={results.query.clone()} location={location.clone()} {strings} style={props.style} {on_clear}
                                did_you_mean={results.did_you_mean.clone().map(AttrValue::from)} on_search={on_query_chosen}
                                marked={marks.marked.clone()} on_mark={marks.on_toggle.clone()} />
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
fn neighbours(catalogue: &Catalogue, hits: &[usize], id: &str) -> (Neighbour, Neighbour) {
    let entry = |i: usize| catalogue.with_row(i, |a| (a.id.clone(), a.title.clone()));
    let Some(at) = place_in(catalogue, hits, id) else { return (None, None) };
    let previous = at.checked_sub(1).and_then(|p| hits.get(p)).and_then(|&i| entry(i));
    (previous, hits.get(at + 1).and_then(|&i| entry(i)))
}

/// Where article `id` stands in `hits`.
fn place_in(catalogue: &Catalogue, hits: &[usize], id: &str) -> Option<usize> {
    let number = catalogue.position_of(id)?;
    hits.iter().position(|&i| i == number)
}

/// The articles on either side of `id` in `hits`.
fn around(catalogue: &Catalogue, hits: &[usize], id: &str) -> Vec<usize> {
    let Some(at) = place_in(catalogue, hits, id) else { return Vec::new() };
    [at.checked_sub(1), Some(at + 1)].into_iter().flatten().filter_map(|p| hits.get(p).copied()).collect()
}

/// The bundle behind the catalogue, for the reader's integrity check; a sharded archive has none.
fn bundle_of(catalogue: &Catalogue) -> Option<crate::shared::SharedBundle> {
    match catalogue {
        Catalogue::Bundle(bundle) => Some(bundle.clone()),
        Catalogue::Archive(_) => None,
    }
}
