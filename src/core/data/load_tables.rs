//! Reads the values of publishers' tables (`assets/data/tables/*.csv`): one row per
//! cell, citing its table (a source with a public copy), the table's row as printed, and
//! the cell as printed. Also reads the registers that go with complete tables: the former
//! units (Hà Tây), the method breaks, the areas a publisher left out of a year and why,
//! which ranks to work out from complete score tables (`derive.rs`), and the public copy
//! a table source names (`sources.csv`'s `copy_*` columns).

use std::collections::HashSet;

use super::citation::{Citation, TableCopy};
use super::csv_rows::{
    duplicate_check, read_rows, read_rows_with_optional, unique, LoadError, LoadErrorKind, Row,
};
use super::dataset::Dataset;
use super::former::FormerUnit;
use super::load_observations::{locate, parse_group, source_of, unknown, Located};
use super::model::{Area, Observation, ObservationKind, PeriodPart, ProvinceCode, Unit, Year};
use super::notes::{MethodBreak, MissingValues};

const COLUMNS: [&str; 9] = [
    "indicator",
    "area",
    "year",
    "value",
    "printed",
    "group",
    "source",
    "row",
    "note",
];

/// Reads one table file against the registers in `dataset`; `keys` holds the keys of
/// every value read so far, so that a table never gives a value twice.
pub fn load_table(
    file: &'static str,
    text: &str,
    dataset: &Dataset,
    keys: &mut HashSet<String>,
    errors: &mut Vec<LoadError>,
) -> Vec<Located> {
    let rows = read_rows(file, text, &COLUMNS, errors, |row| {
        let o = parse(row, dataset)?;
        Ok(locate(file, row, o, keys))
    });
    unique(rows, errors)
}

fn parse(row: &Row<'_>, dataset: &Dataset) -> Result<Observation, LoadError> {
    let indicator = dataset
        .find_indicator(row.required("indicator")?)
        .ok_or_else(|| unknown(row, "indicator", "indicator"))?;
    let unit = dataset.indicators()[indicator].unit;
    let area = dataset
        .find_area(row.required("area")?)
        .ok_or_else(|| unknown(row, "area", "province, post-2025 unit or former unit"))?;
    let raw_year = row.required("year")?;
    let year = Year::parse(raw_year)
        .ok_or_else(|| row.error("year", LoadErrorKind::InvalidYear(raw_year.into())))?;
    let group = parse_group(row, unit, area, year)?;
    let raw_value = row.required("value")?;
    let value = raw_value
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
        .ok_or_else(|| row.error("value", LoadErrorKind::InvalidNumber(raw_value.into())))?;
    let (min, max) = unit.range(group);
    let whole = !matches!(unit, Unit::Rank) || value.fract() == 0.0;
    if !(min..=max).contains(&value) || !whole {
        return Err(row.error("value", LoadErrorKind::OutOfRange { value, min, max }));
    }
    // A table's cell is a plain number with a decimal point, exactly the value.
    let printed = row.required("printed")?.to_string();
    if printed.parse::<f64>().ok() != Some(value) {
        let kind = LoadErrorKind::PrintedMismatch { printed, value };
        return Err(row.error("printed", kind));
    }
    let source = source_of(row, dataset)?;
    if dataset.sources()[source].copy.is_none() {
        let kind = LoadErrorKind::Inconsistent(
            "a table's value needs a table source (one with copy_repo, copy_path, copy_commit)"
                .into(),
        );
        return Err(row.error("source", kind));
    }
    Ok(Observation {
        indicator,
        area,
        year,
        part: PeriodPart::FullYear,
        kind: ObservationKind::Actual,
        value,
        printed,
        group,
        tie: false,
        year_inferred: false,
        source,
        quote: row.required("row")?.to_string(),
        note: row.field("note").to_string(),
        citation: Citation::TableRow,
    })
}

/// `former_units.csv`: units that ceased to exist before 2025, each with the province
/// it joined.
pub fn load_former_units(
    text: &str,
    dataset: &Dataset,
    errors: &mut Vec<LoadError>,
) -> Vec<FormerUnit> {
    let columns = ["slug", "name_vi", "name_en", "merged_into", "until"];
    let mut slugs = HashSet::new();
    let rows = read_rows("former_units.csv", text, &columns, errors, |row| {
        let code = row.required("merged_into")?;
        let merged_into = ProvinceCode::parse(code)
            .and_then(|_| dataset.find_province(code))
            .ok_or_else(|| unknown(row, "merged_into", "province"))?;
        let until = row.required("until")?;
        if !super::csv_rows::is_date(until) {
            return Err(row.error("until", LoadErrorKind::InvalidDate(until.into())));
        }
        let unit = FormerUnit {
            slug: row.slug("slug")?,
            name_vi: row.required("name_vi")?.to_string(),
            name_en: row.required("name_en")?.to_string(),
            merged_into,
            until: until.to_string(),
        };
        let check = duplicate_check(&mut slugs, row, "slug", &unit.slug);
        Ok((unit, check))
    });
    unique(rows, errors)
}

