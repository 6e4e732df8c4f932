//! One import as the page runs it, in two steps that can cross a worker boundary as
//! JSON: [`preview`] (the file's header, a sample of rows and the guessed mapping) and
//! [`check`] (the person's mapping applied: the report as sentences in the page's
//! language, and the set to keep if they confirm).

use super::grid::Grid;
use super::mapping::{guess, Mapping};
use super::user_set::UserSet;
use super::validate::{validate, ImportReport};
use super::words;
use crate::core::data::dataset::Dataset;
use crate::core::data::fold::fold;
use crate::core::text::format::format_value;
use crate::core::text::i18n::{area_name, indicator_name};
use crate::core::view::state::Lang;

/// Rows shown under the header while the person maps the columns.
pub const SAMPLE_ROWS: usize = 5;

#[derive(Debug, Clone, PartialEq)]
pub struct Preview {
    pub file: String,
    pub header: Vec<String>,
    pub sample: Vec<Vec<String>>,
    pub rows: usize,
    pub mapping: Mapping,
}

/// The file's header, its first rows and the mapping it most likely has.
pub fn preview(grid: &Grid, dataset: &Dataset, file: &str) -> Preview {
    Preview {
        file: file.to_string(),
        header: grid.header.clone(),
        sample: grid
            .rows
            .iter()
            .take(SAMPLE_ROWS)
            .map(|r| r.cells.clone())
            .collect(),
        rows: grid.rows.len(),
        mapping: guess(grid, dataset, file),
    }
}

/// The report as the person reads it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReportView {
    /// "63 giá trị được nhận, 2 bị từ chối (trong 65 dòng)."
    pub summary: String,
    pub accepted: usize,
    pub problem_count: usize,
    pub problems: Vec<String>,
    pub unknown_places: Vec<String>,
    pub agreements: usize,
    pub disagreement_count: usize,
    pub disagreements: Vec<String>,
    pub indicators: Vec<String>,
}

/// Applies `mapping` to `grid`: the report and the set (its id unique among `kept`).
pub fn check(
    grid: &Grid,
    mapping: &Mapping,
    dataset: &Dataset,
    kept: &[String],
    imported: &str,
    lang: Lang,
) -> (ReportView, UserSet) {
    let id = unique_id(&mapping.name, kept);
    let (report, mut set) = validate(grid, mapping, dataset, &id, imported);
    super::user_set::clean_texts(&mut set);
    (report_view(&report, dataset, lang), set)
}

/// A slug of `name` that no kept set has.
pub fn unique_id(name: &str, kept: &[String]) -> String {
    let base: String = fold(name)
        .split(' ')
        .filter(|w| !w.is_empty())
        .take(6)
        .collect::<Vec<_>>()
        .join("-");
    let base = if base.is_empty() {
        "du-lieu".to_string()
    } else {
        base.chars().take(40).collect()
    };
    let mut id = base.clone();
    let mut n = 2;
    while kept.contains(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

fn report_view(report: &ImportReport, dataset: &Dataset, lang: Lang) -> ReportView {
    let summary = match lang {
        Lang::Vi => format!(
            "{} giá trị được nhận, {} bị từ chối (trong {} dòng dữ liệu).",
            report.accepted, report.problem_count, report.rows
        ),
        Lang::En => format!(
            "{} values accepted, {} refused (in {} data rows).",
            report.accepted, report.problem_count, report.rows
        ),
    };
    let unknown_places = report
        .unknown_places
        .iter()
        .map(|u| {
            let close = u.suggestions.join(", ");
            match (lang, close.is_empty()) {
                (Lang::Vi, true) => {
                    format!("“{}” (dòng {}, {} lần)", u.name, u.first_line, u.count)
                }
                (Lang::Vi, false) => format!(
                    "“{}” (dòng {}, {} lần) — có phải: {close}?",
                    u.name, u.first_line, u.count
                ),
                (Lang::En, true) => {
                    format!("“{}” (line {}, {} times)", u.name, u.first_line, u.count)
                }
                (Lang::En, false) => format!(
                    "“{}” (line {}, {} times) — did you mean: {close}?",
                    u.name, u.first_line, u.count
                ),
            }
        })
        .collect();
    let disagreements = report
        .disagreements
        .iter()
        .filter_map(|d| {
            let info = dataset.indicator(d.indicator)?;
            let place = area_name(dataset, d.area, lang);
            let name = indicator_name(info, lang);
            let (yours, ours) = (
                format_value(d.yours, info.unit, lang),
                format_value(d.ours, info.unit, lang),
            );
            Some(match lang {
                Lang::Vi => format!(
                    "Dòng {}: {place}, {name}, {}: tệp ghi {yours}, trang này có {ours}.",
                    d.line, d.year
                ),
                Lang::En => format!(
                    "Line {}: {place}, {name}, {}: the file says {yours}, this page has {ours}.",
                    d.line, d.year
                ),
            })
        })
        .collect();
    ReportView {
        summary,
        accepted: report.accepted,
        problem_count: report.problem_count,
        problems: report
            .problems
            .iter()
            .map(|p| words::problem(p, lang))
            .collect(),
        unknown_places,
        agreements: report.agreements,
        disagreement_count: report.disagreement_count,
        disagreements,
        indicators: report.indicators.clone(),
    }
}
