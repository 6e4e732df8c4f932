//! The slope chart's spec: the two years, the places drawn (the selected ones, or with
//! none selected the top and bottom [`ENDS`] of the last year), each line's values, words
//! and colour, and the places left out for want of a value at one end.

use crate::core::charts::shared::empty::EmptyReason;
use crate::core::charts::shared::palette::{assign_colours, Rgb};
use crate::core::charts::shared::source_line::source_line;
use crate::core::data::dataset::Dataset;
use crate::core::data::model::{Area, Better, Unit, Year};
use crate::core::data::preferred::preferred_in_year;
use crate::core::query::span_change::{
    change_figure, change_words, span_changes, Blocked, PlaceChange,
};
use crate::core::text::format::format_value;
use crate::core::text::i18n::{area_name, indicator_name, unit_label};
use crate::core::view::state::{Lang, Units, ViewState};

/// With no place selected, the chart shows this many places from each end of the last
/// year's ranking.
pub const ENDS: usize = 5;

#[derive(Debug, Clone, PartialEq)]
pub struct SlopeChart {
    pub title: String,
    pub subtitle: String,
    pub unit: Unit,
    pub lang: Lang,
    pub from: Year,
    pub to: Year,
    pub lines: Vec<SlopeLine>,
    /// The value axis, (bottom, top): for ranks the worst rank at the bottom and 1 on top.
    pub domain: (f64, f64),
    /// "chỉ có số liệu một năm, không vẽ: Bắc Kạn (2023)" — the places not drawn (also said
    /// in the subtitle); empty if none.
    pub missing: String,
    pub source_line: String,
    pub aria_label: String,
}

/// One place's line.
#[derive(Debug, Clone, PartialEq)]
pub struct SlopeLine {
    pub area: Area,
    pub name: String,
    pub from_value: f64,
    pub to_value: f64,
    /// The values as printed at the two ends: "24", "0,5422"; ranks keep a tie ("15=").
    pub from_text: String,
    pub to_text: String,
    /// "▲18", "+0,0610".
    pub change_text: String,
    /// "tăng 18 bậc so với 2022 (24 → 6)": the tooltip's words.
    pub change_words: String,
    pub colour: Rgb,
    /// Index into `Dataset::observations` of the first and the last year's value.
    pub from_observation: usize,
    pub to_observation: usize,
}

impl SlopeChart {
    /// The label at a line's right end: "6 Hà Nội ▲18".
    pub fn right_label(&self, line: &SlopeLine) -> String {
        format!("{} {} {}", line.to_text, line.name, line.change_text)
    }
}

/// The slope chart of `state`: its indicator between the two ends of its time (a single
/// year is compared with the previous year with values, see `landing::seat_change`).
pub fn build(dataset: &Dataset, state: &ViewState) -> Result<SlopeChart, EmptyReason> {
    let lang = state.lang;
    let (from, to) = (state.time.start(), state.time.end());
    let indicator = dataset
        .indicator(state.indicator)
        .ok_or(EmptyReason::NoData)?;
    let unit = indicator.unit;
    if from == to {
        return Err(EmptyReason::NoData);
    }
    // A region's average is not drawn here: its line would join means of different
    // members' sets; the line chart shows it.
    let chosen = !state.own_places().is_empty();
    let places = if chosen {
        state.own_places()
    } else {
        ends_of_last_year(dataset, state, indicator.better)
    };
    let changes = span_changes(
        dataset,
        state.indicator,
        &places,
        (from, to),
        Units::Pre2025,
    );
    match changes.blocked {
        Some(Blocked::MethodBreak { .. }) => return Err(EmptyReason::MethodBreak),
        Some(Blocked::Merger) => return Err(EmptyReason::Merger),
        None => {}
    }
    if changes.changes.is_empty()
        && changes.missing_from.is_empty()
        && changes.missing_to.is_empty()
        && !chosen
    {
        return Err(EmptyReason::NoData);
    }
    // Lines in the order of the places (the selection's, or best first).
    let ordered: Vec<&PlaceChange> = places.iter().filter_map(|&area| changes.of(area)).collect();
    let keys: Vec<String> = ordered.iter().map(|c| dataset.area_key(c.area)).collect();
    let colours = assign_colours(&keys);
    let text = |c: &PlaceChange, end: usize| match unit {
        Unit::Rank => {
            let (value, tie) = if end == 0 {
                (c.from.value, c.ties.0)
            } else {
                (c.to.value, c.ties.1)
            };
            crate::core::query::change::rank_with_tie(value as u32, tie)
        }
        _ => format_value(if end == 0 { c.from.value } else { c.to.value }, unit, lang),
    };
    let lines: Vec<SlopeLine> = ordered
        .iter()
        .zip(colours)
        .map(|(c, colour)| SlopeLine {
            area: c.area,
            name: area_name(dataset, c.area, lang),
            from_value: c.from.value,
            to_value: c.to.value,
            from_text: text(c, 0),
            to_text: text(c, 1),
            change_text: change_figure(c, unit, lang),
            change_words: change_words(c, unit, from, lang),
            colour,
            from_observation: c.from.observation,
            to_observation: c.to.observation,
        })
        .collect();
    let domain = domain(&lines, unit);
    // Selected places with a value in neither year are named too.
    let neither: Vec<Area> = places
        .iter()
        .copied()
        .filter(|&a| {
            changes.of(a).is_none()
                && !changes.missing_from.contains(&a)
                && !changes.missing_to.contains(&a)
        })
        .collect();
    let missing = missing_words(
        dataset,
        [
            &changes.missing_from[..],
            &changes.missing_to[..],
            &neither[..],
        ],
        (from, to),
        lang,
    );
    let title = match lang {
        Lang::Vi => format!("{}: {from} và {to}", indicator_name(indicator, lang)),
        Lang::En => format!("{}: {from} and {to}", indicator_name(indicator, lang)),
    };
    let which = match (chosen, lang) {
        (true, Lang::Vi) => format!("{} nơi đã chọn", lines.len()),
        (true, Lang::En) => format!("{} selected", lines.len()),
        (false, Lang::Vi) => {
            format!("{ENDS} đứng đầu và {ENDS} cuối năm {to} (chưa chọn tỉnh, thành phố nào)")
        }
        (false, Lang::En) => format!("the top {ENDS} and the last {ENDS} of {to} (none selected)"),
    };
    // The places not drawn are said under the title, in the subtitle.
    let subtitle = if missing.is_empty() {
        format!("{from} → {to} · {} · {which}", unit_label(unit, lang))
    } else {
        format!(
            "{from} → {to} · {} · {which} · {missing}",
            unit_label(unit, lang)
        )
    };
    let described: Vec<String> = lines
        .iter()
        .map(|l| {
            format!(
                "{} {} → {} ({})",
                l.name, l.from_text, l.to_text, l.change_text
            )
        })
        .collect();
    let aria_label = match lang {
        Lang::Vi => format!(
            "Biểu đồ dốc: {title}; {}.{}",
            described.join("; "),
            sentence(&missing)
        ),
        Lang::En => format!(
            "Slope chart: {title}; {}.{}",
            described.join("; "),
            sentence(&missing)
        ),
    };
    let source_line = source_line(
        dataset,
        lines
            .iter()
            .flat_map(|l| [l.from_observation, l.to_observation]),
        lang,
    );
    Ok(SlopeChart {
        title,
        subtitle,
        unit,
        lang,
        from,
        to,
        lines,
        domain,
        missing,
        source_line,
        aria_label,
    })
}

