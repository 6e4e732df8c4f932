//! Checks an imported table against its mapping before anything is added: every value
//! accepted or rejected with its line, column and reason; places that are not known,
//! with the closest names; repeated keys; values out of their unit's range; and which
//! built-in values the file agrees or disagrees with. The result is a [`UserSet`] of the
//! accepted values and the [`ImportReport`] the person reads before confirming.

use std::collections::HashMap;

use super::grid::{Grid, GridRow};
use super::mapping::{unit_of, year_in, ColumnRole, IndicatorChoice, Mapping, TidyField};
use super::number::parse_number;
use super::places::PlaceMatcher;
use super::user_set::{UserIndicator, UserSet, UserValue, USER_PREFIX};
use crate::core::data::dataset::Dataset;
use crate::core::data::fold::fold;
use crate::core::data::model::{Area, Unit, Year};
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
    OutOfRange { value: f64, min: f64, max: f64 },
    NotWhole(f64),
    NoIndicator,
    Repeated { first_line: u64 },
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

/// One value read from a cell, before its checks.
struct Candidate<'g> {
    row: &'g GridRow,
    column: usize,
    place: &'g str,
    indicator: Option<IndicatorChoice>,
    year: Option<String>,
    value: &'g str,
    kind: &'g str,
    quote: Option<&'g str>,
    source: Option<&'g str>,
}

/// Checks `grid` read through `mapping`; `set_id` must be unique among kept sets.
pub fn validate(
    grid: &Grid,
    mapping: &Mapping,
    dataset: &Dataset,
    set_id: &str,
    imported: &str,
) -> (ImportReport, UserSet) {
    let mut report = ImportReport {
        rows: grid.rows.len(),
        ..ImportReport::default()
    };
    let mut set = UserSet {
        id: set_id.to_string(),
        name: mapping.name.clone(),
        file: mapping.name.clone(),
        imported: imported.to_string(),
        indicators: Vec::new(),
        values: Vec::new(),
    };
    let mut checker = Checker {
        dataset,
        mapping,
        matcher: PlaceMatcher::new(dataset),
        tidy_units: tidy_units(grid, mapping),
        names: dataset
            .indicators()
            .iter()
            .enumerate()
            .flat_map(|(ix, i)| [(fold(&i.name_vi), ix), (fold(&i.name_en), ix)])
            .collect(),
        new_ids: HashMap::new(),
        resolved: HashMap::new(),
        seen: HashMap::new(),
    };
    let mut unknown: HashMap<String, usize> = HashMap::new();
    let place_column = mapping.place_column();
    let mut is_rank: Vec<bool> = Vec::new();
    for row in &grid.rows {
        for c in candidates(row, mapping, place_column) {
            let header = grid.header.get(c.column).cloned();
            match checker.check(&c, header.as_deref(), &mut set) {
                Ok(None) => {}
                Ok(Some((value, rank))) => {
                    compare(&mut report, dataset, &value, row.line);
                    is_rank.push(rank);
                    set.values.push(value);
                }
                Err((reason, suggestions)) => {
                    match &reason {
                        Reason::UnknownPlace(name) => {
                            note_unknown(&mut report, &mut unknown, name, row.line, suggestions)
                        }
                        Reason::Repeated { .. } => report.repeated += 1,
                        _ => {}
                    }
                    push_problem(&mut report, row.line, header, reason);
                }
            }
        }
    }
    mark_ties(&mut set.values, &is_rank);
    report.accepted = set.values.len();
    let mut names: Vec<String> = set.indicators.iter().map(|i| i.name.clone()).collect();
    let built_in: std::collections::BTreeSet<&str> = set
        .values
        .iter()
        .map(|v| v.indicator.as_str())
        .filter(|id| !id.starts_with(USER_PREFIX))
        .collect();
    for id in built_in {
        if let Some(ix) = dataset.find_indicator(id) {
            let name = dataset.indicators()[ix].name_vi.clone();
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    report.indicators = names;
    (report, set)
}

/// What the checks of one value need, and what they remember across values.
struct Checker<'d> {
    dataset: &'d Dataset,
    mapping: &'d Mapping,
    matcher: PlaceMatcher,
    tidy_units: HashMap<String, Unit>,
    /// Built-in indicators by folded name, either language.
    names: HashMap<String, usize>,
    new_ids: HashMap<String, String>,
    /// What each indicator choice resolved to, so a million rows fold a name once.
    resolved: HashMap<IndicatorChoice, Option<(String, Unit)>>,
    seen: HashMap<(String, String, u16, String), u64>,
}

type Refusal = (Reason, Vec<String>);

impl Checker<'_> {
    /// The value of a cell and whether it is a rank; `None` for an empty cell; or why it
    /// is refused (with the closest names for an unknown place).
    fn check(
        &mut self,
        c: &Candidate<'_>,
        header: Option<&str>,
        set: &mut UserSet,
    ) -> Result<Option<(UserValue, bool)>, Refusal> {
        let refuse = |reason| Err((reason, Vec::new()));
        if c.place.is_empty() {
            return refuse(Reason::NoPlace);
        }
        let area = self
            .matcher
            .resolve(c.place, self.mapping.units)
            .map_err(|close| (Reason::UnknownPlace(c.place.to_string()), close))?;
        let Some(choice) = &c.indicator else {
            return refuse(Reason::NoIndicator);
        };
        let year_text = c
            .year
            .clone()
            .or_else(|| self.mapping.year.map(|y| y.to_string()));
        let Some(year_text) = year_text else {
            return refuse(Reason::NoYear);
        };
        let Some(year) = year_in(&year_text).and_then(Year::new) else {
            return refuse(Reason::InvalidYear(year_text));
        };
        if c.value.is_empty() {
            return Ok(None); // an empty cell is no value, not a problem
        }
        let Some(value) = parse_number(c.value) else {
            return refuse(Reason::NotANumber(c.value.to_string()));
        };
        let resolved = match self.resolved.get(choice) {
            Some(known) => known.clone(),
            None => {
                let found = resolve_indicator(
                    choice,
                    self.dataset,
                    &self.names,
                    &self.tidy_units,
                    &mut self.new_ids,
                    set,
                );
                self.resolved.insert(choice.clone(), found.clone());
                found
            }
        };
        let Some((indicator, unit)) = resolved else {
            return refuse(Reason::NoIndicator);
        };
        let group = match (unit, area) {
            (Unit::Rank, Area::Merged(_)) => Some(34),
            (Unit::Rank, _) => Some(63),
            _ => None,
        };
        let (min, max) = unit.range(group);
        if !(min..=max).contains(&value) {
            return refuse(Reason::OutOfRange { value, min, max });
        }
        if matches!(unit, Unit::Rank | Unit::Count) && value.fract() != 0.0 {
            return refuse(Reason::NotWhole(value));
        }
        let kind = kind_id(c.kind).to_string();
        let area = area_key(self.dataset, area);
        let key = (indicator.clone(), area.clone(), year.get(), kind.clone());
        if let Some(&first_line) = self.seen.get(&key) {
            return refuse(Reason::Repeated { first_line });
        }
        self.seen.insert(key, c.row.line);
        let quote = c
            .quote
            .filter(|q| q.contains(c.value))
            .map_or_else(|| format!("{}: {}", c.place, c.value), str::to_string);
        let value = UserValue {
            indicator,
            area,
            year: year.get(),
            kind,
            value,
            printed: c.value.to_string(),
            quote,
            note: location_note(&self.mapping.name, c.row.line, header, c.source),
            tie: false,
        };
        Ok(Some((value, unit == Unit::Rank)))
    }
}

