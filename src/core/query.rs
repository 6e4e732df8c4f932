//! Selects the observations a view shows: one value per province and year.
//!
//! Where several sources give a value for the same indicator, province and year, the
//! source listed first in `sources.csv` wins (official publications come first).

use super::dataset::Dataset;
use super::model::{ProvinceIx, Year};
use super::view::ViewState;

/// One value on a chart, with the observation it came from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub year: Year,
    pub value: f64,
    /// Index into `Dataset::observations`.
    pub observation: usize,
}

/// A selected province's values over the view's years, in year order. Years without
/// data have no point: they are gaps, never zeros.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub province: ProvinceIx,
    pub points: Vec<Point>,
}

/// One series per selected province, in selection order, including provinces with no
/// value in the view's years (their `points` are empty).
pub fn line_series(dataset: &Dataset, state: &ViewState) -> Vec<Series> {
    state
        .provinces
        .iter()
        .map(|&province| Series {
            province,
            points: state
                .time
                .years()
                .filter_map(|year| preferred(dataset, state.indicator, province, year))
                .collect(),
        })
        .collect()
}

/// The value shown for one indicator, province and year, if there is one.
pub fn preferred(
    dataset: &Dataset,
    indicator: usize,
    province: ProvinceIx,
    year: Year,
) -> Option<Point> {
    dataset
        .observations()
        .iter()
        .enumerate()
        .filter(|(_, o)| o.indicator == indicator && o.province == province && o.year == year)
        .min_by_key(|(_, o)| o.source)
        .map(|(observation, o)| Point {
            year,
            value: o.value,
            observation,
        })
}
