//! The one component that owns the `<canvas>`: it sizes the canvas to its box at the
//! device pixel ratio and draws the core's chart on it, again whenever the chart, the
//! hovered point or the window size changes. Pointer and touch hover, and the arrow
//! keys, pick a point; the core maps it to data and says what the tooltip shows. With
//! nothing to draw it shows why instead.

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::EventListener;
use plotters::prelude::IntoDrawingArea;
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use super::browser::pixel_ratio;
use crate::core::chart::{ChartContent, LineChart};
use crate::core::dataset::embedded;
use crate::core::draw::draw_line_chart;
use crate::core::hover::{hit_test, tooltip, Hit, PlotFrame};
use crate::core::view::Lang;

#[derive(Properties, PartialEq)]
pub struct ChartCanvasProps {
    pub content: ChartContent,
    pub indicator: usize,
    pub lang: Lang,
}

/// CSS height of the chart for a given CSS width.
fn chart_height(width: f64) -> f64 {
    (width * 0.62).clamp(340.0, 560.0)
}

/// How near (CSS px) the pointer must come to a point to pick it.
const HIT_RADIUS: f64 = 18.0;

/// Sizes `canvas` to its box and draws `chart`; returns where the plot landed.
fn paint(
    canvas: &HtmlCanvasElement,
    chart: &LineChart,
    highlight: Option<usize>,
) -> Result<Option<PlotFrame>, String> {
    let width = canvas
        .parent_element()
        .map_or(0.0, |parent| f64::from(parent.client_width()));
    if width < 1.0 {
        return Ok(None); // not laid out yet; the resize listener draws later
    }
    let height = chart_height(width);
    let ratio = pixel_ratio();
    let (pixels_wide, pixels_high) = (
        (width * ratio).round() as u32,
        (height * ratio).round() as u32,
    );
    if canvas.width() != pixels_wide || canvas.height() != pixels_high {
        canvas.set_width(pixels_wide);
        canvas.set_height(pixels_high);
    }
    let style = canvas.style();
    let _ = style.set_property("width", &format!("{width}px"));
    let _ = style.set_property("height", &format!("{height}px"));
    let backend = CanvasBackend::with_canvas_object(canvas.clone())
        .ok_or_else(|| "no 2D context".to_string())?;
    let root = backend.into_drawing_area();
    let frame = draw_line_chart(&root, chart, ratio, highlight).map_err(|e| e.to_string())?;
    root.present().map_err(|e| e.to_string())?;
    Ok(Some(frame))
}

/// The next point for an arrow key, from `current` (or the first point).
fn step(chart: &LineChart, current: Option<Hit>, key: &str) -> Option<Hit> {
    let count = chart.series.len();
    let first = chart.series.iter().position(|s| !s.points.is_empty())?;
    let Some(hit) = current else {
        return Some(Hit {
            series: first,
            point: 0,
        });
    };
    let points = |s: usize| chart.series.get(s).map_or(0, |s| s.points.len());
    match key {
        "ArrowRight" => Some(Hit {
            point: (hit.point + 1).min(points(hit.series).saturating_sub(1)),
            ..hit
        }),
        "ArrowLeft" => Some(Hit {
            point: hit.point.saturating_sub(1),
            ..hit
        }),
        "ArrowDown" | "ArrowUp" => {
            let forward = key == "ArrowDown";
            let next = (1..=count)
                .map(|k| {
                    if forward {
                        (hit.series + k) % count
                    } else {
                        (hit.series + count - k) % count
                    }
                })
                .find(|&s| points(s) > 0)?;
            Some(Hit {
                series: next,
                point: hit.point.min(points(next) - 1),
            })
        }
        _ => current,
    }
}

