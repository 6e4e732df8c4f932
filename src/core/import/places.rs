//! Place names as people write them in their tables — a slug, an ISO code, the
//! Vietnamese name with or without diacritics, with or without "Tỉnh", "TP." or
//! "Thành phố" — resolved in the 63-province or the 34-unit geography, with the closest
//! names offered for one that is not known.

use std::collections::HashMap;

use crate::core::data::dataset::Dataset;
use crate::core::data::fold::fold;
use crate::core::data::model::Area;
use crate::core::view::state::Units;

/// Words before a name that do not tell places apart.
const PREFIXES: [&str; 5] = ["tinh ", "thanh pho ", "tp ", "t p ", "tinh thanh "];
/// Short forms in common use, folded, with the province slug they stand for.
const ALIASES: [(&str, &str); 6] = [
    ("hcm", "ho-chi-minh"),
    ("tphcm", "ho-chi-minh"),
    ("sai gon", "ho-chi-minh"),
    ("hue", "thua-thien-hue"),
    ("tt hue", "thua-thien-hue"),
    ("brvt", "ba-ria-vung-tau"),
];
/// How many close names are offered for an unknown one.
const SUGGESTIONS: usize = 3;

/// Folded names of one geography's places.
pub struct PlaceMatcher {
    provinces: HashMap<String, Area>,
    units: HashMap<String, Area>,
    /// (folded name, name as shown) for suggestions.
    province_names: Vec<(String, String)>,
    unit_names: Vec<(String, String)>,
}

impl PlaceMatcher {
    pub fn new(dataset: &Dataset) -> PlaceMatcher {
        let mut provinces = HashMap::new();
        let mut province_names = Vec::new();
        for (ix, p) in dataset.provinces().iter().enumerate() {
            let area = Area::Province(ix);
            for key in [fold(&p.name_vi), fold(&p.name_en), fold(&p.slug)] {
                provinces.insert(key, area);
            }
            provinces.insert(fold(&p.code.to_string()), area);
            province_names.push((fold(&p.name_vi), p.name_vi.clone()));
        }
        for (alias, slug) in ALIASES {
            if let Some(area) = dataset.find_place(slug) {
                provinces.entry(alias.to_string()).or_insert(area);
            }
        }
        let mut units = HashMap::new();
        let mut unit_names = Vec::new();
        for (ix, u) in dataset.merged_units().iter().enumerate() {
            let area = Area::Merged(ix);
            for key in [fold(&u.name_vi), fold(&u.name_en), fold(&u.slug)] {
                units.insert(key, area);
            }
            unit_names.push((fold(&u.name_vi), u.name_vi.clone()));
        }
        for map in [&mut provinces, &mut units] {
            for key in ["vn", "viet nam", "ca nuoc", "toan quoc", "vietnam"] {
                map.insert(key.to_string(), Area::National);
            }
        }
        PlaceMatcher {
            provinces,
            units,
            province_names,
            unit_names,
        }
    }

    /// The place `text` names in `units`' geography, or the closest names to offer.
    pub fn resolve(&self, text: &str, units: Units) -> Result<Area, Vec<String>> {
        let (map, names) = match units {
            Units::Pre2025 => (&self.provinces, &self.province_names),
            Units::Post2025 => (&self.units, &self.unit_names),
        };
        let folded = fold(text.strip_prefix("2025:").unwrap_or(text));
        if let Some(&area) = map.get(&folded) {
            return Ok(area);
        }
        let bare = strip_prefixes(&folded);
        if let Some(&area) = map.get(bare) {
            return Ok(area);
        }
        let compact: String = bare.chars().filter(|c| *c != ' ').collect();
        if let Some(&area) = map.get(&compact) {
            return Ok(area);
        }
        Err(closest(bare, names))
    }
}

fn strip_prefixes(folded: &str) -> &str {
    let mut text = folded;
    while let Some(rest) = PREFIXES.iter().find_map(|p| text.strip_prefix(p)) {
        text = rest;
    }
    text
}

/// The names nearest to `folded` by edit distance, close enough to be a typo.
fn closest(folded: &str, names: &[(String, String)]) -> Vec<String> {
    let limit = (folded.chars().count() / 3).max(2);
    let mut scored: Vec<(usize, &String)> = names
        .iter()
        .map(|(key, name)| (edit_distance(folded, key), name))
        .filter(|(distance, _)| *distance <= limit)
        .collect();
    scored.sort();
    scored
        .into_iter()
        .take(SUGGESTIONS)
        .map(|(_, name)| name.clone())
        .collect()
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(ca != cb));
            diagonal = above;
        }
    }
    row[b.len()]
}
