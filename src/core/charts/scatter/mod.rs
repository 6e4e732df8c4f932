//! The scatter plot: two indicators against each other in one year, a dot per place
//! (the 63 provinces, and a person's own areas where both indicators are theirs),
//! coloured by socio-economic region, optionally sized by population; rank axes run
//! from the worst to 1 at the good end; the axes stay fixed over every year the two
//! share, so that playing through the years moves the dots, not the frame. Selected
//! places are labelled (labels never overlap) and can leave a trail over the years
//! before; places without both values are named, never drawn at zero. The subtitle gives
//! Spearman's rank correlation with its n, and says it is an association, not a cause.
//!
//! `spec` builds the chart (no pixels) from the values `values` finds, `labels` places the selected places' names,
//! `draw` paints on any plotters backend and returns the `ScatterFrame`, `hit` answers
//! the pointer and the keys (the dots, then the legend's regions) through it.
//!
//! **Invariants.** `scatter/` imports no other chart type, only `charts/shared/` and the
//! layers below.

pub mod draw;
pub mod hit;
pub mod labels;
pub mod spec;
pub mod values;
