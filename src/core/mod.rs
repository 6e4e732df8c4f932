//! The pure core: everything that can be computed without a browser.
//!
//! Nothing here imports yew, web-sys, js-sys, gloo, wasm-bindgen or plotters-canvas
//! (a test in `tests/native/tidy.rs` enforces it), and nothing here panics on user
//! input: bad files and bad links become typed errors or notices.

pub mod charts;
pub mod data;
pub mod export;
pub mod query;
pub mod text;
pub mod view;
