//! The line chart's spec: turns a view into a chart specification (titles, axes,
//! coloured series, the accessible description) with no pixels yet, or the reason
//! there is nothing to draw. [`super::draw`] renders it.

use super::means::{basis_breaks, mean_note, points_of, too_few};
use crate::core::charts::shared::empty::EmptyReason;
use crate::core::charts::shared::palette::{assign_colours, Rgb};
use crate::core::charts::shared::ticks::nice_step;
use crate::core::data::dataset::Dataset;
use crate::core::data::model::{Area, Unit, Year, YearRange};
use crate::core::data::preferred::Point;
use crate::core::query::region_mean::RegionMean;
use crate::core::query::series::{line_series, targets};
use crate::core::text::format::{format_tick, years_text};
use crate::core::text::i18n::{self, area_name, indicator_name, unit_label, Text};
use crate::core::text::source_words::source_text;
use crate::core::view::state::{Lang, ViewState};

/// A line chart ready to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct LineChart {
    pub title: String,
    pub subtitle: String,
    pub x_label: String,
    pub y_label: String,
    pub years: YearRange,
    pub unit: Unit,
    pub lang: Lang,
    /// The value axis, low to high in data units (before any inversion).
    pub y_domain: (f64, f64),
    /// Whether low values are drawn at the top (ranks: 1 is best, so it goes on top).
    pub invert_y: bool,
    pub y_ticks: Vec<f64>,
    pub series: Vec<ChartSeries>,
    /// "Nguồn: …": the publishers of every value shown.
    pub source_line: String,
    /// What a screen reader announces for the chart.
    pub aria_label: String,
    /// "mục tiêu" / "target", where any series has a target.
    pub target_label: Option<String>,
    /// Where the indicator's method changed within the years drawn: the first year of
    /// the new method and its note ("đổi phương pháp 2017"). No line crosses a break.
    pub breaks: Vec<(Year, String)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChartSeries {
    /// The place's name, as the legend shows it.
    pub label: String,
    /// A second legend line in a smaller type: "không có số liệu", "số liệu đến 2022".
    pub note: Option<String>,
    pub area: Area,
    pub colour: Rgb,
    /// Values in year order; a missing year is a gap.
    pub points: Vec<(Year, f64)>,
    /// The observation behind each point (indices into `Dataset::observations`); empty
    /// for a region's average, whose points are `means`.
    pub observations: Vec<usize>,
    /// For a region's average: what each point is the mean of (drawn dashed).
    pub means: Vec<RegionMean>,
    /// Goals set for the place, drawn hollow and joined to the last actual value.
    pub targets: Vec<(Year, f64)>,
    pub target_observations: Vec<usize>,
    /// The last year with a value, where the series stops before the other series
    /// do: drawn as an end cap and said in the legend, never extended.
    pub ends_early: Option<Year>,
    /// The first years of a new method: a line never joins a value before one to a
    /// value from it on.
    pub breaks: Vec<Year>,
}

impl ChartSeries {
    /// A point by index over the values, then the targets, with the observation behind
    /// it (none for a region's average).
    pub fn point(&self, index: usize) -> Option<((Year, f64), Option<usize>)> {
        match index.checked_sub(self.points.len()) {
            None => Some((
                *self.points.get(index)?,
                self.observations.get(index).copied(),
            )),
            Some(t) => Some((
                *self.targets.get(t)?,
                self.target_observations.get(t).copied(),
            )),
        }
    }

    /// Whether the series is a region's average.
    pub fn is_average(&self) -> bool {
        matches!(self.area, Area::Region(_))
    }

