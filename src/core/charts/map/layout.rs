//! Where the map's parts go on a canvas: the country with its archipelagos as large as
//! the box allows, the Red River Delta inset in the free corner to the right of the
//! north (under the country on a narrow screen), and the legend beside or under it.
//! Every position is a pure function of the chart and the canvas, so drawing, hover
//! and the tests agree.

use plotters::prelude::*;

use super::frame::{InsetFrame, MapFrame};
use super::geometry::Rect;
use super::inset::{fit_inset, grow_inset, inset_size, INSET_CAPTION, INSET_PAD};
use super::labels::island_marks;
use super::projection::Projection;
use super::spec::{MapChart, MapRegion};
use crate::core::charts::shared::frame::text_width;
use crate::core::charts::shared::style::{FONT, TEXT};

/// Below this CSS width the inset and the legend go under the map.
const WIDE: f64 = 640.0;
/// The legend's rows and type (CSS px).
pub(crate) const LEGEND_ROW: f64 = 18.0;
pub(crate) const LEGEND_FONT: f64 = 12.0;
pub(crate) const SWATCH: (f64, f64) = (18.0, 14.0);
/// Space kept between the parts (CSS px).
const GAP: f64 = 12.0;

/// The CSS height a map wants at a CSS width. The country is tall, so its height sets
/// its scale: on a wide canvas 0.82 of the width lets the country, the inset in the sea
/// beside it and the legend reach across; on a narrow one the country spans the width
/// and the inset goes under it.
pub fn map_height(width: f64) -> f64 {
    if width < WIDE {
        width * 1.55 + 225.0
    } else {
        (width * 0.82).clamp(520.0, 940.0)
    }
}

/// The projected box (min x, max x, min latitude, max latitude) of the regions and
/// islands; Vietnam's own when there are none.
fn bounds(chart: &MapChart) -> (f64, f64, f64, f64) {
    let rings = chart
        .regions
        .iter()
        .flat_map(|r| r.rings.iter())
        .chain(chart.islands.iter().flat_map(|i| i.rings.iter()));
    let shrink = Projection::shrink();
    let b = Rect::around(rings.flatten().map(|&(lon, lat)| (lon * shrink, lat)))
        .filter(|b| b.width() > 0.0 && b.height() > 0.0)
        .unwrap_or(Rect::new(102.0 * shrink, 8.5, 117.0 * shrink, 23.5));
    (b.left, b.right, b.top, b.bottom)
}

/// The text style of the legend.
pub(crate) fn legend_style(ratio: f64) -> TextStyle<'static> {
    (FONT, LEGEND_FONT * ratio).into_font().color(&TEXT)
}

/// The legend's size in pixels: a row per class, "no data" and the note.
fn legend_size(chart: &MapChart, ratio: f64) -> (f64, f64) {
    let style = legend_style(ratio);
    let legend = &chart.legend;
    let swatched = legend
        .classes
        .iter()
        .map(|c| c.label.as_str())
        .chain([legend.no_data.as_str()])
        .map(|t| text_width(t, &style) + (SWATCH.0 + 6.0) * ratio);
    let width = swatched
        .chain(legend.note.iter().map(|t| text_width(t, &style)))
        .fold(0.0, f64::max);
    let rows = legend.classes.len() + 1 + usize::from(legend.note.is_some());
    (width + 4.0 * ratio, rows as f64 * LEGEND_ROW * ratio)
}

/// What the inset and the legend must keep clear of on the main map: the box of every
/// ring and of the archipelagos' marks.
fn obstacles(chart: &MapChart, main: &Projection, width: f64, ratio: f64) -> Vec<Rect> {
    let land = chart
        .regions
        .iter()
        .flat_map(|r: &MapRegion| r.rings.iter())
        .filter_map(|ring| Rect::around(ring.iter().map(|&p| main.project(p))));
    let marks = island_marks(chart, main, width, ratio)
        .into_iter()
        .map(|m| m.bounds);
    land.chain(marks).collect()
}

