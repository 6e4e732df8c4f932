//! Parses the dataset's CSV files into a [`Dataset`], never failing as a whole.
//!
//! Like rust-analyzer's parser, loading returns the value *and* the problems: a row
//! that cannot be used is left out and reported as a [`LoadError`] naming the file, the
//! line and the column. This module reads the registers (provinces, post-2025 units,
//! indicators, sources); `load_observations` reads the values and `checks` compares
//! rows with each other.

use std::collections::HashSet;

use super::checks::check_ranks;
use super::csv_rows::{duplicate_check, read_rows, read_rows_with_optional, unique};
pub use super::csv_rows::{LoadError, LoadErrorKind};
use super::dataset::Dataset;
use super::derive::{derive_ranks, load_requests};
use super::load_observations::load_observations;
use super::load_tables::{load_former_units, load_method_breaks, load_missing, load_table};
use super::model::{
    AreaKind, Better, Indicator, MergedUnit, Pillar, Province, ProvinceCode, Region, Source,
    SourceKind, Unit,
};
use super::untrusted::is_web_address;

/// The text of the data files; observations may be split over several files.
#[derive(Debug, Clone, Copy)]
pub struct DataFiles<'a> {
    pub provinces: &'a str,
    pub merged_units: &'a str,
    pub indicators: &'a str,
    pub sources: &'a str,
    /// (file name, text) of each observations file.
    pub observations: &'a [(&'static str, &'a str)],
}

/// The publishers' tables and the registers that go with them (`assets/data/tables/`,
/// `former_units.csv`); each may be empty.
#[derive(Debug, Clone, Copy, Default)]
pub struct TableFiles<'a> {
    pub former_units: &'a str,
    /// (file name, text) of each table file.
    pub tables: &'a [(&'static str, &'a str)],
    pub derived_ranks: &'a str,
    pub method_breaks: &'a str,
    pub missing: &'a str,
}

/// Loads every file. Rows with problems are left out and reported.
pub fn load(files: DataFiles<'_>) -> (Dataset, Vec<LoadError>) {
    load_with_tables(files, TableFiles::default())
}

/// Loads every file and the publishers' tables; ranks are derived from complete score
/// tables where `tables.derived_ranks` asks for them. Rows with problems are left out
/// and reported.
pub fn load_with_tables(files: DataFiles<'_>, tables: TableFiles<'_>) -> (Dataset, Vec<LoadError>) {
    let mut errors = Vec::new();
    let (mut provinces, merged_into) = load_provinces(files.provinces, &mut errors);
    let merged_units = load_merged_units(files.merged_units, &provinces, &mut errors);
    for (province, (unit_slug, _, _)) in provinces.iter_mut().zip(&merged_into) {
        province.merged_into = merged_units
            .iter()
            .position(|u| &u.slug == unit_slug)
            .unwrap_or(usize::MAX);
    }
    report_unknown_units(&provinces, &merged_into, &mut errors);
    let (provinces, merged_units) = drop_unmerged(provinces, merged_units);
    let indicators = load_indicators(files.indicators, &mut errors);
    let sources = load_sources(files.sources, &mut errors);
    let mut dataset = Dataset::new(provinces, merged_units, indicators, sources, Vec::new());
    let optional = |text: &str| !text.trim().is_empty();
    if optional(tables.former_units) {
        let former = load_former_units(tables.former_units, &dataset, &mut errors);
        dataset.set_notes(former, Vec::new(), Vec::new());
    }
    let mut located = Vec::new();
    let mut keys = HashSet::new();
    for &(file, text) in files.observations {
        located.extend(load_observations(
            file,
            text,
            &dataset,
            &mut keys,
            &mut errors,
        ));
    }
    for &(file, text) in tables.tables {
        let mut rows = load_table(file, text, &dataset, &mut keys, &mut errors);
        super::load_tables::mark_ties(&mut rows);
        located.extend(rows);
    }
    let missing = if optional(tables.missing) {
        load_missing(tables.missing, &dataset, &mut errors)
    } else {
        Vec::new()
    };
    // Values a copy still holds for an area its publisher excluded from a year are left
    // out (the area is named as missing, with the reason).
    located.retain(|row| {
        let o = &row.observation;
        let id = &dataset.indicators()[o.indicator].id;
        o.citation == super::citation::Citation::Quote
            || !missing
                .iter()
                .any(|m| m.excluded && m.covers(id, o.area, o.year))
    });
    let mut observations = check_ranks(located, &mut errors);
    if optional(tables.derived_ranks) {
        let requests = load_requests(tables.derived_ranks, &dataset, &mut errors);
        // Derived ranks are consistent by construction and may repeat a printed rank
        // another area holds (where the two disagree): they are not checked as printed.
        let derived = derive_ranks(&requests, &dataset, &observations, &mut errors);
        observations.extend(derived);
    }
    dataset.set_observations(observations);
    let breaks = if optional(tables.method_breaks) {
        load_method_breaks(tables.method_breaks, &mut errors)
    } else {
        Vec::new()
    };
    let former = dataset.former_units().to_vec();
    dataset.set_notes(former, breaks, missing);
    if let Some(what) = dataset.missing_part() {
        errors.push(LoadError {
            file: "(all files)",
            line: 0,
            column: None,
            kind: LoadErrorKind::Unusable(what),
        });
    }
    (dataset, errors)
}

