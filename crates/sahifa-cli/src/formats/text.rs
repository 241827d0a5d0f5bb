//! Plain-text articles shaped like the seed: the title, a date line, the title again, a byline,
//! one paragraph a line, and an `المصدر:` source line at the end.

use crate::article::{Draft, Origin};
use crate::ids::from_file_stem;
use crate::problem::Problem;
use sahifa_core::arabic_date::parse_date_line;
use sahifa_core::wire::{ArticleRecord, SourceRecord};
use std::path::Path;

/// A byline is a short line; a longer one is the first paragraph.
const LONGEST_BYLINE_WORDS: usize = 10;

/// Reads one article. Everything but the title, the date and a body is optional.
pub fn read(path: &Path, text: &str) -> Result<Draft, Problem> {
    let mut lines = text.lines().enumerate().map(|(i, l)| (i + 1, l.trim())).filter(|(_, l)| !l.is_empty()).peekable();
    let problem = |line: usize, reason, message: String| Problem::new(path, Some(line), reason, message);
    let Some((_, title)) = lines.next() else {
        return Err(problem(
            1,
            "empty",
            "the file is empty; a text article starts with its title, then its date".into(),
        ));
    };
    let (date_line, date_text) = lines.next().ok_or_else(|| {
        problem(1, "no date", "the article has only a title; the second line must be its date".into())
    })?;
    let date = parse_date_line(date_text)
        .map_err(|e| problem(date_line, "bad date", format!("the line after the title must be the date, and {e}")))?;
    lines.next_if(|(_, l)| *l == title);
    let rest: Vec<(usize, &str)> = lines.collect();
    let (source, rest) = match rest.split_last() {
        Some(((_, last), before)) if source_name(last).is_some() => (source_name(last), before),
        _ => (None, rest.as_slice()),
    };
    let (byline, body) = match rest.split_first() {
        Some(((_, first), after)) if !after.is_empty() && is_byline(first) => (Some(first.to_string()), after),
        _ => (None, rest),
    };
    if body.is_empty() {
        return Err(problem(
            date_line,
            "no body",
            "the article has no paragraphs after its title, date and byline".into(),
        ));
    }
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    Ok(Draft {
        record: ArticleRecord {
            id: Some(from_file_stem(&stem)),
            title: Some(title.to_owned()),
            date: Some(date.to_string()),
            byline,
            source: source.map(|name| SourceRecord::Full { name, url: None }),
            body: Some(body.iter().map(|(_, l)| l.to_string()).collect()),
            ..Default::default()
        },
        origin: Origin { file: path.to_owned(), line: 1 },
    })
}

/// A short line that does not end like a sentence.
fn is_byline(line: &str) -> bool {
    line.split_whitespace().count() <= LONGEST_BYLINE_WORDS && !line.ends_with(['.', '!', '؟', '?', '،', ':', '”', '"'])
}

/// The name on a `المصدر: موقع “نورث برس”` line: the words "site" and the quotes go.
fn source_name(line: &str) -> Option<String> {
    let rest = line.strip_prefix("المصدر")?.trim_start().strip_prefix([':', '：'])?.trim();
    let rest = rest.strip_prefix("موقع").map_or(rest, str::trim_start);
    let name = rest.trim_matches(|c: char| matches!(c, '“' | '”' | '"' | '«' | '»') || c.is_whitespace());
    (!name.is_empty()).then(|| name.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn read_str(text: &str) -> Result<Draft, Problem> {
        read(Path::new("a/001_x.txt"), text)
    }

    #[test]
    fn the_seed_shape() {
        let draft = read_str("عنوان\n\nالإثنين،31 كانون الثاني(يناير)،2022\n\nعنوان\n\nمتابعة مركز\n\nفقرة أولى.\nفقرة ثانية.\n\nالمصدر: موقع “نورث برس”\n").unwrap();
        let r = draft.record;
        assert_eq!(r.id.as_deref(), Some("x"));
        assert_eq!(r.date.as_deref(), Some("2022-01-31"));
        assert_eq!(r.byline.as_deref(), Some("متابعة مركز"));
        assert_eq!(r.source, Some(SourceRecord::Full { name: "نورث برس".into(), url: None }));
        assert_eq!(r.body.unwrap(), ["فقرة أولى.", "فقرة ثانية."]);
    }

    #[test]
    fn problems_name_the_line() {
        let e = read_str("عنوان\n\nليس تاريخاً\nفقرة").unwrap_err();
        assert_eq!(e.line, Some(3));
        assert_eq!(e.reason, "bad date");
        assert_eq!(read_str("").unwrap_err().reason, "empty");
        assert_eq!(read_str("عنوان\n2022-01-31\n").unwrap_err().reason, "no body");
        // A lone title, with no date line after it.
        assert_eq!(read_str("عنوان").unwrap_err().reason, "no date");
    }

    proptest! {
        /// Any text gives an article or a problem with a line inside the file, never a panic.
        #[test]
        fn never_panics(text in "(\\PC{0,30}\n){0,8}") {
            match read_str(&text) {
                Ok(draft) => prop_assert!(draft.record.body.is_some_and(|b| !b.is_empty())),
                Err(problem) => prop_assert!(problem.line.unwrap_or(1) <= text.lines().count().max(1)),
            }
        }

        /// A well-shaped article always keeps every paragraph.
        #[test]
        fn keeps_every_paragraph(paragraphs in proptest::collection::vec("[ا-ي]{1,20}[.]", 1..6)) {
            let text = format!("عنوان\n2022-01-31\n{}\n", paragraphs.join("\n"));
            let body = read_str(&text).unwrap().record.body.unwrap();
            let expected = paragraphs.clone();
            prop_assert_eq!(body, expected);
        }
    }
}
