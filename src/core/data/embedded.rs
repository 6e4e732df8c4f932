//! The dataset built into the app: the files of `assets/data/`, included in the binary
//! and parsed once per page, with any problems they had.

use std::sync::OnceLock;

use super::dataset::Dataset;
use super::load::{load, DataFiles, LoadError};

/// The dataset built into the app, with any problems its files had.
#[derive(Debug)]
pub struct Embedded {
    pub dataset: Dataset,
    pub errors: Vec<LoadError>,
}

/// The files in `assets/data/`, as built into the binary.
pub const EMBEDDED_FILES: DataFiles<'static> = DataFiles {
    provinces: include_str!("../../../assets/data/provinces.csv"),
    merged_units: include_str!("../../../assets/data/units_2025.csv"),
    indicators: include_str!("../../../assets/data/indicators.csv"),
    sources: include_str!("../../../assets/data/sources.csv"),
    observations: &[
        (
            "observations/dti.csv",
            include_str!("../../../assets/data/observations/dti.csv"),
        ),
        (
            "observations/other.csv",
            include_str!("../../../assets/data/observations/other.csv"),
        ),
        (
            "observations/articles.csv",
            include_str!("../../../assets/data/observations/articles.csv"),
        ),
    ],
};

/// The embedded dataset, parsed on first use.
pub fn embedded() -> &'static Embedded {
    static EMBEDDED: OnceLock<Embedded> = OnceLock::new();
    EMBEDDED.get_or_init(|| {
        let (dataset, errors) = load(EMBEDDED_FILES);
        Embedded { dataset, errors }
    })
}
