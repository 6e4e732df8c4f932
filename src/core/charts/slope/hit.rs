//! Hover, tap and keys on the slope chart: the line nearest the pointer (or whose right
//! label is under it), what its tooltip says (the last year's value with the change
//! between the two years), and where the tooltip opens.

use super::draw::{SlopeFrame, LABEL_GAP};
use super::spec::SlopeChart;
use crate::core::charts::shared::hit::Hit;
use crate::core::charts::shared::tooltip::{tooltip_for, Tooltip};
use crate::core::data::dataset::Dataset;

/// How far a point is from the segment `a`–`b`.
fn distance((x, y): (f64, f64), a: (f64, f64), b: (f64, f64)) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let length = dx * dx + dy * dy;
    let t = if length == 0.0 {
        0.0
    } else {
        (((x - a.0) * dx + (y - a.1) * dy) / length).clamp(0.0, 1.0)
    };
    ((x - a.0 - t * dx).powi(2) + (y - a.1 - t * dy).powi(2)).sqrt()
}

/// The line under the pointer: its right label's row beyond the last column, else the
/// nearest line within `radius`.
pub fn hit(chart: &SlopeChart, frame: &SlopeFrame, x: f64, y: f64, radius: f64) -> Option<Hit> {
    let as_hit = |series| Hit { series, point: 1 };
    if x > frame.right {
        let (_, right_ys) = frame.label_ys(chart);
        let half = LABEL_GAP * frame.scale / 2.0;
        if let Some(i) = right_ys.iter().position(|&ly| (y - ly).abs() <= half) {
            return Some(as_hit(i));
        }
    }
    chart
        .lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let a = (frame.left, frame.y(chart, l.from_value));
            let b = (frame.right, frame.y(chart, l.to_value));
            (i, distance((x, y), a, b))
        })
        .filter(|&(_, d)| d <= radius)
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(i, _)| as_hit(i))
}

/// The tooltip of a line: the last year's value, its source, and the change.
pub fn tooltip(
    dataset: &Dataset,
    chart: &SlopeChart,
    indicator: usize,
    hit: Hit,
) -> Option<Tooltip> {
    let line = chart.lines.get(hit.series)?;
    let mut tip = tooltip_for(
        dataset,
        indicator,
        line.area,
        chart.to,
        line.to_observation,
        chart.lang,
    )?;
    tip.change = Some(line.change_words.clone());
    Some(tip)
}

/// Where (canvas pixels) a line's tooltip opens: at its right end.
pub fn anchor(chart: &SlopeChart, frame: &SlopeFrame, hit: Hit) -> Option<(f64, f64)> {
    let line = chart.lines.get(hit.series)?;
    Some((frame.right, frame.y(chart, line.to_value)))
}
