//! Where the scatter plot's values come from: a side's value in the year or within
//! [`TOLERANCE`] of it (never across a method break), the places it can show, the
//! axes' range over the years the two indicators share, the population that sizes the
//! dots, and the list of places without both values.

use crate::core::data::dataset::Dataset;
use crate::core::data::model::{Area, IndicatorIx, Unit, Year};
use crate::core::data::preferred::{preferred_in_year, AreaValues, Point};
use crate::core::text::place_list::place_list;
use crate::core::view::state::Lang;

/// How many years away a side's value may be taken from when the year has none.
pub const TOLERANCE: u16 = 1;
/// The most names the list of places without both values spells out.
const LISTED: usize = 12;

/// A side's value of `area` in `year`, or within [`TOLERANCE`] of it (the nearer, the
/// earlier of two as near), never across a method break.
pub fn value_near(
    dataset: &Dataset,
    indicator: IndicatorIx,
    near: &[(Year, AreaValues)],
    area: Area,
    year: Year,
) -> Option<Point> {
    near.iter()
        .filter(|(y, _)| *y == year || dataset.method_break(indicator, *y, year).is_none())
        .find_map(|(_, values)| values.get(area))
}

/// The values of `indicator` to look in for `year`: the year itself, and — only where
/// some place has the other side's value in the year but not this side's — the year
/// before and the year after (a person's 10,000 communes with both sides are matched
/// without looking further).
pub fn near_years(
    dataset: &Dataset,
    indicator: IndicatorIx,
    (year, now): (Year, AreaValues),
    other: &AreaValues,
) -> Vec<(Year, AreaValues)> {
    let wanted = other.iter().any(|(area, _)| now.get(area).is_none());
    let mut near = vec![(year, now)];
    if wanted {
        for d in 1..=TOLERANCE {
            for y in [year.get().checked_sub(d), year.get().checked_add(d)]
                .into_iter()
                .flatten()
                .filter_map(Year::new)
            {
                near.push((y, preferred_in_year(dataset, indicator, y)));
            }
        }
    }
    near
}

/// Every full-year value of `indicator` in `years` (for the axes, which stay fixed over
/// the years the two indicators share).
pub fn values_in<'d>(
    dataset: &'d Dataset,
    indicator: IndicatorIx,
    years: &[Year],
) -> impl Iterator<Item = f64> + 'd {
    let years = years.to_vec();
    dataset
        .observations_of(indicator)
        .map(|(_, o)| o)
        .filter(move |o| {
            o.kind == crate::core::data::model::ObservationKind::Actual
                && o.part.stands_for_year()
                && years.contains(&o.year)
        })
        .map(|o| o.value)
}

/// The places a scatter can show: the 63 provinces, and a person's own areas.
pub fn scope(dataset: &Dataset) -> Vec<Area> {
    (0..dataset.provinces().len())
        .map(Area::Province)
        .chain((0..dataset.own_areas().len()).map(Area::Own))
        .collect()
}

/// The axis of one indicator over the years shown: its values' range with a little
/// room; for ranks (worst, 1).
pub fn domain(values: impl Iterator<Item = f64>, unit: Unit) -> (f64, f64) {
    let (lo, hi) = values
        .filter(|v| v.is_finite())
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
            (lo.min(v), hi.max(v))
        });
    if !lo.is_finite() {
        return (0.0, 1.0);
    }
    match unit {
        Unit::Rank => (hi.max(2.0), 1.0),
        _ => {
            let pad = ((hi - lo) * 0.05).max(hi.abs() * 0.01).max(1e-9);
            (lo - pad, hi + pad)
        }
    }
}

/// The population (GSO) of the latest year up to `year` that has it (else the first
/// after), with that year.
pub fn population_of(dataset: &Dataset, year: Year) -> Option<(AreaValues, Year)> {
    let ix = dataset.find_indicator("gso-population")?;
    let years: Vec<Year> = {
        let mut ys: Vec<Year> = dataset.observations_of(ix).map(|(_, o)| o.year).collect();
        ys.sort_unstable();
        ys.dedup();
        ys
    };
    let chosen = years
        .iter()
        .copied()
        .filter(|&y| y <= year)
        .max()
        .or_else(|| years.first().copied())?;
    Some((preferred_in_year(dataset, ix, chosen), chosen))
}

/// "không có số liệu cả hai chỉ số năm 2023: Bắc Kạn, … và 3 nơi khác".
pub fn missing_words(dataset: &Dataset, without: &[Area], year: Year, lang: Lang) -> String {
    if without.is_empty() {
        return String::new();
    }
    let names = place_list(dataset, without, LISTED, lang);
    match lang {
        Lang::Vi => format!("không có số liệu cả hai chỉ số năm {year}, không vẽ: {names}"),
        Lang::En => format!("without both values in {year}, not drawn: {names}"),
    }
}
