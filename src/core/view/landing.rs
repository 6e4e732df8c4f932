//! Where a single-year view lands, and which years are worth offering: the years in
//! which an indicator has values for the places a view shows (the 63 provinces, or the
//! 34 post-2025 units on the map), the best-covered year (the latest of those with the
//! most places), and the nearest year in which one place has a value.
//!
//! Only published values count: targets and part-year figures are never a reason to
//! land on a year, and nothing here makes a value up.

use std::collections::{BTreeMap, BTreeSet};

use super::state::{ChartKind, Units, ViewState};
use crate::core::data::dataset::Dataset;
use crate::core::data::model::{Area, IndicatorIx, ObservationKind, Year, YearRange};
use crate::core::data::preferred::preferred;

/// Which kind of place a view shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Geography {
    /// The 63 provinces before the 2025 merger.
    Provinces,
    /// The 34 provincial units after it.
    MergedUnits,
    /// The 63 provinces and the areas of a person's own: what the ranking and the table
    /// list (no map draws an own area).
    Listed,
}

impl Geography {
    /// The geography of a view: the map follows its units; the ranking and the table
    /// list the provinces and a person's own areas; the other views show provinces.
    pub fn of_view(chart: ChartKind, units: Units) -> Geography {
        match (chart, units) {
            (ChartKind::Map, Units::Post2025) => Geography::MergedUnits,
            (ChartKind::Ranking | ChartKind::Table, _) => Geography::Listed,
            _ => Geography::Provinces,
        }
    }

    /// Whether values of `area` count for the geography.
    pub fn holds(self, area: Area) -> bool {
        matches!(
            (self, area),
            (Geography::Provinces, Area::Province(_))
                | (Geography::Listed, Area::Province(_) | Area::Own(_))
                | (Geography::MergedUnits, Area::Merged(_))
        )
    }

    /// How many places the geography has in `dataset`.
    pub fn size(self, dataset: &Dataset) -> usize {
        match self {
            Geography::Provinces => dataset.provinces().len(),
            Geography::MergedUnits => dataset.merged_units().len(),
            Geography::Listed => dataset.provinces().len() + dataset.own_areas().len(),
        }
    }
}

/// For each year, how many places of `geography` have a published value (full year or
/// "as of") of `indicator`. Years without one are absent.
pub fn places_per_year(
    dataset: &Dataset,
    indicator: IndicatorIx,
    geography: Geography,
) -> BTreeMap<Year, usize> {
    // Flags per place rather than sets: an imported indicator may have 10,000 places.
    let (provinces, own) = (dataset.provinces().len(), dataset.own_areas().len());
    let slot = |area: Area| match area {
        Area::Province(p) => Some(p),
        Area::Merged(u) => Some(u),
        Area::Own(a) => Some(provinces + a),
        // A former unit is not one of the 63 (or 34): its values are counted apart.
        Area::National | Area::Former(_) | Area::Region(_) => None,
    };
    let size = (provinces + own).max(dataset.merged_units().len());
    let mut places: BTreeMap<Year, (Vec<bool>, usize)> = BTreeMap::new();
    for (_, o) in dataset.observations_of(indicator) {
        if o.kind != ObservationKind::Target && o.part.stands_for_year() && geography.holds(o.area)
        {
            let (seen, count) = places
                .entry(o.year)
                .or_insert_with(|| (vec![false; size], 0));
            if let Some(flag) = slot(o.area).and_then(|s| seen.get_mut(s)) {
                if !*flag {
                    *flag = true;
                    *count += 1;
                }
            }
        }
    }
    places.into_iter().map(|(y, (_, n))| (y, n)).collect()
}

/// The years in which at least one place of `geography` has a value, in order.
pub fn years_with_data(
    dataset: &Dataset,
    indicator: IndicatorIx,
    geography: Geography,
) -> Vec<Year> {
    places_per_year(dataset, indicator, geography)
        .into_keys()
        .collect()
}

