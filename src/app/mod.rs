//! The Yew shell: components, hooks and browser effects around the pure core.
//!
//! Data flows one way: the embedded `Dataset` and the page's URL give a `ViewState`;
//! components dispatch actions; the reducer (in core) makes the next state; an effect
//! writes it back to the URL; the chart component draws what the core specifies.

mod browser;
mod chart_canvas;
mod copy_link;
mod coverage_grid;
mod download_panel;
mod explorer;
mod gaps_panel;
mod indicator_picker;
mod notices;
mod profile_panel;
mod province_picker;
mod region_picker;
mod share_panel;
mod sources_panel;
mod store;
mod table_panel;
mod units_picker;
mod view_tabs;
mod year_range;
mod year_slider;

pub use explorer::Explorer;

/// Mounts the explorer in the page's `#app` element (or the body), replacing the
/// static loading message.
pub fn start() {
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
