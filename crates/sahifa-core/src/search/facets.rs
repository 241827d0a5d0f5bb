//! Facets: the fields an archive is browsed by, and each article's values for them.

use super::sort::sorted_by_text;
use crate::model::Article;

/// A field the reader can filter by and count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Facet {
    Source,
    Publisher,
    Tag,
    Place,
    Person,
    Organization,
    Language,
    Year,
}

impl Facet {
    pub const ALL: [Facet; 8] = [
        Facet::Source,
        Facet::Publisher,
        Facet::Tag,
        Facet::Place,
        Facet::Person,
        Facet::Organization,
        Facet::Language,
        Facet::Year,
    ];

    /// The facet's key in a URL query string.
    pub fn key(self) -> &'static str {
        match self {
            Facet::Source => "source",
            Facet::Publisher => "publisher",
            Facet::Tag => "tag",
            Facet::Place => "place",
            Facet::Person => "person",
            Facet::Organization => "org",
            Facet::Language => "lang",
            Facet::Year => "year",
        }
    }

    pub fn from_key(key: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|f| f.key() == key)
    }

    /// Whether "every ticked value" means something: an article has many tags, people, places
    /// and organizations, but one source, publisher, language and year.
    pub fn can_require_all(self) -> bool {
        matches!(self, Facet::Tag | Facet::Person | Facet::Place | Facet::Organization)
    }

    /// Appends the article's values for this facet to `text`, calling `value` with where each
    /// ends; blank ones count as missing.
    fn values_into(self, a: &Article, text: &mut String, mut value: impl FnMut(usize)) {
        let mut push = |text: &mut String, v: &str| {
            if !v.trim().is_empty() {
                text.push_str(v);
                value(text.len());
            }
        };
        let list = match self {
            Facet::Source => return a.source.iter().for_each(|s| push(text, &s.name)),
            Facet::Publisher => return a.publisher.iter().for_each(|v| push(text, v)),
            Facet::Language => return push(text, &a.lang),
            Facet::Tag => &a.tags,
            Facet::Place => &a.places,
            Facet::Person => &a.people,
            Facet::Organization => &a.organizations,
            Facet::Year => {
                if let Some(d) = a.date {
                    use std::fmt::Write;
                    let _ = write!(text, "{}", d.day.year());
                    value(text.len());
                }
                return;
            }
        };
        list.iter().for_each(|v| push(text, v));
    }
}

/// One bucket of a facet: a value, or the articles that have none.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FacetValue {
    Value(String),
    /// Articles without a value for the facet; they are counted here rather than left out.
    Unknown,
}

/// A facet's distinct values, and which of them each article has, by position in `values`;
/// `UNKNOWN` stands for an article with none.
#[derive(Debug)]
pub(super) struct FacetColumn {
    values: Vec<String>,
    offsets: Vec<u32>,
    ids: Vec<u32>,
    /// The one id every article has, when they all have the same single one (often `UNKNOWN`:
    /// many bundles give no people or places).
    same_for_all: Option<u32>,
}

pub(super) const UNKNOWN: u32 = u32::MAX;

impl FacetColumn {
    pub(super) fn build(facet: Facet, articles: &[Article]) -> FacetColumn {
        // Every article's values end to end in one text, rather than a string each: `ends[i]`
        // is where value `i` ends, `article_ends[d]` how many values articles up to `d` have.
        let mut text = String::new();
        let mut ends: Vec<u32> = Vec::new();
        let mut article_ends = Vec::with_capacity(articles.len());
        for a in articles {
            facet.values_into(a, &mut text, |end| ends.push(end as u32));
            article_ends.push(ends.len());
        }
        let value = |i: u32| {
            let i = i as usize;
            &text[if i == 0 { 0 } else { ends[i - 1] as usize }..ends[i] as usize]
        };
        let sorted = sorted_by_text(ends.len(), &value);
        // Each value's id, its rank among the distinct values.
        let mut values: Vec<String> = Vec::new();
        let mut ids_of = vec![0u32; ends.len()];
        for &i in &sorted {
            if values.last().is_none_or(|last| last.as_str() != value(i)) {
                values.push(value(i).to_owned());
            }
            ids_of[i as usize] = values.len() as u32 - 1;
        }
        values.shrink_to_fit();
        let mut offsets = Vec::with_capacity(articles.len() + 1);
        let mut ids = Vec::with_capacity(ends.len());
        offsets.push(0);
        let mut start = 0;
        for end in article_ends {
            let own = &mut ids_of[start..end];
            own.sort_unstable();
            let mut last = None;
            for &id in own.iter() {
                if last != Some(id) {
                    ids.push(id);
                    last = Some(id);
                }
            }
            if start == end {
                ids.push(UNKNOWN);
            }
            offsets.push(ids.len() as u32);
            start = end;
        }
        ids.shrink_to_fit();
        let one_each = ids.len() == articles.len();
        let same_for_all = ids.first().copied().filter(|&first| one_each && ids.iter().all(|&id| id == first));
        FacetColumn { values, offsets, ids, same_for_all }
    }

