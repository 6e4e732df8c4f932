//! Which indicator a value belongs to: one of ours (by id, or by its name in either
//! language), or one of the person's own, made once per name with the unit the file's
//! unit column gives or its values suggest; and the kind of a value (actual, estimate,
//! target) as a file writes it.

use std::collections::HashMap;

use super::grid::Grid;
use super::mapping::{unit_of, IndicatorChoice, Mapping, TidyField};
use super::number::parse_number;
use super::user_set::{UserIndicator, UserSet, USER_PREFIX};
use crate::core::data::dataset::Dataset;
use crate::core::data::fold::fold;
use crate::core::data::model::Unit;

/// The indicator id and unit of a value: a built-in indicator by id or name, else (a
/// new indicator of the person's own) the id it was given in this set.
pub(super) fn resolve_indicator(
    choice: &IndicatorChoice,
    dataset: &Dataset,
    names: &HashMap<String, usize>,
    tidy_units: &HashMap<String, Unit>,
    new_ids: &mut HashMap<String, String>,
    set: &mut UserSet,
) -> Option<(String, Unit)> {
    let (name, unit) = match choice {
        IndicatorChoice::Existing(text) => {
            let found = dataset
                .find_indicator(text)
                .or_else(|| names.get(&fold(text)).copied());
            if let Some(ix) = found {
                let info = &dataset.indicators()[ix];
                return Some((info.id.clone(), info.unit));
            }
            // A tidy file's own indicator, named in its indicator column.
            (text.clone(), *tidy_units.get(text)?)
        }
        IndicatorChoice::New { name, unit } => (name.clone(), *unit),
    };
    if name.trim().is_empty() {
        return None;
    }
    let next = format!("{USER_PREFIX}{}-{}", set.id, new_ids.len() + 1);
    let id = new_ids.entry(name.clone()).or_insert_with(|| {
        set.indicators.push(UserIndicator {
            id: next.clone(),
            name: name.clone(),
            unit: unit.id().to_string(),
        });
        next
    });
    Some((id.clone(), unit))
}

/// For the tidy layout: the unit of each indicator named in the indicator column — the
/// unit column's where it has one, else what the indicator's values suggest.
pub(super) fn tidy_units(grid: &Grid, mapping: &Mapping) -> HashMap<String, Unit> {
    let mut units = HashMap::new();
    let (Some(ind), Some(val), true) = (
        mapping.tidy_column(TidyField::Indicator),
        mapping.tidy_column(TidyField::Value),
        mapping.is_tidy(),
    ) else {
        return units;
    };
    let unit_col = mapping.tidy_column(TidyField::Unit);
    let mut values: HashMap<&str, Vec<f64>> = HashMap::new();
    for row in &grid.rows {
        let name = row.cell(ind);
        if let Some(unit) = unit_col.and_then(|ix| unit_of_text(row.cell(ix))) {
            units.entry(name.to_string()).or_insert(unit);
        }
        if let Some(v) = parse_number(row.cell(val)) {
            values.entry(name).or_default().push(v);
        }
    }
    for (name, values) in values {
        units
            .entry(name.to_string())
            .or_insert_with(|| unit_of(values.iter().copied(), false));
    }
    units
}

pub(super) fn unit_of_text(text: &str) -> Option<Unit> {
    let folded = fold(text);
    Unit::from_id(&folded).or(match folded.as_str() {
        "thu hang" | "xep hang" | "hang" => Some(Unit::Rank),
        "diem" | "diem 0 1" => Some(Unit::Score),
        "phan tram" | "ty le" => Some(Unit::Percent),
        "so luong" => Some(Unit::Count),
        _ if text.contains('%') => Some(Unit::Percent),
        _ => None,
    })
}

pub(super) fn kind_id(text: &str) -> &'static str {
    match fold(text).as_str() {
        "estimate" | "uoc dat" | "uoc tinh" => "estimate",
        "target" | "muc tieu" | "ke hoach" => "target",
        _ => "actual",
    }
}
