//! The import layer: a person's own file, from bytes to a checked set of values the
//! views can show beside the built-in data, without anything leaving the browser.
//!
//! bytes → [`text::decode_text`] (UTF-8 with or without BOM, UTF-16) → [`grid`] (CSV with
//! `,` `;` or tab, or the first sheet of an XLSX) → [`mapping`] (what each column is: a
//! place, a value of an indicator in a year, or a field of the tidy layout; guessed,
//! then confirmed by the person) → [`validate`] (every row accepted or rejected with its
//! line and reason, repeated keys, ranges, agreement with the built-in values) → a
//! [`user_set::UserSet`] that [`user_set::merge`] adds to the dataset.
//!
//! **Invariants.** Nothing here panics on any input: every problem is a located message.
//! Imported values are observations of a source of kind `User`, ranked below every
//! published source, so they fill gaps and never replace a published value; their
//! indicators belong to the pillar "Dữ liệu của bạn". The import layer reads the data
//! and text layers and nothing above them.

pub mod grid;
mod indicators;
pub mod kept;
pub mod mapping;
pub mod number;
pub mod places;
mod report;
pub mod session;
pub mod text;
pub mod user_set;
pub mod validate;
pub mod wire;
pub mod words;
