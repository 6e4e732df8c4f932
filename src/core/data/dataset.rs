//! The loaded dataset and its look-ups: the tables, indexed by indicator, and finding a
//! province, a place, an area or an indicator by what a link or a file calls it.

use std::collections::HashMap;

use super::families::{family_of, Family};
use super::fold::fold;
use super::former::FormerUnit;
use super::model::{
    Area, Indicator, IndicatorIx, MergedUnit, Observation, Province, ProvinceCode, ProvinceIx,
    Region, Source, Year, YearRange,
};
use super::notes::{MethodBreak, MissingValues};
use super::own_area::{OwnArea, OWN_PREFIX};

/// Provinces, indicators, sources and the observations that refer to them.
#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    provinces: Vec<Province>,
    merged_units: Vec<MergedUnit>,
    indicators: Vec<Indicator>,
    sources: Vec<Source>,
    observations: Vec<Observation>,
    /// For each indicator, the indices of its observations (queries scan only these).
    by_indicator: Vec<Vec<usize>>,
    /// Every province's name folded for diacritic-insensitive search.
    folded_names: Vec<(String, String)>,
    /// The areas of imported files that are not provinces, and each one's index by name.
    own_areas: Vec<OwnArea>,
    own_index: HashMap<String, usize>,
    /// Each own area's place in the order of folded names, so that sorting 10,000 of
    /// them by name compares numbers.
    own_order: Vec<u32>,
    /// The own areas in that order.
    own_by_name: Vec<usize>,
    /// Units that ceased to exist before 2025 (Hà Tây), with values of their own.
    former_units: Vec<FormerUnit>,
    method_breaks: Vec<MethodBreak>,
    missing: Vec<MissingValues>,
    /// The families whose values ship as data files of their own.
    families: Vec<Family>,
    /// From the earliest to the latest year with any observation (kept, since views ask
    /// for it often and the dataset may hold 20,000 values).
    year_span: Option<YearRange>,
}

/// The slug that names the whole country in links, beside the province slugs.
pub const NATIONAL_SLUG: &str = "viet-nam";

/// Marks a post-2025 unit in an observation's `area`, e.g. `2025:hai-phong`.
pub const MERGED_PREFIX: &str = "2025:";

/// Marks a unit that ceased to exist before 2025, e.g. `former:ha-tay`.
pub const FORMER_PREFIX: &str = "former:";

/// Marks a region's average in links, e.g. `region:red-river-delta`.
pub const REGION_PREFIX: &str = "region:";

impl Dataset {
    pub fn new(
        provinces: Vec<Province>,
        merged_units: Vec<MergedUnit>,
        indicators: Vec<Indicator>,
        sources: Vec<Source>,
        observations: Vec<Observation>,
    ) -> Self {
        let folded_names = provinces
            .iter()
            .map(|p| (fold(&p.name_vi), fold(&p.name_en)))
            .collect();
        let mut dataset = Self {
            provinces,
            merged_units,
            indicators,
            sources,
            observations: Vec::new(),
            by_indicator: Vec::new(),
            folded_names,
            own_areas: Vec::new(),
            own_index: HashMap::new(),
            own_order: Vec::new(),
            own_by_name: Vec::new(),
            former_units: Vec::new(),
            method_breaks: Vec::new(),
            missing: Vec::new(),
            families: Vec::new(),
            year_span: None,
        };
        dataset.set_observations(observations);
        dataset
    }

    /// Sets the registers that go with complete tables.
    pub(crate) fn set_notes(
        &mut self,
        former_units: Vec<FormerUnit>,
        method_breaks: Vec<MethodBreak>,
        missing: Vec<MissingValues>,
    ) {
        self.former_units = former_units;
        self.method_breaks = method_breaks;
        self.missing = missing;
    }

    pub(crate) fn set_families(&mut self, families: Vec<Family>) {
        self.families = families;
    }

    pub fn former_units(&self) -> &[FormerUnit] {
        &self.former_units
    }

    pub fn method_breaks(&self) -> &[MethodBreak] {
        &self.method_breaks
    }

    /// The break, if any, between two years of an indicator.
    pub fn method_break(&self, indicator: IndicatorIx, a: Year, b: Year) -> Option<&MethodBreak> {
        let id = &self.indicators.get(indicator)?.id;
        self.method_breaks.iter().find(|m| m.separates(id, a, b))
    }