/// The values of one row: one per value column of a wide table, or the row itself in
/// the tidy layout.
fn candidates<'g>(row: &'g GridRow, mapping: &Mapping, place: Option<usize>) -> Vec<Candidate<'g>> {
    let place_text = place.map_or("", |ix| row.cell(ix));
    let field = |f: TidyField| mapping.tidy_column(f).map(|ix| row.cell(ix));
    if mapping.is_tidy() {
        let indicator = field(TidyField::Indicator)
            .filter(|t| !t.is_empty())
            .map(|text| {
                // An id of ours, else the name of an indicator of the person's own.
                IndicatorChoice::Existing(text.to_string())
            });
        return vec![Candidate {
            row,
            column: mapping.tidy_column(TidyField::Value).unwrap_or(0),
            place: place_text,
            indicator,
            year: field(TidyField::Year).map(str::to_string),
            value: field(TidyField::Value).unwrap_or(""),
            kind: field(TidyField::Kind).unwrap_or(""),
            quote: field(TidyField::Quote).filter(|q| !q.is_empty()),
            source: field(TidyField::Source).filter(|s| !s.is_empty()),
        }];
    }
    mapping
        .columns
        .iter()
        .enumerate()
        .filter_map(|(column, role)| match role {
            ColumnRole::Value { indicator, year } => Some(Candidate {
                row,
                column,
                place: place_text,
                indicator: Some(indicator.clone()),
                year: year.map(|y| y.to_string()),
                value: row.cell(column),
                kind: "",
                quote: None,
                source: None,
            }),
            _ => None,
        })
        .collect()
}

