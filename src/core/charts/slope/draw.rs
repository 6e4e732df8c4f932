//! Draws a [`SlopeChart`] on any plotters backend: the two years' columns, one line per
//! place between its two values, the first year's value at the left end and "6 Hà Nội
//! ▲18" at the right, the labels stacked so that none overlaps. Returns the
//! [`SlopeFrame`], through which the pointer and the keys find a line.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::labels::stack;
use super::spec::SlopeChart;
use crate::core::charts::shared::frame::{draw_frame, estimated_width, frame_height};
use crate::core::charts::shared::style::{colour, fail, DrawError, FONT, MUTED, TEXT};

/// CSS pixels between two stacked labels.
pub const LABEL_GAP: f64 = 16.0;
/// The least CSS height of the plot between its year headings and its foot.
const MIN_PLOT: f64 = 260.0;
/// Room above the plot for the year headings, and below it (CSS px).
const HEAD: f64 = 34.0;
const FOOT: f64 = 14.0;
/// The label type's size (CSS px).
const LABEL_SIZE: f64 = 12.0;

/// Where a slope chart was drawn, in canvas pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SlopeFrame {
    /// The x of the first and of the last year's column.
    pub left: f64,
    pub right: f64,
    /// The y of the value axis's top and bottom ends.
    pub top: f64,
    pub bottom: f64,
    /// Canvas pixels per CSS pixel.
    pub scale: f64,
}

impl SlopeFrame {
    /// The y of a value on `chart`'s axis.
    pub fn y(&self, chart: &SlopeChart, value: f64) -> f64 {
        let (low, high) = chart.domain;
        let share = if high == low {
            0.5
        } else {
            (value - low) / (high - low)
        };
        self.bottom - share * (self.bottom - self.top)
    }

    /// The y of each line's left and right labels, stacked.
    pub fn label_ys(&self, chart: &SlopeChart) -> (Vec<f64>, Vec<f64>) {
        let gap = LABEL_GAP * self.scale;
        let ends = |right: bool| -> Vec<f64> {
            let wanted: Vec<f64> = chart
                .lines
                .iter()
                .map(|l| self.y(chart, if right { l.to_value } else { l.from_value }))
                .collect();
            stack(&wanted, gap, self.top, self.bottom)
        };
        (ends(false), ends(true))
    }
}

/// The CSS height a slope chart wants at a CSS width: its frame, and a plot tall enough
/// for every label stacked.
pub fn chart_height(chart: &SlopeChart, width: f64) -> f64 {
    let frame = frame_height(&chart.title, &chart.subtitle, &chart.source_line, width);
    let labels = LABEL_GAP * (chart.lines.len() as f64 + 1.0);
    frame + HEAD + MIN_PLOT.max(labels) + FOOT
}

/// The CSS width the labels at the right end need.
fn right_room(chart: &SlopeChart) -> f64 {
    chart
        .lines
        .iter()
        .map(|l| estimated_width(&chart.right_label(l), LABEL_SIZE, true))
        .fold(0.0, f64::max)
}

pub fn draw_slope<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &SlopeChart,
    scale: f64,
    highlight: Option<usize>,
) -> Result<SlopeFrame, DrawError> {
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
    let css_width = f64::from(width) / scale;
    // The left labels need a value's width; the right ones the widest "6 Hà Nội ▲18",
    // but never so much that the slopes have less than a third of the width.
    let left_room = chart
        .lines
        .iter()
        .map(|l| estimated_width(&l.from_text, LABEL_SIZE, false))
        .fold(24.0, f64::max)
        + 24.0;
    let right_room = (right_room(chart) + 16.0).min(css_width * 0.5);
    let left = left_room.max(40.0) * scale;
    let right = (css_width - right_room).max(left / scale + 60.0) * scale;
    let top = f64::from(y) + HEAD * scale;
    let bottom = f64::from(height as i32 - footer) - FOOT * scale;
    let frame = SlopeFrame {
        left,
        right,
        top,
        bottom: bottom.max(top + 1.0),
        scale,
    };
    // The years over their columns.
    let heading = font(13.0).style(FontStyle::Bold).color(&TEXT);
    for (x, year) in [(left, chart.from), (right, chart.to)] {
        area.draw(&Text::new(
            year.to_string(),
            (x.round() as i32, (top - 22.0 * scale).round() as i32),
            heading.pos(Pos::new(HPos::Center, VPos::Top)),
        ))
        .map_err(fail)?;
        area.draw(&PathElement::new(
            [
                (x.round() as i32, top.round() as i32),
                (x.round() as i32, frame.bottom.round() as i32),
            ],
            RGBColor(0xd1, 0xd5, 0xdb).stroke_width(px(1.0).max(1) as u32),
        ))
        .map_err(fail)?;
    }
    let (left_ys, right_ys) = frame.label_ys(chart);
    let label = font(LABEL_SIZE).color(&TEXT);
    let bold = font(LABEL_SIZE).style(FontStyle::Bold);
    for (i, line) in chart.lines.iter().enumerate() {
        let faded = highlight.is_some_and(|h| h != i);
        let ink = if faded {
            RGBColor(0xd1, 0xd5, 0xdb)
        } else {
            colour(line.colour)
        };
        let (a, b) = (
            (
                left.round() as i32,
                frame.y(chart, line.from_value).round() as i32,
            ),
            (
                right.round() as i32,
                frame.y(chart, line.to_value).round() as i32,
            ),
        );
        let stroke = if highlight == Some(i) { 3.5 } else { 2.0 };
        area.draw(&PathElement::new(
            [a, b],
            ink.stroke_width(px(stroke).max(1) as u32),
        ))
        .map_err(fail)?;
        for point in [a, b] {
            area.draw(&Circle::new(point, px(3.5), ink.filled()))
                .map_err(fail)?;
        }
        let text_ink = if faded { MUTED } else { TEXT };
        area.draw(&Text::new(
            line.from_text.clone(),
            (a.0 - px(8.0), left_ys[i].round() as i32),
            label
                .color(&text_ink)
                .pos(Pos::new(HPos::Right, VPos::Center)),
        ))
        .map_err(fail)?;
        area.draw(&Text::new(
            chart.right_label(line),
            (b.0 + px(8.0), right_ys[i].round() as i32),
            bold.color(&text_ink)
                .pos(Pos::new(HPos::Left, VPos::Center)),
        ))
        .map_err(fail)?;
    }
    Ok(frame)
}
