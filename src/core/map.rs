//! The map view's chart layer: every province shaded by its value in one year (the
//! last year of the view's time) on a sequential scale where darker is better, grey
//! where there is no data, the selected provinces outlined, and the two archipelagos
//! labelled as maps published in Vietnam show them.

use super::chart::{ChartContent, EmptyReason};
use super::dataset::Dataset;
use super::format::format_value;
use super::geo::{geography, Ring};
use super::i18n::{self, area_name, indicator_name, unit_label, Text};
use super::model::{Area, Better, ProvinceCode, Unit, Year};
use super::palette::Rgb;
use super::query::preferred;
use super::search::fold;
use super::view::{Lang, Units, ViewState};

/// The fill of provinces without a value.
pub const NO_DATA: Rgb = Rgb(0xdd, 0xe1, 0xe6);

#[derive(Debug, Clone, PartialEq)]
pub struct MapChart {
    pub title: String,
    pub subtitle: String,
    pub unit: Unit,
    pub lang: Lang,
    pub year: Year,
    pub regions: Vec<MapRegion>,
    pub islands: Vec<IslandShape>,
    /// Swatches from best to worst with their values, then "no data".
    pub legend: Vec<(Rgb, String)>,
    pub source_line: String,
    pub aria_label: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MapRegion {
    pub area: Area,
    pub label: String,
    pub rings: Vec<Ring>,
    pub value: Option<f64>,
    pub observation: Option<usize>,
    pub fill: Rgb,
    pub selected: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct IslandShape {
    pub label: String,
    pub rings: Vec<Ring>,
}

/// How good a value is within the values shown, from 0 (worst) to 1 (best).
pub fn goodness(value: f64, (low, high): (f64, f64), better: Better) -> f64 {
    if high - low <= f64::EPSILON {
        return 1.0;
    }
    let share = ((value - low) / (high - low)).clamp(0.0, 1.0);
    match better {
        Better::Higher => share,
        Better::Lower => 1.0 - share,
    }
}

/// The sequential colour of a goodness: light for the worst, dark for the best
/// (ColorBrewer Blues, through colorous), never so light that it reads as "no data".
pub fn shade(goodness: f64) -> Rgb {
    let colour = colorous::BLUES.eval_continuous(0.18 + 0.82 * goodness.clamp(0.0, 1.0));
    Rgb(colour.r, colour.g, colour.b)
}

/// The map of `state`'s indicator in the last year of its time.
pub fn map_chart(dataset: &Dataset, state: &ViewState) -> ChartContent {
    let lang = state.lang;
    let year = state.time.end();
    let Some(indicator) = dataset.indicator(state.indicator) else {
        return ChartContent::Empty(EmptyReason::NoData);
    };
    let unit = indicator.unit;
    let geography = geography();
    let region = |area: Area, rings: &Vec<Ring>, selected: bool| {
        let point = preferred(dataset, state.indicator, area, year);
        MapRegion {
            area,
            label: area_name(dataset, area, lang),
            rings: rings.clone(),
            value: point.map(|p| p.value),
            observation: point.map(|p| p.observation),
            fill: NO_DATA,
            selected,
        }
    };
    let mut regions: Vec<MapRegion> = match state.units {
        Units::Pre2025 => geography
            .provinces
            .iter()
            .filter_map(|shape| {
                let code = ProvinceCode::parse(&shape.key)?;
                let ix = dataset.provinces().iter().position(|p| p.code == code)?;
                let area = Area::Province(ix);
                Some(region(area, &shape.rings, state.places.contains(&area)))
            })
            .collect(),
        // A unit is outlined when it absorbed a selected province.
        Units::Post2025 => geography
            .merged_units
            .iter()
            .filter_map(|shape| {
                let ix = dataset
                    .merged_units()
                    .iter()
                    .position(|u| u.slug == shape.key)?;
                let unit = &dataset.merged_units()[ix];
                let selected = unit
                    .absorbed
                    .iter()
                    .any(|&p| state.places.contains(&Area::Province(p)));
                Some(region(Area::Merged(ix), &shape.rings, selected))
            })
            .collect(),
    };
    let values: Vec<f64> = regions.iter().filter_map(|r| r.value).collect();
    // A year without values still shows its map, all "no data", so that stepping
    // through the years never swaps the map for a message.
    if regions.is_empty() {
        return ChartContent::Empty(EmptyReason::NoData);
    }
    let domain = (
        values.iter().copied().fold(f64::INFINITY, f64::min),
        values.iter().copied().fold(f64::NEG_INFINITY, f64::max),
    );
    for region in &mut regions {
        if let Some(value) = region.value {
            region.fill = shade(goodness(value, domain, indicator.better));
        }
    }
    regions.sort_by_cached_key(|r| fold(&r.label));
    let (best, worst) = match indicator.better {
        Better::Higher => (domain.1, domain.0),
        Better::Lower => (domain.0, domain.1),
    };
    let scale_steps = if values.is_empty() { 0 } else { 5 };
    let mut legend: Vec<(Rgb, String)> = (0..scale_steps)
        .map(|i| {
            let t = 1.0 - f64::from(i) / 4.0;
            let value = worst + (best - worst) * t;
            (shade(t), format_value(value, unit, lang))
        })
        .collect();
    let no_data = match lang {
        Lang::Vi => "không có số liệu",
        Lang::En => "no data",
    };
    legend.push((NO_DATA, no_data.to_string()));
    let islands = geography
        .islands
        .iter()
        .map(|shape| IslandShape {
            label: match (shape.key.as_str(), lang) {
                ("hoang-sa", Lang::Vi) => "Quần đảo Hoàng Sa",
                ("hoang-sa", Lang::En) => "Hoang Sa (Paracel) Islands",
                ("truong-sa", Lang::Vi) => "Quần đảo Trường Sa",
                (_, Lang::Vi) => "Quần đảo",
                (_, Lang::En) => "Truong Sa (Spratly) Islands",
            }
            .to_string(),
            rings: shape.rings.clone(),
        })
        .collect();
    let title = indicator_name(indicator, lang).to_string();
    let with_data = values.len();
    let total = regions.len();
    let scope = match (state.units, lang) {
        (Units::Pre2025, Lang::Vi) => format!("{with_data}/{total} tỉnh, thành phố có số liệu"),
        (Units::Pre2025, Lang::En) => format!("{with_data} of {total} provinces with data"),
        (Units::Post2025, Lang::Vi) => {
            format!("34 đơn vị từ 1/7/2025: {with_data}/{total} có số liệu")
        }
        (Units::Post2025, Lang::En) => {
            format!("the 34 units from 1 July 2025: {with_data} of {total} with data")
        }
    };
    let subtitle = format!("{year} · {} · {scope}", unit_label(unit, lang));
    let aria_label = match lang {
        Lang::Vi => format!(
            "Bản đồ: {title}, {year}; {with_data} trong {total} tỉnh, thành phố có số liệu."
        ),
        Lang::En => format!("Map: {title}, {year}; {with_data} of {total} provinces have data."),
    };
    let mut publishers: Vec<&str> = Vec::new();
    for observation in regions.iter().filter_map(|r| r.observation) {
        let source = dataset
            .observations()
            .get(observation)
            .and_then(|o| dataset.sources().get(o.source));
        if let Some(source) = source {
            if !publishers.contains(&source.publisher.as_str()) {
                publishers.push(&source.publisher);
            }
        }
    }
    ChartContent::Map(Box::new(MapChart {
        title,
        subtitle,
        unit,
        lang,
        year,
        regions,
        islands,
        legend,
        source_line: if publishers.is_empty() {
            i18n::text(lang, Text::NoValuesThisYear).to_string()
        } else {
            format!(
                "{}: {}",
                i18n::text(lang, Text::Source),
                publishers.join("; ")
            )
        },
        aria_label,
    }))
}
