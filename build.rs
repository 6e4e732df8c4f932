//! Checks the built-in data and writes it in its compact form, before the crate is
//! compiled: the CSV files of `assets/data/` are loaded with the crate's own loader
//! (`src/core/data/`, compiled here as well) and the GeoJSON of `assets/geo/` with its
//! own reader. Any problem fails the build with its file, line and column; otherwise
//! `$OUT_DIR` receives `dataset.bin` and one `.bin` per boundary file, which
//! `src/core/data/embedded.rs` builds into the binary. The page then parses neither CSV
//! nor JSON at start-up.

use std::path::{Path, PathBuf};
use std::{env, fs, process};

/// The data layer of the core, without `embedded` (which reads this script's output).
#[allow(dead_code, unused_imports)]
#[path = "src/core/data"]
mod data {
    pub mod checks;
    pub mod citation;
    pub mod compact;
    pub mod compact_bytes;
    pub mod compact_notes;
    pub mod compact_observations;
    pub mod csv_rows;
    pub mod dataset;
    pub mod derive;
    pub mod families;
    pub mod fold;
    pub mod former;
    pub mod geo;
    pub mod load;
    pub mod load_observations;
    pub mod load_tables;
    pub mod model;
    pub mod notes;
    pub mod own_area;
    pub mod preferred;
    pub mod printed;
    pub mod table_checks;
    pub mod untrusted;
}

use data::families::{coverage, family_of, Family, FAMILIES};
use data::load::{load_with_tables, DataFiles, TableFiles};
use data::model::Observation;

/// The publishers' tables (`assets/data/tables/`), read after the observation files.
const TABLE_FILES: [&str; 4] = [
    "tables/dti.csv",
    "tables/pci.csv",
    "tables/papi.csv",
    "tables/gso.csv",
];

const OBSERVATION_FILES: [&str; 4] = [
    "observations/dti.csv",
    "observations/dti_campaign_2.csv",
    "observations/other.csv",
    "observations/articles.csv",
];

/// (file in `assets/geo/`, the property that keys its features, output file).
const GEO_FILES: [(&str, &str, &str); 3] = [
    ("provinces.geojson", "iso_3166_2", "provinces.bin"),
    ("islands.geojson", "id", "islands.bin"),
    ("units_2025.geojson", "slug", "units_2025.bin"),
];

