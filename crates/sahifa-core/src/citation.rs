//! An article cited, in the five forms a researcher needs: Chicago author-date and APA as text,
//! BibTeX, RIS and CSL-JSON for reference managers (CSL-JSON is what Zotero imports best).
//! Written by hand: each is a few lines of a fixed shape, where a citation crate would weigh
//! more than the reader it serves.
//!
//! An Arabic article is cited as Arabic citation practice writes it: the author's name as
//! written (Arabic names are not turned into "surname, given"), titles in «», the months by both
//! their names (كانون الثاني/يناير, as the press of the Levant and of Egypt each write them), "د.ت."
//! for no date and "تاريخ الاطلاع" for the access date. Missing parts follow each style's rule:
//! no author puts the title first, no date is "n.d.".

use crate::format_date::{arabic_month, english_month, MonthNames};
use crate::Article;
use serde_json::{json, Value};
use time::Date;

/// What a citation names beyond the article: where it is kept, and when it was read.
#[derive(Debug, Clone, Copy)]
pub struct Cited<'a> {
    pub article: &'a Article,
    /// The archive's title (the bundle's), which holds the copy cited.
    pub archive: &'a str,
    /// The archive's address of the article, which reopens it.
    pub link: &'a str,
    /// The day the reader consulted it; `None` leaves the access date out.
    pub accessed: Option<Date>,
}

impl Cited<'_> {
    fn arabic(&self) -> bool {
        self.article.lang.split('-').next().is_some_and(|primary| primary.eq_ignore_ascii_case("ar"))
    }

    fn author(&self) -> Option<&str> {
        self.article.byline.as_deref().map(str::trim).filter(|byline| !byline.is_empty())
    }

    /// An English personal name (two or three capitalized words, initials allowed), as
    /// surname and given names; any other byline, and every Arabic one, is a name as written.
    fn personal(&self) -> Option<(&str, String)> {
        let author = self.author()?;
        let words: Vec<&str> = author.split_whitespace().collect();
        let personal = !self.arabic()
            && (2..=3).contains(&words.len())
            && words.iter().all(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    && w.trim_end_matches('.').chars().all(char::is_alphabetic)
            });
        let (surname, given) = words.split_last().filter(|_| personal)?;
        Some((surname, given.join(" ")))
    }

    /// The name as the styles list it: "Surname, Given", or the byline as written.
    fn listed_author(&self) -> Option<String> {
        match self.personal() {
            Some((surname, given)) => Some(format!("{surname}, {given}")),
            None => self.author().map(str::to_owned),
        }
    }

    /// The publication the article appeared in, else the archive's publisher.
    fn container(&self) -> Option<&str> {
        self.article.source.as_ref().map(|s| s.name.as_str()).or(self.article.publisher.as_deref())
    }

    fn url(&self) -> &str {
        self.article.url.as_deref().unwrap_or(self.link)
    }

    fn day_text(&self, day: Date) -> String {
        if self.arabic() {
            format!("{} {} {}", day.day(), both_months(day), day.year())
        } else {
            format!("{} {}, {}", english_month(day.month()), day.day(), day.year())
        }
    }

    fn title(&self) -> String {
        let title = self.article.title.trim();
        if self.arabic() {
            format!("«{title}»")
        } else {
            format!("\u{201c}{title}.\u{201d}")
        }
    }

    /// The archive's copy, and when it was read.
    fn kept(&self) -> String {
        let accessed = self.accessed.map(|day| self.day_text(day));
        match (self.arabic(), accessed) {
            (true, Some(day)) => format!(" محفوظ في {}: {}. تاريخ الاطلاع {day}.", self.archive, self.link),
            (true, None) => format!(" محفوظ في {}: {}.", self.archive, self.link),
            (false, Some(day)) => format!(" Archived in {}, {}. Accessed {day}.", self.archive, self.link),
            (false, None) => format!(" Archived in {}, {}.", self.archive, self.link),
        }
    }
}

