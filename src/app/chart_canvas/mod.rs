//! The one component that owns the `<canvas>`: it sizes the canvas to its box at the
//! device pixel ratio and draws the core's chart on it (a line chart or a ranking),
//! again whenever the chart, the hovered point or the window size changes. Pointer and
//! touch hover, and the arrow keys, pick a point or a row; the core maps it to data
//! and says what the tooltip shows. With nothing to draw it shows why instead. Charts
//! are recorded once by the core and replayed on the canvas (`paint`, which also draws
//! [`export_png`], the same chart on an off-screen canvas for the PNG download).

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::EventListener;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

mod paint;
pub use paint::export_png;
use paint::{box_width, paint};

use super::browser::{pixel_ratio, WidthWatch};
use crate::core::charts::registry::{
    anchor, hit_content, remap, step, tooltip_content, ChartContent, Frame,
};
use crate::core::charts::shared::hit::Hit;
use crate::core::charts::shared::tooltip::Tooltip;
use crate::core::data::model::Area;
use crate::core::text::i18n::{text, Text};
use crate::core::view::action::Action;
use crate::core::view::state::Lang;

#[derive(Properties, PartialEq)]
pub struct ChartCanvasProps {
    pub content: ChartContent,
    pub indicator: usize,
    pub lang: Lang,
    /// Where clicking (or Enter on) a map province toggles it in the selection.
    #[prop_or_default]
    pub on_action: Option<Callback<Action>>,
    #[prop_or_default]
    pub selected: Vec<Area>,
    /// The id of an element that describes the chart further (the ranking's summary in
    /// sentences), read after the keys' help.
    #[prop_or_default]
    pub described_by: Option<AttrValue>,
}

/// The place a hit stands for, where clicking it toggles the selection (the map, and
/// the scatter plot's dots, which are then labelled).
fn toggled(content: &ChartContent, hit: Hit, selected: &[Area]) -> Option<Action> {
    let area = match content {
        ChartContent::Map(chart) => chart.regions.get(hit.series)?.area,
        ChartContent::Scatter(chart) => chart.dots.get(hit.series)?.area,
        _ => return None,
    };
    if let Area::Merged(unit) = area {
        // A post-2025 unit stands for the provinces it absorbed.
        return Some(Action::ToggleUnit(unit));
    }
    Some(if selected.contains(&area) {
        Action::RemovePlace(area)
    } else {
        Action::AddPlace(area)
    })
}

thread_local! {
    /// Whether the page has scheduled its first chart.
    static PAGE_HAS_A_CHART: Cell<bool> = const { Cell::new(false) };
}

/// How near (CSS px) the pointer must come to a point to pick it.
const HIT_RADIUS: f64 = 18.0;

/// Scrolls the window, if needed, so that the point `y` CSS px down `canvas` is in view
/// with some room around it.
fn reveal(canvas: &HtmlCanvasElement, y: f64) {
    const MARGIN: f64 = 60.0;
    let Some(window) = web_sys::window() else {
        return;
    };
    let top = canvas.get_bounding_client_rect().top() + y;
    let height = window
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    if top < MARGIN {
        window.scroll_by_with_x_and_y(0.0, top - MARGIN);
    } else if top > height - MARGIN {
        window.scroll_by_with_x_and_y(0.0, top - height + MARGIN);
    }
}

