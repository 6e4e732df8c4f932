//! The profile view: for one or two places, every indicator the data has — the latest
//! value, a trend line over the years, the rank where it is known, the latest target
//! and the distance to it, and the source — grouped by pillar.

use super::ranks::rank_for_score;
use super::sources_view::period_label;
use crate::core::data::dataset::Dataset;
use crate::core::data::model::{Area, Better, ObservationKind, Pillar, Unit};
use crate::core::data::preferred::preferred;
use crate::core::text::format::format_value;
use crate::core::text::i18n::{area_name, indicator_name, pillar_name};
use crate::core::view::state::{data_years, Lang, ViewState};

/// How many places a profile shows side by side.
pub const MAX_PLACES: usize = 2;

#[derive(Debug, Clone, PartialEq)]
pub struct PlaceProfile {
    pub place: String,
    pub groups: Vec<(String, Vec<ProfileRow>)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ProfileRow {
    pub indicator: String,
    pub latest: String,
    pub period: String,
    /// Polyline points of the trend in a 100 × 24 box; empty with fewer than two values.
    pub sparkline: String,
    /// The trend in words, for screen readers: "2020: 14 → 2022: 13".
    pub trend: String,
    pub rank: Option<String>,
    pub target: Option<String>,
    pub source: String,
    pub url: Option<String>,
}

/// Profiles of the first places selected (at most [`MAX_PLACES`]).
pub fn profiles(dataset: &Dataset, state: &ViewState) -> Vec<PlaceProfile> {
    state
        .places
        .iter()
        .take(MAX_PLACES)
        .map(|&area| profile(dataset, area, state.lang))
        .collect()
}

fn profile(dataset: &Dataset, area: Area, lang: Lang) -> PlaceProfile {
    let mut groups: Vec<(Pillar, Vec<ProfileRow>)> = Vec::new();
    for (ix, indicator) in dataset.indicators().iter().enumerate() {
        let Some(row) = profile_row(dataset, area, ix, lang) else {
            continue;
        };
        match groups.iter_mut().find(|(p, _)| *p == indicator.pillar) {
            Some((_, rows)) => rows.push(row),
            None => groups.push((indicator.pillar, vec![row])),
        }
    }
    groups.sort_by_key(|(pillar, _)| *pillar);
    PlaceProfile {
        place: area_name(dataset, area, lang),
        groups: groups
            .into_iter()
            .map(|(pillar, rows)| (pillar_name(pillar, lang).to_string(), rows))
            .collect(),
    }
}

fn profile_row(dataset: &Dataset, area: Area, indicator: usize, lang: Lang) -> Option<ProfileRow> {
    let info = dataset.indicator(indicator)?;
    let years: Vec<_> = data_years(dataset).years().collect();
    let trend: Vec<(u16, f64)> = years
        .iter()
        .filter_map(|&y| preferred(dataset, indicator, area, y).map(|p| (y.get(), p.value)))
        .collect();
    // The latest value: a full year or a level if there is one, else the latest part-year.
    let of_place = |o: &&crate::core::data::model::Observation| {
        o.indicator == indicator && o.area == area && o.kind != ObservationKind::Target
    };
    let latest_ix = match years
        .iter()
        .rev()
        .find_map(|&y| preferred(dataset, indicator, area, y))
    {
        Some(point) => point.observation,
        None => {
            dataset
                .observations_of(indicator)
                .filter(|(_, o)| of_place(o))
                .max_by_key(|(_, o)| o.year)?
                .0
        }
    };
    let latest = dataset.observations().get(latest_ix)?;
    let source = dataset.sources().get(latest.source)?;
    let target = dataset
        .observations_of(indicator)
        .map(|(_, o)| o)
        .filter(|o| o.area == area && o.kind == ObservationKind::Target)
        .max_by_key(|o| o.year)
        .map(|t| {
            target_text(
                t.value,
                t.year.get(),
                latest.value,
                info.unit,
                info.better,
                lang,
            )
        });
    let rank = match info.unit {
        Unit::Rank => None,
        _ => rank_for_score(dataset, indicator, area, latest.year, lang),
    };
    Some(ProfileRow {
        indicator: indicator_name(info, lang).to_string(),
        latest: format_value(latest.value, info.unit, lang),
        period: period_label(latest.year.get(), latest.part, lang),
        sparkline: sparkline(&trend, info.unit == Unit::Rank),
        trend: trend
            .iter()
            .map(|&(year, value)| format!("{year}: {}", format_value(value, info.unit, lang)))
            .collect::<Vec<_>>()
            .join(" → "),
        rank,
        target,
        source: source.title.clone(),
        url: source.url.clone(),
    })
}

/// "mục tiêu 2025: 20 % (còn 2,5 %)" — the goal and how far the latest value is from it.
fn target_text(
    target: f64,
    year: u16,
    latest: f64,
    unit: Unit,
    better: Better,
    lang: Lang,
) -> String {
    let gap = match better {
        Better::Higher => target - latest,
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