/// `tables/method_breaks.csv`: where a family of indicators changed its method, so that
/// no line or change crosses the break without saying so.
pub fn load_method_breaks(text: &str, errors: &mut Vec<LoadError>) -> Vec<MethodBreak> {
    let columns = ["indicator_prefix", "year", "note_vi", "note_en"];
    read_rows("tables/method_breaks.csv", text, &columns, errors, |row| {
        Ok(MethodBreak {
            indicator_prefix: row.required("indicator_prefix")?.to_string(),
            year: year(row)?,
            note_vi: row.required("note_vi")?.to_string(),
            note_en: row.required("note_en")?.to_string(),
        })
    })
}

/// `tables/missing.csv`: areas a publisher's table leaves out of a year, with the
/// reason where one is known.
pub fn load_missing(
    text: &str,
    dataset: &Dataset,
    errors: &mut Vec<LoadError>,
) -> Vec<MissingValues> {
    let columns = ["indicator_prefix", "area", "year", "reason_vi", "reason_en"];
    let optional = ["excluded"];
    read_rows_with_optional(
        "tables/missing.csv",
        text,
        &columns,
        &optional,
        errors,
        |row| {
            let excluded = match row.field("excluded") {
                "" => false,
                "yes" => true,
                other => {
                    let (expected, found) = ("empty or yes", other.to_string());
                    return Err(
                        row.error("excluded", LoadErrorKind::UnknownValue { expected, found })
                    );
                }
            };
            let area = dataset
                .find_area(row.required("area")?)
                .filter(|a| matches!(a, Area::Province(_) | Area::Merged(_)))
                .ok_or_else(|| unknown(row, "area", "province or post-2025 unit"))?;
            Ok(MissingValues {
                indicator_prefix: row.required("indicator_prefix")?.to_string(),
                area,
                year: year(row)?,
                reason_vi: row.required("reason_vi")?.to_string(),
                reason_en: row.required("reason_en")?.to_string(),
                excluded,
            })
        },
    )
}

fn year(row: &Row<'_>) -> Result<Year, LoadError> {
    let raw = row.required("year")?;
    Year::parse(raw).ok_or_else(|| row.error("year", LoadErrorKind::InvalidYear(raw.into())))
}

/// A table that prints one rank for two areas ranks them equal: both are marked tied.
pub fn mark_ties(rows: &mut [Located]) {
    use std::collections::HashMap;
    let key = |o: &Observation| (o.indicator, o.year, o.group, o.source, o.value.to_bits());
    let mut counts: HashMap<_, usize> = HashMap::new();
    for row in rows.iter().filter(|r| r.observation.group.is_some()) {
        *counts.entry(key(&row.observation)).or_default() += 1;
    }
    for row in rows.iter_mut().filter(|r| r.observation.group.is_some()) {
        if counts.get(&key(&row.observation)).is_some_and(|&n| n > 1) {
            row.observation.tie = true;
        }
    }
}

/// A table's public copy: all three columns, a repository `owner/name` and a full commit
/// hash, or none of them.
pub(crate) fn table_copy(row: &Row<'_>) -> Result<Option<TableCopy>, LoadError> {
    let (repo, path, commit) = (
        row.field("copy_repo"),
        row.field("copy_path"),
        row.field("copy_commit"),
    );
    if repo.is_empty() && path.is_empty() && commit.is_empty() {
        return Ok(None);
    }
    let safe = |c: char| c.is_ascii_alphanumeric() || "-_.".contains(c);
    let valid_repo = repo.split_once('/').is_some_and(|(owner, name)| {
        !owner.is_empty() && !name.is_empty() && owner.chars().all(safe) && name.chars().all(safe)
    });
    let valid_commit = commit.len() == 40 && commit.bytes().all(|b| b.is_ascii_hexdigit());
    if !valid_repo || path.is_empty() || path.starts_with('/') || path.contains("..") {
        let kind = LoadErrorKind::Inconsistent(
            "a copy needs copy_repo (owner/name) and a relative copy_path".into(),
        );
        return Err(row.error("copy_repo", kind));
    }
    if !valid_commit {
        let kind = LoadErrorKind::Inconsistent("copy_commit must be 40 hex digits".into());
        return Err(row.error("copy_commit", kind));
    }
    Ok(Some(TableCopy {
        repo: repo.to_string(),
        path: path.to_string(),
        commit: commit.to_string(),
    }))
}
