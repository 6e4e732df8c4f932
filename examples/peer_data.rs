//! The data that `scripts/bench-peers.mjs` hands to the peer charts (ECharts, Chart.js,
//! uPlot), exported by the app's own core so that every library draws the same thing:
//!
//! - `line`: the line chart the app opens with (the default view of a bare link), as
//!   built by the line chart's spec: its series `{name, colour, points: [[year, value
//!   or null], …]}` over the view's years, its value axis, and the years `#year-from`
//!   offers;
//! - `add`: the series each of a few more provinces would add to that chart (the first
//!   is the one the benchmark adds through the province search);
//! - `ranking`: the ranking of the 63 provinces by DTI rank in every year the year slider
//!   offers, as built by the ranking's spec (bars best first), with the year the
//!   ranking opens on (2022).
//!
//! Natively, with no browser: `cargo run --release --example peer_data > data.json`.

use cds_explorer::core::charts::line::spec::{self as line, LineChart};
use cds_explorer::core::charts::ranking::spec::{self as ranking, RankingChart};
use cds_explorer::core::data::dataset::Dataset;
use cds_explorer::core::data::embedded::embedded;
use cds_explorer::core::data::model::YearRange;
use cds_explorer::core::view::landing::{slider_years, year_options, Geography};
use cds_explorer::core::view::state::ViewState;
use cds_explorer::core::view::url::decode;
use serde_json::{json, Value};

/// The link of the ranking the benchmark opens (`docs/urls.md`).
const RANKING_LINK: &str = "view=ranking&indicator=dti-rank&time=2022";
/// The provinces a peer can add to the line chart, in order; the benchmark adds the first
/// (as it types "Hà Nội" into the app's province search).
const ADDED: [&str; 4] = ["ha-noi", "ho-chi-minh", "hai-phong", "quang-ninh"];

fn main() {
    let loaded = embedded();
    if !loaded.errors.is_empty() {
        eprintln!("the embedded data had {} problems", loaded.errors.len());
    }
    let data = &loaded.dataset;
    let out = match export(data) {
        Ok(out) => out,
        Err(why) => {
            eprintln!("peer_data: {why}");
            std::process::exit(1);
        }
    };
    println!("{out:#}");
}

/// Everything the peers draw, as one JSON value.
fn export(data: &Dataset) -> Result<Value, String> {
    let state = decode("", data).state;
    let chart = line::build(data, &state).map_err(|e| format!("default line chart: {e:?}"))?;
    let from_years: Vec<u16> = year_options(data, state.indicator, &[])
        .into_iter()
        .map(|option| option.year().get())
        .collect();
    let add = ADDED
        .iter()
        .map(|slug| added_series(data, &state, slug))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(json!({
        "generated_by": "examples/peer_data.rs",
        "line": line_json(&chart, state.time, from_years),
        "add": add,
        "ranking": rankings(data)?,
    }))
}

/// The line chart's series over `time` (a year without a value is `null`) and its axes.
fn line_json(chart: &LineChart, time: YearRange, from_years: Vec<u16>) -> Value {
    let years: Vec<u16> = time.years().map(|y| y.get()).collect();
    let series: Vec<Value> = chart
        .series
        .iter()
        .map(|s| series_json(s, &years))
        .collect();
    json!({
        "title": chart.title,
        "subtitle": chart.subtitle,
        "x_label": chart.x_label,
        "y_label": chart.y_label,
        "invert_y": chart.invert_y,
        "y_domain": [chart.y_domain.0, chart.y_domain.1],
        "y_ticks": chart.y_ticks,
        "years": years,
        "from_years": from_years,
        "series": series,
    })
}

fn series_json(series: &line::ChartSeries, years: &[u16]) -> Value {
    let points: Vec<Value> = years
        .iter()
        .map(|&year| {
            let value = series.points.iter().find(|p| p.0.get() == year);
            json!([year, value.map(|p| p.1)])
        })
        .collect();
    json!({ "name": series.label, "colour": series.colour.hex(), "points": points })
}

/// The series `slug` adds to the default chart: the last series of the chart with it
/// added (so its colour is the one the app gives it).
fn added_series(data: &Dataset, state: &ViewState, slug: &str) -> Result<Value, String> {
    let area = data.find_place(slug).ok_or(format!("no province {slug}"))?;
    let mut more = state.clone();
    more.places.push(area);
    let chart = line::build(data, &more).map_err(|e| format!("line chart with {slug}: {e:?}"))?;
    let years: Vec<u16> = more.time.years().map(|y| y.get()).collect();
    let last = chart.series.last().ok_or("no series")?;
    Ok(series_json(last, &years))
}

/// The ranking in each year the slider offers, keyed by year.
fn rankings(data: &Dataset) -> Result<Value, String> {
    let state = decode(RANKING_LINK, data).state;
    let year = state.time.end();
    let years = slider_years(data, state.indicator, Geography::Provinces, year);
    let mut by_year = serde_json::Map::new();
    for &y in &years {
        let mut at = state.clone();
        at.time = YearRange::single(y);
        let chart = ranking::build(data, &at).map_err(|e| format!("ranking {y}: {e:?}"))?;
        by_year.insert(y.to_string(), ranking_json(&chart));
    }
    Ok(json!({
        "link": RANKING_LINK,
        "year": year.get(),
        "years": years.iter().map(|y| y.get()).collect::<Vec<_>>(),
        "by_year": by_year,
    }))
}

/// A ranking's bars, best first: label ("1. Hà Nội"), bar length, value text, colour.
fn ranking_json(chart: &RankingChart) -> Value {
    let rows: Vec<Value> = chart
        .rows
        .iter()
        .map(|row| {
            json!({
                "label": chart.row_label(row),
                "bar": chart.bar_length(row),
                "value": row.value,
                "value_text": row.value_text,
                "colour": row.colour.hex(),
            })
        })
        .collect();
    json!({
        "title": chart.title,
        "subtitle": chart.subtitle,
        "x_label": chart.x_label,
        "domain": [chart.domain.0, chart.domain.1],
        "rows": rows,
    })
}
