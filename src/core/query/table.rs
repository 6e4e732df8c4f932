//! The table view: places × years for the indicator, with the change between each
//! row's first and last value in the view's years (in rank places for ranks), sortable
//! by any column; each value keeps a link to its source.

use std::cmp::Ordering;
use std::collections::{BTreeSet, HashMap};

use crate::core::data::dataset::Dataset;
use crate::core::data::fold::fold;
use crate::core::data::model::{Area, Better, Unit, Year};
use crate::core::data::preferred::{preferred_in_year, Point};
use crate::core::text::format::{format_number, format_value};
use crate::core::text::i18n::area_name;
use crate::core::view::state::{Lang, Sort, SortKey, ViewState};

#[derive(Debug, Clone, PartialEq)]
pub struct TableCell {
    pub value: f64,
    /// Index into `Dataset::observations`.
    pub observation: usize,
    pub text: String,
    pub source: String,
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TableRow {
    pub area: Area,
    pub name: String,
    /// The name folded for diacritic-insensitive search.
    pub folded: String,
    pub cells: Vec<Option<TableCell>>,
    /// Improvement from the first to the last value: positive is better.
    pub gain: Option<f64>,
    pub change: String,
    pub selected: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub years: Vec<Year>,
    pub rows: Vec<TableRow>,
    pub sort: Sort,
}

/// The default order: the latest year, best first.
pub fn default_sort(state: &ViewState) -> Sort {
    Sort {
        key: SortKey::Year(state.time.end()),
        reversed: false,
    }
}

/// The table of `state`: the whole country, every province and every area of a person's
/// own with a value in the view's years, in `state`'s sort order (the default one if it names no column here).
pub fn table(dataset: &Dataset, state: &ViewState) -> Table {
    let lang = state.lang;
    let years: Vec<Year> = state.time.years().collect();
    let Some(indicator) = dataset.indicator(state.indicator) else {
        return Table {
            years,
            rows: Vec::new(),
            sort: default_sort(state),
        };
    };
    let (unit, better) = (indicator.unit, indicator.better);
    // Every year's values in one pass each (a table may list 10,000 areas of a
    // person's own); the rows are the places with a value in any of the years.
    let by_year: Vec<HashMap<Area, Point>> = years
        .iter()
        .map(|&year| preferred_in_year(dataset, state.indicator, year))
        .collect();
    let areas: BTreeSet<Area> = by_year
        .iter()
        .flat_map(|values| values.keys().copied())
        .filter(|area| !matches!(area, Area::Merged(_)))
        .collect();
    let mut rows: Vec<TableRow> = areas
        .into_iter()
        .filter_map(|area| {
            let cells: Vec<Option<TableCell>> = by_year
                .iter()
                .map(|values| {
                    let point = values.get(&area)?;
                    let o = dataset.observations().get(point.observation)?;
                    let source = dataset.sources().get(o.source)?;
                    Some(TableCell {
                        value: point.value,
                        observation: point.observation,
                        text: format_value(point.value, unit, lang),
                        source: source.title.clone(),
                        url: source.url.clone(),
                    })
                })
                .collect();
            let values: Vec<f64> = cells.iter().flatten().map(|c| c.value).collect();
            let (first, last) = (values.first()?, values.last()?);
            let gain = (values.len() > 1).then(|| match better {
                Better::Higher => last - first,
                Better::Lower => first - last,
            });
            let name = area_name(dataset, area, lang);
            Some(TableRow {
                area,
                folded: fold(&name),
                change: gain
                    .map(|g| change_text(g, last - first, unit, lang))
                    .unwrap_or_default(),
                name,
                cells,
                gain,
                selected: state.places.contains(&area),
            })
        })
        .collect();
    let valid = |sort: &Sort| match sort.key {
        SortKey::Year(year) => years.contains(&year),
        _ => true,
    };
    let sort = state
        .sort
        .filter(valid)
        .unwrap_or_else(|| default_sort(state));
    rows.sort_by(|a, b| compare(a, b, sort, &years, better));
    Table { years, rows, sort }
}

/// Natural orders: names A–Z, values best first, gains largest first; rows without a
/// value always last; ties by name.
fn compare(a: &TableRow, b: &TableRow, sort: Sort, years: &[Year], better: Better) -> Ordering {
    let by_value = |x: Option<f64>, y: Option<f64>, best_high: bool| match (x, y) {
        (Some(x), Some(y)) => {
            let order = x.total_cmp(&y);
            let order = if best_high { order.reverse() } else { order };
            if sort.reversed {
                order.reverse()
            } else {
                order
            }
        }
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    };
    let order = match sort.key {
        SortKey::Name => {
            let order = a.folded.cmp(&b.folded);
            if sort.reversed {
                order.reverse()
            } else {
                order
            }
        }
        SortKey::Year(year) => {
            let column = years.iter().position(|&y| y == year);
            let value = |r: &TableRow| column.and_then(|c| r.cells[c].as_ref()).map(|c| c.value);
            by_value(value(a), value(b), better == Better::Higher)
        }
        SortKey::Change => by_value(a.gain, b.gain, true),
    };
    order.then_with(|| a.folded.cmp(&b.folded))
}

/// The change as a reader expects it: rank places gained or lost ("↑ 3 bậc"), other
/// values as the signed difference of the last from the first (`delta`).
fn change_text(gain: f64, delta: f64, unit: Unit, lang: Lang) -> String {
    if unit == Unit::Rank {
        let places = format_number(gain.abs(), 0, lang);
        return match (gain.total_cmp(&0.0), lang) {
            (Ordering::Equal, Lang::Vi) => "giữ nguyên".to_string(),
            (Ordering::Equal, Lang::En) => "unchanged".to_string(),
            (Ordering::Greater, Lang::Vi) => format!("↑ {places} bậc"),
            (Ordering::Greater, Lang::En) => format!("↑ {places} places"),
            (Ordering::Less, Lang::Vi) => format!("↓ {places} bậc"),
            (Ordering::Less, Lang::En) => format!("↓ {places} places"),
        };
    }
    let sign = if delta > 0.0 {
        "+"
    } else if delta < 0.0 {
        "−"
    } else {
        ""
    };
    format!("{sign}{}", format_value(delta.abs(), unit, lang))
}

/// The rows whose name, or a word of it onwards, starts with `query`, ignoring
/// diacritics and case ("hai" and "hai duong" find Hải Dương; "hai" not Thái Bình).
pub fn matching<'t>(table: &'t Table, query: &str) -> Vec<&'t TableRow> {
    let query = fold(query);
    let spaced = format!(" {query}");
    let matches = |name: &str| name.starts_with(&query) || name.contains(&spaced);
    table.rows.iter().filter(|r| matches(&r.folded)).collect()
}

/// How many rows a page of the table shows (a province table fits in one).
pub const PAGE_ROWS: usize = 100;

/// "Đang hiện 100/10.000 dòng; tìm một tên để thấy nó." under a table cut to its page.
pub fn rows_shown_text(shown: usize, total: usize, lang: Lang) -> String {
    let (shown, total) = (
        format_number(shown as f64, 0, lang),
        format_number(total as f64, 0, lang),
    );
    match lang {
        Lang::Vi => format!("Đang hiện {shown}/{total} dòng; tìm một tên để thấy nó. "),
        Lang::En => format!("Showing {shown} of {total} rows; search for a name to find it. "),
    }
}

/// The label of the button that adds the next page of rows.
pub fn show_more_text(more: usize, lang: Lang) -> String {
    let more = format_number(more as f64, 0, lang);
    match lang {
        Lang::Vi => format!("Hiện thêm {more} dòng"),
        Lang::En => format!("Show {more} more rows"),
    }
}
