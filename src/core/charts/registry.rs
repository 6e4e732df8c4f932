//! The registry of chart types: the one place that knows them all. [`ChartContent`] is
//! what the chart area shows — a line chart, a ranking, a map, or the reason there is
//! nothing to draw — and every question about a chart is answered here by its type's
//! folder: which views are charts and how each is built, how it is drawn and how tall
//! it wants to be, what is under the pointer and what its tooltip says, how the arrow
//! keys move through it, and how a hovered item is found again after a redraw.
//!
//! Adding a chart type (the slope chart and the scatter plot were the last) adds a variant to `ChartContent`, a line to `builder`, and an
//! arm to each match below; nothing else in `charts/` changes.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::line::hit::PlotFrame;
use super::line::spec::LineChart;
use super::map::frame::MapFrame;
use super::map::spec::MapChart;
use super::ranking::hit::RowFrame;
use super::ranking::spec::RankingChart;
use super::scatter::draw::ScatterFrame;
use super::scatter::spec::ScatterChart;
use super::shared::empty::EmptyReason;
use super::shared::hit::{step_rows, Hit};
use super::shared::style::DrawError;
use super::shared::tooltip::Tooltip;
use super::slope::draw::SlopeFrame;
use super::slope::spec::SlopeChart;
use super::{line, map, ranking, scatter, slope};
use crate::core::data::dataset::Dataset;
use crate::core::data::model::{Area, Year};
use crate::core::view::state::{ChartKind, ViewState};

/// What the chart area shows.
#[derive(Debug, Clone, PartialEq)]
pub enum ChartContent {
    Line(Box<LineChart>),
    Ranking(Box<RankingChart>),
    Map(Box<MapChart>),
    Slope(Box<SlopeChart>),
    Scatter(Box<ScatterChart>),
    Empty(EmptyReason),
}

impl ChartContent {
    /// The chart's description for screen readers, if there is a chart.
    pub fn aria_label(&self) -> Option<&str> {
        match self {
            ChartContent::Line(chart) => Some(&chart.aria_label),
            ChartContent::Ranking(chart) => Some(&chart.aria_label),
            ChartContent::Map(chart) => Some(&chart.aria_label),
            ChartContent::Slope(chart) => Some(&chart.aria_label),
            ChartContent::Scatter(chart) => Some(&chart.aria_label),
            ChartContent::Empty(_) => None,
        }
    }
}

/// A chart type's spec as chart content, or the reason it has nothing to draw.
fn content<T>(built: Result<T, EmptyReason>, variant: fn(Box<T>) -> ChartContent) -> ChartContent {
    match built {
        Ok(chart) => variant(Box::new(chart)),
        Err(reason) => ChartContent::Empty(reason),
    }
}

/// Builds the line chart of `state`, or says why there is nothing to draw.
pub fn line_chart(dataset: &Dataset, state: &ViewState) -> ChartContent {
    content(line::spec::build(dataset, state), ChartContent::Line)
}

/// The ranking of `state`'s indicator in the last year of its time.
pub fn ranking_chart(dataset: &Dataset, state: &ViewState) -> ChartContent {
    content(
        ranking::of_view::build(dataset, state),
        ChartContent::Ranking,
    )
}

/// The map of `state`'s indicator in the last year of its time.
pub fn map_chart(dataset: &Dataset, state: &ViewState) -> ChartContent {
    content(map::spec::build(dataset, state), ChartContent::Map)
}

/// The slope chart of `state`'s indicator between the two ends of its time.
pub fn slope_chart(dataset: &Dataset, state: &ViewState) -> ChartContent {
    content(slope::spec::build(dataset, state), ChartContent::Slope)
}

/// The scatter plot of `state`'s x against its indicator in the last year of its time.
pub fn scatter_chart(dataset: &Dataset, state: &ViewState) -> ChartContent {
    content(scatter::spec::build(dataset, state), ChartContent::Scatter)
}