    /// The areas a publisher's table leaves out of `year` for `indicator`, with why.
    pub fn missing_in(
        &self,
        indicator: IndicatorIx,
        year: Year,
    ) -> impl Iterator<Item = &MissingValues> + '_ {
        let id = self.indicators.get(indicator).map_or("", |i| i.id.as_str());
        self.missing.iter().filter(move |m| {
            m.year == year && !id.is_empty() && id.starts_with(&m.indicator_prefix)
        })
    }

    /// Every area left out of a year of a publisher's table.
    pub fn missing_all(&self) -> &[MissingValues] {
        &self.missing
    }

    pub fn families(&self) -> &[Family] {
        &self.families
    }

    /// The family of an indicator whose values are not in the dataset yet (they ship as
    /// a data file of their own and have not been fetched).
    pub fn unloaded_family(&self, indicator: IndicatorIx) -> Option<&Family> {
        let family = family_of(&self.indicators.get(indicator)?.id)?;
        self.families.iter().find(|f| f.id == family && !f.loaded)
    }

    /// Adds a fetched family's values.
    pub fn add_family(&mut self, id: &str, observations: Vec<Observation>) {
        let Some(family) = self.families.iter_mut().find(|f| f.id == id && !f.loaded) else {
            return;
        };
        family.loaded = true;
        let mut all = std::mem::take(&mut self.observations);
        all.extend(observations);
        self.set_observations(all);
    }

    /// The area of a person's own file called `name` (made safe to show), added if new.
    pub(crate) fn own_area(&mut self, name: &str) -> Area {
        if let Some(&ix) = self.own_index.get(name) {
            return Area::Own(ix);
        }
        let ix = self.own_areas.len();
        self.own_areas.push(OwnArea {
            name: name.to_string(),
            folded: fold(name),
        });
        self.own_index.insert(name.to_string(), ix);
        Area::Own(ix)
    }

    /// The areas of imported files that are not provinces.
    pub fn own_areas(&self) -> &[OwnArea] {
        &self.own_areas
    }

    /// Whether `indicator` has values, and only for areas of a person's own (so no map
    /// or line can show it, and no province lacks a value of it).
    pub fn only_own_areas(&self, indicator: IndicatorIx) -> bool {
        let mut any = false;
        for (_, o) in self.observations_of(indicator) {
            if !matches!(o.area, Area::Own(_)) {
                return false;
            }
            any = true;
        }
        any
    }

    /// Where an area's folded name falls among the own areas' names, as a number that
    /// sorts like the names: an own area's is odd (`2 × its place + 1`), another area's
    /// even (`2 ×` how many own areas come before it), so 10,000 rows sort by name as
    /// numbers. Areas that are not own areas may share a number: their names decide.
    pub fn name_rank(&self, area: Area, folded: &str) -> u32 {
        match area {
            Area::Own(a) => self.own_order.get(a).map_or(u32::MAX, |&o| 2 * o + 1),
            _ => {
                let before = self
                    .own_by_name
                    .partition_point(|&a| self.own_areas[a].folded.as_str() < folded);
                2 * before as u32
            }
        }
    }

    pub(crate) fn set_observations(&mut self, observations: Vec<Observation>) {
        let mut by_indicator = vec![Vec::new(); self.indicators.len()];
        for (ix, o) in observations.iter().enumerate() {
            if let Some(list) = by_indicator.get_mut(o.indicator) {
                list.push(ix);
            }
        }
        let years = observations.iter().map(|o| o.year);
        self.year_span = years
            .fold(None, |span: Option<(Year, Year)>, y| match span {
                None => Some((y, y)),
                Some((lo, hi)) => Some((lo.min(y), hi.max(y))),
            })
            .and_then(|(lo, hi)| YearRange::new(lo, hi));
        self.observations = observations;
        self.by_indicator = by_indicator;
        let mut by_name: Vec<usize> = (0..self.own_areas.len()).collect();
        by_name.sort_by(|&a, &b| self.own_areas[a].folded.cmp(&self.own_areas[b].folded));
        self.own_order = vec![0; by_name.len()];
        for (place, &a) in by_name.iter().enumerate() {
            self.own_order[a] = place as u32;
        }
        self.own_by_name = by_name;
    }

    /// The observations of one indicator, with their indices in [`Dataset::observations`].
    pub fn observations_of(
        &self,
        indicator: IndicatorIx,
    ) -> impl Iterator<Item = (usize, &Observation)> + '_ {
        self.by_indicator
            .get(indicator)
            .into_iter()
            .flatten()
            .filter_map(move |&ix| self.observations.get(ix).map(|o| (ix, o)))
    }

    pub fn provinces(&self) -> &[Province] {
        &self.provinces
    }

    pub fn merged_units(&self) -> &[MergedUnit] {
        &self.merged_units
    }

    pub fn indicators(&self) -> &[Indicator] {
        &self.indicators
    }

    pub fn sources(&self) -> &[Source] {
        &self.sources
    }

    pub fn observations(&self) -> &[Observation] {
        &self.observations
    }

    pub fn province(&self, ix: ProvinceIx) -> Option<&Province> {
        self.provinces.get(ix)
    }

    pub fn indicator(&self, ix: IndicatorIx) -> Option<&Indicator> {
        self.indicators.get(ix)
    }

    pub(crate) fn folded_names(&self) -> &[(String, String)] {
        &self.folded_names
    }

    /// Finds a province by slug (`hai-duong`) or ISO code (`VN-61`, any case).
    pub fn find_province(&self, text: &str) -> Option<ProvinceIx> {
        let text = text.trim();
        if let Some(code) = ProvinceCode::parse(text) {
            return self.provinces.iter().position(|p| p.code == code);
        }
        self.provinces.iter().position(|p| p.slug == text)
    }

    /// Finds what a value or a link is about: a province (slug or ISO code), the whole
    /// country (`VN` or `viet-nam`), or a post-2025 unit (`2025:` and its slug, since
    /// unit and province slugs overlap).
    pub fn find_area(&self, text: &str) -> Option<Area> {
        let text = text.trim();
        if text.eq_ignore_ascii_case("VN") || text == NATIONAL_SLUG {
            return Some(Area::National);
        }
        if let Some(slug) = text.strip_prefix(MERGED_PREFIX) {
            let unit = self.merged_units.iter().position(|u| u.slug == slug);
            return unit.map(Area::Merged);
        }
        if let Some(slug) = text.strip_prefix(FORMER_PREFIX) {
            let unit = self.former_units.iter().position(|u| u.slug == slug);
            return unit.map(Area::Former);
        }
        if let Some(name) = text.strip_prefix(OWN_PREFIX) {
            return self.own_index.get(name).map(|&ix| Area::Own(ix));
        }
        if let Some(id) = text.strip_prefix(REGION_PREFIX) {
            return Region::from_id(id).map(Area::Region);
        }
        self.find_province(text).map(Area::Province)
    }

    /// Finds a place a person can pick in a link: a province, the whole country or a
    /// region's average.
    pub fn find_place(&self, text: &str) -> Option<Area> {
        match self.find_area(text)? {
            Area::Merged(_) | Area::Own(_) | Area::Former(_) => None,
            area => Some(area),
        }
    }

    /// Whether `area` can be picked: an existing province, the whole country or a
    /// region's average.
    pub fn is_place(&self, area: Area) -> bool {
        match area {
            Area::Province(ix) => ix < self.provinces.len(),
            Area::National | Area::Region(_) => true,
            Area::Merged(_) | Area::Own(_) | Area::Former(_) => false,
        }
    }

    /// The slug that names `area` in links (an area of a person's own has none).
    pub fn area_slug(&self, area: Area) -> Option<String> {
        match area {
            Area::Province(ix) => self.provinces.get(ix).map(|p| p.slug.clone()),
            Area::Merged(ix) => self.merged_units.get(ix).map(|u| u.slug.clone()),
            Area::National => Some(NATIONAL_SLUG.to_string()),
            Area::Region(region) => Some(format!("{REGION_PREFIX}{}", region.id())),
            Area::Own(_) | Area::Former(_) => None,
        }
    }

    /// A stable key for an area's colour: its ISO code, `VN`, the unit's slug, or an own
    /// area's `own:` name.
    pub fn area_key(&self, area: Area) -> String {
        match area {
            Area::Province(ix) => self.provinces.get(ix).map(|p| p.code.to_string()),
            Area::Merged(ix) => self.merged_units.get(ix).map(|u| u.slug.clone()),
            Area::National => Some("VN".to_string()),
            Area::Region(region) => Some(format!("{REGION_PREFIX}{}", region.id())),
            Area::Own(ix) => self
                .own_areas
                .get(ix)
                .map(|a| format!("{OWN_PREFIX}{}", a.name)),
            Area::Former(ix) => self
                .former_units
                .get(ix)
                .map(|u| format!("{FORMER_PREFIX}{}", u.slug)),
        }
        .unwrap_or_default()
    }

    pub fn find_indicator(&self, id: &str) -> Option<IndicatorIx> {
        self.indicators.iter().position(|i| i.id == id.trim())
    }

    /// The span from the earliest to the latest year with any observation.
    /// What a view needs that the data lacks: provinces, indicators, or any value (and
    /// so any year). `None` when a view can be shown.
    pub fn missing_part(&self) -> Option<&'static str> {
        if self.provinces.is_empty() {
            Some("provinces")
        } else if self.indicators.is_empty() {
            Some("indicators")
        } else if self.observations.is_empty() {
            Some("values")
        } else {
            None
        }
    }

    /// Whether a view can be shown: the data has provinces, indicators and values.
    pub fn is_usable(&self) -> bool {
        self.missing_part().is_none()
    }

    pub fn years(&self) -> Option<YearRange> {
        self.year_span
    }
}
