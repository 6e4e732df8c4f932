//! The query layer: the values a view shows, ready for a chart or a panel — a line
//! chart's series and targets, the table, the profiles, the coverage grid, the
//! sources, the gaps of a single-year view, the indicator catalogue, published ranks,
//! change between two years, rank correlation, and regions' averages.
//!
//! **Invariants.** `query/` has no pixels and never reads the URL: it works from a
//! dataset and a `ViewState`, and imports only `data/`, `view/` and `text/`. Nothing
//! is estimated or filled in: a year without a value is a gap.

pub mod catalogue;
pub mod change;
pub mod correlation;
pub mod coverage;
pub mod gaps;
pub mod profile;
pub mod profile_cell;
pub mod ranks;
pub mod region_mean;
pub mod scorecard;
pub mod series;
pub mod sources_view;
pub mod span_change;
pub mod summary;
pub mod table;
pub mod table_words;
