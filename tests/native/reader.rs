//! Server-side-rendered snapshots of the reading experience: the reader (seed and mixed-direction
//! articles), the display settings and the language switch, checked as HTML. The page's snapshot
//! shows each of them as `…`.

use crate::common::ssr::{check, render, BIDI_CONTROLS};
use crate::common::{MIXED, SAMPLE};
use expect_test::expect;
use sahifa_core::digits::Digits;
use sahifa_core::format_date::DateStyle;
use sahifa_core::UiLang;
use sahifa_core::{parse_bundle, Article};
use sahifa_web::components::language_switch::{LanguageSwitch, LanguageSwitchProps};
use sahifa_web::components::reader::{Reader, ReaderProps};
use sahifa_web::components::reader_controls::{ReaderControls, ReaderControlsProps};
use sahifa_web::i18n::{ARABIC, ENGLISH};
use sahifa_web::settings::{ReaderSettings, SettingsChange, Theme};
use std::rc::Rc;
use yew::Callback;

fn article(bundle: &[u8], id: &str) -> Rc<Article> {
    let loaded = parse_bundle(bundle).expect("the bundle reads");
    Rc::new(loaded.bundle.article(id).expect("the bundle has the article").clone())
}

/// The element each bidi control character of `html` sits directly in. A control inside a block
/// (`h1`, `p`) ends with the block; inside `bdi` it ends with the isolate: either way it cannot
/// reach the UI around it.
fn elements_holding_bidi_controls(html: &str) -> Vec<String> {
    let mut open: Vec<String> = Vec::new();
    let mut holders = Vec::new();
    let mut rest = html;
    while let Some(c) = rest.chars().next() {
        if c == '<' {
            let end = rest.find('>').expect("tags close");
            let tag = &rest[1..end];
            if let Some(name) = tag.strip_prefix('/') {
                assert_eq!(open.pop().as_deref(), Some(name), "balanced tags in {html}");
            } else if !tag.ends_with('/') {
                open.push(tag.split_whitespace().next().unwrap_or_default().to_owned());
            }
            rest = &rest[end + 1..];
        } else {
            if BIDI_CONTROLS.contains(&c) {
                holders.push(open.last().cloned().unwrap_or_default());
            }
            rest = &rest[c.len_utf8()..];
        }
    }
    holders
}

fn reader_props(article: Rc<Article>) -> ReaderProps {
    ReaderProps {
        article,
        query: sahifa_core::search::ParsedQuery::parse(""),
        location: sahifa_web::location::Location::default(),
        strings: &ARABIC,
        style: DateStyle::default(),
        previous: Some(("mixed-en".into(), "Field report: water".into())),
        next: None,
        place: None,
        bundle: None,
        links: sahifa_web::config::UrlBinding::Hash,
        archive: "أرشيف مركز عدل لحقوق الإنسان".into(),
        marked: false,
        on_mark: Default::default(),
    }
}

/// The seed's reader at `hash`, its body alone.
async fn body_at(hash: &str) -> String {
    let mut props = reader_props(article(SAMPLE, "e5bda383449404da"));
    props.location = sahifa_web::location::Location::from_hash(hash);
    let html = render::<Reader>(props).await;
    let start = html.find("<div class=\"reader-body\"").expect("a body");
    let end = html[start..].find("<section").map_or(html.len(), |at| start + at);
    html[start..end].to_owned()
}

#[tokio::test]
async fn every_paragraph_has_a_link_of_its_own_and_a_linked_one_is_marked() {
    let body = body_at("#/article/e5bda383449404da").await;
    let seed = article(SAMPLE, "e5bda383449404da");
    let paragraphs = seed.body.len();
    assert_eq!(body.matches("class=\"paragraph-link\"").count(), paragraphs, "{body}");
    let first = sahifa_core::paragraph_ref::fingerprint(&seed.body[0]);
    let link = format!("href=\"#/article/e5bda383449404da?para=1.{first:06x}\" aria-label=\"رابط الفقرة 1\"");
    assert!(body.contains(&link), "{body}");
    assert!(!body.contains("cited"), "nothing is marked without a link to a paragraph");

    // The second paragraph, and three of its words.
    let second = &seed.body[1];
    let quote = second.char_indices().nth(4).unwrap().0..second.char_indices().nth(20).unwrap().0;
    let cited = sahifa_core::paragraph_ref::cite(&seed.body, 1, Some((4, 20))).unwrap();
    let hash = format!("#/article/e5bda383449404da?para={}", sahifa_web::paragraph_link::to_value(&cited));
    let body = body_at(&hash).await;
    let marked = format!(
        "<div data-paragraph=\"2\" tabindex=\"-1\" class=\"paragraph cited\"><p>{}<mark>{}</mark>",
        &second[..quote.start],
        &second[quote]
    );
    assert!(body.contains(&marked), "{body}");
    assert_eq!(body.matches("cited").count(), 1);
    assert!(!body.contains("paragraph-note"));
}

