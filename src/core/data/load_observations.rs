//! Reads observation files: each row is one published value with its period, kind,
//! source, and the verbatim words it was read from.

use std::collections::HashSet;

use super::citation::Citation;
use super::csv_rows::{
    duplicate_check, read_rows_with_optional, unique, LoadError, LoadErrorKind, Row,
};
use super::dataset::Dataset;
use super::model::{Area, Observation, ObservationKind, PeriodPart, Unit, Year};
use super::printed::{reads_as, NumberStyle};

/// An observation and where it was read, for checks that compare rows.
#[derive(Debug, Clone)]
pub struct Located {
    pub observation: Observation,
    pub file: &'static str,
    pub line: u64,
    /// The `value` column, as the file's header has it.
    pub value_column: Option<(usize, String)>,
}

const COLUMNS: [&str; 12] = [
    "indicator",
    "area",
    "year",
    "part",
    "kind",
    "value",
    "printed",
    "group",
    "tie",
    "source",
    "quote",
    "note",
];
/// Columns a file may leave out: `year_basis` is `inferred` where the source does not
/// print the year and it was worked out from the context (the note says how).
const OPTIONAL_COLUMNS: [&str; 1] = ["year_basis"];
const KINDS: [(&str, ObservationKind); 3] = [
    ("actual", ObservationKind::Actual),
    ("estimate", ObservationKind::Estimate),
    ("target", ObservationKind::Target),
];

/// Reads one observations file against the registers already in `dataset`. `keys`
/// holds the keys seen so far in every file, so a value is never given twice.
pub fn load_observations(
    file: &'static str,
    text: &str,
    dataset: &Dataset,
    keys: &mut HashSet<String>,
    errors: &mut Vec<LoadError>,
) -> Vec<Located> {
    let rows = read_rows_with_optional(file, text, &COLUMNS, &OPTIONAL_COLUMNS, errors, |row| {
        let o = parse(row, dataset)?;
        Ok(locate(file, row, o, keys))
    });
    unique(rows, errors)
}

/// A parsed value with where it was read, and the check that no file gave its key
/// (indicator, place, year, period, kind, source) before. The key is built on resolved
/// values, so that `VN-61` and `hai-duong` are one place.
pub(crate) fn locate(
    file: &'static str,
    row: &Row<'_>,
    o: Observation,
    keys: &mut HashSet<String>,
) -> (Located, Result<(), LoadError>) {
    let key = format!(
        "({} {:?} {} {:?} {:?} {})",
        row.field("indicator"),
        o.area,
        o.year,
        o.part,
        o.kind,
        row.field("source"),
    );
    let check = duplicate_check(keys, row, "source", &key);
    let located = Located {
        observation: o,
        file,
        line: row.line,
        value_column: row.column("value"),
    };
    (located, check)
}

/// The source the row's `source` column names.
pub(crate) fn source_of(row: &Row<'_>, dataset: &Dataset) -> Result<usize, LoadError> {
    let source_id = row.required("source")?;
    dataset
        .sources()
        .iter()
        .position(|s| s.id == source_id)
        .ok_or_else(|| unknown(row, "source", "source"))
}

/// A reference to a row of another table that does not exist.
pub(crate) fn unknown(row: &Row<'_>, column: &'static str, table: &'static str) -> LoadError {
    let id = row.field(column).to_string();
    row.error(column, LoadErrorKind::UnknownReference { table, id })
}

fn parse(row: &Row<'_>, dataset: &Dataset) -> Result<Observation, LoadError> {
    let indicator_id = row.required("indicator")?;
    let indicator = dataset
        .find_indicator(indicator_id)
        .ok_or_else(|| unknown(row, "indicator", "indicator"))?;
    let unit = dataset.indicators()[indicator].unit;
    let area_id = row.required("area")?;
    let area = dataset
        .find_area(area_id)
        .ok_or_else(|| unknown(row, "area", "province, post-2025 unit or VN"))?;
    let raw_year = row.required("year")?;
    let year = Year::parse(raw_year)
        .ok_or_else(|| row.error("year", LoadErrorKind::InvalidYear(raw_year.into())))?;
    let part = PeriodPart::parse(row.field("part")).ok_or_else(|| {
        let found = row.field("part").to_string();
        let expected = "empty, H1, to-MM, as-of";
        row.error("part", LoadErrorKind::UnknownValue { expected, found })
    })?;
    let kind = row.one_of("kind", "actual, estimate, target", &KINDS)?;
    let group = parse_group(row, unit, area, year)?;
    let raw_value = row.required("value")?;
    let value = raw_value
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
        .ok_or_else(|| row.error("value", LoadErrorKind::InvalidNumber(raw_value.into())))?;
    let (min, max) = unit.range(group);
    let whole = !matches!(unit, Unit::Rank | Unit::Count) || value.fract() == 0.0;
    if !(min..=max).contains(&value) || !whole {
        return Err(row.error("value", LoadErrorKind::OutOfRange { value, min, max }));
    }
    let printed = row.required("printed")?.to_string();
    let quote = row.required("quote")?.to_string();
    if !reads_as(&printed, value, group, NumberStyle::of(&quote)) {
        let kind = LoadErrorKind::PrintedMismatch { printed, value };
        return Err(row.error("printed", kind));
    }
    if !quote.contains(&printed) {
        return Err(row.error("quote", LoadErrorKind::PrintedNotInQuote(printed)));
    }
    let tie = match row.field("tie") {
        "" => false,
        "yes" => true,
        other => {
            let (expected, found) = ("empty or yes", other.to_string());
            return Err(row.error("tie", LoadErrorKind::UnknownValue { expected, found }));
        }
    };
    let year_inferred = match row.field("year_basis") {
        "" | "printed" => false,
        "inferred" => true,
        other => {
            let (expected, found) = ("empty, printed or inferred", other.to_string());
            return Err(row.error(
                "year_basis",
                LoadErrorKind::UnknownValue { expected, found },
            ));
        }
    };
    let source = source_of(row, dataset)?;
    Ok(Observation {
        indicator,
        area,
        year,
        part,
        kind,
        value,
        printed,
        group,
        tie,
        year_inferred,
        source,
        quote,
        note: row.field("note").to_string(),
        citation: Citation::Quote,
    })
}

/// Ranks need the size of their ranking: 63 for the pre-2025 provinces, 34 for the
/// post-2025 units, 64 for the provinces before Hà Tây joined Hà Nội (2008); other
/// values have no group.
pub(crate) fn parse_group(
    row: &Row<'_>,
    unit: Unit,
    area: Area,
    year: Year,
) -> Result<Option<u8>, LoadError> {
    let text = row.field("group");
    let inconsistent = |message: &str| {
        let kind = LoadErrorKind::Inconsistent(message.to_string());
        Err(row.error("group", kind))
    };
    match (unit, text, area) {
        (Unit::Rank, "63", Area::Province(_)) => Ok(Some(63)),
        (Unit::Rank, "34", Area::Merged(_)) => Ok(Some(34)),
        (Unit::Rank, "64", Area::Province(_) | Area::Former(_)) if year.get() <= 2008 => {
            Ok(Some(64))
        }
        (Unit::Rank, "63" | "34" | "64", _) => inconsistent(
            "group 63 ranks pre-2025 provinces, 34 post-2025 units, 64 the provinces until 2008",
        ),
        (Unit::Rank, _, _) => inconsistent("a rank needs its group: 63, 34 or 64"),
        (_, "", _) => Ok(None),
        _ => inconsistent("only ranks have a group"),
    }
}