#[component]
pub fn ChartCanvas(props: &ChartCanvasProps) -> Html {
    let canvas_ref = use_node_ref();
    let failure = use_state(|| None::<String>);
    let resized = use_state(|| 0_u32);
    // Every resize (of the window or of the chart's box) counts up, so that each redraws.
    let resizes = use_memo((), |_| Rc::new(Cell::new(0_u32)));
    let watch = use_mut_ref(|| None::<WidthWatch>);
    // The type of the chart drawn last (line, ranking, map), to keep its bitmap.
    let last_drawn = use_memo((), |_| {
        Cell::new(None::<std::mem::Discriminant<ChartContent>>)
    });
    let hovered = use_state(|| None::<Hit>);
    let frame = use_mut_ref(|| None::<Frame>);
    let last_content = use_mut_ref(|| None::<ChartContent>);

    // A changed chart (a new year, a new selection) keeps the hovered place, if it is
    // still there; this render already uses the remapped one.
    let previous = last_content.borrow().clone();
    let current = if previous.as_ref() == Some(&props.content) {
        *hovered
    } else {
        *last_content.borrow_mut() = Some(props.content.clone());
        let moved = hovered.and_then(|hit| {
            previous
                .as_ref()
                .and_then(|old| remap(old, &props.content, hit))
        });
        if moved != *hovered {
            hovered.set(moved);
        }
        moved
    };
    // The hit the keys step from: set by each render and by each key at once, so that
    // keys pressed faster than the page renders (Yew renders in a later task when its
    // work runs past a frame) each take one step from the last, none from a stale one.
    let stepped = use_mut_ref(|| None::<Hit>);
    *stepped.borrow_mut() = current;
    {
        let (resized, counter) = (resized.clone(), resizes.clone());
        use_effect_with((), move |_| {
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
        let (watch, resized_now, counter) = (watch.clone(), resized.clone(), (*resizes).clone());
        let last_drawn = last_drawn.clone();
        let highlight = current.map(|h| h.series);
        let deps = (props.content.clone(), *resized, highlight);
        use_effect_with(deps, move |(content, _, highlight)| {
            let (content, highlight) = (content.clone(), *highlight);
            // The page's first chart is drawn at the start of the next frame (before that
            // frame is painted), not in the task that built the page: two shorter tasks.
            // Later charts (a new view, a new year) are drawn at once.
            let first = !PAGE_HAS_A_CHART.with(|drawn| drawn.replace(true));
            let sized = canvas_ref.cast::<HtmlCanvasElement>();
            let draw = move || {
                let Some(canvas) = canvas_ref.cast::<HtmlCanvasElement>() else {
                    return;
                };
                let content = &content;
                let width = box_width(&canvas, &watch, resized_now, counter.clone());
                let same_type = last_drawn
                    .replace(Some(std::mem::discriminant(content)))
                    .is_some_and(|last| last == std::mem::discriminant(content));
                match paint(&canvas, width, content, same_type, highlight) {
                    Ok(drawn) => {
                        *frame.borrow_mut() = drawn;
                        failure.set(None);
                        super::browser::mark("cds-chart-drawn");
                    }
                    Err(message) => failure.set(Some(message)),
                }
                // The first paint's cover (`src/paint/`) goes in the frame in which this
                // chart is drawn beneath it.
                super::browser::remove_first_paint();
            };
            if first {
                // Under the first paint's cover, the chart's box takes the cover's size
                // now, so that nothing moves between this frame and the drawn one.
                if let Some(canvas) = &sized {
                    paint::size_like_first_paint(canvas);
                }
                super::browser::on_next_frame(draw);
            } else {
                draw();
            }
        });
    }

    let Some(aria_label) = props.content.aria_label().map(str::to_string) else {
        let message = match &props.content {
            ChartContent::Empty(reason) => reason.message(props.lang),
            _ => "",
        };
        return html! { <div class="chart-empty" role="status"><p>{ message }</p></div> };
    };
    let pick = {
        let (hovered, frame, content) = (hovered.clone(), frame.clone(), props.content.clone());
        Callback::from(move |event: PointerEvent| {
            let Some(target) = event.target_dyn_into::<HtmlCanvasElement>() else {
                return;
            };
            let scale = f64::from(target.width()) / f64::from(target.client_width().max(1));
            let x = f64::from(event.offset_x()) * scale;
            let y = f64::from(event.offset_y()) * scale;
            let hit = frame
                .borrow()
                .as_ref()
                .and_then(|f| hit_content(&content, f, x, y, HIT_RADIUS * scale));
            if *hovered != hit {
                hovered.set(hit);
            }
        })
    };
    // A click (or a tap) acts on what is under it, not on what was hovered before:
    // on a touch screen the pointer has left before the click arrives.
    let click = {
        let (frame, content) = (frame.clone(), props.content.clone());
        let (on_action, selected) = (props.on_action.clone(), props.selected.clone());
        Callback::from(move |event: MouseEvent| {
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
                .and_then(|f| hit_content(&content, f, x, y, HIT_RADIUS * scale));
            let action = hit.and_then(|hit| toggled(&content, hit, &selected));
            if let (Some(action), Some(on_action)) = (action, &on_action) {
                on_action.emit(action);
            }
        })
    };
    let leave = {
        let hovered = hovered.clone();
        Callback::from(move |event: PointerEvent| {
            // A lifted finger "leaves" at once: keep the tapped point's tooltip.
            if event.pointer_type() != "touch" {
                hovered.set(None);
            }
        })
    };
    let onkeydown = {
        let (hovered, content) = (hovered.clone(), props.content.clone());
        let (on_action, selected) = (props.on_action.clone(), props.selected.clone());
        let (frame, canvas_ref, stepped) = (frame.clone(), canvas_ref.clone(), stepped.clone());
        Callback::from(move |event: KeyboardEvent| {
            let key = event.key();
            let current = *stepped.borrow();
            let action = current.and_then(|hit| toggled(&content, hit, &selected));
            if key == "Enter" || key == " " {
                if let (Some(action), Some(on_action)) = (action, &on_action) {
                    event.prevent_default();
                    on_action.emit(action);
                }
            } else if key == "Escape" {
                *stepped.borrow_mut() = None;
                hovered.set(None);
            } else if key.starts_with("Arrow") || key == "Home" || key == "End" {
                event.prevent_default();
                let next = step(&content, current, &key);
                // A long ranking runs past the window: bring the picked row into view.
                let point = next
                    .zip(*frame.borrow())
                    .and_then(|(hit, f)| anchor(&content, &f, hit));
                if let (Some((_, y)), Some(canvas)) =
                    (point, canvas_ref.cast::<HtmlCanvasElement>())
                {
                    reveal(&canvas, y / pixel_ratio());
                }
                *stepped.borrow_mut() = next;
                hovered.set(next);
            }
        })
    };
    let tip = current.and_then(|hit| {
        let tip = tooltip_content(
            &crate::app::user_data::current(),
            &props.content,
            props.indicator,
            hit,
        )?;
        let frame = (*frame.borrow())?;
        let (x, y) = anchor(&props.content, &frame, hit)?;
        let ratio = pixel_ratio();
        let (x, y) = (x / ratio, y / ratio);
        let (width, height) = canvas_ref
            .cast::<HtmlCanvasElement>()
            .map_or((0.0, 0.0), |c| {
                (f64::from(c.client_width()), f64::from(c.client_height()))
            });
        // Keep the box inside the chart: it opens to the left of points on the right half.
        let horizontal = if x > width / 2.0 {
            ("right", width - x + 12.0)
        } else {
            ("left", x + 12.0)
        };
        // …and above points in the lower half, so it is never cut off at the bottom.
        let vertical = if y > height / 2.0 {
            ("bottom", height - y + 12.0)
        } else {
            ("top", y + 12.0)
        };
        Some((tip, [horizontal, vertical]))
    });
    // What a screen reader hears on each step: the place and year, the value, its rank
    // and the rank's move ("Tuyên Quang · 2023: 0,6735, hạng 38/63, tăng 2 bậc so với 2022").
    let spoken = tip
        .as_ref()
        .map(|(t, _)| {
            let extra: String = [t.rank.as_ref(), t.change.as_ref()]
                .into_iter()
                .flatten()
                .map(|s| format!(", {s}"))
                .collect();
            format!("{}: {}{extra}", t.heading, t.value)
        })
        .unwrap_or_default();
    let described_by = match &props.described_by {
        Some(id) => format!("chart-keys {id}"),
        None => "chart-keys".to_string(),
    };
    html! {
        <figure class="chart">
            <div class="chart-clip">
                <canvas ref={canvas_ref} role="img" tabindex="0" aria-label={aria_label} aria-describedby={described_by}
                    onpointermove={pick.clone()} onpointerdown={pick} onpointerleave={leave} onclick={click} {onkeydown}></canvas>
            </div>
            <p id="chart-keys" class="visually-hidden">{ text(props.lang, Text::ChartKeys) }</p>
            // Always in the page, so that screen readers announce each new point.
            <p class="visually-hidden" role="status" aria-live="polite">{ spoken }</p>
            if let Some((tip, place)) = tip {
                <TooltipBox {tip} {place} />
            }
            if let Some(message) = &*failure {
                <p class="notice notice-error" role="alert">{ message.clone() }</p>
            }
        </figure>
    }
}

#[derive(Properties, PartialEq)]
struct TooltipBoxProps {
    tip: Tooltip,
    /// The two sides it is placed from (`left` or `right`, `top` or `bottom`), in CSS px.
    place: [(&'static str, f64); 2],
}

/// The tooltip, placed through the CSSOM, never a `style` attribute, which the page's
/// Content Security Policy (`style-src 'self'`) refuses.
#[component]
fn TooltipBox(props: &TooltipBoxProps) -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(props.place, move |place| {
            if let Some(element) = node.cast::<web_sys::HtmlElement>() {
                let style = element.style();
                for side in ["left", "right", "top", "bottom"] {
                    let _ = style.remove_property(side);
                }
                for (side, px) in place {
                    let _ = style.set_property(side, &format!("{px:.0}px"));
                }
            }
        });
    }
    let tip = &props.tip;
    html! {
        <div class="tooltip" ref={node}>
            <strong>{ tip.heading.clone() }</strong>
            <div class="tooltip-value">{ tip.value.clone() }
                if let Some(rank) = &tip.rank { <span class="hint">{ format!(" · {rank}") }</span> }
                if let Some(change) = &tip.change { <span class="hint change">{ format!(" · {change}") }</span> }
                if let Some(kind) = &tip.kind { <span class="hint">{ format!(" · {kind}") }</span> }
            </div>
            if let Some(label) = tip.quote_label.filter(|_| !tip.quote.is_empty()) {
                <div class="hint">{ label }</div>
            }
            if !tip.quote.is_empty() { <q lang={tip.quote_lang}>{ tip.quote.clone() }</q> }
            if !tip.source.is_empty() { <div class="hint">{ tip.source.clone() }</div> }
            if let Some(citation) = &tip.citation { <div class="hint tooltip-citation">{ citation.clone() }</div> }
            if let Some(note) = &tip.disagreement { <div class="conflict">{ note.clone() }</div> }
            { for tip.also.iter().map(|line| html! { <div class="hint tooltip-also">{ line.clone() }</div> }) }
        </div>
    }
}