#[tokio::test]
async fn a_link_to_a_changed_or_missing_paragraph_says_so_and_marks_nothing() {
    let changed = body_at("#/article/e5bda383449404da?para=2.000000").await;
    assert!(!changed.contains("cited") && !changed.contains("<mark>"), "{changed}");
    check(
        &changed[..changed.find("<div data-paragraph").unwrap()],
        expect![[r#"
            <div class="reader-body">
            <div role="status" lang="ar" dir="rtl" class="paragraph-note">تغيّر نص الفقرة التي يشير إليها هذا الرابط منذ إنشائه، فلم نُعلّم شيئاً: المقالة أدناه كما هي الآن.</div>"#]],
    );
    let missing = body_at("#/article/e5bda383449404da?para=400").await;
    assert!(!missing.contains("cited"), "{missing}");
    assert!(missing.contains("لم نجد الفقرة 400 التي يشير إليها هذا الرابط"), "{missing}");
    // A garbled address is no paragraph: the article reads as without one.
    let garbled = body_at("#/article/e5bda383449404da?para=%E2%28..9-").await;
    assert_eq!(garbled, body_at("#/article/e5bda383449404da").await);
}

#[tokio::test]
async fn cite_this_offers_five_forms_each_with_its_copy_button_the_styles_in_the_article_s_direction() {
    let html = render::<Reader>(reader_props(article(SAMPLE, "e5bda383449404da"))).await;
    let start = html.find("<details lang=\"ar\" dir=\"rtl\" class=\"cite-panel\"").expect("a cite panel");
    let panel = &html[start..start + html[start..].find("</details>").unwrap()];
    assert!(panel.contains("<summary>استشهد بهذه المقالة</summary>"), "{panel}");
    for form in ["Chicago", "APA", "BibTeX", "RIS", "CSL-JSON"] {
        assert!(panel.contains(&format!("<button type=\"button\">انسخ توثيق {form}</button>")), "{form} in {panel}");
    }
    // Chicago, the seed's language and direction, and the archive's address of it.
    assert!(
        panel.contains("<pre lang=\"ar\" dir=\"rtl\" tabindex=\"0\">متابعة مركز عدل لحقوق الإنسان. 2022. «"),
        "{panel}"
    );
    assert!(panel.contains("محفوظ في أرشيف مركز عدل لحقوق الإنسان: #/article/e5bda383449404da."), "{panel}");
    assert!(panel.contains("<pre lang=\"en\" dir=\"ltr\" tabindex=\"0\">@online{e5bda383449404da,"), "{panel}");
}

#[tokio::test]
async fn the_seed_reads_with_its_time_entities_as_filter_links_and_a_pager() {
    let mut props = reader_props(article(SAMPLE, "e5bda383449404da"));
    // A title as the parse leaves it: its override already an isolate (`sahifa_core::bidi`).
    props.next = Some(("other".into(), "مقالة \u{2067}أخرى".into()));
    check(
        &render::<Reader>(props).await,
        expect![[r##"
            <nav aria-label="العودة إلى قائمة المقالات" class="reader-nav">
            <a href="#/">العودة إلى قائمة المقالات</a>
            </nav>
            <article lang="ar" dir="rtl" class="reader">
            <header class="reader-header">
            <h1 tabindex="-1">متحدث التحالف الأسبق: هجوم “داعش” الأخير على سجن الحسكة رسالة إلى العالم</h1>
            <p class="reader-meta">
            <time datetime="2022-01-31" lang="ar" dir="rtl">الإثنين، 31 كانون الثاني (يناير) 2022</time>
            <span lang="ar" dir="rtl" class="reading-time">مدة القراءة: 3 دقائق</span>
            </p>
            <p class="reader-byline">متابعة مركز عدل لحقوق الإنسان</p>
            <p class="reader-source">
            <span lang="ar" dir="rtl">المصدر:</span>
            <bdi>نورث برس</bdi>
            </p>
            <div role="status" lang="ar" dir="rtl" class="integrity unsigned">
            <p class="integrity-text">غير موقّعة: لا سبيل إلى التأكد من أن هذه المقالة كما نشرها المركز.</p>
            </div>
            </header>
            <div class="reader-body">
            <div data-paragraph="1" class="paragraph">
            <p>شدد العقيد مايلز كاغينز، المتحدث الأسبق باسم قوات التحالف الدولي لمحاربة تنظيم “داعش” الإرهابي، على ضرورة تغيير واقع سجون “داعش” في مناطق “شمال شرقي سوريا”.</p>
            <a href="#/article/e5bda383449404da?para=1.e185cb" aria-label="رابط الفقرة 1" title="رابط الفقرة 1" lang="ar" class="paragraph-link">¶</a>
            </div>
            <div data-paragraph="2" class="paragraph">
            <p>وقال كاغينز في لقاء خاص لنورث برس، إن “هجوم داعش على سجن الصناعة كان وقحاً ومميتاً ومنسقاً جداً”.</p>
            <a href="#/article/e5bda383449404da?para=2.08004b" aria-label="رابط الفقرة 2" title="رابط الفقرة 2" lang="ar" class="paragraph-link">¶</a>
            </div>
            <div data-paragraph="3" class="paragraph">
            <p>وفي ٢٠ كانون الثاني/يناير الجاري، هاجمت خلايا من “داعش” الإرهابي سجن “الصناعة” في حي “غويران” في محاولة لتهريب معتقلي التنظيم الإرهابي من السجن.</p>
            <a href="#/article/e5bda383449404da?para=3.fad94c" aria-label="رابط الفقرة 3" title="رابط الفقرة 3" lang="ar" class="paragraph-link">¶</a>
            </div>
            <div data-paragraph="4" class="paragraph">
            <p>واعتبر أن الهجوم هو “الأوسع منذ معركة الباغوز، وهي إشارة للعالم من خطر عودة التنظيم”.</p>
            <a href="#/article/e5bda383449404da?para=4.78eb5e" aria-label="رابط الفقرة 4" title="رابط الفقرة 4" lang="ar" class="paragraph-link">¶</a>
            </div>
            <div data-paragraph="5" class="paragraph">
            <p>وأوضح  العقيد، أن واقع وجود ١٠ آلاف من عناصر “داعش” محتجزين في مدارس ومعامل قديمة يحتاج إلى تغير الحالة الراهنة لاحتجازهم، وقال “هناك حاجة إلى دعم دولي لمساعدة قسد لإدارة هذه السجون”.</p>
            <a href="#/article/e5bda383449404da?para=5.0d48be" aria-label="رابط الفقرة 5" title="رابط الفقرة 5" lang="ar" class="paragraph-link">¶</a>
            </div>
            <div data-paragraph="6" class="paragraph">
            <p>ودعا الدول التي لها مقاتلين في التنظيم معتقلين في مناطق “شمال شرقي سوريا” إلى التحرك وجلبهم إلى بلدانهم وإخضاعهم للمحاكمات.</p>
            <a href="#/article/e5bda383449404da?para=6.ac643f" aria-label="رابط الفقرة 6" title="رابط الفقرة 6" lang="ar" class="paragraph-link">¶</a>
            </div>
            <div data-paragraph="7" class="paragraph">
            <p>ورأى أن خلايا التنظيم تمكنت من تنفيذ هجومها نظراً لعدم ملائمة السجون في مناطق “شمال شرق سوريا”.</p>
            <a href="#/article/e5bda383449404da?para=7.e05c01" aria-label="رابط الفقرة 7" title="رابط الفقرة 7" lang="ar" class="paragraph-link">¶</a>
            </div>
            <div data-paragraph="8" class="paragraph">
            <p>وأشار إلى أهمية عمل التحالف في سوريا والعراق لمساعدة “قوات سوريا الديمقراطية” و”القوات العراقية” و”البيشمركة”، لتحقيق شراكة تجمع عدة اطراف بعضها مع بعض، لتعزيز أمن الحدود المفتوحة بين سوريا والعراق في منطقة دير الزور السورية والأنبار ونينوى العراقيتان.</p>
            <a href="#/article/e5bda383449404da?para=8.2d8522" aria-label="رابط الفقرة 8" title="رابط الفقرة 8" lang="ar" class="paragraph-link">¶</a>
            </div>
            <div data-paragraph="9" class="paragraph">
            <p>وبيّن أن التحالف الدولي مستمر في تقديم التدريبات والاستشارات وتمكين القدرات للشركاء، لضمان هزيمة “داعش” الإرهابي.</p>
            <a href="#/article/e5bda383449404da?para=9.a968f6" aria-label="رابط الفقرة 9" title="رابط الفقرة 9" lang="ar" class="paragraph-link">¶</a>
            </div>
            <div data-paragraph="10" class="paragraph">
            <p>وشدد على ضرورة تعاون المجتمع المحلي مع الجهات الأمنية المسؤولة في مناطق “شمال شرقي سوريا”، والتبليغ عن نشاطات “داعش” لحماية المنطقة من خطر التنظيم الإرهابي.</p>
            <a href="#/article/e5bda383449404da?para=10.c35cfd" aria-label="رابط الفقرة 10" title="رابط الفقرة 10" lang="ar" class="paragraph-link">¶</a>
            </div>
            <div data-paragraph="11" class="paragraph">
            <p>وأشار المتحدث الأسبق إلى أن شراكة “قوات سوريا الديمقراطية/قسد” و”مجلس سوريا الديمقراطية/مسد” مع الولايات المتحدة الأمريكية مستمرة منذ تحرير مدينة كوباني.</p>
            <a href="#/article/e5bda383449404da?para=11.0a1b8e" aria-label="رابط الفقرة 11" title="رابط الفقرة 11" lang="ar" class="paragraph-link">¶</a>
            </div>
            <div data-paragraph="12" class="paragraph">
            <p>وأن بلاده تواصل تشجيع “مسد” على جمع كل الأطراف في مناطق “شمال شرق سوريا” للعمل معاً لقتال “داعش”، وهذا واضح عبر اللقاءات الدورية بين سفيرة “مسد” في واشنطن مع مسؤولين رفيعي المستوى في الخارجية الأمريكية.</p>
            <a href="#/article/e5bda383449404da?para=12.1af2fe" aria-label="رابط الفقرة 12" title="رابط الفقرة 12" lang="ar" class="paragraph-link">¶</a>
            </div>
            <div data-paragraph="13" class="paragraph">
            <p>ويرى كاغينز أن الشراكة بين “قوات سوريا الديمقراطية” و”التحالف” هي افضل مثال في كل العالم على قدرة المجتمع الدولي في التعامل مع قدرات محلية وتستطيع إحقاق النجاحات في ارض المعركة.</p>
            <a href="#/article/e5bda383449404da?para=13.a0a4ec" aria-label="رابط الفقرة 13" title="رابط الفقرة 13" lang="ar" class="paragraph-link">¶</a>
            </div>
            <div data-paragraph="14" class="paragraph">
            <p>واعتبر المتحدث أن الهجمات التركية المستمرة على مناطق “شمال شرق سوريا”، واستهداف المدنيين والمنشآت المدنية بحجة أن “قسد” على صلة بحزب العمال الكردستاني “انتهاك للقواعد والمبادئ الدولية”.</p>
            <a href="#/article/e5bda383449404da?para=14.a85c17" aria-label="رابط الفقرة 14" title="رابط الفقرة 14" lang="ar" class="paragraph-link">¶</a>
            </div>
            <div data-paragraph="15" class="paragraph">
            <p>وشدد على أن الطريقة الوحيدة للسلام في المنطقة هي الحوار ويجب أن يكون هناك حوار برعاية الأمم المتحدة من اجل إيجاد تسوية للحرب في سوريا.</p>
            <a href="#/article/e5bda383449404da?para=15.26288a" aria-label="رابط الفقرة 15" title="رابط الفقرة 15" lang="ar" class="paragraph-link">¶</a>
            </div>
            <div data-paragraph="16" class="paragraph">
            <p>“كذلك يجب أن يكون هناك حوار بين الأطراف السياسية داخل تركيا للوصول إلى تفاهم والابتعاد عن استخدام العنف لتحصيل مكاسب سياسية”، بحسب كاغينز.</p>
            <a href="#/article/e5bda383449404da?para=16.753554" aria-label="رابط الفقرة 16" title="رابط الفقرة 16" lang="ar" class="paragraph-link">¶</a>
            </div>
            <div role="status" lang="ar" dir="rtl" class="copy-status">
            </div>
            </div>
            <details lang="ar" dir="rtl" class="cite-panel">
            <summary>استشهد بهذه المقالة</summary>
            <section aria-label="Chicago" class="citation">
            <h2>Chicago</h2>
            <pre lang="ar" dir="rtl" tabindex="0">متابعة مركز عدل لحقوق الإنسان. 2022. «متحدث التحالف الأسبق: هجوم “داعش” الأخير على سجن الحسكة رسالة إلى العالم». نورث برس، 31 كانون الثاني/يناير 2022. محفوظ في أرشيف مركز عدل لحقوق الإنسان: #/article/e5bda383449404da.</pre>
            <button type="button">انسخ توثيق Chicago</button>
            </section>
            <section aria-label="APA" class="citation">
            <h2>APA</h2>
            <pre lang="ar" dir="rtl" tabindex="0">متابعة مركز عدل لحقوق الإنسان. (2022، 31 كانون الثاني/يناير). متحدث التحالف الأسبق: هجوم “داعش” الأخير على سجن الحسكة رسالة إلى العالم. نورث برس. #/article/e5bda383449404da</pre>
            <button type="button">انسخ توثيق APA</button>
            </section>
            <section aria-label="BibTeX" class="citation">
            <h2>BibTeX</h2>
            <pre lang="en" dir="ltr" tabindex="0">@online{e5bda383449404da,
              author = {{متابعة مركز عدل لحقوق الإنسان}},
              title = {متحدث التحالف الأسبق: هجوم “داعش” الأخير على سجن الحسكة رسالة إلى العالم},
              date = {2022-01-31},
              organization = {نورث برس},
              url = {\#/article/e5bda383449404da},
              langid = {arabic},
              note = {أرشيف مركز عدل لحقوق الإنسان: \#/article/e5bda383449404da},
            }</pre>
            <button type="button">انسخ توثيق BibTeX</button>
            </section>
            <section aria-label="RIS" class="citation">
            <h2>RIS</h2>
            <pre lang="en" dir="ltr" tabindex="0">TY  - NEWS
            AU  - متابعة مركز عدل لحقوق الإنسان
            TI  - متحدث التحالف الأسبق: هجوم “داعش” الأخير على سجن الحسكة رسالة إلى العالم
            PY  - 2022
            DA  - 2022/01/31
            T2  - نورث برس
            PB  - مركز عدل لحقوق الإنسان
            UR  - #/article/e5bda383449404da
            LA  - ar
            N1  - أرشيف مركز عدل لحقوق الإنسان: #/article/e5bda383449404da
            ER  - </pre>
            <button type="button">انسخ توثيق RIS</button>
            </section>
            <section aria-label="CSL-JSON" class="citation">
            <h2>CSL-JSON</h2>
            <pre lang="en" dir="ltr" tabindex="0">[
              {
                "URL": "#/article/e5bda383449404da",
                "archive": "أرشيف مركز عدل لحقوق الإنسان",
                "archive_location": "#/article/e5bda383449404da",
                "author": [
                  {
                    "literal": "متابعة مركز عدل لحقوق الإنسان"
                  }
                ],
                "container-title": "نورث برس",
                "id": "e5bda383449404da",
                "issued": {
                  "date-parts": [
                    [
                      2022,
                      1,
                      31
                    ]
                  ]
                },
                "language": "ar",
                "publisher": "مركز عدل لحقوق الإنسان",
                "title": "متحدث التحالف الأسبق: هجوم “داعش” الأخير على سجن الحسكة رسالة إلى العالم",
                "type": "article-newspaper"
              }
            ]</pre>
            <button type="button">انسخ توثيق CSL-JSON</button>
            </section>
            <p role="status" class="copy-status">
            </p>
            </details>
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
            <p class="reader-mark">
            <button type="button" aria-pressed="false">علِّم هذه المقالة</button>
            </p>
            <footer lang="ar" dir="rtl" class="reader-record">
            <button type="button" class="print-record">اطبع سجلّ المقالة</button>
            <p class="print-only record-line">رقم المقالة في الأرشيف: <code dir="ltr">e5bda383449404da</code>
            </p>
            </footer>
            </article>
            <nav aria-label="مقالات أخرى في القائمة" class="article-pager">
            <a rel="prev" href="#/article/mixed-en" class="pager-link prev">
            <span class="pager-label">المقالة السابقة</span>
            <bdi class="pager-title">Field report: water</bdi>
            </a>
            <a rel="next" href="#/article/other" class="pager-link next">
            <span class="pager-label">المقالة التالية</span>
            <bdi class="pager-title">مقالة ⟨U+2067⟩أخرى</bdi>
            </a>
            </nav>"##]],
    );
}

#[tokio::test]
async fn mixed_direction_text_is_isolated_and_every_bidi_control_stays_in_its_own_element() {
    let html = render::<Reader>(reader_props(article(MIXED, "mixed-ar"))).await;
    let holders = elements_holding_bidi_controls(&html);
    assert_eq!(holders, ["h1", "p", "bdi", "p", "bdi"], "{html}");
    check(
        &html,
        expect![[r##"
            <nav aria-label="العودة إلى قائمة المقالات" class="reader-nav">
            <a href="#/">العودة إلى قائمة المقالات</a>
            </nav>
            <article lang="ar" dir="rtl" class="reader">
            <header class="reader-header">
            <h1 tabindex="-1">⟨U+2067⟩تقرير: منظمة Human Rights Watch تنشر 42 شهادة من سجن غويران</h1>
            <p class="reader-meta">
            <time datetime="2023-03-14" lang="ar" dir="rtl">الثلاثاء، 14 آذار (مارس) 2023</time>
            <span lang="ar" dir="rtl" class="reading-time">مدة القراءة: دقيقة واحدة</span>
            </p>
            <p class="reader-byline">⟨U+2066⟩إعداد فريق الرصد / Monitoring team</p>
            <p class="reader-source">
            <span lang="ar" dir="rtl">المصدر:</span>
            <a href="https://example.org/ar/2023/03/14/report?id=42&amp;lang=ar" rel="noopener noreferrer">
            <bdi>⟨U+2067⟩Reuters عربي</bdi>
            </a>
            <small dir="ltr" class="print-only">example.org/ar/2023/03/14/report?id=42&amp;lang=ar</small>
            </p>
            <div role="status" lang="ar" dir="rtl" class="integrity unsigned">
            <p class="integrity-text">غير موقّعة: لا سبيل إلى التأكد من أن هذه المقالة كما نشرها المركز.</p>
            </div>
            </header>
            <div class="reader-body">
            <div data-paragraph="1" class="paragraph">
            <p>قال المتحدث Miles Caggins في 20 كانون الثاني/يناير 2022 إن 3,500 شخص كانوا في السجن، وإن التقرير منشور على https://example.org/report?page=2 باللغتين.</p>
            <a href="#/article/mixed-ar?para=1.f4727a" aria-label="رابط الفقرة 1" title="رابط الفقرة 1" lang="ar" class="paragraph-link">¶</a>
            </div>
            <div data-paragraph="2" class="paragraph">
            <p>⟨U+2067⟩هذه فقرة تبدأ بعلامة اتجاه شاردة (RLO) لا تُغلق، ويجب ألا تقلب ما حولها من واجهة.</p>
            <a href="#/article/mixed-ar?para=2.4fe723" aria-label="رابط الفقرة 2" title="رابط الفقرة 2" lang="ar" class="paragraph-link">¶</a>
            </div>
            <div data-paragraph="3" class="paragraph">
            <p>كلمةطويلةجدابلامسافاتتمتدأبعدمنعرضالسطركلهلتختبرأنالنصينكسرولايوسعالصفحةأبداحتىفيأضيقالشاشاتوأصغرها</p>
            <a href="#/article/mixed-ar?para=3.53d14b" aria-label="رابط الفقرة 3" title="رابط الفقرة 3" lang="ar" class="paragraph-link">¶</a>
            </div>
            <div data-paragraph="4" class="paragraph">
            <p>ورد في البيان: "We will not leave anyone behind" — بحسب الترجمة الرسمية، يوم 2023-03-14 الساعة 10:30.</p>
            <a href="#/article/mixed-ar?para=4.adaf3e" aria-label="رابط الفقرة 4" title="رابط الفقرة 4" lang="ar" class="paragraph-link">¶</a>
            </div>
            <div role="status" lang="ar" dir="rtl" class="copy-status">
            </div>
            </div>
            <details lang="ar" dir="rtl" class="cite-panel">
            <summary>استشهد بهذه المقالة</summary>
            <section aria-label="Chicago" class="citation">
            <h2>Chicago</h2>
            <pre lang="ar" dir="rtl" tabindex="0">إعداد فريق الرصد / Monitoring team. 2023. «تقرير: منظمة Human Rights Watch تنشر 42 شهادة من سجن غويران». Reuters عربي، 14 آذار/مارس 2023. https://example.org/ar/2023/03/14/report-on-al-sinaa-prison-testimonies-with-a-very-long-slug-that-goes-on. محفوظ في أرشيف مركز عدل لحقوق الإنسان: #/article/mixed-ar.</pre>
            <button type="button">انسخ توثيق Chicago</button>
            </section>
            <section aria-label="APA" class="citation">
            <h2>APA</h2>
            <pre lang="ar" dir="rtl" tabindex="0">إعداد فريق الرصد / Monitoring team. (2023، 14 آذار/مارس). تقرير: منظمة Human Rights Watch تنشر 42 شهادة من سجن غويران. Reuters عربي. https://example.org/ar/2023/03/14/report-on-al-sinaa-prison-testimonies-with-a-very-long-slug-that-goes-on</pre>
            <button type="button">انسخ توثيق APA</button>
            </section>
            <section aria-label="BibTeX" class="citation">
            <h2>BibTeX</h2>
            <pre lang="en" dir="ltr" tabindex="0">@online{mixed-ar,
              author = {{إعداد فريق الرصد / Monitoring team}},
              title = {تقرير: منظمة Human Rights Watch تنشر 42 شهادة من سجن غويران},
              date = {2023-03-14},
              organization = {Reuters عربي},
              url = {https://example.org/ar/2023/03/14/report-on-al-sinaa-prison-testimonies-with-a-very-long-slug-that-goes-on},
              langid = {arabic},
              note = {أرشيف مركز عدل لحقوق الإنسان: \#/article/mixed-ar},
            }</pre>
            <button type="button">انسخ توثيق BibTeX</button>
            </section>
            <section aria-label="RIS" class="citation">
            <h2>RIS</h2>
            <pre lang="en" dir="ltr" tabindex="0">TY  - NEWS
            AU  - إعداد فريق الرصد / Monitoring team
            TI  - تقرير: منظمة Human Rights Watch تنشر 42 شهادة من سجن غويران
            PY  - 2023
            DA  - 2023/03/14
            T2  - Reuters عربي
            UR  - https://example.org/ar/2023/03/14/report-on-al-sinaa-prison-testimonies-with-a-very-long-slug-that-goes-on
            LA  - ar
            N1  - أرشيف مركز عدل لحقوق الإنسان: #/article/mixed-ar
            ER  - </pre>
            <button type="button">انسخ توثيق RIS</button>
            </section>
            <section aria-label="CSL-JSON" class="citation">
            <h2>CSL-JSON</h2>
            <pre lang="en" dir="ltr" tabindex="0">[
              {
                "URL": "https://example.org/ar/2023/03/14/report-on-al-sinaa-prison-testimonies-with-a-very-long-slug-that-goes-on",
                "archive": "أرشيف مركز عدل لحقوق الإنسان",
                "archive_location": "#/article/mixed-ar",
                "author": [
                  {
                    "literal": "إعداد فريق الرصد / Monitoring team"
                  }
                ],
                "container-title": "Reuters عربي",
                "id": "mixed-ar",
                "issued": {
                  "date-parts": [
                    [
                      2023,
                      3,
                      14
                    ]
                  ]
                },
                "language": "ar",
                "title": "تقرير: منظمة Human Rights Watch تنشر 42 شهادة من سجن غويران",
                "type": "article-newspaper"
              }
            ]</pre>
            <button type="button">انسخ توثيق CSL-JSON</button>
            </section>
            <p role="status" class="copy-status">
            </p>
            </details>
            <section aria-labelledby="entities-heading" lang="ar" dir="rtl" class="reader-entities">
            <h2 id="entities-heading">في هذه المقالة</h2>
            <dl>
            <div class="entity-group">
            <dt>أشخاص</dt>
            <dd>
            <ul class="chips">
            <li>
            <a href="#/?person=Miles+Caggins" lang="ar">
            <bdi>Miles Caggins</bdi>
            </a>
            </li>
            <li>
            <a href="#/?person=%D9%85%D8%A7%D9%8A%D9%84%D8%B2+%D9%83%D8%A7%D8%BA%D9%8A%D9%86%D8%B2" lang="ar">
            <bdi>مايلز كاغينز</bdi>
            </a>
            </li>
            <li>
            <a href="#/?person=%E2%81%A7%D8%B9%D8%A8%D8%AF+%D8%A7%D9%84%D9%84%D9%87+O%27Neil" lang="ar">
            <bdi>⟨U+2067⟩عبد الله O'Neil</bdi>
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
            <a href="#/?place=Washington%2C+D.C." lang="ar">
            <bdi>Washington, D.C.</bdi>
            </a>
            </li>
            <li>
            <a href="#/?place=%D8%AF%D9%8A%D8%B1+%D8%A7%D9%84%D8%B2%D9%88%D8%B1" lang="ar">
            <bdi>دير الزور</bdi>
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
            <a href="#/?org=Human+Rights+Watch" lang="ar">
            <bdi>Human Rights Watch</bdi>
            </a>
            </li>
            <li>
            <a href="#/?org=%D8%A7%D9%84%D8%A3%D9%85%D9%85+%D8%A7%D9%84%D9%85%D8%AA%D8%AD%D8%AF%D8%A9+%28UN%29" lang="ar">
            <bdi>الأمم المتحدة (UN)</bdi>
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
            <a href="#/?tag=%D8%B3%D8%AC%D9%88%D9%86" lang="ar">
            <bdi>سجون</bdi>
            </a>
            </li>
            <li>
            <a href="#/?tag=ISIS" lang="ar">
            <bdi>ISIS</bdi>
            </a>
            </li>
            </ul>
            </dd>
            </div>
            </dl>
            </section>
            <footer class="reader-footer">
            <span lang="ar" dir="rtl">رابط المقالة الأصلية:</span>
            <a href="https://example.org/ar/2023/03/14/report-on-al-sinaa-prison-testimonies-with-a-very-long-slug-that-goes-on" rel="noopener noreferrer" dir="ltr">example.org/ar/2023/03/14/report-on-al-sinaa-prison-test<span aria-hidden="true" class="link-cut">…</span>
            <span class="link-rest">imonies-with-a-very-long-slug-that-goes-on</span>
            </a>
            </footer>
            <p class="reader-mark">
            <button type="button" aria-pressed="false">علِّم هذه المقالة</button>
            </p>
            <footer lang="ar" dir="rtl" class="reader-record">
            <button type="button" class="print-record">اطبع سجلّ المقالة</button>
            <p class="print-only record-line">رقم المقالة في الأرشيف: <code dir="ltr">mixed-ar</code>
            </p>
            </footer>
            </article>
            <nav aria-label="مقالات أخرى في القائمة" class="article-pager">
            <a rel="prev" href="#/article/mixed-en" class="pager-link prev">
            <span class="pager-label">المقالة السابقة</span>
            <bdi class="pager-title">Field report: water</bdi>
            </a>
            <span class="pager-link next">
            </span>
            </nav>"##]],
    );
}

#[tokio::test]
async fn the_original_link_reads_as_its_host_and_decoded_path_and_leads_to_the_whole_url() {
    // As the corpus's links are: an Arabic slug percent-encoded, 329 characters.
    let article = article(include_bytes!("../fixtures/long-url.json"), "long-url");
    let url = article.url.clone().expect("the fixture has a URL");
    let html = render::<Reader>(ReaderProps { previous: None, ..reader_props(article) }).await;
    let footer = &html[html.find(r#"<footer class="reader-footer">"#).expect("a footer")..];
    let footer = &footer[..footer.find("</footer>").expect("the footer closes")];
    check(
        footer,
        expect![[r#"
            <footer class="reader-footer">
            <span lang="ar" dir="rtl">رابط المقالة الأصلية:</span>
            <a href="https://www.skynewsarabia.com/middle-east/1052705-%D8%A7%D9%84%D8%AC%D9%8A%D8%B4-%D8%A7%D9%84%D9%84%D9%8A%D8%A8%D9%8A-%D9%8A%D8%B3%D9%8A%D8%B7%D8%B1-%D8%B9%D9%84%D9%89-%D9%85%D8%AF%D8%A7%D8%AE%D9%84-%D8%AF%D8%B1%D9%86%D8%A9-%D8%A7%D9%84%D8%BA%D8%B1%D8%A8%D9%8A%D8%A9" rel="noopener noreferrer" dir="ltr">skynewsarabia.com/middle-east/1052705-الجيش-الليبي-يسيطر<span aria-hidden="true" class="link-cut">…</span>
            <span class="link-rest">-على-مداخل-درنة-الغربية</span>
            </a>"#]],
    );
    assert!(html.contains(&format!(r#"href="{url}""#)), "the href is the URL as given");
    // The source's link prints where it goes, decoded too.
    assert!(html.contains(r#"<small dir="ltr" class="print-only">skynewsarabia.com/middle-east/1052705-الجيش-الليبي-يسيطر-على-مداخل-درنة-الغربية</small>"#), "{html}");
}

#[tokio::test]
async fn an_english_article_in_an_arabic_ui_keeps_its_own_direction_and_the_labels_theirs() {
    let html = render::<Reader>(ReaderProps { previous: None, ..reader_props(article(MIXED, "mixed-en")) }).await;
    assert!(html.contains(r#"<article lang="en" dir="ltr" class="reader">"#), "{html}");
    assert!(
        html.contains(r#"<span lang="ar" dir="rtl" class="reading-time">مدة القراءة: دقيقة واحدة</span>"#),
        "{html}"
    );
    assert!(!html.contains("article-pager"), "no neighbours, no pager: {html}");
    assert_eq!(elements_holding_bidi_controls(&html), ["p"]);
}

#[tokio::test]
async fn a_bare_article_shows_no_empty_sections() {
    let html = render::<Reader>(ReaderProps { previous: None, ..reader_props(article(MIXED, "mixed-bare")) }).await;
    check(
        &html,
        expect![[r##"
            <nav aria-label="العودة إلى قائمة المقالات" class="reader-nav">
            <a href="#/">العودة إلى قائمة المقالات</a>
            </nav>
            <article lang="und-Latn" dir="ltr" class="reader">
            <header class="reader-header">
            <h1 tabindex="-1">Untitled note typed entirely in Latin script in an Arabic archive</h1>
            <p class="reader-meta">
            <span class="undated">بلا تاريخ</span>
            <span lang="ar" dir="rtl" class="reading-time">مدة القراءة: دقيقة واحدة</span>
            </p>
            <div role="status" lang="ar" dir="rtl" class="integrity unsigned">
            <p class="integrity-text">غير موقّعة: لا سبيل إلى التأكد من أن هذه المقالة كما نشرها المركز.</p>
            </div>
            </header>
            <div class="reader-body">
            <div data-paragraph="1" class="paragraph">
            <p>A short note with no date, no byline, no source and no names.</p>
            <a href="#/article/mixed-bare?para=1.9c027b" aria-label="رابط الفقرة 1" title="رابط الفقرة 1" lang="ar" class="paragraph-link">¶</a>
            </div>
            <div role="status" lang="ar" dir="rtl" class="copy-status">
            </div>
            </div>
            <details lang="ar" dir="rtl" class="cite-panel">
            <summary>استشهد بهذه المقالة</summary>
            <section aria-label="Chicago" class="citation">
            <h2>Chicago</h2>
            <pre lang="und-Latn" dir="ltr" tabindex="0">“Untitled note typed entirely in Latin script in an Arabic archive.” n.d. Archived in أرشيف مركز عدل لحقوق الإنسان, #/article/mixed-bare.</pre>
            <button type="button">انسخ توثيق Chicago</button>
            </section>
            <section aria-label="APA" class="citation">
            <h2>APA</h2>
            <pre lang="und-Latn" dir="ltr" tabindex="0">Untitled note typed entirely in Latin script in an Arabic archive. (n.d.). #/article/mixed-bare</pre>
            <button type="button">انسخ توثيق APA</button>
            </section>
            <section aria-label="BibTeX" class="citation">
            <h2>BibTeX</h2>
            <pre lang="en" dir="ltr" tabindex="0">@online{mixed-bare,
              title = {Untitled note typed entirely in Latin script in an Arabic archive},
              url = {\#/article/mixed-bare},
              langid = {und-Latn},
              note = {أرشيف مركز عدل لحقوق الإنسان: \#/article/mixed-bare},
            }</pre>
            <button type="button">انسخ توثيق BibTeX</button>
            </section>
            <section aria-label="RIS" class="citation">
            <h2>RIS</h2>
            <pre lang="en" dir="ltr" tabindex="0">TY  - NEWS
            TI  - Untitled note typed entirely in Latin script in an Arabic archive
            UR  - #/article/mixed-bare
            LA  - und-Latn
            N1  - أرشيف مركز عدل لحقوق الإنسان: #/article/mixed-bare
            ER  - </pre>
            <button type="button">انسخ توثيق RIS</button>
            </section>
            <section aria-label="CSL-JSON" class="citation">
            <h2>CSL-JSON</h2>
            <pre lang="en" dir="ltr" tabindex="0">[
              {
                "URL": "#/article/mixed-bare",
                "archive": "أرشيف مركز عدل لحقوق الإنسان",
                "archive_location": "#/article/mixed-bare",
                "id": "mixed-bare",
                "language": "und-Latn",
                "title": "Untitled note typed entirely in Latin script in an Arabic archive",
                "type": "article-newspaper"
              }
            ]</pre>
            <button type="button">انسخ توثيق CSL-JSON</button>
            </section>
            <p role="status" class="copy-status">
            </p>
            </details>
            <p class="reader-mark">
            <button type="button" aria-pressed="false">علِّم هذه المقالة</button>
            </p>
            <footer lang="ar" dir="rtl" class="reader-record">
            <button type="button" class="print-record">اطبع سجلّ المقالة</button>
            <p class="print-only record-line">رقم المقالة في الأرشيف: <code dir="ltr">mixed-bare</code>
            </p>
            </footer>
            </article>"##]],
    );
}

#[tokio::test]
async fn the_display_settings_are_labelled_groups_showing_the_current_choice() {
    let props = ReaderControlsProps {
        settings: ReaderSettings::default().apply(SettingsChange::Theme(Theme::Sepia)),
        on_change: Callback::noop(),
        strings: &ARABIC,
    };
    check(
        &render::<ReaderControls>(props).await,
        expect![[r#"
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
            <input type="radio" name="sahifa-theme">حسب النظام</label>
            <label>
            <input type="radio" name="sahifa-theme">فاتح</label>
            <label>
            <input type="radio" name="sahifa-theme">داكن</label>
            <label>
            <input checked type="radio" name="sahifa-theme">بنّي فاتح</label>
            </fieldset>
            <fieldset class="control">
            <legend class="control-label">شكل الأرقام</legend>
            <label>
            <input checked type="radio" name="sahifa-digits">أرقام غربية (123)</label>
            <label>
            <input type="radio" name="sahifa-digits">أرقام هندية (١٢٣)</label>
            </fieldset>
            <fieldset class="control">
            <legend class="control-label">التقويم</legend>
            <label>
            <input checked type="radio" name="sahifa-calendars">ميلادي</label>
            <label>
            <input type="radio" name="sahifa-calendars">هجري (محسوب)</label>
            <label>
            <input type="radio" name="sahifa-calendars">ميلادي وهجري</label>
            </fieldset>
            <button type="button" class="reset-settings">استعادة الإعدادات الأصلية</button>
            </div>
            </details>"#]],
    );
}

#[tokio::test]
async fn text_size_buttons_are_disabled_at_the_ends_and_english_labels_follow_the_ui() {
    let mut settings = ReaderSettings::default();
    for _ in 0..10 {
        settings = settings.apply(SettingsChange::Larger);
    }
    settings = settings.apply(SettingsChange::Digits(Digits::ArabicIndic));
    let props = ReaderControlsProps { settings, on_change: Callback::noop(), strings: &ENGLISH };
    let html = render::<ReaderControls>(props).await;
    assert!(
        html.contains(r#"<button type="button" aria-label="Larger text" disabled="disabled">+</button>"#),
        "{html}"
    );
    assert!(html.contains("<output aria-live=\"polite\">١٧٥%</output>"), "{html}");
    assert!(html.contains("<summary>Display settings</summary>"), "{html}");
}

#[tokio::test]
async fn the_language_switch_names_each_language_in_itself_and_presses_the_current_one() {
    let props = LanguageSwitchProps { current: UiLang::English, on_change: Callback::noop() };
    check(
        &render::<LanguageSwitch>(props).await,
        expect![[r#"
        <div role="group" aria-label="Interface language" class="language-switch">
        <button type="button" lang="ar" dir="rtl" aria-pressed="false">العربية</button>
        <button type="button" lang="en" dir="ltr" aria-pressed="true">English</button>
        </div>"#]],
    );
}

#[tokio::test]
async fn previous_and_next_keep_the_search_and_say_where_the_article_stands() {
    let location = sahifa_web::location::Location::from_hash("#/article/mixed-ar?q=%D8%B3%D8%AC%D9%86&sort=newest");
    let props = ReaderProps {
        location,
        next: Some(("other".into(), "مقالة أخرى".into())),
        place: Some((3, 984)),
        ..reader_props(article(MIXED, "mixed-ar"))
    };
    let html = render::<Reader>(props).await;
    let pager = &html[html.find("<nav aria-label=\"مقالات أخرى في القائمة\"").expect("a pager")..];
    assert!(pager.contains(r##"href="#/article/mixed-en?q=%D8%B3%D8%AC%D9%86&amp;sort=newest""##), "{pager}");
    assert!(pager.contains(r##"href="#/article/other?q=%D8%B3%D8%AC%D9%86&amp;sort=newest""##), "{pager}");
    assert!(pager.contains(r#"<p class="pager-place">3 من 984</p>"#), "{pager}");
}

#[tokio::test]
async fn words_too_long_to_wrap_scroll_in_boxes_and_a_megabyte_paragraph_comes_in_parts() {
    // Long enough to be unbroken, short enough for a paragraph of one part.
    let word = "ب".repeat(5_000);
    let megabyte = "كلمة سجن ".repeat(70_000);
    let mut article =
        Article::new("huge", &format!("عنوان {word}"), "ar", vec![format!("قبل {word} بعد"), megabyte.clone()]);
    article.byline = Some(word.clone());
    article.tags = vec![word.clone()];
    let query = sahifa_core::search::ParsedQuery::parse("سجن");
    let html = render::<Reader>(ReaderProps { previous: None, query, ..reader_props(Rc::new(article)) }).await;
    let unbroken = format!(r#"<span class="unbroken">{word}</span>"#);
    assert!(html.contains(&format!("<h1 tabindex=\"-1\">عنوان {unbroken}</h1>")), "the title's long word");
    assert!(
        html.contains(&format!("<p>قبل {unbroken} بعد</p>")),
        "the body's long word, its neighbours wrapped as ever"
    );
    assert!(html.contains(&format!(r#"<p class="reader-byline">{unbroken}</p>"#)), "the byline");
    // A tag is a label: cut, with an ellipsis.
    let tag = format!("<bdi>{}…</bdi>", "ب".repeat(sahifa_core::long_text::LABEL_CHARS));
    assert!(html.contains(&tag), "the tag's chip is cut");
    // The megabyte paragraph is in parts that hold it all, and its marks stop at the cap.
    let long = &html[html.find(r#"<p class="long-paragraph">"#).expect("the paragraph in parts")..];
    let long = &long[..long.find("</p>").expect("it closes")];
    let parts = long.matches(r#"<span class="part">"#).count();
    assert_eq!(parts, sahifa_core::long_text::parts(&megabyte).len());
    assert!(parts > 30, "{parts} parts");
    assert_eq!(long.matches("<mark>").count(), sahifa_core::long_text::MARKS_SHOWN);
    let text: String = long.split('<').map(|piece| piece.split_once('>').map_or(piece, |(_, text)| text)).collect();
    assert_eq!(text, megabyte, "every word of the paragraph is shown");
}

#[tokio::test]
async fn the_list_of_keys_names_each_key_as_printed_in_either_language() {
    use sahifa_web::components::keys_help::{KeysHelp, KeysHelpProps};
    for (strings, heading, search) in
        [(&ARABIC, "مفاتيح لوحة المفاتيح", "البحث"), (&ENGLISH, "Keyboard keys", "Search")]
    {
        let html = render::<KeysHelp>(KeysHelpProps { strings, on_close: Callback::noop() }).await;
        assert!(html.contains(&format!(r#"<h2 id="keys-heading">{heading}</h2>"#)), "{html}");
        assert!(html.contains(&format!(r#"<dt><kbd dir="ltr">/</kbd></dt><dd>{search}</dd>"#)), "{html}");
        assert_eq!(html.matches("<kbd").count(), 5);
    }
}

#[tokio::test]
async fn the_provenance_panel_shows_every_part_in_the_uis_words_and_the_bundles() {
    let article = article(include_bytes!("../fixtures/provenance.json"), "with-provenance");
    for (strings, name) in [(&ARABIC, "ar"), (&ENGLISH, "en")] {
        let html = render::<Reader>(ReaderProps { previous: None, strings, ..reader_props(article.clone()) }).await;
        let panel = &html[html.find(r#"<section"#).expect("a provenance section")..];
        let panel = &panel[..panel.find("</section>").expect("the section closes") + "</section>".len()];
        let expected = match name {
            "ar" => expect![[r#"
                <section aria-label="Chicago" class="citation">
                <h2>Chicago</h2>
                <pre lang="ar" dir="rtl" tabindex="0">«بيان عن قصف الحي» 2022.. https://example.org/statement. محفوظ في أرشيف مركز عدل لحقوق الإنسان: #/article/with-provenance.</pre>
                <button type="button">انسخ توثيق Chicago</button>
                </section>"#]],
            _ => expect![[r#"
                <section aria-label="Chicago" class="citation">
                <h2>Chicago</h2>
                <pre lang="ar" dir="rtl" tabindex="0">«بيان عن قصف الحي» 2022.. https://example.org/statement. محفوظ في أرشيف مركز عدل لحقوق الإنسان: #/article/with-provenance.</pre>
                <button type="button">Copy Chicago</button>
                </section>"#]],
        };
        check(panel, expected);
    }
}

#[tokio::test]
async fn the_integrity_note_says_unsigned_or_checking_and_never_signed_before_a_check() {
    use sahifa_web::shared::SharedBundle;
    let with_bundle = |bytes: &[u8], id: &str| {
        let loaded = Rc::new(parse_bundle(bytes).expect("the bundle reads"));
        let article = Rc::new(loaded.bundle.article(id).expect("the article").clone());
        ReaderProps { previous: None, bundle: Some(SharedBundle(loaded)), ..reader_props(article) }
    };
    let note = |html: &str| {
        let at = html[..html.find(r#"class="integrity "#).expect("an integrity note")].rfind("<div").unwrap();
        html[at..at + html[at..].find("</div>").expect("the note closes") + "</div>".len()].to_owned()
    };
    // The mixed fixture records no hashes: unsigned, whatever the browser could check.
    let unsigned = render::<Reader>(with_bundle(MIXED, "mixed-ar")).await;
    check(
        &note(&unsigned),
        expect![[r#"
            <div role="status" lang="ar" dir="rtl" class="integrity unsigned">
            <p class="integrity-text">غير موقّعة: لا سبيل إلى التأكد من أن هذه المقالة كما نشرها المركز.</p>
            </div>"#]],
    );
    // The sample records hashes: until the browser has checked them, it says only that it checks.
    let checking = render::<Reader>(with_bundle(SAMPLE, "e5bda383449404da")).await;
    check(
        &note(&checking),
        expect![[r#"
            <div role="status" lang="ar" dir="rtl" class="integrity checking">
            <p class="integrity-text">جارٍ التحقق من سلامة المقالة…</p>
            </div>"#]],
    );
    let english = render::<Reader>(ReaderProps { strings: &ENGLISH, ..with_bundle(MIXED, "mixed-ar") }).await;
    assert!(note(&english).contains("Unsigned: there is no way to check"), "{english}");
}

#[tokio::test]
async fn the_record_for_filing_has_a_print_button_and_names_the_article_on_paper() {
    let html = render::<Reader>(reader_props(article(SAMPLE, "e5bda383449404da"))).await;
    let record =
        &html[html.find("<footer lang=\"ar\" dir=\"rtl\" class=\"reader-record\"").expect("a record footer")..];
    let record = &record[..record.find("</footer>").expect("the footer closes") + "</footer>".len()];
    check(
        record,
        expect![[r#"
            <footer lang="ar" dir="rtl" class="reader-record">
            <button type="button" class="print-record">اطبع سجلّ المقالة</button>
            <p class="print-only record-line">رقم المقالة في الأرشيف: <code dir="ltr">e5bda383449404da</code>
            </p>
            </footer>"#]],
    );
    let english =
        render::<Reader>(ReaderProps { strings: &ENGLISH, ..reader_props(article(SAMPLE, "e5bda383449404da")) }).await;
    assert!(english.contains(">Print this record</button>"), "{english}");
    assert!(english.contains("Article id in the archive: <code dir=\"ltr\">e5bda383449404da</code>"), "{english}");
}