/// Chicago author-date: Author. Year. "Title." Container, Month Day. URL.
pub fn chicago(cited: &Cited) -> String {
    let arabic = cited.arabic();
    let (sep, no_date) = if arabic { ("، ", "د.ت.") } else { (", ", "n.d.") };
    let day = cited.article.date.map(|d| d.day);
    let year = day.map_or(no_date.to_owned(), |d| format!("{}.", d.year()));
    let title = cited.title();
    let mut out = match cited.listed_author() {
        Some(author) => format!("{}. {year} {title}", author.trim_end_matches('.')),
        None => format!("{title} {year}"),
    };
    if arabic {
        out.push('.');
    }
    if let Some(container) = cited.container() {
        out.push(' ');
        out.push_str(container);
        if let Some(day) = day {
            out.push_str(sep);
            out.push_str(&cited.day_text(day));
        }
        out.push('.');
    }
    // The archive's address follows in `kept`: the original's is given only when there is one.
    if let Some(url) = &cited.article.url {
        out.push(' ');
        out.push_str(url);
        out.push('.');
    }
    out.push_str(&cited.kept());
    plain(&out)
}

/// APA (7th edition): Author. (Year, Month Day). Title. Container. URL
pub fn apa(cited: &Cited) -> String {
    let arabic = cited.arabic();
    let day = cited.article.date.map(|d| d.day);
    let date = match (day, arabic) {
        (Some(day), true) => format!("({}، {} {})", day.year(), day.day(), both_months(day)),
        (Some(day), false) => format!("({}, {} {})", day.year(), english_month(day.month()), day.day()),
        (None, true) => "(د.ت.)".to_owned(),
        (None, false) => "(n.d.)".to_owned(),
    };
    let title = cited.article.title.trim();
    // APA gives a personal name's given names as initials.
    let author = match cited.personal() {
        Some((surname, given)) => {
            let initials: Vec<String> =
                given.split_whitespace().filter_map(|w| w.chars().next()).map(|c| format!("{c}.")).collect();
            Some(format!("{surname}, {}", initials.join(" ")))
        }
        None => cited.author().map(str::to_owned),
    };
    let mut out = match author {
        Some(author) => format!("{}. {date}. {title}.", author.trim_end_matches('.')),
        None => format!("{title}. {date}."),
    };
    if let Some(container) = cited.container() {
        out.push(' ');
        out.push_str(container);
        out.push('.');
    }
    let accessed = cited.accessed.map(|day| cited.day_text(day));
    match (arabic, accessed) {
        (true, Some(day)) => out.push_str(&format!(" استُرجع في {day}، من {}", cited.url())),
        (false, Some(day)) => out.push_str(&format!(" Retrieved {day}, from {}", cited.url())),
        (_, None) => out.push_str(&format!(" {}", cited.url())),
    }
    plain(&out)
}

/// BibTeX, as biblatex reads it: `@online`, the byline in braces as one name (a corporate
/// byline, or an Arabic name, must not be split into first and last).
pub fn bibtex(cited: &Cited) -> String {
    let article = cited.article;
    let mut fields: Vec<(&str, String)> = Vec::new();
    // A personal name biblatex may split; any other in braces, as one name.
    match (cited.personal(), cited.author()) {
        (Some((surname, given)), _) => fields.push(("author", format!("{}, {}", tex(surname), tex(&given)))),
        (None, Some(author)) => fields.push(("author", format!("{{{}}}", tex(author)))),
        (None, None) => {}
    }
    fields.push(("title", tex(article.title.trim())));
    if let Some(date) = article.date {
        fields.push(("date", iso(date.day)));
    }
    if let Some(container) = cited.container() {
        fields.push(("organization", tex(container)));
    }
    fields.push(("url", tex(cited.url())));
    if let Some(day) = cited.accessed {
        fields.push(("urldate", iso(day)));
    }
    fields.push(("langid", if cited.arabic() { "arabic".to_owned() } else { tex(&article.lang) }));
    fields.push(("note", tex(&format!("{}: {}", cited.archive, cited.link))));
    let key: String =
        article.id.chars().filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':')).collect();
    let mut out = format!("@online{{{},\n", if key.is_empty() { "article" } else { &key });
    for (name, value) in fields {
        out.push_str(&format!("  {name} = {{{value}}},\n"));
    }
    out.push('}');
    plain(&out)
}

