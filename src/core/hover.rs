//! Hover and tap: maps a pointer position to the nearest point of the chart, through
//! the same transform the drawing used, and says what the tooltip shows — place, year,
//! value with unit, rank where known, the source and its words, and disagreements.

use crate::core::chart::{ChartContent, LineChart};
use crate::core::charts::map::frame::MapFrame;
use crate::core::charts::map::frame::View;
use crate::core::charts::shared::hit::Hit;
use crate::core::charts::shared::tooltip::{tooltip_for, Tooltip};
use crate::core::data::dataset::Dataset;
use crate::core::data::model::Year;
use crate::core::draw_ranking::RowFrame;
use crate::core::view::state::Lang;

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
    tooltip_for(
        dataset,
        indicator,
        series.area,
        year,
        observation,
        chart.lang,
    )
}

/// Where a chart was drawn: a plot over years, or rows of bars.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Frame {
    Plot(PlotFrame),
    Rows(RowFrame),
    Map(MapFrame),
}

/// The point or row under the pointer. For a ranking, `series` is the row; for a map,
/// the province, with `point` 1 where the pointer is in the inset and 0 elsewhere.
pub fn hit_content(
    content: &ChartContent,
    frame: &Frame,
    x: f64,
    y: f64,
    radius: f64,
) -> Option<Hit> {
    match (content, frame) {
        (ChartContent::Line(chart), Frame::Plot(frame)) => hit_test(frame, chart, x, y, radius),
        (ChartContent::Ranking(_), Frame::Rows(rows)) => rows.row_at(x, y).map(|row| Hit {
            series: row,
            point: 0,
        }),
        (ChartContent::Map(chart), Frame::Map(map)) => {
            map.region_at(chart, x, y).map(|region| Hit {
                series: region,
                point: usize::from(map.view_at(x, y) == View::Inset),
            })
        }
        _ => None,
    }
}

/// The tooltip of a hit on any chart.
pub fn tooltip_content(
    dataset: &Dataset,
    content: &ChartContent,
    indicator: usize,
    hit: Hit,
) -> Option<Tooltip> {
    match content {
        ChartContent::Line(chart) => tooltip(dataset, chart, indicator, hit),
        ChartContent::Ranking(chart) => {
            let row = chart.rows.get(hit.series)?;
            let mut tip = tooltip_for(
                dataset,
                indicator,
                row.area,
                chart.year,
                row.observation,
                chart.lang,
            )?;
            // Where no rank was published, the tooltip says what the number is.
            if row.published_rank.is_none() {
                tip.rank = Some(chart.standing(row));
            }
            Some(tip)
        }
        ChartContent::Map(chart) => {
            let region = chart.regions.get(hit.series)?;
            match region.observation {
                Some(observation) => tooltip_for(
                    dataset,
                    indicator,
                    region.area,
                    chart.year,
                    observation,
                    chart.lang,
                ),
                None => Some(Tooltip {
                    heading: format!("{} · {}", region.label, chart.year),
                    value: match chart.lang {
                        Lang::Vi => "không có số liệu".to_string(),
                        Lang::En => "no data".to_string(),
                    },
                    rank: None,
                    source: String::new(),
                    quote: String::new(),
                    kind: None,
                    disagreement: None,
                }),
            }
        }
        ChartContent::Empty(_) => None,
    }
}

/// Where (canvas pixels) a hit is, to place its tooltip.
pub fn anchor(content: &ChartContent, frame: &Frame, hit: Hit) -> Option<(f64, f64)> {
    match (content, frame) {
        (ChartContent::Line(chart), Frame::Plot(frame)) => {
            let ((year, value), _) = chart.series.get(hit.series)?.point(hit.point)?;
            Some(frame.pixel(year, value))
        }
        (ChartContent::Ranking(_), Frame::Rows(rows)) => Some((
            (rows.left + rows.right) / 2.0,
            rows.top + rows.row_height * (hit.series as f64 + 1.0),
        )),
        // A point well inside the province, in the view the pointer found it in.
        (ChartContent::Map(chart), Frame::Map(map)) => {
            let view = if hit.point == 1 {
                View::Inset
            } else {
                View::Main
            };
            map.anchor(chart, hit.series, view)
        }
        _ => None,
    }
}
