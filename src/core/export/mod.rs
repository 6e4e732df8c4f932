//! The export layer: what leaves the page — the chart as a PNG or SVG image with the
//! view's link in a footer, the CSV of exactly the values shown with their sources (and
//! of the ranking's summary in sentences, and of the regions' averages it shows),
//! and the link, QR code and `<iframe>` snippet of a view.
//!
//! **Invariants.** `export/` is the top of the core: nothing in the core imports it.
//! It draws through the chart registry on any plotters backend and never touches a
//! browser (the shell puts the PNG on a canvas and starts the downloads).

pub mod export_csv;
pub mod image;
pub mod mean_rows;
pub mod share;
pub mod summary_csv;