fn main() {
    println!("cargo:rerun-if-changed=assets/data");
    println!("cargo:rerun-if-changed=assets/geo");
    println!("cargo:rerun-if-changed=src/core/data");
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let mut problems = Vec::new();

    let read = |path: &str| -> String {
        fs::read_to_string(Path::new("assets").join(path))
            .unwrap_or_else(|error| fail(&[format!("assets/{path}: {error}")]))
    };
    let (provinces, units, indicators, sources) = (
        read("data/provinces.csv"),
        read("data/units_2025.csv"),
        read("data/indicators.csv"),
        read("data/sources.csv"),
    );
    let observation_texts: Vec<String> = OBSERVATION_FILES
        .iter()
        .map(|file| read(&format!("data/{file}")))
        .collect();
    let observations: Vec<(&'static str, &str)> = OBSERVATION_FILES
        .iter()
        .zip(&observation_texts)
        .map(|(file, text)| (*file, text.as_str()))
        .collect();
    let table_texts: Vec<String> = TABLE_FILES
        .iter()
        .map(|file| read(&format!("data/{file}")))
        .collect();
    let tables: Vec<(&'static str, &str)> = TABLE_FILES
        .iter()
        .zip(&table_texts)
        .map(|(file, text)| (*file, text.as_str()))
        .collect();
    let (former_units, derived_ranks, method_breaks, missing) = (
        read("data/former_units.csv"),
        read("data/tables/derived_ranks.csv"),
        read("data/tables/method_breaks.csv"),
        read("data/tables/missing.csv"),
    );
    let (mut dataset, errors) = load_with_tables(
        DataFiles {
            provinces: &provinces,
            merged_units: &units,
            indicators: &indicators,
            sources: &sources,
            observations: &observations,
        },
        TableFiles {
            former_units: &former_units,
            tables: &tables,
            derived_ranks: &derived_ranks,
            method_breaks: &method_breaks,
            missing: &missing,
        },
    );
    problems.extend(errors.iter().map(|e| format!("assets/data/{e}")));
    problems.extend(
        data::table_checks::check_tables(&dataset)
            .into_iter()
            .map(|p| format!("assets/data/tables: {p}")),
    );
    write_families(&out, &mut dataset, &mut problems);
    write(
        &out.join("dataset.bin"),
        &data::compact::encode_dataset(&dataset),
    );

    for (file, key, output) in GEO_FILES {
        let mut errors = Vec::new();
        let shapes = data::geo::parse(&read(&format!("geo/{file}")), key, &mut errors);
        problems.extend(errors.iter().map(|e| format!("assets/geo/{file}: {e}")));
        write(&out.join(output), &data::compact::encode_shapes(&shapes));
    }
    if !problems.is_empty() {
        fail(&problems);
    }
}

/// Moves each family's values out of `dataset` into a data file of its own: in
/// `$OUT_DIR` as `family-<id>.bin` (the native tests read it there) and, named with a hash
/// of its content, in the build's data folder (`target/cds-data/`), which the Trunk hook
/// copies into the site's `data/` (those `files.txt` lists). The dataset keeps each family's file name and coverage.
fn write_families(out: &Path, dataset: &mut data::dataset::Dataset, problems: &mut Vec<String>) {
    let all: Vec<Observation> = dataset.observations().to_vec();
    let family_ix = |o: &Observation| {
        let id = &dataset.indicators()[o.indicator].id;
        family_of(id).and_then(|f| FAMILIES.iter().position(|(id, _)| *id == f))
    };
    let mut parts: Vec<Vec<Observation>> = vec![Vec::new(); FAMILIES.len()];
    let mut kept = Vec::new();
    for o in all {
        match family_ix(&o) {
            Some(ix) => parts[ix].push(o),
            None => kept.push(o),
        }
    }
    let folder = data_folder();
    if let Err(error) = fs::create_dir_all(&folder) {
        problems.push(format!("{}: {error}", folder.display()));
    }
    let counts = (dataset.provinces().len(), dataset.merged_units().len());
    let mut families = Vec::new();
    for ((id, _), observations) in FAMILIES.iter().zip(&parts) {
        let bytes = data::compact_notes::encode_family(id, observations);
        let file = format!("{id}-{:016x}.bin", fnv1a(&bytes));
        write(&out.join(format!("family-{id}.bin")), &bytes);
        write_atomically(&folder.join(&file), &bytes);
        let mut indicators: Vec<usize> = observations.iter().map(|o| o.indicator).collect();
        indicators.sort_unstable();
        indicators.dedup();
        families.push(Family {
            id: id.to_string(),
            file,
            bytes: bytes.len() as u64,
            loaded: false,
            coverage: indicators
                .into_iter()
                .map(|ix| coverage(counts, ix, observations))
                .collect(),
        });
    }
    // The hook copies the files this list names (earlier builds' files may remain).
    let list: String = families.iter().map(|f| format!("{}\n", f.file)).collect();
    write_atomically(&folder.join("files.txt"), list.as_bytes());
    dataset.set_observations(kept);
    dataset.set_families(families);
}

/// Where the site's data files are written for the Trunk hook: `$CARGO_TARGET_DIR` (or
/// `target/`) `/cds-data/`.
fn data_folder() -> PathBuf {
    let target = env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(&env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default()).join("target")
        });
    target.join("cds-data")
}

/// 64-bit FNV-1a: a file name that changes with the content.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Writes through a temporary file, so that a build running at the same time never
/// reads half a file.
fn write_atomically(path: &Path, bytes: &[u8]) {
    let temporary = path.with_extension(format!("tmp{}", process::id()));
    write(&temporary, bytes);
    if let Err(error) = fs::rename(&temporary, path) {
        fail(&[format!("{}: {error}", path.display())]);
    }
}

fn write(path: &Path, bytes: &[u8]) {
    fs::write(path, bytes).unwrap_or_else(|error| fail(&[format!("{}: {error}", path.display())]));
}

/// Stops the build, listing every problem (cargo shows a build script's stderr).
fn fail(problems: &[String]) -> ! {
    eprintln!("the built-in data has {} problem(s):", problems.len());
    for problem in problems {
        eprintln!("  {problem}");
    }
    process::exit(1);
}
