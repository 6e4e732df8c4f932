//! The first paint: what the second, small wasm bundle (`src/first_paint.rs`) does while
//! the app's bundle is still on its way. It reads the link with the core, takes the data
//! the view needs (the built-in data, and the one family's data file a PCI, PAPI or GSO
//! view needs), lays out the page around the chart (`skeleton.rs`) in `#first-paint`,
//! over `#app`, and draws the chart with the same chart code into the same place — so
//! that when the app has drawn its own chart beneath, removing the cover changes no
//! pixel. It holds no Yew, no control and no panel.
//!
//! It paints only a view the app will show as it is: not a link with notices (the app
//! says what it ignored), not a link to imported data (the app reads the kept sets),
//! not an embed, not a view without a chart on top; and never once the app has started.
//!
//! **Invariants.** Imports the core and `app::data_files` (which holds no Yew), nothing
//! else of the shell; fails silently — the app then shows the page as before.

pub mod skeleton;

#[cfg(target_arch = "wasm32")]
mod browser_side {
    use wasm_bindgen::JsCast;
    use web_sys::{Document, HtmlCanvasElement, HtmlElement};

    use super::skeleton::skeleton;
    use crate::app::data_files::{fetch_families, loaded};
    use crate::core::charts::registry::{build, content_height, draw_content, ChartContent};
    use crate::core::charts::shared::display_list::{record, replay};
    use crate::core::data::dataset::Dataset;
    use crate::core::data::embedded::embedded;
    use crate::core::data::model::USER_PREFIX;
    use crate::core::view::needs::families_needed;
    use crate::core::view::url::decode;

    /// Paints the linked chart if it can, now or once its family's data file is here.
    pub fn run() {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let query = web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default();
        if query.contains(&format!("indicator={USER_PREFIX}")) {
            return;
        }
        let data = &embedded().dataset;
        if data.missing_part().is_some() {
            return;
        }
        let view = decode(&query, data).state;
        let families = families_needed(data, &view);
        if families.is_empty() {
            paint(&document, data, &query);
        } else {
            wasm_bindgen_futures::spawn_local(async move {
                if fetch_families(&families).await.is_ok() {
                    if let Some(data) = loaded() {
                        paint(&document, &data, &query);
                    }
                }
            });
        }
    }

    /// Lays out the page and draws the chart, unless the app is already there.
    fn paint(document: &Document, data: &Dataset, query: &str) {
        let app_started = document
            .get_element_by_id("app")
            .is_none_or(|app| app.query_selector(".explorer").ok().flatten().is_some());
        let Some(cover) = document.get_element_by_id("first-paint") else {
            return;
        };
        if app_started || cover.child_element_count() > 0 {
            return;
        }
        let decoded = decode(query, data);
        if !decoded.notices.is_empty() {
            return;
        }
        let view = decoded.state;
        let (Some(html), Some(content)) = (skeleton(data, &view), build(data, &view)) else {
            return;
        };
        if matches!(content, ChartContent::Empty(_)) {
            return;
        }
        cover.set_inner_html(&html);
        let canvas = cover
            .query_selector("canvas")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<HtmlCanvasElement>().ok());
        let Some(canvas) = canvas else {
            cover.set_inner_html("");
            return;
        };
        let width = canvas
            .parent_element()
            .map_or(0.0, |p| f64::from(p.client_width()));
        let ratio = web_sys::window().map_or(1.0, |w| w.device_pixel_ratio().max(1.0));
        if width < 1.0 {
            cover.set_inner_html("");
            return;
        }
        let height = content_height(&content, width);
        let (wide, high) = (
            (width * ratio).round() as u32,
            (height * ratio).round() as u32,
        );
        canvas.set_width(wide);
        canvas.set_height(high);
        let style = |element: &HtmlElement, property: &str, value: String| {
            let _ = element.style().set_property(property, &value);
        };
        // As `app/chart_canvas/paint.rs` sizes it: the bitmap's height, its box the chart's.
        style(&canvas, "width", format!("{width}px"));
        style(&canvas, "height", format!("{}px", f64::from(high) / ratio));
        if let Some(clip) = canvas
            .parent_element()
            .and_then(|c| c.dyn_into::<HtmlElement>().ok())
        {
            style(&clip, "height", format!("{height}px"));
        }
        let (drawn, list) = record((wide, high), |area| {
            draw_content(area, &content, ratio, None)
        });
        let backend = plotters_canvas::CanvasBackend::with_canvas_object(canvas);
        let painted =
            drawn.is_ok() && backend.is_some_and(|mut backend| replay(&list, &mut backend).is_ok());
        if !painted {
            cover.set_inner_html("");
            return;
        }
        if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
            let _ = performance.mark("cds-first-paint");
        }
    }
}

#[cfg(target_arch = "wasm32")]
pub use browser_side::run;
