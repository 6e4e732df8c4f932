//! Hover, tap and keys on the line chart: maps a pointer position to the nearest point
//! through the same transform the drawing used (the `PlotFrame` it returned), says what
//! a point's tooltip shows, steps between points with the arrow keys, and finds a point
//! again after the chart changes.

use super::spec::LineChart;
use crate::core::charts::shared::hit::Hit;
use crate::core::charts::shared::mean_tooltip::mean_tooltip;
use crate::core::charts::shared::tooltip::{tooltip_for, Tooltip};
use crate::core::data::dataset::Dataset;
use crate::core::data::model::{Area, Year};

/// Where the plot was drawn, in canvas pixels, and the data ranges at its edges.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlotFrame {
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub bottom: f64,
    /// Data x (years) at the left and right edges.
    pub x_range: (f64, f64),
    /// Plotted y at the bottom and top edges (ranks are plotted negated).
    pub y_range: (f64, f64),
    pub invert_y: bool,
}

impl PlotFrame {
    /// The canvas pixel of a value in a year.
    pub fn pixel(&self, year: Year, value: f64) -> (f64, f64) {
        let y = if self.invert_y { -value } else { value };
        let share_x = (f64::from(year.get()) - self.x_range.0) / (self.x_range.1 - self.x_range.0);
        let share_y = (y - self.y_range.0) / (self.y_range.1 - self.y_range.0);
        (
            self.left + share_x * (self.right - self.left),
            self.bottom - share_y * (self.bottom - self.top),
        )
    }
}

/// The point nearest to (`x`, `y`) within `radius` pixels, if any. Points of earlier
/// series win ties, so the result is stable.
pub fn hit_test(frame: &PlotFrame, chart: &LineChart, x: f64, y: f64, radius: f64) -> Option<Hit> {
    let mut best: Option<(f64, Hit)> = None;
    for (series, s) in chart.series.iter().enumerate() {
        for (point, &(year, value)) in s.points.iter().chain(&s.targets).enumerate() {
            let (px, py) = frame.pixel(year, value);
            let distance = (px - x).hypot(py - y);
            if distance <= radius && best.is_none_or(|(d, _)| distance < d) {
                best = Some((distance, Hit { series, point }));
            }
        }
    }
    best.map(|(_, hit)| hit)
}

/// The tooltip of `hit` on `chart`, drawn for `indicator`.
pub fn tooltip(
    dataset: &Dataset,
    chart: &LineChart,
    indicator: usize,
    hit: Hit,
) -> Option<Tooltip> {
    let series = chart.series.get(hit.series)?;
    let ((year, _), observation) = series.point(hit.point)?;
    let Some(observation) = observation else {
        let mean = series.means.get(hit.point)?;
        return Some(mean_tooltip(dataset, mean, chart.unit, chart.lang));
    };
    tooltip_for(
        dataset,
        indicator,
        series.area,
        year,
        observation,
        chart.lang,
    )
}

/// Where (canvas pixels) a point is, to place its tooltip.
pub fn anchor(chart: &LineChart, frame: &PlotFrame, hit: Hit) -> Option<(f64, f64)> {
    let ((year, value), _) = chart.series.get(hit.series)?.point(hit.point)?;
    Some(frame.pixel(year, value))
}

/// The hit an arrow key moves to: along a line with ←/→ and between lines with ↑/↓.
/// The first key picks the first point.
pub fn step(chart: &LineChart, current: Option<Hit>, key: &str) -> Option<Hit> {
    let count = chart.series.len();
    let first = chart.series.iter().position(|s| !s.is_empty())?;
    let Some(hit) = current else {
        return Some(Hit {
            series: first,
            point: 0,
        });
    };
    let points = |s: usize| chart.series.get(s).map_or(0, |s| s.len());
    match key {
        "ArrowRight" => Some(Hit {
            point: (hit.point + 1).min(points(hit.series).saturating_sub(1)),
            ..hit
        }),
        "ArrowLeft" => Some(Hit {
            point: hit.point.saturating_sub(1),
            ..hit
        }),
        "ArrowDown" | "ArrowUp" => {
            let forward = key == "ArrowDown";
            let next = (1..=count)
                .map(|k| {
                    if forward {
                        (hit.series + k) % count
                    } else {
                        (hit.series + count - k) % count
                    }
                })
                .find(|&s| points(s) > 0)?;
            // The point of the next line nearest in year to the current one.
            let year = chart.series.get(hit.series)?.point(hit.point)?.0 .0.get();
            let series = chart.series.get(next)?;
            let point = (0..series.len()).min_by_key(|&p| {
                series
                    .point(p)
                    .map_or(u16::MAX, |((y, _), _)| y.get().abs_diff(year))
            })?;
            Some(Hit {
                series: next,
                point,
            })
        }
        "Home" => Some(Hit { point: 0, ..hit }),
        "End" => Some(Hit {
            point: points(hit.series).saturating_sub(1),
            ..hit
        }),
        _ => Some(hit),
    }
}

/// What a point stands for, to find it again after the chart changes: its place and
/// year.
pub fn identity(chart: &LineChart, hit: Hit) -> Option<(Area, Option<Year>)> {
    let series = chart.series.get(hit.series)?;
    let ((year, _), _) = series.point(hit.point)?;
    Some((series.area, Some(year)))
}

/// The point of `area` in `year`, if the chart has it.
pub fn find(chart: &LineChart, area: Area, year: Option<Year>) -> Option<Hit> {
    chart.series.iter().enumerate().find_map(|(s, series)| {
        (series.area == area).then_some(())?;
        let point = (0..series.len())
            .find(|&p| series.point(p).is_some_and(|((y, _), _)| Some(y) == year))?;
        Some(Hit { series: s, point })
    })
}
