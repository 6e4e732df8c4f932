//! The scatter plot's spec: its two indicators, the year, a dot per place with both
//! values (one side may come from the year before or after, [`TOLERANCE`], and says so),
//! the axes fixed over every year the two share, the regions' legend, the places
//! without both values, Spearman's ρ with its n, and the trails of the selected places.

use super::values::{
    domain, missing_words, near_years, population_of, scope, value_near, values_in, TOLERANCE,
};
use crate::core::charts::shared::empty::EmptyReason;
use crate::core::charts::shared::palette::Rgb;
use crate::core::charts::shared::source_line::source_line;
use crate::core::data::dataset::Dataset;
use crate::core::data::model::{Area, Better, IndicatorIx, Region, Unit, Year};
use crate::core::data::preferred::{preferred_in_year, AreaValues};
use crate::core::query::correlation::spearman;
use crate::core::query::region_mean::{mean_of, provinces_of, MeanBasis, RegionMean};
use crate::core::text::format::format_number;
use crate::core::text::i18n::{self, area_name, indicator_name, region_name};
use crate::core::view::pairs::{scatter_years, x_of};
use crate::core::view::state::{Lang, ViewState};

/// The regions' colours, in the order of `Region::ALL` (Okabe–Ito, darkened for 3:1
/// contrast on white), and the colour of a person's own areas.
pub const REGION_COLOURS: [Rgb; 6] = [
    Rgb(0x00, 0x72, 0xb2),
    Rgb(0xd5, 0x5e, 0x00),
    Rgb(0x00, 0x9e, 0x73),
    Rgb(0xcc, 0x79, 0xa7),
    Rgb(0x8a, 0x6d, 0x00),
    Rgb(0x56, 0x8f, 0xbf),
];
pub const OWN_COLOUR: Rgb = Rgb(0x6b, 0x72, 0x80);

#[derive(Debug, Clone, PartialEq)]
pub struct ScatterChart {
    pub title: String,
    pub subtitle: String,
    pub x_label: String,
    pub y_label: String,
    pub x_unit: Unit,
    pub y_unit: Unit,
    pub lang: Lang,
    pub year: Year,
    /// Sorted by x, then y: the order the arrow keys go through them.
    pub dots: Vec<Dot>,
    /// The axes over every year the two indicators share, (low end, high end) as drawn:
    /// for ranks (worst, 1), so that 1 is at the good end (right, top).
    pub x_domain: (f64, f64),
    pub y_domain: (f64, f64),
    pub legend: Vec<LegendEntry>,
    /// "không có số liệu cả hai chỉ số năm 2023: …"; empty where every place has both.
    pub missing: String,
    /// Spearman's ρ and its n, where it can be computed.
    pub correlation: Option<(f64, usize)>,
    pub source_line: String,
    pub aria_label: String,
    /// The indicators (for the tooltips).
    pub x_indicator: IndicatorIx,
    pub y_indicator: IndicatorIx,
    /// The selected regions' averages, drawn as diamonds; not counted in ρ or `dots`.
    pub averages: Vec<AverageDot>,
}

/// A selected region's average point: the means of x and of y over its provinces
/// plotted with both values of the chart's own year.
#[derive(Debug, Clone, PartialEq)]
pub struct AverageDot {
    pub area: Area,
    /// "TB Đồng bằng sông Hồng (11/11)"
    pub label: String,
    pub x: RegionMean,
    pub y: RegionMean,
    pub colour: Rgb,
}

/// One place.
#[derive(Debug, Clone, PartialEq)]
pub struct Dot {
    pub area: Area,
    /// The place's name, written only for the selected places (labelled on the plot):
    /// a person's file may have 10,000 dots. Tooltips name any dot from the dataset.
    pub name: String,
    pub x: f64,
    pub y: f64,
    /// The years the values are of (the chart's year, or one within [`TOLERANCE`]).
    pub x_year: Year,
    pub y_year: Year,
    pub x_observation: usize,
    pub y_observation: usize,
    /// Index into `legend`.
    pub group: usize,
    pub colour: Rgb,
    /// Radius in CSS px (by population with bubbles).
    pub radius: f64,
    /// A selected place: labelled, and with its trail where asked.
    pub selected: bool,
    /// Where it was in the years before (x, y), oldest first: selected places with a trail.
    pub trail: Vec<(f64, f64)>,
}

