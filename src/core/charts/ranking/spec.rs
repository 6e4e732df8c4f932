//! The ranking view's chart layer: every province with a value in one year (the last
//! year of the view's time), sorted best first by the indicator's direction, the
//! selected ones highlighted and the rest muted.
//!
//! A number in front of a name is always a rank that a source published: the value
//! itself for a rank indicator, or for a score `x-score` the published rank `x-rank`
//! of the same place and year. Where no rank was published, the row says plainly that
//! its number is a position among the provinces that have a value ("vị trí 3 trong 11
//! tỉnh có số liệu"), never a bare "3.".

use crate::core::charts::shared::empty::EmptyReason;
use crate::core::charts::shared::palette::{assign_colours, Rgb};
use crate::core::data::dataset::Dataset;
use crate::core::data::fold::fold;
use crate::core::data::model::{Area, Better, IndicatorIx, Unit, Year};
use crate::core::data::preferred::preferred;
use crate::core::text::format::format_value;
use crate::core::text::i18n::{self, area_name, indicator_name, region_name, unit_label, Text};
use crate::core::text::source_words::source_text;
use crate::core::view::state::{Lang, ViewState};

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
    /// How many provinces of the ranking's scope have a value, and how many the scope
    /// has (63 for the whole country, fewer for a region).
    pub with_data: usize,
    pub scope_size: usize,
}

/// A rank as its source published it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PublishedRank {
    pub rank: f64,
    /// How many were ranked (63 or 34), where the source says.
    pub group: Option<u8>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RankRow {
    pub area: Area,
    pub label: String,
    pub value: f64,
    pub value_text: String,
    /// 1-based place among the rows with a value (equal values share a place); not a
    /// published rank.
    pub position: usize,
    /// The rank a source published for this place and year, if any.
    pub published_rank: Option<PublishedRank>,
    pub highlighted: bool,
    pub colour: Rgb,
    pub observation: usize,
}

impl RankingChart {
    /// What stands in front of a bar: "38. Tuyên Quang" for a published rank, the name
    /// alone otherwise (its position is said after the value, see [`Self::note`]).
    pub fn row_label(&self, row: &RankRow) -> String {
        match row.published_rank {
            Some(rank) => format!("{}. {}", rank.rank, row.label),
            None => row.label.clone(),
        }
    }

    /// After the value of a row without a published rank: "vị trí 3/11" / "3rd of 11".
    pub fn note(&self, row: &RankRow) -> Option<String> {
        row.published_rank.is_none().then(|| {
            let (at, of) = (row.position, self.with_data);
            match self.lang {
                Lang::Vi => format!("vị trí {at}/{of}"),
                Lang::En => format!("{} of {of}", ordinal(at)),
            }
        })
    }

    /// The row's place in words, for tooltips, the CSV and screen readers:
    /// "hạng 38/63 (công bố)" or "vị trí 3 trong 11 tỉnh có số liệu (không phải thứ
    /// hạng công bố)".
    pub fn standing(&self, row: &RankRow) -> String {
        position_words(row, self.with_data, self.lang)
    }

    /// How long a row's bar is, in axis units: the value, or for ranks its distance
    /// from the worst rank, so that the best has the longest bar.
    pub fn bar_length(&self, row: &RankRow) -> f64 {
        match self.unit {
            Unit::Rank => self.domain.0 + 1.0 - row.value,
            _ => row.value - self.domain.0,
        }
    }
}

