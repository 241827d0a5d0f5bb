//! Each format's file for a small set: the seed, an English article and one written to break a
//! spreadsheet; and the bundle export of the sample read back as the same articles.

use super::*;
use crate::parse_bundle;
use expect_test::{expect, Expect};

const SAMPLE: &[u8] = include_bytes!("../../../../static/sample/bundle.json");

fn english() -> Article {
    let mut article =
        Article::new("en-1", "Water returns to \"Hasakah\", at last", "en", vec!["First.".into(), "Second.".into()]);
    article.byline = Some("Myles B. Caggins".into());
    article.date = crate::date::ArticleDate::parse("2022-02-03T10:30+03:00").ok();
    article.source = Some(crate::Source { name: "North Press".into(), url: Some("https://npasyria.com/en".into()) });
    article.publisher = Some("North Press Agency".into());
    article.url = Some("https://npasyria.com/en/1".into());
    article.tags = vec!["water".into(), "services".into()];
    article.places = vec!["Hasakah".into()];
    article
}

/// An article whose cells a spreadsheet would take for formulas, with a line break and quotes.
fn hostile() -> Article {
    let mut article = Article::new("x-2", "=HYPERLINK(\"https://evil.example\",\"click\")", "en", vec!["p".into()]);
    article.publisher = Some("+1 news".into());
    article.source = Some(crate::Source { name: "@source".into(), url: None });
    article.tags = vec!["-5".into(), "a, b".into()];
    article.people = vec!["line\nbreak".into()];
    article.places = vec!["\tTab".into()];
    article
}

fn archive() -> Archive<'static> {
    Archive {
        title: "Archive «test»", lang: "ar", description: None, today: crate::date::parse_day("2026-12-06").ok()
    }
}

fn check(format: Format, articles: &[Article], expected: Expect) {
    let links: Vec<String> = articles.iter().map(|a| format!("https://archive.example/#/article/{}", a.id)).collect();
    let pairs: Vec<(&Article, &str)> = articles.iter().zip(&links).map(|(a, l)| (a, l.as_str())).collect();
    // Each CRLF shown as ␍ and a line break: rustfmt would strip a carriage return from the
    // snapshot's literal.
    expected.assert_eq(&whole(format, &archive(), &pairs).replace("\r\n", "␍\n"));
}

fn seed() -> Article {
    parse_bundle(SAMPLE).unwrap().bundle.articles.remove(0)
}

#[test]
fn csv_opens_with_a_byte_order_mark_and_quotes_every_field() {
    let text = whole(Format::Csv, &archive(), &[]);
    assert!(text.starts_with('\u{feff}'), "{text:?}");
    check(
        Format::Csv,
        &[seed(), english(), hostile()],
        expect![[r#"
            ﻿"id","title","date","source","publisher","tags","people","places","url","link"␍
            "e5bda383449404da","متحدث التحالف الأسبق: هجوم “داعش” الأخير على سجن الحسكة رسالة إلى العالم","2022-01-31","نورث برس","مركز عدل لحقوق الإنسان","داعش; سجن الصناعة; التحالف الدولي","مايلز كاغينز","الحسكة; سجن الصناعة; حي غويران; شمال شرق سوريا; سوريا; العراق; الباغوز; دير الزور; الأنبار; نينوى; كوباني; واشنطن; تركيا","","https://archive.example/#/article/e5bda383449404da"␍
            "en-1","Water returns to ""Hasakah"", at last","2022-02-03T10:30+03:00","North Press","North Press Agency","water; services","","Hasakah","https://npasyria.com/en/1","https://archive.example/#/article/en-1"␍
            "x-2","'=HYPERLINK(""https://evil.example"",""click"")","","'@source","'+1 news","'-5; a, b","line
            break","'	Tab","","https://archive.example/#/article/x-2"␍
        "#]],
    );
}

#[test]
fn csv_rows_end_with_crlf() {
    let text = whole(Format::Csv, &archive(), &[(&english(), "l")]);
    assert_eq!(text.matches("\r\n").count(), 2);
    assert!(text.ends_with("\"l\"\r\n"));
}

#[test]
fn json_is_a_bundle_of_the_articles_as_shown() {
    check(
        Format::Json,
        &[english(), hostile()],
        expect![[r#"
            {"sahifa":1,"title":"Archive «test»","lang":"ar","articles":[
            {"id":"en-1","title":"Water returns to \"Hasakah\", at last","date":"2022-02-03T10:30+03:00","lang":"en","byline":"Myles B. Caggins","publisher":"North Press Agency","source":{"name":"North Press","url":"https://npasyria.com/en"},"url":"https://npasyria.com/en/1","tags":["water","services"],"places":["Hasakah"],"body":["First.","Second."]},
            {"id":"x-2","title":"=HYPERLINK(\"https://evil.example\",\"click\")","lang":"en","publisher":"+1 news","source":{"name":"@source"},"tags":["-5","a, b"],"places":["\tTab"],"people":["line\nbreak"],"body":["p"]}
            ]}
        "#]],
    );
    check(
        Format::Json,
        &[],
        expect![[r#"
            {"sahifa":1,"title":"Archive «test»","lang":"ar","articles":[
            ]}
        "#]],
    );
}

#[test]
fn the_sample_exported_as_json_reads_back_as_the_same_articles() {
    let loaded = parse_bundle(SAMPLE).unwrap();
    let bundle = &loaded.bundle;
    let meta =
        Archive { title: &bundle.title, lang: &bundle.lang, description: bundle.description.as_deref(), today: None };
    let pairs: Vec<(&Article, &str)> = bundle.articles.iter().map(|a| (a, "")).collect();
    let again = parse_bundle(whole(Format::Json, &meta, &pairs).as_bytes()).unwrap();
    assert_eq!(again.diagnostics, Vec::new());
    assert_eq!(again.bundle.articles, bundle.articles);
    assert_eq!((&again.bundle.title, &again.bundle.lang), (&bundle.title, &bundle.lang));
}

#[test]
fn bibtex_and_ris_are_the_citations_one_after_another() {
    check(
        Format::Bibtex,
        &[english(), hostile()],
        expect![[r#"
            @online{en-1,
              author = {Caggins, Myles B.},
              title = {Water returns to "Hasakah", at last},
              date = {2022-02-03},
              organization = {North Press},
              url = {https://npasyria.com/en/1},
              urldate = {2026-12-06},
              langid = {en},
              note = {Archive «test»: https://archive.example/\#/article/en-1},
            }

            @online{x-2,
              title = {=HYPERLINK("https://evil.example","click")},
              organization = {@source},
              url = {https://archive.example/\#/article/x-2},
              urldate = {2026-12-06},
              langid = {en},
              note = {Archive «test»: https://archive.example/\#/article/x-2},
            }

        "#]],
    );
    check(
        Format::Ris,
        &[english(), hostile()],
        expect![[r#"
            TY  - NEWS
            AU  - Caggins, Myles B.
            TI  - Water returns to "Hasakah", at last
            PY  - 2022
            DA  - 2022/02/03
            T2  - North Press
            PB  - North Press Agency
            UR  - https://npasyria.com/en/1
            Y2  - 2026/12/06
            LA  - en
            N1  - Archive «test»: https://archive.example/#/article/en-1
            ER  - 

            TY  - NEWS
            TI  - =HYPERLINK("https://evil.example","click")
            T2  - @source
            PB  - +1 news
            UR  - https://archive.example/#/article/x-2
            Y2  - 2026/12/06
            LA  - en
            N1  - Archive «test»: https://archive.example/#/article/x-2
            ER  - 

        "#]],
    );
}