    /// How many points (values and targets) the series has.
    pub fn len(&self) -> usize {
        self.points.len() + self.targets.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The actual value a target is joined to: the last one before its year.
    pub fn before(&self, year: Year) -> Option<(Year, f64)> {
        self.points.iter().rev().find(|p| p.0 < year).copied()
    }
}

impl ChartSeries {
    /// Runs of consecutive years, drawn as connected lines; a gap breaks the line.
    pub fn runs(&self) -> Vec<&[(Year, f64)]> {
        let mut runs = Vec::new();
        let mut start = 0;
        for i in 1..=self.points.len() {
            let broken = i == self.points.len()
                || self.points[i].0.get() != self.points[i - 1].0.get() + 1
                || self.breaks.contains(&self.points[i].0);
            if broken {
                runs.push(&self.points[start..i]);
                start = i;
            }
        }
        runs
    }
}

/// Builds the line chart of `state`, or says why there is nothing to draw.
pub fn build(dataset: &Dataset, state: &ViewState) -> Result<LineChart, EmptyReason> {
    let lang = state.lang;
    if state.places.is_empty() {
        return Err(EmptyReason::NoProvinces);
    }
    let Some(indicator) = dataset.indicator(state.indicator) else {
        return Err(EmptyReason::NoData);
    };
    let all_series = line_series(dataset, state);
    let all_targets: Vec<Vec<Point>> = all_series
        .iter()
        .map(|s| targets(dataset, state, s.area))
        .collect();
    let all_points: Vec<Vec<(Year, f64)>> = all_series.iter().map(points_of).collect();
    let values: Vec<f64> = all_points
        .iter()
        .flat_map(|s| s.iter().map(|p| p.1))
        .chain(all_targets.iter().flatten().map(|p| p.value))
        .collect();
    if values.is_empty() {
        return Err(EmptyReason::no_values(dataset, state.indicator));
    }
    let names: Vec<String> = all_series
        .iter()
        .map(|s| area_name(dataset, s.area, lang))
        .collect();
    let keys: Vec<String> = all_series
        .iter()
        .map(|s| dataset.area_key(s.area))
        .collect();
    let colours = assign_colours(&keys);
    let no_data = match lang {
        Lang::Vi => "không có số liệu",
        Lang::En => "no data",
    };
    // The years drawn: from the first to the last year in which a selected place has
    // a value or a target, so that empty years are not drawn as empty columns.
    let shown_years: Vec<Year> = all_points
        .iter()
        .flat_map(|s| s.iter().map(|p| p.0))
        .chain(all_targets.iter().flatten().map(|p| p.year))
        .collect();
    let drawn = match (shown_years.iter().min(), shown_years.iter().max()) {
        (Some(&first), Some(&last)) => YearRange::new(first, last).unwrap_or(state.time),
        _ => state.time,
    };
    let last_value_year = all_points
        .iter()
        .filter_map(|s| s.last().map(|p| p.0))
        .max();
    let ends_early = |s: &[(Year, f64)]| {
        let last = s.last()?.0;
        (Some(last) < last_value_year).then_some(last)
    };
    // Method breaks inside the years drawn (PCI 2017, PAPI 2018).
    let breaks: Vec<(Year, String)> = drawn
        .years()
        .skip(1)
        .filter_map(|year| {
            let previous = Year::new(year.get() - 1)?;
            let change = dataset.method_break(state.indicator, previous, year)?;
            Some((
                year,
                match lang {
                    Lang::Vi => change.note_vi.clone(),
                    Lang::En => change.note_en.clone(),
                },
            ))
        })
        .collect();
    let break_years: Vec<Year> = breaks.iter().map(|b| b.0).collect();
    let series: Vec<ChartSeries> = all_series
        .iter()
        .zip(&all_points)
        .zip(&names)
        .zip(colours)
        .zip(&all_targets)
        .map(|((((s, points), name), colour), goals)| ChartSeries {
            label: name.to_string(),
            note: if points.is_empty() && goals.is_empty() {
                Some(match s.area {
                    Area::Region(_) => too_few(lang).to_string(),
                    _ => no_data.to_string(),
                })
            } else if !s.means.is_empty() {
                Some(mean_note(&s.means, ends_early(points), lang))
            } else {
                ends_early(points).map(|last| match lang {
                    Lang::Vi => format!("số liệu đến {last}"),
                    Lang::En => format!("data to {last}"),
                })
            },
            ends_early: ends_early(points),
            breaks: break_years
                .iter()
                .copied()
                .chain(basis_breaks(&s.means))
                .collect(),
            area: s.area,
            colour,
            points: points.clone(),
            observations: s.points.iter().map(|p| p.observation).collect(),
            means: s.means.clone(),
            targets: goals.iter().map(|p| (p.year, p.value)).collect(),
            target_observations: goals.iter().map(|p| p.observation).collect(),
        })
        .collect();

    let mut sources: Vec<usize> = all_series
        .iter()
        .flat_map(|s| s.points.iter())
        .chain(all_targets.iter().flatten())
        .filter_map(|p| dataset.observations().get(p.observation).map(|o| o.source))
        .chain(
            all_series
                .iter()
                .flat_map(|s| s.means.iter())
                .flat_map(|m| m.sources.iter().copied()),
        )
        .collect();
    sources.sort_unstable();
    sources.dedup();
    let mut publishers: Vec<&str> = Vec::new();
    for source in sources.iter().filter_map(|&ix| dataset.sources().get(ix)) {
        if !publishers.contains(&source.publisher.as_str()) {
            publishers.push(&source.publisher);
        }
    }

    let unit = indicator.unit;
    let (y_domain, y_ticks) = value_axis(&values, unit);
    let title = indicator_name(indicator, lang).to_string();
    let years = years_text(drawn);
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let stops: Vec<String> = series
        .iter()
        .filter_map(|s: &ChartSeries| {
            let last = s.ends_early?;
            let name = area_name(dataset, s.area, lang);
            Some(match lang {
                Lang::Vi => format!("{name} có số liệu đến năm {last}"),
                Lang::En => format!("{name} has data to {last}"),
            })
        })
        .collect();
    let stops = if stops.is_empty() {
        String::new()
    } else {
        format!(" {}.", stops.join("; "))
    };
    let aria_label = match lang {
        Lang::Vi => format!(
            "Biểu đồ đường: {title}, {years}, của {}.{stops}",
            i18n::list(&names, lang)
        ),
        Lang::En => format!(
            "Line chart: {title}, {years}, for {}.{stops}",
            i18n::list(&names, lang)
        ),
    };
    let cut = cut_years(state.time, drawn)
        .map(|cut| match lang {
            Lang::Vi => format!(" · chưa có số liệu {cut}"),
            Lang::En => format!(" · no data for {cut}"),
        })
        .unwrap_or_default();
    let members_change = series.iter().any(|s| !basis_breaks(&s.means).is_empty());
    let members_words = match (members_change, lang) {
        (false, _) => "",
        (true, Lang::Vi) => {
            " · trung bình vùng không nối giữa hai năm khác nhau về tỉnh có số liệu"
        }
        (true, Lang::En) => {
            " · a regional mean is not joined between years of different provinces with data"
        }
    };
    let break_words = if breaks.is_empty() {
        members_words.to_string()
    } else {
        let notes: Vec<&str> = breaks.iter().map(|b| b.1.as_str()).collect();
        match lang {
            Lang::Vi => format!(
                " · {}: đường không nối qua{members_words}",
                notes.join(", ")
            ),
            Lang::En => format!(
                " · {}: lines not joined across{members_words}",
                notes.join(", ")
            ),
        }
    };
    let aria_label = if breaks.is_empty() {
        aria_label
    } else {
        let notes: Vec<&str> = breaks.iter().map(|b| b.1.as_str()).collect();
        match lang {
            Lang::Vi => format!("{aria_label} Đường không nối qua chỗ {}.", notes.join(", ")),
            Lang::En => format!(
                "{aria_label} Lines are not joined across the break: {}.",
                notes.join(", ")
            ),
        }
    };
    Ok(LineChart {
        breaks,
        subtitle: format!("{years} · {}{cut}{break_words}", unit_label(unit, lang)),
        x_label: i18n::text(lang, Text::Year).to_string(),
        y_label: unit_label(unit, lang).to_string(),
        years: drawn,
        unit,
        lang,
        y_domain,
        invert_y: unit == Unit::Rank,
        y_ticks,
        series,
        source_line: format!(
            "{}: {}",
            i18n::text(lang, Text::Source),
            source_text(&publishers.join("; "), lang)
        ),
        target_label: all_targets
            .iter()
            .any(|t| !t.is_empty())
            .then(|| match lang {
                Lang::Vi => "mục tiêu".to_string(),
                Lang::En => "target".to_string(),
            }),
        aria_label,
        title,
    })
}

/// The years of `asked` left out of `drawn` at either end, as text ("2023–2024",
/// "2017–2019 và 2024" is written as two spans joined by a comma).
fn cut_years(asked: YearRange, drawn: YearRange) -> Option<String> {
    let before = (asked.start() < drawn.start())
        .then(|| Year::new(drawn.start().get() - 1).and_then(|e| YearRange::new(asked.start(), e)))
        .flatten();
    let after = (drawn.end() < asked.end())
        .then(|| Year::new(drawn.end().get() + 1).and_then(|s| YearRange::new(s, asked.end())))
        .flatten();
    let spans: Vec<String> = [before, after]
        .into_iter()
        .flatten()
        .map(years_text)
        .collect();
    (!spans.is_empty()).then(|| spans.join(", "))
}

/// The value axis's domain and ticks: ranks from 1 to a round number at or above the
/// worst rank shown; counts from 0; other units on round steps around the values,
/// within the unit's range.
fn value_axis(values: &[f64], unit: Unit) -> ((f64, f64), Vec<f64>) {
    let min = values.iter().copied().fold(f64::INFINITY, f64::min);
    let max = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let (unit_min, unit_max) = unit.range(Some(63));
    if unit == Unit::Rank {
        let step = nice_step((max - 1.0).max(4.0) / 5.0);
        let top = ((max / step).ceil() * step).clamp(5.0, unit_max);
        let mut ticks = vec![1.0];
        ticks.extend(
            (1..)
                .map(|i| step * f64::from(i))
                .take_while(|&t| t <= top + 1e-9),
        );
        ticks.dedup();
        return ((1.0, top), ticks);
    }
    let floor = if unit == Unit::Count { 0.0 } else { min };
    let minimum_span = match unit {
        Unit::Score => 0.05,
        Unit::Points10 => 0.5,
        _ => (max.abs() * 0.1).max(1.0),
    };
    let span = (max - floor).max(minimum_span);
    let step = nice_step(span / 5.0);
    let step = if unit == Unit::Count {
        step.max(1.0)
    } else {
        step
    };
    // A lone value (or a narrow spread) sits in the middle of a band of `span`, moved
    // inside the unit's range where it would cross a bound.
    let (mut from, mut to) = if max - floor < minimum_span {
        let middle = (floor + max) / 2.0;
        (middle - span / 2.0, middle + span / 2.0)
    } else {
        (floor, max)
    };
    if to > unit_max {
        from -= to - unit_max;
        to = unit_max;
    }
    if from < unit_min {
        to = (to + unit_min - from).min(unit_max);
        from = unit_min;
    }
    let low = ((from / step).floor() * step).max(unit_min);
    let high = ((to / step).ceil() * step).min(unit_max);
    let high = if high > low { high } else { low + step };
    let count = ((high - low) / step).round() as usize;
    let ticks = (0..=count).map(|i| low + step * i as f64).collect();
    ((low, high), ticks)
}

/// Tick labels for the value axis.
pub fn tick_label(chart: &LineChart, value: f64) -> String {
    format_tick(value, chart.unit, chart.lang)
}
