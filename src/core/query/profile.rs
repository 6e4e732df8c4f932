//! The profile view: one or two places compared indicator by indicator. Every row is one
//! indicator with a cell per place, both cells of the same year — the latest year every
//! place has a value — and, where a place lacks that year, its own latest value marked as
//! another year. Rows are grouped by pillar and can be narrowed to those with a target or
//! those every place has.

use super::profile_cell::{cell, compared_year, ProfileCell};
use crate::core::data::dataset::Dataset;
use crate::core::data::model::{Area, Pillar};
use crate::core::text::i18n::{area_name, indicator_name, pillar_name};
use crate::core::view::state::{Lang, ProfileRows, ViewState};

/// How many places a profile shows side by side.
pub const MAX_PLACES: usize = 2;

/// The comparison of the first places selected (at most [`MAX_PLACES`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    /// The places' names, in the order of the cells of every row.
    pub places: Vec<String>,
    /// The groups that have rows after the filter, in pillar order.
    pub groups: Vec<ProfileGroup>,
    /// How many rows each filter keeps, for the filter's labels.
    pub counts: RowCounts,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RowCounts {
    pub all: usize,
    pub with_target: usize,
    pub in_every: usize,
}

impl RowCounts {
    pub fn of(self, rows: ProfileRows) -> usize {
        match rows {
            ProfileRows::All => self.all,
            ProfileRows::WithTarget => self.with_target,
            ProfileRows::InEvery => self.in_every,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ProfileGroup {
    pub pillar: Pillar,
    /// The pillar's name ("Kinh tế số").
    pub name: String,
    pub rows: Vec<ProfileRow>,
}

/// One indicator, with a cell per place (`None` where the place has no value at all).
#[derive(Debug, Clone, PartialEq)]
pub struct ProfileRow {
    pub indicator_ix: usize,
    pub indicator: String,
    /// The year both cells show, if every place has a value in some common year.
    pub year: Option<u16>,
    pub cells: Vec<Option<ProfileCell>>,
}

impl ProfileRow {
    pub fn has_target(&self) -> bool {
        self.cells.iter().flatten().any(|c| c.target.is_some())
    }

    pub fn in_every_place(&self) -> bool {
        self.cells.iter().all(Option::is_some)
    }

    fn kept_by(&self, rows: ProfileRows) -> bool {
        match rows {
            ProfileRows::All => true,
            ProfileRows::WithTarget => self.has_target(),
            ProfileRows::InEvery => self.in_every_place(),
        }
    }
}

/// The profile of `state`'s first places, its rows narrowed by `state.rows`. Empty (no
/// places, no groups) when no place is selected.
pub fn profile(dataset: &Dataset, state: &ViewState) -> Profile {
    let areas: Vec<Area> = state.own_places().into_iter().take(MAX_PLACES).collect();
    let mut counts = RowCounts::default();
    let mut groups: Vec<ProfileGroup> = Vec::new();
    if !areas.is_empty() {
        for (ix, info) in dataset.indicators().iter().enumerate() {
            let Some(row) = comparison_row(dataset, ix, &areas, state.lang) else {
                continue;
            };
            counts.all += 1;
            counts.with_target += usize::from(row.has_target());
            counts.in_every += usize::from(row.in_every_place());
            if !row.kept_by(state.rows) {
                continue;
            }
            match groups.iter_mut().find(|g| g.pillar == info.pillar) {
                Some(group) => group.rows.push(row),
                None => groups.push(ProfileGroup {
                    pillar: info.pillar,
                    name: pillar_name(info.pillar, state.lang).to_string(),
                    rows: vec![row],
                }),
            }
        }
    }
    groups.sort_by_key(|g| g.pillar);
    Profile {
        places: areas
            .iter()
            .map(|&area| area_name(dataset, area, state.lang))
            .collect(),
        groups,
        counts,
    }
}

/// The row of one indicator, if any of the places has a value for it.
fn comparison_row(
    dataset: &Dataset,
    indicator: usize,
    areas: &[Area],
    lang: Lang,
) -> Option<ProfileRow> {
    let info = dataset.indicator(indicator)?;
    let year = compared_year(dataset, indicator, areas);
    let mut cells: Vec<Option<ProfileCell>> = areas
        .iter()
        .map(|&area| cell(dataset, indicator, area, year, lang))
        .collect();
    let first = cells.iter().flatten().next()?.period.clone();
    // Without a common year, values side by side may be of different periods: say so.
    if year.is_none() && cells.iter().flatten().any(|c| c.period != first) {
        for cell in cells.iter_mut().flatten() {
            cell.other_year = true;
        }
    }
    Some(ProfileRow {
        indicator_ix: indicator,
        indicator: indicator_name(info, lang).to_string(),
        year: year.map(|y| y.get()),
        cells,
    })
}
