//! The map in change mode: each place shaded by its change between the two ends of the
//! view's time on a diverging scale centred on no change — blues where it improved,
//! oranges where it fell back, grey where it held — and hatched where either end has no
//! value. Across a method break or the 2025 merger nothing is shaded and the view says why.

use super::classes::MapClass;
use crate::core::charts::shared::empty::EmptyReason;
use crate::core::charts::shared::palette::Rgb;
use crate::core::data::dataset::Dataset;
use crate::core::data::model::{Area, Better, Unit};
use crate::core::query::span_change::{
    change_words, counts_words, span_changes, Blocked, SpanChanges,
};
use crate::core::text::format::{format_number, format_value};
use crate::core::view::state::{Lang, ViewState};

/// Best first: much better, better, no change, worse, much worse. Each stands apart
/// from the "no data" fill by the legend's WCAG contrast.
const COLOURS: [Rgb; 5] = [
    Rgb(0x21, 0x66, 0xac),
    Rgb(0x92, 0xc5, 0xde),
    Rgb(0xc8, 0xc8, 0xc8),
    Rgb(0xf4, 0xa5, 0x82),
    Rgb(0xb2, 0x18, 0x2b),
];

/// What the change mode gives the map: its classes (best first, centred on no change),
/// the counts for its subtitle, and each region's shade.
pub struct Shading {
    pub classes: Vec<MapClass>,
    /// "30 tăng, 25 giảm, 8 giữ nguyên".
    pub counts: String,
    pub changes: SpanChanges,
    /// One per area given, in the same order.
    pub shades: Vec<Shade>,
}

/// One region in change mode.
pub struct Shade {
    /// The change (places gained for a rank, the difference otherwise); `None` where an
    /// end has no value.
    pub value: Option<f64>,
    pub fill: Option<Rgb>,
    /// The change in words, or why there is none.
    pub words: String,
}

/// The shades of `areas` by their change over `state`'s time, or why nothing is compared.
pub fn shade(dataset: &Dataset, state: &ViewState, areas: &[Area]) -> Result<Shading, EmptyReason> {
    let (from, to) = (state.time.start(), state.time.end());
    let lang = state.lang;
    let indicator = dataset
        .indicator(state.indicator)
        .ok_or(EmptyReason::NoData)?;
    let (unit, better) = (indicator.unit, indicator.better);
    let changes = span_changes(dataset, state.indicator, areas, (from, to), state.units);
    match changes.blocked {
        Some(Blocked::MethodBreak { .. }) => return Err(EmptyReason::MethodBreak),
        Some(Blocked::Merger) => return Err(EmptyReason::Merger),
        None => {}
    }
    let widest = changes
        .changes
        .iter()
        .map(|c| c.gain.abs())
        .fold(0.0, f64::max);
    let classes = diverging_classes(widest, unit, better, lang);
    let shades = areas
        .iter()
        .map(|&area| match changes.of(area) {
            Some(c) => Shade {
                value: Some(match unit {
                    Unit::Rank => c.gain,
                    _ => c.delta,
                }),
                fill: classes
                    .get(class_index(c.gain, widest, unit))
                    .map(|k| k.colour),
                words: change_words(c, unit, from, lang),
            },
            None => {
                let missing = if changes.missing_from.contains(&area) {
                    from
                } else {
                    to
                };
                Shade {
                    value: None,
                    fill: None,
                    words: match lang {
                        Lang::Vi => format!("không có số liệu năm {missing} để so sánh"),
                        Lang::En => format!("no value in {missing} to compare"),
                    },
                }
            }
        })
        .collect();
    Ok(Shading {
        counts: counts_words(&changes, lang),
        classes: classes_in_use(classes, widest, unit),
        changes,
        shades,
    })
}

/// Where the middle class (no change) sits, and how many classes a side has.
const MIDDLE: usize = 2;

/// The class of an improvement `gain` (positive is better) when the largest is `widest`.
fn class_index(gain: f64, widest: f64, unit: Unit) -> usize {
    let half = half_step(widest, unit);
    if gain == 0.0 {
        MIDDLE
    } else if gain > 0.0 {
        if gain > half {
            0
        } else {
            1
        }
    } else if -gain > half {
        4
    } else {
        3
    }
}

/// Where a side splits into its mild and strong classes: half the largest change, on
/// whole places for ranks.
fn half_step(widest: f64, unit: Unit) -> f64 {
    match unit {
        Unit::Rank => (widest / 2.0).ceil(),
        _ => widest / 2.0,
    }
}

/// The five classes of changes up to `widest` either way, best first, with labels in the
/// indicator's terms: "▲10–18", "▲1–9", "=", "▼1–9", "▼10–18" for ranks; signed
/// differences ("+0,05–0,10") for other values.
pub fn diverging_classes(widest: f64, unit: Unit, better: Better, lang: Lang) -> Vec<MapClass> {
    let half = half_step(widest, unit);
    let step = if unit == Unit::Rank { 1.0 } else { 0.0 };
    // (low, high) of the gain, best first.
    let ranges = [
        (half + step, widest),
        (step, half),
        (0.0, 0.0),
        (-half, -step),
        (-widest, -half - step),
    ];
    ranges
        .iter()
        .zip(COLOURS)
        .map(|(&(low, high), colour)| MapClass {
            colour,
            low: low.min(high),
            high: high.max(low),
            label: label(low.min(high), high.max(low), unit, better, lang),
        })
        .collect()
}

/// The classes a map of changes up to `widest` uses: the middle always; the strong
/// ones only where they hold a whole place (ranks) and the sides only where any changed.
fn classes_in_use(classes: Vec<MapClass>, widest: f64, unit: Unit) -> Vec<MapClass> {
    let half = half_step(widest, unit);
    classes
        .into_iter()
        .enumerate()
        .filter(|(i, _)| match i {
            &MIDDLE => true,
            1 | 3 => widest > 0.0,
            _ => widest > 0.0 && (unit != Unit::Rank || half < widest),
        })
        .map(|(_, c)| c)
        .collect()
}

fn label(low: f64, high: f64, unit: Unit, better: Better, lang: Lang) -> String {
    if low == 0.0 && high == 0.0 {
        return match unit {
            Unit::Rank => "=".to_string(),
            _ => match lang {
                Lang::Vi => "0 (không đổi)".to_string(),
                Lang::En => "0 (no change)".to_string(),
            },
        };
    }
    if unit == Unit::Rank {
        let (arrow, a, b) = if high > 0.0 {
            ("▲", low, high)
        } else {
            ("▼", -high, -low)
        };
        let n = |v: f64| format_number(v, 0, lang);
        return if a == b {
            format!("{arrow}{}", n(a))
        } else {
            format!("{arrow}{}–{}", n(a), n(b))
        };
    }
    // Other values are labelled by their difference: turned back where lower is better.
    let (a, b) = if better == Better::Lower {
        (-high, -low)
    } else {
        (low, high)
    };
    let signed = |v: f64| {
        let sign = if v > 0.0 {
            "+"
        } else if v < 0.0 {
            "−"
        } else {
            ""
        };
        format!("{sign}{}", format_value(v.abs(), unit, lang))
    };
    // The mild classes start at no change (which has its own class): "đến +0,05".
    let (near, far) = if a.abs() < b.abs() { (a, b) } else { (b, a) };
    if near == 0.0 {
        match lang {
            Lang::Vi => format!("đến {}", signed(far)),
            Lang::En => format!("up to {}", signed(far)),
        }
    } else {
        format!("{}–{}", signed(near), signed(far))
    }
}
