//! The CSV download: exactly the values the current view shows, one row per place ×
//! year × indicator, each with its unit, kind, source and the words it was read from.
//! The chart views give their points (and targets), the table its cells in its order,
//! the coverage grid its values, the sources view every quoted value it lists (with
//! `preferred` telling which one the charts show), the profile its places' indicators.
//!
//! The file starts with a UTF-8 byte-order mark (so that Excel reads Vietnamese
//! correctly) and then the header row, so that `pandas.read_csv(path)` and a
//! spreadsheet's default import read it as it is; the citation of the view (its link and
//! the day) is the last column, `cite_as`, on every row. Numbers are written with a `.`
//! decimal point; the way the source printed them is kept in `printed`.

use std::collections::HashMap;

use crate::core::charts::ranking::of_view::build_all;
use crate::core::charts::registry::{
    line_chart, map_chart, scatter_chart, slope_chart, ChartContent,
};
use crate::core::data::dataset::Dataset;
use crate::core::data::model::{Area, ObservationKind, PeriodPart};
use crate::core::data::preferred::preferred;
use crate::core::data::untrusted::csv_cell;
use crate::core::query::coverage::coverage;
use crate::core::query::profile::{profile, MAX_PLACES};
use crate::core::query::sources_view::{inferred_words, sources_view};
use crate::core::query::table::table;
use crate::core::text::i18n::{area_name, indicator_name, unit_label};
use crate::core::text::source_words::source_text;
use crate::core::view::state::{data_years, ChartKind, Lang, ViewState};

/// Excel needs it to read UTF-8.
pub const BYTE_ORDER_MARK: char = '\u{feff}';

/// The columns, in order.
pub const COLUMNS: [&str; 21] = [
    "place",
    "place_code",
    "indicator_id",
    "indicator",
    "year",
    "period",
    "kind",
    "value",
    "printed",
    "unit",
    "source_title",
    "source_publisher",
    "source_published",
    "source_url",
    "quote",
    "citation",
    "table_copy",
    "rank_basis",
    "note",
    "preferred",
    "cite_as",
];

/// Where the file came from, for its citation block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Citation<'a> {
    /// The link of the view the file was downloaded from.
    pub link: &'a str,
    /// The day of the download, `YYYY-MM-DD`.
    pub accessed: &'a str,
}

/// The observations the view shows, in the order it shows them, without repeats.
pub fn shown_observations(dataset: &Dataset, state: &ViewState) -> Vec<usize> {
    let mut shown = match state.chart {
        // Every ranked place, also those a long ranking does not draw.
        // In change mode, each place's first year and then its last.
        ChartKind::Ranking => match build_all(dataset, state) {
            Ok(chart) => chart
                .rows
                .iter()
                .flat_map(|r| {
                    r.change
                        .as_ref()
                        .map(|c| c.from_observation)
                        .into_iter()
                        .chain(r.observation)
                })
                .collect(),
            Err(_) => Vec::new(),
        },
        ChartKind::Map => match map_chart(dataset, state) {
            ChartContent::Map(chart) => {
                chart.regions.iter().filter_map(|r| r.observation).collect()
            }
            _ => Vec::new(),
        },
        ChartKind::Profile => profile_observations(dataset, state),
        // Each dot's x, then its y.
        ChartKind::Scatter => match scatter_chart(dataset, state) {
            ChartContent::Scatter(chart) => chart
                .dots
                .iter()
                .flat_map(|d| [d.x_observation, d.y_observation])
                .collect(),
            _ => Vec::new(),
        },
        // Each line's first year, then its last.
        ChartKind::Slope => match slope_chart(dataset, state) {
            ChartContent::Slope(chart) => chart
                .lines
                .iter()
                .flat_map(|l| [l.from_observation, l.to_observation])
                .collect(),
            _ => Vec::new(),
        },
        ChartKind::Table => {
            let model = table(dataset, state);
            model
                .rows
                .iter()
                .flat_map(|row| model.cells(row).iter().flatten().map(|c| c.observation))
                .collect()
        }
        ChartKind::Sources => sources_view(dataset, state)
            .map(|view| view.values.iter().map(|v| v.observation).collect())
            .unwrap_or_default(),
        ChartKind::Coverage => {
            let grid = coverage(dataset, state);
            grid.rows
                .iter()
                .flat_map(|row| {
                    grid.years.iter().filter_map(move |&year| {
                        preferred(dataset, state.indicator, row.area, year).map(|p| p.observation)
                    })
                })
                .collect()
        }
        ChartKind::Line => match line_chart(dataset, state) {
            ChartContent::Line(chart) => chart
                .series
                .iter()
                .flat_map(|s| s.observations.iter().chain(&s.target_observations))
                .copied()
                .collect(),
            _ => Vec::new(),
        },
    };
    let mut seen = std::collections::HashSet::new();
    shown.retain(|ix| seen.insert(*ix));
    shown
}

