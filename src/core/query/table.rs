//! The table view: places × years for the indicator, with the change between the two
//! ends of the view's years — the same pair of years on every row, blank where a row
//! lacks either end (in rank places for ranks) — sortable by any column; each value keeps a link to its source. Built for 10,000 rows (areas of
//! a person's own): values found a year at a time, rows sorted as numbers, cells in one
//! vector, words written only for the rows on screen.

use std::borrow::Cow;
use std::cmp::Ordering;

use crate::core::data::dataset::Dataset;
use crate::core::data::fold::fold;
use crate::core::data::model::{Area, Better, Source, Unit, Year};
use crate::core::data::preferred::{preferred_in_year, AreaValues};
use crate::core::text::format::{format_number, format_value};
use crate::core::text::i18n::area_name;
use crate::core::view::state::{Lang, Sort, SortKey, ViewState};

/// A value of the table. Its words (number, source) are written only for the rows on
/// screen: a table may hold 10,000 rows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TableCell {
    pub value: f64,
    /// Index into `Dataset::observations`.
    pub observation: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TableRow {
    /// Its name is written for the rows on screen ([`Table::name`]).
    pub area: Area,
    /// Where its cells start in [`Table::cells`] (one per year of the table).
    pub first_cell: usize,
    /// Improvement from the first year of the view to the last: positive is better;
    /// `None` where either end has no value (or the ends are not comparable).
    pub gain: Option<f64>,
    /// The last year's value less the first year's.
    pub delta: f64,
    /// For a score with a published rank (`x-rank` of `x-score`): places gained between
    /// the two ends, where both ranks are known and of the same ranking.
    pub rank_gain: Option<i64>,
    pub selected: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub years: Vec<Year>,
    pub rows: Vec<TableRow>,
    /// The rows' cells, a row's years side by side (see [`Table::cells`]).
    cells: Vec<Option<TableCell>>,
    pub sort: Sort,
    pub unit: Unit,
    pub lang: Lang,
    /// Why the change column is empty where the years span a method break ("Không tính
    /// thay đổi qua đổi phương pháp 2017").
    pub break_note: Option<String>,
    /// Whether the table has a change-in-rank column (a score with ranks, over two or more
    /// years).
    pub has_rank_change: bool,
}

impl Table {
    /// A row's values, one per year of the table (`None` where it has none).
    pub fn cells(&self, row: &TableRow) -> &[Option<TableCell>] {
        let end = (row.first_cell + self.years.len()).min(self.cells.len());
        self.cells.get(row.first_cell..end).unwrap_or(&[])
    }

    /// A row's place as the page names it.
    pub fn name(&self, dataset: &Dataset, row: &TableRow) -> String {
        area_name(dataset, row.area, self.lang)
    }

    /// A value as the page shows it: "0,4843", "17,5%", "38".
    pub fn cell_text(&self, cell: &TableCell) -> String {
        format_value(cell.value, self.unit, self.lang)
    }

    /// The change between the view's first and last year in words ("↑ 3 bậc",
    /// "+0,1339"); empty where a row lacks either end.
    pub fn change_text(&self, row: &TableRow) -> String {
        row.gain
            .map(|g| change_text(g, row.delta, self.unit, self.lang))
            .unwrap_or_default()
    }
}

/// The source a value cites.
pub fn cell_source<'d>(dataset: &'d Dataset, cell: &TableCell) -> Option<&'d Source> {
    let o = dataset.observations().get(cell.observation)?;
    dataset.sources().get(o.source)
}

/// The default order: the latest year, best first.
pub fn default_sort(state: &ViewState) -> Sort {
    Sort {
        key: SortKey::Year(state.time.end()),
        reversed: false,
    }
}

