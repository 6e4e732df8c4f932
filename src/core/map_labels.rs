//! Names on the map: the archipelagos', above a ring round their specks, moved left
//! where they would run past the canvas's right edge.

use plotters::prelude::*;

use super::draw::{FONT, TEXT};
use super::draw_text::text_width;
use super::map::MapChart;
use super::map_frame::Projection;
use super::map_geometry::{Point, Rect};

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
