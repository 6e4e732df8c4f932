//! Putting a chart on a `<canvas>`: sizing the canvas to its box at the device pixel
//! ratio (the box's width watched, never read after a change; a shorter chart of the
//! same type keeps its bitmap), recording the chart once in the core and replaying it on
//! the canvas; and the PNG download, drawn the same way on an off-screen canvas.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use crate::app::browser::{pixel_ratio, WidthWatch};
use crate::core::charts::registry::{content_height, draw_content, ChartContent, Frame};
use crate::core::charts::shared::display_list::{record, replay, DisplayList};
use crate::core::export::image::{draw_export, export_height, EXPORT_WIDTH, PNG_SCALE};

/// Sizes `canvas` to its box and draws `content`; returns where the chart landed.
///
/// Resizing a canvas costs the browser a new bitmap (about 7 ms for a ranking of 63), so
/// a chart of the same type that gets shorter (a year with fewer rows, a province
/// fewer in the legend) keeps the taller bitmap: its box (`clip`, `overflow: hidden`)
/// shows only the chart's own height. A new chart type or width sizes it exactly.
pub(super) fn paint(
    canvas: &HtmlCanvasElement,
    width: f64,
    content: &ChartContent,
    same_type: bool,
    highlight: Option<usize>,
) -> Result<Option<Frame>, String> {
    if width < 1.0 {
        return Ok(None); // not laid out yet; the resize listener draws later
    }
    let height = content_height(content, width);
    let ratio = pixel_ratio();
    let (wide, high) = (
        (width * ratio).round() as u32,
        (height * ratio).round() as u32,
    );
    let keep = same_type && canvas.width() == wide && canvas.height() >= high;
    if !keep && (canvas.width() != wide || canvas.height() != high) {
        canvas.set_width(wide);
        canvas.set_height(high);
    }
    let bitmap_height = f64::from(canvas.height()) / ratio;
    set_style(canvas, "width", &format!("{width}px"));
    set_style(canvas, "height", &format!("{bitmap_height}px"));
    if let Some(clip) = canvas.parent_element() {
        use wasm_bindgen::JsCast;
        if let Ok(clip) = clip.dyn_into::<web_sys::HtmlElement>() {
            set_style(&clip, "height", &format!("{height}px"));
        }
    }
    let (frame, list) = record((wide, high), |area| {
        draw_content(area, content, ratio, highlight)
    });
    let frame = frame.map_err(|e| e.to_string())?;
    replay_on(canvas, &list)?;
    Ok(frame)
}

/// Gives `canvas` and its clipping box the size of the first paint's (`src/paint/`), if
/// its cover is there: the chart drawn there is the one this canvas will draw, so the
/// page's layout is final before the first chart is drawn.
pub(super) fn size_like_first_paint(canvas: &HtmlCanvasElement) {
    use wasm_bindgen::JsCast;
    let painted = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("#first-paint canvas").ok().flatten())
        .and_then(|c| c.dyn_into::<HtmlCanvasElement>().ok());
    let Some(painted) = painted else { return };
    let copy = |from: &web_sys::HtmlElement, to: &web_sys::HtmlElement, property: &str| {
        let value = from
            .style()
            .get_property_value(property)
            .unwrap_or_default();
        if !value.is_empty() {
            set_style(to, property, &value);
        }
    };
    copy(&painted, canvas, "width");
    copy(&painted, canvas, "height");
    let clips = (
        painted
            .parent_element()
            .and_then(|c| c.dyn_into::<web_sys::HtmlElement>().ok()),
        canvas
            .parent_element()
            .and_then(|c| c.dyn_into::<web_sys::HtmlElement>().ok()),
    );
    if let (Some(from), Some(to)) = clips {
        copy(&from, &to, "height");
    }
}

/// Sets an inline style property through the CSSOM (never a `style` attribute, which the
/// page's Content Security Policy refuses), only if it changes: a write invalidates the
/// page's style even when the value is the same.
fn set_style(element: &web_sys::HtmlElement, property: &str, value: &str) {
    let style = element.style();
    if style.get_property_value(property).ok().as_deref() != Some(value) {
        let _ = style.set_property(property, value);
    }
}

/// The CSS width of the canvas's box. It is watched rather than read: a read after the
/// page changed would force a layout before the chart could even be drawn. A change of
/// width redraws through `resized`.
pub(super) fn box_width(
    canvas: &HtmlCanvasElement,
    watch: &Rc<RefCell<Option<WidthWatch>>>,
    resized: UseStateHandle<u32>,
    counter: Rc<Cell<u32>>,
) -> f64 {
    let Some(parent) = canvas.parent_element() else {
        return 0.0;
    };
    let mut watch = watch.borrow_mut();
    if !watch.as_ref().is_some_and(|w| w.watches(&parent)) {
        *watch = WidthWatch::new(parent.clone(), move |_| {
            counter.set(counter.get() + 1);
            resized.set(counter.get());
        });
    }
    watch
        .as_ref()
        .map_or_else(|| f64::from(parent.client_width()), WidthWatch::width)
}

/// Replays a recorded chart on `canvas`.
fn replay_on(canvas: &HtmlCanvasElement, list: &DisplayList) -> Result<(), String> {
    let mut backend = CanvasBackend::with_canvas_object(canvas.clone())
        .ok_or_else(|| "no 2D context".to_string())?;
    replay(list, &mut backend).map_err(|e| e.to_string())
}

/// Draws `content` with `footer` on an off-screen canvas, [`EXPORT_WIDTH`] CSS pixels
/// wide at [`PNG_SCALE`], and returns the PNG as a `data:` address.
pub fn export_png(content: &ChartContent, footer: &str) -> Result<String, String> {
    use wasm_bindgen::JsCast;
    let canvas: HtmlCanvasElement = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("canvas").ok())
        .and_then(|e| e.dyn_into().ok())
        .ok_or_else(|| "no canvas".to_string())?;
    let height = export_height(content, footer, EXPORT_WIDTH);
    canvas.set_width((EXPORT_WIDTH * PNG_SCALE).round() as u32);
    canvas.set_height((height * PNG_SCALE).round() as u32);
    let (drawn, list) = record((canvas.width(), canvas.height()), |area| {
        draw_export(area, content, footer, PNG_SCALE)
    });
    drawn.map_err(|e| e.to_string())?;
    replay_on(&canvas, &list)?;
    canvas
        .to_data_url_with_type("image/png")
        .map_err(|_| "the image could not be encoded".to_string())
}
