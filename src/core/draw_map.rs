//! Draws a [`MapChart`] on any plotters backend: provinces as polygons in an
//! equirectangular projection scaled for Vietnam's latitude, filled by class or hatched
//! for "no data", the archipelagos with their names, the legend, and outlines for
//! selected and hovered provinces. Returns the projection, so that a pointer maps back
//! to a province.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::draw::{colour, fail, DrawError, FONT, MUTED, TEXT};
use super::draw_text::draw_frame;
use super::geo::{contains, Ring};
use super::map::MapChart;
use super::map_classes::{NO_DATA_FILL, NO_DATA_HATCH};
use super::map_geometry::{hatch, Rect};

/// Longitudes are scaled by the cosine of this latitude (the middle of Vietnam).
const MIDDLE_LATITUDE: f64 = 16.0;
/// The hatch's spacing (CSS px).
const HATCH_SPACING: f64 = 5.0;

/// The projection a map was drawn with, in canvas pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MapFrame {
    pub left: f64,
    pub top: f64,
    /// Pixels per projected degree.
    pub scale: f64,
    pub min_x: f64,
    pub max_lat: f64,
}

impl MapFrame {
    fn shrink() -> f64 {
        MIDDLE_LATITUDE.to_radians().cos()
    }

    pub fn project(&self, (lon, lat): (f64, f64)) -> (f64, f64) {
        (
            self.left + (lon * Self::shrink() - self.min_x) * self.scale,
            self.top + (self.max_lat - lat) * self.scale,
        )
    }

    pub fn unproject(&self, x: f64, y: f64) -> (f64, f64) {
        (
            ((x - self.left) / self.scale + self.min_x) / Self::shrink(),
            self.max_lat - (y - self.top) / self.scale,
        )
    }

    /// The region under a pointer, if any.
    pub fn region_at(&self, chart: &MapChart, x: f64, y: f64) -> Option<usize> {
        let (lon, lat) = self.unproject(x, y);
        chart
            .regions
            .iter()
            .position(|r| r.rings.iter().any(|ring| contains(ring, lon, lat)))
    }
}

/// The CSS height a map wants at a CSS width: the country is tall, so a narrow screen
/// (where the legend goes below) gets a tall canvas.
pub fn map_height(width: f64) -> f64 {
    if width < 640.0 {
        width * 1.45 + 220.0
    } else {
        (width * 0.8).clamp(520.0, 900.0)
    }
}

fn bounds(chart: &MapChart) -> (f64, f64, f64, f64) {
    let rings = chart
        .regions
        .iter()
        .flat_map(|r| r.rings.iter())
        .chain(chart.islands.iter().flat_map(|i| i.rings.iter()));
    let shrink = MapFrame::shrink();
    rings.flatten().fold(
        (
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ),
        |(x0, x1, y0, y1), &(lon, lat)| {
            (
                x0.min(lon * shrink),
                x1.max(lon * shrink),
                y0.min(lat),
                y1.max(lat),
            )
        },
    )
}

fn pixels(frame: &MapFrame, ring: &Ring) -> Vec<(i32, i32)> {
    ring.iter()
        .map(|&p| {
            let (x, y) = frame.project(p);
            (x.round() as i32, y.round() as i32)
        })
        .collect()
}

