//! Parses the dataset's CSV files into a [`Dataset`], never failing as a whole.
//!
//! Like rust-analyzer's parser, loading returns the value *and* the problems: a row
//! that cannot be used is skipped and reported as a [`LoadError`] naming the file, the
//! line and the column. Columns are found by header name, so files can gain columns.

use std::collections::{HashMap, HashSet};
use std::fmt;

use super::dataset::Dataset;
use super::model::{
    Better, Indicator, Observation, Pillar, Province, ProvinceCode, Region, Source, Unit, Year,
};

/// The text of the four data files.
#[derive(Debug, Clone, Copy)]
pub struct DataFiles<'a> {
    pub provinces: &'a str,
    pub indicators: &'a str,
    pub sources: &'a str,
    pub observations: &'a str,
}

/// A problem with one place in one data file.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadError {
    pub file: &'static str,
    /// 1-based line number in the file.
    pub line: u64,
    /// 1-based column number and header name, where the problem is in one field.
    pub column: Option<(usize, String)>,
    pub kind: LoadErrorKind,
}

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum LoadErrorKind {
    /// The CSV syntax itself is broken (unbalanced quotes, wrong number of fields).
    Syntax(String),
    MissingColumn(String),
    EmptyValue,
    InvalidCode(String),
    InvalidSlug(String),
    InvalidYear(String),
    InvalidNumber(String),
    InvalidDate(String),
    /// A value outside a closed list (`unit`, `better`, `pillar`, `region`).
    UnknownValue {
        expected: &'static str,
        found: String,
    },
    /// A reference to a province, indicator or source that does not exist.
    UnknownReference {
        table: &'static str,
        id: String,
    },
    OutOfRange {
        value: f64,
        min: f64,
        max: f64,
    },
    Duplicate(String),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}, line {}", self.file, self.line)?;
        if let Some((number, name)) = &self.column {
            write!(f, ", column {number} ({name})")?;
        }
        write!(f, ": {}", self.kind)
    }
}

impl fmt::Display for LoadErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Syntax(message) => write!(f, "broken CSV: {message}"),
            Self::MissingColumn(name) => write!(f, "the header has no column {name:?}"),
            Self::EmptyValue => write!(f, "the value is empty"),
            Self::InvalidCode(text) => write!(f, "{text:?} is not an ISO 3166-2:VN code"),
            Self::InvalidSlug(text) => write!(f, "{text:?} is not ASCII kebab-case"),
            Self::InvalidYear(text) => write!(
                f,
                "{text:?} is not a year from {} to {}",
                Year::MIN,
                Year::MAX
            ),
            Self::InvalidNumber(text) => write!(f, "{text:?} is not a number"),
            Self::InvalidDate(text) => write!(f, "{text:?} is not YYYY, YYYY-MM or YYYY-MM-DD"),
            Self::UnknownValue { expected, found } => {
                write!(f, "{found:?} is not one of {expected}")
            }
            Self::UnknownReference { table, id } => write!(f, "no {table} has the id {id:?}"),
            Self::OutOfRange { value, min, max } => {
                write!(f, "{value} is outside {min}..={max}")
            }
            Self::Duplicate(key) => write!(f, "{key} appears more than once"),
        }
    }
}

/// Loads all four files. Rows with problems are left out and reported.
pub fn load(files: DataFiles<'_>) -> (Dataset, Vec<LoadError>) {
    let mut errors = Vec::new();
    let provinces = load_provinces(files.provinces, &mut errors);
    let indicators = load_indicators(files.indicators, &mut errors);
    let sources = load_sources(files.sources, &mut errors);
    let observations = load_observations(
        files.observations,
        &provinces,
        &indicators,
        &sources,
        &mut errors,
    );
    let dataset = Dataset::new(provinces, indicators, sources, observations);
    (dataset, errors)
}

/// One data row, with what is needed to locate a problem in it.
struct Row<'t> {
    file: &'static str,
    line: u64,
    record: csv::StringRecord,
    columns: &'t HashMap<&'static str, usize>,
}

impl Row<'_> {
    fn field(&self, name: &'static str) -> &str {
        self.columns
            .get(name)
            .and_then(|&ix| self.record.get(ix))
            .map(str::trim)
            .unwrap_or("")
    }

    fn error(&self, name: &'static str, kind: LoadErrorKind) -> LoadError {
        let column = self.columns.get(name).map(|&ix| (ix + 1, name.to_string()));
        LoadError {
            file: self.file,
            line: self.line,
            column,
            kind,
        }
    }

    /// The field, or an error if it is empty.
    fn required(&self, name: &'static str) -> Result<&str, LoadError> {
        let value = self.field(name);
        if value.is_empty() {
            Err(self.error(name, LoadErrorKind::EmptyValue))
        } else {
            Ok(value)
        }
    }

    fn slug(&self, name: &'static str) -> Result<String, LoadError> {
        let value = self.required(name)?;
        if is_kebab_case(value) {
            Ok(value.to_string())
        } else {
            Err(self.error(name, LoadErrorKind::InvalidSlug(value.to_string())))
        }
    }

    fn one_of<T: Copy>(
        &self,
        name: &'static str,
        expected: &'static str,
        choices: &[(&str, T)],
    ) -> Result<T, LoadError> {
        let value = self.required(name)?;
        choices
            .iter()
            .find(|(key, _)| *key == value)
            .map(|(_, choice)| *choice)
            .ok_or_else(|| {
                let found = value.to_string();
                self.error(name, LoadErrorKind::UnknownValue { expected, found })
            })
    }
}

