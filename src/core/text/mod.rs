//! The text layer: every string of the page in Vietnamese and English, numbers and
//! years as each language prints them, diacritic-insensitive search over names, and the
//! language a quote is written in.
//!
//! **Invariants.** `text/` reads the data and the view (for the language) and nothing
//! above them: it knows no query, chart or export. Every UI string has both languages.

pub mod citation_words;
pub mod format;
pub mod i18n;
pub mod import_ui;
pub mod place_list;
pub mod profile_words;
pub mod quote_language;
pub mod search;
pub mod source_words;
pub mod title;
