//! Which data files a view needs before it can be shown: the family of its indicator
//! (PCI, PAPI, GSO ship apart from the page; a scatter's x and its bubbles' population
//! too) and, for the views that list every
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
            // The scatter needs its x's family too, and GSO's for bubbles by population.
            let x = view.x.filter(|_| view.chart == ChartKind::Scatter);
            let bubbles = view.chart == ChartKind::Scatter && view.bubbles && f.id == "gso";
            lists_every_indicator
                || bubbles
                || [Some(view.indicator), x].into_iter().flatten().any(|ix| {
                    dataset
                        .unloaded_family(ix)
                        .is_some_and(|needed| needed.id == f.id)
                })
        })
        .map(|f| f.id.clone())
        .collect()
}
