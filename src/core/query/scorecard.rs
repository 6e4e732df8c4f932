//! The scorecard at the top of the profile: every index of a province on one card —
//! DTI (score, rank and its three pillars), PCI, PAPI's total and e-governance, PAR
//! INDEX and SIPAS — each at its own latest year, with its rank "k/63" (or /34) and its
//! move since the previous year, the places side by side on the same rows. Every cell
//! names the indicator's view to open; a place without a value says so.

use super::change::{arrow, move_since_previous, previous_year, rank_move};
use super::ranks::{rank_for_score, rank_indicator, rank_text};
use crate::core::data::dataset::Dataset;
use crate::core::data::model::{Area, ObservationKind, Unit, Year};
use crate::core::data::preferred::preferred;
use crate::core::text::format::format_value;
use crate::core::text::i18n::indicator_name;
use crate::core::view::state::{ChartKind, Lang, ViewState};

/// The indices on the card, in order; those the data does not have are left out.
pub const INDICES: [&str; 9] = [
    "dti-score",
    "dti-government-score",
    "dti-economy-score",
    "dti-society-score",
    "pci-score",
    "papi-total",
    "papi-egov",
    "par-index-score",
    "sipas-rank",
];

/// One index, with a cell per place.
#[derive(Debug, Clone, PartialEq)]
pub struct ScoreRow {
    pub indicator: usize,
    pub name: String,
    pub cells: Vec<ScoreCell>,
}

/// One place's latest value of an index, or why there is none.
#[derive(Debug, Clone, PartialEq)]
pub enum ScoreCell {
    Value {
        year: Year,
        value: String,
        /// "hạng 6/63" beside a score.
        rank: Option<String>,
        /// "tăng 18 bậc so với 2022", or why no change is given.
        change: Option<String>,
        /// The same move as an arrow: "▲18", "▼9", "=".
        arrow: Option<String>,
        /// The view that shows it: the ranking of that year with the place selected.
        view: ViewState,
    },
    Missing(String),
}

/// The latest full year in which `area` has a value of `indicator`.
fn latest_year(dataset: &Dataset, indicator: usize, area: Area) -> Option<Year> {
    dataset
        .observations_of(indicator)
        .map(|(_, o)| o)
        .filter(|o| o.area == area && o.kind == ObservationKind::Actual && o.part.stands_for_year())
        .map(|o| o.year)
        .max()
}

/// The scorecard of `state`'s first places (as many as the profile compares).
pub fn scorecard(dataset: &Dataset, state: &ViewState, places: usize) -> Vec<ScoreRow> {
    let lang = state.lang;
    let areas: Vec<Area> = state.own_places().into_iter().take(places).collect();
    INDICES
        .iter()
        .filter_map(|id| dataset.find_indicator(id))
        .filter_map(|ix| {
            let info = dataset.indicator(ix)?;
            let cells: Vec<ScoreCell> = areas
                .iter()
                .map(|&area| cell(dataset, state, ix, area, lang))
                .collect();
            Some(ScoreRow {
                indicator: ix,
                name: indicator_name(info, lang).to_string(),
                cells,
            })
        })
        .collect()
}

fn cell(dataset: &Dataset, state: &ViewState, ix: usize, area: Area, lang: Lang) -> ScoreCell {
    let missing = || {
        ScoreCell::Missing(match lang {
            Lang::Vi => "chưa có số liệu".to_string(),
            Lang::En => "no value".to_string(),
        })
    };
    let Some(info) = dataset.indicator(ix) else {
        return missing();
    };
    let Some(year) = latest_year(dataset, ix, area) else {
        return missing();
    };
    let Some(point) = preferred(dataset, ix, area, year) else {
        return missing();
    };
    let value = match info.unit {
        Unit::Rank => {
            let group = dataset
                .observations()
                .get(point.observation)
                .and_then(|o| o.group);
            rank_text(point.value, group, lang)
        }
        unit => format_value(point.value, unit, lang),
    };
    let view = ViewState {
        places: vec![area],
        indicator: ix,
        time: crate::core::data::model::YearRange::single(year),
        chart: ChartKind::Ranking,
        region: None,
        sort: None,
        change: false,
        x: None,
        trail: false,
        bubbles: false,
        ..state.clone()
    };
    let arrow = rank_indicator(dataset, ix).and_then(|rank| {
        let before = previous_year(dataset, rank, area, year)?;
        let m = rank_move(dataset, rank, area, before, year).ok()?;
        Some(arrow(m.places()))
    });
    ScoreCell::Value {
        year,
        value,
        rank: rank_for_score(dataset, ix, area, year, lang),
        change: move_since_previous(dataset, ix, area, year, lang),
        arrow,
        view,
    }
}
