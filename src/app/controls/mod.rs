//! The controls: the pickers of places, indicator, years, view, region and units, and
//! the year slider with its play button, the change mode's two years, and the scatter
//! plot's x, trail and bubbles.
//!
//! **Invariants.** A control only renders and dispatches actions; it holds no logic the
//! core could hold, and it imports neither the page (`explorer`) nor the store.

pub mod change_control;
pub mod indicator_picker;
pub mod province_picker;
pub mod region_picker;
pub mod scatter_controls;
pub mod units_picker;
pub mod view_tabs;
pub mod year_range;
pub mod year_slider;
