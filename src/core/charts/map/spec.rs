//! The map view's chart layer: every province shaded by its value in one year (the
//! last year of the view's time) in classes where darker is better, hatched where there
//! is no data, the selected provinces outlined and named, the Red River Delta's small
//! provinces again in a zoomed inset, and the two archipelagos labelled as maps
//! published in Vietnam show them.

use super::classes::{class_of, classes, MapClass};
use crate::core::charts::shared::empty::EmptyReason;
use crate::core::charts::shared::palette::Rgb;
use crate::core::data::dataset::Dataset;
use crate::core::data::embedded::geography;
use crate::core::data::fold::fold;
use crate::core::data::geo::Ring;
use crate::core::data::model::{Area, ProvinceCode, Region, Unit, Year};
use crate::core::data::preferred::preferred;
use crate::core::text::i18n::{self, area_name, indicator_name, unit_label, Text};
use crate::core::text::source_words::source_text;
use crate::core::view::state::{Lang, Units, ViewState};

#[derive(Debug, Clone, PartialEq)]
pub struct MapChart {
    pub title: String,
    pub subtitle: String,
    pub unit: Unit,
    pub lang: Lang,
    pub year: Year,
    pub regions: Vec<MapRegion>,
    pub islands: Vec<IslandShape>,
    pub legend: MapLegend,
    /// The Red River Delta, zoomed; `None` for a map without provinces.
    pub inset: Option<MapInset>,
    pub source_line: String,
    pub aria_label: String,
    /// In change mode, the first year: regions are then shaded by their change to `year`.
    pub from: Option<Year>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MapRegion {
    pub area: Area,
    pub label: String,
    pub rings: Vec<Ring>,
    pub value: Option<f64>,
    pub observation: Option<usize>,
    /// The colour of the value's class; `None` where there is no value (drawn hatched).
    pub fill: Option<Rgb>,
    pub selected: bool,
    /// In change mode, its change in words, or why it has none ("không có số liệu năm
    /// 2022 để so sánh").
    pub change: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct IslandShape {
    pub label: String,
    pub rings: Vec<Ring>,
}

/// What the legend shows: the classes best first, then the hatched "no data" swatch,
/// then which way is better.
#[derive(Debug, Clone, PartialEq)]
pub struct MapLegend {
    /// Best first; empty in a year without values.
    pub classes: Vec<MapClass>,
    /// "không có số liệu" / "no data".
    pub no_data: String,
    /// "đậm hơn = tốt hơn" / "darker = better"; `None` without classes.
    pub note: Option<String>,
}

/// A zoomed view of a small part of the country, drawn beside the main map.
#[derive(Debug, Clone, PartialEq)]
pub struct MapInset {
    /// "Đồng bằng sông Hồng" / "Red River Delta".
    pub caption: String,
    /// The longitudes and latitudes it shows, (west, east) and (south, north).
    pub lon: (f64, f64),
    pub lat: (f64, f64),
    /// The regions it is about (indexes into `regions`): named there, not on the
    /// main map, where they are small.
    pub regions: Vec<usize>,
}

/// The map of `state`'s indicator in the last year of its time, or why there is
/// nothing to draw.
pub fn build(dataset: &Dataset, state: &ViewState) -> Result<MapChart, EmptyReason> {
    let lang = state.lang;
    let year = state.time.end();
    let Some(indicator) = dataset.indicator(state.indicator) else {
        return Err(EmptyReason::NoData);
    };
    if dataset.only_own_areas(state.indicator) {
        return Err(EmptyReason::OwnAreasOnly);
    }
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
            fill: None,
            selected,
            change: None,
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
                let (ix, unit) = dataset
                    .merged_units()
                    .iter()
                    .enumerate()
                    .find(|(_, u)| u.slug == shape.key)?;
                let selected = unit
                    .absorbed
                    .iter()
                    .any(|&p| state.places.contains(&Area::Province(p)));
                Some(region(Area::Merged(ix), &shape.rings, selected))
            })
            .collect(),
    };
    // A year without values still shows its map, all "no data", so that stepping
    // through the years never swaps the map for a message.
    if regions.is_empty() {
        return Err(EmptyReason::NoData);
    }
    let shading = if state.compares() {
        let areas: Vec<Area> = regions.iter().map(|r| r.area).collect();
        let shading = super::change::shade(dataset, state, &areas)?;
        for (region, shade) in regions.iter_mut().zip(&shading.shades) {
            region.value = shade.value;
            region.fill = shade.fill;
            region.change = Some(shade.words.clone());
        }
        Some(shading)
    } else {
        None
    };
    let values: Vec<f64> = regions.iter().filter_map(|r| r.value).collect();
    let classes = match &shading {
        Some(shading) => shading.classes.clone(),
        None => {
            let classes = classes(&values, unit, indicator.better, lang);
            for region in &mut regions {
                region.fill = region
                    .value
                    .and_then(|value| class_of(&classes, value))
                    .and_then(|i| classes.get(i))
                    .map(|class| class.colour);
            }
            classes
        }
    };
    regions.sort_by_cached_key(|r| fold(&r.label));
    let legend = MapLegend {
        note: (!classes.is_empty()).then(|| {
            match (indicator.better, lang) {
                _ if shading.is_some() => match lang {
                    Lang::Vi => "xanh = tốt lên, cam = kém đi, xám = giữ nguyên",
                    Lang::En => "blue = better, orange = worse, grey = unchanged",
                },
                (crate::core::data::model::Better::Neither, Lang::Vi) => "đậm hơn = lớn hơn",
                (crate::core::data::model::Better::Neither, Lang::En) => "darker = larger",
                (_, Lang::Vi) => "đậm hơn = tốt hơn",
                (_, Lang::En) => "darker = better",
            }
            .to_string()
        }),
        classes,
        no_data: match lang {
            Lang::Vi => "không có số liệu",
            Lang::En => "no data",
        }
        .to_string(),
    };
    let inset = delta_inset(dataset, &regions, lang);
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
    // Places the publisher's table leaves out of this year are named (the tooltip says
    // why), never only hatched.
    let left_out: Vec<String> = dataset
        .missing_in(state.indicator, year)
        .filter(|m| {
            regions
                .iter()
                .any(|r| r.area == m.area && r.value.is_none())
        })
        .map(|m| crate::core::text::i18n::area_name(dataset, m.area, lang))
        .collect();
    let left_out = if left_out.is_empty() {
        String::new()
    } else {
        match lang {
            Lang::Vi => format!(" · không có trong bảng công bố: {}", left_out.join(", ")),
            Lang::En => format!(" · not in the published table: {}", left_out.join(", ")),
        }
    };
    let subtitle = match &shading {
        Some(shading) => {
            let from = state.time.start();
            let measure = match (unit, lang) {
                (Unit::Rank, Lang::Vi) => "số bậc tăng, giảm".to_string(),
                (Unit::Rank, Lang::En) => "places gained or lost".to_string(),
                (_, Lang::Vi) => format!("chênh lệch {}", unit_label(unit, lang)),
                (_, Lang::En) => format!("difference, {}", unit_label(unit, lang)),
            };
            let both = shading.changes.changes.len();
            match lang {
                Lang::Vi => format!(
                    "{from} → {year} · {measure} · {}: {both}/{total} có số liệu cả hai năm",
                    shading.counts
                ),
                Lang::En => format!(
                    "{from} → {year} · {measure} · {}: {both} of {total} with values in both years",
                    shading.counts
                ),
            }
        }
        None => format!("{year} · {} · {scope}{left_out}", unit_label(unit, lang)),
    };
    let title = match (&shading, lang) {
        (Some(_), Lang::Vi) => format!("{title}: thay đổi {}–{year}", state.time.start()),
        (Some(_), Lang::En) => format!("{title}: change {}–{year}", state.time.start()),
        (None, _) => title,
    };
    let aria_label = match (&shading, lang) {
        (Some(shading), Lang::Vi) => format!("Bản đồ thay đổi: {title}; {}.", shading.counts),
        (Some(shading), Lang::En) => format!("Map of change: {title}; {}.", shading.counts),
        (None, Lang::Vi) => format!(
            "Bản đồ: {title}, {year}; {with_data} trong {total} tỉnh, thành phố có số liệu{left_out}."
        ),
        (None, Lang::En) => format!(
            "Map: {title}, {year}; {with_data} of {total} provinces have data{left_out}."
        ),
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
    Ok(MapChart {
        title,
        subtitle,
        unit,
        lang,
        year,
        regions,
        islands,
        legend,
        inset,
        source_line: if publishers.is_empty() {
            i18n::text(lang, Text::NoValuesThisYear).to_string()
        } else {
            format!(
                "{}: {}",
                i18n::text(lang, Text::Source),
                source_text(&publishers.join("; "), lang)
            )
        },
        aria_label,
        from: shading.map(|_| state.time.start()),
    })
}