/// What the profile shows of its places: every indicator's value in each year, the
/// latest part-year figure where there is no full year, and the latest target — for the
/// rows the profile keeps.
fn profile_observations(dataset: &Dataset, state: &ViewState) -> Vec<usize> {
    let years: Vec<_> = data_years(dataset).years().collect();
    let rows: Vec<usize> = profile(dataset, state)
        .groups
        .iter()
        .flat_map(|g| g.rows.iter().map(|r| r.indicator_ix))
        .collect();
    let mut shown = Vec::new();
    for area in state.own_places().into_iter().take(MAX_PLACES) {
        for &indicator in &rows {
            let of_place = |kind: fn(ObservationKind) -> bool| {
                dataset
                    .observations_of(indicator)
                    .filter(move |(_, o)| o.area == area && kind(o.kind))
                    .max_by_key(|(_, o)| o.year)
                    .map(|(ix, _)| ix)
            };
            let yearly: Vec<usize> = years
                .iter()
                .filter_map(|&y| preferred(dataset, indicator, area, y).map(|p| p.observation))
                .collect();
            if yearly.is_empty() {
                shown.extend(of_place(|k| k != ObservationKind::Target));
            }
            shown.extend(yearly);
            shown.extend(of_place(|k| k == ObservationKind::Target));
        }
    }
    shown
}

/// The CSV text of the view: a byte-order mark (so that Excel reads Vietnamese), then
/// the header row at once (so that `pandas.read_csv` and a spreadsheet's default import
/// read it), then one row per value; every row cites the view in its `cite_as` column.
pub fn export_csv(dataset: &Dataset, state: &ViewState, citation: &Citation<'_>) -> String {
    let mut out = String::new();
    out.push(BYTE_ORDER_MARK);
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let mut rows = vec![COLUMNS.iter().map(|c| c.to_string()).collect::<Vec<_>>()];
    let standings = ranking_standings(dataset, state);
    let cite_as = csv_cell(&citation_text(dataset, state, citation));
    rows.extend(
        shown_observations(dataset, state)
            .into_iter()
            .filter_map(|ix| {
                let standing = standings.get(&ix).map(String::as_str);
                row(dataset, ix, state, standing)
            })
            .chain(crate::core::export::mean_rows::mean_rows(dataset, state))
            .map(|mut row| {
                row.push(cite_as.clone());
                row
            }),
    );
    for record in rows {
        // Writing into memory cannot fail; a failed row is left out rather than panic.
        let _ = writer.write_record(&record);
    }
    let body = writer.into_inner().unwrap_or_default();
    out.push_str(&String::from_utf8_lossy(&body));
    out
}

/// "CĐS Explorer – “DTI – thứ hạng – 2020–2024” – <link> – truy cập ngày 2026-11-30."
pub fn citation_text(dataset: &Dataset, state: &ViewState, citation: &Citation<'_>) -> String {
    let indicator = dataset
        .indicator(state.indicator)
        .map(|i| indicator_name(i, state.lang).to_string())
        .unwrap_or_default();
    let years = crate::core::text::format::years_text(
        if state.chart.is_single_year() && !state.compares() {
            crate::core::data::model::YearRange::single(state.time.end())
        } else {
            state.time
        },
    );
    let (link, accessed) = (citation.link, citation.accessed);
    match state.lang {
        Lang::Vi => format!(
            "CĐS Explorer – “{indicator} – {years}” – {link} – truy cập ngày {accessed}. Hãy trích dẫn cả nguồn gốc ở các cột source_*."
        ),
        Lang::En => format!(
            "CĐS Explorer – “{indicator} – {years}” – {link} – accessed {accessed}. Cite the original source in the source_* columns too."
        ),
    }
}

/// The `note` of a value, by observation: in the ranking, what each row's place is (its
/// published rank, or its position among the places with a value, said to be no
/// published rank); in change mode and on the slope chart, the change in words.
fn ranking_standings(dataset: &Dataset, state: &ViewState) -> HashMap<usize, String> {
    match state.chart {
        ChartKind::Ranking => match build_all(dataset, state) {
            Ok(chart) => chart
                .rows
                .iter()
                .filter_map(|row| match &row.change {
                    Some(change) => Some((row.observation?, change.words.clone())),
                    None => Some((row.observation?, chart.standing(row))),
                })
                .collect(),
            Err(_) => HashMap::new(),
        },
        ChartKind::Slope => match slope_chart(dataset, state) {
            ChartContent::Slope(chart) => chart
                .lines
                .iter()
                .map(|l| (l.to_observation, l.change_words.clone()))
                .collect(),
            _ => HashMap::new(),
        },
        _ => HashMap::new(),
    }
}

