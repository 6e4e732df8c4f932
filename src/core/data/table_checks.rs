//! Checks of the complete tables against each other and against what was printed,
//! re-run by the build (`build.rs` fails on any problem) and by the native tests:
//! - each year's 63 DTI scores average to the provincial average published for it;
//! - each post-2025 unit's DTI 2024 score is within 0.0001 of the mean of its former
//!   provinces' scores;
//! - a rank worked out from a table equals the printed rank of the same place and year,
//!   but for the disagreements documented in `docs/data.md` ([`KNOWN_DISAGREEMENTS`]);
//! - a table's printed ranks follow the order of its printed scores, at the two decimals
//!   the publisher ranks by (equal scores may be ranked either way).

use super::citation::Citation;
use super::dataset::Dataset;
use super::model::{Area, Better, Observation, ObservationKind, PeriodPart, Year};

/// Printed ranks that disagree with the rank a complete table gives, each checked and
/// explained in `docs/data.md`: (rank indicator, ISO code, year, printed, derived).
pub const KNOWN_DISAGREEMENTS: [(&str, &str, u16, u32, u32); 1] =
    [("dti-rank", "VN-73", 2023, 19, 20)];

/// The problems found, as sentences; empty when every check passes.
pub fn check_tables(dataset: &Dataset) -> Vec<String> {
    let mut problems = Vec::new();
    check_averages(dataset, &mut problems);
    check_units(dataset, &mut problems);
    for d in rank_disagreements(dataset) {
        let known = KNOWN_DISAGREEMENTS
            .iter()
            .any(|k| (k.0, k.1, k.2, k.3, k.4) == (d.0.as_str(), d.1.as_str(), d.2, d.3, d.4));
        if !known {
            problems.push(format!(
                "{} of {} in {}: printed {}, but the complete table gives {}",
                d.0, d.1, d.2, d.3, d.4
            ));
        }
    }
    check_printed_order(dataset, &mut problems);
    problems
}

fn find(dataset: &Dataset, id: &str) -> Option<usize> {
    dataset.find_indicator(id)
}

fn is_table(o: &Observation) -> bool {
    o.citation == Citation::TableRow
}

/// The table scores of `indicator` in `year` for provinces (or units), by table source.
fn table_values(dataset: &Dataset, indicator: usize, year: Year, units: bool) -> Vec<&Observation> {
    dataset
        .observations_of(indicator)
        .map(|(_, o)| o)
        .filter(|o| is_table(o) && o.year == year)
        .filter(|o| {
            if units {
                matches!(o.area, Area::Merged(_))
            } else {
                matches!(o.area, Area::Province(_))
            }
        })
        .collect()
}

fn check_averages(dataset: &Dataset, problems: &mut Vec<String>) {
    let Some(score) = find(dataset, "dti-score") else {
        return;
    };
    let published: Vec<&Observation> = dataset
        .observations_of(score)
        .map(|(_, o)| o)
        .filter(|o| o.area == Area::National && o.note.contains("provincial average"))
        .collect();
    for average in published {
        let values = table_values(dataset, score, average.year, false);
        if values.len() != dataset.provinces().len() {
            continue;
        }
        let mean = values.iter().map(|o| o.value).sum::<f64>() / values.len() as f64;
        if (mean - average.value).abs() > 0.00005 {
            problems.push(format!(
                "the {} DTI scores of {} average {mean:.5}, not the published {}",
                values.len(),
                average.year,
                average.printed
            ));
        }
    }
}

fn check_units(dataset: &Dataset, problems: &mut Vec<String>) {
    let Some(score) = find(dataset, "dti-score") else {
        return;
    };
    let Some(year) = Year::new(2024) else {
        return;
    };
    let provinces = table_values(dataset, score, year, false);
    for unit_value in table_values(dataset, score, year, true) {
        let Area::Merged(u) = unit_value.area else {
            continue;
        };
        let unit = &dataset.merged_units()[u];
        let former: Vec<f64> = unit
            .absorbed
            .iter()
            .filter_map(|&p| provinces.iter().find(|o| o.area == Area::Province(p)))
            .map(|o| o.value)
            .collect();
        if former.len() != unit.absorbed.len() {
            problems.push(format!(
                "{}: DTI 2024 of {} of its {} former provinces only",
                unit.slug,
                former.len(),
                unit.absorbed.len()
            ));
            continue;
        }
        let mean = former.iter().sum::<f64>() / former.len() as f64;
        if (mean - unit_value.value).abs() > 0.0001 {
            problems.push(format!(
                "{}: DTI 2024 score {} is not the mean of its former provinces' scores ({mean:.5})",
                unit.slug, unit_value.printed
            ));
        }
    }
}

/// Where a printed rank and a rank derived from a complete table disagree: (rank
/// indicator, ISO code, year, printed, derived).
pub fn rank_disagreements(dataset: &Dataset) -> Vec<(String, String, u16, u32, u32)> {
    let mut found = Vec::new();
    for (ix, indicator) in dataset.indicators().iter().enumerate() {
        let values: Vec<&Observation> = dataset.observations_of(ix).map(|(_, o)| o).collect();
        for derived in values
            .iter()
            .filter(|o| o.citation == Citation::DerivedRank)
        {
            let Area::Province(p) = derived.area else {
                continue;
            };
            for printed in values.iter().filter(|o| {
                o.citation != Citation::DerivedRank
                    && o.area == derived.area
                    && o.year == derived.year
                    && o.group == derived.group
                    && o.kind == ObservationKind::Actual
                    && o.part == PeriodPart::FullYear
                    && o.value != derived.value
            }) {
                let code = dataset.provinces()[p].code.to_string();
                found.push((
                    indicator.id.clone(),
                    code,
                    derived.year.get(),
                    printed.value as u32,
                    derived.value as u32,
                ));
            }
        }
    }
    found
}

fn check_printed_order(dataset: &Dataset, problems: &mut Vec<String>) {
    for (rank_id, score_id) in [("pci-rank", "pci-score")] {
        let (Some(rank), Some(score)) = (find(dataset, rank_id), find(dataset, score_id)) else {
            continue;
        };
        let better = dataset.indicators()[score].better;
        let ranks: Vec<&Observation> = dataset
            .observations_of(rank)
            .map(|(_, o)| o)
            .filter(|o| is_table(o))
            .collect();
        for r in &ranks {
            let scores: Vec<&Observation> = dataset
                .observations_of(score)
                .map(|(_, o)| o)
                .filter(|o| is_table(o) && o.year == r.year && o.source == r.source)
                .collect();
            let Some(own) = scores.iter().find(|o| o.area == r.area) else {
                continue;
            };
            let cents = |v: f64| (v * 100.0).round() as i64;
            let ahead = scores
                .iter()
                .filter(|s| match better {
                    Better::Higher | Better::Neither => cents(s.value) > cents(own.value),
                    Better::Lower => cents(s.value) < cents(own.value),
                })
                .count();
            let level = scores
                .iter()
                .filter(|s| cents(s.value) == cents(own.value))
                .count();
            let rank = r.value as usize;
            if rank < ahead + 1 || rank > ahead + level {
                problems.push(format!(
                    "{rank_id} {}: printed {} but {} scores of the same table are better",
                    r.year, r.printed, ahead
                ));
            }
        }
    }
}
