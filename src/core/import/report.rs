//! What the checks found, as the person reads it before confirming: the report's types,
//! and how problems, unknown places, agreements, disagreements and ties are counted.

use std::collections::HashMap;

use super::user_set::{UserValue, USER_PREFIX};
use crate::core::data::dataset::Dataset;
use crate::core::data::model::{Area, Year};
use crate::core::data::preferred::preferred;

/// At most this many problems and disagreements are listed; all are counted.
pub const LISTED: usize = 200;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportReport {
    /// Data rows read (the header aside).
    pub rows: usize,
    /// Values accepted.
    pub accepted: usize,
    /// The first [`LISTED`] problems, in file order.
    pub problems: Vec<Problem>,
    pub problem_count: usize,
    /// Names that are no place of the geography, with where they are and what is close.
    pub unknown_places: Vec<UnknownPlace>,
    /// Values given twice for the same indicator, place, year and kind (the first stands).
    pub repeated: usize,
    /// Built-in values the file gives the same.
    pub agreements: usize,
    pub disagreements: Vec<Disagreement>,
    pub disagreement_count: usize,
    /// Names of the indicators the accepted values belong to.
    pub indicators: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub line: u64,
    /// The header of the column, where the problem is in one cell.
    pub column: Option<String>,
    pub reason: Reason,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Reason {
    NoPlace,
    UnknownPlace(String),
    NoYear,
    InvalidYear(String),
    NotANumber(String),
    OutOfRange {
        value: f64,
        min: f64,
        max: f64,
    },
    NotWhole(f64),
    NoIndicator,
    Repeated {
        first_line: u64,
    },
    /// A half-year or year-to-date figure: never taken for the full year.
    PartYear(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct UnknownPlace {
    pub name: String,
    pub first_line: u64,
    pub count: usize,
    pub suggestions: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Disagreement {
    pub line: u64,
    pub area: Area,
    pub indicator: usize,
    pub year: u16,
    pub yours: f64,
    pub ours: f64,
}

pub(super) fn push_problem(
    report: &mut ImportReport,
    line: u64,
    column: Option<String>,
    reason: Reason,
) {
    report.problem_count += 1;
    if report.problems.len() < LISTED {
        report.problems.push(Problem {
            line,
            column,
            reason,
        });
    }
}

pub(super) fn note_unknown(
    report: &mut ImportReport,
    counts: &mut HashMap<String, usize>,
    name: &str,
    line: u64,
    suggestions: Vec<String>,
) {
    let count = counts.entry(name.to_string()).or_insert(0);
    *count += 1;
    match report.unknown_places.iter_mut().find(|u| u.name == name) {
        Some(known) => known.count = *count,
        None => report.unknown_places.push(UnknownPlace {
            name: name.to_string(),
            first_line: line,
            count: 1,
            suggestions,
        }),
    }
}

/// Counts a value that a built-in value agrees with, or lists the disagreement.
pub(super) fn compare(report: &mut ImportReport, dataset: &Dataset, v: &UserValue, line: u64) {
    // Only a measured value can agree with ours (ours never shows targets or estimates).
    if v.indicator.starts_with(USER_PREFIX) || v.kind != "actual" {
        return; // the person's own indicator: nothing of ours to compare with
    }
    let (Some(ix), Some(area), Some(year)) = (
        dataset.find_indicator(&v.indicator),
        dataset.find_area(&v.area),
        Year::new(v.year),
    ) else {
        return;
    };
    let value = v.value;
    let Some(ours) = preferred(dataset, ix, area, year) else {
        return;
    };
    if (ours.value - value).abs() <= 1e-9 * ours.value.abs().max(1.0) {
        report.agreements += 1;
        return;
    }
    report.disagreement_count += 1;
    if report.disagreements.len() < LISTED {
        report.disagreements.push(Disagreement {
            line,
            area,
            indicator: ix,
            year: year.get(),
            yours: value,
            ours: ours.value,
        });
    }
}

/// Ranks the file gives to two places of one ranking are ties.
pub(super) fn mark_ties(values: &mut [UserValue], is_rank: &[bool]) {
    let key = |v: &UserValue| {
        (
            v.indicator.clone(),
            v.year,
            v.kind.clone(),
            v.value.to_bits(),
        )
    };
    let mut count: HashMap<(String, u16, String, u64), usize> = HashMap::new();
    for (v, _) in values.iter().zip(is_rank).filter(|(_, rank)| **rank) {
        *count.entry(key(v)).or_insert(0) += 1;
    }
    for (v, &rank) in values.iter_mut().zip(is_rank) {
        v.tie = rank && count.get(&key(v)).copied().unwrap_or(0) > 1;
    }
}
