//! The app's own hooks.

pub mod use_chart_room;
pub mod use_css_from_data;
pub mod use_digits;
pub mod use_keys;
pub mod use_marks;
