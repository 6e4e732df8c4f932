//! The coverage view: which places have the indicator in which years, as a grid,
//! so that gaps are visible rather than hidden.

use std::collections::HashMap;

use crate::core::data::dataset::Dataset;
use crate::core::data::model::{Area, ObservationKind, Year, YearRange};
use crate::core::data::preferred::{preferred_in_year, AreaValues};
use crate::core::text::format::format_value;
use crate::core::text::i18n::area_name;
use crate::core::view::landing::{year_options, YearOption};
use crate::core::view::state::{Lang, ViewState};

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
    /// How many areas of a person's own have one, per year (they are not rows: a file
    /// may have 10,000; the table lists them).
    pub own_totals: Vec<usize>,
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
        if matches!(o.area, Area::Own(_)) {
            continue; // counted, not shown as rows
        }
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
    // Each year's values in one pass (an imported indicator may have 10,000 places).
    let by_year: Vec<AreaValues> = years
        .iter()
        .map(|&year| preferred_in_year(dataset, state.indicator, year))
        .collect();
    let rows: Vec<CoverageRow> = areas
        .into_iter()
        .filter(|&a| a != Area::National || years.iter().any(|&y| other.contains_key(&(a, y))))
        .map(|area| CoverageRow {
            place: area_name(dataset, area, state.lang),
            area,
            cells: years
                .iter()
                .zip(&by_year)
                .map(|(&year, values)| match (values.get(area), unit) {
                    (Some(point), Some(unit)) => {
                        Cell::Value(format_value(point.value, unit, state.lang))
                    }
                    _ => other.get(&(area, year)).cloned().unwrap_or(Cell::Missing),
                })
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
    let own_totals = by_year
        .iter()
        .map(|values| {
            values
                .iter()
                .filter(|(area, _)| matches!(area, Area::Own(_)))
                .count()
        })
        .collect();
    Coverage {
        years,
        rows,
        totals,
        own_totals,
    }
}

/// The label of the row that counts a person's own areas with a value, per year.
pub fn own_areas_with_value(lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => "Khu vực của bạn có số liệu (xem ở dạng Bảng)",
        Lang::En => "Your own areas with a value (see the Table)",
    }
}
