//! What the map draws over its provinces: the archipelagos with their names, the
//! legend (classes best first, the hatched "no data", which way is better) and the
//! names of the selected provinces on white boxes, with their leader lines.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::classes::{NO_DATA_FILL, NO_DATA_HATCH};
use super::frame::MapFrame;
use super::geometry::{hatch, pixel, pixels, Point, Rect, HATCH_SPACING};
use super::labels::{island_marks, island_style, label_style, PlacedLabel};
use super::layout::{legend_style, LEGEND_ROW, SWATCH};
use super::spec::MapChart;
use crate::core::charts::shared::style::{colour, fail, DrawError, MUTED, TEXT};

/// The archipelagos: their specks, a ring around them, and their names.
pub(crate) fn draw_islands<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &MapChart,
    frame: &MapFrame,
) -> Result<(), DrawError> {
    let scale = frame.pixel_ratio;
    let island_fill = RGBColor(0x9c, 0xa3, 0xaf);
    let ring_style = RGBColor(0x6b, 0x72, 0x80).stroke_width(scale.max(1.0).round() as u32);
    let style = island_style(scale);
    for mark in island_marks(chart, &frame.main, frame.width, scale) {
        let Some(island) = chart.islands.get(mark.island) else {
            continue;
        };
        for ring in &island.rings {
            let points: Vec<Point> = ring.iter().map(|&p| frame.main.project(p)).collect();
            area.draw(&Polygon::new(pixels(&points), island_fill.filled()))
                .map_err(fail)?;
        }
        area.draw(&Circle::new(
            pixel(mark.centre),
            mark.radius.round() as i32,
            ring_style,
        ))
        .map_err(fail)?;
        area.draw(&Text::new(
            island.label.clone(),
            pixel(mark.at),
            style.clone(),
        ))
        .map_err(fail)?;
    }
    Ok(())
}

/// A "no data" swatch or box: white, hatched, outlined in the hatch's grey.
fn draw_hatched<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    rect: Rect,
    scale: f64,
) -> Result<(), DrawError> {
    let thin = scale.max(1.0).round() as u32;
    let corners = [
        pixel((rect.left, rect.top)),
        pixel((rect.right, rect.bottom)),
    ];
    area.draw(&Rectangle::new(corners, colour(NO_DATA_FILL).filled()))
        .map_err(fail)?;
    let ring = vec![
        (rect.left, rect.top),
        (rect.right, rect.top),
        (rect.right, rect.bottom),
        (rect.left, rect.bottom),
    ];
    for (a, b) in hatch(&[ring], HATCH_SPACING * scale) {
        area.draw(&PathElement::new(
            vec![pixel(a), pixel(b)],
            colour(NO_DATA_HATCH).stroke_width(thin),
        ))
        .map_err(fail)?;
    }
    area.draw(&Rectangle::new(
        corners,
        colour(NO_DATA_HATCH).stroke_width(thin),
    ))
    .map_err(fail)
}

/// The legend: the classes best first, the hatched "no data", and which way is better.
pub(crate) fn draw_legend<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &MapChart,
    frame: &MapFrame,
) -> Result<(), DrawError> {
    let scale = frame.pixel_ratio;
    let text = legend_style(scale);
    let (left, top) = (frame.legend.left, frame.legend.top);
    let row = |i: usize| top + LEGEND_ROW * scale * i as f64;
    let swatch = |y: f64| Rect::at((left, y), (SWATCH.0 * scale, SWATCH.1 * scale));
    let caption_x = left + (SWATCH.0 + 6.0) * scale;
    let legend = &chart.legend;
    for (i, class) in legend.classes.iter().enumerate() {
        let rect = swatch(row(i));
        area.draw(&Rectangle::new(
            [
                pixel((rect.left, rect.top)),
                pixel((rect.right, rect.bottom)),
            ],
            colour(class.colour).filled(),
        ))
        .map_err(fail)?;
        area.draw(&Text::new(
            class.label.clone(),
            pixel((caption_x, row(i))),
            text.clone(),
        ))
        .map_err(fail)?;
    }
    let i = legend.classes.len();
    draw_hatched(area, swatch(row(i)), scale)?;
    area.draw(&Text::new(
        legend.no_data.clone(),
        pixel((caption_x, row(i))),
        text.clone(),
    ))
    .map_err(fail)?;
    if let Some(note) = &legend.note {
        let muted = text.clone().color(&MUTED);
        area.draw(&Text::new(note.clone(), pixel((left, row(i + 1))), muted))
            .map_err(fail)?;
    }
    Ok(())
}

/// The names: leader lines first, then each name on its white box.
pub(crate) fn draw_labels<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    labels: &[PlacedLabel],
    scale: f64,
) -> Result<(), DrawError> {
    let thin = scale.max(1.0).round() as u32;
    for label in labels.iter().filter(|l| l.leader) {
        let end = label.rect.nearest(label.anchor);
        area.draw(&PathElement::new(
            vec![pixel(label.anchor), pixel(end)],
            TEXT.stroke_width(thin),
        ))
        .map_err(fail)?;
        area.draw(&Circle::new(
            pixel(label.anchor),
            (2.0 * scale).round().max(1.0) as i32,
            TEXT.filled(),
        ))
        .map_err(fail)?;
    }
    let style = label_style(scale).pos(Pos::new(HPos::Center, VPos::Top));
    let edge = RGBColor(0xd1, 0xd5, 0xdb).stroke_width(thin);
    for label in labels {
        let corners = [
            pixel((label.rect.left, label.rect.top)),
            pixel((label.rect.right, label.rect.bottom)),
        ];
        area.draw(&Rectangle::new(corners, WHITE.mix(0.92).filled()))
            .map_err(fail)?;
        area.draw(&Rectangle::new(corners, edge)).map_err(fail)?;
        area.draw(&Text::new(
            label.text.clone(),
            pixel(label.at),
            style.clone(),
        ))
        .map_err(fail)?;
    }
    Ok(())
}
