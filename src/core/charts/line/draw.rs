//! The line chart's renderer: draws a [`LineChart`] on any plotters `DrawingBackend` — a
//! `<canvas>` in the browser, an SVG string in native tests. All sizes are in CSS
//! pixels times `scale`, so the same chart is crisp at any device pixel ratio.

use std::ops::Range;

use plotters::coord::ranged1d::{DefaultFormatting, KeyPointHint, Ranged};
use plotters::coord::Shift;
use plotters::prelude::*;

use super::hit::PlotFrame;
use super::spec::{tick_label, ChartSeries, LineChart};
use crate::core::charts::shared::frame::{draw_frame, estimated_width, frame_height};
use crate::core::charts::shared::palette::Rgb;
use crate::core::charts::shared::style::{colour, fail, DrawError, FONT, MUTED, TEXT};

const GRID: RGBColor = RGBColor(0xe5, 0xe7, 0xeb);
/// Below this width (CSS px) the legend goes under the plot instead of beside it.
const WIDE_LAYOUT: f64 = 640.0;

/// Draws `chart` filling `area`, with the series `highlight` (if any) in front and
/// the others faded. Returns where the plot landed, for mapping the pointer to data.
pub fn draw_line_chart<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &LineChart,
    scale: f64,
    highlight: Option<usize>,
) -> Result<PlotFrame, DrawError> {
    let px = |css: f64| (css * scale).round() as i32;
    let (width, _) = area.dim_in_pixel();
    let css_width = f64::from(width) / scale;
    let (y, footer) = draw_frame(
        area,
        &chart.title,
        &chart.subtitle,
        &chart.source_line,
        scale,
    )?;

    let body = area.margin(y + px(4.0), footer, px(4.0), px(8.0));
    let (plot, legend) = if css_width >= WIDE_LAYOUT {
        // As wide as its longest name or note needs (a region's average has a long
        // one), from 170 px up to a third of the chart.
        let needed = chart
            .series
            .iter()
            .map(|s| {
                let note = s
                    .note
                    .as_deref()
                    .map_or(0.0, |n| estimated_width(n, 11.5, false));
                estimated_width(&s.label, 13.0, false).max(note)
            })
            .fold(0.0, f64::max)
            + 40.0;
        let legend_width = (needed.clamp(170.0, css_width / 3.0) * scale).round() as u32;
        body.split_horizontally(body.dim_in_pixel().0.saturating_sub(legend_width))
    } else {
        let legend_height = ((legend_rows_height(chart) + 16.0) * scale).round() as u32;
        body.split_vertically(body.dim_in_pixel().1.saturating_sub(legend_height))
    };
    let frame = draw_plot(&plot, chart, scale, highlight)?;
    draw_legend(&legend, &chart.series, chart.target_label.as_deref(), scale)?;
    Ok(frame)
}