/// RIS, the tagged lines every reference manager imports.
pub fn ris(cited: &Cited) -> String {
    let article = cited.article;
    let line = |tag: &str, value: &str| format!("{tag}  - {}\n", value.replace(['\r', '\n'], " "));
    let mut out = line("TY", "NEWS");
    match (cited.personal(), cited.author()) {
        (Some((surname, given)), _) => out.push_str(&line("AU", &format!("{surname}, {given}"))),
        (None, Some(author)) => out.push_str(&line("AU", author)),
        (None, None) => {}
    }
    out.push_str(&line("TI", article.title.trim()));
    if let Some(date) = article.date {
        out.push_str(&line("PY", &date.day.year().to_string()));
        out.push_str(&line("DA", &iso(date.day).replace('-', "/")));
    }
    if let Some(container) = cited.container() {
        out.push_str(&line("T2", container));
    }
    if let Some(publisher) = &article.publisher {
        out.push_str(&line("PB", publisher));
    }
    out.push_str(&line("UR", cited.url()));
    if let Some(day) = cited.accessed {
        out.push_str(&line("Y2", &iso(day).replace('-', "/")));
    }
    out.push_str(&line("LA", &article.lang));
    out.push_str(&line("N1", &format!("{}: {}", cited.archive, cited.link)));
    out.push_str("ER  - ");
    plain(&out)
}

/// CSL-JSON: one item in an array, as Zotero and citeproc read it.
pub fn csl_json(cited: &Cited) -> String {
    let article = cited.article;
    let parts = |day: Date| json!({ "date-parts": [[day.year(), u8::from(day.month()), day.day()]] });
    let mut item = json!({
        "id": article.id,
        "type": "article-newspaper",
        "title": article.title.trim(),
        "URL": cited.url(),
        "language": article.lang,
        "archive": cited.archive,
        "archive_location": cited.link,
    });
    // Every key is a known string: indexing the object cannot fail.
    if let Value::Object(map) = &mut item {
        match (cited.personal(), cited.author()) {
            (Some((family, given)), _) => map.insert("author".into(), json!([{ "family": family, "given": given }])),
            (None, Some(author)) => map.insert("author".into(), json!([{ "literal": author }])),
            (None, None) => None,
        };
        if let Some(date) = article.date {
            map.insert("issued".into(), parts(date.day));
        }
        if let Some(day) = cited.accessed {
            map.insert("accessed".into(), parts(day));
        }
        if let Some(container) = cited.container() {
            map.insert("container-title".into(), json!(container));
        }
        if let Some(publisher) = &article.publisher {
            map.insert("publisher".into(), json!(publisher));
        }
    }
    plain(&serde_json::to_string_pretty(&json!([item])).unwrap_or_default())
}

/// كانون الثاني/يناير: the month as the Levant and as Egypt and the Gulf name it.
fn both_months(day: Date) -> String {
    format!(
        "{}/{}",
        arabic_month(day.month(), MonthNames::Levantine),
        arabic_month(day.month(), MonthNames::EgyptianGulf)
    )
}

/// The `citation_*` meta tags of the open article (the Highwire names Google Scholar and
/// Zotero read from a page), in the order they are written.
pub fn meta_tags(cited: &Cited) -> Vec<(&'static str, String)> {
    let article = cited.article;
    let mut tags = vec![("citation_title", article.title.trim().to_owned())];
    if let Some(author) = cited.listed_author() {
        tags.push(("citation_author", author));
    }
    if let Some(date) = article.date {
        tags.push(("citation_publication_date", iso(date.day).replace('-', "/")));
    }
    if let Some(publisher) = article.publisher.as_deref().or(cited.container()) {
        tags.push(("citation_publisher", publisher.to_owned()));
    }
    tags.push(("citation_public_url", cited.link.to_owned()));
    if let Some(url) = &article.url {
        tags.push(("citation_fulltext_html_url", url.clone()));
    }
    tags.push(("citation_language", article.lang.clone()));
    tags.into_iter().map(|(name, content)| (name, plain(&content))).collect()
}

