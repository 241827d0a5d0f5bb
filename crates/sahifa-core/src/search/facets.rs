//! Facets: the fields an archive is browsed by, and each article's values for them.

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

    /// The article's values for this facet; blank ones count as missing.
    fn values(self, a: &Article) -> Vec<String> {
        let one = |v: Option<&String>| v.into_iter().cloned().collect::<Vec<_>>();
        let mut values = match self {
            Facet::Source => one(a.source.as_ref().map(|s| &s.name)),
            Facet::Publisher => one(a.publisher.as_ref()),
            Facet::Tag => a.tags.clone(),
            Facet::Place => a.places.clone(),
            Facet::Person => a.people.clone(),
            Facet::Organization => a.organizations.clone(),
            Facet::Language => vec![a.lang.clone()],
            Facet::Year => a.date.iter().map(|d| d.day.year().to_string()).collect(),
        };
        values.retain(|v| !v.trim().is_empty());
        values
    }
}

/// One bucket of a facet: a value, or the articles that have none.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Bucket {
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
}

pub(super) const UNKNOWN: u32 = u32::MAX;

impl FacetColumn {
    pub(super) fn build(facet: Facet, articles: &[Article]) -> FacetColumn {
        let per_article: Vec<Vec<String>> = articles.iter().map(|a| facet.values(a)).collect();
        let mut values: Vec<String> = per_article.iter().flatten().cloned().collect();
        values.sort_unstable();
        values.dedup();
        // It held every article's values: the index keeps only the distinct ones, for good.
        values.shrink_to_fit();
        let mut offsets = Vec::with_capacity(articles.len() + 1);
        let mut ids = Vec::new();
        offsets.push(0);
        for article_values in &per_article {
            let mut own: Vec<u32> = article_values.iter().filter_map(|v| position(&values, v)).collect();
            own.sort_unstable();
            own.dedup();
            if own.is_empty() {
                own.push(UNKNOWN);
            }
            ids.extend(own);
            offsets.push(ids.len() as u32);
        }
        FacetColumn { values, offsets, ids }
    }

    /// The value ids of an article: `[UNKNOWN]` when it has none.
    pub(super) fn of(&self, doc: u32) -> &[u32] {
        let doc = doc as usize;
        &self.ids[self.offsets[doc] as usize..self.offsets[doc + 1] as usize]
    }

    /// The id of a bucket, if any article is in it.
    pub(super) fn id(&self, bucket: &Bucket) -> Option<u32> {
        match bucket {
            Bucket::Value(v) => position(&self.values, v),
            Bucket::Unknown => Some(UNKNOWN),
        }
    }

    pub(super) fn bucket(&self, id: u32) -> Bucket {
        match self.values.get(id as usize) {
            Some(v) => Bucket::Value(v.clone()),
            None => Bucket::Unknown,
        }
    }

    /// How many counters a count over this column needs: one per value, and one for unknown.
    pub(super) fn slots(&self) -> usize {
        self.values.len() + 1
    }

    /// Adds the articles `docs` to `counts`, a counter per slot.
    pub(super) fn count(&self, docs: impl Iterator<Item = u32>, counts: &mut [u32]) {
        let unknown = self.values.len();
        if self.ids.len() + 1 == self.offsets.len() {
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