const AREA_KINDS: [(&str, AreaKind); 2] =
    [("province", AreaKind::Province), ("city", AreaKind::City)];

/// The slug of the unit a province merged into, and where it is written.
type UnitReference = (String, u64, Option<(usize, String)>);

/// The provinces, each with the unit it merged into (resolved once units are loaded).
fn load_provinces(text: &str, errors: &mut Vec<LoadError>) -> (Vec<Province>, Vec<UnitReference>) {
    const FILE: &str = "provinces.csv";
    let columns = [
        "code",
        "slug",
        "name_vi",
        "name_en",
        "region",
        "kind",
        "unit_2025",
    ];
    let (mut codes, mut slugs) = (HashSet::new(), HashSet::new());
    let rows = read_rows(FILE, text, &columns, errors, |row| {
        let raw_code = row.required("code")?;
        let code = ProvinceCode::parse(raw_code)
            .ok_or_else(|| row.error("code", LoadErrorKind::InvalidCode(raw_code.into())))?;
        let province = Province {
            slug: row.slug("slug")?,
            name_vi: row.required("name_vi")?.to_string(),
            name_en: row.required("name_en")?.to_string(),
            region: row.one_of(
                "region",
                "the six regions",
                &Region::ALL.map(|r| (r.id(), r)),
            )?,
            kind: row.one_of("kind", "province, city", &AREA_KINDS)?,
            merged_into: usize::MAX,
            code,
        };
        let unit = (row.slug("unit_2025")?, row.line, row.column("unit_2025"));
        let check = duplicate_check(&mut codes, row, "code", province.code.as_str())
            .and_then(|()| duplicate_check(&mut slugs, row, "slug", &province.slug));
        Ok(((province, unit), check))
    });
    unique(rows, errors).into_iter().unzip()
}

/// Leaves out provinces whose post-2025 unit is unknown, and renumbers the units'
/// `absorbed` lists to the provinces that remain.
fn drop_unmerged(
    provinces: Vec<Province>,
    mut units: Vec<MergedUnit>,
) -> (Vec<Province>, Vec<MergedUnit>) {
    let mut new_index = vec![None; provinces.len()];
    let mut kept = Vec::with_capacity(provinces.len());
    for (old, province) in provinces.into_iter().enumerate() {
        if province.merged_into != usize::MAX {
            new_index[old] = Some(kept.len());
            kept.push(province);
        }
    }
    for unit in &mut units {
        unit.absorbed = unit
            .absorbed
            .iter()
            .filter_map(|&old| new_index[old])
            .collect();
    }
    (kept, units)
}

fn report_unknown_units(
    provinces: &[Province],
    references: &[UnitReference],
    errors: &mut Vec<LoadError>,
) {
    for (province, (slug, line, column)) in provinces.iter().zip(references) {
        if province.merged_into == usize::MAX {
            errors.push(LoadError {
                file: "provinces.csv",
                line: *line,
                column: column.clone(),
                kind: LoadErrorKind::UnknownReference {
                    table: "post-2025 unit",
                    id: format!("{slug} (province {})", province.code),
                },
            });
        }
    }
}