fn draw_plot<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &LineChart,
    scale: f64,
    highlight: Option<usize>,
) -> Result<PlotFrame, DrawError> {
    let font = |size: f64| (FONT, size * scale).into_font();
    let sign = if chart.invert_y { -1.0 } else { 1.0 };
    let (low, high) = chart.y_domain;
    let pad = (high - low) * 0.04;
    let (y_from, y_to) = if chart.invert_y {
        (-(high + pad), -(low - pad))
    } else {
        (low - pad, high + pad)
    };
    let years: Vec<f64> = chart.years.years().map(|y| f64::from(y.get())).collect();
    let x_from = f64::from(chart.years.start().get()) - 0.3;
    let x_to = f64::from(chart.years.end().get()) + 0.3;
    let y_ticks: Vec<f64> = chart.y_ticks.iter().map(|t| sign * t).collect();

    let mut plot = ChartBuilder::on(area)
        .margin_right((12.0 * scale) as u32)
        .margin_top((8.0 * scale) as u32)
        .x_label_area_size((40.0 * scale) as u32)
        .y_label_area_size((64.0 * scale) as u32)
        .build_cartesian_2d(
            TickedAxis::new(x_from..x_to, years.clone()),
            TickedAxis::new(y_from..y_to, y_ticks.clone()),
        )
        .map_err(fail)?;
    plot.configure_mesh()
        .x_labels(years.len())
        .y_labels(y_ticks.len())
        .x_label_formatter(&|x| format!("{}", x.round() as i64))
        .y_label_formatter(&|y| tick_label(chart, sign * y))
        .x_desc(chart.x_label.clone())
        .y_desc(chart.y_label.clone())
        .axis_desc_style(font(13.0).color(&MUTED))
        .label_style(font(12.0).color(&TEXT))
        .bold_line_style(GRID.stroke_width(scale.max(1.0) as u32))
        .light_line_style(TRANSPARENT)
        .axis_style(MUTED.stroke_width(scale.max(1.0) as u32))
        .draw()
        .map_err(fail)?;

    let to_xy = |(year, value): (crate::core::data::model::Year, f64)| {
        (f64::from(year.get()), sign * value)
    };
    // A method break: a dashed rule half a year before its first year, and its note.
    for (year, note) in &chart.breaks {
        let x = f64::from(year.get()) - 0.5;
        let rule = [(x, y_from), (x, y_to)];
        plot.draw_series(DashedLineSeries::new(
            rule,
            (4.0 * scale).round() as i32,
            (4.0 * scale).round() as i32,
            MUTED.stroke_width(scale.max(1.0).round() as u32),
        ))
        .map_err(fail)?;
        let offset = ((4.0 * scale).round() as i32, (2.0 * scale).round() as i32);
        let label =
            EmptyElement::at((x, y_to)) + Text::new(note.clone(), offset, font(11.0).color(&MUTED));
        plot.plotting_area().draw(&label).map_err(fail)?;
    }
    let faded = |i: usize| highlight.is_some_and(|h| h != i);
    // The highlighted series is drawn last, so that it lies on top.
    let mut order: Vec<usize> = (0..chart.series.len())
        .filter(|&i| Some(i) != highlight)
        .collect();
    order.extend(highlight.filter(|&h| h < chart.series.len()));
    for i in order {
        let series = &chart.series[i];
        let tint = if faded(i) {
            fade(series.colour)
        } else {
            colour(series.colour)
        };
        let width = if Some(i) == highlight { 3.5 } else { 2.5 };
        let stroke = tint.stroke_width((width * scale).round() as u32);
        for run in series.runs().into_iter().filter(|run| run.len() > 1) {
            // A region's average is dashed: a mean, not a place.
            if series.is_average() {
                let dash = (7.0 * scale).round() as i32;
                plot.draw_series(DashedLineSeries::new(
                    run.iter().copied().map(to_xy),
                    dash,
                    (dash * 4) / 7,
                    stroke,
                ))
                .map_err(fail)?;
            } else {
                plot.draw_series(LineSeries::new(run.iter().copied().map(to_xy), stroke))
                    .map_err(fail)?;
            }
        }
        let radius = (4.0 * scale).round() as i32;
        plot.draw_series(
            series
                .points
                .iter()
                .copied()
                .map(|p| Circle::new(to_xy(p), radius, tint.filled())),
        )
        .map_err(fail)?;
        // A series that stops before the others ends in a dotted bar just after its
        // last value: the line is not extended, and the stop reads as deliberate.
        if let Some(&last) = series
            .ends_early
            .and_then(|year| series.points.iter().find(|p| p.0 == year))
        {
            let dot = (1.5 * scale).max(1.0).round() as i32;
            let gap = (4.0 * scale).round() as i32;
            let x = (8.0 * scale).round() as i32;
            for i in -2..=2 {
                let cap =
                    EmptyElement::at(to_xy(last)) + Circle::new((x, i * gap), dot, tint.filled());
                plot.plotting_area().draw(&cap).map_err(fail)?;
            }
        }
        // Targets: hollow, joined to the last actual value before them by a dash.
        let dash = (6.0 * scale).round() as i32;
        for &target in &series.targets {
            if let Some(from) = series.before(target.0) {
                let segment = [to_xy(from), to_xy(target)];
                plot.draw_series(DashedLineSeries::new(
                    segment,
                    dash,
                    dash,
                    tint.stroke_width((1.5 * scale).round() as u32),
                ))
                .map_err(fail)?;
            }
            let ring = tint.stroke_width((2.0 * scale).round() as u32);
            plot.draw_series(std::iter::once(Circle::new(
                to_xy(target),
                radius + 1,
                ring,
            )))
            .map_err(fail)?;
        }
    }
    let (x_pixels, y_pixels) = plot.plotting_area().get_pixel_range();
    Ok(PlotFrame {
        left: f64::from(x_pixels.start),
        right: f64::from(x_pixels.end),
        top: f64::from(y_pixels.start),
        bottom: f64::from(y_pixels.end),
        x_range: (x_from, x_to),
        y_range: (y_from, y_to),
        invert_y: chart.invert_y,
    })
}

/// A series colour blended two-thirds of the way to white.
fn fade(rgb: Rgb) -> RGBColor {
    let blend = |c: u8| (f64::from(c) + (255.0 - f64::from(c)) * 0.67).round() as u8;
    RGBColor(blend(rgb.0), blend(rgb.1), blend(rgb.2))
}

