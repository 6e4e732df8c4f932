//! Families of indicators that ship as data files of their own (PCI, PAPI, the
//! statistics office's context) rather than inside the page: the page holds their
//! indicators, sources and a summary of what each covers, and fetches a family's values
//! when one of its indicators is first chosen. Which family an indicator belongs to
//! follows from its id.

use super::model::{IndicatorIx, ProvinceIx, YearRange};

/// (family id, prefix of its indicators' ids). Every other indicator is in the page.
pub const FAMILIES: [(&str, &str); 3] = [("pci", "pci-"), ("papi", "papi-"), ("gso", "gso-")];

/// The family an indicator id belongs to, if it ships apart from the page.
pub fn family_of(indicator_id: &str) -> Option<&'static str> {
    FAMILIES
        .iter()
        .find(|(_, prefix)| indicator_id.starts_with(prefix))
        .map(|(id, _)| *id)
}

/// What an indicator covers, counted at build time over all of its values, so that the
/// picker can say it before the family is fetched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coverage {
    pub indicator: IndicatorIx,
    pub provinces: u16,
    pub merged_units: u16,
    pub national: bool,
    /// From the first to the last year with a value (targets not counted).
    pub years: Option<YearRange>,
    pub only_province: Option<ProvinceIx>,
}

/// A family of the build: its data file and, until it is fetched, its coverage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Family {
    pub id: String,
    /// The file's name in the build's `data/` folder, with a hash of its content
    /// (`pci-1f2e3d4c5b6a7980.bin`), so that a cache never serves another build's file.
    pub file: String,
    /// Its size in bytes, for the progress note.
    pub bytes: u64,
    pub loaded: bool,
    pub coverage: Vec<Coverage>,
}

/// What `indicator` covers among `observations`, in a dataset of `province_count`
/// provinces and `unit_count` post-2025 units.
pub fn coverage(
    (province_count, unit_count): (usize, usize),
    indicator: IndicatorIx,
    observations: &[super::model::Observation],
) -> Coverage {
    use super::model::{Area, ObservationKind, Year};
    let mut provinces = vec![false; province_count];
    let mut units = vec![false; unit_count];
    let mut national = false;
    let (mut first, mut last): (Option<Year>, Option<Year>) = (None, None);
    for o in observations.iter().filter(|o| o.indicator == indicator) {
        match o.area {
            Area::Province(p) => {
                if let Some(seen) = provinces.get_mut(p) {
                    *seen = true;
                }
            }
            Area::Merged(u) => {
                if let Some(seen) = units.get_mut(u) {
                    *seen = true;
                }
            }
            Area::National => national = true,
            Area::Own(_) | Area::Former(_) | Area::Region(_) => {}
        }
        if o.kind != ObservationKind::Target {
            first = Some(first.map_or(o.year, |y| y.min(o.year)));
            last = Some(last.map_or(o.year, |y| y.max(o.year)));
        }
    }
    let seen: Vec<ProvinceIx> = (0..provinces.len()).filter(|&p| provinces[p]).collect();
    let merged_units = units.iter().filter(|&&u| u).count();
    Coverage {
        indicator,
        provinces: seen.len() as u16,
        merged_units: merged_units as u16,
        national,
        years: first.zip(last).and_then(|(a, b)| YearRange::new(a, b)),
        only_province: (seen.len() == 1 && merged_units == 0 && !national)
            .then(|| seen.first().copied())
            .flatten(),
    }
}
