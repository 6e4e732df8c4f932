//! Hover, tap and keys on the scatter plot: the legend entry, region's average or dot
//! under the pointer (a hit's `series` counts the dots, then the legend's entries, then
//! the averages), the arrow keys through the dots in x order and on into the legend and
//! the averages, and what each tooltip says — a dot's two values with the year and
//! source of each; a region's number of places; an average's two means and their n.

use super::draw::{ScatterFrame, AVERAGE_RADIUS};
use super::spec::{AverageDot, ScatterChart};
use crate::core::charts::shared::hit::Hit;
use crate::core::charts::shared::mean_tooltip::mean_tooltip_saying;
use crate::core::charts::shared::tooltip::{tooltip_for, Tooltip};
use crate::core::data::dataset::Dataset;
use crate::core::text::format::format_number;
use crate::core::view::state::Lang;

/// The legend entry under the pointer, else the nearest dot within `radius` (or its own
/// radius, if larger).
pub fn hit(chart: &ScatterChart, frame: &ScatterFrame, x: f64, y: f64, radius: f64) -> Option<Hit> {
    let dots = chart.dots.len();
    if let Some(i) = (0..chart.legend.len()).find(|&i| {
        let (l, t, r, b) = frame.legend_box(i);
        x >= l && x <= r && y >= t && y <= b
    }) {
        return Some(Hit {
            series: dots + i,
            point: 0,
        });
    }
    let averages = dots + chart.legend.len();
    if let Some(i) = chart.averages.iter().position(|a| {
        let (ax, ay) = frame.pixel(a.x.value, a.y.value);
        (ax - x).hypot(ay - y) <= radius.max(AVERAGE_RADIUS * frame.scale)
    }) {
        return Some(Hit {
            series: averages + i,
            point: 0,
        });
    }
    chart
        .dots
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let (a, b) = frame.pixel(d.x, d.y);
            (
                i,
                ((a - x).powi(2) + (b - y).powi(2)).sqrt(),
                d.radius * frame.scale,
            )
        })
        .filter(|&(_, distance, own)| distance <= radius.max(own))
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(i, _, _)| Hit {
            series: i,
            point: 0,
        })
}

/// The tooltip of a dot (its y's value and source, and its x's on a line of its own) or
/// of a legend entry.
pub fn tooltip(dataset: &Dataset, chart: &ScatterChart, hit: Hit) -> Option<Tooltip> {
    let lang = chart.lang;
    if let Some(average) = average_of(chart, hit) {
        let unit = |ix: usize| dataset.indicator(ix).map(|i| i.unit);
        let left_out = match lang {
            Lang::Vi => format!("không có cả hai chỉ số năm {}", chart.year),
            Lang::En => format!("without both indices of {}", chart.year),
        };
        let (y_unit, x_unit) = (unit(chart.y_indicator)?, unit(chart.x_indicator)?);
        let mut tip = mean_tooltip_saying(dataset, &average.y, y_unit, lang, &left_out);
        let x = mean_tooltip_saying(dataset, &average.x, x_unit, lang, &left_out);
        tip.value = format!(
            "{}: {}",
            indicator_label(dataset, chart.y_indicator, lang),
            tip.value
        );
        tip.also = vec![
            format!(
                "{}: {}",
                indicator_label(dataset, chart.x_indicator, lang),
                x.value
            ),
            x.source,
        ];
        return Some(tip);
    }
    let Some(dot) = chart.dots.get(hit.series) else {
        let entry = chart.legend.get(hit.series - chart.dots.len())?;
        let mut tip = tooltip_for(
            dataset,
            chart.y_indicator,
            chart.dots.first()?.area,
            chart.year,
            chart.dots.first()?.y_observation,
            lang,
        )?;
        tip.heading = entry.label.clone();
        tip.value = match lang {
            Lang::Vi => format!(
                "{} nơi trên biểu đồ năm {}",
                format_number(entry.count as f64, 0, lang),
                chart.year
            ),
            Lang::En => format!(
                "{} places on the chart in {}",
                format_number(entry.count as f64, 0, lang),
                chart.year
            ),
        };
        tip.rank = None;
        tip.change = None;
        tip.source = String::new();
        tip.quote = String::new();
        tip.citation = None;
        tip.disagreement = None;
        tip.kind = None;
        return Some(tip);
    };
    let mut tip = tooltip_for(
        dataset,
        chart.y_indicator,
        dot.area,
        dot.y_year,
        dot.y_observation,
        lang,
    )?;
    let x = tooltip_for(
        dataset,
        chart.x_indicator,
        dot.area,
        dot.x_year,
        dot.x_observation,
        lang,
    )?;
    let name = |ix: usize| indicator_label(dataset, ix, lang);
    let place = crate::core::text::i18n::area_name(dataset, dot.area, lang);
    tip.heading = format!("{} · {}", dot.label_as(&place, chart.year), chart.year);
    tip.value = format!("{}: {}", name(chart.y_indicator), tip.value);
    let year_note = |year| {
        if year == chart.year {
            String::new()
        } else {
            match lang {
                Lang::Vi => format!(" (số liệu năm {year})"),
                Lang::En => format!(" (value of {year})"),
            }
        }
    };
    tip.value.push_str(&year_note(dot.y_year));
    let mut line = format!(
        "{}: {}{}",
        name(chart.x_indicator),
        x.value,
        year_note(dot.x_year)
    );
    if let Some(rank) = &x.rank {
        line.push_str(&format!(" · {rank}"));
    }
    tip.also = vec![line, x.source];
    Some(tip)
}

/// An indicator's name, for a tooltip's lines.
fn indicator_label(dataset: &Dataset, ix: usize, lang: Lang) -> String {
    dataset
        .indicator(ix)
        .map(|i| crate::core::text::i18n::indicator_name(i, lang).to_string())
        .unwrap_or_default()
}

/// The region's average a hit stands for, if it is one.
pub fn average_of(chart: &ScatterChart, hit: Hit) -> Option<&AverageDot> {
    let first = chart.dots.len() + chart.legend.len();
    chart.averages.get(hit.series.checked_sub(first)?)
}

/// Where (canvas pixels) a hit's tooltip opens: at its dot, or at its legend entry.
pub fn anchor(chart: &ScatterChart, frame: &ScatterFrame, hit: Hit) -> Option<(f64, f64)> {
    if let Some(average) = average_of(chart, hit) {
        return Some(frame.pixel(average.x.value, average.y.value));
    }
    match chart.dots.get(hit.series) {
        Some(dot) => Some(frame.pixel(dot.x, dot.y)),
        None => {
            let (l, t, _, _) = frame.legend_box(hit.series.checked_sub(chart.dots.len())?);
            Some((l, t))
        }
    }
}
