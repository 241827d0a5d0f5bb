//! Search over a small hand-written archive: spellings that must meet, phrases, exclusions,
//! ranking, sorting, facets with filters, the URL state, highlights, and input that must not
//! break anything. The sentences are written for this test.

use expect_test::{expect, Expect};
use sahifa_core::search::{highlight_ranges, snippet, IndexSteps, Indexing, ParsedQuery, SearchIndex, SearchRequest};
use sahifa_core::{Article, ArticleDate, Source};

struct Fields {
    title: &'static str,
    date: Option<&'static str>,
    lang: &'static str,
    source: Option<&'static str>,
    publisher: Option<&'static str>,
    tags: &'static [&'static str],
    places: &'static [&'static str],
    people: &'static [&'static str],
    organizations: &'static [&'static str],
    body: &'static [&'static str],
}

const BLANK: Fields = Fields {
    title: "",
    date: None,
    lang: "ar",
    source: None,
    publisher: None,
    tags: &[],
    places: &[],
    people: &[],
    organizations: &[],
    body: &[],
};

fn archive() -> Vec<Article> {
    let fields = [
        Fields {
            title: "افتتاح مكتبة جديدة في الرياض",
            date: Some("2018-03-05"),
            source: Some("صحيفة الصباح"),
            publisher: Some("دار الصباح"),
            tags: &["ثقافة"],
            places: &["الرياض"],
            body: &[
                "افتُتحت اليوم مكتبةٌ عامة في حي قديم بالرياض، وتضم آلاف الكتب.",
                "وقال مديرها إن المكتبة ستفتح أبوابها للطلاب مساءً.",
            ],
            ..BLANK
        },
        Fields {
            title: "السِّجْن خمس سنوات لمدير شركة",
            date: Some("2017-11-20"),
            source: Some("وكالة الأنباء"),
            tags: &["قضاء"],
            places: &["القاهرة"],
            people: &["سامي"],
            body: &[
                "قضت محكمة بالسجن خمس سنوات على مدير شركة للنقل بعد إدانته بالاحتيال.",
                "وأكد المحامي أن موكله سيستأنف الحكم.",
            ],
            ..BLANK
        },
        Fields {
            title: "إصلاح السجون في تونس",
            date: Some("2016-06-01"),
            source: Some("وكالة الأنباء"),
            tags: &["قضاء", "مجتمع"],
            places: &["تونس"],
            body: &[
                "أعلنت الوزارة خطة لتحسين أوضاع السجون والسجناء.",
                "وتشمل الخطة بناء سجن جديد في الجنوب، وتدريب الشركات المحلية.",
            ],
            ..BLANK
        },
        Fields {
            title: "مباراة حاسمة في كرة القدم",
            date: Some("2018-06-14"),
            source: Some("صحيفة الصباح"),
            tags: &["رياضة"],
            places: &["موسكو"],
            organizations: &["الاتحاد الدولي لكرة القدم"],
            body: &["يلتقي المنتخبان مساء الخميس في مباراة حاسمة لكرة القدم.", "The match starts at 18:00 in Moscow."],
            ..BLANK
        },
        Fields {
            title: "أسعار النفط ترتفع",
            date: Some("2018-06-14"),
            body: &["ارتفعت أسعار النفط ٣ في المئة بعد اجتماع المنتجين.", "ويتوقع المحللون استقرار السوق."],
            ..BLANK
        },
        Fields {
            title: "Conseil de sécurité : réunion d'urgence",
            date: Some("2018-02-10"),
            lang: "fr",
            source: Some("Agence"),
            tags: &["politique"],
            body: &["Le Conseil de sécurité se réunit après l'attaque.", "Aucune décision n'a été prise."],
            ..BLANK
        },
        Fields {
            title: "مجلس الأمن يناقش الأزمة",
            source: Some("وكالة الأنباء"),
            tags: &["سياسة"],
            body: &["عقد مجلسُ الأمن جلسةً طارئة لمناقشة الأزمة.", "وطالب الأعضاء بوقف إطلاق النار."],
            ..BLANK
        },
        Fields {
            title: "ندوة عن الأمن الغذائي",
            date: Some("2015-08-01"),
            source: Some("صحيفة الصباح"),
            tags: &["اقتصاد"],
            body: &["ناقش الخبراء في المجلس البلدي قضايا الأمن الغذائي.", "وقدمت شركة محلية مقترحات."],
            ..BLANK
        },
    ];
    fields
        .into_iter()
        .enumerate()
        .map(|(i, f)| Article {
            id: format!("a{i}"),
            title: f.title.into(),
            date: f.date.map(|d| ArticleDate::parse(d).unwrap()),
            lang: f.lang.into(),
            body: f.body.iter().map(|p| p.to_string()).collect(),
            summary: None,
            byline: None,
            publisher: f.publisher.map(Into::into),
            source: f.source.map(|name| Source { name: name.into(), url: None }),
            url: None,
            tags: f.tags.iter().map(|t| t.to_string()).collect(),
            places: f.places.iter().map(|t| t.to_string()).collect(),
            people: f.people.iter().map(|t| t.to_string()).collect(),
            organizations: f.organizations.iter().map(|t| t.to_string()).collect(),
            events: Vec::new(),
            provenance: None,
        })
        .collect()
}

