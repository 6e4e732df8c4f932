//! Names on the map. The selected provinces', for maps in articles: on the province
//! where it is large enough to hold the name, else beside it with a leader line; never
//! over another name, the legend, the inset or an archipelago's name, and never off the
//! canvas. The inset names its own provinces, which are too small on the main map.
//! And the archipelagos', above a ring round their specks.

use plotters::prelude::*;

use super::frame::{MapFrame, View};
use super::geometry::{inside, interior_point, Point, Rect};
use super::projection::Projection;
use super::spec::MapChart;
use crate::core::charts::shared::frame::text_width;
use crate::core::charts::shared::style::{FONT, TEXT};

/// A name placed on the map.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedLabel {
    /// Into `chart.regions`.
    pub region: usize,
    pub view: View,
    pub text: String,
    /// The white box behind the name.
    pub rect: Rect,
    /// Where the text hangs from: the middle of its top edge (the text is centred in
    /// its box, so that the width estimate's slack falls on both sides).
    pub at: Point,
    /// The point of the province it names.
    pub anchor: Point,
    /// Whether a leader line joins the name to the province (it is not on it).
    pub leader: bool,
}

/// The names' type: bold, the size of the legend's.
pub(crate) fn label_style(ratio: f64) -> TextStyle<'static> {
    (FONT, 12.0 * ratio)
        .into_font()
        .style(FontStyle::Bold)
        .color(&TEXT)
}

/// A province to name in one view.
struct Wanted {
    region: usize,
    anchor: Point,
    size: (f64, f64),
    /// A box on the province that the name fits in, if there is one.
    on_province: Option<Rect>,
}

/// A box on the shape for a name of `size`: centred on its anchor, or moved a little
/// where the shape is wider or taller there.
fn on_province(shapes: &[Vec<Point>], (x, y): Point, size: (f64, f64)) -> Option<Rect> {
    let (dx, dy) = (size.0 / 4.0, size.1);
    [(0.0, 0.0), (-dx, 0.0), (dx, 0.0), (0.0, -dy), (0.0, dy)]
        .into_iter()
        .map(|(ox, oy)| Rect::at((x + ox - size.0 / 2.0, y + oy - size.1 / 2.0), size))
        .find(|rect| fits_on(shapes, rect))
}

/// Whether the box lies on the shape: its corners and the middles of its edges.
fn fits_on(shapes: &[Vec<Point>], rect: &Rect) -> bool {
    let (x, y) = rect.centre();
    [
        (rect.left, rect.top),
        (rect.right, rect.top),
        (rect.left, rect.bottom),
        (rect.right, rect.bottom),
        (x, rect.top),
        (x, rect.bottom),
        (rect.left, y),
        (rect.right, y),
    ]
    .iter()
    .all(|&p| inside(shapes, p))
}

/// Boxes beside `anchor`, nearest first, in the eight directions.
fn around(anchor: Point, (w, h): (f64, f64), ratio: f64) -> Vec<Rect> {
    const DIRECTIONS: [(f64, f64); 8] = [
        (1.0, 0.0),
        (-1.0, 0.0),
        (1.0, -1.0),
        (-1.0, -1.0),
        (1.0, 1.0),
        (-1.0, 1.0),
        (0.0, -1.0),
        (0.0, 1.0),
    ];
    const DISTANCES: [f64; 10] = [
        6.0, 12.0, 20.0, 32.0, 48.0, 70.0, 100.0, 140.0, 190.0, 260.0,
    ];
    let (ax, ay) = anchor;
    let mut boxes = Vec::with_capacity(DIRECTIONS.len() * DISTANCES.len());
    for distance in DISTANCES {
        for (dx, dy) in DIRECTIONS {
            let d = distance * ratio * if dx != 0.0 && dy != 0.0 { 0.7 } else { 1.0 };
            let left = match dx {
                x if x > 0.0 => ax + d,
                x if x < 0.0 => ax - d - w,
                _ => ax - w / 2.0,
            };
            let top = match dy {
                y if y > 0.0 => ay + d,
                y if y < 0.0 => ay - d - h,
                _ => ay - h / 2.0,
            };
            boxes.push(Rect::at((left, top), (w, h)));
        }
    }
    boxes
}

/// Whether the segment from `a` to `b` passes through `rect`.
fn crosses(rect: &Rect, a: Point, b: Point) -> bool {
    (0..=16).any(|i| {
        let t = f64::from(i) / 16.0;
        rect.contains((a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t))
    })
}