#[component]
pub fn ChartCanvas(props: &ChartCanvasProps) -> Html {
    let canvas_ref = use_node_ref();
    let failure = use_state(|| None::<String>);
    let resized = use_state(|| 0_u32);
    let hovered = use_state(|| None::<Hit>);
    let frame = use_mut_ref(|| None::<PlotFrame>);
    let last_content = use_mut_ref(|| None::<ChartContent>);

    // A new chart has other points: forget the hovered one.
    if last_content.borrow().as_ref() != Some(&props.content) {
        *last_content.borrow_mut() = Some(props.content.clone());
        if hovered.is_some() {
            hovered.set(None);
        }
    }
    {
        let resized = resized.clone();
        use_effect_with((), move |_| {
            let counter = Rc::new(Cell::new(0_u32));
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "resize", move |_| {
                    counter.set(counter.get() + 1);
                    resized.set(counter.get());
                })
            });
            move || drop(listener)
        });
    }
    {
        let (canvas_ref, failure, frame) = (canvas_ref.clone(), failure.clone(), frame.clone());
        let highlight = hovered.map(|h| h.series);
        use_effect_with(
            (props.content.clone(), *resized, highlight),
            move |(content, _, highlight)| {
                if let (ChartContent::Line(chart), Some(canvas)) =
                    (content, canvas_ref.cast::<HtmlCanvasElement>())
                {
                    match paint(&canvas, chart, *highlight) {
                        Ok(drawn) => {
                            *frame.borrow_mut() = drawn;
                            failure.set(None);
                        }
                        Err(message) => failure.set(Some(message)),
                    }
                }
            },
        );
    }

    let chart = match &props.content {
        ChartContent::Line(chart) => chart,
        ChartContent::Empty(reason) => {
            return html! {
                <div class="chart-empty" role="status"><p>{ reason.message(props.lang) }</p></div>
            };
        }
    };
    let pick = {
        let (hovered, frame, chart) = (hovered.clone(), frame.clone(), chart.clone());
        Callback::from(move |event: PointerEvent| {
            let Some(target) = event.target_dyn_into::<HtmlCanvasElement>() else {
                return;
            };
            let scale = f64::from(target.width()) / f64::from(target.client_width().max(1));
            let (x, y) = (
                f64::from(event.offset_x()) * scale,
                f64::from(event.offset_y()) * scale,
            );
            let hit = frame
                .borrow()
                .as_ref()
                .and_then(|f| hit_test(f, &chart, x, y, HIT_RADIUS * scale));
            if *hovered != hit {
                hovered.set(hit);
            }
        })
    };
    let leave = {
        let hovered = hovered.clone();
        Callback::from(move |_: PointerEvent| hovered.set(None))
    };
    let onkeydown = {
        let (hovered, chart) = (hovered.clone(), chart.clone());
        Callback::from(move |event: KeyboardEvent| {
            let key = event.key();
            if key == "Escape" {
                hovered.set(None);
            } else if key.starts_with("Arrow") {
                event.prevent_default();
                hovered.set(step(&chart, *hovered, &key));
            }
        })
    };
    let tip = hovered.and_then(|hit| {
        let tip = tooltip(&embedded().dataset, chart, props.indicator, hit)?;
        let frame = (*frame.borrow())?;
        let &(year, value) = chart.series.get(hit.series)?.points.get(hit.point)?;
        let ratio = pixel_ratio();
        let (x, y) = frame.pixel(year, value);
        let (x, y) = (x / ratio, y / ratio);
        let width = frame.right / ratio;
        // Keep the box inside the chart: it opens to the left of points on the right half.
        let horizontal = if x > width / 2.0 {
            format!("right:calc(100% - {:.0}px + 12px)", x)
        } else {
            format!("left:{:.0}px", x + 12.0)
        };
        Some((tip, format!("{horizontal};top:{:.0}px", y + 12.0)))
    });
    html! {
        <figure class="chart">
            <canvas ref={canvas_ref} role="img" tabindex="0" aria-label={chart.aria_label.clone()}
                onpointermove={pick.clone()} onpointerdown={pick} onpointerleave={leave} {onkeydown}></canvas>
            if let Some((tip, position)) = tip {
                <div class="tooltip" role="status" style={position}>
                    <strong>{ tip.heading }</strong>
                    <div class="tooltip-value">{ tip.value }
                        if let Some(rank) = tip.rank { <span class="hint">{ format!(" · {rank}") }</span> }
                        if let Some(kind) = tip.kind { <span class="hint">{ format!(" · {kind}") }</span> }
                    </div>
                    <q>{ tip.quote }</q>
                    <div class="hint">{ tip.source }</div>
                    if let Some(note) = tip.disagreement { <div class="conflict">{ note }</div> }
                </div>
            }
            if let Some(message) = &*failure {
                <p class="notice notice-error" role="alert">{ message.clone() }</p>
            }
        </figure>
    }
}
