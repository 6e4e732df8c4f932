//! The changes a user can make to the view, and the pure reducer that applies them.
//! Components only dispatch actions; this module decides what they mean.

use super::landing::land;
use super::state::{data_years, ChartKind, Lang, ProfileRows, Sort, Units, ViewState};
use crate::core::data::dataset::Dataset;
use crate::core::data::model::{Area, IndicatorIx, MergedUnitIx, Region, Year, YearRange};

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    AddPlace(Area),
    RemovePlace(Area),
    ClearPlaces,
    SetIndicator(IndicatorIx),
    /// Moves the first year; the last year follows if it would fall before it.
    SetStartYear(Year),
    /// Moves the last year; the first year follows if it would fall after it.
    SetEndYear(Year),
    SetLang(Lang),
    /// Shows one year (the ranking's and the map's time).
    SetYear(Year),
    /// Turns the ranking's and the map's change mode on or off: on, a single year is
    /// compared with the previous year that has data.
    SetChange(bool),
    /// The scatter plot's horizontal indicator.
    SetX(IndicatorIx),
    /// Whether the scatter draws the selected places' trails over the years before.
    SetTrail(bool),
    /// Whether the scatter sizes its dots by population.
    SetBubbles(bool),
    /// Opens an indicator's view at one year in one step (a scorecard's cell).
    Open(IndicatorIx, ChartKind, Year),
    SetChart(ChartKind),
    SetRegion(Option<Region>),
    SetSort(Option<Sort>),
    SetUnits(Units),
    /// Which rows the profile shows.
    SetProfileRows(ProfileRows),
    /// A click on a post-2025 unit (the map with `units=34`): if any province it
    /// absorbed is selected, all of them are removed; otherwise all are added, in the
    /// register's order.
    ToggleUnit(MergedUnitIx),
}

/// Applies `action`, keeping the state valid: unknown indices and years outside the
/// data are ignored, so a stale or forged action can never break the view.
pub fn apply(state: &ViewState, action: Action, dataset: &Dataset) -> ViewState {
    let mut next = state.clone();
    let span = data_years(dataset);
    // Opening a view at a year keeps that year: it does not land elsewhere.
    let opens = matches!(action, Action::Open(..));
    match action {
        Action::AddPlace(area) => {
            if dataset.is_place(area) && !next.places.contains(&area) {
                next.places.push(area);
            }
        }
        Action::RemovePlace(area) => next.places.retain(|&p| p != area),
        Action::ClearPlaces => next.places.clear(),
        Action::SetIndicator(ix) => {
            if dataset.indicator(ix).is_some() {
                next.indicator = ix;
            }
        }
        Action::SetStartYear(year) if span.contains(year) => {
            let end = next.time.end().max(year);
            next.time = YearRange::new(year, end).unwrap_or(next.time);
        }
        Action::SetEndYear(year) if span.contains(year) => {
            let start = next.time.start().min(year);
            next.time = YearRange::new(start, year).unwrap_or(next.time);
        }
        Action::SetStartYear(_) | Action::SetEndYear(_) => {}
        Action::SetLang(lang) => next.lang = lang,
        // The last year moves; the first follows only if it would come after it, so
        // the line chart's span survives a visit to the ranking or the map.
        Action::SetYear(year) if span.contains(year) => {
            let start = next.time.start().min(year);
            next.time = YearRange::new(start, year).unwrap_or(next.time);
        }
        Action::SetYear(_) => {}
        Action::SetChange(on) => next.change = on,
        Action::SetX(x) => {
            if dataset.indicator(x).is_some() {
                next.x = Some(x);
            }
        }
        Action::SetTrail(on) => next.trail = on,
        Action::SetBubbles(on) => next.bubbles = on,
        Action::Open(indicator, chart, year) => {
            if dataset.indicator(indicator).is_some() && span.contains(year) {
                next.indicator = indicator;
                next.chart = chart;
                next.time = YearRange::single(year);
                next.change = false;
            }
        }
        Action::SetChart(chart) => next.chart = chart,
        Action::SetRegion(region) => next.region = region,
        Action::SetSort(sort) => next.sort = sort,
        Action::SetUnits(units) => next.units = units,
        Action::SetProfileRows(rows) => next.rows = rows,
        Action::ToggleUnit(unit) => toggle_unit(&mut next.places, unit, dataset),
    }
    // Only the scatter has an x (its partner by default), a trail and bubbles.
    if next.chart == ChartKind::Scatter {
        if next.x.is_none() {
            next.x = super::pairs::default_x(dataset, next.indicator);
        }
    } else {
        next.x = None;
        next.trail = false;
        next.bubbles = false;
    }
    // A new chart, indicator, x or map geography lands on a year with data.
    if !opens
        && (next.chart, next.indicator, next.units, next.x)
            != (state.chart, state.indicator, state.units, state.x)
    {
        land(dataset, state, &mut next);
    }
    // Change mode keeps two years to compare.
    super::landing::seat_change(dataset, &mut next);
    // A table order by a year the new time no longer shows goes (the link stays valid).
    if next.sort.is_some_and(|sort| !sort.fits(next.time)) {
        next.sort = None;
    }
    next
}

fn toggle_unit(places: &mut Vec<Area>, unit: MergedUnitIx, dataset: &Dataset) {
    let Some(unit) = dataset.merged_units().get(unit) else {
        return;
    };
    let absorbed: Vec<Area> = unit
        .absorbed
        .iter()
        .map(|&p| Area::Province(p))
        .filter(|&area| dataset.is_place(area))
        .collect();
    if absorbed.iter().any(|area| places.contains(area)) {
        places.retain(|area| !absorbed.contains(area));
    } else {
        for area in absorbed {
            if !places.contains(&area) {
                places.push(area);
            }
        }
    }
}