fn load_merged_units(
    text: &str,
    provinces: &[Province],
    errors: &mut Vec<LoadError>,
) -> Vec<MergedUnit> {
    const FILE: &str = "units_2025.csv";
    let columns = [
        "slug",
        "name_vi",
        "name_en",
        "kind",
        "absorbed",
        "effective",
    ];
    let mut slugs = HashSet::new();
    let rows = read_rows(FILE, text, &columns, errors, |row| {
        let absorbed = row
            .required("absorbed")?
            .split('~')
            .map(|code| {
                let ix = ProvinceCode::parse(code)
                    .and_then(|code| provinces.iter().position(|p| p.code == code));
                ix.ok_or_else(|| {
                    let (table, id) = ("province", code.to_string());
                    row.error("absorbed", LoadErrorKind::UnknownReference { table, id })
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let effective = row.required("effective")?;
        if !super::csv_rows::is_date(effective) {
            let kind = LoadErrorKind::InvalidDate(effective.into());
            return Err(row.error("effective", kind));
        }
        let unit = MergedUnit {
            slug: row.slug("slug")?,
            name_vi: row.required("name_vi")?.to_string(),
            name_en: row.required("name_en")?.to_string(),
            kind: row.one_of("kind", "province, city", &AREA_KINDS)?,
            absorbed,
            effective: effective.to_string(),
        };
        let check = duplicate_check(&mut slugs, row, "slug", &unit.slug);
        Ok((unit, check))
    });
    unique(rows, errors)
}

const UNITS: [(&str, Unit); 7] = [
    ("score", Unit::Score),
    ("rank", Unit::Rank),
    ("percent", Unit::Percent),
    ("count", Unit::Count),
    ("points", Unit::Points),
    ("points10", Unit::Points10),
    ("amount", Unit::Amount),
];
const PILLARS: [(&str, Pillar); 9] = [
    ("overall", Pillar::Overall),
    ("foundations", Pillar::Foundations),
    ("government", Pillar::Government),
    ("economy", Pillar::Economy),
    ("society", Pillar::Society),
    ("administration", Pillar::Administration),
    ("competitiveness", Pillar::Competitiveness),
    ("governance", Pillar::Governance),
    ("context", Pillar::Context),
];

fn load_indicators(text: &str, errors: &mut Vec<LoadError>) -> Vec<Indicator> {
    const FILE: &str = "indicators.csv";
    let columns = [
        "id",
        "name_vi",
        "name_en",
        "unit",
        "better",
        "pillar",
        "description_vi",
        "description_en",
    ];
    let mut ids = HashSet::new();
    let rows = read_rows(FILE, text, &columns, errors, |row| {
        let indicator = Indicator {
            id: row.slug("id")?,
            name_vi: row.required("name_vi")?.to_string(),
            name_en: row.required("name_en")?.to_string(),
            unit: row.one_of(
                "unit",
                "score, rank, percent, count, points, points10, amount",
                &UNITS,
            )?,
            better: row.one_of(
                "better",
                "higher, lower, neither",
                &[
                    ("higher", Better::Higher),
                    ("lower", Better::Lower),
                    ("neither", Better::Neither),
                ],
            )?,
            pillar: row.one_of("pillar", "the pillars in docs/data.md", &PILLARS)?,
            description_vi: row.required("description_vi")?.to_string(),
            description_en: row.required("description_en")?.to_string(),
        };
        let check = duplicate_check(&mut ids, row, "id", &indicator.id);
        Ok((indicator, check))
    });
    unique(rows, errors)
}

const SOURCE_KINDS: [(&str, SourceKind); 5] = [
    ("official", SourceKind::Official),
    ("provincial", SourceKind::Provincial),
    ("press", SourceKind::Press),
    ("article", SourceKind::Article),
    ("compilation", SourceKind::Compilation),
];

fn load_sources(text: &str, errors: &mut Vec<LoadError>) -> Vec<Source> {
    const FILE: &str = "sources.csv";
    let columns = [
        "id",
        "kind",
        "title",
        "publisher",
        "published",
        "url",
        "file",
    ];
    let mut ids = HashSet::new();
    let optional = |value: &str| (!value.is_empty()).then(|| value.to_string());
    let copy_columns = ["copy_repo", "copy_path", "copy_commit"];
    let rows = read_rows_with_optional(FILE, text, &columns, &copy_columns, errors, |row| {
        let published = row.field("published");
        if !published.is_empty() && !super::csv_rows::is_date(published) {
            let kind = LoadErrorKind::InvalidDate(published.into());
            return Err(row.error("published", kind));
        }
        let source = Source {
            id: row.slug("id")?,
            kind: row.one_of(
                "kind",
                "official, provincial, press, article, compilation",
                &SOURCE_KINDS,
            )?,
            title: row.required("title")?.to_string(),
            publisher: row.required("publisher")?.to_string(),
            published: optional(published),
            url: optional(row.field("url")),
            file: optional(row.field("file")),
            copy: super::load_tables::table_copy(row)?,
        };
        if source.url.is_none() && source.file.is_none() && source.copy.is_none() {
            let kind = LoadErrorKind::Inconsistent("a source needs a url, a file or a copy".into());
            return Err(row.error("url", kind));
        }
        // Only web addresses become links: never `javascript:`, `data:` or a path.
        if let Some(url) = source.url.as_deref().filter(|u| !is_web_address(u)) {
            let kind = LoadErrorKind::Inconsistent(format!(
                "a source url must start with http:// or https:// and name a host: {}",
                super::untrusted::shown(url, 60)
            ));
            return Err(row.error("url", kind));
        }
        let check = duplicate_check(&mut ids, row, "id", &source.id);
        Ok((source, check))
    });
    unique(rows, errors)
}
