//! The timeline: a right-to-left histogram of the hits over time that is also the date filter,
//! with the articles of the period on show listed under it. `Timeline` is the one entry point;
//! the other components are its parts.

mod axis;
mod bars;
mod count_table;
mod event_markers;
mod gesture;
mod intent;
mod panel;
mod period_list;
mod toolbar;

pub use panel::{Timeline, TimelineProps, MAX_BARS};
