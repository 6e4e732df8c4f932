//! The data layer: the model, the loading and checking of the CSV files, the dataset
//! and its look-ups, the built-in files, the map's boundaries, and which of several
//! values for one place and year is shown.
//!
//! **Invariants.** `data/` knows nothing of views, links, languages or charts: it
//! imports nothing from the other folders of the core. Loading never fails: a bad row
//! is left out and reported as a `LoadError`, never fatal.

pub mod checks;
pub mod citation;
pub mod compact;
pub mod compact_bytes;
pub mod compact_notes;
pub mod compact_observations;
pub mod csv_rows;
pub mod dataset;
pub mod derive;
pub mod embedded;
pub mod families;
pub mod fold;
pub mod former;
pub mod geo;
pub mod load;
pub mod load_observations;
pub mod load_tables;
pub mod model;
pub mod notes;
pub mod own_area;
pub mod preferred;
pub mod printed;
pub mod table_checks;
pub mod untrusted;
