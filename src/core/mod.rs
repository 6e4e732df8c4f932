//! The pure core: everything that can be computed without a browser.
//!
//! Nothing here imports yew, web-sys, js-sys, gloo, wasm-bindgen or plotters-canvas
//! (a test in `tests/native/tidy.rs` enforces it), and nothing here panics on user
//! input: bad files and bad links become typed errors or notices.

pub mod chart;
pub mod charts;
pub mod data;
pub mod draw;
pub mod draw_ranking;
pub mod export;
pub mod hover;
pub mod navigate;
pub mod query;
pub mod ranking;
pub mod text;
pub mod view;
