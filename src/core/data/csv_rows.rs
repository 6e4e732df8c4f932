//! The CSV machinery shared by the data files: reading rows by header name, and
//! [`LoadError`]s that name the file, the line and the column of every problem.

use std::collections::{HashMap, HashSet};
use std::fmt;

use super::model::Year;

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
    /// The printed form does not read as the value (`0,3504` for 0.3504, `thứ ba` for 3).
    PrintedMismatch {
        printed: String,
        value: f64,
    },
    /// The quote does not contain the value as printed.
    PrintedNotInQuote(String),
    /// A rank given to two areas in one ranking, without a declared tie.
    RepeatedRank {
        rank: f64,
        /// Where the other area's rank is: "file, line N".
        other: String,
    },
    /// A value that contradicts another column of its row.
    Inconsistent(String),
    /// After loading, the data has none of these (provinces, indicators, values): no
    /// view can be shown.
    Unusable(&'static str),
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
            Self::PrintedMismatch { printed, value } => {
                write!(f, "{printed:?} does not read as the value {value}")
            }
            Self::PrintedNotInQuote(printed) => {
                write!(
                    f,
                    "the quote does not contain the value as printed, {printed:?}"
                )
            }
            Self::RepeatedRank { rank, other } => write!(
                f,
                "rank {rank} is also given to another area ({other}), and no tie is declared"
            ),
            Self::Inconsistent(message) => f.write_str(message),
            Self::Unusable(what) => write!(f, "the data has no {what}: no view can be shown"),
        }
    }
}

/// One data row, with what is needed to locate a problem in it.
pub(crate) struct Row<'t> {
    pub(crate) file: &'static str,
    pub(crate) line: u64,
    record: csv::StringRecord,
    columns: &'t HashMap<&'static str, usize>,
}

impl Row<'_> {
    pub(crate) fn field(&self, name: &'static str) -> &str {
        self.columns
            .get(name)
            .and_then(|&ix| self.record.get(ix))
            .map(str::trim)
            .unwrap_or("")
    }

    /// The 1-based number and name of a column, as the header has it.
    pub(crate) fn column(&self, name: &'static str) -> Option<(usize, String)> {
        self.columns.get(name).map(|&ix| (ix + 1, name.to_string()))
    }

    pub(crate) fn error(&self, name: &'static str, kind: LoadErrorKind) -> LoadError {
        let column = self.column(name);
        LoadError {
            file: self.file,
            line: self.line,
            column,
            kind,
        }
    }

    /// The field, or an error if it is empty.
    pub(crate) fn required(&self, name: &'static str) -> Result<&str, LoadError> {
        let value = self.field(name);
        if value.is_empty() {
            Err(self.error(name, LoadErrorKind::EmptyValue))
        } else {
            Ok(value)
        }
    }

    pub(crate) fn slug(&self, name: &'static str) -> Result<String, LoadError> {
        let value = self.required(name)?;
        if is_kebab_case(value) {
            Ok(value.to_string())
        } else {
            Err(self.error(name, LoadErrorKind::InvalidSlug(value.to_string())))
        }
    }

    pub(crate) fn one_of<T: Copy>(
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
pub(crate) fn read_rows<T>(
    file: &'static str,
    text: &str,
    required: &[&'static str],
    errors: &mut Vec<LoadError>,
    parse: impl FnMut(&Row<'_>) -> Result<T, LoadError>,
) -> Vec<T> {
    read_rows_with_optional(file, text, required, &[], errors, parse)
}

/// As [`read_rows`], with columns a file may leave out (their fields then read as empty).
pub(crate) fn read_rows_with_optional<T>(
    file: &'static str,
    text: &str,
    required: &[&'static str],
    optional: &[&'static str],
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
    for &name in optional {
        if let Some(ix) = headers.iter().position(|h| h.trim() == name) {
            columns.insert(name, ix);
        }
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

pub(crate) fn is_kebab_case(text: &str) -> bool {
    !text.is_empty()
        && !text.starts_with('-')
        && !text.ends_with('-')
        && !text.contains("--")
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Reports a row whose key was seen before, and keeps only the first.
pub(crate) fn unique<T>(
    rows: Vec<(T, Result<(), LoadError>)>,
    errors: &mut Vec<LoadError>,
) -> Vec<T> {
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

pub(crate) fn duplicate_check(
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

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a real month and day number.
pub(crate) fn is_date(text: &str) -> bool {
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
