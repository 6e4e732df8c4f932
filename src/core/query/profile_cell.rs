//! One cell of the profile: a place's value of one indicator in the compared year, with
//! its rank, trend, target, the distance to it, and its source.

use super::ranks::rank_for_score;
use super::sources_view::observation_period;
use crate::core::data::dataset::Dataset;
use crate::core::data::model::{Area, Better, Observation, ObservationKind, Unit, Year};
use crate::core::text::format::format_value;
use crate::core::text::source_words::source_text;
use crate::core::view::state::Lang;

#[derive(Debug, Clone, PartialEq)]
pub struct ProfileCell {
    pub value: String,
    /// "2022", "6 tháng đầu 2024".
    pub period: String,
    /// The value is of another year than the other place's: no year has both.
    pub other_year: bool,
    /// A later value than the compared year's, as "2023: 8".
    pub newer: Option<String>,
    /// The published rank of a score in the same year ("hạng 14/63").
    pub rank: Option<String>,
    /// "mục tiêu 2025: 20 % (còn 2,5 điểm phần trăm)".
    pub target: Option<String>,
    /// Polyline points of the trend in a 100 × 24 box; empty with fewer than two values.
    pub sparkline: String,
    /// The trend in words, for screen readers: "2020: 14 → 2022: 13".
    pub trend: String,
    pub source: String,
    pub publisher: String,
    /// The source's address, or for a publisher's table the address of its copy.
    pub url: Option<String>,
    /// For a value of a table, its row and copy; for a rank derived from a table's
    /// scores, that basis (`text::citation_words`).
    pub citation: Option<String>,
    /// "theo thứ tự bảng xếp hạng chính thức" for a rank derived from a table's scores.
    pub basis: Option<String>,
    /// The rank's move since the previous ranked year ("tăng 18 bậc so với 2022").
    pub change: Option<String>,
}

/// The latest year in which every place has a value (a full year or a level).
pub fn compared_year(dataset: &Dataset, indicator: usize, areas: &[Area]) -> Option<Year> {
    let trends: Vec<Vec<(Year, f64, usize)>> = areas
        .iter()
        .map(|&area| trend_of(dataset, indicator, area))
        .collect();
    let (first, rest) = trends.split_first()?;
    first
        .iter()
        .rev()
        .map(|&(year, _, _)| year)
        .find(|&year| rest.iter().all(|t| t.iter().any(|p| p.0 == year)))
}

/// The cell of `area`: its value in `year` where given, else its own latest value (a
/// full year if it has one, else its latest part-year); `None` without any value.
pub fn cell(
    dataset: &Dataset,
    indicator: usize,
    area: Area,
    year: Option<Year>,
    lang: Lang,
) -> Option<ProfileCell> {
    let info = dataset.indicator(indicator)?;
    let trend = trend_of(dataset, indicator, area);
    let shown_ix = match year {
        Some(year) => trend.iter().find(|p| p.0 == year)?.2,
        None => match trend.last() {
            Some(latest) => latest.2,
            None => latest_part_year(dataset, indicator, area)?,
        },
    };
    let shown = dataset.observations().get(shown_ix)?;
    let source = dataset.sources().get(shown.source)?;
    let value = |v: f64| format_value(v, info.unit, lang);
    let newer = trend
        .last()
        .filter(|latest| latest.0 > shown.year)
        .map(|&(y, v, _)| format!("{y}: {}", value(v)));
    let target = latest_target(dataset, indicator, area).map(|t| {
        target_text(
            t.value,
            t.year.get(),
            shown.value,
            info.unit,
            info.better,
            lang,
        )
    });
    // The trend stays within one method: values before a method break (PCI 2017, PAPI
    // 2018) are not comparable with the value shown.
    let points: Vec<(u16, f64)> = trend
        .iter()
        .filter(|&&(y, _, _)| dataset.method_break(indicator, y, shown.year).is_none())
        .map(|&(y, v, _)| (y.get(), v))
        .collect();
    Some(ProfileCell {
        value: value(shown.value),
        period: observation_period(shown, lang),
        other_year: false,
        newer,
        rank: match info.unit {
            Unit::Rank => None,
            _ => rank_for_score(dataset, indicator, area, shown.year, lang),
        },
        target,
        sparkline: sparkline(&points, info.unit == Unit::Rank),
        trend: points
            .iter()
            .map(|&(y, v)| format!("{y}: {}", value(v)))
            .collect::<Vec<_>>()
            .join(" → "),
        source: source_text(&source.title, lang),
        publisher: source_text(&source.publisher, lang),
        url: source
            .url
            .clone()
            .or_else(|| source.copy.as_ref().map(|c| c.url())),
        citation: crate::core::text::citation_words::table_citation(shown, source, lang),
        basis: (shown.citation == crate::core::data::citation::Citation::DerivedRank)
            .then(|| crate::core::text::citation_words::derived_basis(lang).to_string()),
        change: super::change::move_since_previous(dataset, indicator, area, shown.year, lang),
    })
}