pub fn draw_map<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &MapChart,
    scale: f64,
    highlight: Option<usize>,
) -> Result<MapFrame, DrawError> {
    let px = |css: f64| (css * scale).round() as i32;
    let font = |size: f64| (FONT, size * scale).into_font();
    let (width, height) = area.dim_in_pixel();
    let (y, footer) = draw_frame(
        area,
        &chart.title,
        &chart.subtitle,
        &chart.source_line,
        scale,
    )?;

    // The map fills the box left of (or, when narrow, above) the legend.
    let css_width = f64::from(width) / scale;
    let wide = css_width >= 640.0;
    let legend_rows = chart.legend.classes.len() + 1 + usize::from(chart.legend.note.is_some());
    let legend_size = if wide {
        px(170.0)
    } else {
        px(20.0 * legend_rows as f64 + 16.0)
    };
    let (box_w, box_h) = if wide {
        (
            width as i32 - legend_size - px(24.0),
            height as i32 - footer - y - px(12.0),
        )
    } else {
        (
            width as i32 - px(24.0),
            height as i32 - footer - y - legend_size - px(12.0),
        )
    };
    let (x0, x1, y0, y1) = bounds(chart);
    let fit = (f64::from(box_w.max(1)) / (x1 - x0)).min(f64::from(box_h.max(1)) / (y1 - y0));
    let frame = MapFrame {
        left: f64::from(px(12.0)) + (f64::from(box_w) - (x1 - x0) * fit) / 2.0,
        top: f64::from(y + px(6.0)),
        scale: fit,
        min_x: x0,
        max_lat: y1,
    };

    let thin = scale.max(1.0).round() as u32;
    let hatch_style = colour(NO_DATA_HATCH).stroke_width(thin);
    for (i, region) in chart.regions.iter().enumerate() {
        let faded = highlight.is_some_and(|h| h != i) && !region.selected;
        let fill = match region.fill {
            Some(fill) if faded => colour(fill).mix(0.75),
            Some(fill) => colour(fill).to_rgba(),
            None => colour(NO_DATA_FILL).to_rgba(),
        };
        let shapes: Vec<Vec<(f64, f64)>> = region
            .rings
            .iter()
            .map(|ring| ring.iter().map(|&p| frame.project(p)).collect())
            .collect();
        for ring in &region.rings {
            area.draw(&Polygon::new(pixels(&frame, ring), fill.filled()))
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
            for ring in &region.rings {
                let mut points = pixels(&frame, ring);
                points.extend(points.first().copied());
                area.draw(&PathElement::new(points, style)).map_err(fail)?;
            }
        }
    }
    // Outlines on top: selected provinces, then the hovered one.
    let outlined = chart
        .regions
        .iter()
        .enumerate()
        .filter(|(i, r)| r.selected || highlight == Some(*i));
    for (i, region) in outlined {
        let width = if highlight == Some(i) { 3.0 } else { 2.0 };
        let stroke = RGBColor(0x11, 0x18, 0x27).stroke_width((width * scale).round() as u32);
        for ring in &region.rings {
            let mut points = pixels(&frame, ring);
            points.extend(points.first().copied());
            area.draw(&PathElement::new(points, stroke)).map_err(fail)?;
        }
    }
    let island_fill = RGBColor(0x9c, 0xa3, 0xaf);
    let label = font(11.0).style(FontStyle::Italic).color(&TEXT);
    for island in &chart.islands {
        for ring in &island.rings {
            area.draw(&Polygon::new(pixels(&frame, ring), island_fill.filled()))
                .map_err(fail)?;
        }
        let (mut x, mut y_top) = (f64::INFINITY, f64::INFINITY);
        for &(px_, py_) in island.rings.iter().flatten() {
            let (a, b) = frame.project((px_, py_));
            x = x.min(a);
            y_top = y_top.min(b);
        }
        if x.is_finite() {
            // The islands are specks at this scale: a ring shows where they are.
            let points: Vec<(f64, f64)> = island
                .rings
                .iter()
                .flatten()
                .map(|&p| frame.project(p))
                .collect();
            let n = points.len().max(1) as f64;
            let (cx, cy) = points
                .iter()
                .fold((0.0, 0.0), |(a, b), &(x, y)| (a + x / n, b + y / n));
            let ring_style = RGBColor(0x6b, 0x72, 0x80).stroke_width(scale.max(1.0).round() as u32);
            area.draw(&Circle::new(
                (cx.round() as i32, cy.round() as i32),
                px(9.0),
                ring_style,
            ))
            .map_err(fail)?;
            // Above the ring, moved left where it would run past the chart's edge.
            let room = f64::from(area.dim_in_pixel().0) - px(8.0) as f64;
            let wide_as = super::draw_text::text_width(&island.label, &label);
            let left = (x - 10.0 * scale).min(room - wide_as).max(0.0);
            let at = (left.round() as i32, (y_top - 18.0 * scale).round() as i32);
            area.draw(&Text::new(island.label.clone(), at, label.clone()))
                .map_err(fail)?;
        }
    }

    // The legend: the classes best first, the hatched "no data", which way is better.
    let (lx, ly) = if wide {
        (width as i32 - legend_size, y + px(16.0))
    } else {
        (px(16.0), y + box_h + px(16.0))
    };
    let text = font(12.0).color(&TEXT);
    let row = |i: usize| ly + px(20.0) * i as i32;
    for (i, class) in chart.legend.classes.iter().enumerate() {
        let top = row(i);
        area.draw(&Rectangle::new(
            [(lx, top), (lx + px(18.0), top + px(14.0))],
            colour(class.colour).filled(),
        ))
        .map_err(fail)?;
        area.draw(&Text::new(
            class.label.clone(),
            (lx + px(24.0), top),
            text.clone(),
        ))
        .map_err(fail)?;
    }
    let i = chart.legend.classes.len();
    let swatch = Rect::at(
        (f64::from(lx), f64::from(row(i))),
        (f64::from(px(18.0)), f64::from(px(14.0))),
    );
    draw_hatched(area, swatch, scale)?;
    area.draw(&Text::new(
        chart.legend.no_data.clone(),
        (lx + px(24.0), row(i)),
        text.clone(),
    ))
    .map_err(fail)?;
    if let Some(note) = &chart.legend.note {
        area.draw(&Text::new(
            note.clone(),
            (lx, row(i + 1)),
            text.color(&MUTED),
        ))
        .map_err(fail)?;
    }
    Ok(frame)
}

fn pixel((x, y): (f64, f64)) -> (i32, i32) {
    (x.round() as i32, y.round() as i32)
}

/// A "no data" swatch: white, hatched, outlined in the hatch's grey.
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
