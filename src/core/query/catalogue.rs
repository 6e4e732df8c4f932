//! The indicator picker's catalogue: the national indices grouped by pillar, then the
//! indicators that only one province reports, grouped by that province; each with how
//! many places and which years it covers ("63 tỉnh · 2020–2024", "1 tỉnh · 2024"), so
//! that nobody picks an indicator expecting a map of 63 and gets one province.

use std::collections::BTreeSet;

use crate::core::data::dataset::Dataset;
use crate::core::data::model::{
    Area, IndicatorIx, ObservationKind, Pillar, ProvinceIx, Year, YearRange,
};
use crate::core::text::format::format_number;
use crate::core::text::i18n::{area_name, pillar_name};
use crate::core::view::state::Lang;

/// What an indicator covers.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Reach {
    /// Pre-2025 provinces with at least one value.
    pub provinces: usize,
    /// Post-2025 units with at least one value.
    pub merged_units: usize,
    /// Whether the whole country has a value.
    pub national: bool,
    /// Areas of a person's own file (districts, communes) with at least one value.
    pub own_areas: usize,
    /// From the first to the last year with a value (targets not counted).
    pub years: Option<YearRange>,
    /// The one province that reports it, where only one does.
    pub only_province: Option<ProvinceIx>,
}

pub fn reach(dataset: &Dataset, indicator: IndicatorIx) -> Reach {
    // A family not fetched yet: what the build counted over all of its values.
    if let Some(c) = dataset
        .unloaded_family(indicator)
        .and_then(|f| f.coverage.iter().find(|c| c.indicator == indicator))
    {
        return Reach {
            provinces: usize::from(c.provinces),
            merged_units: usize::from(c.merged_units),
            national: c.national,
            own_areas: 0,
            years: c.years,
            only_province: c.only_province,
        };
    }
    // Flags and bounds rather than sets: an imported indicator may have many values.
    let mut province_seen = vec![false; dataset.provinces().len()];
    let mut unit_seen = vec![false; dataset.merged_units().len()];
    let mut national = false;
    let mut own_seen = vec![false; dataset.own_areas().len()];
    let (mut first, mut last): (Option<Year>, Option<Year>) = (None, None);
    for (_, o) in dataset.observations_of(indicator) {
        let seen = match o.area {
            Area::Province(p) => province_seen.get_mut(p),
            Area::Merged(u) => unit_seen.get_mut(u),
            Area::National => Some(&mut national),
            Area::Own(a) => own_seen.get_mut(a),
            Area::Former(_) | Area::Region(_) => None,
        };
        if let Some(seen) = seen {
            *seen = true;
        }
        if o.kind != ObservationKind::Target {
            first = Some(first.map_or(o.year, |y| y.min(o.year)));
            last = Some(last.map_or(o.year, |y| y.max(o.year)));
        }
    }
    let provinces: Vec<ProvinceIx> = (0..province_seen.len())
        .filter(|&p| province_seen[p])
        .collect();
    let merged_units = unit_seen.iter().filter(|&&seen| seen).count();
    let only_province = (provinces.len() == 1 && merged_units == 0 && !national)
        .then(|| provinces.first().copied())
        .flatten();
    Reach {
        provinces: provinces.len(),
        merged_units,
        national,
        own_areas: own_seen.iter().filter(|&&seen| seen).count(),
        years: match (first, last) {
            (Some(a), Some(b)) => YearRange::new(a, b),
            _ => None,
        },
        only_province,
    }
}

/// "63 tỉnh · 2020–2024" / "63 provinces · 2020–2024".
pub fn reach_text(reach: &Reach, lang: Lang) -> String {
    let mut parts: Vec<String> = Vec::new();
    match (reach.provinces, lang) {
        (0, _) => {}
        (n, Lang::Vi) => parts.push(format!("{n} tỉnh")),
        (1, Lang::En) => parts.push("1 province".to_string()),
        (n, Lang::En) => parts.push(format!("{n} provinces")),
    }
    match (reach.merged_units, lang) {
        (0, _) => {}
        (n, Lang::Vi) => parts.push(format!("{n} đơn vị mới")),
        (n, Lang::En) => parts.push(format!("{n} new units")),
    }
    match (reach.own_areas, lang) {
        (0, _) => {}
        (n, Lang::Vi) => parts.push(format!(
            "{} khu vực của bạn",
            format_number(n as f64, 0, lang)
        )),
        (1, Lang::En) => parts.push("1 area of yours".to_string()),
        (n, Lang::En) => parts.push(format!(
            "{} areas of yours",
            format_number(n as f64, 0, lang)
        )),
    }
    if reach.national {
        parts.push(
            match lang {
                Lang::Vi => "cả nước",
                Lang::En => "national",
            }
            .to_string(),
        );
    }
    if parts.is_empty() {
        return match lang {
            Lang::Vi => "chưa có số liệu",
            Lang::En => "no data yet",
        }
        .to_string();
    }
    let places = parts.join(", ");
    match reach.years {
        Some(years) => format!(
            "{places} · {}",
            crate::core::text::format::years_text(years)
        ),
        None => match lang {
            Lang::Vi => format!("{places} · chỉ có mục tiêu"),
            Lang::En => format!("{places} · targets only"),
        },
    }
}

/// One group of the picker.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub label: String,
    /// Indicators in the data's order, each with its reach in words.
    pub items: Vec<(IndicatorIx, String)>,
}

/// The picker's groups in `lang`: the person's imported indicators ("Dữ liệu của bạn")
/// first, then national indices by pillar, then one group per reporting province
/// ("Số liệu do tỉnh công bố: Hải Dương").
pub fn catalogue(dataset: &Dataset, lang: Lang) -> Vec<Group> {
    let reaches: Vec<Reach> = (0..dataset.indicators().len())
        .map(|ix| reach(dataset, ix))
        .collect();
    let mut groups: Vec<Group> = Pillar::ALL
        .iter()
        .map(|&pillar| Group {
            label: pillar_name(pillar, lang).to_string(),
            items: dataset
                .indicators()
                .iter()
                .enumerate()
                // The person's own indicators all go under "Dữ liệu của bạn".
                .filter(|(ix, i)| {
                    i.pillar == pillar
                        && (pillar == Pillar::User || reaches[*ix].only_province.is_none())
                })
                .map(|(ix, _)| (ix, reach_text(&reaches[ix], lang)))
                .collect(),
        })
        .collect();
    let built_in = |ix: usize| dataset.indicators()[ix].pillar != Pillar::User;
    let reporting: BTreeSet<ProvinceIx> = reaches
        .iter()
        .enumerate()
        .filter(|(ix, _)| built_in(*ix))
        .filter_map(|(_, r)| r.only_province)
        .collect();
    for province in reporting {
        let name = area_name(dataset, Area::Province(province), lang);
        groups.push(Group {
            label: match lang {
                Lang::Vi => format!("Số liệu do tỉnh công bố: {name}"),
                Lang::En => format!("Reported by one province: {name}"),
            },
            items: reaches
                .iter()
                .enumerate()
                .filter(|(ix, r)| r.only_province == Some(province) && built_in(*ix))
                .map(|(ix, r)| (ix, reach_text(r, lang)))
                .collect(),
        });
    }
    // The person's own data first, where they look for it.
    if let Some(at) = groups
        .iter()
        .position(|g| g.label == pillar_name(Pillar::User, lang))
    {
        let own = groups.remove(at);
        groups.insert(0, own);
    }
    groups.retain(|g| !g.items.is_empty());
    groups
}
