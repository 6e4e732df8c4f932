//! The map's classes: the values shown cut into at most five classes of about equal
//! size (ranks on whole ranks) on the ColorBrewer Blues scale, darker for better; and
//! the hatched "no data" fill, which every class stands apart from by WCAG contrast.

use crate::core::charts::shared::palette::Rgb;
use crate::core::data::model::{Better, Unit};
use crate::core::text::format::{format_number, format_tick, format_value};
use crate::core::view::state::Lang;

/// The fill under the hatch of a place without a value.
pub const NO_DATA_FILL: Rgb = Rgb(0xff, 0xff, 0xff);
/// The colour of the hatch lines, and of the borders of places without a value.
pub const NO_DATA_HATCH: Rgb = Rgb(0x9c, 0xa3, 0xaf);
/// The most classes a map has; fewer when there are fewer distinct values.
pub const MAX_CLASSES: usize = 5;
/// The least WCAG contrast between any class and the "no data" fill.
pub const MIN_CONTRAST: f64 = 1.5;
/// Where the lightest class sits on the Blues scale (0 white, 1 darkest): light enough
/// to read as "worst", dark enough for [`MIN_CONTRAST`] against [`NO_DATA_FILL`].
const LIGHTEST: f64 = 0.4;

/// One class of the map's legend.
#[derive(Debug, Clone, PartialEq)]
pub struct MapClass {
    pub colour: Rgb,
    /// The range of the class, `low ≤ high`: every value in the class lies within it.
    /// Rank classes cover every whole rank from one class to the next.
    pub low: f64,
    pub high: f64,
    /// "1–12", "0,40–0,52".
    pub label: String,
}

impl MapClass {
    pub fn holds(&self, value: f64) -> bool {
        self.low <= value && value <= self.high
    }
}

/// The relative luminance of an sRGB colour (WCAG 2: linearised channels, weighted).
pub fn relative_luminance(colour: Rgb) -> f64 {
    let linear = |channel: u8| {
        let c = f64::from(channel) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * linear(colour.0) + 0.7152 * linear(colour.1) + 0.0722 * linear(colour.2)
}

/// The WCAG contrast ratio of two colours, from 1 (same) to 21 (black on white).
pub fn contrast_ratio(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (relative_luminance(a), relative_luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// The colour of class `i` of `count`, counted from the worst (0) to the best.
pub fn class_colour(i: usize, count: usize) -> Rgb {
    let t = if count <= 1 {
        (LIGHTEST + 1.0) / 2.0
    } else {
        LIGHTEST + (1.0 - LIGHTEST) * i.min(count - 1) as f64 / (count - 1) as f64
    };
    let colour = colorous::BLUES.eval_continuous(t);
    Rgb(colour.r, colour.g, colour.b)
}

/// The classes of `values`, best first: up to [`MAX_CLASSES`] groups of about equal
/// size, broken only between distinct values (a tie never straddles two classes).
/// Values that are not finite are left out.
pub fn classes(values: &[f64], unit: Unit, better: Better, lang: Lang) -> Vec<MapClass> {
    let mut sorted: Vec<f64> = values.iter().copied().filter(|v| v.is_finite()).collect();
    sorted.sort_by(f64::total_cmp);
    let mut distinct = sorted.clone();
    distinct.dedup();
    let count = distinct.len().min(MAX_CLASSES);
    let n = sorted.len();
    // Where each class starts in `sorted`, moved past ties.
    let mut starts = vec![0];
    for k in 1..count {
        let mut at = n * k / count;
        while at < n && at > 0 && sorted.get(at) == sorted.get(at - 1) {
            at += 1;
        }
        if at < n && starts.last().is_some_and(|&last| at > last) {
            starts.push(at);
        }
    }
    let mut ranges: Vec<(f64, f64)> = starts
        .iter()
        .enumerate()
        .filter_map(|(i, &start)| {
            let end = starts.get(i + 1).copied().unwrap_or(n);
            Some((*sorted.get(start)?, *sorted.get(end.checked_sub(1)?)?))
        })
        .collect();
    if unit == Unit::Rank {
        // Whole ranks, with no rank between two classes left out.
        let lows: Vec<f64> = ranges.iter().map(|r| r.0.floor()).collect();
        for (i, range) in ranges.iter_mut().enumerate() {
            let high = lows.get(i + 1).map_or(range.1.ceil(), |next| next - 1.0);
            *range = (range.0.floor(), high.max(range.1));
        }
    }
    let labels = range_labels(&ranges, unit, lang);
    let total = ranges.len();
    let mut classes: Vec<MapClass> = ranges
        .into_iter()
        .zip(labels)
        .enumerate()
        .map(|(i, ((low, high), label))| {
            // `i` counts up the values; the worst class is the lowest values when
            // higher is better.
            let from_worst = match better {
                Better::Higher | Better::Neither => i,
                Better::Lower => total - 1 - i,
            };
            MapClass {
                colour: class_colour(from_worst, total),
                low,
                high,
                label,
            }
        })
        .collect();
    if better != Better::Lower {
        classes.reverse();
    }
    classes
}

/// The labels of ascending ranges, at the first precision that tells neighbouring
/// classes apart: a tick's, then (scores) three decimals, then a value's.
fn range_labels(ranges: &[(f64, f64)], unit: Unit, lang: Lang) -> Vec<String> {
    let precisions: [&dyn Fn(f64) -> String; 3] = [
        &|v| format_tick(v, unit, lang),
        &|v| match unit {
            Unit::Score => format_number(v, 3, lang),
            _ => format_value(v, unit, lang),
        },
        &|v| format_value(v, unit, lang),
    ];
    let at = |format: &dyn Fn(f64) -> String| -> Vec<(String, String)> {
        ranges
            .iter()
            .map(|&(low, high)| (format(low), format(high)))
            .collect()
    };
    let apart = |texts: &[(String, String)]| {
        texts.windows(2).all(|w| match w {
            [below, above] => below.1 != above.0,
            _ => true,
        })
    };
    let texts = precisions
        .iter()
        .map(|format| at(*format))
        .find(|texts| apart(texts))
        .unwrap_or_else(|| at(&|v| format_value(v, unit, lang)));
    texts
        .into_iter()
        .map(|(low, high)| {
            if low == high {
                low
            } else {
                format!("{low}–{high}")
            }
        })
        .collect()
}

/// The class (an index into `classes`) that holds `value`.
pub fn class_of(classes: &[MapClass], value: f64) -> Option<usize> {
    classes.iter().position(|c| c.holds(value))
}