/// Runs the search a URL query string describes; shows the hits as article numbers, then each
/// facet that has buckets (`*` marks a selected one, `?` is "unknown").
fn check(url: &str, expect: Expect) {
    let articles = archive();
    let index = SearchIndex::build(&articles);
    let results = index.search(&SearchRequest::from_query_string(url));
    let hits: Vec<String> = results.hits.iter().map(u32::to_string).collect();
    let mut out = format!("hits: {}\n", hits.join(" "));
    for facet in &results.facets {
        let buckets: Vec<String> = facet
            .buckets
            .iter()
            .map(|b| {
                let name = match &b.bucket {
                    sahifa_core::search::FacetValue::Value(v) => v.as_str(),
                    sahifa_core::search::FacetValue::Unknown => "?",
                };
                format!("{}{name} {}", if b.selected { "*" } else { "" }, b.count)
            })
            .collect();
        if !buckets.is_empty() {
            out += &format!("{}: {}\n", facet.facet.key(), buckets.join(", "));
        }
    }
    expect.assert_eq(&out);
}

/// Only the hits.
fn check_hits(url: &str, expect: Expect) {
    let index = SearchIndex::build(&archive());
    let hits: Vec<String> =
        index.search(&SearchRequest::from_query_string(url)).hits.iter().map(u32::to_string).collect();
    expect.assert_eq(&hits.join(" "));
}

#[test]
fn spellings_of_a_word_meet() {
    check_hits("q=سجن ", expect!["2 1"]);
    check_hits("q=السجن ", expect!["2 1"]);
    check_hits("q=بالسجن ", expect!["2 1"]);
    check_hits("q=السِّجْنُ ", expect!["2 1"]);
    // A broken plural meets its singular: السجون finds سجن, and the other way round.
    check_hits("q=والسجون ", expect!["2 1"]);
    check_hits("q=الشركات ", expect!["1 2 7"]);
    check_hits("q=مكتبه ", expect!["0"]);
    check_hits("q=اسعار ", expect!["4"]);
    check_hits("q=3 ", expect!["4"]);
    check_hits("q=SECURITE ", expect!["5"]);
}

#[test]
fn words_phrases_exclusions_and_the_word_being_typed() {
    check_hits("q=مجلس الأمن ", expect!["6 7"]);
    check_hits("q=\"مجلس الأمن\"", expect!["6"]);
    check_hits("q=الأمن -الغذائي", expect!["6"]);
    check_hits("q=كرة الق", expect!["3"]);
    check_hits("q=مكت", expect!["0"]);
    check_hits("q=\"كرة القدم", expect!["3"]);
    check_hits("q=match moscow", expect!["3"]);
}

#[test]
fn ranking_and_sorting() {
    // Title matches first, then the body; the date breaks ties.
    check_hits("q=الأمن ", expect!["7 6"]);
    check_hits("q=حاسمة ", expect!["3"]);
    check_hits("", expect!["3 4 0 5 1 2 7 6"]);
    check_hits("sort=newest", expect!["3 4 0 5 1 2 7 6"]);
    check_hits("sort=oldest", expect!["7 2 1 5 0 3 4 6"]);
    check_hits("q=سجن &sort=oldest", expect!["2 1"]);
}