/// The indicator id and unit of a value: a built-in indicator by id or name, else (a
/// new indicator of the person's own) the id it was given in this set.
fn resolve_indicator(
    choice: &IndicatorChoice,
    dataset: &Dataset,
    names: &HashMap<String, usize>,
    tidy_units: &HashMap<String, Unit>,
    new_ids: &mut HashMap<String, String>,
    set: &mut UserSet,
) -> Option<(String, Unit)> {
    let (name, unit) = match choice {
        IndicatorChoice::Existing(text) => {
            let found = dataset
                .find_indicator(text)
                .or_else(|| names.get(&fold(text)).copied());
            if let Some(ix) = found {
                let info = &dataset.indicators()[ix];
                return Some((info.id.clone(), info.unit));
            }
            // A tidy file's own indicator, named in its indicator column.
            (text.clone(), *tidy_units.get(text)?)
        }
        IndicatorChoice::New { name, unit } => (name.clone(), *unit),
    };
    if name.trim().is_empty() {
        return None;
    }
    let next = format!("{USER_PREFIX}{}-{}", set.id, new_ids.len() + 1);
    let id = new_ids.entry(name.clone()).or_insert_with(|| {
        set.indicators.push(UserIndicator {
            id: next.clone(),
            name: name.clone(),
            unit: unit.id().to_string(),
        });
        next
    });
    Some((id.clone(), unit))
}

/// For the tidy layout: the unit of each indicator named in the indicator column — the
/// unit column's where it has one, else what the indicator's values suggest.
fn tidy_units(grid: &Grid, mapping: &Mapping) -> HashMap<String, Unit> {
    let mut units = HashMap::new();
    let (Some(ind), Some(val), true) = (
        mapping.tidy_column(TidyField::Indicator),
        mapping.tidy_column(TidyField::Value),
        mapping.is_tidy(),
    ) else {
        return units;
    };
    let unit_col = mapping.tidy_column(TidyField::Unit);
    let mut values: HashMap<&str, Vec<f64>> = HashMap::new();
    for row in &grid.rows {
        let name = row.cell(ind);
        if let Some(unit) = unit_col.and_then(|ix| unit_of_text(row.cell(ix))) {
            units.entry(name.to_string()).or_insert(unit);
        }
        if let Some(v) = parse_number(row.cell(val)) {
            values.entry(name).or_default().push(v);
        }
    }
    for (name, values) in values {
        units
            .entry(name.to_string())
            .or_insert_with(|| unit_of(values.iter().copied(), false));
    }
    units
}

fn unit_of_text(text: &str) -> Option<Unit> {
    let folded = fold(text);
    Unit::from_id(&folded).or(match folded.as_str() {
        "thu hang" | "xep hang" | "hang" => Some(Unit::Rank),
        "diem" | "diem 0 1" => Some(Unit::Score),
        "phan tram" | "ty le" => Some(Unit::Percent),
        "so luong" => Some(Unit::Count),
        _ if text.contains('%') => Some(Unit::Percent),
        _ => None,
    })
}

fn kind_id(text: &str) -> &'static str {
    match fold(text).as_str() {
        "estimate" | "uoc dat" | "uoc tinh" => "estimate",
        "target" | "muc tieu" | "ke hoach" => "target",
        _ => "actual",
    }
}

fn area_key(dataset: &Dataset, area: Area) -> String {
    match area {
        Area::Merged(_) => format!("2025:{}", dataset.area_slug(area).unwrap_or_default()),
        Area::National => "VN".to_string(),
        Area::Province(_) => dataset.area_slug(area).unwrap_or_default().to_string(),
    }
}

fn location_note(file: &str, line: u64, header: Option<&str>, source: Option<&str>) -> String {
    let mut note = format!("{file}, dòng {line}");
    if let Some(header) = header.filter(|h| !h.is_empty()) {
        note.push_str(&format!(", cột “{header}”"));
    }
    if let Some(source) = source {
        note.push_str(&format!("; nguồn: {source}"));
    }
    note
}

fn push_problem(report: &mut ImportReport, line: u64, column: Option<String>, reason: Reason) {
    report.problem_count += 1;
    if report.problems.len() < LISTED {
        report.problems.push(Problem {
            line,
            column,
            reason,
        });
    }
}

fn note_unknown(
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
fn compare(report: &mut ImportReport, dataset: &Dataset, v: &UserValue, line: u64) {
    if v.indicator.starts_with(USER_PREFIX) {
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
fn mark_ties(values: &mut [UserValue], is_rank: &[bool]) {
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
