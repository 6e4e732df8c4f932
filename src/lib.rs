//! CĐS Explorer: Vietnam's provincial digital-transformation indicators in the browser.
//!
//! `core` is pure Rust (data, view state, URL, chart specs, drawing on any plotters
//! backend) and is tested natively; `app` is the Yew shell and `worker` the import
//! worker's, both compiled only for wasm32; `paint` is the first paint's (its page
//! skeleton is plain text, tested natively too).

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod app;

#[cfg(target_arch = "wasm32")]
pub mod worker;

pub mod paint;
