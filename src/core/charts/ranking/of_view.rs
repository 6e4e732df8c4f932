//! The ranking a view asks for: of one year, or in change mode (`change=1` over two
//! years) the change of each place between them.

use super::spec::RankingChart;
use crate::core::charts::shared::empty::EmptyReason;
use crate::core::data::dataset::Dataset;
use crate::core::view::state::ViewState;

/// The ranking of `state` as the chart draws it (a long one keeps its top, its last and
/// the selected places).
pub fn build(dataset: &Dataset, state: &ViewState) -> Result<RankingChart, EmptyReason> {
    if state.compares() {
        super::change::build(dataset, state, false)
    } else {
        super::spec::build(dataset, state)
    }
}

/// The ranking of `state` with every place as a row, however many (for the CSV).
pub fn build_all(dataset: &Dataset, state: &ViewState) -> Result<RankingChart, EmptyReason> {
    if state.compares() {
        super::change::build(dataset, state, true)
    } else {
        super::spec::build_all(dataset, state)
    }
}
