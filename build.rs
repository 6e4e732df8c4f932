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
    pub mod compact;
    pub mod compact_bytes;
    pub mod csv_rows;
    pub mod dataset;
    pub mod fold;
    pub mod geo;
    pub mod load;
    pub mod load_observations;
    pub mod model;
    pub mod own_area;
    pub mod preferred;
    pub mod printed;
    pub mod untrusted;
}

use data::load::{load, DataFiles};

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
    let (dataset, errors) = load(DataFiles {
        provinces: &provinces,
        merged_units: &units,
        indicators: &indicators,
        sources: &sources,
        observations: &observations,
    });
    problems.extend(errors.iter().map(|e| format!("assets/data/{e}")));
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
