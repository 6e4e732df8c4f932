//! The ranking: every province with a value in one year as a bar, best first by the
//! indicator's direction, the selected ones highlighted. A number in front of a name
//! is always a published rank.
//!
//! `spec` builds the chart (no pixels), `draw` renders the bars and returns the
//! `RowFrame`, `hit` answers the pointer through it.
//!
//! **Invariants.** `ranking/` imports no other chart type, only `charts/shared/` and
//! the layers below.

pub mod draw;
pub mod hit;
pub mod rows;
pub mod spec;