/// The ranking of `state`'s indicator in the last year of its time, or why there is
/// nothing to draw.
pub fn build(dataset: &Dataset, state: &ViewState) -> Result<RankingChart, EmptyReason> {
    let lang = state.lang;
    let year = state.time.end();
    let Some(indicator) = dataset.indicator(state.indicator) else {
        return Err(EmptyReason::NoData);
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
                published_rank: published_rank(dataset, state.indicator, unit, area, year),
                highlighted: state.places.contains(&area),
                colour: MUTED,
                observation: point.observation,
            })
        })
        .collect();
    if rows.is_empty() {
        return Err(EmptyReason::NoData);
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
    let scope_size = dataset
        .provinces()
        .iter()
        .filter(|p| state.region.is_none_or(|r| p.region == r))
        .count();
    let unranked = rows.iter().filter(|r| r.published_rank.is_none()).count();
    let how_numbered = match (unranked, lang) {
        (0, _) => String::new(),
        (n, Lang::Vi) if n == count => {
            " · chưa có thứ hạng công bố: “vị trí” là thứ tự trong các tỉnh có số liệu".to_string()
        }
        (n, Lang::Vi) => format!(
            " · {n} tỉnh chưa có thứ hạng công bố: “vị trí” là thứ tự trong các tỉnh có số liệu"
        ),
        (n, Lang::En) if n == count => {
            " · no published ranks: “of n” is the order among those with data".to_string()
        }
        (n, Lang::En) => {
            format!(" · {n} without a published rank: “of n” is the order among those with data")
        }
    };
    let subtitle = match lang {
        Lang::Vi => format!(
            "{year} · {} · {scope}: {count}/{scope_size} tỉnh, thành phố có số liệu{how_numbered}",
            unit_label(unit, lang)
        ),
        Lang::En => format!(
            "{year} · {} · {scope}: {count} of {scope_size} provinces with data{how_numbered}",
            unit_label(unit, lang)
        ),
    };
    let first = rows
        .first()
        .map(|r| format!("{}, {}", r.label, position_words(r, count, lang)))
        .unwrap_or_default();
    let aria_label = match lang {
        Lang::Vi => format!(
            "Biểu đồ xếp hạng: {title}, {year}, {count}/{scope_size} tỉnh, thành phố có số liệu; đứng đầu là {first}."
        ),
        Lang::En => format!(
            "Ranking chart: {title}, {year}, {count} of {scope_size} provinces with data; first is {first}."
        ),
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
    Ok(RankingChart {
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
            source_text(&publishers.join("; "), lang)
        ),
        aria_label,
        with_data: count,
        scope_size,
    })
}

/// The rank published for `area` in `year`: the value of a rank indicator, or for a
/// score `x-score` the value of `x-rank`.
fn published_rank(
    dataset: &Dataset,
    indicator: IndicatorIx,
    unit: Unit,
    area: Area,
    year: Year,
) -> Option<PublishedRank> {
    let rank_indicator = if unit == Unit::Rank {
        indicator
    } else {
        rank_indicator_of(dataset, indicator)?
    };
    let point = preferred(dataset, rank_indicator, area, year)?;
    let group = dataset.observations().get(point.observation)?.group;
    Some(PublishedRank {
        rank: point.value,
        group,
    })
}

/// For a score indicator `x-score`, the rank indicator `x-rank`, if the data has it.
pub fn rank_indicator_of(dataset: &Dataset, indicator: IndicatorIx) -> Option<IndicatorIx> {
    let id = &dataset.indicator(indicator)?.id;
    dataset.find_indicator(&format!("{}-rank", id.strip_suffix("-score")?))
}

fn position_words(row: &RankRow, with_data: usize, lang: Lang) -> String {
    match (row.published_rank, lang) {
        (Some(rank), Lang::Vi) => {
            let of = rank.group.map(|g| format!("/{g}")).unwrap_or_default();
            format!("hạng {}{of} (công bố)", rank.rank)
        }
        (Some(rank), Lang::En) => {
            let of = rank.group.map(|g| format!(" of {g}")).unwrap_or_default();
            format!("published rank {}{of}", rank.rank)
        }
        (None, Lang::Vi) => format!(
            "vị trí {} trong {with_data} tỉnh có số liệu (không phải thứ hạng công bố)",
            row.position
        ),
        (None, Lang::En) => format!(
            "{} of the {with_data} with data (not a published rank)",
            ordinal(row.position)
        ),
    }
}

/// 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st…
pub fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}