/// Text without bidi embeddings, overrides and isolates: a citation joins several fields on
/// one line, where an isolate the data left open would reorder every field after it; pasted
/// into a paper, the text takes the direction of where it lands.
fn plain(text: &str) -> String {
    text.chars().filter(|c| !matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')).collect()
}

fn iso(day: Date) -> String {
    let mut out = String::new();
    // Writing into a String cannot fail.
    let _ = crate::date::write_day(&mut out, day);
    out
}

/// Text as a TeX field holds it: the characters TeX reads as commands escaped.
fn tex(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\textbackslash{}"),
            '{' | '}' | '%' | '&' | '#' | '$' | '_' => {
                out.push('\\');
                out.push(c);
            }
            '~' => out.push_str("\\textasciitilde{}"),
            '^' => out.push_str("\\textasciicircum{}"),
            '\r' | '\n' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse_bundle;
    use expect_test::{expect, Expect};

    const SAMPLE: &[u8] = include_bytes!("../../../static/sample/bundle.json");

    fn day(text: &str) -> Date {
        crate::date::parse_day(text).unwrap()
    }

    fn all(article: &Article, expected: Expect) {
        let cited = Cited {
            article,
            archive: "Archive",
            link: "https://archive.example/#/article/x",
            accessed: Some(day("2026-12-06")),
        };
        let meta: Vec<String> = meta_tags(&cited).iter().map(|(name, content)| format!("{name}: {content}")).collect();
        let shown = [chicago(&cited), apa(&cited), bibtex(&cited), ris(&cited), csl_json(&cited), meta.join("\n")]
            .join("\n---\n");
        expected.assert_eq(&shown);
    }

    fn english() -> Article {
        let mut article = Article::new("en-1", "Water returns to Hasakah", "en", vec!["p".into()]);
        article.byline = Some("Myles B. Caggins".into());
        article.date = crate::date::ArticleDate::parse("2022-02-03").ok();
        article.source = Some(crate::Source { name: "North Press".into(), url: None });
        article.url = Some("https://npasyria.com/en/1".into());
        article
    }

    #[test]
    fn the_seed_is_cited_as_arabic_practice_writes_it() {
        let loaded = parse_bundle(SAMPLE).unwrap();
        all(
            &loaded.bundle.articles[0],
            expect![[r#"
                متابعة مركز عدل لحقوق الإنسان. 2022. «متحدث التحالف الأسبق: هجوم “داعش” الأخير على سجن الحسكة رسالة إلى العالم». نورث برس، 31 كانون الثاني/يناير 2022. محفوظ في Archive: https://archive.example/#/article/x. تاريخ الاطلاع 6 كانون الأول/ديسمبر 2026.
                ---
                متابعة مركز عدل لحقوق الإنسان. (2022، 31 كانون الثاني/يناير). متحدث التحالف الأسبق: هجوم “داعش” الأخير على سجن الحسكة رسالة إلى العالم. نورث برس. استُرجع في 6 كانون الأول/ديسمبر 2026، من https://archive.example/#/article/x
                ---
                @online{e5bda383449404da,
                  author = {{متابعة مركز عدل لحقوق الإنسان}},
                  title = {متحدث التحالف الأسبق: هجوم “داعش” الأخير على سجن الحسكة رسالة إلى العالم},
                  date = {2022-01-31},
                  organization = {نورث برس},
                  url = {https://archive.example/\#/article/x},
                  urldate = {2026-12-06},
                  langid = {arabic},
                  note = {Archive: https://archive.example/\#/article/x},
                }
                ---
                TY  - NEWS
                AU  - متابعة مركز عدل لحقوق الإنسان
                TI  - متحدث التحالف الأسبق: هجوم “داعش” الأخير على سجن الحسكة رسالة إلى العالم
                PY  - 2022
                DA  - 2022/01/31
                T2  - نورث برس
                PB  - مركز عدل لحقوق الإنسان
                UR  - https://archive.example/#/article/x
                Y2  - 2026/12/06
                LA  - ar
                N1  - Archive: https://archive.example/#/article/x
                ER  - 
                ---
                [
                  {
                    "URL": "https://archive.example/#/article/x",
                    "accessed": {
                      "date-parts": [
                        [
                          2026,
                          12,
                          6
                        ]
                      ]
                    },
                    "archive": "Archive",
                    "archive_location": "https://archive.example/#/article/x",
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
                ]
                ---
                citation_title: متحدث التحالف الأسبق: هجوم “داعش” الأخير على سجن الحسكة رسالة إلى العالم
                citation_author: متابعة مركز عدل لحقوق الإنسان
                citation_publication_date: 2022/01/31
                citation_publisher: مركز عدل لحقوق الإنسان
                citation_public_url: https://archive.example/#/article/x
                citation_language: ar"#]],
        );
    }

    #[test]
    fn an_english_article_lists_its_author_by_surname() {
        all(
            &english(),
            expect![[r#"
                Caggins, Myles B. 2022. “Water returns to Hasakah.” North Press, February 3, 2022. https://npasyria.com/en/1. Archived in Archive, https://archive.example/#/article/x. Accessed December 6, 2026.
                ---
                Caggins, M. B. (2022, February 3). Water returns to Hasakah. North Press. Retrieved December 6, 2026, from https://npasyria.com/en/1
                ---
                @online{en-1,
                  author = {Caggins, Myles B.},
                  title = {Water returns to Hasakah},
                  date = {2022-02-03},
                  organization = {North Press},
                  url = {https://npasyria.com/en/1},
                  urldate = {2026-12-06},
                  langid = {en},
                  note = {Archive: https://archive.example/\#/article/x},
                }
                ---
                TY  - NEWS
                AU  - Caggins, Myles B.
                TI  - Water returns to Hasakah
                PY  - 2022
                DA  - 2022/02/03
                T2  - North Press
                UR  - https://npasyria.com/en/1
                Y2  - 2026/12/06
                LA  - en
                N1  - Archive: https://archive.example/#/article/x
                ER  - 
                ---
                [
                  {
                    "URL": "https://npasyria.com/en/1",
                    "accessed": {
                      "date-parts": [
                        [
                          2026,
                          12,
                          6
                        ]
                      ]
                    },
                    "archive": "Archive",
                    "archive_location": "https://archive.example/#/article/x",
                    "author": [
                      {
                        "family": "Caggins",
                        "given": "Myles B."
                      }
                    ],
                    "container-title": "North Press",
                    "id": "en-1",
                    "issued": {
                      "date-parts": [
                        [
                          2022,
                          2,
                          3
                        ]
                      ]
                    },
                    "language": "en",
                    "title": "Water returns to Hasakah",
                    "type": "article-newspaper"
                  }
                ]
                ---
                citation_title: Water returns to Hasakah
                citation_author: Caggins, Myles B.
                citation_publication_date: 2022/02/03
                citation_publisher: North Press
                citation_public_url: https://archive.example/#/article/x
                citation_fulltext_html_url: https://npasyria.com/en/1
                citation_language: en"#]],
        );
    }

    #[test]
    fn without_author_or_date_the_title_comes_first_and_the_date_is_n_d() {
        let mut article = english();
        article.byline = None;
        article.date = None;
        article.title = "A {report} 100% on #water\u{2067}".into();
        all(
            &article,
            expect![[r#"
                “A {report} 100% on #water.” n.d. North Press. https://npasyria.com/en/1. Archived in Archive, https://archive.example/#/article/x. Accessed December 6, 2026.
                ---
                A {report} 100% on #water. (n.d.). North Press. Retrieved December 6, 2026, from https://npasyria.com/en/1
                ---
                @online{en-1,
                  title = {A \{report\} 100\% on \#water},
                  organization = {North Press},
                  url = {https://npasyria.com/en/1},
                  urldate = {2026-12-06},
                  langid = {en},
                  note = {Archive: https://archive.example/\#/article/x},
                }
                ---
                TY  - NEWS
                TI  - A {report} 100% on #water
                T2  - North Press
                UR  - https://npasyria.com/en/1
                Y2  - 2026/12/06
                LA  - en
                N1  - Archive: https://archive.example/#/article/x
                ER  - 
                ---
                [
                  {
                    "URL": "https://npasyria.com/en/1",
                    "accessed": {
                      "date-parts": [
                        [
                          2026,
                          12,
                          6
                        ]
                      ]
                    },
                    "archive": "Archive",
                    "archive_location": "https://archive.example/#/article/x",
                    "container-title": "North Press",
                    "id": "en-1",
                    "language": "en",
                    "title": "A {report} 100% on #water",
                    "type": "article-newspaper"
                  }
                ]
                ---
                citation_title: A {report} 100% on #water
                citation_publisher: North Press
                citation_public_url: https://archive.example/#/article/x
                citation_fulltext_html_url: https://npasyria.com/en/1
                citation_language: en"#]],
        );
    }
}
