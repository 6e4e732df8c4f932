//! Moving through a chart without a pointer: the arrow keys step between points, rows
//! and provinces, and a hovered item is found again after the chart changes.

use crate::core::chart::{ChartContent, LineChart};
use crate::core::charts::shared::hit::{step_rows, Hit};
use crate::core::data::model::{Area, Year};

/// The hit an arrow key moves to: along a line with ←/→ and between lines with ↑/↓;
/// between rows of a ranking with ↑/↓. The first key picks the first point.
pub fn step(content: &ChartContent, current: Option<Hit>, key: &str) -> Option<Hit> {
    match content {
        ChartContent::Line(chart) => step_line(chart, current, key),
        ChartContent::Ranking(chart) => step_rows(chart.rows.len(), current, key),
        ChartContent::Map(chart) => step_rows(chart.regions.len(), current, key),
        ChartContent::Empty(_) => None,
    }
}

fn step_line(chart: &LineChart, current: Option<Hit>, key: &str) -> Option<Hit> {
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

/// What a hit stands for, to find it again after the chart changes: the place (and,
/// on a line chart, the year).
fn identity(content: &ChartContent, hit: Hit) -> Option<(Area, Option<Year>)> {
    match content {
        ChartContent::Line(chart) => {
            let series = chart.series.get(hit.series)?;
            let ((year, _), _) = series.point(hit.point)?;
            Some((series.area, Some(year)))
        }
        ChartContent::Ranking(chart) => Some((chart.rows.get(hit.series)?.area, None)),
        ChartContent::Map(chart) => Some((chart.regions.get(hit.series)?.area, None)),
        ChartContent::Empty(_) => None,
    }
}

/// The same place (and year) in a changed chart, so that hovering or stepping with
/// the keys survives a redraw; `None` where it is no longer there.
pub fn remap(old: &ChartContent, new: &ChartContent, hit: Hit) -> Option<Hit> {
    let (area, year) = identity(old, hit)?;
    match new {
        ChartContent::Line(chart) => chart.series.iter().enumerate().find_map(|(s, series)| {
            (series.area == area).then_some(())?;
            let point = (0..series.len())
                .find(|&p| series.point(p).is_some_and(|((y, _), _)| Some(y) == year))?;
            Some(Hit { series: s, point })
        }),
        ChartContent::Ranking(chart) => chart
            .rows
            .iter()
            .position(|r| r.area == area)
            .map(|series| Hit { series, point: 0 }),
        ChartContent::Map(chart) => chart
            .regions
            .iter()
            .position(|r| r.area == area)
            .map(|series| Hit { series, point: 0 }),
        ChartContent::Empty(_) => None,
    }
}
