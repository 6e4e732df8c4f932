//! Checks an imported table against its mapping before anything is added: every value
//! accepted or rejected with its line, column and reason; places that are not known,
//! with the closest names; repeated keys; values out of their unit's range; and which
//! built-in values the file agrees or disagrees with. The result is a [`UserSet`] of the
//! accepted values and the [`ImportReport`] the person reads before confirming.

use std::borrow::Cow;
use std::collections::HashMap;

use super::grid::{Grid, GridRow};
use super::indicators::{kind_id, resolve_indicator, tidy_units};
use super::mapping::{year_in, ColumnRole, IndicatorChoice, Mapping, TidyField};
use super::number::parse_number;
use super::places::PlaceMatcher;
use super::report::{compare, mark_ties, note_unknown, push_problem};
pub use super::report::{Disagreement, ImportReport, Problem, Reason, UnknownPlace, LISTED};
use super::user_set::{UserSet, UserValue, USER_PREFIX};
use crate::core::data::dataset::Dataset;
use crate::core::data::fold::fold;
use crate::core::data::model::{Area, PeriodPart, Unit, Year};
use crate::core::data::own_area::OWN_PREFIX;
use crate::core::data::untrusted::shown;

/// One value read from a cell, before its checks.
struct Candidate<'g> {
    row: &'g GridRow,
    column: usize,
    place: Cow<'g, str>,
    indicator: Option<IndicatorChoice>,
    year: Option<String>,
    value: &'g str,
    kind: &'g str,
    /// The part of the year, as the file writes it (empty for the full year).
    period: &'g str,
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
        places: HashMap::new(),
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
    /// What each place name resolved to (the closest names where unknown).
    places: HashMap<String, Result<Area, Vec<String>>>,
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
        let place = match own_area(&c.place, self.mapping.own_areas) {
            Some(key) => Place::Own(key),
            None => {
                // Each name is looked up once: a file repeats its places on every row.
                let (matcher, units) = (&self.matcher, self.mapping.units);
                let found = self
                    .places
                    .entry(c.place.to_string())
                    .or_insert_with(|| matcher.resolve(&c.place, units));
                match found {
                    Ok(area) => Place::Known(*area),
                    Err(close) => {
                        return Err((Reason::UnknownPlace(c.place.to_string()), close.clone()))
                    }
                }
            }
        };
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
        // A level "as of" a date stands for its year; a part of a year never does.
        if !matches!(
            PeriodPart::parse(c.period),
            Some(PeriodPart::FullYear | PeriodPart::AsOf)
        ) {
            return refuse(Reason::PartYear(c.period.to_string()));
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
        let group = match (unit, &place) {
            (Unit::Rank, Place::Known(Area::Merged(_))) => Some(34),
            (Unit::Rank, Place::Known(_)) => Some(63),
            _ => None,
        };
        let (min, max) = match (unit, &place) {
            // A person's own areas are ranked among as many as there are.
            (Unit::Rank, Place::Own(_)) => (1.0, f64::MAX),
            _ => unit.range(group),
        };
        if !(min..=max).contains(&value) {
            return refuse(Reason::OutOfRange { value, min, max });
        }
        if matches!(unit, Unit::Rank | Unit::Count) && value.fract() != 0.0 {
            return refuse(Reason::NotWhole(value));
        }
        let kind = kind_id(c.kind).to_string();
        let area = match place {
            Place::Known(area) => area_key(self.dataset, area),
            Place::Own(key) => key,
        };
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

/// The name of a row's place, followed for an area of a person's own by the places it
/// lies in ("Xã Tân Lập, Hải Dương"), so that communes of the same name stay apart.
fn own_area_name<'g>(row: &'g GridRow, mapping: &Mapping, place: &'g str) -> Cow<'g, str> {
    if !mapping.own_areas || place.trim().is_empty() {
        return Cow::Borrowed(place);
    }
    let within: Vec<&str> = mapping
        .columns
        .iter()
        .enumerate()
        .filter(|(_, role)| **role == ColumnRole::Within)
        .map(|(ix, _)| row.cell(ix).trim())
        .filter(|text| !text.is_empty())
        .collect();
    if within.is_empty() {
        return Cow::Borrowed(place);
    }
    Cow::Owned(format!("{}, {}", place.trim(), within.join(", ")))
}

/// The values of one row: one per value column of a wide table, or the row itself in
/// the tidy layout.
fn candidates<'g>(row: &'g GridRow, mapping: &Mapping, place: Option<usize>) -> Vec<Candidate<'g>> {
    let place_text = own_area_name(row, mapping, place.map_or("", |ix| row.cell(ix)));
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
            period: field(TidyField::Period).unwrap_or("").trim(),
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
                place: place_text.clone(),
                indicator: Some(indicator.clone()),
                year: year.map(|y| y.to_string()),
                value: row.cell(column),
                kind: "",
                period: "",
                quote: None,
                source: None,
            }),
            _ => None,
        })
        .collect()
}

/// Where a value is: a place of the dataset, or an area of the person's own (its key).
enum Place {
    Known(Area),
    Own(String),
}

/// The `own:` key of a place that is an area of the person's own: any place of a file
/// mapped as such, or one written `own:…` (as our export writes them). Its name is made
/// safe to show.
fn own_area(place: &str, own_areas: bool) -> Option<String> {
    let name = match place.strip_prefix(OWN_PREFIX) {
        Some(name) => name,
        None if own_areas => place,
        None => return None,
    };
    let name = shown(name.trim(), OWN_NAME_LETTERS);
    (!name.is_empty()).then(|| format!("{OWN_PREFIX}{name}"))
}

/// The longest name of an area of a person's own that is kept.
const OWN_NAME_LETTERS: usize = 120;

fn area_key(dataset: &Dataset, area: Area) -> String {
    match area {
        Area::Merged(_) => format!("2025:{}", dataset.area_slug(area).unwrap_or_default()),
        Area::National => "VN".to_string(),
        Area::Province(_) => dataset.area_slug(area).unwrap_or_default().to_string(),
        Area::Own(_) | Area::Former(_) | Area::Region(_) => dataset.area_key(area),
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