/// CSS pixels a legend row takes: 20 for the name, 16 more for its note.
fn legend_row_height(series: &ChartSeries) -> f64 {
    if series.note.is_some() {
        36.0
    } else {
        20.0
    }
}

/// The CSS height of the legend's rows (and its target row).
fn legend_rows_height(chart: &LineChart) -> f64 {
    let rows: f64 = chart.series.iter().map(legend_row_height).sum();
    rows + if chart.target_label.is_some() {
        20.0
    } else {
        0.0
    }
}

fn draw_legend<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    series: &[ChartSeries],
    target_label: Option<&str>,
    scale: f64,
) -> Result<(), DrawError> {
    let px = |css: f64| (css * scale).round() as i32;
    let style = (FONT, 13.0 * scale).into_font().color(&TEXT);
    let note_style = (FONT, 11.5 * scale).into_font().color(&MUTED);
    let mut top_css = 12.0;
    for s in series {
        let top = px(top_css);
        if s.is_average() {
            // Two dashes: the key of a dashed line.
            for (from, to) in [(7.0, 14.0), (18.0, 25.0)] {
                area.draw(&Rectangle::new(
                    [(px(from), top + px(6.0)), (px(to), top + px(10.0))],
                    colour(s.colour).filled(),
                ))
                .map_err(fail)?;
            }
        } else {
            area.draw(&Rectangle::new(
                [(px(10.0), top + px(2.0)), (px(24.0), top + px(14.0))],
                colour(s.colour).filled(),
            ))
            .map_err(fail)?;
        }
        area.draw(&Text::new(s.label.clone(), (px(30.0), top), style.clone()))
            .map_err(fail)?;
        if let Some(note) = &s.note {
            area.draw(&Text::new(
                note.clone(),
                (px(30.0), top + px(17.0)),
                note_style.clone(),
            ))
            .map_err(fail)?;
        }
        top_css += legend_row_height(s);
    }
    if let Some(label) = target_label {
        let top = px(top_css);
        let centre = (px(17.0), top + px(8.0));
        area.draw(&Circle::new(
            centre,
            px(5.0),
            MUTED.stroke_width(px(2.0) as u32),
        ))
        .map_err(fail)?;
        area.draw(&Text::new(label.to_string(), (px(30.0), top), style))
            .map_err(fail)?;
    }
    Ok(())
}

/// A linear axis whose grid lines and labels sit exactly on the given ticks (whole
/// years, round ranks), rather than where plotters would put them.
#[derive(Debug, Clone)]
struct TickedAxis {
    range: Range<f64>,
    ticks: Vec<f64>,
}

impl TickedAxis {
    fn new(range: Range<f64>, ticks: Vec<f64>) -> Self {
        Self { range, ticks }
    }
}

impl Ranged for TickedAxis {
    type FormatOption = DefaultFormatting;
    type ValueType = f64;

    fn map(&self, value: &f64, limit: (i32, i32)) -> i32 {
        let span = self.range.end - self.range.start;
        if span.abs() < f64::EPSILON {
            return limit.0;
        }
        let share = (value - self.range.start) / span;
        limit.0 + (share * f64::from(limit.1 - limit.0)).round() as i32
    }

    fn key_points<Hint: KeyPointHint>(&self, hint: Hint) -> Vec<f64> {
        if hint.weight().allow_light_points() {
            Vec::new()
        } else {
            self.ticks.clone()
        }
    }

    fn range(&self) -> Range<f64> {
        self.range.clone()
    }
}

/// The CSS height a line chart wants at a CSS width, before its titles are known.
pub fn line_height(width: f64) -> f64 {
    (width * 0.62).clamp(340.0, 560.0)
}

/// The smallest plot (CSS px, inside the axes) a line chart gets, even on a phone.
pub const MIN_PLOT_HEIGHT: f64 = 220.0;

/// The CSS height `chart` needs at a CSS width: on a narrow screen its titles wrap and
/// its legend goes under the plot, so the canvas grows to keep the plot at least
/// [`MIN_PLOT_HEIGHT`] tall.
pub fn chart_height(chart: &LineChart, width: f64) -> f64 {
    let base = line_height(width);
    if width >= WIDE_LAYOUT {
        return base;
    }
    let frame = frame_height(&chart.title, &chart.subtitle, &chart.source_line, width);
    // Frame, gap, legend, the plot's top margin and x-axis band, the plot, some air.
    let needed =
        frame + 4.0 + legend_rows_height(chart) + 16.0 + 8.0 + 40.0 + MIN_PLOT_HEIGHT + 12.0;
    base.max(needed)
}