/// A legend entry: a region (or a person's own areas) and its colour.
#[derive(Debug, Clone, PartialEq)]
pub struct LegendEntry {
    pub label: String,
    pub colour: Rgb,
    /// How many dots it has this year.
    pub count: usize,
}

impl Dot {
    /// "Hà Nội" or, where a value is of another year, "Hà Nội (x: 2022)".
    pub fn label(&self, year: Year) -> String {
        self.label_as(&self.name, year)
    }

    /// [`Dot::label`] with the place called `name`.
    pub fn label_as(&self, name: &str, year: Year) -> String {
        let mut other = Vec::new();
        if self.x_year != year {
            other.push(format!("x: {}", self.x_year));
        }
        if self.y_year != year {
            other.push(format!("y: {}", self.y_year));
        }
        if other.is_empty() {
            name.to_string()
        } else {
            format!("{name} ({})", other.join(", "))
        }
    }
}

/// The scatter plot of `state`: its x (`x=`, or the partner of its indicator) against its
/// indicator in the last year of its time.
pub fn build(dataset: &Dataset, state: &ViewState) -> Result<ScatterChart, EmptyReason> {
    let lang = state.lang;
    let year = state.time.end();
    let x_ix = x_of(dataset, state).ok_or(EmptyReason::NoData)?;
    let y_ix = state.indicator;
    let (x_info, y_info) = (
        dataset.indicator(x_ix).ok_or(EmptyReason::NoData)?,
        dataset.indicator(y_ix).ok_or(EmptyReason::NoData)?,
    );
    let places = scope(dataset);
    let (x_year, y_year) = (
        preferred_in_year(dataset, x_ix, year),
        preferred_in_year(dataset, y_ix, year),
    );
    let x_near = near_years(dataset, x_ix, (year, x_year.clone()), &y_year);
    let y_near = near_years(dataset, y_ix, (year, y_year), &x_year);
    // The year itself is the first of the near years.
    let (x_now, y_now) = (&x_near[0].1, &y_near[0].1);
    // The legend: the six regions, and a person's own areas where any is plotted.
    let mut legend: Vec<LegendEntry> = Region::ALL
        .iter()
        .zip(REGION_COLOURS)
        .map(|(&r, colour)| LegendEntry {
            label: region_name(r, lang).to_string(),
            colour,
            count: 0,
        })
        .collect();
    let own_entry = legend.len();
    legend.push(LegendEntry {
        label: match lang {
            Lang::Vi => "Khu vực của bạn".to_string(),
            Lang::En => "Your areas".to_string(),
        },
        colour: OWN_COLOUR,
        count: 0,
    });
    let population = state
        .bubbles
        .then(|| population_of(dataset, year))
        .flatten();
    let max_population = population
        .as_ref()
        .map(|(values, _)| values.iter().map(|(_, p)| p.value).fold(0.0, f64::max))
        .unwrap_or(0.0);
    let mut dots = Vec::new();
    let mut without: Vec<Area> = Vec::new();
    for &area in &places {
        // A dot needs a value of one side in the year itself; the other may be near.
        let in_year = x_now.get(area).is_some() || y_now.get(area).is_some();
        let (x, y) = (
            value_near(dataset, x_ix, &x_near, area, year),
            value_near(dataset, y_ix, &y_near, area, year),
        );
        let (Some(x), Some(y), true) = (x, y, in_year) else {
            // Own areas are listed only where they have one of the two at all.
            let any = x.is_some() || y.is_some();
            if matches!(area, Area::Province(_)) || any {
                without.push(area);
            }
            continue;
        };
        let group = match area {
            Area::Province(p) => dataset
                .province(p)
                .and_then(|p| Region::ALL.iter().position(|&r| r == p.region))
                .unwrap_or(own_entry),
            _ => own_entry,
        };
        legend[group].count += 1;
        let radius = match (&population, area) {
            (Some((values, _)), _) if max_population > 0.0 => values
                .get(area)
                .map_or(2.5, |p| 3.0 + 13.0 * (p.value / max_population).sqrt()),
            _ if places.len() > 1000 => 2.5,
            _ => 4.5,
        };
        dots.push(Dot {
            area,
            name: if state.places.contains(&area) {
                area_name(dataset, area, lang)
            } else {
                String::new()
            },
            x: x.value,
            y: y.value,
            x_year: x.year,
            y_year: y.year,
            x_observation: x.observation,
            y_observation: y.observation,
            group,
            colour: legend[group].colour,
            radius,
            selected: state.places.contains(&area),
            trail: Vec::new(),
        });
    }
    if dots.is_empty() && without.is_empty() {
        return Err(EmptyReason::NoData);
    }
    legend.retain(|e| e.count > 0 || e.colour != OWN_COLOUR);
    dots.sort_by(|a, b| a.x.total_cmp(&b.x).then(a.y.total_cmp(&b.y)));
    // The axes over every year the two share, so that play moves dots, not the frame.
    let years = scatter_years(dataset, state);
    let x_domain = domain(
        values_in(dataset, x_ix, &years).chain(dots.iter().map(|d| d.x)),
        x_info.unit,
    );
    let y_domain = domain(
        values_in(dataset, y_ix, &years).chain(dots.iter().map(|d| d.y)),
        y_info.unit,
    );
    if state.trail && dots.iter().any(|d| d.selected) {
        let earlier: Vec<(AreaValues, AreaValues)> = years
            .iter()
            .filter(|&&y| y < year)
            .map(|&y| {
                (
                    preferred_in_year(dataset, x_ix, y),
                    preferred_in_year(dataset, y_ix, y),
                )
            })
            .collect();
        for dot in dots.iter_mut().filter(|d| d.selected) {
            dot.trail = earlier
                .iter()
                .filter_map(|(xs, ys)| Some((xs.get(dot.area)?.value, ys.get(dot.area)?.value)))
                .collect();
        }
    }
    // ρ on the values turned so that larger is better on both, as the axes show them.
    let turn = |unit: Unit, better: Better, v: f64| {
        if unit == Unit::Rank || better == Better::Lower {
            -v
        } else {
            v
        }
    };
    let xs: Vec<f64> = dots
        .iter()
        .map(|d| turn(x_info.unit, x_info.better, d.x))
        .collect();
    let ys: Vec<f64> = dots
        .iter()
        .map(|d| turn(y_info.unit, y_info.better, d.y))
        .collect();
    let correlation = spearman(&xs, &ys).map(|rho| (rho, dots.len()));
    let (x_name, y_name) = (indicator_name(x_info, lang), indicator_name(y_info, lang));
    let title = match lang {
        Lang::Vi => format!("{y_name} và {x_name}, {year}"),
        Lang::En => format!("{y_name} and {x_name}, {year}"),
    };
    let n = dots.len();
    let with_both = match lang {
        Lang::Vi => format!("{} nơi có cả hai chỉ số", format_number(n as f64, 0, lang)),
        Lang::En => format!("{} places with both", format_number(n as f64, 0, lang)),
    };
    let rho = match (correlation, lang) {
        (Some((rho, n)), Lang::Vi) => format!(
            " · tương quan hạng Spearman ρ = {} (n = {n}, theo hướng “tốt hơn” của mỗi chỉ số): tỉnh tốt ở chỉ số này thường {} ở chỉ số kia — đó là sự đi cùng nhau, không phải quan hệ nhân quả",
            format_number(rho, 2, lang),
            if rho >= 0.0 { "cũng tốt" } else { "kém hơn" }
        ),
        (Some((rho, n)), Lang::En) => format!(
            " · Spearman's rank correlation ρ = {} (n = {n}, each index turned so that higher is better): places that do well on one tend to do {} on the other — an association, not a cause",
            format_number(rho, 2, lang),
            if rho >= 0.0 { "well" } else { "worse" }
        ),
        (None, _) => String::new(),
    };
    let near = dots
        .iter()
        .filter(|d| d.x_year != year || d.y_year != year)
        .count();
    let near_note = match (near, lang) {
        (0, _) => String::new(),
        (k, Lang::Vi) => format!(" · {k} điểm lấy một chỉ số của năm liền kề (±{TOLERANCE} năm), có ghi năm"),
        (k, Lang::En) => format!(" · {k} dots take one index from a neighbouring year (±{TOLERANCE}), marked with its year"),
    };
    let size_note = match (&population, lang) {
        (Some((_, y)), Lang::Vi) => {
            format!(" · kích thước theo dân số năm {y} (Tổng cục Thống kê)")
        }
        (Some((_, y)), Lang::En) => format!(" · size by population in {y} (GSO)"),
        (None, _) => String::new(),
    };
    let missing = missing_words(dataset, &without, year, lang);
    let subtitle = format!(
        "{year} · {with_both}{rho}{near_note}{size_note}{}",
        if missing.is_empty() {
            String::new()
        } else {
            format!(" · {missing}")
        }
    );
    let aria_label = match lang {
        Lang::Vi => format!("Biểu đồ tương quan: {title}; {with_both}{rho}."),
        Lang::En => format!("Scatter plot: {title}; {with_both}{rho}."),
    };
    let source_line = source_line(
        dataset,
        dots.iter().flat_map(|d| [d.x_observation, d.y_observation]),
        lang,
    );
    let averages = averages(dataset, state, &dots, year);
    Ok(ScatterChart {
        title,
        subtitle,
        x_label: format!("{x_name} ({})", i18n::unit_label(x_info.unit, lang)),
        y_label: format!("{y_name} ({})", i18n::unit_label(y_info.unit, lang)),
        x_unit: x_info.unit,
        y_unit: y_info.unit,
        lang,
        year,
        dots,
        x_domain,
        y_domain,
        legend,
        missing,
        correlation,
        source_line,
        aria_label,
        x_indicator: x_ix,
        y_indicator: y_ix,
        averages,
    })
}

