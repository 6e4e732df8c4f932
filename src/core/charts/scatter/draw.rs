//! Draws a [`ScatterChart`] on any plotters backend: the axes (fixed over the years the
//! two indicators share; ranks with 1 at the good end), the selected places' trails, the
//! dots coloured by region (fainter where a region or a dot is picked), the selected
//! places' names placed without overlap, and the regions' legend under the plot.
//! Returns the [`ScatterFrame`], through which the pointer and the keys find a dot.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::labels::place;
use super::spec::ScatterChart;
use crate::core::charts::shared::frame::{draw_frame, estimated_width, frame_height};
use crate::core::charts::shared::style::{colour, fail, DrawError, FONT, MUTED, TEXT};
use crate::core::charts::shared::ticks::round_ticks;
use crate::core::text::format::format_tick;

/// Room (CSS px) left of the plot for the y ticks and below it for the x ticks and name.
const LEFT: f64 = 64.0;
const BOTTOM: f64 = 44.0;
/// A legend row (CSS px).
pub const LEGEND_ROW: f64 = 22.0;
const NAME_SIZE: f64 = 12.0;
/// Above this many dots, each is drawn as a small square.
const DENSE: usize = 1000;

/// Where a scatter plot was drawn, in canvas pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ScatterFrame {
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub bottom: f64,
    pub x_domain: (f64, f64),
    pub y_domain: (f64, f64),
    /// The legend's first row's top, its left, and how many entries go on a row.
    pub legend_top: f64,
    pub legend_left: f64,
    pub legend_per_row: usize,
    pub legend_width: f64,
    pub scale: f64,
}

impl ScatterFrame {
    /// The canvas pixel of a pair of values.
    pub fn pixel(&self, x: f64, y: f64) -> (f64, f64) {
        let share = |v: f64, (a, b): (f64, f64)| if a == b { 0.5 } else { (v - a) / (b - a) };
        (
            self.left + share(x, self.x_domain) * (self.right - self.left),
            self.bottom - share(y, self.y_domain) * (self.bottom - self.top),
        )
    }

    /// The box of legend entry `i`.
    pub fn legend_box(&self, i: usize) -> (f64, f64, f64, f64) {
        let per = self.legend_per_row.max(1);
        let (row, column) = (i / per, i % per);
        let left = self.legend_left + column as f64 * self.legend_width;
        let top = self.legend_top + row as f64 * LEGEND_ROW * self.scale;
        (
            left,
            top,
            left + self.legend_width,
            top + LEGEND_ROW * self.scale,
        )
    }
}

/// How many legend entries fit on a row at a CSS width, and each one's width.
fn legend_layout(chart: &ScatterChart, css_width: f64) -> (usize, f64) {
    let widest = chart
        .legend
        .iter()
        .map(|e| estimated_width(&format!("{} ({})", e.label, e.count), 12.0, false))
        .fold(0.0, f64::max)
        + 30.0;
    let per = ((css_width - 32.0) / widest).floor().max(1.0) as usize;
    (per.min(chart.legend.len().max(1)), widest)
}

/// The CSS height a scatter wants at a CSS width: its frame, a square-ish plot, and the
/// legend's rows.
pub fn chart_height(chart: &ScatterChart, width: f64) -> f64 {
    let frame = frame_height(&chart.title, &chart.subtitle, &chart.source_line, width);
    let (per, _) = legend_layout(chart, width);
    let rows = chart.legend.len().div_ceil(per.max(1)) as f64;
    let plot = (width * 0.6).clamp(260.0, 520.0);
    frame + 16.0 + plot + BOTTOM + 8.0 + rows * LEGEND_ROW + 8.0
}

