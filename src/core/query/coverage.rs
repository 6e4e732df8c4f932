//! The coverage view: which places have the indicator in which years, as a grid,
//! so that gaps are visible rather than hidden.

use std::collections::HashMap;

use crate::core::data::dataset::Dataset;
use crate::core::data::model::{Area, ObservationKind, Year, YearRange};
use crate::core::data::preferred::preferred;
use crate::core::text::format::format_value;
use crate::core::text::i18n::area_name;
use crate::core::view::landing::{year_options, YearOption};
use crate::core::view::state::ViewState;

/// What one place has in one year.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Missing,
    /// A value the chart shows (full year or as of the year), formatted.
    Value(String),
    /// Only a part of the year (half-year, year to date).
    Partial,
    /// Only a target.
    Target,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CoverageRow {
    pub place: String,
    pub area: Area,
    pub cells: Vec<Cell>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Coverage {
    pub years: Vec<Year>,
    pub rows: Vec<CoverageRow>,
    /// How many places have a shown value, per year.
    pub totals: Vec<usize>,
}

/// The grid for `state`'s indicator over the years it has values in (every year from
/// the first to the last, so that a gap shows) and the years of its targets (the
/// view's own years where it has none): the whole country, all 63 provinces (with or
/// without data), then the post-2025 units that have data.
pub fn coverage(dataset: &Dataset, state: &ViewState) -> Coverage {
    let options = year_options(dataset, state.indicator, &[]);
    let data: Vec<Year> = options
        .iter()
        .filter(|o| matches!(o, YearOption::Data(_)))
        .map(|o| o.year())
        .collect();
    let mut years: Vec<Year> = match (data.first(), data.last()) {
        (Some(&first), Some(&last)) => YearRange::new(first, last)
            .map(|span| span.years().collect())
            .unwrap_or_default(),
        _ => Vec::new(),
    };
    for option in options {
        if !years.contains(&option.year()) {
            years.push(option.year());
        }
    }
    years.sort();
    if years.is_empty() {
        years = state.time.years().collect();
    }
    let unit = dataset.indicator(state.indicator).map(|i| i.unit);
    let mut other: HashMap<(Area, Year), Cell> = HashMap::new();
    for (_, o) in dataset.observations_of(state.indicator) {
        let cell = if o.kind == ObservationKind::Target {
            Cell::Target
        } else {
            Cell::Partial
        };
        let slot = other.entry((o.area, o.year)).or_insert(Cell::Missing);
        if *slot == Cell::Missing || cell == Cell::Partial {
            *slot = cell;
        }
    }
    let mut areas = vec![Area::National];
    areas.extend((0..dataset.provinces().len()).map(Area::Province));
    let merged = (0..dataset.merged_units().len()).map(Area::Merged);
    areas.extend(merged.filter(|&a| years.iter().any(|&y| other.contains_key(&(a, y)))));
    let rows: Vec<CoverageRow> = areas
        .into_iter()
        .filter(|&a| a != Area::National || years.iter().any(|&y| other.contains_key(&(a, y))))
        .map(|area| CoverageRow {
            place: area_name(dataset, area, state.lang),
            area,
            cells: years
                .iter()
                .map(
                    |&year| match (preferred(dataset, state.indicator, area, year), unit) {
                        (Some(point), Some(unit)) => {
                            Cell::Value(format_value(point.value, unit, state.lang))
                        }
                        _ => other.get(&(area, year)).cloned().unwrap_or(Cell::Missing),
                    },
                )
                .collect(),
        })
        .collect();
    let totals = (0..years.len())
        .map(|i| {
            rows.iter()
                .filter(|r| matches!(r.cells[i], Cell::Value(_)))
                .count()
        })
        .collect();
    Coverage {
        years,
        rows,
        totals,
    }
}
