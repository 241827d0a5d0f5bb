//! The app's components, one a file: `page` composes the rest from the app state.

pub mod article_list;
pub mod bundle_problems;
pub mod cite_panel;
pub mod correction_note;
pub mod date_field;
pub mod dossier;
pub mod error_view;
pub mod export_panel;
pub mod facet_panel;
pub mod highlighted;
pub mod integrity_note;
pub mod keys_help;
pub mod language_switch;
pub mod loading_view;
pub mod page;
pub mod print_record;
pub mod provenance_panel;
pub mod reader;
pub mod reader_body;
pub mod reader_controls;
pub mod search_box;
pub mod timeline;