/// The chart types by the view that shows them; `None` for the views that are not a
/// chart on the canvas.
fn builder(kind: ChartKind) -> Option<fn(&Dataset, &ViewState) -> ChartContent> {
    match kind {
        ChartKind::Line => Some(line_chart),
        ChartKind::Ranking => Some(ranking_chart),
        ChartKind::Map => Some(map_chart),
        ChartKind::Slope => Some(slope_chart),
        ChartKind::Scatter => Some(scatter_chart),
        ChartKind::Table | ChartKind::Profile | ChartKind::Sources | ChartKind::Coverage => None,
    }
}

/// Whether a view is a chart drawn on the canvas (and so can be saved as an image).
pub fn is_chart(kind: ChartKind) -> bool {
    builder(kind).is_some()
}

/// The chart of a view, if the view is a chart.
pub fn build(dataset: &Dataset, state: &ViewState) -> Option<ChartContent> {
    builder(state.chart).map(|build| build(dataset, state))
}

/// Where a chart was drawn: a plot over years, rows of bars, or a map.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Frame {
    Plot(PlotFrame),
    Rows(RowFrame),
    Map(MapFrame),
    Slope(SlopeFrame),
    Scatter(ScatterFrame),
}

/// Draws any chart and returns where it landed, for hit-testing; the empty chart
/// draws nothing.
pub fn draw_content<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    content: &ChartContent,
    scale: f64,
    highlight: Option<usize>,
) -> Result<Option<Frame>, DrawError> {
    match content {
        ChartContent::Line(chart) => {
            line::draw::draw_line_chart(area, chart, scale, highlight).map(|f| Some(Frame::Plot(f)))
        }
        ChartContent::Ranking(chart) => {
            ranking::draw::draw_ranking(area, chart, scale, highlight).map(|f| Some(Frame::Rows(f)))
        }
        ChartContent::Map(chart) => {
            map::draw::draw_map(area, chart, scale, highlight).map(|f| Some(Frame::Map(f)))
        }
        ChartContent::Slope(chart) => {
            slope::draw::draw_slope(area, chart, scale, highlight).map(|f| Some(Frame::Slope(f)))
        }
        ChartContent::Scatter(chart) => scatter::draw::draw_scatter(area, chart, scale, highlight)
            .map(|f| Some(Frame::Scatter(f))),
        ChartContent::Empty(_) => Ok(None),
    }
}

/// The CSS height a chart wants at a CSS width; an empty chart keeps a line chart's.
pub fn content_height(content: &ChartContent, width: f64) -> f64 {
    match content {
        ChartContent::Ranking(chart) => ranking::draw::chart_height(chart, width),
        ChartContent::Map(_) => map::layout::map_height(width),
        ChartContent::Slope(chart) => slope::draw::chart_height(chart, width),
        ChartContent::Scatter(chart) => scatter::draw::chart_height(chart, width),
        ChartContent::Line(chart) => line::draw::chart_height(chart, width),
        ChartContent::Empty(_) => line::draw::line_height(width),
    }
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
        (ChartContent::Line(chart), Frame::Plot(frame)) => {
            line::hit::hit_test(frame, chart, x, y, radius)
        }
        (ChartContent::Ranking(_), Frame::Rows(rows)) => ranking::hit::hit(rows, x, y),
        (ChartContent::Map(chart), Frame::Map(frame)) => map::hit::hit(chart, frame, x, y),
        (ChartContent::Slope(chart), Frame::Slope(frame)) => {
            slope::hit::hit(chart, frame, x, y, radius)
        }
        (ChartContent::Scatter(chart), Frame::Scatter(frame)) => {
            scatter::hit::hit(chart, frame, x, y, radius)
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
        ChartContent::Line(chart) => line::hit::tooltip(dataset, chart, indicator, hit),
        ChartContent::Ranking(chart) => ranking::hit::tooltip(dataset, chart, indicator, hit),
        ChartContent::Map(chart) => map::hit::tooltip(dataset, chart, indicator, hit),
        ChartContent::Slope(chart) => slope::hit::tooltip(dataset, chart, indicator, hit),
        ChartContent::Scatter(chart) => scatter::hit::tooltip(dataset, chart, hit),
        ChartContent::Empty(_) => None,
    }
}

