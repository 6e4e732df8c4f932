//! The view layer: what the reader is looking at (`ViewState`: places, indicator,
//! years, view, region, table order, units, language, embed), the actions that change
//! it and their reducer, the link that carries it (old links migrated first), and
//! the year a single-year view lands on (and, in `pairs`, the scatter plot's pair of
//! indicators and the years they share).
//!
//! **Invariants.** `view/` draws nothing and formats no text for the page: it imports
//! only `data/`. A `ViewState` is always valid against its dataset, and decoding a
//! link never fails: what cannot be used becomes a `UrlNotice`.

pub mod action;
pub mod landing;
pub mod migrate;
pub mod needs;
pub mod pairs;
pub mod state;
pub mod url;
