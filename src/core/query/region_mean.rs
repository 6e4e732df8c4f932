//! A socio-economic region's average, which a person can pick like a province: the
//! plain mean of its members' shown values in one year, with how many of them it is
//! the mean of. Never a published figure, and never an estimate over missing members:
//! a region is averaged only where at least half its members (and two) have a value.
//!
//! The members are the 63 provinces of the region (and Hà Tây in the years it had
//! values). Where no province has a value in a year but post-2025 units do, the mean is
//! of the 34 units lying wholly in the region; a unit formed of provinces of two regions
//! (Gia Lai, Đắk Lắk, Lâm Đồng, Khánh Hòa, Tây Ninh …) is named and left out, and the two
//! kinds of member are never mixed in one year nor joined across the merger.

use crate::core::data::dataset::Dataset;
use crate::core::data::model::{Area, IndicatorIx, Region, Year};
use crate::core::data::preferred::{preferred_in_year, AreaValues, Point};

/// What a region's average in a year is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MeanBasis {
    /// The region's pre-2025 provinces.
    Provinces,
    /// The post-2025 units lying wholly in the region.
    Units,
}

/// A region's average of one indicator in one year.
#[derive(Debug, Clone, PartialEq)]
pub struct RegionMean {
    pub region: Region,
    pub year: Year,
    pub value: f64,
    /// How many members have a value (the mean is of these).
    pub n: usize,
    /// How many members the region has of the basis's kind.
    pub members: usize,
    pub basis: MeanBasis,
    /// The members without a value that year, in the dataset's order.
    pub missing: Vec<Area>,
    /// Post-2025 units left out because their provinces lie in more than one region.
    pub straddling: Vec<Area>,
    /// The sources of the members' values (indices into `Dataset::sources`), each once.
    pub sources: Vec<usize>,
}

/// The region of a province, a former unit (that of the province it joined) or a
/// post-2025 unit whose provinces all lie in one region; `None` for a unit that
/// straddles two regions and for every other kind of area.
pub fn region_of(dataset: &Dataset, area: Area) -> Option<Region> {
    match area {
        Area::Province(p) => dataset.province(p).map(|p| p.region),
        Area::Former(f) => {
            let joined = dataset.former_units().get(f)?.merged_into;
            dataset.province(joined).map(|p| p.region)
        }
        Area::Merged(u) => {
            let unit = dataset.merged_units().get(u)?;
            let mut regions = unit
                .absorbed
                .iter()
                .filter_map(|&p| dataset.province(p).map(|p| p.region));
            let first = regions.next()?;
            regions.all(|r| r == first).then_some(first)
        }
        Area::National | Area::Own(_) | Area::Region(_) => None,
    }
}

/// The fewest members with a value for a region's average to be given: half the
/// region's members, and at least two.
pub fn enough(n: usize, members: usize) -> bool {
    n >= 2 && 2 * n >= members
}

/// `region`'s average of `indicator` in `year`, or `None` where too few of its members
/// have a value (see [`enough`]).
pub fn region_mean(
    dataset: &Dataset,
    indicator: IndicatorIx,
    region: Region,
    year: Year,
) -> Option<RegionMean> {
    region_mean_in(
        dataset,
        &preferred_in_year(dataset, indicator, year),
        region,
    )
}

/// `region`'s average from the values shown in one year (one pass for every region).
pub fn region_mean_in(
    dataset: &Dataset,
    values: &AreaValues,
    region: Region,
) -> Option<RegionMean> {
    let year = values.year();
    let provinces = provinces_of(dataset, region);
    // Hà Tây counts among the provinces only in a year it has a value of its own.
    let former = (0..dataset.former_units().len())
        .map(Area::Former)
        .filter(|&a| region_of(dataset, a) == Some(region) && values.get(a).is_some());
    let provinces: Vec<Area> = provinces.into_iter().chain(former).collect();
    if provinces.iter().any(|&a| values.get(a).is_some()) {
        return mean_of(
            dataset,
            &|a| values.get(a),
            (region, year),
            &provinces,
            MeanBasis::Provinces,
            Vec::new(),
        );
    }
    // Every unit with a province of the region: wholly in it, or straddling.
    let (units, straddling): (Vec<Area>, Vec<Area>) = dataset
        .merged_units()
        .iter()
        .enumerate()
        .filter(|(_, u)| {
            u.absorbed
                .iter()
                .any(|&p| dataset.province(p).is_some_and(|p| p.region == region))
        })
        .map(|(u, _)| Area::Merged(u))
        .partition(|&a| region_of(dataset, a) == Some(region));
    mean_of(
        dataset,
        &|a| values.get(a),
        (region, year),
        &units,
        MeanBasis::Units,
        straddling,
    )
}

/// The region's provinces (the members of a mean in a year of the 63).
pub fn provinces_of(dataset: &Dataset, region: Region) -> Vec<Area> {
    (0..dataset.provinces().len())
        .map(Area::Province)
        .filter(|&a| region_of(dataset, a) == Some(region))
        .collect()
}

/// The mean of `members`' values as `value` gives them (a province's value in the
/// year, or only where a chart shows it), with their count, or `None` where too few
/// have one.
pub fn mean_of(
    dataset: &Dataset,
    value: &dyn Fn(Area) -> Option<Point>,
    (region, year): (Region, Year),
    members: &[Area],
    basis: MeanBasis,
    straddling: Vec<Area>,
) -> Option<RegionMean> {
    let points: Vec<Point> = members.iter().filter_map(|&a| value(a)).collect();
    let found: Vec<f64> = points.iter().map(|p| p.value).collect();
    let mut sources: Vec<usize> = points
        .iter()
        .filter_map(|p| dataset.observations().get(p.observation).map(|o| o.source))
        .collect();
    sources.sort_unstable();
    sources.dedup();
    let n = found.len();
    if !enough(n, members.len()) {
        return None;
    }
    Some(RegionMean {
        region,
        year,
        value: found.iter().sum::<f64>() / n as f64,
        n,
        members: members.len(),
        basis,
        missing: members
            .iter()
            .copied()
            .filter(|&a| value(a).is_none())
            .collect(),
        straddling,
        sources,
    })
}
