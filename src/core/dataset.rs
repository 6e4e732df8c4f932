//! The loaded dataset and its look-ups; the embedded copy is parsed once per page.

use std::sync::OnceLock;

use super::load::{load, DataFiles, LoadError};
use super::model::{
    Indicator, IndicatorIx, Observation, Province, ProvinceCode, ProvinceIx, Source, Year,
    YearRange,
};
use super::search::fold;

/// Provinces, indicators, sources and the observations that refer to them.
#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    provinces: Vec<Province>,
    indicators: Vec<Indicator>,
    sources: Vec<Source>,
    observations: Vec<Observation>,
    /// Every province's name folded for diacritic-insensitive search.
    folded_names: Vec<(String, String)>,
}

/// The dataset built into the app, with any problems its files had.
#[derive(Debug)]
pub struct Embedded {
    pub dataset: Dataset,
    pub errors: Vec<LoadError>,
}

/// The files in `assets/data/`, as built into the binary.
pub const EMBEDDED_FILES: DataFiles<'static> = DataFiles {
    provinces: include_str!("../../assets/data/provinces.csv"),
    indicators: include_str!("../../assets/data/indicators.csv"),
    sources: include_str!("../../assets/data/sources.csv"),
    observations: include_str!("../../assets/data/observations.csv"),
};

/// The embedded dataset, parsed on first use.
pub fn embedded() -> &'static Embedded {
    static EMBEDDED: OnceLock<Embedded> = OnceLock::new();
    EMBEDDED.get_or_init(|| {
        let (dataset, errors) = load(EMBEDDED_FILES);
        Embedded { dataset, errors }
    })
}

impl Dataset {
    pub fn new(
        provinces: Vec<Province>,
        indicators: Vec<Indicator>,
        sources: Vec<Source>,
        observations: Vec<Observation>,
    ) -> Self {
        let folded_names = provinces
            .iter()
            .map(|p| (fold(&p.name_vi), fold(&p.name_en)))
            .collect();
        Self {
            provinces,
            indicators,
            sources,
            observations,
            folded_names,
        }
    }

    pub fn provinces(&self) -> &[Province] {
        &self.provinces
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

    pub fn find_indicator(&self, id: &str) -> Option<IndicatorIx> {
        self.indicators.iter().position(|i| i.id == id.trim())
    }

    /// The span from the earliest to the latest year with any observation.
    pub fn years(&self) -> Option<YearRange> {
        let years = self.observations.iter().map(|o| o.year);
        let (min, max) = years.fold(None, |span: Option<(Year, Year)>, y| match span {
            None => Some((y, y)),
            Some((lo, hi)) => Some((lo.min(y), hi.max(y))),
        })?;
        YearRange::new(min, max)
    }
}