/// The names of the selected provinces, placed.
pub fn place_labels(chart: &MapChart, frame: &MapFrame) -> Vec<PlacedLabel> {
    let ratio = frame.pixel_ratio;
    let style = label_style(ratio);
    let (pad_x, pad_y) = (4.0 * ratio, 3.0 * ratio);
    let mut placed: Vec<PlacedLabel> = Vec::new();
    for view in [View::Inset, View::Main] {
        let (bounds, blocked): (Rect, Vec<Rect>) = match (view, &frame.inset) {
            (View::Inset, Some(inset)) => (inset.map, Vec::new()),
            (View::Inset, None) => continue,
            (View::Main, inset) => {
                let marks = island_marks(chart, &frame.main, frame.width, ratio);
                let mut blocked: Vec<Rect> = marks.iter().map(|m| m.bounds).collect();
                blocked.push(frame.legend);
                blocked.extend(inset.iter().flat_map(|i| [i.frame, i.outline]));
                (frame.body, blocked)
            }
        };
        let mut wanted: Vec<Wanted> = chart
            .regions
            .iter()
            .enumerate()
            .filter(|&(i, r)| r.selected && frame.home(chart, i) == view)
            .filter_map(|(region, r)| {
                let shapes = frame.shapes(&r.rings, view);
                let anchor = interior_point(&shapes)?;
                let size = (
                    text_width(&r.label, &style) + 2.0 * pad_x,
                    12.0 * ratio + 2.0 * pad_y,
                );
                Some(Wanted {
                    region,
                    anchor,
                    size,
                    on_province: on_province(&shapes, anchor, size),
                })
            })
            .collect();
        // Names that fit on their province first, then the others from the top down.
        wanted.sort_by(|a, b| {
            (a.on_province.is_none(), a.anchor.1)
                .partial_cmp(&(b.on_province.is_none(), b.anchor.1))
                .unwrap_or(std::cmp::Ordering::Equal)
        });
        let anchors: Vec<(usize, Point)> = wanted.iter().map(|w| (w.region, w.anchor)).collect();
        for w in &wanted {
            let candidates = w.on_province.into_iter().map(|r| (r, false)).chain(
                around(w.anchor, w.size, ratio)
                    .into_iter()
                    .map(|r| (r, true)),
            );
            let allowed = |rect: &Rect, strict: bool, placed: &[PlacedLabel]| {
                let room = rect.grow(2.0 * ratio);
                let leader_end = rect.nearest(w.anchor);
                rect.within(&bounds)
                    && !blocked.iter().any(|b| b.intersects(&room))
                    && !placed.iter().any(|p| p.rect.intersects(&room))
                    && (!strict
                        || (anchors
                            .iter()
                            .all(|&(r, a)| r == w.region || !room.grow(2.0 * ratio).contains(a))
                            && !placed
                                .iter()
                                .any(|p| crosses(&p.rect, w.anchor, leader_end))))
            };
            let candidates: Vec<(Rect, bool)> = candidates.collect();
            let chosen = candidates
                .iter()
                .find(|(rect, _)| allowed(rect, true, &placed))
                .or_else(|| {
                    candidates
                        .iter()
                        .find(|(rect, _)| allowed(rect, false, &placed))
                });
            if let (Some(&(rect, leader)), Some(region)) = (chosen, chart.regions.get(w.region)) {
                placed.push(PlacedLabel {
                    region: w.region,
                    view,
                    text: region.label.clone(),
                    rect,
                    at: (rect.centre().0, rect.top + pad_y),
                    anchor: w.anchor,
                    leader,
                });
            }
        }
    }
    placed
}

/// An archipelago as the main map marks it: a ring around its specks and its name.
#[derive(Debug, Clone, PartialEq)]
pub struct IslandMark {
    /// Into `chart.islands`.
    pub island: usize,
    pub centre: Point,
    pub radius: f64,
    /// The top-left corner of its name, and the box the name takes.
    pub at: Point,
    pub label: Rect,
    /// Around the specks, the ring and the name.
    pub bounds: Rect,
}

/// The italic style of the archipelagos' names.
pub(crate) fn island_style(ratio: f64) -> TextStyle<'static> {
    (FONT, 11.0 * ratio)
        .into_font()
        .style(FontStyle::Italic)
        .color(&TEXT)
}

/// The marks of the archipelagos: the name above the ring, moved left where it would
/// run past the canvas's right edge.
pub fn island_marks(
    chart: &MapChart,
    main: &Projection,
    width: f64,
    ratio: f64,
) -> Vec<IslandMark> {
    let style = island_style(ratio);
    chart
        .islands
        .iter()
        .enumerate()
        .filter_map(|(island, shape)| {
            let points: Vec<Point> = shape
                .rings
                .iter()
                .flatten()
                .map(|&p| main.project(p))
                .collect();
            let specks = Rect::around(points.iter().copied())?;
            let n = points.len().max(1) as f64;
            let centre = points
                .iter()
                .fold((0.0, 0.0), |(a, b), &(x, y)| (a + x / n, b + y / n));
            let radius = 9.0 * ratio;
            let wide_as = text_width(&shape.label, &style);
            let room = width - 8.0 * ratio;
            let left = (specks.left - 10.0 * ratio).min(room - wide_as).max(0.0);
            let at = (left, specks.top - 18.0 * ratio);
            let label = Rect::at(at, (wide_as, 11.0 * ratio));
            let ring = Rect::new(
                centre.0 - radius,
                centre.1 - radius,
                centre.0 + radius,
                centre.1 + radius,
            );
            let bounds = Rect::around([
                (specks.left, specks.top),
                (specks.right, specks.bottom),
                (ring.left, ring.top),
                (ring.right, ring.bottom),
                (label.left, label.top),
                (label.right, label.bottom),
            ])?;
            Some(IslandMark {
                island,
                centre,
                radius,
                at,
                label,
                bounds,
            })
        })
        .collect()
}
