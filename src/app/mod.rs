//! The Yew shell: components, hooks and browser effects around the pure core.
//!
//! Data flows one way: the embedded `Dataset` and the page's URL give a `ViewState`;
//! components dispatch actions; the reducer (in core) makes the next state; an effect
//! writes it back to the URL; the chart component draws what the core specifies.
//!
//! The page (`explorer`) and its `store` are at the top; under them the `controls/`,
//! the `panels/` and the page's `notices`; under those `chart_canvas`, the only
//! component that owns a `<canvas>`, and `browser`, the wrappers around the browser's
//! APIs. **Invariant:** imports point down that list — no control or panel imports the
//! page or the store, and the shell imports from the core, never the reverse.

mod browser;
mod chart_canvas;
mod controls;
mod explorer;
mod notices;
mod panels;
pub mod panic;
mod store;

pub use explorer::Explorer;

/// Mounts the explorer in the page's `#app` element (or the body), replacing the
/// static loading message.
pub fn start() {
    panic::install();
    // A dataset without provinces, indicators or values can show no view: say so
    // rather than build one.
    let data = crate::core::data::embedded::embedded();
    if let Some(what) = data.dataset.missing_part() {
        let details: Vec<String> = data.errors.iter().map(ToString::to_string).collect();
        panic::show_message(
            "CĐS Explorer không có dữ liệu để hiển thị / CĐS Explorer has no data to show",
            &format!("the data has no {what}\n{}", details.join("\n")),
        );
        return;
    }
    match browser::app_root() {
        Some(root) => {
            root.set_inner_html("");
            yew::Renderer::<Explorer>::with_root(root).render();
        }
        None => {
            yew::Renderer::<Explorer>::new().render();
        }
    }
}

/// Mounts the explorer into `root`; used by the browser tests.
pub fn mount(root: web_sys::Element) {
    yew::Renderer::<Explorer>::with_root(root).render();
}