fn sentence(text: &str) -> String {
    if text.is_empty() {
        String::new()
    } else {
        format!(" {text}.")
    }
}

/// The provinces at the top and the bottom of the last year, best first.
fn ends_of_last_year(dataset: &Dataset, state: &ViewState, better: Better) -> Vec<Area> {
    let values = preferred_in_year(dataset, state.indicator, state.time.end());
    let mut found: Vec<(Area, f64)> = values
        .iter()
        .filter(|(area, _)| matches!(area, Area::Province(_)))
        .map(|(area, point)| (area, point.value))
        .collect();
    let higher_first = better != Better::Lower;
    found.sort_by(|a, b| {
        let order = a.1.total_cmp(&b.1);
        if higher_first {
            order.reverse()
        } else {
            order
        }
    });
    if found.len() <= 2 * ENDS {
        return found.into_iter().map(|(area, _)| area).collect();
    }
    let tail = found.len() - ENDS;
    found
        .iter()
        .enumerate()
        .filter(|(i, _)| *i < ENDS || *i >= tail)
        .map(|(_, (area, _))| *area)
        .collect()
}

/// The value axis: for ranks, from the worst rank drawn (at least 10) down to 1; for
/// other values, the values' range with a little room.
fn domain(lines: &[SlopeLine], unit: Unit) -> (f64, f64) {
    let values = lines.iter().flat_map(|l| [l.from_value, l.to_value]);
    let (lo, hi) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
        (lo.min(v), hi.max(v))
    });
    if !lo.is_finite() {
        return (0.0, 1.0);
    }
    match unit {
        Unit::Rank => (hi.max(10.0), 1.0),
        _ => {
            let pad = ((hi - lo) * 0.05)
                .max(hi.abs() * 0.01)
                .max(f64::MIN_POSITIVE);
            (lo - pad, hi + pad)
        }
    }
}

/// "Chỉ có số liệu một năm, không vẽ: Bắc Kạn (2023), …; không có số liệu hai năm: …" —
/// the places left out: with a value in only the last year, only the first, or neither.
fn missing_words(
    dataset: &Dataset,
    [only_to, only_from, neither]: [&[Area]; 3],
    (from, to): (Year, Year),
    lang: Lang,
) -> String {
    let one: Vec<String> = only_to
        .iter()
        .map(|&a| (a, to))
        .chain(only_from.iter().map(|&a| (a, from)))
        .map(|(a, only)| format!("{} ({only})", area_name(dataset, a, lang)))
        .collect();
    let none: Vec<String> = neither
        .iter()
        .map(|&a| area_name(dataset, a, lang))
        .collect();
    let mut parts = Vec::new();
    if !one.is_empty() {
        parts.push(match lang {
            Lang::Vi => format!("chỉ có số liệu một năm, không vẽ: {}", one.join(", ")),
            Lang::En => format!("a value in one year only, not drawn: {}", one.join(", ")),
        });
    }
    if !none.is_empty() {
        parts.push(match lang {
            Lang::Vi => format!("không có số liệu cả hai năm: {}", none.join(", ")),
            Lang::En => format!("no value in either year: {}", none.join(", ")),
        });
    }
    parts.join("; ")
}
