//! The data built into the app. `build.rs` loads the files of `assets/data/` and
//! `assets/geo/` with the same loader the tests use, fails the build on any problem
//! (file, line and column), and writes them in the compact form of [`super::compact`];
//! the page reads that form once, without parsing CSV or JSON. The families that ship
//! as data files of their own (PCI, PAPI, GSO) are fetched by the page; natively,
//! [`complete`] adds them from the build's files.

use std::sync::OnceLock;

use super::compact::{decode_dataset, decode_shapes};
use super::dataset::Dataset;
use super::geo::{Geography, Shape};
use super::load::TableFiles;
use super::load::{DataFiles, LoadError, LoadErrorKind};

/// The dataset built into the app, with any problems its files had.
#[derive(Debug)]
pub struct Embedded {
    pub dataset: Dataset,
    pub errors: Vec<LoadError>,
}

/// The files in `assets/data/` as text, for the tests that load them the way
/// `build.rs` does (the page itself carries only their compact form).
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
            "observations/dti_campaign_2.csv",
            include_str!("../../../assets/data/observations/dti_campaign_2.csv"),
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

/// The publishers' tables and their registers, as text, for the tests that load them
/// the way `build.rs` does.
pub const EMBEDDED_TABLES: TableFiles<'static> = TableFiles {
    former_units: include_str!("../../../assets/data/former_units.csv"),
    tables: &[
        (
            "tables/dti.csv",
            include_str!("../../../assets/data/tables/dti.csv"),
        ),
        (
            "tables/pci.csv",
            include_str!("../../../assets/data/tables/pci.csv"),
        ),
        (
            "tables/papi.csv",
            include_str!("../../../assets/data/tables/papi.csv"),
        ),
        (
            "tables/gso.csv",
            include_str!("../../../assets/data/tables/gso.csv"),
        ),
    ],
    derived_ranks: include_str!("../../../assets/data/tables/derived_ranks.csv"),
    method_breaks: include_str!("../../../assets/data/tables/method_breaks.csv"),
    missing: include_str!("../../../assets/data/tables/missing.csv"),
};

/// Each family's data file as `build.rs` wrote it (the page fetches them instead).
const FAMILY_FILES: [&[u8]; 3] = [
    include_bytes!(concat!(env!("OUT_DIR"), "/family-pci.bin")),
    include_bytes!(concat!(env!("OUT_DIR"), "/family-papi.bin")),
    include_bytes!(concat!(env!("OUT_DIR"), "/family-gso.bin")),
];

/// The compact forms written by `build.rs`.
const DATASET_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/dataset.bin"));
const PROVINCE_SHAPES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/provinces.bin"));
const ISLAND_SHAPES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/islands.bin"));
const UNIT_SHAPES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/units_2025.bin"));

/// The embedded dataset, read on first use. The build checked it: the only possible
/// problem is a damaged build, reported like a file that cannot be used.
pub fn embedded() -> &'static Embedded {
    static EMBEDDED: OnceLock<Embedded> = OnceLock::new();
    EMBEDDED.get_or_init(|| match decode_dataset(DATASET_BYTES) {
        Ok(dataset) => Embedded {
            dataset,
            errors: Vec::new(),
        },
        Err(error) => Embedded {
            dataset: Dataset::new(Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new()),
            errors: vec![LoadError {
                file: "(built-in data)",
                line: 0,
                column: None,
                kind: LoadErrorKind::Inconsistent(error.to_string()),
            }],
        },
    })
}

/// The built-in data with every family's values added, as the page has it once it has
/// fetched them all (for native tests, tools and benchmarks; the page never calls it, so
/// its files are not linked into the page).
pub fn complete() -> &'static Embedded {
    static COMPLETE: OnceLock<Embedded> = OnceLock::new();
    COMPLETE.get_or_init(|| {
        let mut dataset = embedded().dataset.clone();
        let mut errors = embedded().errors.clone();
        for bytes in FAMILY_FILES {
            match super::compact_notes::decode_family(bytes, &dataset) {
                Ok((id, observations)) => dataset.add_family(&id, observations),
                Err(error) => errors.push(LoadError {
                    file: "(family data file)",
                    line: 0,
                    column: None,
                    kind: LoadErrorKind::Inconsistent(error.to_string()),
                }),
            }
        }
        Embedded { dataset, errors }
    })
}

/// The built-in boundaries, read on first use.
pub fn geography() -> &'static Geography {
    static GEOGRAPHY: OnceLock<Geography> = OnceLock::new();
    GEOGRAPHY.get_or_init(|| {
        let mut errors = Vec::new();
        let mut read = |bytes: &[u8], file: &str| -> Vec<Shape> {
            decode_shapes(bytes).unwrap_or_else(|error| {
                errors.push(format!("{file}: {error}"));
                Vec::new()
            })
        };
        let provinces = read(PROVINCE_SHAPES, "provinces.geojson");
        let islands = read(ISLAND_SHAPES, "islands.geojson");
        let merged_units = read(UNIT_SHAPES, "units_2025.geojson");
        Geography {
            provinces,
            islands,
            merged_units,
            errors,
        }
    })
}
