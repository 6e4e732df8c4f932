//! The series a line chart shows: each selected place's preferred values over the
//! view's years (gaps stay gaps), and the targets set for it; for a region's average,
//! its means (`region_mean`) in the years enough of its members have a value.

use crate::core::data::dataset::Dataset;
use crate::core::data::model::{Area, ObservationKind};
use crate::core::data::preferred::{preference, preferred, Point};
use crate::core::query::region_mean::{region_mean, RegionMean};
use crate::core::view::state::ViewState;

/// A selected place's values over the view's years, in year order. Years without
/// data have no point: they are gaps, never zeros.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub area: Area,
    pub points: Vec<Point>,
    /// For a region's average, its means in year order (and `points` is empty).
    pub means: Vec<RegionMean>,
}

/// One series per selected place, in selection order, including places with no value
/// in the view's years (their `points` are empty).
pub fn line_series(dataset: &Dataset, state: &ViewState) -> Vec<Series> {
    state
        .places
        .iter()
        .map(|&area| match area {
            Area::Region(region) => Series {
                area,
                points: Vec::new(),
                means: state
                    .time
                    .years()
                    .filter_map(|year| region_mean(dataset, state.indicator, region, year))
                    .collect(),
            },
            _ => Series {
                area,
                points: state
                    .time
                    .years()
                    .filter_map(|year| preferred(dataset, state.indicator, area, year))
                    .collect(),
                means: Vec::new(),
            },
        })
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