/// Where (canvas pixels) a hit is, to place its tooltip.
pub fn anchor(content: &ChartContent, frame: &Frame, hit: Hit) -> Option<(f64, f64)> {
    match (content, frame) {
        (ChartContent::Line(chart), Frame::Plot(frame)) => line::hit::anchor(chart, frame, hit),
        (ChartContent::Ranking(_), Frame::Rows(rows)) => ranking::hit::anchor(rows, hit),
        (ChartContent::Map(chart), Frame::Map(frame)) => map::hit::anchor(chart, frame, hit),
        (ChartContent::Slope(chart), Frame::Slope(frame)) => slope::hit::anchor(chart, frame, hit),
        (ChartContent::Scatter(chart), Frame::Scatter(frame)) => {
            scatter::hit::anchor(chart, frame, hit)
        }
        _ => None,
    }
}

/// The hit an arrow key moves to: along a line with ←/→ and between lines with ↑/↓;
/// between rows of a ranking with ↑/↓. The first key picks the first point.
pub fn step(content: &ChartContent, current: Option<Hit>, key: &str) -> Option<Hit> {
    match content {
        ChartContent::Line(chart) => line::hit::step(chart, current, key),
        ChartContent::Ranking(chart) => step_rows(chart.rows.len(), current, key),
        ChartContent::Map(chart) => step_rows(chart.regions.len(), current, key),
        ChartContent::Slope(chart) => step_rows(chart.lines.len(), current, key),
        // The dots in x order, then the legend's entries, then the regions' averages.
        ChartContent::Scatter(chart) => step_rows(
            chart.dots.len() + chart.legend.len() + chart.averages.len(),
            current,
            key,
        ),
        ChartContent::Empty(_) => None,
    }
}

/// What a hit stands for, to find it again after the chart changes: the place (and,
/// on a line chart, the year).
fn identity(content: &ChartContent, hit: Hit) -> Option<(Area, Option<Year>)> {
    match content {
        ChartContent::Line(chart) => line::hit::identity(chart, hit),
        ChartContent::Ranking(chart) => Some((chart.rows.get(hit.series)?.area, None)),
        ChartContent::Map(chart) => Some((chart.regions.get(hit.series)?.area, None)),
        ChartContent::Slope(chart) => Some((chart.lines.get(hit.series)?.area, None)),
        ChartContent::Scatter(chart) => match scatter::hit::average_of(chart, hit) {
            Some(average) => Some((average.area, None)),
            None => Some((chart.dots.get(hit.series)?.area, None)),
        },
        ChartContent::Empty(_) => None,
    }
}

/// The same place (and year) in a changed chart, so that hovering or stepping with
/// the keys survives a redraw; `None` where it is no longer there.
pub fn remap(old: &ChartContent, new: &ChartContent, hit: Hit) -> Option<Hit> {
    let (area, year) = identity(old, hit)?;
    match new {
        ChartContent::Line(chart) => line::hit::find(chart, area, year),
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
        ChartContent::Slope(chart) => chart
            .lines
            .iter()
            .position(|l| l.area == area)
            .map(|series| Hit { series, point: 1 }),
        ChartContent::Scatter(chart) => chart
            .dots
            .iter()
            .position(|d| d.area == area)
            .or_else(|| {
                let at = chart.averages.iter().position(|a| a.area == area)?;
                Some(chart.dots.len() + chart.legend.len() + at)
            })
            .map(|series| Hit { series, point: 0 }),
        ChartContent::Empty(_) => None,
    }
}
