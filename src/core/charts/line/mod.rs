//! The line chart: a selected place's values over the years, one coloured line each,
//! gaps left as gaps, targets hollow, a line that stops early capped and said so.
//!
//! `spec` builds the chart (no pixels; a region's average through `means`), `draw` renders it and returns its
//! `PlotFrame`, `hit` answers the pointer and the keys through that frame.
//!
//! **Invariants.** `line/` imports no other chart type, only `charts/shared/` and the
//! layers below.

pub mod draw;
pub mod hit;
pub mod means;
pub mod spec;