/// The value shown for each year the place has one, in year order: the place's values
/// are found once, then each year's preferred one among them (as `preferred` picks it).
fn trend_of(dataset: &Dataset, indicator: usize, area: Area) -> Vec<(Year, f64, usize)> {
    let mut own: Vec<(usize, &Observation)> = dataset
        .observations_of(indicator)
        .filter(|(_, o)| {
            o.area == area && o.part.stands_for_year() && o.kind != ObservationKind::Target
        })
        .collect();
    own.sort_by_key(|&(ix, o)| {
        (
            o.year,
            crate::core::data::preferred::preference(dataset, ix, o),
        )
    });
    own.dedup_by_key(|(_, o)| o.year);
    own.into_iter()
        .map(|(ix, o)| (o.year, o.value, ix))
        .collect()
}

fn latest_part_year(dataset: &Dataset, indicator: usize, area: Area) -> Option<usize> {
    dataset
        .observations_of(indicator)
        .filter(|(_, o)| o.area == area && o.kind != ObservationKind::Target)
        .max_by_key(|(_, o)| o.year)
        .map(|(ix, _)| ix)
}

fn latest_target(dataset: &Dataset, indicator: usize, area: Area) -> Option<&Observation> {
    dataset
        .observations_of(indicator)
        .map(|(_, o)| o)
        .filter(|o| o.area == area && o.kind == ObservationKind::Target)
        .max_by_key(|o| o.year)
}

/// "mục tiêu 2025: 20 % (còn 2,5 điểm phần trăm)" — the goal and how far the value shown
/// is from it.
fn target_text(
    target: f64,
    year: u16,
    latest: f64,
    unit: Unit,
    better: Better,
    lang: Lang,
) -> String {
    let gap = match better {
        Better::Higher | Better::Neither => target - latest,
        Better::Lower => latest - target,
    };
    let goal = format_value(target, unit, lang);
    let distance = if gap <= 0.0 {
        match lang {
            Lang::Vi => "đã đạt".to_string(),
            Lang::En => "reached".to_string(),
        }
    } else {
        let gap = match unit {
            Unit::Rank => match lang {
                Lang::Vi => format!("{} bậc", format_value(gap, unit, lang)),
                Lang::En => format!("{} places", format_value(gap, unit, lang)),
            },
            // A gap between two shares is in percentage points, not percent.
            Unit::Percent => match lang {
                Lang::Vi => format!("{} điểm phần trăm", format_value(gap, Unit::Count, lang)),
                Lang::En => format!("{} percentage points", format_value(gap, Unit::Count, lang)),
            },
            _ => format_value(gap, unit, lang),
        };
        match lang {
            Lang::Vi => format!("còn {gap}"),
            Lang::En => format!("{gap} to go"),
        }
    };
    match lang {
        Lang::Vi => format!("mục tiêu {year}: {goal} ({distance})"),
        Lang::En => format!("target {year}: {goal} ({distance})"),
    }
}

/// The points of a trend line in a 100 × 24 box (y down; ranks drawn with 1 on top).
pub fn sparkline(trend: &[(u16, f64)], rank: bool) -> String {
    if trend.len() < 2 {
        return String::new();
    }
    let (x0, x1) = (f64::from(trend[0].0), f64::from(trend[trend.len() - 1].0));
    let values = trend.iter().map(|p| p.1);
    let (lo, hi) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| {
        (a.min(v), b.max(v))
    });
    let span_x = (x1 - x0).max(1.0);
    let span_y = (hi - lo).max(f64::EPSILON);
    trend
        .iter()
        .map(|&(year, value)| {
            let x = (f64::from(year) - x0) / span_x * 100.0;
            let share = (value - lo) / span_y;
            let y = if rank {
                2.0 + share * 20.0
            } else {
                22.0 - share * 20.0
            };
            format!("{x:.1},{y:.1}")
        })
        .collect::<Vec<_>>()
        .join(" ")
}