/// The table of `state`: the whole country, every province and every area of a person's
/// own with a value in the view's years, in `state`'s sort order (the default one if it
/// names no column here).
pub fn table(dataset: &Dataset, state: &ViewState) -> Table {
    let lang = state.lang;
    let years: Vec<Year> = state.time.years().collect();
    let Some(indicator) = dataset.indicator(state.indicator) else {
        return Table {
            years,
            rows: Vec::new(),
            cells: Vec::new(),
            sort: default_sort(state),
            unit: Unit::Count,
            lang,
            break_note: None,
            has_rank_change: false,
        };
    };
    let (unit, better) = (indicator.unit, indicator.better);
    // Every year's values in one pass each; the rows are the places with a value in any
    // of the years (the post-2025 units have their own map, not rows here).
    let by_year: Vec<AreaValues> = years
        .iter()
        .map(|&year| preferred_in_year(dataset, state.indicator, year))
        .collect();
    let areas = std::iter::once(Area::National)
        .chain((0..dataset.provinces().len()).map(Area::Province))
        // A former unit (Hà Tây) has rows in the years it existed, beside the provinces.
        .chain((0..dataset.former_units().len()).map(Area::Former))
        .chain((0..dataset.own_areas().len()).map(Area::Own));
    // Every row's cells in one vector, a row's years side by side (one allocation, not
    // one per row).
    let mut cells: Vec<Option<TableCell>> = Vec::new();
    let crosses_break = dataset
        .method_break(state.indicator, state.time.start(), state.time.end())
        .is_some();
    // A score's rank at the two ends (`x-rank` of `x-score`), for the change in rank.
    let rank_ends: Option<(AreaValues, AreaValues)> =
        (unit != Unit::Rank && years.len() > 1 && !crosses_break)
            .then(|| {
                let id = indicator.id.strip_suffix("-score")?;
                dataset.find_indicator(&format!("{id}-rank"))
            })
            .flatten()
            .map(|rank| {
                (
                    preferred_in_year(dataset, rank, state.time.start()),
                    preferred_in_year(dataset, rank, state.time.end()),
                )
            });
    let group_of = |ix: usize| dataset.observations().get(ix).and_then(|o| o.group);
    let rank_gain = |area: Area| -> Option<i64> {
        let (from, to) = rank_ends.as_ref()?;
        let (a, b) = (from.get(area)?, to.get(area)?);
        (group_of(a.observation) == group_of(b.observation))
            .then(|| a.value as i64 - b.value as i64)
    };
    let rows: Vec<TableRow> = areas
        .filter_map(|area| {
            let start = cells.len();
            cells.extend(by_year.iter().map(|values| {
                values.get(area).map(|point| TableCell {
                    value: point.value,
                    observation: point.observation,
                })
            }));
            let row_cells = &cells[start..];
            if row_cells.iter().all(Option::is_none) {
                cells.truncate(start);
                return None;
            }
            // The change is between the view's two ends, the same years on every row
            // (never a row's own first and last values), and none across a method break
            // (PCI 2017, PAPI 2018): those ends are not comparable.
            let ends = match (row_cells.first(), row_cells.last()) {
                (Some(Some(first)), Some(Some(last))) if row_cells.len() > 1 && !crosses_break => {
                    Some((first.value, last.value))
                }
                _ => None,
            };
            let gain = ends.map(|(first, last)| match better {
                Better::Higher | Better::Neither => last - first,
                Better::Lower => first - last,
            });
            Some(TableRow {
                area,
                first_cell: start,
                gain,
                delta: ends.map_or(0.0, |(first, last)| last - first),
                rank_gain: rank_gain(area),
                selected: state.places.contains(&area),
            })
        })
        .collect();
    let valid = |sort: &Sort| match sort.key {
        SortKey::Year(year) => years.contains(&year),
        SortKey::RankChange => rank_ends.is_some(),
        _ => true,
    };
    let sort = state
        .sort
        .filter(valid)
        .unwrap_or_else(|| default_sort(state));
    let column = match sort.key {
        SortKey::Year(year) => years.iter().position(|&y| y == year),
        _ => None,
    };
    // Sorted as numbers (the sorted value's and the name's), the rows moved once.
    let areas: Vec<Area> = rows.iter().map(|r| r.area).collect();
    let names = name_keys(dataset, &areas, lang);
    let mut keys: Vec<(u64, u32, u32, u32)> = rows
        .iter()
        .zip(&names)
        .enumerate()
        .map(|(ix, (r, &(rank, minor)))| {
            let value = match sort.key {
                SortKey::Year(_) => column
                    .and_then(|c| cells.get(r.first_cell + c)?.as_ref())
                    .map(|c| c.value),
                SortKey::Change => r.gain,
                SortKey::RankChange => r.rank_gain.map(|g| g as f64),
                SortKey::Name => None,
            };
            let best_high = matches!(sort.key, SortKey::Change | SortKey::RankChange)
                || better != Better::Lower;
            let primary = match (sort.key, value) {
                (SortKey::Name, _) => 0,
                // Rows without a value always last, in either direction.
                (_, None) => u64::MAX,
                (_, Some(v)) => {
                    let ascending = ordered_bits(v);
                    if best_high != sort.reversed {
                        u64::MAX - 1 - ascending
                    } else {
                        ascending
                    }
                }
            };
            let (rank, minor) = if sort.key == SortKey::Name && sort.reversed {
                (u32::MAX - rank, u32::MAX - minor)
            } else {
                (rank, minor)
            };
            (primary, rank, minor, ix as u32)
        })
        .collect();
    keys.sort_unstable();
    let order: Vec<usize> = keys.iter().map(|k| k.3 as usize).collect();
    let mut slots: Vec<Option<TableRow>> = rows.into_iter().map(Some).collect();
    let rows: Vec<TableRow> = order.iter().filter_map(|&i| slots[i].take()).collect();
    let break_note = dataset
        .method_break(state.indicator, state.time.start(), state.time.end())
        .map(|b| match lang {
            Lang::Vi => format!(
                "Không tính thay đổi qua chỗ {}: hai đầu không so sánh được.",
                b.note_vi
            ),
            Lang::En => format!(
                "No change is computed across the break ({}): the two ends are not comparable.",
                b.note_en
            ),
        });
    Table {
        years,
        rows,
        cells,
        sort,
        unit,
        lang,
        break_note,
        has_rank_change: rank_ends.is_some(),
    }
}

