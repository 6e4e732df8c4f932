//! The ranking view's chart layer: every province with a value in one year (the last
//! year of the view's time), sorted best first by the indicator's direction, the
//! selected ones highlighted and the rest muted.

use super::chart::{ChartContent, EmptyReason};
use super::dataset::Dataset;
use super::format::format_value;
use super::i18n::{self, area_name, indicator_name, region_name, unit_label, Text};
use super::model::{Area, Better, Unit, Year};
use super::palette::{assign_colours, Rgb};
use super::query::preferred;
use super::search::fold;
use super::view::{Lang, ViewState};

/// A muted grey for provinces that are not selected.
pub const MUTED: Rgb = Rgb(0xc4, 0xc9, 0xd0);

#[derive(Debug, Clone, PartialEq)]
pub struct RankingChart {
    pub title: String,
    pub subtitle: String,
    pub x_label: String,
    pub unit: Unit,
    pub lang: Lang,
    pub year: Year,
    /// Bars, best first.
    pub rows: Vec<RankRow>,
    /// The value axis from its start to its end (for ranks: the worst rank to 1).
    pub domain: (f64, f64),
    pub source_line: String,
    pub aria_label: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RankRow {
    pub area: Area,
    pub label: String,
    pub value: f64,
    pub value_text: String,
    /// 1-based place in this ranking.
    pub position: usize,
    pub highlighted: bool,
    pub colour: Rgb,
    pub observation: usize,
}

impl RankingChart {
    /// How long a row's bar is, in axis units: the value, or for ranks its distance
    /// from the worst rank, so that the best has the longest bar.
    pub fn bar_length(&self, row: &RankRow) -> f64 {
        match self.unit {
            Unit::Rank => self.domain.0 + 1.0 - row.value,
            _ => row.value - self.domain.0,
        }
    }
}

/// The ranking of `state`'s indicator in the last year of its time.
pub fn ranking_chart(dataset: &Dataset, state: &ViewState) -> ChartContent {
    let lang = state.lang;
    let year = state.time.end();
    let Some(indicator) = dataset.indicator(state.indicator) else {
        return ChartContent::Empty(EmptyReason::NoData);
    };
    let unit = indicator.unit;
    let mut rows: Vec<RankRow> = dataset
        .provinces()
        .iter()
        .enumerate()
        .filter(|(_, p)| state.region.is_none_or(|r| p.region == r))
        .filter_map(|(ix, _)| {
            let area = Area::Province(ix);
            let point = preferred(dataset, state.indicator, area, year)?;
            Some(RankRow {
                area,
                label: area_name(dataset, area, lang),
                value: point.value,
                value_text: format_value(point.value, unit, lang),
                position: 0,
                highlighted: state.places.contains(&area),
                colour: MUTED,
                observation: point.observation,
            })
        })
        .collect();
    if rows.is_empty() {
        return ChartContent::Empty(EmptyReason::NoData);
    }
    let better_first = |a: &RankRow, b: &RankRow| {
        let order = a.value.total_cmp(&b.value);
        if indicator.better == Better::Higher {
            order.reverse()
        } else {
            order
        }
    };
    // Best first; equal values by name, ignoring accents ("Đà Nẵng" among the Ds).
    rows.sort_by(|a, b| better_first(a, b).then_with(|| fold(&a.label).cmp(&fold(&b.label))));
    let keys: Vec<String> = state.places.iter().map(|&a| dataset.area_key(a)).collect();
    let colours = assign_colours(&keys);
    // Competition numbering: places with equal values share a position (15, 15, 17).
    let values: Vec<f64> = rows.iter().map(|r| r.value).collect();
    for (i, row) in rows.iter_mut().enumerate() {
        row.position = 1 + values[..i].iter().filter(|&&v| v != values[i]).count();
        if let Some(at) = state.places.iter().position(|&a| a == row.area) {
            row.colour = colours[at];
        }
    }
    let max = rows
        .iter()
        .map(|r| r.value)
        .fold(f64::NEG_INFINITY, f64::max);
    let domain = match unit {
        Unit::Rank => (max.max(1.0), 1.0),
        _ => (0.0_f64.min(unit.range(None).0), max.max(f64::MIN_POSITIVE)),
    };
    let title = indicator_name(indicator, lang).to_string();
    let scope = match state.region {
        Some(region) => region_name(region, lang).to_string(),
        None => i18n::text(lang, Text::National).to_string(),
    };
    let count = rows.len();
    let subtitle = match lang {
        Lang::Vi => format!(
            "{year} · {} · {scope}: {count} tỉnh, thành phố có số liệu",
            unit_label(unit, lang)
        ),
        Lang::En => format!(
            "{year} · {} · {scope}: {count} provinces with data",
            unit_label(unit, lang)
        ),
    };
    let best = rows.first().map(|r| r.label.clone()).unwrap_or_default();
    let aria_label = match lang {
        Lang::Vi => format!(
            "Biểu đồ xếp hạng: {title}, {year}, {count} tỉnh, thành phố; cao nhất là {best}."
        ),
        Lang::En => format!("Ranking chart: {title}, {year}, {count} provinces; first is {best}."),
    };
    let mut publishers: Vec<&str> = Vec::new();
    for row in &rows {
        let source = dataset
            .observations()
            .get(row.observation)
            .and_then(|o| dataset.sources().get(o.source));
        if let Some(source) = source {
            if !publishers.contains(&source.publisher.as_str()) {
                publishers.push(&source.publisher);
            }
        }
    }
    ChartContent::Ranking(Box::new(RankingChart {
        title,
        subtitle,
        x_label: unit_label(unit, lang).to_string(),
        unit,
        lang,
        year,
        rows,
        domain,
        source_line: format!(
            "{}: {}",
            i18n::text(lang, Text::Source),
            publishers.join("; ")
        ),
        aria_label,
    }))
}
