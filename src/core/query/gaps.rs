//! What a single-year view (the ranking, the map) does not show: the selected places
//! without a value in its year, each with the nearest year that has one, and — when
//! nothing in the view's scope has a value that year — the nearest year that does.
//! The page lists them under the chart, so that a missing province is named rather
//! than silently absent.

use crate::core::data::dataset::Dataset;
use crate::core::data::model::{Area, Year};
use crate::core::data::preferred::preferred;
use crate::core::text::i18n::area_name;
use crate::core::view::landing::{years_with_data, Geography};
use crate::core::view::state::{data_years, ChartKind, Lang, Units, ViewState};

/// A selected place that has no value in the view's year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingPlace {
    /// The place as the view shows it (a post-2025 unit on the 34-unit map).
    pub area: Area,
    pub name: String,
    /// The nearest year in which it has a value, if any.
    pub nearest: Option<Year>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Gaps {
    pub missing: Vec<MissingPlace>,
    /// Set when no place in the view's scope has a value in its year: the nearest year
    /// in which one does.
    pub nearest_with_data: Option<Year>,
    /// Whether the scope has no value at all in the view's year.
    pub scope_empty: bool,
}

/// The gaps of a single-year view; empty for the other views, and for an indicator that
/// has values only for a person's own areas (no province could have one: the chart says
/// where to see them).
pub fn single_year_gaps(dataset: &Dataset, state: &ViewState) -> Gaps {
    if !state.chart.is_single_year() || dataset.only_own_areas(state.indicator) {
        return Gaps::default();
    }
    let year = state.time.end();
    let span = data_years(dataset);
    let geography = Geography::of_view(state.chart, state.units);
    let in_scope = |area: Area| match (area, state.region) {
        (Area::Province(p), Some(region)) if state.chart == ChartKind::Ranking => {
            dataset.province(p).is_some_and(|p| p.region == region)
        }
        // A region's ranking lists no area of a person's own (they have no region).
        (Area::Own(_), Some(_)) if state.chart == ChartKind::Ranking => false,
        _ => geography.holds(area),
    };
    let mut shown: Vec<Area> = Vec::new();
    for &place in &state.places {
        let area = match (place, geography) {
            (Area::Province(p), Geography::MergedUnits) => match dataset.province(p) {
                Some(province) => Area::Merged(province.merged_into),
                None => continue,
            },
            _ => place,
        };
        if in_scope(area) && !shown.contains(&area) {
            shown.push(area);
        }
    }
    let missing = shown
        .into_iter()
        .filter(|&area| preferred(dataset, state.indicator, area, year).is_none())
        .map(|area| MissingPlace {
            area,
            name: area_name(dataset, area, state.lang),
            nearest: crate::core::view::landing::nearest_year_with_value(
                dataset,
                state.indicator,
                area,
                year,
                span,
            ),
        })
        .collect();
    let scope_has_value = |y: Year| {
        dataset.observations_of(state.indicator).any(|(_, o)| {
            o.year == y
                && o.kind != crate::core::data::model::ObservationKind::Target
                && o.part.stands_for_year()
                && in_scope(o.area)
        })
    };
    let scope_empty = !scope_has_value(year);
    let nearest_with_data = scope_empty
        .then(|| {
            years_with_data(dataset, state.indicator, geography)
                .into_iter()
                .filter(|&y| scope_has_value(y))
                .min_by_key(|&y| (y.get().abs_diff(year.get()), std::cmp::Reverse(y)))
        })
        .flatten();
    Gaps {
        missing,
        nearest_with_data,
        scope_empty,
    }
}

/// "Hải Dương: chưa có số liệu năm 2023" / "Hai Duong: no value for 2023".
pub fn missing_text(place: &MissingPlace, year: Year, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("{}: chưa có số liệu năm {year}", place.name),
        Lang::En => format!("{}: no value for {year}", place.name),
    }
}

/// "Xem năm 2022" / "See 2022".
pub fn go_to_year_text(year: Year, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Xem năm {year}"),
        Lang::En => format!("See {year}"),
    }
}

/// Said when the whole scope (the country, a region, the 34 units) has no value.
pub fn scope_empty_text(year: Year, units: Units, lang: Lang) -> String {
    let places = match (units, lang) {
        (Units::Post2025, Lang::Vi) => "đơn vị nào",
        (Units::Pre2025, Lang::Vi) => "tỉnh, thành phố nào trong phạm vi này",
        (Units::Post2025, Lang::En) => "none of the 34 units",
        (Units::Pre2025, Lang::En) => "no province in this scope",
    };
    match lang {
        Lang::Vi => format!("Chưa có {places} có số liệu năm {year} cho chỉ số này."),
        Lang::En => format!("For this indicator, {places} has a value for {year}."),
    }
}