    /// The column of these sorted distinct `values`, each article's ids given as a list in
    /// article order (ascending and distinct; empty when it has none): as `build` lays it out.
    pub(super) fn from_lists(values: Vec<String>, lists: &[Vec<u32>]) -> FacetColumn {
        let mut offsets = Vec::with_capacity(lists.len() + 1);
        let mut ids = Vec::with_capacity(lists.len());
        offsets.push(0);
        for list in lists {
            ids.extend_from_slice(list);
            if list.is_empty() {
                ids.push(UNKNOWN);
            }
            offsets.push(ids.len() as u32);
        }
        let one_each = ids.len() == lists.len();
        let same_for_all = ids.first().copied().filter(|&first| one_each && ids.iter().all(|&id| id == first));
        FacetColumn { values, offsets, ids, same_for_all }
    }

    /// The distinct values, sorted; an id is a position here.
    pub(super) fn values(&self) -> &[String] {
        &self.values
    }

    /// How many articles the column covers.
    pub(super) fn articles(&self) -> usize {
        self.offsets.len() - 1
    }

    /// The value ids of an article: `[UNKNOWN]` when it has none.
    pub(super) fn of(&self, doc: u32) -> &[u32] {
        let doc = doc as usize;
        &self.ids[self.offsets[doc] as usize..self.offsets[doc + 1] as usize]
    }

    /// The id of a bucket, if any article is in it.
    pub(super) fn id(&self, bucket: &FacetValue) -> Option<u32> {
        match bucket {
            FacetValue::Value(v) => position(&self.values, v),
            FacetValue::Unknown => Some(UNKNOWN),
        }
    }

    pub(super) fn bucket(&self, id: u32) -> FacetValue {
        match self.values.get(id as usize) {
            Some(v) => FacetValue::Value(v.clone()),
            None => FacetValue::Unknown,
        }
    }

    /// How many counters a count over this column needs: one per value, and one for unknown.
    pub(super) fn slots(&self) -> usize {
        self.values.len() + 1
    }

    /// Adds the articles `docs` to `counts`, a counter per slot.
    pub(super) fn count(&self, docs: impl Iterator<Item = u32>, counts: &mut [u32]) {
        let unknown = self.values.len();
        if let Some(id) = self.same_for_all {
            // A facet the bundle does not use, or one language throughout: the articles are
            // counted, not read.
            counts[(id as usize).min(unknown)] += docs.count() as u32;
        } else if self.ids.len() + 1 == self.offsets.len() {
            // One value per article, the common shape (source, language, year): its id is at
            // the article's position, and no offsets need reading.
            for d in docs {
                counts[(self.ids[d as usize] as usize).min(unknown)] += 1;
            }
        } else {
            for d in docs {
                for &v in self.of(d) {
                    counts[(v as usize).min(unknown)] += 1;
                }
            }
        }
    }

    pub(super) fn heap_bytes(&self) -> usize {
        self.values.iter().map(|v| v.capacity() + std::mem::size_of::<String>()).sum::<usize>()
            + (self.offsets.capacity() + self.ids.capacity()) * 4
    }
}

