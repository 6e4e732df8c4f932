//! Which value is shown: one value per indicator, place and year, where sources may
//! give several.
//!
//! A value shown stands for a full year or a level "as of" a date; half-year and
//! year-to-date figures, and targets, never stand in for it. Where sources disagree,
//! the preferred value is the one from the most authoritative kind of source (official,
//! then provincial government, then press and articles), then the latest publication;
//! the others are the disagreements a reader is told about.

use std::cmp::Reverse;
use std::collections::HashMap;

use super::dataset::Dataset;
use super::model::{Area, IndicatorIx, Observation, ObservationKind, Year};

/// One value on a chart, with the observation it came from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub year: Year,
    pub value: f64,
    /// Index into `Dataset::observations`.
    pub observation: usize,
}

/// The order of preference between observations of one value (lower is better).
pub(crate) fn preference(dataset: &Dataset, ix: usize, o: &Observation) -> impl Ord {
    let source = dataset.sources().get(o.source);
    let kind = source.map(|s| s.kind);
    let published = source.and_then(|s| s.published.clone());
    (
        // A person's imported value never stands in for a published one, whatever its kind.
        kind == Some(super::model::SourceKind::User),
        o.kind != ObservationKind::Actual,
        kind,
        Reverse(published),
        ix,
    )
}

/// The value [`preferred`] shows for every place with one in `year`, found in one pass
/// over the indicator's values (a ranking or table of 10,000 areas asks for all at once).
pub fn preferred_in_year(
    dataset: &Dataset,
    indicator: IndicatorIx,
    year: Year,
) -> HashMap<Area, Point> {
    let mut best: HashMap<Area, usize> = HashMap::new();
    for (ix, o) in dataset.observations_of(indicator) {
        if o.year != year || !o.part.stands_for_year() || o.kind == ObservationKind::Target {
            continue;
        }
        let all = dataset.observations();
        match best.get_mut(&o.area) {
            Some(held) => {
                if preference(dataset, ix, o) < preference(dataset, *held, &all[*held]) {
                    *held = ix;
                }
            }
            None => {
                best.insert(o.area, ix);
            }
        }
    }
    let all = dataset.observations();
    best.into_iter()
        .map(|(area, observation)| {
            let value = all[observation].value;
            (
                area,
                Point {
                    year,
                    value,
                    observation,
                },
            )
        })
        .collect()
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