/// The latest of the years with the most places with a value, if any year has one.
pub fn best_year(dataset: &Dataset, indicator: IndicatorIx, geography: Geography) -> Option<Year> {
    places_per_year(dataset, indicator, geography)
        .into_iter()
        .max_by_key(|&(year, count)| (count, year))
        .map(|(year, _)| year)
}

/// Whether any place of `geography` has a value of `indicator` in `year`.
pub fn has_data(
    dataset: &Dataset,
    indicator: IndicatorIx,
    geography: Geography,
    year: Year,
) -> bool {
    dataset.observations_of(indicator).any(|(_, o)| {
        o.year == year
            && o.kind != ObservationKind::Target
            && o.part.stands_for_year()
            && geography.holds(o.area)
    })
}

/// The year nearest to `year` in which `area` has a value of `indicator` (the later
/// one when two are as near), if it has one at all.
pub fn nearest_year_with_value(
    dataset: &Dataset,
    indicator: IndicatorIx,
    area: Area,
    year: Year,
    span: YearRange,
) -> Option<Year> {
    span.years()
        .filter(|&y| y != year && preferred(dataset, indicator, area, y).is_some())
        .min_by_key(|&y| (y.get().abs_diff(year.get()), std::cmp::Reverse(y)))
}

/// The years a view's year control offers: the years with data, plus `current` (a
/// link may name a year without data; the control still shows it), in order.
pub fn slider_years(
    dataset: &Dataset,
    indicator: IndicatorIx,
    geography: Geography,
    current: Year,
) -> Vec<Year> {
    let mut years = years_with_data(dataset, indicator, geography);
    if let Err(at) = years.binary_search(&current) {
        years.insert(at, current);
    }
    years
}

/// What a year picker offers for an indicator: the years it has values in, and the
/// years it only has targets for, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YearOption {
    Data(Year),
    TargetOnly(Year),
}

impl YearOption {
    pub fn year(self) -> Year {
        match self {
            YearOption::Data(y) | YearOption::TargetOnly(y) => y,
        }
    }
}

/// The years of `indicator` for a span picker (any place), plus the `chosen` ones, so
/// that the picker always shows the view's years.
pub fn year_options(dataset: &Dataset, indicator: IndicatorIx, chosen: &[Year]) -> Vec<YearOption> {
    let mut data = BTreeSet::new();
    let mut targets = BTreeSet::new();
    for (_, o) in dataset.observations_of(indicator) {
        if o.kind == ObservationKind::Target {
            targets.insert(o.year);
        } else {
            data.insert(o.year);
        }
    }
    data.extend(chosen.iter().copied());
    let all: BTreeSet<Year> = data.union(&targets).copied().collect();
    all.into_iter()
        .map(|y| {
            if data.contains(&y) {
                YearOption::Data(y)
            } else {
                YearOption::TargetOnly(y)
            }
        })
        .collect()
}

/// The time of a view without `time=` in its link: for the ranking and the map, the
/// best-covered year of the indicator in the view's geography; otherwise (and where
/// the indicator has no value there at all) the default span.
pub fn default_time(
    dataset: &Dataset,
    chart: ChartKind,
    indicator: IndicatorIx,
    units: Units,
) -> YearRange {
    let single = chart
        .is_single_year()
        .then(|| best_year(dataset, indicator, Geography::of_view(chart, units)))
        .flatten();
    // The slope chart compares the best-covered year with the one before it.
    let geography = Geography::of_view(chart, units);
    let slope = (chart == ChartKind::Slope)
        .then(|| {
            let end = best_year(dataset, indicator, geography)?;
            let start = places_per_year(dataset, indicator, geography)
                .into_keys()
                .filter(|&y| y < end)
                .max()?;
            YearRange::new(start, end)
        })
        .flatten();
    match (single, slope) {
        (Some(year), _) => YearRange::single(year),
        (None, Some(span)) => span,
        (None, None) => ViewState::default_for(dataset).time,
    }
}

