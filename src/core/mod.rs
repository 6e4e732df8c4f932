//! The pure core: everything that can be computed without a browser, in layers that
//! import only downward:
//!
//! `data` → `view` → `text` → `query` (and, beside it, `import`) → `charts` → `export`
//!
//! `data/` is the model, the loading and the dataset; `view/` the view state, the
//! reducer and the link; `text/` the strings and number formats of both languages;
//! `query/` the values each view shows; `import/` a person's own file, read, mapped and
//! checked into a set the dataset can take; `charts/` one folder per chart type and the
//! registry that dispatches on them; `export/` what leaves the page. Each folder's
//! `mod.rs` states what it may not know; `tests/native/tidy.rs` checks the order and
//! that no modules import each other round a circle.
//!
//! Nothing here imports yew, web-sys, js-sys, gloo, wasm-bindgen or plotters-canvas
//! (a test in `tests/native/tidy.rs` enforces it), and nothing here panics on user
//! input: bad files and bad links become typed errors or notices.

pub mod charts;
pub mod data;
pub mod export;
pub mod import;
pub mod query;
pub mod text;
pub mod view;
