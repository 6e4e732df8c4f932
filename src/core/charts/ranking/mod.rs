//! The ranking: every province (and area of a person's own) with a value in one year as
//! a bar, best first by the indicator's direction, the selected ones highlighted. A
//! number in front of a name is always a published rank.
//!
//! `rows` ranks the places and picks those drawn (all of up to 100, else the best 60, the
//! last 20 and the selected ones).
//! `spec` builds the chart (no pixels), `draw` renders the bars and returns the
//! `RowFrame`, `hit` answers the pointer through it. `change` builds the same chart in
//! change mode: each place's change between two years as a bar either side of zero;
//! `of_view` picks which of the two a view asks for.
//!
//! **Invariants.** `ranking/` imports no other chart type, only `charts/shared/` and
//! the layers below.

pub mod change;
pub mod draw;
pub mod hit;
pub mod of_view;
pub mod rows;
pub mod spec;