/// The Red River Delta inset: the box around its provinces, and the regions of the
/// map that are (or, as post-2025 units, took in) one of them.
fn delta_inset(dataset: &Dataset, regions: &[MapRegion], lang: Lang) -> Option<MapInset> {
    let in_delta = |ix: usize| {
        dataset
            .provinces()
            .get(ix)
            .is_some_and(|p| p.region == Region::RedRiverDelta)
    };
    let delta: Vec<usize> = regions
        .iter()
        .enumerate()
        .filter(|(_, r)| match r.area {
            Area::Province(ix) => in_delta(ix),
            Area::Merged(ix) => dataset
                .merged_units()
                .get(ix)
                .is_some_and(|u| u.absorbed.iter().any(|&p| in_delta(p))),
            Area::Region(region) => region == Region::RedRiverDelta,
            Area::National | Area::Own(_) | Area::Former(_) => false,
        })
        .map(|(i, _)| i)
        .collect();
    // The same box for 63 and 34 units: the delta's pre-2025 provinces.
    let points = geography()
        .provinces
        .iter()
        .filter(|shape| {
            ProvinceCode::parse(&shape.key)
                .and_then(|code| dataset.provinces().iter().position(|p| p.code == code))
                .is_some_and(in_delta)
        })
        .flat_map(|shape| shape.rings.iter().flatten().copied());
    let (mut lon, mut lat) = (
        (f64::INFINITY, f64::NEG_INFINITY),
        (f64::INFINITY, f64::NEG_INFINITY),
    );
    for (x, y) in points {
        lon = (lon.0.min(x), lon.1.max(x));
        lat = (lat.0.min(y), lat.1.max(y));
    }
    if delta.is_empty() || !(lon.0 < lon.1 && lat.0 < lat.1) {
        return None;
    }
    let pad = 0.04 * (lon.1 - lon.0).max(lat.1 - lat.0);
    Some(MapInset {
        caption: match lang {
            Lang::Vi => "Đồng bằng sông Hồng",
            Lang::En => "Red River Delta",
        }
        .to_string(),
        lon: (lon.0 - pad, lon.1 + pad),
        lat: (lat.0 - pad, lat.1 + pad),
        regions: delta,
    })
}