/// The folded name of an area (for search and sorting): the dataset's own copy for a
/// province or an area of a person's own.
pub fn folded_name(dataset: &Dataset, area: Area, lang: Lang) -> Cow<'_, str> {
    let kept = match (area, lang) {
        (Area::Province(p), Lang::Vi) => dataset.folded_names().get(p).map(|(vi, _)| vi),
        (Area::Province(p), Lang::En) => dataset.folded_names().get(p).map(|(_, en)| en),
        (Area::Own(a), _) => dataset.own_areas().get(a).map(|a| &a.folded),
        _ => None,
    };
    match kept {
        Some(folded) => Cow::Borrowed(folded.as_str()),
        None => Cow::Owned(fold(&area_name(dataset, area, lang))),
    }
}

/// A number that sorts like `v` (`f64::total_cmp`), below `u64::MAX - 1`.
pub fn ordered_bits(v: f64) -> u64 {
    let bits = v.to_bits();
    let ordered = if bits >> 63 == 1 {
        !bits
    } else {
        bits | (1 << 63)
    };
    ordered.min(u64::MAX - 2)
}

/// Each area's place in the order of names (folded, so "Đà Nẵng" among the Ds): the
/// dataset's rank among the own areas, then for the few other places their order among
/// themselves.
pub fn name_keys(dataset: &Dataset, areas: &[Area], lang: Lang) -> Vec<(u32, u32)> {
    let folded: Vec<Option<Cow<'_, str>>> = areas
        .iter()
        .map(|&area| (!matches!(area, Area::Own(_))).then(|| folded_name(dataset, area, lang)))
        .collect();
    let mut others: Vec<usize> = (0..areas.len()).filter(|&i| folded[i].is_some()).collect();
    others.sort_by(|&a, &b| folded[a].cmp(&folded[b]));
    let mut minor = vec![0u32; areas.len()];
    for (place, &i) in others.iter().enumerate() {
        minor[i] = place as u32;
    }
    areas
        .iter()
        .enumerate()
        .map(|(i, &area)| {
            let name = folded[i].as_deref().unwrap_or("");
            (dataset.name_rank(area, name), minor[i])
        })
        .collect()
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
pub fn matching<'t>(dataset: &Dataset, table: &'t Table, query: &str) -> Vec<&'t TableRow> {
    let query = fold(query);
    let spaced = format!(" {query}");
    let matches = |name: &str| name.starts_with(&query) || name.contains(&spaced);
    table
        .rows
        .iter()
        .filter(|r| query.is_empty() || matches(&folded_name(dataset, r.area, table.lang)))
        .collect()
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
