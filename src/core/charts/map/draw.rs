//! Draws a [`MapChart`] on any plotters backend, where [`layout`] put its parts: the
//! provinces filled by class or hatched for "no data", their borders, outlines for
//! selected and hovered provinces, the archipelagos with their names, the Red River
//! Delta inset (its box outlined on the main map), the legend, and the names of the
//! selected provinces. Returns the [`MapFrame`], so that a pointer maps back to a
//! province.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::classes::{NO_DATA_FILL, NO_DATA_HATCH};
use super::frame::{MapFrame, View};
use super::geometry::{clip_line, hatch, pixel, pixels, Point, HATCH_SPACING};
use super::inset::INSET_PAD;
use super::labels::place_labels;
use super::layout::{layout, legend_style};
use super::overlay::{draw_islands, draw_labels, draw_legend};
use super::spec::MapChart;
use crate::core::charts::shared::frame::draw_frame;
use crate::core::charts::shared::style::{colour, fail, DrawError, MUTED};

/// The dark outline of selected and hovered provinces.
const OUTLINE: RGBColor = RGBColor(0x11, 0x18, 0x27);
/// A ring as a closed line.
fn closed(points: &[Point]) -> Vec<Point> {
    let mut line = points.to_vec();
    line.extend(points.first().copied());
    line
}

/// Draws `chart` filling `area`, the province `highlight` (if any) outlined and the
/// others (but the selected) faded. Returns where the map landed.
pub fn draw_map<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &MapChart,
    scale: f64,
    highlight: Option<usize>,
) -> Result<MapFrame, DrawError> {
    let (width, height) = area.dim_in_pixel();
    let (y, footer) = draw_frame(
        area,
        &chart.title,
        &chart.subtitle,
        &chart.source_line,
        scale,
    )?;
    let frame = layout(
        chart,
        (f64::from(width), f64::from(height)),
        scale,
        f64::from(y),
        f64::from(footer),
    );
    draw_view(area, chart, &frame, View::Main, highlight)?;
    draw_islands(area, chart, &frame)?;
    if let Some(inset) = frame.inset {
        let line = |w: f64| ShapeStyle::from(&MUTED).stroke_width(w.max(1.0).round() as u32);
        let box_on_map = inset.outline;
        area.draw(&Rectangle::new(
            [
                pixel((box_on_map.left, box_on_map.top)),
                pixel((box_on_map.right, box_on_map.bottom)),
            ],
            line(scale),
        ))
        .map_err(fail)?;
        let corners = [
            pixel((inset.frame.left, inset.frame.top)),
            pixel((inset.frame.right, inset.frame.bottom)),
        ];
        area.draw(&Rectangle::new(corners, WHITE.filled()))
            .map_err(fail)?;
        draw_view(area, chart, &frame, View::Inset, highlight)?;
        area.draw(&Rectangle::new(corners, line(scale)))
            .map_err(fail)?;
        if let Some(spec) = &chart.inset {
            let pad = INSET_PAD * scale;
            let at = pixel((inset.frame.left + pad, inset.frame.top + pad));
            let caption = legend_style(scale).color(&MUTED);
            area.draw(&Text::new(spec.caption.clone(), at, caption))
                .map_err(fail)?;
        }
    }
    draw_legend(area, chart, &frame)?;
    draw_labels(area, &place_labels(chart, &frame), scale)?;
    Ok(frame)
}

/// The provinces in one view: fills and hatch, borders, then the outlines on top.
fn draw_view<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &MapChart,
    frame: &MapFrame,
    view: View,
    highlight: Option<usize>,
) -> Result<(), DrawError> {
    let scale = frame.pixel_ratio;
    let thin = scale.max(1.0).round() as u32;
    let clip = match (view, frame.inset) {
        (View::Inset, Some(inset)) => Some(inset.map),
        _ => None,
    };
    let projection = match (view, frame.inset) {
        (View::Inset, Some(inset)) => inset.projection,
        _ => frame.main,
    };
    // Borders are the rings' own lines, cut to the inset, never the cut's edges.
    let borders = |rings: &[crate::core::data::geo::Ring]| -> Vec<Vec<Point>> {
        rings
            .iter()
            .map(|ring| {
                ring.iter()
                    .map(|&p| projection.project(p))
                    .collect::<Vec<_>>()
            })
            .flat_map(|line| match clip {
                Some(clip) => clip_line(&closed(&line), &clip),
                None => vec![closed(&line)],
            })
            .collect()
    };
    let hatch_style = colour(NO_DATA_HATCH).stroke_width(thin);
    for (i, region) in chart.regions.iter().enumerate() {
        let shapes = frame.shapes(&region.rings, view);
        let faded = highlight.is_some_and(|h| h != i) && !region.selected;
        let fill = match region.fill {
            Some(fill) if faded => colour(fill).mix(0.75),
            Some(fill) => colour(fill).to_rgba(),
            None => colour(NO_DATA_FILL).to_rgba(),
        };
        for shape in &shapes {
            area.draw(&Polygon::new(pixels(shape), fill.filled()))
                .map_err(fail)?;
        }
        if region.fill.is_none() {
            for (a, b) in hatch(&shapes, HATCH_SPACING * scale) {
                area.draw(&PathElement::new(vec![pixel(a), pixel(b)], hatch_style))
                    .map_err(fail)?;
            }
        }
    }
    // White borders between classes; grey ones around "no data", which is white too.
    for pass_no_data in [false, true] {
        let style = if pass_no_data {
            colour(NO_DATA_HATCH).stroke_width(thin)
        } else {
            WHITE.stroke_width(thin)
        };
        for region in chart
            .regions
            .iter()
            .filter(|r| r.fill.is_none() == pass_no_data)
        {
            for line in borders(&region.rings) {
                area.draw(&PathElement::new(pixels(&line), style))
                    .map_err(fail)?;
            }
        }
    }
    // Outlines on top: selected provinces, then the hovered one.
    let outlined = chart
        .regions
        .iter()
        .enumerate()
        .filter(|(i, r)| r.selected && highlight != Some(*i))
        .chain(highlight.and_then(|h| chart.regions.get(h).map(|r| (h, r))));
    for (i, region) in outlined {
        let width = if highlight == Some(i) { 3.0 } else { 2.0 };
        let stroke = OUTLINE.stroke_width((width * scale).round().max(1.0) as u32);
        for line in borders(&region.rings) {
            area.draw(&PathElement::new(pixels(&line), stroke))
                .map_err(fail)?;
        }
    }
    Ok(())
}
