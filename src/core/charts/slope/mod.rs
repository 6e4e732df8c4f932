//! The slope chart: two years of an indicator side by side, one line per place from its
//! value (or rank) in the first year to the last, each labelled at both ends with its
//! value and, at the right, its name and change ("6 Hà Nội ▲18"). Ranks run downwards
//! from 1 at the top. Places with a value in only one of the years are listed under the
//! chart, never drawn; across a method break nothing is drawn and the chart says why.
//!
//! `spec` builds the chart (no pixels), `labels` stacks the end labels so that none
//! overlaps another, `draw` paints on any plotters backend and returns the
//! `SlopeFrame`, `hit` answers the pointer and the keys through it.
//!
//! **Invariants.** `slope/` imports no other chart type, only `charts/shared/` and the
//! layers below.

pub mod draw;
pub mod hit;
pub mod labels;
pub mod spec;