fn row(
    dataset: &Dataset,
    ix: usize,
    state: &ViewState,
    standing: Option<&str>,
) -> Option<Vec<String>> {
    let lang = state.lang;
    let o = dataset.observations().get(ix)?;
    let indicator = dataset.indicator(o.indicator)?;
    let source = dataset.sources().get(o.source)?;
    let place_code = place_code(dataset, o.area);
    // Every value exported is one the view shows, except in the sources view, which
    // also lists what other sources say.
    let shown_here = state.chart != ChartKind::Sources
        || preferred(dataset, o.indicator, o.area, o.year).is_some_and(|p| p.observation == ix);
    let cells = vec![
        area_name(dataset, o.area, lang),
        place_code,
        indicator.id.clone(),
        indicator_name(indicator, lang).to_string(),
        o.year.to_string(),
        period_id(o.part),
        kind_id(o.kind).to_string(),
        o.value.to_string(),
        o.printed.clone(),
        unit_label(indicator.unit, lang).to_string(),
        source_text(&source.title, lang),
        source_text(&source.publisher, lang),
        source.published.clone().unwrap_or_default(),
        source.url.clone().unwrap_or_default(),
        o.quote.clone(),
        match o.citation {
            crate::core::data::citation::Citation::Quote => "quote",
            crate::core::data::citation::Citation::TableRow => "table row",
            crate::core::data::citation::Citation::DerivedRank => "derived rank",
        }
        .to_string(),
        source.copy.as_ref().map(|c| c.url()).unwrap_or_default(),
        crate::core::text::citation_words::rank_basis_id(
            o,
            indicator.unit == crate::core::data::model::Unit::Rank,
        )
        .to_string(),
        [
            standing.map(str::to_string),
            o.year_inferred.then(|| inferred_words(lang).to_string()),
            (!o.note.is_empty()).then(|| o.note.clone()),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join("; "),
        match (o.kind, shown_here) {
            (ObservationKind::Target, _) => "",
            (_, true) => "yes",
            (_, false) => "no",
        }
        .to_string(),
    ];
    // Every cell stays text in a spreadsheet: nothing from a source or a file can
    // become a live formula.
    Some(
        cells
            .into_iter()
            .enumerate()
            .map(|(column, cell)| {
                if COLUMNS.get(column) == Some(&"value") {
                    cell
                } else {
                    csv_cell(&cell)
                }
            })
            .collect(),
    )
}

/// The period as in the data files: empty for the full year, `H1`, `to-06`, `as-of`.
fn period_id(part: PeriodPart) -> String {
    match part {
        PeriodPart::FullYear => String::new(),
        PeriodPart::FirstHalf => "H1".to_string(),
        PeriodPart::Through(month) => format!("to-{month:02}"),
        PeriodPart::AsOf => "as-of".to_string(),
    }
}

fn kind_id(kind: ObservationKind) -> &'static str {
    match kind {
        ObservationKind::Actual => "actual",
        ObservationKind::Estimate => "estimate",
        ObservationKind::Target => "target",
    }
}

/// The code of a place in the CSV: its ISO code, `VN` for the country, `2025:<slug>` for
/// a post-2025 unit, `own:<name>` for an area of the person's own (as the import reads it).
fn place_code(dataset: &Dataset, area: Area) -> String {
    let code = match area {
        Area::Province(p) => dataset.province(p).map(|p| p.code.to_string()),
        Area::Merged(_) => dataset
            .area_slug(area)
            .map(|slug| format!("{}{slug}", crate::core::data::dataset::MERGED_PREFIX)),
        Area::National => Some("VN".to_string()),
        Area::Own(_) | Area::Former(_) | Area::Region(_) => Some(dataset.area_key(area)),
    };
    code.unwrap_or_default()
}

/// The table view in its own layout, as people keep such tables: one row per place, one
/// column per year (the values as numbers), the change, and the view's citation; rows in
/// the table's order. Byte-order mark, then the header row.
pub fn export_wide_csv(dataset: &Dataset, state: &ViewState, citation: &Citation<'_>) -> String {
    let model = table(dataset, state);
    let mut out = String::new();
    out.push(BYTE_ORDER_MARK);
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let mut header = vec!["place".to_string(), "place_code".to_string()];
    header.extend(model.years.iter().map(ToString::to_string));
    header.push("change".to_string());
    if model.has_rank_change {
        header.push("rank_change".to_string());
    }
    header.push("cite_as".to_string());
    let _ = writer.write_record(&header);
    let cite_as = csv_cell(&citation_text(dataset, state, citation));
    for row in &model.rows {
        let name = model.name(dataset, row);
        let mut record = vec![csv_cell(&name), place_code(dataset, row.area)];
        record.extend(model.cells(row).iter().map(|cell| {
            cell.as_ref()
                .map(|c| c.value.to_string())
                .unwrap_or_default()
        }));
        record.push(csv_cell(&model.change_text(row)));
        if model.has_rank_change {
            // Places gained as a number (negative is down), for a spreadsheet to sort.
            record.push(row.rank_gain.map(|g| g.to_string()).unwrap_or_default());
        }
        record.push(cite_as.clone());
        let _ = writer.write_record(&record);
    }
    let body = writer.into_inner().unwrap_or_default();
    out.push_str(&String::from_utf8_lossy(&body));
    out
}