fn position(values: &[String], v: &str) -> Option<u32> {
    values.binary_search_by(|x| x.as_str().cmp(v)).ok().map(|i| i as u32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::ArticleDate;
    use crate::model::Source;

    fn article(date: Option<&str>, tags: &[&str], source: Option<&str>, lang: &str) -> Article {
        Article {
            id: String::new(),
            title: String::new(),
            date: date.map(|d| ArticleDate::parse(d).unwrap()),
            lang: lang.into(),
            body: Vec::new(),
            summary: None,
            byline: None,
            publisher: None,
            source: source.map(|name| Source { name: name.into(), url: None }),
            url: None,
            tags: tags.iter().map(|t| t.to_string()).collect(),
            places: Vec::new(),
            people: Vec::new(),
            organizations: Vec::new(),
            events: Vec::new(),
            provenance: None,
        }
    }

    /// Each article's buckets, as the column gives them.
    fn buckets(column: &FacetColumn, articles: usize) -> Vec<Vec<FacetValue>> {
        (0..articles as u32).map(|d| column.of(d).iter().map(|&id| column.bucket(id)).collect()).collect()
    }

    #[test]
    fn values_are_sorted_distinct_and_each_article_has_its_own_once() {
        let articles = [
            article(Some("2020-05-01"), &["رياضة", "اقتصاد", "رياضة"], Some("وكالة"), "ar"),
            article(None, &[" ", "اقتصاد"], None, ""),
            article(Some("1999-12-31"), &[], Some(" "), "en"),
            article(Some("2020-01-09"), &["أ", "اقتصاد"], Some("وكالة"), "ar"),
        ];
        let value = |v: &str| FacetValue::Value(v.into());
        let tags = FacetColumn::build(Facet::Tag, &articles);
        assert_eq!(tags.values, ["أ", "اقتصاد", "رياضة"]);
        assert_eq!(
            buckets(&tags, 4),
            [
                vec![value("اقتصاد"), value("رياضة")],
                vec![value("اقتصاد")],
                vec![FacetValue::Unknown],
                vec![value("أ"), value("اقتصاد")]
            ]
        );
        let years = FacetColumn::build(Facet::Year, &articles);
        assert_eq!(years.values, ["1999", "2020"]);
        assert_eq!(years.ids, [1, UNKNOWN, 0, 1]);
        let sources = FacetColumn::build(Facet::Source, &articles);
        assert_eq!(sources.values, ["وكالة"]);
        assert_eq!(sources.ids, [0, UNKNOWN, UNKNOWN, 0]);
        let langs = FacetColumn::build(Facet::Language, &articles);
        assert_eq!(langs.values, ["ar", "en"]);
        assert_eq!(langs.ids, [0, UNKNOWN, 1, 0]);
        assert_eq!(FacetColumn::build(Facet::Person, &articles).ids, [UNKNOWN; 4]);
        let none = FacetColumn::build(Facet::Tag, &[]);
        assert!(none.values.is_empty() && none.ids.is_empty() && none.offsets == [0]);
    }

    /// Counts as every article's ids give them, whichever way the column counts.
    fn counted_one_by_one(column: &FacetColumn, docs: &[u32]) -> Vec<u32> {
        let mut counts = vec![0; column.slots()];
        for &d in docs {
            column.of(d).iter().for_each(|&v| counts[(v as usize).min(column.values.len())] += 1);
        }
        counts
    }

    #[test]
    fn a_column_the_same_for_every_article_counts_without_reading_them() {
        let articles = [
            article(Some("2020-05-01"), &["رياضة"], Some("وكالة"), "ar"),
            article(None, &[], None, "ar"),
            article(Some("2020-01-09"), &["رياضة", "اقتصاد"], Some("وكالة"), "ar"),
        ];
        let docs = [0, 2];
        for facet in Facet::ALL {
            let column = FacetColumn::build(facet, &articles);
            let mut counts = vec![0; column.slots()];
            column.count(docs.iter().copied(), &mut counts);
            assert_eq!(counts, counted_one_by_one(&column, &docs), "{facet:?}");
            let uniform = matches!(
                facet,
                Facet::Language | Facet::Person | Facet::Place | Facet::Organization | Facet::Publisher
            );
            assert_eq!(column.same_for_all.is_some(), uniform, "{facet:?}");
        }
    }
}
