//! Selects the observations a view shows: one value per place and year.
//!
//! A chart over years shows full-year values and levels "as of" a date; half-year and
//! year-to-date figures, and targets, are never mixed into it. Where sources disagree,
//! the preferred value is the one from the most authoritative kind of source (official,
//! then provincial government, then press and articles), then the latest publication.

use std::cmp::Reverse;

use super::dataset::Dataset;
use super::model::{Area, IndicatorIx, Observation, ObservationKind, Year};
use super::view::ViewState;

/// One value on a chart, with the observation it came from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub year: Year,
    pub value: f64,
    /// Index into `Dataset::observations`.
    pub observation: usize,
}

/// A selected place's values over the view's years, in year order. Years without
/// data have no point: they are gaps, never zeros.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub area: Area,
    pub points: Vec<Point>,
}

/// One series per selected place, in selection order, including places with no value
/// in the view's years (their `points` are empty).
pub fn line_series(dataset: &Dataset, state: &ViewState) -> Vec<Series> {
    state
        .places
        .iter()
        .map(|&area| Series {
            area,
            points: state
                .time
                .years()
                .filter_map(|year| preferred(dataset, state.indicator, area, year))
                .collect(),
        })
        .collect()
}

/// The order of preference between observations of one value (lower is better).
fn preference(dataset: &Dataset, ix: usize, o: &Observation) -> impl Ord {
    let source = dataset.sources().get(o.source);
    let kind = source.map(|s| s.kind);
    let published = source.and_then(|s| s.published.clone());
    (
        o.kind != ObservationKind::Actual,
        kind,
        Reverse(published),
        ix,
    )
}

/// The value shown for one indicator, place and year, if there is one.
pub fn preferred(
    dataset: &Dataset,
    indicator: IndicatorIx,
    area: Area,
    year: Year,
) -> Option<Point> {
    dataset
        .observations_of(indicator)
        .filter(|(_, o)| {
            o.area == area
                && o.year == year
                && o.part.stands_for_year()
                && o.kind != ObservationKind::Target
        })
        .min_by_key(|&(ix, o)| preference(dataset, ix, o))
        .map(|(observation, o)| Point {
            year,
            value: o.value,
            observation,
        })
}

/// Other observations of the same indicator, place, period and kind that give a
/// different value: the disagreements a reader should be told about.
pub fn disagreements(dataset: &Dataset, observation: usize) -> Vec<usize> {
    let all = dataset.observations();
    let Some(this) = all.get(observation) else {
        return Vec::new();
    };
    dataset
        .observations_of(this.indicator)
        .filter(|&(ix, o)| {
            ix != observation
                && o.area == this.area
                && o.year == this.year
                && o.part == this.part
                && o.kind == this.kind
                && o.group == this.group
                && (o.value - this.value).abs() > 1e-9 * this.value.abs().max(1.0)
        })
        .map(|(ix, _)| ix)
        .collect()
}

/// The targets set for a place in the view's years, one per year (the preferred
/// source's), in year order.
pub fn targets(dataset: &Dataset, state: &ViewState, area: Area) -> Vec<Point> {
    state
        .time
        .years()
        .filter_map(|year| {
            dataset
                .observations_of(state.indicator)
                .filter(|(_, o)| {
                    o.area == area && o.year == year && o.kind == ObservationKind::Target
                })
                .min_by_key(|&(ix, o)| preference(dataset, ix, o))
                .map(|(observation, o)| Point {
                    year,
                    value: o.value,
                    observation,
                })
        })
        .collect()
}
