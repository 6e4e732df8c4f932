//! The panels: the views that are not a canvas (table, profile with its scorecard,
//! sources, coverage),
//! the gaps under a single-year chart, and the Share and Download panels with their
//! copy button.
//!
//! **Invariants.** A panel renders a model the core computed and dispatches actions;
//! it imports neither the page (`explorer`) nor the store, and draws a chart only
//! through `chart_canvas`.

pub mod copy_link;
pub mod coverage_grid;
pub mod download_panel;
pub mod gaps_panel;
pub mod import;
pub mod profile_panel;
pub mod scorecard_panel;
pub mod share_panel;
pub mod sources_panel;
pub mod summary_panel;
pub mod table_panel;