#[test]
fn a_phrase_is_found_where_its_words_follow_each_other() {
    let article = |id: &str, body: &[&str]| Article::new(id, "t", "en", body.iter().map(|p| p.to_string()).collect());
    let articles = [
        // A partial match that fails must not hide the match that starts inside it.
        article("a", &["the red red red fox ran"]),
        // No phrase crosses a paragraph break.
        article("b", &["a red", "fox"]),
        article("c", &["fox red"]),
        article("d", &["red fox"]),
    ];
    let index = SearchIndex::build(&articles);
    let ids = |query: &str| -> Vec<&str> {
        let request = SearchRequest { query: query.into(), ..SearchRequest::default() };
        let mut ids: Vec<&str> =
            index.search(&request).hits.iter().map(|&h| articles[h as usize].id.as_str()).collect();
        ids.sort_unstable();
        ids
    };
    assert_eq!(ids("\"red fox\""), ["a", "d"]);
    assert_eq!(ids("\"red red fox\""), ["a"]);
    assert_eq!(ids("\"red red red red\""), Vec::<&str>::new());
    assert_eq!(ids("\"fox red\""), ["c"]);
    assert_eq!(ids("-\"red fox\" red"), ["b", "c"]);
}

#[test]
fn an_archive_already_newest_first_sorts_the_same() {
    // A bundle comes newest first (undated last, ties by id), and the index then skips sorting
    // by date: the same articles must come in the same order as from the shuffled archive.
    let shuffled = archive();
    let mut sorted = archive();
    sorted.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.id.cmp(&b.id)));
    let (from_shuffled, from_sorted) = (SearchIndex::build(&shuffled), SearchIndex::build(&sorted));
    let ids = |articles: &[Article], index: &SearchIndex, url: &str| -> Vec<String> {
        let hits = index.search(&SearchRequest::from_query_string(url)).hits;
        hits.iter().map(|&h| articles[h as usize].id.clone()).collect()
    };
    for url in ["", "sort=newest", "sort=oldest", "q=الأمن ", "q=سجن&sort=newest", "q=ال", "tag=قضاء&sort=oldest"]
    {
        assert_eq!(ids(&shuffled, &from_shuffled, url), ids(&sorted, &from_sorted, url), "{url}");
    }
}