/// The default time of `state`'s chart, indicator and units.
pub fn default_time_of(dataset: &Dataset, state: &ViewState) -> YearRange {
    // A scatter opens on the latest of the years its two indicators share most.
    if state.chart == ChartKind::Scatter {
        if let Some(year) = super::pairs::best_common_year(dataset, state) {
            return YearRange::single(year);
        }
    }
    default_time(dataset, state.chart, state.indicator, state.units)
}

/// Re-seats the time after the chart, the indicator or the units changed from
/// `before` to `after`: a view that was on its default time moves to the new
/// default when the chart or the units change; a single-year view whose year has no
/// value of the new indicator moves to the best-covered year (the first year follows
/// only if it would come after it). A year with data is always kept.
pub fn land(dataset: &Dataset, before: &ViewState, after: &mut ViewState) {
    let was_default = before.time == default_time_of(dataset, before);
    let layout_changed = before.chart != after.chart || before.units != after.units;
    if was_default && layout_changed {
        after.time = default_time_of(dataset, after);
        return;
    }
    if !after.chart.is_single_year() {
        return;
    }
    // A scatter keeps a year its two indicators share, else moves to their best one.
    if after.chart == ChartKind::Scatter {
        let shared = super::pairs::scatter_years(dataset, after);
        if !shared.contains(&after.time.end()) {
            if let Some(year) = super::pairs::best_common_year(dataset, after) {
                after.time = YearRange::single(year);
            }
        }
        return;
    }
    let geography = Geography::of_view(after.chart, after.units);
    if has_data(dataset, after.indicator, geography, after.time.end()) {
        return;
    }
    if let Some(year) = best_year(dataset, after.indicator, geography) {
        let start = after.time.start().min(year);
        after.time = YearRange::new(start, year).unwrap_or(YearRange::single(year));
    }
}

/// The year a single-year view moved from and to when its indicator, chart or units
/// changed and the old year had no value: the notice the page shows politely.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YearMoved {
    pub from: Year,
    pub to: Year,
}

pub fn year_moved(dataset: &Dataset, before: &ViewState, after: &ViewState) -> Option<YearMoved> {
    let (from, to) = (before.time.end(), after.time.end());
    let changed = before.indicator != after.indicator
        || before.chart != after.chart
        || before.units != after.units;
    let geography = Geography::of_view(after.chart, after.units);
    (after.chart.is_single_year()
        && changed
        && from != to
        && !has_data(dataset, after.indicator, geography, from))
    .then_some(YearMoved { from, to })
}

/// "Chỉ số này chưa có số liệu năm 2024; đang hiển thị năm 2022, …"
pub fn year_moved_text(moved: YearMoved, lang: super::state::Lang) -> String {
    let YearMoved { from, to } = moved;
    match lang {
        super::state::Lang::Vi => format!(
            "Năm {from} chưa có số liệu của chỉ số này; đang hiển thị năm {to}, năm gần đây có nhiều địa phương có số liệu nhất."
        ),
        super::state::Lang::En => format!(
            "This indicator has no value for {from}; showing {to}, the recent year with the most places with data."
        ),
    }
}

/// In change mode (or on the slope chart) over a single year, moves the first year back to the latest earlier
/// year in which the indicator has values in the view's geography, so that two years
/// are compared; nothing moves where there is no such year (the view says so).
pub fn seat_change(dataset: &Dataset, state: &mut ViewState) {
    let two_years =
        (state.change && state.chart.has_change_mode()) || state.chart == ChartKind::Slope;
    if !two_years || state.time.start() < state.time.end() {
        return;
    }
    let end = state.time.end();
    let geography = Geography::of_view(state.chart, state.units);
    let earlier = places_per_year(dataset, state.indicator, geography)
        .into_keys()
        .filter(|&y| y < end)
        .max();
    if let Some(start) = earlier.and_then(|y| YearRange::new(y, end)) {
        state.time = start;
    }
}
