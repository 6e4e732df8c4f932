//! Which value is shown: one value per indicator, place and year, where sources may
//! give several.
//!
//! A value shown stands for a full year or a level "as of" a date; half-year and
//! year-to-date figures, and targets, never stand in for it. Where sources disagree,
//! the preferred value is the one from the most authoritative kind of source (official,
//! then provincial government, then press and articles), then the latest publication;
//! the others are the disagreements a reader is told about. A rank worked out from a
//! complete table of scores gives way to any printed rank.

use std::cmp::Reverse;

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
        // A printed rank always wins over one derived from a table's order.
        o.citation == super::citation::Citation::DerivedRank,
        o.kind != ObservationKind::Actual,
        kind,
        Reverse(published),
        ix,
    )
}

/// The value [`preferred`] shows for every place with one in `year`, found in one pass
/// over the indicator's values (a ranking or table of 10,000 areas asks for all at once).
pub fn preferred_in_year(dataset: &Dataset, indicator: IndicatorIx, year: Year) -> AreaValues {
    let slots = Slots::of(dataset);
    let mut best: Vec<Option<usize>> = vec![None; slots.len()];
    let all = dataset.observations();
    for (ix, o) in dataset.observations_of(indicator) {
        if o.year != year || !o.part.stands_for_year() || o.kind == ObservationKind::Target {
            continue;
        }
        let Some(held) = slots.slot(o.area).and_then(|s| best.get_mut(s)) else {
            continue;
        };
        match *held {
            Some(h) if preference(dataset, h, &all[h]) <= preference(dataset, ix, o) => {}
            _ => *held = Some(ix),
        }
    }
    AreaValues {
        year,
        values: best
            .into_iter()
            .map(|b| b.map(|ix| (all[ix].value, ix)))
            .collect(),
        slots,
    }
}

/// Where each area sits in a dense table: provinces, post-2025 units, the country, the
/// former units, then the areas of a person's own.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Slots {
    provinces: usize,
    units: usize,
    former: usize,
    own: usize,
}

impl Slots {
    fn of(dataset: &Dataset) -> Slots {
        Slots {
            provinces: dataset.provinces().len(),
            units: dataset.merged_units().len(),
            former: dataset.former_units().len(),
            own: dataset.own_areas().len(),
        }
    }

    fn len(self) -> usize {
        self.provinces + self.units + 1 + self.former + self.own
    }

    fn slot(self, area: Area) -> Option<usize> {
        match area {
            Area::Province(p) => (p < self.provinces).then_some(p),
            Area::Merged(u) => (u < self.units).then_some(self.provinces + u),
            Area::National => Some(self.provinces + self.units),
            Area::Former(f) => (f < self.former).then_some(self.provinces + self.units + 1 + f),
            Area::Own(a) => {
                (a < self.own).then_some(self.provinces + self.units + 1 + self.former + a)
            }
            // A region's average is computed, never a value of its own.
            Area::Region(_) => None,
        }
    }

    fn area(self, slot: usize) -> Area {
        let (p, u, f) = (self.provinces, self.units, self.former);
        match slot {
            s if s < p => Area::Province(s),
            s if s < p + u => Area::Merged(s - p),
            s if s == p + u => Area::National,
            s if s < p + u + 1 + f => Area::Former(s - p - u - 1),
            s => Area::Own(s - p - u - 1 - f),
        }
    }
}

/// The values shown in one year, by place (see [`preferred_in_year`]).
#[derive(Debug, Clone, PartialEq)]
pub struct AreaValues {
    year: Year,
    /// Per slot: the value and its observation.
    values: Vec<Option<(f64, usize)>>,
    slots: Slots,
}

impl AreaValues {
    /// The year the values are of.
    pub fn year(&self) -> Year {
        self.year
    }

    /// The value shown for `area`, if it has one.
    pub fn get(&self, area: Area) -> Option<Point> {
        let (value, observation) = (*self.values.get(self.slots.slot(area)?)?)?;
        Some(Point {
            year: self.year,
            value,
            observation,
        })
    }

    /// Every place with a value, in the order provinces, units, country, own areas.
    pub fn iter(&self) -> impl Iterator<Item = (Area, Point)> + '_ {
        self.values.iter().enumerate().filter_map(|(slot, v)| {
            let (value, observation) = (*v)?;
            let point = Point {
                year: self.year,
                value,
                observation,
            };
            Some((self.slots.area(slot), point))
        })
    }
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
