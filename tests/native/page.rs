//! Server-side-rendered snapshots of the page in each state, rendered natively with Yew's
//! server renderer: what a reader's browser would be given, checked as HTML. The views inside it
//! that have their own snapshots (language switch, display settings: `reader`; the article:
//! `reader`; the timeline: `timeline`) show here as `…`, so each view is snapshotted once.

use crate::common::ssr::{check, elide, render};
use crate::common::{sample_state, ProvidedPage, ProvidedPageProps};
use expect_test::{expect, Expect};
use sahifa_core::digits::Digits;
use sahifa_core::parse_bundle;
use sahifa_core::search::{SearchIndex, SearchRequest};
use sahifa_web::limits::Limit;
use sahifa_web::location::{Location, Route};
use sahifa_web::results::searches_run;
use sahifa_web::settings::SettingsChange;
use sahifa_web::shared::{SharedBundle, SharedIndex};
use sahifa_web::state::{AppState, Load, LoadError};
use std::rc::Rc;

async fn render_page(state: AppState) -> String {
    render::<ProvidedPage>(ProvidedPageProps { state, embedded: false }).await
}

/// The whole page: the masthead, the notice and the main landmark.
fn check_page(html: &str, expect: Expect) {
    let html = elide(html, r#"<div role="group" aria-label="لغة الواجهة" class="language-switch">"#);
    let html = elide(&html, r#"<details class="reader-controls">"#);
    check(&elide(&html, r#"<section aria-labelledby="timeline-heading" class="timeline">"#), expect);
}

/// Only the main landmark: the masthead is the same in every state, and `check_page` shows it once.
fn main_landmark(html: &str) -> &str {
    let start = html.find("<main").expect("the page has a main landmark");
    let end = html.rfind("</main>").expect("the main landmark closes") + "</main>".len();
    &html[start..end]
}

async fn check_main(state: AppState, expect: Expect) {
    check(main_landmark(&render_page(state).await), expect);
}

#[tokio::test]
async fn the_list_shows_the_seed_article_as_a_link_named_by_its_title() {
    let html = render_page(sample_state(Route::List)).await;
    // What the elided views show follows the state: the bundle's language, the default settings.
    let arabic_pressed = r#"<button type="button" lang="ar" dir="rtl" aria-pressed="true">العربية</button>"#;
    assert!(html.contains(arabic_pressed), "{html}");
    assert!(html.contains(r#"<input checked type="radio" name="sahifa-theme">حسب النظام</label>"#), "{html}");
    check_page(
        &html,
        expect![[r##"
            <div part="page" lang="ar" dir="rtl" data-theme="system" data-css="--sahifa-text-size:1.25em;--sahifa-leading:1.9;--sahifa-measure-em:32" class="page">
            <a href="#main" class="skip-link">انتقل إلى المحتوى</a>
            <header class="masthead">
            <p class="masthead-title">
            <a href="#/">أرشيف مركز عدل لحقوق الإنسان</a>
            </p>
            <div class="masthead-tools">
            <div role="group" aria-label="لغة الواجهة" class="language-switch">…</div>
            <details class="reader-controls">…</details>
            </div>
            </header>
            <main id="main" tabindex="-1" aria-label="المحتوى الرئيسي" class="content">
            <div class="browse">
            <form role="search" class="search-box">
            <label for="search-query">ابحث في المقالات</label>
            <input value="" id="search-query" type="search" placeholder="كلمة، اسم، مكان… ويمكن استعمال &quot;عبارة&quot; و-استبعاد" autocomplete="off" dir="auto">
            <div class="search-status-row">
            <p role="status" aria-live="polite" class="search-status">جارٍ تجهيز البحث…</p>
            <label class="sort">الترتيب <select>
            <option value="relevance" disabled="disabled">الأكثر صلة</option>
            <option value="newest" selected="selected">الأحدث أولاً</option>
            <option value="oldest">الأقدم أولاً</option>
            </select>
            </label>
            </div>
            </form>
            <div class="browse-columns">
            <aside aria-labelledby="filters-heading" class="facet-panel">
            <button type="button" aria-expanded="false" aria-controls="filters-body" class="filters-button">التصفية</button>
            <div id="filters-body" class="filters-body">
            <h2 id="filters-heading">تصفية النتائج</h2>
            <fieldset class="date-range">
            <legend>الفترة</legend>
            <label>من تاريخ<input value="" id="date-from" type="text" inputmode="numeric" autocomplete="off" placeholder="يوم/شهر/سنة">
            </label>
            <label>إلى تاريخ<input value="" id="date-to" type="text" inputmode="numeric" autocomplete="off" placeholder="يوم/شهر/سنة">
            </label>
            </fieldset>
            <button type="button" class="clear-filters">مسح البحث والتصفية</button>
            </div>
            </aside>
            <div class="browse-results">
            <section aria-labelledby="timeline-heading" class="timeline">…</section>
            <section aria-labelledby="articles-heading" class="article-list">
            <h1 id="articles-heading">المقالات</h1>
            <ol class="entries">
            <li lang="ar" dir="rtl" class="entry">
            <input type="checkbox" aria-label="علِّم: متحدث التحالف الأسبق: هجوم “داعش” الأخير على سجن الحسكة رسالة إلى العالم" class="entry-mark">
            <a href="#/article/e5bda383449404da" class="entry-title">متحدث التحالف الأسبق: هجوم “داعش” الأخير على سجن الحسكة رسالة إلى العالم</a>
            <p class="entry-meta">
            <time datetime="2022-01-31" lang="ar" dir="rtl">الإثنين، 31 كانون الثاني (يناير) 2022</time>
            <bdi class="entry-source">نورث برس</bdi>
            </p>
            </li>
            </ol>
            </section>
            </div>
            </div>
            </div>
            </main>
            </div>"##]],
    );
}

#[tokio::test]
async fn the_reader_is_an_rtl_article_with_one_h1() {
    let html = render_page(sample_state(Route::Article("e5bda383449404da".into()))).await;
    assert_eq!(html.matches("<h1").count(), 1, "{html}");
    let article = r#"<article lang="ar" dir="rtl" class="reader">"#;
    assert!(html.contains(article), "{html}");
    assert_eq!(html.matches("<p>").count(), 16, "every body paragraph is rendered");
    check(
        &elide(main_landmark(&html), article),
        expect![[r##"
        <main id="main" tabindex="-1" aria-label="المحتوى الرئيسي" class="content">
        <nav aria-label="العودة إلى قائمة المقالات" class="reader-nav">
        <a href="#/">العودة إلى قائمة المقالات</a>
        </nav>
        <article lang="ar" dir="rtl" class="reader">…</article>
        </main>"##]],
    );
}

/// The id comes from the link, which anyone can craft: an override in it is shown as an isolate,
/// as bundle text is (the hostile-input journeys found it reversing the id's letters).
#[tokio::test]
async fn an_unknown_article_id_is_shown_without_its_overrides() {
    let html = render_page(sample_state(Route::Article("\u{202e}evil".into()))).await;
    assert!(html.contains("<code dir=\"ltr\">\u{2067}evil</code>"), "{html}");
}

#[tokio::test]
async fn an_unknown_article_id_says_so_and_links_back() {
    check_main(
        sample_state(Route::Article("missing".into())),
        expect![[r##"
            <main id="main" tabindex="-1" aria-label="المحتوى الرئيسي" class="content">
            <section role="alert" class="not-found">
            <p>لا توجد مقالة بهذا المعرّف في هذه الحزمة.</p>
            <p>
            <code dir="ltr">missing</code>
            </p>
            <a href="#/">العودة إلى قائمة المقالات</a>
            </section>
            </main>"##]],
    )
    .await;
}

#[tokio::test]
async fn loading_shows_progress() {
    let state = AppState {
        load: Load::Fetching { url: "big.json".into(), received: 1_500_000, total: Some(3_000_000) },
        ..AppState::new("big.json".into(), Location::default())
    };
    check_main(
        state,
        expect![[r#"
            <main id="main" tabindex="-1" aria-label="المحتوى الرئيسي" class="content">
            <section role="status" aria-live="polite" class="loading-view">
            <p>جارٍ تحميل المقالات…</p>
            <progress max="3000000" aria-label="جارٍ تحميل المقالات…" value="1500000">
            </progress>
            <p class="loading-amount">1.5 من 3.0 ميغابايت</p>
            <p class="loading-actions">
            <button type="button">إلغاء التحميل</button>
            </p>
            </section>
            </main>"#]],
    )
    .await;
}

#[tokio::test]
async fn the_progress_follows_the_digits_setting() {
    let mut state = AppState {
        load: Load::Fetching { url: "big.json".into(), received: 1_500_000, total: Some(3_000_000) },
        ..AppState::new("big.json".into(), Location::default())
    };
    state.settings = state.settings.apply(SettingsChange::Digits(Digits::ArabicIndic));
    let html = render_page(state).await;
    assert!(html.contains(r#"<p class="loading-amount">١.٥ من ٣.٠ ميغابايت</p>"#), "{html}");
}

#[tokio::test]
async fn an_http_error_names_the_url_and_status_and_offers_a_retry() {
    let error = LoadError::Http {
        url: "https://adl.example/missing.json".into(),
        status: 404,
        status_text: "Not Found".into(),
    };
    let state = AppState { load: Load::Failed(error), ..AppState::new(String::new(), Location::default()) };
    check_main(
        state,
        expect![[r#"
            <main id="main" tabindex="-1" aria-label="المحتوى الرئيسي" class="content">
            <section role="alert" aria-labelledby="error-heading" class="error-view">
            <h1 id="error-heading">تعذّر عرض المقالات</h1>
            <p>ردّ الخادم بخطأ. تحقق من أن الملف موجود في هذا العنوان ثم أعد المحاولة.</p>
            <p class="error-url">
            <code dir="ltr">https://adl.example/missing.json</code>
            </p>
            <p class="error-detail">
            <code dir="ltr" lang="en">HTTP 404 Not Found</code>
            </p>
            <p class="error-actions">
            <button type="button">إعادة المحاولة</button>
            <a href="?">فتح المقالة النموذجية</a>
            </p>
            </section>
            </main>"#]],
    )
    .await;
}

/// A `<sahifa-viewer>` lives on someone else's page: a link to `?` would navigate that page,
/// dropping its query and every other viewer's state. The retry acts on this viewer alone.
#[tokio::test]
async fn an_error_in_an_embedded_viewer_offers_nothing_that_leaves_the_host_page() {
    let error = LoadError::Http { url: "/archive/missing.json".into(), status: 404, status_text: "Not Found".into() };
    let state = AppState { load: Load::Failed(error), ..AppState::new(String::new(), Location::default()) };
    let html = render::<ProvidedPage>(ProvidedPageProps { state, embedded: true }).await;
    let actions = &html[html.find(r#"<p class="error-actions">"#).expect("the actions")..];
    check(
        &actions[..actions.find("</p>").expect("their end") + 4],
        expect![[r#"
            <p class="error-actions">
            <button type="button">إعادة المحاولة</button>
            </p>"#]],
    );
}

#[tokio::test]
async fn a_bundle_that_never_answers_says_so_and_offers_a_retry() {
    let error =
        LoadError::TimedOut { url: "https://adl.example/big.json".into(), limit: Limit::FirstByte, seconds: 30 };
    let state = AppState { load: Load::Failed(error), ..AppState::new(String::new(), Location::default()) };
    check_main(
        state,
        expect![[r#"
            <main id="main" tabindex="-1" aria-label="المحتوى الرئيسي" class="content">
            <section role="alert" aria-labelledby="error-heading" class="error-view">
            <h1 id="error-heading">تعذّر عرض المقالات</h1>
            <p>لم يردّ الخادم خلال 30 ثانية. قد يكون الاتصال بطيئًا أو الخادم متوقفًا: أعد المحاولة الآن أو بعد قليل.</p>
            <p class="error-url">
            <code dir="ltr">https://adl.example/big.json</code>
            </p>
            <p class="error-actions">
            <button type="button">إعادة المحاولة</button>
            <a href="?">فتح المقالة النموذجية</a>
            </p>
            </section>
            </main>"#]],
    )
    .await;
}

#[tokio::test]
async fn a_stalled_download_says_how_long_nothing_came_in_the_readers_digits() {
    let error = LoadError::TimedOut { url: "big.json".into(), limit: Limit::Stalled, seconds: 20 };
    let mut state = AppState { load: Load::Failed(error), ..AppState::new(String::new(), Location::default()) };
    state.settings = state.settings.apply(SettingsChange::Digits(Digits::ArabicIndic));
    let html = render_page(state).await;
    assert!(html.contains("<p>توقّف التحميل: لم يصل منه شيء خلال ٢٠ ثانية."), "{html}");
    assert!(html.contains(r#"<button type="button">إعادة المحاولة</button>"#), "{html}");
}

#[tokio::test]
async fn a_cancelled_load_says_so_and_offers_to_try_again() {
    let error = LoadError::Cancelled { url: "https://adl.example/big.json".into() };
    let state = AppState { load: Load::Failed(error), ..AppState::new(String::new(), Location::default()) };
    check_main(
        state,
        expect![[r#"
            <main id="main" tabindex="-1" aria-label="المحتوى الرئيسي" class="content">
            <section role="status" aria-labelledby="error-heading" class="error-view">
            <h1 id="error-heading">أُلغي التحميل</h1>
            <p>توقّف التحميل بطلب منك قبل وصول المقالات. أعد المحاولة لتحميلها من جديد.</p>
            <p class="error-url">
            <code dir="ltr">https://adl.example/big.json</code>
            </p>
            <p class="error-actions">
            <button type="button">إعادة المحاولة</button>
            <a href="?">فتح المقالة النموذجية</a>
            </p>
            </section>
            </main>"#]],
    )
    .await;
}

#[tokio::test]
async fn a_refused_origin_explains_why_without_a_retry() {
    let error = LoadError::Refused { url: "https://evil.example/x.json".into() };
    let state = AppState { load: Load::Failed(error), ..AppState::new(String::new(), Location::default()) };
    let html = render_page(state).await;
    assert!(!html.contains("<button type=\"button\">"), "{html}");
    assert!(html.contains("https://evil.example/x.json"));
}

#[tokio::test]
async fn article_text_is_escaped_never_interpreted_as_html() {
    let bundle = br#"{"sahifa":1,"title":"t","lang":"en","articles":[
        {"id":"x","title":"<img src=x onerror=alert(1)>","date":"2022-01-01","body":["<script>alert(1)</script>"]}]}"#;
    let loaded = parse_bundle(bundle).unwrap();
    let state = AppState {
        load: Load::Ready(SharedBundle(Rc::new(loaded)).into()),
        ..AppState::new(String::new(), Location { route: Route::Article("x".into()), ..Default::default() })
    };
    let html = render_page(state).await;
    assert!(!html.contains("<img"), "{html}");
    assert!(!html.contains("<script>"), "{html}");
    assert!(html.contains("&lt;script&gt;"), "{html}");
}

#[tokio::test]
async fn a_title_decoded_from_html_references_is_listed_as_text() {
    // `sahifa build` turns `&lt;script&gt;` in an escaped CMS export into the characters
    // `<script>` (crates/sahifa-cli/tests/data/escaped): plain text, which the list escapes.
    let bundle = br#"{"sahifa":1,"title":"t","lang":"ar","articles":[
        {"id":"e-2","title":"<script>alert(1)</script>","date":"2018-06-02","body":["x"]}]}"#;
    let state = AppState {
        load: Load::Ready(SharedBundle(Rc::new(parse_bundle(bundle).unwrap())).into()),
        ..AppState::new(String::new(), Location::default())
    };
    let html = render_page(state).await;
    assert!(!html.contains("<script>"), "{html}");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "{html}");
}

/// An Arabic bundle of `n` dated articles over two years and two sources, with no digit in any
/// article's own text, and three articles without a title (skipped).
fn digitless_bundle(n: usize) -> Vec<u8> {
    let letters = ["أ", "ب", "ت", "ث", "ج", "ح", "خ", "د"];
    let articles: Vec<String> = (0..n)
        .map(|i| {
            let name = format!("{}{}", letters[i % 8], letters[i / 8 % 8]);
            format!(
                r#"{{"id":"a{i}","title":"مقالة {name}","date":"{}-0{}-1{}","source":"{}","tags":["{}"],"body":["نص"]}}"#,
                2021 + i % 2,
                1 + i % 9,
                i % 10,
                ["وكالة", "إذاعة"][i % 2],
                ["سياسة", "اقتصاد", "ثقافة"][i % 3],
            )
        })
        .chain(["أ", "ب", "ت"].map(|name| format!(r#"{{"id":"untitled-{name}","body":["نص"]}}"#)))
        .collect();
    format!(r#"{{"sahifa":1,"title":"أرشيف","lang":"ar","articles":[{}]}}"#, articles.join(",")).into_bytes()
}

/// The list of `loaded`, its index built: what the page shows once search is ready.
fn indexed_state(loaded: SharedBundle) -> AppState {
    let index = SharedIndex(Rc::new(SearchIndex::build(&loaded.0.bundle.articles)));
    AppState {
        load: Load::Ready(loaded.into()),
        index: Some(index),
        ..AppState::new(String::new(), Location::default())
    }
}

/// The sample's list with its index built.
fn indexed_sample() -> AppState {
    let mut state = sample_state(Route::List);
    let bundle = state.bundle().expect("the sample is loaded").clone();
    state.index = Some(SharedIndex(Rc::new(SearchIndex::build(&bundle.0.bundle.articles))));
    state
}

/// The text a reader sees: the HTML without its tags (attributes hold machine values).
fn visible_text(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text
}

#[tokio::test]
async fn arabic_indic_digits_reach_every_number_the_list_shows() {
    // The result count, each facet's counts, the years, "show more" and the bundle's problems,
    // not only the dates and the timeline.
    let loaded = SharedBundle(Rc::new(parse_bundle(&digitless_bundle(53)).unwrap()));
    let mut state = indexed_state(loaded);
    state.settings = state.settings.apply(SettingsChange::Digits(Digits::ArabicIndic));
    let html = render_page(state).await;
    let problems = html.find(r#"class="bundle-problems"><details><summary>"#).expect("the problems");
    let problems = visible_text(&html[problems + r#"class="bundle-problems"><details>"#.len()..]);
    assert!(problems.starts_with("٣ مشكلات في بيانات هذا الأرشيف · ٣ مقالات لم تُعرض"), "{problems}");
    // Everything in the main landmark: the masthead's own "(123)" names the Western choice.
    let text = visible_text(main_landmark(&html));
    for expected in ["٥٣ نتيجة", "وكالة (٢٧)", "إذاعة (٢٦)", "سياسة (١٨)", "٢٠٢١ (٢٧)", "(بقي ٣)"]
    {
        assert!(text.contains(expected), "{expected:?} in {text}");
    }
    let western: Vec<_> =
        text.match_indices(|c: char| c.is_ascii_digit()).map(|(at, _)| &text[at.saturating_sub(40)..]).collect();
    assert!(
        western.is_empty(),
        "Western digits at {:?}",
        western.iter().map(|s| s.chars().take(30).collect::<String>()).collect::<Vec<_>>()
    );
}

#[tokio::test]
async fn a_keystroke_with_a_date_range_runs_one_search() {
    // The list, the facets and the timeline (which draws the matches in any period) all come
    // from one search, however many of them are on screen.
    let mut state = indexed_sample();
    state.search = SearchRequest::from_query_string("q=عدل&from=2022-01-01&to=2022-12-31&tag=x");
    let before = searches_run();
    let html = render_page(state).await;
    assert_eq!(searches_run() - before, 1, "one render, one search");
    assert!(html.contains("timeline"), "the timeline is on the page the search served");
}

#[tokio::test]
async fn no_results_say_so_once_and_the_timeline_does_not_blame_the_dates() {
    let mut state = indexed_sample();
    state.search = SearchRequest::from_query_string("q=كلمةلاتوجدفيالنموذج");
    let html = render_page(state).await;
    let text = visible_text(main_landmark(&html));
    assert!(text.contains("لا توجد مقالات تطابق هذا البحث."), "{text}");
    assert!(text.contains("لا نتائج يُرسم لها خط زمني."), "{text}");
    assert!(!text.contains("لا تاريخ لأي مقالة"), "the sample's article has a date: {text}");
    assert!(!text.contains("بلا تاريخ"), "no line about undated articles when there are none: {text}");
    assert_eq!(text.matches("مسح البحث والتصفية").count(), 1, "one way to clear: {text}");
}

#[tokio::test]
async fn the_english_ui_dates_an_arabic_article_in_english_and_draws_its_timeline_in_english() {
    let mut state = sample_state(Route::List);
    state.settings.ui_lang = Some(sahifa_core::UiLang::English);
    let html = render_page(state).await;
    let main = main_landmark(&html);
    let time = &main[main.find("<time").expect("a date")..];
    let time = &time[..time.find("</time>").unwrap()];
    assert!(time.contains(r#"lang="en" dir="ltr""#), "{time}");
    assert!(time.contains("January 2022"), "{time}");
    let arabic = |text: &str| text.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
    assert!(!arabic(time), "{time}");
    let timeline = &main[main.find(r#"class="timeline""#).expect("a timeline")..];
    // Up to the period's list, whose rows are the articles' own titles.
    let timeline = &timeline[..timeline.find(r#"class="tl-period-list""#).unwrap()];
    assert!(!arabic(&visible_text(timeline)), "{}", visible_text(timeline));
}

#[tokio::test]
async fn the_order_says_newest_first_until_there_are_words_to_rank_by() {
    let option = |html: &str, key: &str| {
        let at = html.find(&format!(r#"<option value="{key}""#)).expect("the option");
        html[at..at + html[at..].find('>').unwrap()].to_owned()
    };
    let mut state = sample_state(Route::List);
    let html = render_page(state.clone()).await;
    assert!(option(&html, "relevance").contains("disabled"), "{}", option(&html, "relevance"));
    assert!(option(&html, "newest").contains("selected"), "{}", option(&html, "newest"));
    state.search = SearchRequest::from_query_string("q=عدل");
    let html = render_page(state).await;
    assert!(!option(&html, "relevance").contains("disabled"), "{}", option(&html, "relevance"));
    assert!(option(&html, "relevance").contains("selected"), "{}", option(&html, "relevance"));
    assert!(!option(&html, "newest").contains("selected"), "{}", option(&html, "newest"));
}

#[tokio::test]
async fn a_snippets_ellipses_stay_with_their_words() {
    let mut state = indexed_sample();
    // A word from the middle of a long paragraph: its window is cut on both sides.
    state.search = SearchRequest::from_query_string("q=غويران");
    let html = render_page(state).await;
    let at = html.find(r#"class="entry-snippet""#).expect("a snippet");
    let snippet = &html[at..at + html[at..].find("</p>").unwrap()];
    assert!(snippet.contains("…\u{a0}") || snippet.contains("\u{a0}…"), "{snippet}");
    assert!(!snippet.contains("… ") && !snippet.contains(" …"), "an ellipsis a line could leave alone: {snippet}");
}

#[tokio::test]
async fn articles_without_a_value_are_listed_last_apart_and_named_by_what_they_lack() {
    // Ten articles, of which only three have a place: "no place" is the largest bucket, and
    // still comes after the places, as a bucket of its own rather than a place called "unknown".
    let articles: Vec<String> = (0..10)
        .map(|i| {
            let places =
                if i < 3 { format!(r#","places":["{}"]"#, ["حلب", "إدلب", "حمص"][i]) } else { String::new() };
            format!(r#"{{"id":"a{i}","title":"مقالة","date":"2021-01-0{}","body":["نص"]{places}}}"#, 1 + i % 9)
        })
        .collect();
    let bytes = format!(r#"{{"sahifa":1,"title":"أرشيف","lang":"ar","articles":[{}]}}"#, articles.join(","));
    let loaded = SharedBundle(Rc::new(parse_bundle(bytes.as_bytes()).unwrap()));
    let state = indexed_state(loaded);
    let html = render_page(state).await;
    let places = &html[html.find("<legend>الأماكن</legend>").expect("the places facet")..];
    let places = visible_text(&places[..places.find("</fieldset>").unwrap()]);
    let order: Vec<_> = ["حلب", "إدلب", "حمص", "بلا مكان (7)"].iter().map(|v| places.find(v)).collect();
    assert!(order.iter().all(Option::is_some), "{places}");
    assert!(order[3] > order[0].max(order[1]).max(order[2]), "no place comes last: {places}");
    assert!(!html.contains("غير معروف"), "no value called unknown");
    assert!(html.contains(r#"<li class="facet-none">"#), "set apart");
}

#[tokio::test]
async fn codes_in_facets_read_as_names() {
    let article = |id: &str, lang: &str, tag: &str| {
        format!(r#"{{"id":"{id}","title":"t","lang":"{lang}","tags":["{tag}"],"date":"2021-01-01","body":["نص"]}}"#)
    };
    let articles =
        [article("a", "ar", "middleEast"), article("b", "en", "internationalNews"), article("c", "ar", "sport")];
    let bytes = format!(r#"{{"sahifa":1,"title":"أرشيف","lang":"ar","articles":[{}]}}"#, articles.join(","));
    let loaded = SharedBundle(Rc::new(parse_bundle(bytes.as_bytes()).unwrap()));
    let html = render_page(indexed_state(loaded)).await;
    for name in [
        "<bdi>العربية</bdi>",
        "<bdi>الإنجليزية</bdi>",
        "<bdi>Middle East</bdi>",
        "<bdi>International News</bdi>",
        "<bdi>sport</bdi>",
    ] {
        assert!(html.contains(name), "{name} in {html}");
    }
    assert!(!html.contains("<bdi>ar</bdi>") && !html.contains("<bdi>middleEast</bdi>"), "no code shown as the name");
}

#[tokio::test]
async fn a_corrected_word_is_announced_with_the_way_back_to_it() {
    let mut state = indexed_sample();
    // التحالف with two letters swapped.
    state.search = SearchRequest::from_query_string("q=التحلاف");
    let html = render_page(state.clone()).await;
    let text = visible_text(main_landmark(&html));
    assert!(text.contains("النتائج عن تحالف؛ ابحث فقط عن التحلاف"), "{text}");
    assert!(text.contains("هجوم “داعش” الأخير على سجن الحسكة"), "the seed article is listed: {text}");
    // Searched as written, nothing is corrected and nothing is found.
    state.search = SearchRequest::from_query_string("q=\"التحلاف\"");
    let html = render_page(state.clone()).await;
    let text = visible_text(main_landmark(&html));
    assert!(!text.contains("النتائج عن"), "{text}");
    assert!(text.contains("لا توجد مقالات تطابق هذا البحث."), "{text}");
    state.settings.ui_lang = Some(sahifa_core::UiLang::English);
    state.search = SearchRequest::from_query_string("q=التحلاف");
    let text = visible_text(main_landmark(&render_page(state).await));
    assert!(text.contains("Results for تحالف; search only for التحلاف"), "{text}");
}

#[tokio::test]
async fn a_search_that_finds_nothing_offers_the_nearest_words() {
    let mut state = indexed_sample();
    // A phrase of two words of the seed, one misspelled: a phrase is searched as written.
    state.search = SearchRequest::from_query_string("q=\"سجن الحسكت\"");
    let text = visible_text(main_landmark(&render_page(state.clone()).await));
    assert!(text.contains("لا توجد مقالات تطابق هذا البحث."), "{text}");
    assert!(text.contains("هل تقصد: \"سجن الحسكه\""), "{text}");
    state.settings.ui_lang = Some(sahifa_core::UiLang::English);
    let text = visible_text(main_landmark(&render_page(state).await));
    assert!(text.contains("Did you mean: \"سجن الحسكه\""), "{text}");
}

/// The export panel of the page as rendered, from its opening tag to its close.
fn export_panel(html: &str) -> &str {
    let start = html.find(r#"<details class="export-panel">"#).expect("the export panel");
    let end = start + html[start..].find("</details>").expect("the panel closes") + "</details>".len();
    &html[start..end]
}

#[tokio::test]
async fn once_searchable_the_list_offers_the_results_in_four_formats_and_a_dossier() {
    check(
        export_panel(&render_page(indexed_sample()).await),
        expect![[r#"
            <details class="export-panel">
            <summary>التصدير والطباعة · لا مقالات معلَّمة</summary>
            <fieldset class="export-scope">
            <legend>ما يُصدَّر أو يُطبع</legend>
            <label>
            <input checked type="radio" name="export-scope">نتائج البحث (1)</label>
            <label>
            <input type="radio" name="export-scope">المقالات المعلَّمة (0)</label>
            </fieldset>
            <div class="export-actions">
            <button type="button">نزّل بصيغة CSV</button>
            <button type="button">نزّل بصيغة JSON</button>
            <button type="button">نزّل بصيغة BibTeX</button>
            <button type="button">نزّل بصيغة RIS</button>
            <button type="button">اعرض ملفًّا للطباعة</button>
            </div>
            <p role="status" class="export-status">
            </p>
            </details>"#]],
    );
}

#[tokio::test]
async fn a_search_that_finds_nothing_offers_no_download_and_says_what_to_do() {
    let mut state = indexed_sample();
    state.search = SearchRequest::from_query_string("q=كلمةلاتوجدفيالنموذج");
    let html = render_page(state).await;
    let panel = export_panel(&html);
    assert!(!panel.contains("نزّل بصيغة"), "{panel}");
    assert!(!panel.contains("اعرض ملفًّا للطباعة"), "{panel}");
    assert!(visible_text(panel).contains("لا شيء لتصديره: لا مقالة تطابق هذا البحث."), "{panel}");
}

#[tokio::test]
async fn before_the_index_there_is_no_export_of_every_article_as_if_it_were_the_results() {
    let html = render_page(sample_state(Route::List)).await;
    assert!(!html.contains("export-panel"), "{html}");
}
