//! Server-side-rendered snapshots of the page in each state, rendered natively with Yew's
//! ServerRenderer: what a reader's browser would be given, checked as HTML.

#![cfg(not(target_arch = "wasm32"))]

use expect_test::{expect, Expect};
use sahifa_core::location::{Location, Route};
use sahifa_core::parse_bundle;
use sahifa_web::components::page::Page;
use sahifa_web::shared::SharedBundle;
use sahifa_web::state::{AppContext, AppState, Load, LoadError};
use std::rc::Rc;
use yew::prelude::*;
use yew::LocalServerRenderer;

const SAMPLE: &[u8] = include_bytes!("../static/sample/bundle.json");

fn sample_state(route: Route) -> AppState {
    let loaded = parse_bundle(SAMPLE).expect("the sample bundle reads");
    AppState {
        load: Load::Ready(SharedBundle(Rc::new(loaded))),
        ..AppState::new("sample/bundle.json".into(), Location { route, ..Default::default() })
    }
}

#[derive(Properties, PartialEq)]
struct ProvidedProps {
    state: AppState,
}

/// `Page` inside the context `App` gives it, its reducer starting from `state`.
#[component]
fn Provided(props: &ProvidedProps) -> Html {
    let state = use_reducer(|| props.state.clone());
    html! {
        <ContextProvider<AppContext> context={state}>
            <Page />
        </ContextProvider<AppContext>>
    }
}

async fn render(state: AppState) -> String {
    LocalServerRenderer::<Provided>::with_props(ProvidedProps { state }).hydratable(false).render().await
}

/// Puts each element on its own line, so snapshots read and diff well.
fn pretty(html: &str) -> String {
    html.replace("><", ">\n<")
}

/// The whole page: the masthead, the notice and the main landmark.
async fn check_page(state: AppState, expect: Expect) {
    expect.assert_eq(&pretty(&render(state).await));
}

/// Only the main landmark: the masthead is the same in every state, and `check_page` shows it once.
async fn check(state: AppState, expect: Expect) {
    let html = render(state).await;
    let start = html.find("<main").expect("the page has a main landmark");
    let end = html.rfind("</main>").expect("the main landmark closes") + "</main>".len();
    expect.assert_eq(&pretty(&html[start..end]));
}

