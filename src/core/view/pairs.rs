//! The scatter plot's pair of indicators and its years: which indicator goes on the
//! horizontal axis when a link names none, which years the two share (the years in
//! which places have a value of both), and the year a scatter opens on — the latest of
//! the years with the most places in common.

use std::collections::BTreeMap;

use super::state::ViewState;
use crate::core::data::dataset::Dataset;
use crate::core::data::model::{Area, IndicatorIx, ObservationKind, Year};

/// The vertical indicator of a bare `?view=scatter`: PAPI's e-governance dimension.
pub const DEFAULT_Y: &str = "papi-egov";
/// The horizontal partner of an indicator of another family (and of [`DEFAULT_Y`]).
pub const DEFAULT_X: &str = "dti-score";
/// The horizontal partner of a DTI indicator: PAPI's e-governance dimension.
const DTI_PARTNER: &str = "papi-egov";

/// The publisher's family of an indicator: the part of its id before the first `-`.
fn family(id: &str) -> &str {
    id.split('-').next().unwrap_or(id)
}

/// The horizontal indicator of a scatter whose vertical one is `y` and whose link names
/// none: DTI's score against another family's indicator, PAPI e-governance against DTI's.
pub fn default_x(dataset: &Dataset, y: IndicatorIx) -> Option<IndicatorIx> {
    let id = &dataset.indicator(y)?.id;
    let partner = if family(id) == "dti" {
        DTI_PARTNER
    } else {
        DEFAULT_X
    };
    dataset.find_indicator(partner).filter(|&x| x != y)
}

/// The scatter's horizontal indicator: the link's, or the default partner.
pub fn x_of(dataset: &Dataset, state: &ViewState) -> Option<IndicatorIx> {
    state.x.or_else(|| default_x(dataset, state.indicator))
}

/// For each year, how many places (provinces, and a person's own areas) have a
/// published value of both `x` and `y`.
pub fn common_places_per_year(
    dataset: &Dataset,
    x: IndicatorIx,
    y: IndicatorIx,
) -> BTreeMap<Year, usize> {
    let provinces = dataset.provinces().len();
    let size = provinces + dataset.own_areas().len();
    let slot = |area: Area| match area {
        Area::Province(p) => Some(p),
        Area::Own(a) => Some(provinces + a),
        _ => None,
    };
    let seen = |indicator: IndicatorIx| {
        let mut by_year: BTreeMap<Year, Vec<bool>> = BTreeMap::new();
        for (_, o) in dataset.observations_of(indicator) {
            if let (Some(at), true) = (
                slot(o.area),
                o.kind != ObservationKind::Target && o.part.stands_for_year(),
            ) {
                let flags = by_year.entry(o.year).or_insert_with(|| vec![false; size]);
                if let Some(flag) = flags.get_mut(at) {
                    *flag = true;
                }
            }
        }
        by_year
    };
    let (xs, ys) = (seen(x), seen(y));
    xs.iter()
        .filter_map(|(year, a)| {
            let b = ys.get(year)?;
            let both = a.iter().zip(b).filter(|(a, b)| **a && **b).count();
            (both > 0).then_some((*year, both))
        })
        .collect()
}

/// The years a scatter of `state` can show (those with places in common), in order.
pub fn scatter_years(dataset: &Dataset, state: &ViewState) -> Vec<Year> {
    x_of(dataset, state)
        .map(|x| {
            common_places_per_year(dataset, x, state.indicator)
                .into_keys()
                .collect()
        })
        .unwrap_or_default()
}

/// The latest of the years with the most provinces in common, if the two share any.
pub fn best_common_year(dataset: &Dataset, state: &ViewState) -> Option<Year> {
    let x = x_of(dataset, state)?;
    common_places_per_year(dataset, x, state.indicator)
        .into_iter()
        .max_by_key(|&(year, count)| (count, year))
        .map(|(year, _)| year)
}
