//! Duplicates: the same article reached twice is merged into one, and two different articles
//! must not share an id.
//!
//! Two articles are the same when they have the same URL, or, when neither has a URL, the
//! same title on the same day.
//! The rule: the copy with the longer body is kept (on a tie, the one from the earlier file and
//! line); fields it lacks are filled from the other copy, and the lists (tags, places, people,
//! organizations, events) are joined. Inputs are merged in file-and-line order, so the result
//! does not depend on the order of the command's arguments.

use crate::article::Finished;
use crate::problem::Problem;
use std::collections::HashMap;

/// Merges duplicates; returns the articles, notes on what was merged, and the problems of
/// articles skipped because their id was taken.
pub fn merge(mut articles: Vec<Finished>) -> (Vec<Finished>, Vec<Problem>, Vec<Problem>) {
    articles.sort_by(|a, b| a.origin.cmp(&b.origin));
    let mut kept: Vec<Finished> = Vec::with_capacity(articles.len());
    let mut by_key: HashMap<String, usize> = HashMap::new();
    let mut notes = Vec::new();
    for article in articles {
        let keys = keys(&article);
        match keys.iter().find(|k| by_key.contains_key(*k)) {
            Some(key) => {
                let at = by_key[key];
                let why = if key.starts_with("url") { "same URL" } else { "same title and date" };
                let earlier = &kept[at].origin;
                notes.push(article.origin.problem(
                    "duplicate",
                    format!(
                        "the same article as {}:{} ({why}); the two were merged into one",
                        crate::problem::display_path(&earlier.file),
                        earlier.line,
                    ),
                ));
                let target = &mut kept[at];
                let replaced = combine(target, article);
                *target = replaced;
                for key in keys {
                    by_key.entry(key).or_insert(at);
                }
            }
            None => {
                for key in keys {
                    by_key.insert(key, kept.len());
                }
                kept.push(article);
            }
        }
    }
    let (kept, taken) = unique_ids(kept);
    (kept, notes, taken)
}

/// The keys that make two articles the same: the URL when there is one, else the title and
/// day. Two articles with different URLs are different articles even when their title and day
/// agree (one agency story printed by two papers, a recurring column).
fn keys(article: &Finished) -> Vec<String> {
    let record = &article.record;
    match record.url.as_deref().map(str::trim).filter(|u| !u.is_empty()) {
        Some(url) => vec![format!("url\n{url}")],
        None => vec![format!("title\n{}\n{}", article.date.day, record.title.as_deref().unwrap_or_default())],
    }
}

fn body_len(article: &Finished) -> usize {
    article.record.body.iter().flatten().map(|p| p.chars().count()).sum()
}

/// The merged article: the longer body's copy, completed from the other.
fn combine(earlier: &Finished, later: Finished) -> Finished {
    let (mut base, other) =
        if body_len(&later) > body_len(earlier) { (later, earlier.clone()) } else { (earlier.clone(), later) };
    let (b, o) = (&mut base.record, other.record);
    for (field, value) in [
        (&mut b.lang, o.lang),
        (&mut b.summary, o.summary),
        (&mut b.byline, o.byline),
        (&mut b.publisher, o.publisher),
        (&mut b.url, o.url),
    ] {
        if field.is_none() {
            *field = value;
        }
    }
    if b.source.is_none() {
        b.source = o.source;
    }
    for (list, more) in [
        (&mut b.tags, o.tags),
        (&mut b.places, o.places),
        (&mut b.people, o.people),
        (&mut b.organizations, o.organizations),
    ] {
        for item in more {
            if !list.contains(&item) {
                list.push(item);
            }
        }
    }
    for event in o.events {
        if !b.events.iter().any(|e| e.date == event.date) {
            b.events.push(event);
        }
    }
    b.events.sort_by(|x, y| (&x.date, &x.label).cmp(&(&y.date, &y.label)));
    base
}

/// Keeps the first article (in file-and-line order) with each id and reports the others.
fn unique_ids(articles: Vec<Finished>) -> (Vec<Finished>, Vec<Problem>) {
    let mut seen: HashMap<String, (String, usize)> = HashMap::new();
    let mut kept = Vec::with_capacity(articles.len());
    let mut problems = Vec::new();
    for article in articles {
        let id = article.record.id.clone().unwrap_or_default();
        match seen.get(&id) {
            Some((file, line)) => problems.push(article.origin.problem(
                "id taken",
                format!("the id \"{id}\" is already used by {file}:{line}, a different article; give one of them another id"),
            )),
            None => {
                seen.insert(id, (crate::problem::display_path(&article.origin.file), article.origin.line));
                kept.push(article);
            }
        }
    }
    (kept, problems)
}
