//! Server-side-rendered snapshots of the timeline on the sample bundle: the chart, its text
//! alternative, the event marker and the list, as HTML. The page's snapshot leaves it out.

use crate::common::ssr::{check, render};
use crate::common::{sample, timeline_props, timeline_props_in};
use expect_test::expect;
use sahifa_core::timeline::DateRange;
use sahifa_web::components::timeline::{Timeline, MAX_BARS};
use sahifa_web::i18n::ENGLISH;
use sahifa_web::shared::SharedBundle;
use std::rc::Rc;
use yew::Callback;

async fn render_timeline(selected: Option<DateRange>) -> String {
    render::<Timeline>(timeline_props(sample(), selected, Callback::from(|_| ()))).await
}

#[tokio::test]
async fn the_sample_gives_a_right_to_left_chart_of_days_with_its_event() {
    check(
        &render_timeline(None).await,
        expect![[r##"
            <section aria-labelledby="timeline-heading" class="timeline">
            <h2 id="timeline-heading">الخط الزمني</h2>
            <button type="button" aria-expanded="false" aria-controls="timeline-body" class="timeline-button">الخط الزمني</button>
            <div id="timeline-body" class="timeline-body">
            <p class="tl-summary">مقالة واحدة، من 20 إلى 31 كانون الثاني (يناير) 2022</p>
            <div class="tl-toolbar">
            <div dir="rtl" class="tl-tools">
            <button type="button">
            <span aria-hidden="true">→</span> أقدم</button>
            <button type="button">
            <span aria-hidden="true">←</span> أحدث</button>
            </div>
            <div class="tl-tools">
            <button type="button">
            <span aria-hidden="true">+</span> تكبير</button>
            <button type="button">
            <span aria-hidden="true">−</span> تصغير</button>
            <button type="button">كل المدة</button>
            </div>
            <div role="group" aria-label="المقياس" class="tl-tools">
            <button type="button" aria-pressed="false">سنة</button>
            <button type="button" aria-pressed="false">شهر</button>
            <button type="button" aria-pressed="false">أسبوع</button>
            <button type="button" aria-pressed="true">يوم</button>
            </div>
            <div class="tl-tools">
            <button type="button" aria-pressed="false">عكس اتجاه الزمن</button>
            </div>
            </div>
            <div dir="rtl" class="tl-chart">
            <div role="toolbar" aria-label="أحداث" data-css="grid-template-columns: repeat(12, minmax(0, 1fr))" class="tl-markers">
            <span data-css="grid-column: 1 / 3" class="tl-marker-cell">
            <a href="#/article/e5bda383449404da" tabindex="0" aria-label="هجوم خلايا من “داعش” على سجن “الصناعة” في حي “غويران” بالحسكة" title="هجوم خلايا من “داعش” على سجن “الصناعة” في حي “غويران” بالحسكة" lang="ar" class="tl-marker">
            <span aria-hidden="true">◆</span>
            </a>
            </span>
            </div>
            <div id="timeline-events" hidden="hidden" class="tl-event-list">
            </div>
            <div role="listbox" aria-multiselectable="true" aria-orientation="horizontal" aria-label="عدد المقالات في كل فترة" aria-describedby="timeline-keys" data-css="grid-template-columns: repeat(12, minmax(0, 1fr))" class="tl-bars">
            <div role="option" tabindex="-1" aria-selected="false" aria-label="الخميس، 20 كانون الثاني (يناير) 2022: لا مقالات" class="tl-bar">
            <span data-css="block-size: 0.0%" class="tl-fill">
            </span>
            </div>
            <div role="option" tabindex="-1" aria-selected="false" aria-label="الجمعة، 21 كانون الثاني (يناير) 2022: لا مقالات" class="tl-bar">
            <span data-css="block-size: 0.0%" class="tl-fill">
            </span>
            </div>
            <div role="option" tabindex="-1" aria-selected="false" aria-label="السبت، 22 كانون الثاني (يناير) 2022: لا مقالات" class="tl-bar">
            <span data-css="block-size: 0.0%" class="tl-fill">
            </span>
            </div>
            <div role="option" tabindex="-1" aria-selected="false" aria-label="الأحد، 23 كانون الثاني (يناير) 2022: لا مقالات" class="tl-bar">
            <span data-css="block-size: 0.0%" class="tl-fill">
            </span>
            </div>
            <div role="option" tabindex="-1" aria-selected="false" aria-label="الإثنين، 24 كانون الثاني (يناير) 2022: لا مقالات" class="tl-bar">
            <span data-css="block-size: 0.0%" class="tl-fill">
            </span>
            </div>
            <div role="option" tabindex="-1" aria-selected="false" aria-label="الثلاثاء، 25 كانون الثاني (يناير) 2022: لا مقالات" class="tl-bar">
            <span data-css="block-size: 0.0%" class="tl-fill">
            </span>
            </div>
            <div role="option" tabindex="-1" aria-selected="false" aria-label="الأربعاء، 26 كانون الثاني (يناير) 2022: لا مقالات" class="tl-bar">
            <span data-css="block-size: 0.0%" class="tl-fill">
            </span>
            </div>
            <div role="option" tabindex="-1" aria-selected="false" aria-label="الخميس، 27 كانون الثاني (يناير) 2022: لا مقالات" class="tl-bar">
            <span data-css="block-size: 0.0%" class="tl-fill">
            </span>
            </div>
            <div role="option" tabindex="-1" aria-selected="false" aria-label="الجمعة، 28 كانون الثاني (يناير) 2022: لا مقالات" class="tl-bar">
            <span data-css="block-size: 0.0%" class="tl-fill">
            </span>
            </div>
            <div role="option" tabindex="-1" aria-selected="false" aria-label="السبت، 29 كانون الثاني (يناير) 2022: لا مقالات" class="tl-bar">
            <span data-css="block-size: 0.0%" class="tl-fill">
            </span>
            </div>
            <div role="option" tabindex="-1" aria-selected="false" aria-label="الأحد، 30 كانون الثاني (يناير) 2022: لا مقالات" class="tl-bar">
            <span data-css="block-size: 0.0%" class="tl-fill">
            </span>
            </div>
            <div role="option" tabindex="0" aria-selected="false" aria-label="الإثنين، 31 كانون الثاني (يناير) 2022: مقالة واحدة" class="tl-bar">
            <span data-css="block-size: 100.0%" class="tl-fill">
            </span>
            </div>
            </div>
            <p id="timeline-keys" class="visually-hidden">الأسهم للتنقل بين الفترات، Enter أو المسافة لتحديد فترة، Shift مع الأسهم لمدّ التحديد، + و - للتكبير والتصغير، PageUp و PageDown للانتقال، Escape لإلغاء التحديد.</p>
            <div aria-hidden="true" data-css="grid-template-columns: repeat(12, minmax(0, 1fr))" class="tl-axis">
            <span data-css="grid-column: 1" class="tl-tick">20</span>
            <span data-css="grid-column: 2" class="tl-tick">21</span>
            <span data-css="grid-column: 3" class="tl-tick">22</span>
            <span data-css="grid-column: 4" class="tl-tick">23</span>
            <span data-css="grid-column: 5" class="tl-tick">24</span>
            <span data-css="grid-column: 6" class="tl-tick">25</span>
            <span data-css="grid-column: 7" class="tl-tick">26</span>
            <span data-css="grid-column: 8" class="tl-tick">27</span>
            <span data-css="grid-column: 9" class="tl-tick">28</span>
            <span data-css="grid-column: 10" class="tl-tick">29</span>
            <span data-css="grid-column: 11" class="tl-tick">30</span>
            <span data-css="grid-column: 12" class="tl-tick">31</span>
            </div>
            </div>
            <p role="status" aria-live="polite" class="tl-selection">
            </p>
            <details class="tl-table">
            <summary>جدول الأعداد</summary>
            <table>
            <thead>
            <tr>
            <th scope="col">الفترة</th>
            <th scope="col">عدد المقالات</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <th scope="row">الخميس، 20 كانون الثاني (يناير) 2022</th>
            <td>لا مقالات</td>
            </tr>
            <tr>
            <th scope="row">الجمعة، 21 كانون الثاني (يناير) 2022</th>
            <td>لا مقالات</td>
            </tr>
            <tr>
            <th scope="row">السبت، 22 كانون الثاني (يناير) 2022</th>
            <td>لا مقالات</td>
            </tr>
            <tr>
            <th scope="row">الأحد، 23 كانون الثاني (يناير) 2022</th>
            <td>لا مقالات</td>
            </tr>
            <tr>
            <th scope="row">الإثنين، 24 كانون الثاني (يناير) 2022</th>
            <td>لا مقالات</td>
            </tr>
            <tr>
            <th scope="row">الثلاثاء، 25 كانون الثاني (يناير) 2022</th>
            <td>لا مقالات</td>
            </tr>
            <tr>
            <th scope="row">الأربعاء، 26 كانون الثاني (يناير) 2022</th>
            <td>لا مقالات</td>
            </tr>
            <tr>
            <th scope="row">الخميس، 27 كانون الثاني (يناير) 2022</th>
            <td>لا مقالات</td>
            </tr>
            <tr>
            <th scope="row">الجمعة، 28 كانون الثاني (يناير) 2022</th>
            <td>لا مقالات</td>
            </tr>
            <tr>
            <th scope="row">السبت، 29 كانون الثاني (يناير) 2022</th>
            <td>لا مقالات</td>
            </tr>
            <tr>
            <th scope="row">الأحد، 30 كانون الثاني (يناير) 2022</th>
            <td>لا مقالات</td>
            </tr>
            <tr>
            <th scope="row">الإثنين، 31 كانون الثاني (يناير) 2022</th>
            <td>مقالة واحدة</td>
            </tr>
            </tbody>
            </table>
            </details>
            <details class="tl-period-list">
            <summary>مقالات الفترة</summary>
            <div role="region" aria-label="مقالات الفترة" tabindex="0" data-css="max-block-size: 432px" class="tl-list">
            <ul data-css="block-size: 72px">
            <li data-css="inset-block-start: 0px; block-size: 36px" aria-setsize="2" aria-posinset="1" class="tl-row tl-group">الإثنين، 31 كانون الثاني (يناير) 2022 · مقالة واحدة</li>
            <li data-css="inset-block-start: 36px; block-size: 36px" aria-setsize="2" aria-posinset="2" lang="ar" dir="rtl" class="tl-row">
            <a href="#/article/e5bda383449404da">متحدث التحالف الأسبق: هجوم “داعش” الأخير على سجن الحسكة رسالة إلى العالم</a>
            </li>
            </ul>
            </div>
            </details>
            </div>
            </section>"##]],
    );
}

#[tokio::test]
async fn a_range_that_matches_nothing_says_so_and_is_announced() {
    let day = |d: &str| sahifa_core::ArticleDate::parse(d).unwrap().day;
    let html = render_timeline(Some(DateRange::new(day("2022-01-24"), day("2022-01-25")))).await;
    assert!(html.contains("لا مقالات في هذه الفترة."), "{html}");
    assert!(html.contains(r#"<p role="status" aria-live="polite" class="tl-selection">الفترة المحددة: من 24 إلى 25 كانون الثاني (يناير) 2022، لا مقالات</p>"#), "{html}");
    assert_eq!(html.matches(r#"aria-selected="true""#).count(), 2, "{html}");
    assert!(html.contains("إلغاء تحديد الفترة"), "the clear button shows");
}

#[tokio::test]
async fn an_english_ui_on_an_arabic_bundle_hears_the_chart_in_english() {
    let day = |d: &str| sahifa_core::ArticleDate::parse(d).unwrap().day;
    let selected = Some(DateRange::new(day("2022-01-24"), day("2022-01-31")));
    let html = render::<Timeline>(timeline_props_in(&ENGLISH, sample(), selected, Callback::from(|_| ()))).await;
    for english in [
        r#"<p class="tl-summary">1 article, 20–31 January 2022</p>"#,
        r#"aria-label="Monday, 31 January 2022: 1 article""#,
        r#"<p role="status" aria-live="polite" class="tl-selection">Selected: 24–31 January 2022, 1 article</p>"#,
        r#"<th scope="row">Thursday, 20 January 2022</th>"#,
        "Monday, 31 January 2022 · 1 article</li>",
    ] {
        assert!(html.contains(english), "{english} in {html}");
    }
    // Time runs as the UI reads, older on the left, whatever the bundle's language.
    assert!(html.contains(r#"<div dir="ltr" class="tl-chart">"#), "{html}");
    // The one Arabic left is the articles' own text, each in an element that says it is Arabic.
    let arabic = |text: &str| text.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
    for line in html.replace("><", ">\n<").lines().filter(|line| arabic(line)) {
        assert!(
            line.contains(r#"lang="ar""#) || line.starts_with("<a href="),
            "an Arabic label in an English UI: {line}"
        );
    }
}

#[tokio::test]
async fn the_ends_of_the_calendar_open_on_a_bounded_chart() {
    // Too few articles for the typo'd years to count as outliers: the chart opens on them all.
    let json = r#"{"sahifa": 1, "title": "أرشيف", "lang": "ar", "articles": [
        {"id": "a", "title": "صفر", "date": "0000-01-01", "body": ["نص"]},
        {"id": "b", "title": "وسط", "date": "2022-01-31", "body": ["نص"]},
        {"id": "c", "title": "نهاية", "date": "9999-12-31", "body": ["نص"]}]}"#;
    let bundle = SharedBundle(Rc::new(sahifa_core::parse_bundle(json.as_bytes()).unwrap()));
    let html = render::<Timeline>(timeline_props(bundle, None, Callback::from(|_| ()))).await;
    let elements =
        html.match_indices('<').filter(|(i, _)| html[i + 1..].starts_with(|c: char| c.is_ascii_alphabetic())).count();
    let bars = html.matches(r#"role="option""#).count();
    assert!(bars <= MAX_BARS as usize, "{bars} bars");
    assert!(elements < 1500, "{elements} elements, {bars} bars");
}

#[tokio::test]
async fn a_place_in_the_url_opens_the_chart_at_its_scale_and_direction() {
    let day = |d: &str| sahifa_core::ArticleDate::parse(d).unwrap().day;
    let place = sahifa_web::chart_place::ChartPlace {
        scale: sahifa_core::timeline::Scale::Month,
        at: day("2022-01-01"),
        flipped: true,
    };
    let props = sahifa_web::components::timeline::TimelineProps {
        place: Some(place),
        ..timeline_props(sample(), None, Callback::from(|_| ()))
    };
    let html = render::<Timeline>(props).await;
    assert!(html.contains(r#"<button type="button" aria-pressed="true">شهر</button>"#), "the month scale: {html}");
    assert!(html.contains(r#"<div dir="ltr" class="tl-chart">"#), "reversed, in the Arabic UI: {html}");
    assert!(html.contains(r#"<button type="button" aria-pressed="true">عكس اتجاه الزمن</button>"#), "{html}");
}
