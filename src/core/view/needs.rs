//! Which data files a view needs before it can be shown: the family of its indicator
//! (PCI, PAPI, GSO ship apart from the page) and, for the views that list every
//! indicator (profile, coverage, sources), every family not fetched yet.

use crate::core::data::dataset::Dataset;
use crate::core::view::state::{ChartKind, ViewState};

/// The ids of the families `view` needs that `dataset` does not hold yet.
pub fn families_needed(dataset: &Dataset, view: &ViewState) -> Vec<String> {
    let lists_every_indicator = matches!(
        view.chart,
        ChartKind::Profile | ChartKind::Coverage | ChartKind::Sources
    );
    dataset
        .families()
        .iter()
        .filter(|f| !f.loaded)
        .filter(|f| {
            lists_every_indicator
                || dataset
                    .unloaded_family(view.indicator)
                    .is_some_and(|needed| needed.id == f.id)
        })
        .map(|f| f.id.clone())
        .collect()
}