/// About five ticks over a domain: whole ranks (ends included), or round values.
fn ticks((a, b): (f64, f64), rank: bool) -> Vec<f64> {
    let (lo, hi) = (a.min(b), a.max(b));
    if rank {
        let step = ((hi - lo) / 4.0).ceil().max(1.0);
        let mut out: Vec<f64> = (0..5)
            .map(|i| lo + step * f64::from(i))
            .filter(|v| *v <= hi)
            .collect();
        if out.last() != Some(&hi) {
            out.push(hi);
        }
        return out;
    }
    round_ticks(lo, hi, 4)
}

/// The CSS radius of a region's average's diamond.
pub const AVERAGE_RADIUS: f64 = 7.0;

pub fn draw_scatter<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &ScatterChart,
    scale: f64,
    highlight: Option<usize>,
) -> Result<ScatterFrame, DrawError> {
    let px = |css: f64| (css * scale).round() as i32;
    let font = |size: f64| (FONT, size * scale).into_font();
    let (width, height) = area.dim_in_pixel();
    let (y0, footer) = draw_frame(
        area,
        &chart.title,
        &chart.subtitle,
        &chart.source_line,
        scale,
    )?;
    let css_width = f64::from(width) / scale;
    let (per_row, entry_width) = legend_layout(chart, css_width);
    let legend_rows = chart.legend.len().div_ceil(per_row.max(1)) as f64;
    let legend_height = legend_rows * LEGEND_ROW * scale;
    let top = f64::from(y0) + 16.0 * scale;
    let bottom = f64::from(height as i32 - footer) - legend_height - (BOTTOM + 8.0) * scale;
    let frame = ScatterFrame {
        left: LEFT * scale,
        right: f64::from(width) - 20.0 * scale,
        top,
        bottom: bottom.max(top + 10.0),
        x_domain: chart.x_domain,
        y_domain: chart.y_domain,
        legend_top: bottom.max(top + 10.0) + (BOTTOM + 8.0) * scale,
        legend_left: 16.0 * scale,
        legend_per_row: per_row,
        legend_width: entry_width * scale,
        scale,
    };
    let tick_font = font(11.0).color(&MUTED);
    let grid = RGBColor(0xe5, 0xe7, 0xeb);
    let rank = |u| u == crate::core::data::model::Unit::Rank;
    for v in ticks(chart.x_domain, rank(chart.x_unit)) {
        let (x, _) = frame.pixel(v, chart.y_domain.0);
        let x = x.round() as i32;
        area.draw(&PathElement::new(
            [(x, frame.top as i32), (x, frame.bottom as i32)],
            grid.stroke_width(1),
        ))
        .map_err(fail)?;
        area.draw(&Text::new(
            format_tick(v, chart.x_unit, chart.lang),
            (x, frame.bottom as i32 + px(4.0)),
            tick_font.pos(Pos::new(HPos::Center, VPos::Top)),
        ))
        .map_err(fail)?;
    }
    for v in ticks(chart.y_domain, rank(chart.y_unit)) {
        let (_, y) = frame.pixel(chart.x_domain.0, v);
        let y = y.round() as i32;
        area.draw(&PathElement::new(
            [(frame.left as i32, y), (frame.right as i32, y)],
            grid.stroke_width(1),
        ))
        .map_err(fail)?;
        area.draw(&Text::new(
            format_tick(v, chart.y_unit, chart.lang),
            (frame.left as i32 - px(6.0), y),
            tick_font.pos(Pos::new(HPos::Right, VPos::Center)),
        ))
        .map_err(fail)?;
    }
    // The axes' names: x under the ticks, y over the plot's top left.
    let name_font = font(12.0).style(FontStyle::Bold).color(&TEXT);
    area.draw(&Text::new(
        chart.x_label.clone(),
        (
            ((frame.left + frame.right) / 2.0) as i32,
            frame.bottom as i32 + px(22.0),
        ),
        name_font.pos(Pos::new(HPos::Center, VPos::Top)),
    ))
    .map_err(fail)?;
    area.draw(&Text::new(
        format!("↑ {}", chart.y_label),
        (frame.left as i32, frame.top as i32 - px(14.0)),
        name_font.pos(Pos::new(HPos::Left, VPos::Center)),
    ))
    .map_err(fail)?;
    let dots = chart.dots.len();
    // A picked legend entry or region's average brings its region forward; a picked
    // dot, itself.
    let (picked_dot, picked_group) = match highlight {
        Some(h) if h < dots => (Some(h), None),
        Some(h) if h < dots + chart.legend.len() => (None, Some(h - dots)),
        Some(h) => {
            let average = chart.averages.get(h - dots - chart.legend.len());
            let group = average.and_then(|a| match a.area {
                crate::core::data::model::Area::Region(r) => crate::core::data::model::Region::ALL
                    .iter()
                    .position(|&x| x == r),
                _ => None,
            });
            (None, group)
        }
        None => (None, None),
    };
    let faded = |i: usize, group: usize| {
        picked_group.is_some_and(|g| g != group) || picked_dot.is_some_and(|d| d != i)
    };
    // Trails first, under the dots.
    for dot in chart.dots.iter().filter(|d| !d.trail.is_empty()) {
        let mut points: Vec<(i32, i32)> = dot
            .trail
            .iter()
            .map(|&(x, y)| {
                let (a, b) = frame.pixel(x, y);
                (a.round() as i32, b.round() as i32)
            })
            .collect();
        let (a, b) = frame.pixel(dot.x, dot.y);
        points.push((a.round() as i32, b.round() as i32));
        let ink = colour(dot.colour).mix(0.5);
        area.draw(&PathElement::new(
            points.clone(),
            ink.stroke_width(px(1.5).max(1) as u32),
        ))
        .map_err(fail)?;
        for &p in &points[..points.len() - 1] {
            area.draw(&Circle::new(p, px(2.5), ink.filled()))
                .map_err(fail)?;
        }
    }
    let dense = chart.dots.len() > DENSE;
    // Among thousands, a dot on the very pixel of one of its colour already drawn adds
    // nothing to see: it is drawn once (selected and picked dots always).
    let mut drawn = std::collections::HashSet::new();
    for (i, dot) in chart.dots.iter().enumerate() {
        let (x, y) = frame.pixel(dot.x, dot.y);
        let key = (
            x.round() as i32,
            y.round() as i32,
            dot.group,
            faded(i, dot.group),
        );
        if dense && !dot.selected && picked_dot != Some(i) && !drawn.insert(key) {
            continue;
        }
        let ink = if faded(i, dot.group) {
            RGBColor(0xd1, 0xd5, 0xdb).mix(0.8)
        } else {
            colour(dot.colour).mix(0.85)
        };
        let point = (x.round() as i32, y.round() as i32);
        if dense {
            // Thousands of dots (a person's communes): small squares, a filled rectangle
            // each, which a canvas paints far faster than arcs.
            let r = px(dot.radius).max(1);
            area.draw(&Rectangle::new(
                [(point.0 - r, point.1 - r), (point.0 + r, point.1 + r)],
                ink.filled(),
            ))
            .map_err(fail)?;
        } else {
            area.draw(&Circle::new(point, px(dot.radius).max(1), ink.filled()))
                .map_err(fail)?;
        }
        if dot.selected || picked_dot == Some(i) {
            area.draw(&Circle::new(
                point,
                px(dot.radius).max(1),
                TEXT.stroke_width(px(1.5).max(1) as u32),
            ))
            .map_err(fail)?;
        }
    }
    // The selected regions' averages: diamonds outlined in ink, over the dots.
    let first_average = dots + chart.legend.len();
    for (k, average) in chart.averages.iter().enumerate() {
        let (x, y) = frame.pixel(average.x.value, average.y.value);
        let r = AVERAGE_RADIUS * scale;
        let diamond: Vec<(i32, i32)> = [(0.0, -r), (r, 0.0), (0.0, r), (-r, 0.0)]
            .iter()
            .map(|&(dx, dy)| ((x + dx).round() as i32, (y + dy).round() as i32))
            .collect();
        let ink = if highlight.is_some_and(|h| h != first_average + k) {
            RGBColor(0xd1, 0xd5, 0xdb)
        } else {
            colour(average.colour)
        };
        area.draw(&Polygon::new(diamond.clone(), ink.filled()))
            .map_err(fail)?;
        let mut outline = diamond;
        outline.push(outline[0]);
        area.draw(&PathElement::new(
            outline,
            TEXT.stroke_width(px(1.5).max(1) as u32),
        ))
        .map_err(fail)?;
    }
    // The selected places' and averages' names, where they fit without overlap.
    let labelled: Vec<usize> = (0..dots).filter(|&i| chart.dots[i].selected).collect();
    let anchors: Vec<(f64, f64, f64)> = labelled
        .iter()
        .map(|&i| {
            let (x, y) = frame.pixel(chart.dots[i].x, chart.dots[i].y);
            (x, y, chart.dots[i].radius * scale)
        })
        .chain(chart.averages.iter().map(|a| {
            let (x, y) = frame.pixel(a.x.value, a.y.value);
            (x, y, AVERAGE_RADIUS * scale)
        }))
        .collect();
    let texts: Vec<String> = labelled
        .iter()
        .map(|&i| chart.dots[i].label(chart.year))
        .chain(chart.averages.iter().map(|a| a.label.clone()))
        .collect();
    let sizes: Vec<(f64, f64)> = texts
        .iter()
        .map(|t| (estimated_width(t, NAME_SIZE, true) * scale, 16.0 * scale))
        .collect();
    let bounds = (frame.left, frame.top, frame.right, frame.bottom);
    let label_font = font(NAME_SIZE).style(FontStyle::Bold).color(&TEXT);
    for ((placed, text), &(x, y, _)) in place(&anchors, &sizes, bounds)
        .into_iter()
        .zip(texts)
        .zip(&anchors)
    {
        let Some(placed) = placed else { continue };
        let (l, t, r, b) = placed.rect;
        if placed.leader {
            let to = ((l + r) / 2.0, if t > y { t } else { b });
            area.draw(&PathElement::new(
                [
                    (x.round() as i32, y.round() as i32),
                    (to.0.round() as i32, to.1.round() as i32),
                ],
                MUTED.stroke_width(1),
            ))
            .map_err(fail)?;
        }
        area.draw(&Rectangle::new(
            [(l as i32, t as i32), (r as i32, b as i32)],
            WHITE.mix(0.8).filled(),
        ))
        .map_err(fail)?;
        area.draw(&Text::new(
            text,
            (l.round() as i32 + px(2.0), ((t + b) / 2.0).round() as i32),
            label_font.pos(Pos::new(HPos::Left, VPos::Center)),
        ))
        .map_err(fail)?;
    }
    // The legend: a swatch and "Đồng bằng sông Hồng (11)" per region.
    let legend_font = font(12.0).color(&TEXT);
    for (i, entry) in chart.legend.iter().enumerate() {
        let (l, t, _, b) = frame.legend_box(i);
        let middle = ((t + b) / 2.0).round() as i32;
        let dim = picked_group.is_some_and(|g| g != i);
        let ink = if dim {
            RGBColor(0xd1, 0xd5, 0xdb)
        } else {
            colour(entry.colour)
        };
        area.draw(&Circle::new(
            (l.round() as i32 + px(6.0), middle),
            px(5.0),
            ink.filled(),
        ))
        .map_err(fail)?;
        let style = if picked_group == Some(i) {
            font(12.0).style(FontStyle::Bold).color(&TEXT)
        } else {
            legend_font.clone()
        };
        area.draw(&Text::new(
            format!("{} ({})", entry.label, entry.count),
            (l.round() as i32 + px(16.0), middle),
            style.pos(Pos::new(HPos::Left, VPos::Center)),
        ))
        .map_err(fail)?;
    }
    Ok(frame)
}
