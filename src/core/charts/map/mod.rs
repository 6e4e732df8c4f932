//! The map: every province (or post-2025 unit) shaded by its value in one year, in at
//! most five classes where darker is better, "no data" hatched, the selected ones
//! outlined and named, and the Red River Delta again in a zoomed inset.
//!
//! `spec` and `classes` make the chart (no pixels); `projection`, `inset`, `layout`
//! and `frame` place it on a canvas, as a pure function of the chart and the canvas
//! (layout → inset → projection, and the layout makes the `MapFrame`); `labels` names
//! provinces and archipelagos; `draw` and `overlay` paint; `hit` answers the pointer.
//! `geometry` is pixel geometry under all of them. `change` shades the same map by the
//! change between two years on a diverging scale centred on no change.
//!
//! **Invariants.** `map/` imports no other chart type, only `charts/shared/` and the
//! layers below. Nothing here touches a browser: drawing is on any plotters backend.

pub mod change;
pub mod classes;
pub mod draw;
pub mod frame;
pub mod geometry;
pub mod hit;
mod inset;
pub mod labels;
pub mod layout;
mod overlay;
pub mod projection;
pub mod spec;
