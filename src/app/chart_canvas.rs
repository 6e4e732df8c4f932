//! The one component that owns the `<canvas>`: it sizes the canvas to its box at the
//! device pixel ratio and draws the core's chart on it, again whenever the chart or
//! the window size changes. With nothing to draw it shows why instead.

use gloo::events::EventListener;
use plotters::prelude::IntoDrawingArea;
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use super::browser::pixel_ratio;
use crate::core::chart::{ChartContent, LineChart};
use crate::core::draw::draw_line_chart;
use crate::core::view::Lang;

#[derive(Properties, PartialEq)]
pub struct ChartCanvasProps {
    pub content: ChartContent,
    pub lang: Lang,
}

/// CSS height of the chart for a given CSS width.
fn chart_height(width: f64) -> f64 {
    (width * 0.62).clamp(340.0, 560.0)
}

/// Sizes `canvas` to its box and draws `chart`; returns a message if drawing failed.
fn paint(canvas: &HtmlCanvasElement, chart: &LineChart) -> Result<(), String> {
    let width = canvas
        .parent_element()
        .map_or(0.0, |parent| f64::from(parent.client_width()));
    if width < 1.0 {
        return Ok(()); // not laid out yet; the resize listener draws later
    }
    let height = chart_height(width);
    let ratio = pixel_ratio();
    canvas.set_width((width * ratio).round() as u32);
    canvas.set_height((height * ratio).round() as u32);
    let style = canvas.style();
    let _ = style.set_property("width", &format!("{width}px"));
    let _ = style.set_property("height", &format!("{height}px"));
    let backend = CanvasBackend::with_canvas_object(canvas.clone())
        .ok_or_else(|| "no 2D context".to_string())?;
    let root = backend.into_drawing_area();
    draw_line_chart(&root, chart, ratio).map_err(|e| e.to_string())?;
    root.present().map_err(|e| e.to_string())
}

#[component]
pub fn ChartCanvas(props: &ChartCanvasProps) -> Html {
    let canvas_ref = use_node_ref();
    let failure = use_state(|| None::<String>);
    let resized = use_state(|| 0_u32);

    {
        let resized = resized.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "resize", move |_| resized.set(*resized + 1))
            });
            move || drop(listener)
        });
    }
    {
        let canvas_ref = canvas_ref.clone();
        let failure = failure.clone();
        use_effect_with((props.content.clone(), *resized), move |(content, _)| {
            if let (ChartContent::Line(chart), Some(canvas)) =
                (content, canvas_ref.cast::<HtmlCanvasElement>())
            {
                failure.set(paint(&canvas, chart).err());
            }
        });
    }

    match &props.content {
        ChartContent::Empty(reason) => html! {
            <div class="chart-empty" role="status">
                <p>{ reason.message(props.lang) }</p>
            </div>
        },
        ChartContent::Line(chart) => html! {
            <figure class="chart">
                <canvas ref={canvas_ref} role="img" aria-label={chart.aria_label.clone()}></canvas>
                if let Some(message) = &*failure {
                    <p class="notice notice-error" role="alert">{ message.clone() }</p>
                }
            </figure>
        },
    }
}