#[test]
fn facets_follow_the_query_and_the_other_filters() {
    check(
        "",
        expect![[r#"
        hits: 3 4 0 5 1 2 7 6
        source: صحيفة الصباح 3, وكالة الأنباء 3, Agence 1, ? 1
        publisher: ? 7, دار الصباح 1
        tag: قضاء 2, politique 1, اقتصاد 1, ثقافة 1, رياضة 1, سياسة 1, مجتمع 1, ? 1
        place: ? 4, الرياض 1, القاهرة 1, تونس 1, موسكو 1
        person: ? 7, سامي 1
        org: ? 7, الاتحاد الدولي لكرة القدم 1
        lang: ar 7, fr 1
        year: 2018 4, 2015 1, 2016 1, 2017 1, ? 1
    "#]],
    );
    check(
        "source=وكالة الأنباء&tag=قضاء",
        expect![[r#"
        hits: 1 2
        source: *وكالة الأنباء 2
        publisher: ? 2
        tag: *قضاء 2, سياسة 1, مجتمع 1
        place: القاهرة 1, تونس 1
        person: سامي 1, ? 1
        org: ? 2
        lang: ar 2
        year: 2016 1, 2017 1
    "#]],
    );
    check(
        "tag=قضاء&tag=رياضة",
        expect![[r#"
        hits: 3 1 2
        source: وكالة الأنباء 2, صحيفة الصباح 1
        publisher: ? 3
        tag: *قضاء 2, politique 1, اقتصاد 1, ثقافة 1, *رياضة 1, سياسة 1, مجتمع 1, ? 1
        place: القاهرة 1, تونس 1, موسكو 1
        person: ? 2, سامي 1
        org: ? 2, الاتحاد الدولي لكرة القدم 1
        lang: ar 3
        year: 2016 1, 2017 1, 2018 1
    "#]],
    );
    check(
        "source=&tag=",
        expect![[r#"
        hits: 4
        source: *? 1
        publisher: ? 1
        tag: *? 1
        place: ? 1
        person: ? 1
        org: ? 1
        lang: ar 1
        year: 2018 1
    "#]],
    );
    check(
        "q=الأمن&lang=ar",
        expect![[r#"
        hits: 7 6
        source: صحيفة الصباح 1, وكالة الأنباء 1
        publisher: ? 2
        tag: اقتصاد 1, سياسة 1
        place: ? 2
        person: ? 2
        org: ? 2
        lang: *ar 2
        year: 2015 1, ? 1
    "#]],
    );
    check(
        "from=2018-01-01&to=2018-06-14",
        expect![[r#"
        hits: 3 4 0 5
        source: صحيفة الصباح 2, Agence 1, ? 1
        publisher: ? 3, دار الصباح 1
        tag: politique 1, ثقافة 1, رياضة 1, ? 1
        place: ? 2, الرياض 1, موسكو 1
        person: ? 4
        org: ? 3, الاتحاد الدولي لكرة القدم 1
        lang: ar 3, fr 1
        year: 2018 4
    "#]],
    );
    check(
        "from=2018-06-14&to=2018-06-14&source=صحيفة الصباح",
        expect![[r#"
        hits: 3
        source: *صحيفة الصباح 1, ? 1
        publisher: ? 1
        tag: رياضة 1
        place: موسكو 1
        person: ? 1
        org: الاتحاد الدولي لكرة القدم 1
        lang: ar 1
        year: 2018 1
    "#]],
    );
    check(
        "tag=لا يوجد",
        expect![[r#"
        hits: 
        tag: قضاء 2, politique 1, اقتصاد 1, ثقافة 1, رياضة 1, سياسة 1, مجتمع 1, ? 1, *لا يوجد 0
    "#]],
    );
}

/// The text with its highlights in brackets.
fn check_highlight(text: &str, query: &str, expect: Expect) {
    let ranges = highlight_ranges(text, &ParsedQuery::parse(query));
    let mut out = String::new();
    let mut at = 0;
    for r in ranges {
        out += &text[at..r.start];
        out += "[";
        out += &text[r.clone()];
        out += "]";
        at = r.end;
    }
    out += &text[at..];
    expect.assert_eq(&out);
}

#[test]
fn highlights_land_on_the_original_characters() {
    check_highlight("السِّجْن خمس سنوات", "سجن ", expect!["[السِّجْن] خمس سنوات"]);
    check_highlight(
        "قضت محكمة بالسجن ثم أُطلق من السُّجُونِ",
        "سجن السجون ",
        expect!["قضت محكمة [بالسجن] ثم أُطلق من [السُّجُونِ]"],
    );
    check_highlight(
        "عقد مجلسُ الأمن جلسةً، وقال مجلس آخر",
        "\"مجلس الأمن\"",
        expect!["عقد [مجلسُ الأمن] جلسةً، وقال مجلس آخر"],
    );
    check_highlight("عقد مجلسُ الأمن جلسةً", "مجل", expect!["عقد [مجلسُ] الأمن جلسةً"]);
    // A listed broken plural is marked for its singular.
    check_highlight("أُطلق من السُّجُونِ والأسرى", "سجن اسير ", expect!["أُطلق من [السُّجُونِ] [والأسرى]"]);
    check_highlight("مـــجـلـس الأمـــن", "مجلس الامن ", expect!["[مـــجـلـس] [الأمـــن]"]);
    check_highlight("ﻻﻋﺐ كرة", "لاعب ", expect!["[ﻻﻋﺐ] كرة"]);
    check_highlight("Le Conseil de SÉCURITÉ", "securite conseil ", expect!["Le [Conseil] de [SÉCURITÉ]"]);
    check_highlight("ارتفعت ٣٠ في المئة", "30 ", expect!["ارتفعت [٣٠] في المئة"]);
    check_highlight("نص بلا تطابق", "سجن ", expect!["نص بلا تطابق"]);
    check_highlight("نص", "", expect!["نص"]);
}

#[test]
fn a_snippet_is_a_window_around_the_first_match() {
    let paragraphs: Vec<String> = vec![
        "فقرة أولى لا شيء فيها.".into(),
        "بدأت الجلسة صباحاً بكلمات طويلة عن الميزانية والتعليم والصحة، ثم عقد مجلسُ الأمن جلسته الثانية بعد الظهر وناقش الأعضاء مشاريع قرارات عديدة حتى المساء.".into(),
    ];
    let render = |query: &str, width: usize| match snippet(&paragraphs, &ParsedQuery::parse(query), width) {
        None => "none".to_owned(),
        Some(s) => {
            let text = &paragraphs[s.paragraph];
            let marks: Vec<&str> = s.highlights.iter().map(|h| &text[h.clone()]).collect();
            format!(
                "{} {}{}{} {:?}",
                s.paragraph,
                if s.cut_before() { "…" } else { "" },
                &text[s.range.clone()],
                if s.cut_after(text) { "…" } else { "" },
                marks
            )
        }
    };
    expect![[r#"1 …ثم عقد مجلسُ الأمن جلسته الثانية بعد… ["مجلس\u{64f}"]"#]].assert_eq(&render("مجلس ", 40));
    expect![[r#"1 بدأت الجلسة صباحاً بكلمات… ["بدأت"]"#]].assert_eq(&render("بدأت ", 30));
    expect![[r#"1 بدأت الجلسة صباحاً بكلمات طويلة عن الميزانية والتعليم والصحة، ثم عقد مجلسُ الأمن جلسته الثانية بعد الظهر وناقش الأعضاء مشاريع قرارات عديدة حتى المساء. ["مجلس\u{64f}"]"#]].assert_eq(&render("مجلس ", 1000));
    expect!["none"].assert_eq(&render("غائب ", 40));
    expect![[r#"1 …م… ["م"]"#]].assert_eq(&render("مجلس ", 0));
}

#[test]
fn a_snippet_inside_one_enormous_word_is_still_a_window() {
    let word = "ب".repeat(100_000);
    let paragraphs = vec![format!("مقدمة {word} خاتمة"), format!("{word}مجلس")];
    for (query, width) in [("ببب", 160), ("مقدمة ", 160), ("ببب", 1), ("ببب", 0)] {
        let s = snippet(&paragraphs, &ParsedQuery::parse(query), width).expect("the word matches");
        let text = &paragraphs[s.paragraph];
        let shown = &text[s.range.clone()];
        assert!(shown.chars().count() <= width.max(1), "{query:?} at {width}: {} characters", shown.chars().count());
        assert!(!s.highlights.is_empty(), "{query:?} at {width}: the match is marked");
        for h in &s.highlights {
            assert!(
                s.range.start <= h.start && h.end <= s.range.end,
                "{query:?} at {width}: {h:?} outside {:?}",
                s.range
            );
            assert!(text.is_char_boundary(h.start) && text.is_char_boundary(h.end));
        }
        assert!(s.cut_after(text), "{query:?} at {width}: the word goes on, and the snippet says so");
    }
}

#[test]
fn no_input_breaks_a_search() {
    let articles = archive();
    let index = SearchIndex::build(&articles);
    let long = "كرة قدم ".repeat(1300);
    let bad = [
        "",
        "!!!",
        "؟؟؟ ، ؛ « » “ ”",
        "ًٌٍَُِّْـــ",
        "\"",
        "\"\"",
        "\"مجلس",
        "مجلس\"الأمن",
        "-",
        "--مجلس",
        "-\"مجلس الأمن\"",
        "\u{202B}مجلس\u{202C}\u{200F}",
        "\u{200E}\u{200F}\u{2066}\u{2069}",
        "مجلس security ١٢٣ 中文 🙂",
        "\u{0}\u{FFFF}\u{FEFF}",
        long.as_str(),
    ];
    let mut out = String::new();
    for query in bad {
        let request = SearchRequest { query: query.to_owned(), ..SearchRequest::default() };
        let results = index.search(&request);
        for a in &articles {
            for text in std::iter::once(&a.title).chain(&a.body) {
                for r in highlight_ranges(text, &results.query) {
                    assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
                }
            }
        }
        snippet(&articles[6].body, &results.query, 20);
        let shown: String = query.chars().take(12).collect();
        out += &format!("{shown:?}: {} hits\n", results.hits.len());
    }
    expect![[r#"
        "": 8 hits
        "!!!": 8 hits
        "؟؟؟ ، ؛ « » ": 8 hits
        "\u{64b}\u{64c}\u{64d}\u{64e}\u{64f}\u{650}\u{651}\u{652}ـــ": 8 hits
        "\"": 8 hits
        "\"\"": 8 hits
        "\"مجلس": 2 hits
        "مجلس\"الأمن": 2 hits
        "-": 8 hits
        "--مجلس": 6 hits
        "-\"مجلس الأمن": 7 hits
        "\u{202b}مجلس\u{202c}\u{200f}": 2 hits
        "\u{200e}\u{200f}\u{2066}\u{2069}": 8 hits
        "مجلس securit": 0 hits
        "\0\u{ffff}\u{feff}": 8 hits
        "كرة قدم كرة ": 1 hits
    "#]]
    .assert_eq(&out);
}

#[test]
fn an_index_built_in_slices_is_the_same_index() {
    let articles = archive();
    let whole = SearchIndex::build(&articles);
    let mut indexing = Indexing::new(IndexSteps { articles_read: 2, articles_laid_out: 3 });
    let sliced = loop {
        if let Some(index) = indexing.step(&articles) {
            break index;
        }
    };
    for url in ["", "q=سجن", "q=\"مجلس الأمن\"", "q=الأ&tag=قضاء&tag=", "q=كرة -مباراة&sort=oldest"]
    {
        let request = SearchRequest::from_query_string(url);
        assert_eq!(whole.search(&request), sliced.search(&request), "{url}");
    }
}

#[test]
fn an_empty_archive_searches() {
    let index = SearchIndex::build(&[]);
    let results = index.search(&SearchRequest::from_query_string("q=سجن&tag=&sort=oldest"));
    expect!["[] 8"].assert_eq(&format!("{:?} {}", results.hits, results.facets.len()));
}

#[test]
fn one_search_gives_the_timeline_its_matches_in_any_period() {
    let index = SearchIndex::build(&archive());
    for url in ["q=سجن&from=2018-01-01", "to=2017-12-31&tag=قضاء", "q=الأ&from=2016-01-01&to=2016-12-31&sort=oldest"]
    {
        let request = SearchRequest::from_query_string(url);
        let results = index.search(&request);
        let mut any_period = request.clone();
        (any_period.filters.from, any_period.filters.to) = (None, None);
        let mut want = index.search(&any_period).hits;
        want.sort_unstable();
        assert_eq!(results.hits_in_any_period.as_deref(), Some(&want[..]), "{url}");
        assert!(results.hits.iter().all(|h| want.contains(h)), "{url}");
    }
    let undated = index.search(&SearchRequest::from_query_string("q=سجن&tag=قضاء"));
    assert_eq!(undated.hits_in_any_period, None);
}

/// The hits of a query, as a set.
fn hit_set(index: &SearchIndex, query: &str) -> std::collections::BTreeSet<u32> {
    index.search(&SearchRequest { query: query.to_owned(), ..SearchRequest::default() }).hits.into_iter().collect()
}

/// Typing `word` letter by letter after `before`, from its second letter on: each step's hits
/// include the finished word's, so the list never collapses in the middle of a word. (The
/// finished word as written: the terms one edit from it that a rare word is also corrected to
/// are not words it begins.)
fn assert_typing_keeps(index: &SearchIndex, before: &str, word: &str) {
    let finished = hit_set(index, &format!("{before}\"{word}\" "));
    let letters: Vec<char> = word.chars().collect();
    for typed in 2..=letters.len() {
        let so_far: String = letters[..typed].iter().collect();
        let hits = hit_set(index, &format!("{before}{so_far}"));
        let lost: Vec<&u32> = finished.difference(&hits).collect();
        assert!(lost.is_empty(), "{before}{so_far} (typing {word}) lost {lost:?} of {finished:?}");
    }
}

#[test]
fn the_results_never_collapse_while_a_word_is_typed() {
    let articles = archive();
    let index = SearchIndex::build(&articles);
    for a in &articles {
        for text in std::iter::once(&a.title).chain(&a.body) {
            for word in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
                assert_typing_keeps(&index, "", word);
            }
        }
    }
    // One letter after a space keeps the results of what came before.
    assert_eq!(hit_set(&index, "مجلس ا"), hit_set(&index, "مجلس "));
    assert_eq!(hit_set(&index, "الأمن غ"), hit_set(&index, "الأمن "));
    check_hits("q=الأمن غ", expect!["7 6"]);
}

#[test]
fn or_matches_either_word() {
    check_hits("q=مكتبة OR الشركات ", expect!["0 1 2 7"]);
    check_hits("q=مكتبة | موكله", expect!["0 1"]);
    check_hits("q=مكتبة|موكله", expect!["0 1"]);
    check_hits("q=مجلس الأمن|كرة ", expect!["6 7"]);
    // أو is a word like any other.
    check_hits("q=مكتبة أو الشركات ", expect![""]);
}

#[test]
fn the_results_never_collapse_while_a_corpus_word_is_typed() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/arabic-news.jsonl");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: the corpus is not at {} (see README)", path.display());
        return;
    };
    // A thousand articles keep the test quick in a debug build; the quality bench reads them all.
    let articles: Vec<Article> = text
        .lines()
        .take(1_000)
        .enumerate()
        .map(|(i, line)| {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            let s = |k: &str| v[k].as_str().unwrap_or_default().to_owned();
            Article {
                id: format!("c{i}"),
                title: s("title"),
                body: s("body").split('\n').map(str::to_owned).collect(),
                lang: "ar".into(),
                ..archive().remove(0)
            }
        })
        .collect();
    let index = SearchIndex::build(&articles);
    // Every 20th title word, typed alone and after the title's first word.
    let words: Vec<(&str, &str)> = articles
        .iter()
        .flat_map(|a| {
            let words: Vec<&str> = a.title.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
            let first = words.first().copied().unwrap_or_default();
            words.into_iter().map(move |w| (first, w))
        })
        .step_by(20)
        .collect();
    assert!(words.len() > 300, "the corpus gave {} title words", words.len());
    for (first, word) in words {
        assert_typing_keeps(&index, "", word);
        assert_typing_keeps(&index, &format!("{first} "), word);
    }
}

/// The hits, then each corrected word as `typed → corrections`.
fn check_corrected(query: &str, expect: Expect) {
    let index = SearchIndex::build(&archive());
    let results = index.search(&SearchRequest { query: query.to_owned(), ..SearchRequest::default() });
    let hits: Vec<String> = results.hits.iter().map(u32::to_string).collect();
    let mut out = hits.join(" ");
    for w in results.query.words.iter().filter(|w| !w.corrections.is_empty()) {
        out += &format!("\n{} → {}", w.terms.join("|"), w.corrections.join("|"));
    }
    expect.assert_eq(&out);
}

#[test]
fn a_word_one_edit_away_is_corrected() {
    // A letter left out, one too many, one changed, two neighbours swapped.
    check_corrected(
        "الاحتيل ",
        expect![[r#"
        1
        احتيل → احتيال"#]],
    );
    check_corrected(
        "الاحتيبال ",
        expect![[r#"
        1
        احتيبال → احتيال"#]],
    );
    check_corrected(
        "الاحتيعل ",
        expect![[r#"
        1
        احتيعل → احتيال"#]],
    );
    check_corrected(
        "مكبتة ",
        expect![[r#"
        0
        مكبته → مكتبه"#]],
    );
    check_corrected(
        "مجلسس ",
        expect![[r#"
        6 7
        مجلسس → مجلس"#]],
    );
    // While typed too.
    check_corrected(
        "الاحتيبال",
        expect![[r#"
        1
        احتيبال → احتيال"#]],
    );
    check_corrected("الاحتيال ", expect!["1"]);
    // Quoted, a word is searched as written.
    check_corrected("\"الاحتيبال\"", expect![]);
    // Short words are not corrected: one edit of them is another word.
    check_corrected("سجو ", expect![]);
}

#[test]
fn exact_matches_rank_above_corrected_ones() {
    let article =
        |title: &str, body: &str| Article { title: title.into(), body: vec![body.into()], ..archive().remove(0) };
    // The second article has the word only in its body, as typed; the first has a correction
    // of it twice in its title.
    let articles = [article("احتيال احتيال", "قضية"), article("قضية", "عن الاحتيبال")];
    let index = SearchIndex::build(&articles);
    let results = index.search(&SearchRequest { query: "الاحتيبال ".into(), ..SearchRequest::default() });
    assert_eq!(results.hits, [1, 0]);
    assert_eq!(results.query.words[0].corrections, ["احتيال"]);
}

#[test]
fn the_way_back_quotes_the_corrected_words() {
    let index = SearchIndex::build(&archive());
    let way_back = |query: &str| {
        let results = index.search(&SearchRequest { query: query.to_owned(), ..SearchRequest::default() });
        sahifa_core::search::as_written(query, &results.query)
    };
    assert_eq!(way_back("مجلسس الأمن"), "\"مجلسس\" الأمن");
    assert_eq!(way_back("الاحتيبال، مجلسس"), "\"الاحتيبال،\" \"مجلسس\"");
    assert_eq!(way_back("مجلس الأمن"), "مجلس الأمن");
    assert_eq!(index.search(&SearchRequest { query: way_back("مجلسس"), ..SearchRequest::default() }).hits, [0u32; 0]);
}

#[test]
fn a_search_that_finds_nothing_suggests_the_nearest_words_that_find_something() {
    let index = SearchIndex::build(&archive());
    let suggest = |query: &str| {
        let request = SearchRequest { query: query.to_owned(), ..SearchRequest::default() };
        let results = index.search(&request);
        assert!(results.hits.is_empty(), "{query} finds {:?}", results.hits);
        index.did_you_mean(&request, &results.query)
    };
    // Each word found alone, never together: the nearest words that are.
    assert_eq!(suggest("\"الاحتيبال\"").as_deref(), Some("\"الاحتيال\""));
    assert_eq!(suggest("\"مجلسس الأمن\"").as_deref(), Some("\"مجلس الأمن\""));
    assert_eq!(suggest("كلمةلاتوجدفيالنموذج"), None);
}

#[test]
fn and_within_a_facet_keeps_the_articles_with_every_ticked_value() {
    // OR: either tag; AND: both, and every count is what ticking that value would leave.
    check(
        "tag=قضاء&tag=مجتمع",
        expect![[r#"
            hits: 1 2
            source: وكالة الأنباء 2
            publisher: ? 2
            tag: *قضاء 2, politique 1, اقتصاد 1, ثقافة 1, رياضة 1, سياسة 1, *مجتمع 1, ? 1
            place: القاهرة 1, تونس 1
            person: سامي 1, ? 1
            org: ? 2
            lang: ar 2
            year: 2016 1, 2017 1
        "#]],
    );
    check(
        "tag=قضاء&tag=مجتمع&all=tag",
        expect![[r#"
            hits: 2
            source: وكالة الأنباء 1
            publisher: ? 1
            tag: *قضاء 1, *مجتمع 1
            place: تونس 1
            person: ? 1
            org: ? 1
            lang: ar 1
            year: 2016 1
        "#]],
    );
    // AND with one value ticked is that value's articles, counted as AND counts.
    check(
        "tag=قضاء&all=tag",
        expect![[r#"
            hits: 1 2
            source: وكالة الأنباء 2
            publisher: ? 2
            tag: *قضاء 2, مجتمع 1
            place: القاهرة 1, تونس 1
            person: سامي 1, ? 1
            org: ? 2
            lang: ar 2
            year: 2016 1, 2017 1
        "#]],
    );
    // A value the archive lacks leaves nothing under AND, and is still shown as ticked.
    check_hits("tag=قضاء&tag=غائب&all=tag", expect![""]);
    check_hits("tag=قضاء&tag=غائب", expect!["1 2"]);
    // The mode alone filters nothing.
    assert_eq!(
        SearchIndex::build(&archive()).search(&SearchRequest::from_query_string("all=tag")).hits.len(),
        archive().len()
    );
}
