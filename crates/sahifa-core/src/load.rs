//! The one load pipeline: an archive's bytes → its articles → its search index, in steps of
//! bounded work, so that a page can hand the main thread back between any two of them.
//!
//! The pipeline owns every step size ([`LoadSteps`]) and says what each step made
//! ([`LoadStep`]); whoever drives it only decides when to take the next step. The app takes
//! them in time slices, the bench module one after the other, and `parse_bundle` and
//! `SearchIndex::build` are the same steps taken in one go. A second kind of archive (one
//! fetched in pieces) is another [`Loading`], driven by the same loop.

use crate::parse::{BundleError, BundleParser, ByteSource, LoadedBundle, WINDOW};
use crate::search::{IndexSteps, Indexing, SearchIndex};
use std::rc::Rc;

/// How much work each step of a load does: each well under the few milliseconds a page can
/// spend between two looks at the clock, so that a slice overruns its budget by little.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoadSteps {
    /// Bytes of the bundle the parser holds at a time (see `parse::WINDOW`).
    pub window: usize,
    /// Articles one step of the parse reads.
    pub articles_parsed: usize,
    pub index: IndexSteps,
}

impl Default for LoadSteps {
    fn default() -> LoadSteps {
        LoadSteps {
            window: WINDOW,
            articles_parsed: 50,
            index: IndexSteps { articles_read: 50, articles_laid_out: 2_000 },
        }
    }
}

/// What a step made.
// Moved out of each step at once, and the large variant comes once per load: boxing the index
// would only add an allocation.
#[allow(clippy::large_enum_variant)]
#[derive(Debug)]
pub enum LoadStep {
    /// Work was done; more remains.
    Working,
    /// The articles are read: the list can be shown while the index is built. Given once.
    Articles(Rc<LoadedBundle>),
    /// The index is built: search is ready. The last step.
    Searchable(SearchIndex),
    /// The bytes are not an archive this build reads. The last step.
    Failed(BundleError),
}

/// An archive being loaded a step at a time.
pub trait Loading {
    /// Does the next step's work. Called again after `Searchable` or `Failed`, it panics.
    fn step(&mut self) -> LoadStep;
}

/// A single-file bundle, from its bytes to its index.
pub struct BundleLoad<'s> {
    stage: Stage<'s>,
    steps: LoadSteps,
}

// One load lives at a time and a step moves its stage once (as in `search::build`).
#[allow(clippy::large_enum_variant)]
enum Stage<'s> {
    Parsing(BundleParser<'s>),
    Indexing(Rc<LoadedBundle>, Indexing),
    Done,
}

impl<'s> BundleLoad<'s> {
    pub fn new(source: &'s mut dyn ByteSource, steps: LoadSteps) -> BundleLoad<'s> {
        BundleLoad { stage: Stage::Parsing(BundleParser::new(source, steps.window)), steps }
    }
}

impl Loading for BundleLoad<'_> {
    fn step(&mut self) -> LoadStep {
        match std::mem::replace(&mut self.stage, Stage::Done) {
            Stage::Parsing(mut parser) => match parser.step(self.steps.articles_parsed) {
                None => {
                    self.stage = Stage::Parsing(parser);
                    LoadStep::Working
                }
                Some(Ok(loaded)) => {
                    let loaded = Rc::new(loaded);
                    self.stage = Stage::Indexing(loaded.clone(), Indexing::new(self.steps.index));
                    LoadStep::Articles(loaded)
                }
                Some(Err(error)) => LoadStep::Failed(error),
            },
            Stage::Indexing(loaded, mut indexing) => match indexing.step(&loaded.bundle.articles) {
                None => {
                    self.stage = Stage::Indexing(loaded, indexing);
                    LoadStep::Working
                }
                Some(index) => LoadStep::Searchable(index),
            },
            Stage::Done => panic!("BundleLoad::step: the load is over"),
        }
    }
}