/// The selected regions' averages over their provinces plotted with both values of
/// `year` itself (a dot that takes a side from a neighbouring year is left out), where
/// at least half of them are.
fn averages(dataset: &Dataset, state: &ViewState, dots: &[Dot], year: Year) -> Vec<AverageDot> {
    let lang = state.lang;
    let same_year = |area: Area| {
        dots.iter()
            .find(|d| d.area == area && d.x_year == year && d.y_year == year)
    };
    state
        .places
        .iter()
        .filter_map(|&area| {
            let Area::Region(region) = area else {
                return None;
            };
            let members = provinces_of(dataset, region);
            let side = |pick: fn(&Dot) -> (f64, usize)| {
                let value = |a: Area| {
                    same_year(a).map(|d| crate::core::data::preferred::Point {
                        year,
                        value: pick(d).0,
                        observation: pick(d).1,
                    })
                };
                mean_of(
                    dataset,
                    &value,
                    (region, year),
                    &members,
                    MeanBasis::Provinces,
                    Vec::new(),
                )
            };
            let x = side(|d| (d.x, d.x_observation))?;
            let y = side(|d| (d.y, d.y_observation))?;
            let colour = Region::ALL
                .iter()
                .position(|&r| r == region)
                .map_or(OWN_COLOUR, |i| REGION_COLOURS[i]);
            Some(AverageDot {
                area,
                label: match lang {
                    Lang::Vi => format!("TB {} ({}/{})", region_name(region, lang), x.n, x.members),
                    Lang::En => {
                        format!("{} mean ({}/{})", region_name(region, lang), x.n, x.members)
                    }
                },
                x,
                y,
                colour,
            })
        })
        .collect()
}
