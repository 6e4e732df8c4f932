//! The charts layer: the chart types, each in its folder with its spec (series and
//! text, no pixels), its renderer (on any plotters backend) and its hit-testing —
//! `line/`, `ranking/`, `map/`, `slope/`, `scatter/` — what they share in `shared/`, and the registry, the
//! one place that dispatches on the type.
//!
//! **Invariants.** `charts/` never reads the URL and never touches a browser: it
//! works from a dataset and a `ViewState`, draws on any backend (a canvas in the shell,
//! an SVG string in tests), and imports nothing from `export/`. A chart type's folder
//! imports no other chart type's; only the registry knows them all.

pub mod line;
pub mod map;
pub mod ranking;
pub mod registry;
pub mod scatter;
pub mod shared;
pub mod slope;