/// Lays out a map drawn on a canvas of `width` × `height` pixels whose titles end at
/// `top` and whose source line takes `footer` pixels at the bottom.
pub fn layout(
    chart: &MapChart,
    (width, height): (f64, f64),
    ratio: f64,
    top: f64,
    footer: f64,
) -> MapFrame {
    let px = |css: f64| css * ratio;
    let body_bottom = (height - footer - px(6.0)).max(top + px(7.0));
    let body = Rect::new(
        px(12.0),
        top + px(6.0),
        (width - px(12.0)).max(px(13.0)),
        body_bottom,
    );
    let (lw, lh) = legend_size(chart, ratio);
    let (x0, x1, y0, y1) = bounds(chart);
    let fit = |room: Rect| {
        let scale = (room.width() / (x1 - x0))
            .min(room.height() / (y1 - y0))
            .max(1e-3);
        Projection {
            left: room.left + ((room.width() - (x1 - x0) * scale) / 2.0).max(0.0),
            top: room.top,
            scale,
            min_x: x0,
            max_lat: y1,
        }
    };
    let frame = |main: Projection, inset: Option<InsetFrame>, legend: Rect| MapFrame {
        main,
        inset,
        body,
        legend,
        pixel_ratio: ratio,
        width,
    };
    if width / ratio >= WIDE {
        // The country at the left; the inset in the corner to its top right, grown
        // until it meets land or a label; the legend under it at the right.
        let room = Rect::new(body.left, body.top, body.right - lw - px(16.0), body.bottom);
        let mut main = fit(room);
        main.left = room.left;
        let blocked = obstacles(chart, &main, width, ratio);
        let limit = Rect::new(body.left, body.top, body.right, body.bottom - lh - px(GAP));
        let inset = grow_inset(chart, &main, &limit, &blocked, ratio);
        let legend_top = inset.map_or(body.top, |i| i.frame.bottom + px(GAP));
        let legend = Rect::at((body.right - lw, legend_top), (lw, lh));
        return frame(main, inset, legend);
    }
    // Narrow: the country across the width and the inset under it; the legend in the
    // sea to the top right where it fits there, else beside or under the inset.
    let stacked = |place: LegendPlace| {
        let below = if place == LegendPlace::Below {
            lh + px(GAP)
        } else {
            0.0
        };
        let beside = if place == LegendPlace::Beside {
            lw + px(GAP)
        } else {
            0.0
        };
        let inset_room = |scale: f64| {
            chart.inset.as_ref().map_or(0.0, |inset| {
                let (_, rh) = inset_size(inset);
                rh * scale * 2.5 + px(2.0 * INSET_PAD + INSET_CAPTION + GAP)
            })
        };
        let full = fit(body);
        // Shrink the country where the inset would otherwise get less than 2.5× zoom.
        let mut scale = full.scale;
        if full.scale * (y1 - y0) + inset_room(full.scale) + below > body.height() {
            let fixed = inset_room(0.0) + below;
            let per_scale = (y1 - y0) + inset_room(1.0) - inset_room(0.0);
            scale = ((body.height() - fixed) / per_scale).clamp(1e-3, full.scale);
        }
        let map_bottom = body.top + (y1 - y0) * scale;
        let main = fit(Rect::new(body.left, body.top, body.right, map_bottom));
        let under = Rect::new(
            body.left,
            map_bottom + px(GAP),
            body.right - beside,
            body.bottom - below,
        );
        let inset = fit_inset(chart, &main, &under, ratio);
        let legend = match place {
            LegendPlace::Sea => Rect::at((body.right - lw, body.top), (lw, lh)),
            LegendPlace::Beside => Rect::at((body.right - lw, under.top), (lw, lh)),
            LegendPlace::Below => {
                let y = inset.map_or(map_bottom, |i| i.frame.bottom) + px(GAP);
                Rect::at((body.left, y), (lw, lh))
            }
        };
        frame(main, inset, legend)
    };
    let clear = |f: &MapFrame| {
        let room = f.legend.grow(px(4.0));
        f.legend.within(&body)
            && !f.inset.is_some_and(|i| i.frame.intersects(&room))
            && !obstacles(chart, &f.main, width, ratio)
                .iter()
                .any(|o| o.intersects(&room))
    };
    let zoom = |f: &MapFrame| f.inset.map_or(0.0, |i| i.projection.scale);
    let sea = stacked(LegendPlace::Sea);
    if clear(&sea) {
        return sea;
    }
    let (beside, below) = (stacked(LegendPlace::Beside), stacked(LegendPlace::Below));
    if clear(&beside) && (zoom(&beside) >= zoom(&below) || !clear(&below)) {
        beside
    } else {
        below
    }
}

/// Where a narrow map's legend goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LegendPlace {
    /// In the sea to the right of the north.
    Sea,
    /// To the right of the inset.
    Beside,
    /// Under the inset.
    Below,
}