#[tokio::test]
async fn the_list_shows_the_seed_article_as_a_link_named_by_its_title() {
    check_page(sample_state(Route::List), expect![[r##"
        <div part="page" lang="ar" dir="rtl" data-theme="system" data-css="--sahifa-text-size:1.25em;--sahifa-leading:1.9;--sahifa-measure-em:32" class="page">
        <a href="#main" class="skip-link">انتقل إلى المحتوى</a>
        <header class="masthead">
        <p class="masthead-title">
        <a href="#/">أرشيف مركز عدل لحقوق الإنسان</a>
        </p>
        <div class="masthead-tools">
        <div role="group" aria-label="لغة الواجهة" class="language-switch">
        <button type="button" lang="ar" dir="rtl" aria-pressed="true">العربية</button>
        <button type="button" lang="en" dir="ltr" aria-pressed="false">English</button>
        </div>
        <details class="reader-controls">
        <summary>إعدادات العرض</summary>
        <div class="controls-body">
        <div role="group" aria-labelledby="sahifa-text-size" class="control text-size">
        <span id="sahifa-text-size" class="control-label">حجم النص</span>
        <button type="button" aria-label="تصغير النص">−</button>
        <output aria-live="polite">125%</output>
        <button type="button" aria-label="تكبير النص">+</button>
        </div>
        <fieldset class="control">
        <legend class="control-label">تباعد الأسطر</legend>
        <label>
        <input type="radio" name="sahifa-line-height">متقارب</label>
        <label>
        <input checked type="radio" name="sahifa-line-height">عادي</label>
        <label>
        <input type="radio" name="sahifa-line-height">متباعد</label>
        </fieldset>
        <fieldset class="control">
        <legend class="control-label">عرض السطر</legend>
        <label>
        <input type="radio" name="sahifa-width">ضيّق</label>
        <label>
        <input checked type="radio" name="sahifa-width">متوسط</label>
        <label>
        <input type="radio" name="sahifa-width">عريض</label>
        </fieldset>
        <fieldset class="control">
        <legend class="control-label">الألوان</legend>
        <label>
        <input checked type="radio" name="sahifa-theme">حسب النظام</label>
        <label>
        <input type="radio" name="sahifa-theme">فاتح</label>
        <label>
        <input type="radio" name="sahifa-theme">داكن</label>
        <label>
        <input type="radio" name="sahifa-theme">بنّي فاتح</label>
        </fieldset>
        <fieldset class="control">
        <legend class="control-label">شكل الأرقام</legend>
        <label>
        <input checked type="radio" name="sahifa-digits">أرقام غربية (123)</label>
        <label>
        <input type="radio" name="sahifa-digits">أرقام هندية (١٢٣)</label>
        </fieldset>
        <button type="button" class="reset-settings">استعادة الإعدادات الأصلية</button>
        </div>
        </details>
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
        <option value="relevance" selected="selected">الأكثر صلة</option>
        <option value="newest">الأحدث أولاً</option>
        <option value="oldest">الأقدم أولاً</option>
        </select>
        </label>
        </div>
        </form>
        <div class="browse-columns">
        <aside aria-labelledby="filters-heading" class="facet-panel">
        <h2 id="filters-heading">تصفية النتائج</h2>
        <fieldset class="date-range">
        <legend>الفترة</legend>
        <label>من تاريخ<input value="" type="date">
        </label>
        <label>إلى تاريخ<input value="" type="date">
        </label>
        </fieldset>
        <button type="button" class="clear-filters">مسح البحث والتصفية</button>
        </aside>
        <div class="browse-results">
        <section aria-labelledby="timeline-heading" class="timeline">
        <h2 id="timeline-heading">الخط الزمني</h2>
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
        <ul aria-label="أحداث" data-css="grid-template-columns: repeat(12, minmax(0, 1fr))" class="tl-markers">
        <li data-css="grid-column: 1" class="tl-marker">
        <a href="#/article/e5bda383449404da" aria-label="هجوم خلايا من “داعش” على سجن “الصناعة” في حي “غويران” بالحسكة" title="هجوم خلايا من “داعش” على سجن “الصناعة” في حي “غويران” بالحسكة" lang="ar">
        <span aria-hidden="true">◆</span>
        </a>
        </li>
        </ul>
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
        <span data-css="grid-row: 1; grid-column: 1" class="tl-tick">20</span>
        <span data-css="grid-row: 2; grid-column: 1" class="tl-period">كانون الثاني (يناير) 2022</span>
        <span data-css="grid-row: 1; grid-column: 2" class="tl-tick">21</span>
        <span data-css="grid-row: 1; grid-column: 3" class="tl-tick">22</span>
        <span data-css="grid-row: 1; grid-column: 4" class="tl-tick">23</span>
        <span data-css="grid-row: 1; grid-column: 5" class="tl-tick">24</span>
        <span data-css="grid-row: 1; grid-column: 6" class="tl-tick">25</span>
        <span data-css="grid-row: 1; grid-column: 7" class="tl-tick">26</span>
        <span data-css="grid-row: 1; grid-column: 8" class="tl-tick">27</span>
        <span data-css="grid-row: 1; grid-column: 9" class="tl-tick">28</span>
        <span data-css="grid-row: 1; grid-column: 10" class="tl-tick">29</span>
        <span data-css="grid-row: 1; grid-column: 11" class="tl-tick">30</span>
        <span data-css="grid-row: 1; grid-column: 12" class="tl-tick">31</span>
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
        <div role="region" aria-label="مقالات الفترة" tabindex="0" data-css="max-block-size: 432px" class="tl-list">
        <ul data-css="block-size: 72px">
        <li data-css="inset-block-start: 0px; block-size: 36px" aria-setsize="2" aria-posinset="1" class="tl-row tl-group">الإثنين، 31 كانون الثاني (يناير) 2022 · مقالة واحدة</li>
        <li data-css="inset-block-start: 36px; block-size: 36px" aria-setsize="2" aria-posinset="2" lang="ar" dir="rtl" class="tl-row">
        <a href="#/article/e5bda383449404da">متحدث التحالف الأسبق: هجوم “داعش” الأخير على سجن الحسكة رسالة إلى العالم</a>
        </li>
        </ul>
        </div>
        </section>
        <section aria-labelledby="articles-heading" class="article-list">
        <h1 id="articles-heading">المقالات</h1>
        <ol class="entries">
        <li lang="ar" dir="rtl" class="entry">
        <a href="#/article/e5bda383449404da" class="entry-title">متحدث التحالف الأسبق: هجوم “داعش” الأخير على سجن الحسكة رسالة إلى العالم</a>
        <p class="entry-meta">
        <time datetime="2022-01-31">الإثنين، 31 كانون الثاني (يناير) 2022</time>
        <bdi class="entry-source">نورث برس</bdi>
        </p>
        </li>
        </ol>
        </section>
        </div>
        </div>
        </div>
        </main>
        </div>"##]]).await;
}

#[tokio::test]
async fn the_reader_is_an_rtl_article_with_one_h1() {
    let html = render(sample_state(Route::Article("e5bda383449404da".into()))).await;
    assert_eq!(html.matches("<h1").count(), 1, "{html}");
    assert!(html.contains(r#"<article lang="ar" dir="rtl" class="reader">"#), "{html}");
    assert_eq!(html.matches("<p>").count(), 16, "every body paragraph is rendered");
    check(sample_state(Route::Article("e5bda383449404da".into())), expect![[r##"
        <main id="main" tabindex="-1" aria-label="المحتوى الرئيسي" class="content">
        <nav aria-label="العودة إلى قائمة المقالات" class="reader-nav">
        <a href="#/">العودة إلى قائمة المقالات</a>
        </nav>
        <article lang="ar" dir="rtl" class="reader">
        <header class="reader-header">
        <h1 tabindex="-1">متحدث التحالف الأسبق: هجوم “داعش” الأخير على سجن الحسكة رسالة إلى العالم</h1>
        <p class="reader-meta">
        <time datetime="2022-01-31">الإثنين، 31 كانون الثاني (يناير) 2022</time>
        <span lang="ar" dir="rtl" class="reading-time">مدة القراءة: 3 دقائق</span>
        </p>
        <p class="reader-byline">متابعة مركز عدل لحقوق الإنسان</p>
        <p class="reader-source">
        <span lang="ar" dir="rtl">المصدر:</span>
        <bdi>نورث برس</bdi>
        </p>
        </header>
        <div class="reader-body">
        <p>شدد العقيد مايلز كاغينز، المتحدث الأسبق باسم قوات التحالف الدولي لمحاربة تنظيم “داعش” الإرهابي، على ضرورة تغيير واقع سجون “داعش” في مناطق “شمال شرقي سوريا”.</p>
        <p>وقال كاغينز في لقاء خاص لنورث برس، إن “هجوم داعش على سجن الصناعة كان وقحاً ومميتاً ومنسقاً جداً”.</p>
        <p>وفي ٢٠ كانون الثاني/يناير الجاري، هاجمت خلايا من “داعش” الإرهابي سجن “الصناعة” في حي “غويران” في محاولة لتهريب معتقلي التنظيم الإرهابي من السجن.</p>
        <p>واعتبر أن الهجوم هو “الأوسع منذ معركة الباغوز، وهي إشارة للعالم من خطر عودة التنظيم”.</p>
        <p>وأوضح  العقيد، أن واقع وجود ١٠ آلاف من عناصر “داعش” محتجزين في مدارس ومعامل قديمة يحتاج إلى تغير الحالة الراهنة لاحتجازهم، وقال “هناك حاجة إلى دعم دولي لمساعدة قسد لإدارة هذه السجون”.</p>
        <p>ودعا الدول التي لها مقاتلين في التنظيم معتقلين في مناطق “شمال شرقي سوريا” إلى التحرك وجلبهم إلى بلدانهم وإخضاعهم للمحاكمات.</p>
        <p>ورأى أن خلايا التنظيم تمكنت من تنفيذ هجومها نظراً لعدم ملائمة السجون في مناطق “شمال شرق سوريا”.</p>
        <p>وأشار إلى أهمية عمل التحالف في سوريا والعراق لمساعدة “قوات سوريا الديمقراطية” و”القوات العراقية” و”البيشمركة”، لتحقيق شراكة تجمع عدة اطراف بعضها مع بعض، لتعزيز أمن الحدود المفتوحة بين سوريا والعراق في منطقة دير الزور السورية والأنبار ونينوى العراقيتان.</p>
        <p>وبيّن أن التحالف الدولي مستمر في تقديم التدريبات والاستشارات وتمكين القدرات للشركاء، لضمان هزيمة “داعش” الإرهابي.</p>
        <p>وشدد على ضرورة تعاون المجتمع المحلي مع الجهات الأمنية المسؤولة في مناطق “شمال شرقي سوريا”، والتبليغ عن نشاطات “داعش” لحماية المنطقة من خطر التنظيم الإرهابي.</p>
        <p>وأشار المتحدث الأسبق إلى أن شراكة “قوات سوريا الديمقراطية/قسد” و”مجلس سوريا الديمقراطية/مسد” مع الولايات المتحدة الأمريكية مستمرة منذ تحرير مدينة كوباني.</p>
        <p>وأن بلاده تواصل تشجيع “مسد” على جمع كل الأطراف في مناطق “شمال شرق سوريا” للعمل معاً لقتال “داعش”، وهذا واضح عبر اللقاءات الدورية بين سفيرة “مسد” في واشنطن مع مسؤولين رفيعي المستوى في الخارجية الأمريكية.</p>
        <p>ويرى كاغينز أن الشراكة بين “قوات سوريا الديمقراطية” و”التحالف” هي افضل مثال في كل العالم على قدرة المجتمع الدولي في التعامل مع قدرات محلية وتستطيع إحقاق النجاحات في ارض المعركة.</p>
        <p>واعتبر المتحدث أن الهجمات التركية المستمرة على مناطق “شمال شرق سوريا”، واستهداف المدنيين والمنشآت المدنية بحجة أن “قسد” على صلة بحزب العمال الكردستاني “انتهاك للقواعد والمبادئ الدولية”.</p>
        <p>وشدد على أن الطريقة الوحيدة للسلام في المنطقة هي الحوار ويجب أن يكون هناك حوار برعاية الأمم المتحدة من اجل إيجاد تسوية للحرب في سوريا.</p>
        <p>“كذلك يجب أن يكون هناك حوار بين الأطراف السياسية داخل تركيا للوصول إلى تفاهم والابتعاد عن استخدام العنف لتحصيل مكاسب سياسية”، بحسب كاغينز.</p>
        </div>
        <section aria-labelledby="entities-heading" lang="ar" dir="rtl" class="reader-entities">
        <h2 id="entities-heading">في هذه المقالة</h2>
        <dl>
        <div class="entity-group">
        <dt>أشخاص</dt>
        <dd>
        <ul class="chips">
        <li>
        <a href="#/?person=%D9%85%D8%A7%D9%8A%D9%84%D8%B2+%D9%83%D8%A7%D8%BA%D9%8A%D9%86%D8%B2" lang="ar">
        <bdi>مايلز كاغينز</bdi>
        </a>
        </li>
        </ul>
        </dd>
        </div>
        <div class="entity-group">
        <dt>أماكن</dt>
        <dd>
        <ul class="chips">
        <li>
        <a href="#/?place=%D8%A7%D9%84%D8%AD%D8%B3%D9%83%D8%A9" lang="ar">
        <bdi>الحسكة</bdi>
        </a>
        </li>
        <li>
        <a href="#/?place=%D8%B3%D8%AC%D9%86+%D8%A7%D9%84%D8%B5%D9%86%D8%A7%D8%B9%D8%A9" lang="ar">
        <bdi>سجن الصناعة</bdi>
        </a>
        </li>
        <li>
        <a href="#/?place=%D8%AD%D9%8A+%D8%BA%D9%88%D9%8A%D8%B1%D8%A7%D9%86" lang="ar">
        <bdi>حي غويران</bdi>
        </a>
        </li>
        <li>
        <a href="#/?place=%D8%B4%D9%85%D8%A7%D9%84+%D8%B4%D8%B1%D9%82+%D8%B3%D9%88%D8%B1%D9%8A%D8%A7" lang="ar">
        <bdi>شمال شرق سوريا</bdi>
        </a>
        </li>
        <li>
        <a href="#/?place=%D8%B3%D9%88%D8%B1%D9%8A%D8%A7" lang="ar">
        <bdi>سوريا</bdi>
        </a>
        </li>
        <li>
        <a href="#/?place=%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82" lang="ar">
        <bdi>العراق</bdi>
        </a>
        </li>
        <li>
        <a href="#/?place=%D8%A7%D9%84%D8%A8%D8%A7%D8%BA%D9%88%D8%B2" lang="ar">
        <bdi>الباغوز</bdi>
        </a>
        </li>
        <li>
        <a href="#/?place=%D8%AF%D9%8A%D8%B1+%D8%A7%D9%84%D8%B2%D9%88%D8%B1" lang="ar">
        <bdi>دير الزور</bdi>
        </a>
        </li>
        <li>
        <a href="#/?place=%D8%A7%D9%84%D8%A3%D9%86%D8%A8%D8%A7%D8%B1" lang="ar">
        <bdi>الأنبار</bdi>
        </a>
        </li>
        <li>
        <a href="#/?place=%D9%86%D9%8A%D9%86%D9%88%D9%89" lang="ar">
        <bdi>نينوى</bdi>
        </a>
        </li>
        <li>
        <a href="#/?place=%D9%83%D9%88%D8%A8%D8%A7%D9%86%D9%8A" lang="ar">
        <bdi>كوباني</bdi>
        </a>
        </li>
        <li>
        <a href="#/?place=%D9%88%D8%A7%D8%B4%D9%86%D8%B7%D9%86" lang="ar">
        <bdi>واشنطن</bdi>
        </a>
        </li>
        <li>
        <a href="#/?place=%D8%AA%D8%B1%D9%83%D9%8A%D8%A7" lang="ar">
        <bdi>تركيا</bdi>
        </a>
        </li>
        </ul>
        </dd>
        </div>
        <div class="entity-group">
        <dt>جهات</dt>
        <dd>
        <ul class="chips">
        <li>
        <a href="#/?org=%D8%A7%D9%84%D8%AA%D8%AD%D8%A7%D9%84%D9%81+%D8%A7%D9%84%D8%AF%D9%88%D9%84%D9%8A+%D9%84%D9%85%D8%AD%D8%A7%D8%B1%D8%A8%D8%A9+%D8%AA%D9%86%D8%B8%D9%8A%D9%85+%D8%AF%D8%A7%D8%B9%D8%B4" lang="ar">
        <bdi>التحالف الدولي لمحاربة تنظيم داعش</bdi>
        </a>
        </li>
        <li>
        <a href="#/?org=%D8%AF%D8%A7%D8%B9%D8%B4" lang="ar">
        <bdi>داعش</bdi>
        </a>
        </li>
        <li>
        <a href="#/?org=%D9%82%D9%88%D8%A7%D8%AA+%D8%B3%D9%88%D8%B1%D9%8A%D8%A7+%D8%A7%D9%84%D8%AF%D9%8A%D9%85%D9%82%D8%B1%D8%A7%D8%B7%D9%8A%D8%A9+%28%D9%82%D8%B3%D8%AF%29" lang="ar">
        <bdi>قوات سوريا الديمقراطية (قسد)</bdi>
        </a>
        </li>
        <li>
        <a href="#/?org=%D9%85%D8%AC%D9%84%D8%B3+%D8%B3%D9%88%D8%B1%D9%8A%D8%A7+%D8%A7%D9%84%D8%AF%D9%8A%D9%85%D9%82%D8%B1%D8%A7%D8%B7%D9%8A%D8%A9+%28%D9%85%D8%B3%D8%AF%29" lang="ar">
        <bdi>مجلس سوريا الديمقراطية (مسد)</bdi>
        </a>
        </li>
        <li>
        <a href="#/?org=%D8%A7%D9%84%D9%82%D9%88%D8%A7%D8%AA+%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82%D9%8A%D8%A9" lang="ar">
        <bdi>القوات العراقية</bdi>
        </a>
        </li>
        <li>
        <a href="#/?org=%D8%A7%D9%84%D8%A8%D9%8A%D8%B4%D9%85%D8%B1%D9%83%D8%A9" lang="ar">
        <bdi>البيشمركة</bdi>
        </a>
        </li>
        <li>
        <a href="#/?org=%D8%AD%D8%B2%D8%A8+%D8%A7%D9%84%D8%B9%D9%85%D8%A7%D9%84+%D8%A7%D9%84%D9%83%D8%B1%D8%AF%D8%B3%D8%AA%D8%A7%D9%86%D9%8A" lang="ar">
        <bdi>حزب العمال الكردستاني</bdi>
        </a>
        </li>
        <li>
        <a href="#/?org=%D8%A7%D9%84%D8%A3%D9%85%D9%85+%D8%A7%D9%84%D9%85%D8%AA%D8%AD%D8%AF%D8%A9" lang="ar">
        <bdi>الأمم المتحدة</bdi>
        </a>
        </li>
        <li>
        <a href="#/?org=%D9%86%D9%88%D8%B1%D8%AB+%D8%A8%D8%B1%D8%B3" lang="ar">
        <bdi>نورث برس</bdi>
        </a>
        </li>
        <li>
        <a href="#/?org=%D9%85%D8%B1%D9%83%D8%B2+%D8%B9%D8%AF%D9%84+%D9%84%D8%AD%D9%82%D9%88%D9%82+%D8%A7%D9%84%D8%A5%D9%86%D8%B3%D8%A7%D9%86" lang="ar">
        <bdi>مركز عدل لحقوق الإنسان</bdi>
        </a>
        </li>
        </ul>
        </dd>
        </div>
        <div class="entity-group">
        <dt>موضوعات</dt>
        <dd>
        <ul class="chips">
        <li>
        <a href="#/?tag=%D8%AF%D8%A7%D8%B9%D8%B4" lang="ar">
        <bdi>داعش</bdi>
        </a>
        </li>
        <li>
        <a href="#/?tag=%D8%B3%D8%AC%D9%86+%D8%A7%D9%84%D8%B5%D9%86%D8%A7%D8%B9%D8%A9" lang="ar">
        <bdi>سجن الصناعة</bdi>
        </a>
        </li>
        <li>
        <a href="#/?tag=%D8%A7%D9%84%D8%AA%D8%AD%D8%A7%D9%84%D9%81+%D8%A7%D9%84%D8%AF%D9%88%D9%84%D9%8A" lang="ar">
        <bdi>التحالف الدولي</bdi>
        </a>
        </li>
        </ul>
        </dd>
        </div>
        </dl>
        </section>
        </article>
        </main>"##]]).await;
}

#[tokio::test]
async fn an_unknown_article_id_says_so_and_links_back() {
    check(
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
    check(
        state,
        expect![[r#"
            <main id="main" tabindex="-1" aria-label="المحتوى الرئيسي" class="content">
            <section role="status" aria-live="polite" class="loading-view">
            <p>جارٍ تحميل المقالات…</p>
            <progress max="3000000" aria-label="جارٍ تحميل المقالات…" value="1500000">
            </progress>
            <p class="loading-amount">1.5 من 3.0 ميغابايت</p>
            </section>
            </main>"#]],
    )
    .await;
}

#[tokio::test]
async fn an_http_error_names_the_url_and_status_and_offers_a_retry() {
    let error = LoadError::Http {
        url: "https://adl.example/missing.json".into(),
        status: 404,
        status_text: "Not Found".into(),
    };
    let state = AppState { load: Load::Failed(error), ..AppState::new(String::new(), Location::default()) };
    check(
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

#[tokio::test]
async fn a_refused_origin_explains_why_without_a_retry() {
    let error = LoadError::Refused { url: "https://evil.example/x.json".into() };
    let state = AppState { load: Load::Failed(error), ..AppState::new(String::new(), Location::default()) };
    let html = render(state).await;
    assert!(!html.contains("<button type=\"button\">"), "{html}");
    assert!(html.contains("https://evil.example/x.json"));
}

#[tokio::test]
async fn article_text_is_escaped_never_interpreted_as_html() {
    let bundle = br#"{"sahifa":1,"title":"t","lang":"en","articles":[
        {"id":"x","title":"<img src=x onerror=alert(1)>","date":"2022-01-01","body":["<script>alert(1)</script>"]}]}"#;
    let loaded = parse_bundle(bundle).unwrap();
    let state = AppState {
        load: Load::Ready(SharedBundle(Rc::new(loaded))),
        ..AppState::new(String::new(), Location { route: Route::Article("x".into()), ..Default::default() })
    };
    let html = render(state).await;
    assert!(!html.contains("<img"), "{html}");
    assert!(!html.contains("<script>"), "{html}");
    assert!(html.contains("&lt;script&gt;"), "{html}");
}