/// Reads a CSV text, checks the header, and hands each row to `parse`.
fn read_rows<T>(
    file: &'static str,
    text: &str,
    required: &[&'static str],
    errors: &mut Vec<LoadError>,
    mut parse: impl FnMut(&Row<'_>) -> Result<T, LoadError>,
) -> Vec<T> {
    let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
    let header_error = |kind| LoadError {
        file,
        line: 1,
        column: None,
        kind,
    };
    let headers = match reader.headers() {
        Ok(headers) => headers.clone(),
        Err(error) => {
            errors.push(header_error(LoadErrorKind::Syntax(error.to_string())));
            return Vec::new();
        }
    };
    let mut columns = HashMap::new();
    for &name in required {
        match headers.iter().position(|h| h.trim() == name) {
            Some(ix) => {
                columns.insert(name, ix);
            }
            None => errors.push(header_error(LoadErrorKind::MissingColumn(name.into()))),
        }
    }
    if columns.len() < required.len() {
        return Vec::new();
    }
    let mut rows = Vec::new();
    let mut record = csv::StringRecord::new();
    loop {
        let line = reader.position().line();
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                let line = record.position().map_or(line, |p| p.line());
                let row = Row {
                    file,
                    line,
                    record: record.clone(),
                    columns: &columns,
                };
                match parse(&row) {
                    Ok(value) => rows.push(value),
                    Err(error) => errors.push(error),
                }
            }
            Err(error) => {
                let line = error.position().map_or(line, |p| p.line());
                let message = match error.kind() {
                    csv::ErrorKind::UnequalLengths {
                        expected_len, len, ..
                    } => format!("{len} fields where the header has {expected_len}"),
                    _ => error.to_string(),
                };
                errors.push(LoadError {
                    file,
                    line,
                    column: None,
                    kind: LoadErrorKind::Syntax(message),
                });
            }
        }
    }
    rows
}

fn is_kebab_case(text: &str) -> bool {
    !text.is_empty()
        && !text.starts_with('-')
        && !text.ends_with('-')
        && !text.contains("--")
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Reports a row whose key was seen before, and keeps only the first.
fn unique<T>(rows: Vec<(T, Result<(), LoadError>)>, errors: &mut Vec<LoadError>) -> Vec<T> {
    rows.into_iter()
        .filter_map(|(row, check)| match check {
            Ok(()) => Some(row),
            Err(error) => {
                errors.push(error);
                None
            }
        })
        .collect()
}

fn duplicate_check(
    seen: &mut HashSet<String>,
    row: &Row<'_>,
    column: &'static str,
    key: &str,
) -> Result<(), LoadError> {
    if seen.insert(key.to_string()) {
        Ok(())
    } else {
        Err(row.error(
            column,
            LoadErrorKind::Duplicate(format!("{column} {key:?}")),
        ))
    }
}

const REGIONS: [(&str, Region); 6] = [
    (
        "northern-midlands-mountains",
        Region::NorthernMidlandsMountains,
    ),
    ("red-river-delta", Region::RedRiverDelta),
    ("north-central-coast", Region::NorthCentralCoast),
    ("central-highlands", Region::CentralHighlands),
    ("southeast", Region::Southeast),
    ("mekong-delta", Region::MekongDelta),
];

fn load_provinces(text: &str, errors: &mut Vec<LoadError>) -> Vec<Province> {
    const FILE: &str = "provinces.csv";
    let columns = ["code", "slug", "name_vi", "name_en", "region"];
    let (mut codes, mut slugs) = (HashSet::new(), HashSet::new());
    let rows = read_rows(FILE, text, &columns, errors, |row| {
        let raw_code = row.required("code")?;
        let code = ProvinceCode::parse(raw_code)
            .ok_or_else(|| row.error("code", LoadErrorKind::InvalidCode(raw_code.into())))?;
        let province = Province {
            slug: row.slug("slug")?,
            name_vi: row.required("name_vi")?.to_string(),
            name_en: row.required("name_en")?.to_string(),
            region: row.one_of("region", "the six regions", &REGIONS)?,
            code,
        };
        let check = duplicate_check(&mut codes, row, "code", province.code.as_str())
            .and_then(|()| duplicate_check(&mut slugs, row, "slug", &province.slug));
        Ok((province, check))
    });
    unique(rows, errors)
}

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
                "score, rank",
                &[("score", Unit::Score), ("rank", Unit::Rank)],
            )?,
            better: row.one_of(
                "better",
                "higher, lower",
                &[("higher", Better::Higher), ("lower", Better::Lower)],
            )?,
            pillar: row.one_of(
                "pillar",
                "overall, government, economy, society",
                &[
                    ("overall", Pillar::Overall),
                    ("government", Pillar::Government),
                    ("economy", Pillar::Economy),
                    ("society", Pillar::Society),
                ],
            )?,
            description_vi: row.required("description_vi")?.to_string(),
            description_en: row.required("description_en")?.to_string(),
        };
        let check = duplicate_check(&mut ids, row, "id", &indicator.id);
        Ok((indicator, check))
    });
    unique(rows, errors)
}

fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    let in_range = |s: &str, max: u8| s.parse::<u8>().is_ok_and(|v| (1..=max).contains(&v));
    match parts.as_slice() {
        [y] => digits(y, 4),
        [y, m] => digits(y, 4) && digits(m, 2) && in_range(m, 12),
        [y, m, d] => {
            digits(y, 4) && digits(m, 2) && in_range(m, 12) && digits(d, 2) && in_range(d, 31)
        }
        _ => false,
    }
}

fn load_sources(text: &str, errors: &mut Vec<LoadError>) -> Vec<Source> {
    const FILE: &str = "sources.csv";
    let columns = ["id", "title", "publisher", "published", "url"];
    let mut ids = HashSet::new();
    let rows = read_rows(FILE, text, &columns, errors, |row| {
        let published = match row.field("published") {
            "" => None,
            date if is_date(date) => Some(date.to_string()),
            date => return Err(row.error("published", LoadErrorKind::InvalidDate(date.into()))),
        };
        let source = Source {
            id: row.slug("id")?,
            title: row.required("title")?.to_string(),
            publisher: row.required("publisher")?.to_string(),
            published,
            url: row.required("url")?.to_string(),
        };
        let check = duplicate_check(&mut ids, row, "id", &source.id);
        Ok((source, check))
    });
    unique(rows, errors)
}

/// How many provinces the DTI ranks (the 63 pre-2025 provinces); the largest rank.
pub const RANKED_PROVINCES: f64 = 63.0;

fn load_observations(
    text: &str,
    provinces: &[Province],
    indicators: &[Indicator],
    sources: &[Source],
    errors: &mut Vec<LoadError>,
) -> Vec<Observation> {
    const FILE: &str = "observations.csv";
    let columns = ["indicator", "province", "year", "value", "source", "quote"];
    let mut keys = HashSet::new();
    let find = |row: &Row<'_>, column, table, ix: Option<usize>| {
        let id = row.field(column).to_string();
        ix.ok_or_else(|| row.error(column, LoadErrorKind::UnknownReference { table, id }))
    };
    let rows = read_rows(FILE, text, &columns, errors, |row| {
        let indicator_id = row.required("indicator")?;
        let indicator = find(
            row,
            "indicator",
            "indicator",
            indicators.iter().position(|i| i.id == indicator_id),
        )?;
        let code = row.required("province")?;
        let province = find(
            row,
            "province",
            "province",
            provinces.iter().position(|p| p.code.as_str() == code),
        )?;
        let raw_year = row.required("year")?;
        let year = Year::parse(raw_year)
            .ok_or_else(|| row.error("year", LoadErrorKind::InvalidYear(raw_year.into())))?;
        let raw_value = row.required("value")?;
        let value = raw_value
            .parse::<f64>()
            .ok()
            .filter(|v| v.is_finite())
            .ok_or_else(|| row.error("value", LoadErrorKind::InvalidNumber(raw_value.into())))?;
        let (min, max) = match indicators[indicator].unit {
            Unit::Score => (0.0, 1.0),
            Unit::Rank => (1.0, RANKED_PROVINCES),
        };
        let whole = indicators[indicator].unit != Unit::Rank || value.fract() == 0.0;
        if !(min..=max).contains(&value) || !whole {
            return Err(row.error("value", LoadErrorKind::OutOfRange { value, min, max }));
        }
        let source_id = row.required("source")?;
        let source = find(
            row,
            "source",
            "source",
            sources.iter().position(|s| s.id == source_id),
        )?;
        let quote = row.required("quote")?.to_string();
        let key = format!("{indicator_id} {code} {year} {source_id}");
        let check = duplicate_check(&mut keys, row, "source", &key);
        let observation = Observation {
            indicator,
            province,
            year,
            value,
            source,
            quote,
        };
        Ok((observation, check))
    });
    unique(rows, errors)
}
